/** Compiles and analyses the stories on disk. Node only: used by the Vite plugin, the CLI and tests. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInk, type CompileResult } from '../story/compile.ts';
import { ExploreStoppedError, exploreStory, type ExploreOptions, type StoryAnalysis } from '../story/explorer.ts';
import { caseDiagnostics, stoppedDiagnostic } from '../story/case-rules.ts';
import { declaredSwitches, type Switches } from '../story/switches.ts';
import { randomSteering, type Diagnostic } from '../story/lint.ts';
import { diskReader } from './node-reader.ts';

export type BuiltStory = { readonly id: string; readonly file: string; readonly json: string; readonly analysis: StoryAnalysis; readonly files: readonly string[] };

/** The main story files in a folder (every `.ink` file; included parts start with `_`). */
export function storyFiles(dir: string): string[] {
  // only files directly in the folder: stories/templates/ holds examples that are not in the menu
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .filter((f) => f.endsWith('.ink') && !f.startsWith('_'))
    .sort()
    .map((f) => join(dir, f));
}

export const storyIdOf = (file: string) => basename(file, '.ink');

export type BuildOutcome =
  | { readonly ok: true; readonly story: BuiltStory }
  /** `analysis` is there when the story compiled and was walked, but breaks a case rule. */
  | { readonly ok: false; readonly result: Extract<CompileResult, { ok: false }>; readonly analysis?: StoryAnalysis; readonly json?: string };

const STORY_CODE = resolve(fileURLToPath(import.meta.url), '../../story');
const CACHE_DIR = resolve('node_modules/.cache/niet-pluis');

/** The analysing code itself is part of the key, so a change to it never serves a stale analysis. */
let codeHash: string | null = null;
function analysisCodeHash(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  for (const f of readdirSync(STORY_CODE).filter((x) => x.endsWith('.ts')).sort()) h.update(f).update(readFileSync(join(STORY_CODE, f)));
  return (codeHash = h.digest('hex'));
}

/**
 * Explores a compiled story, reusing an earlier result for the same story and the same code.
 * Walking every path of a large story takes seconds; builds, tests and the dev server share it.
 */
/** CPU time of this process in ms: the explorer's budget should not depend on how busy the machine is. */
export const cpuClock = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function analyse(json: string, switches: Switches = {}, budget: Pick<ExploreOptions, 'maxStates' | 'maxMs'> = {}): StoryAnalysis {
  const key = createHash('sha256').update(analysisCodeHash()).update(JSON.stringify(switches)).update(json).digest('hex');
  const file = join(CACHE_DIR, `analysis-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoryAnalysis;
  } catch {
    const analysis = exploreStory(json, { switches, clock: cpuClock, ...budget });
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(analysis));
      renameSync(tmp, file);
    } catch {
      // a cache we cannot write only costs time
    }
    return analysis;
  }
}

/** A case's id is its file's name, and its address (`#play=<id>`): only what an address keeps as it is. */
const CASE_ID = /^[a-z0-9_-]+$/;

/** The file name's fault, if it cannot be a case's id, with a name that can. */
function fileNameDiagnostic(file: string): Diagnostic | null {
  const id = storyIdOf(file);
  if (CASE_ID.test(id)) return null;
  const suggestion = id.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s.]+/g, '-').replace(/[^a-z0-9_-]/g, '') || 'mijn-casus';
  return { file, line: 1, message: `de bestandsnaam "${basename(file)}" mag alleen kleine letters a–z, cijfers 0–9, - en _ bevatten: de naam is het adres van de casus (#play=…). Hernoem het bestand, bijv. naar "${suggestion}.ink"` };
}

/**
 * Checks the file's name, compiles a story, refuses a random pick that steers it, and walks it
 * (with each declared switch off and on), and turns every broken case rule into a diagnostic with
 * file and line. The analysis with every switch off is the one the
 * game ships.
 */
export function buildStory(file: string, root = process.cwd(), budget: Pick<ExploreOptions, 'maxStates' | 'maxMs'> = {}): BuildOutcome {
  const badName = fileNameDiagnostic(file);
  if (badName) return { ok: false, result: { ok: false, files: [file], diagnostics: [badName] } };
  const reader = diskReader(root);
  const result = compileInk(file, reader);
  if (!result.ok) return { ok: false, result };
  const steering = result.files.flatMap((f) => randomSteering(f, reader.read(f)));
  if (steering.length > 0) return { ok: false, result: { ok: false, files: result.files, diagnostics: steering } };
  const variants: Array<{ switches: Switches; label: string | null }> = [{ switches: {}, label: null }];
  for (const id of declaredSwitches(result.json)) variants.push({ switches: { [id]: true }, label: `met de schakelaar ${id} aan` });
  const diagnostics: Diagnostic[] = [];
  let shipped: StoryAnalysis | undefined;
  for (const v of variants) {
    try {
      const analysis = analyse(result.json, v.switches, budget);
      shipped ??= analysis;
      diagnostics.push(...caseDiagnostics(analysis, result.sourceMap, file, v.label));
    } catch (e) {
      if (!(e instanceof ExploreStoppedError)) throw e;
      diagnostics.push(stoppedDiagnostic(e, result.sourceMap, file, v.label));
      break;
    }
  }
  if (diagnostics.length > 0 || !shipped) {
    const sorted = diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { ok: false, result: { ok: false, files: result.files, diagnostics: sorted }, json: result.json, ...(shipped ? { analysis: shipped } : {}) };
  }
  return { ok: true, story: { id: storyIdOf(file), file, json: result.json, analysis: shipped, files: result.files } };
}
