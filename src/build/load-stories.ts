/** Compiles and analyses the stories on disk. Node only: used by the Vite plugin, the CLI and tests. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInk, type CompileResult } from '../story/compile.ts';
import { exploreStory, type StoryAnalysis } from '../story/explorer.ts';
import { diskReader } from './node-reader.ts';

export type BuiltStory = { readonly id: string; readonly file: string; readonly json: string; readonly analysis: StoryAnalysis; readonly files: readonly string[] };

/** The main story files in a folder (every `.ink` file; included parts start with `_`). */
export function storyFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ink') && !f.startsWith('_'))
    .sort()
    .map((f) => join(dir, f));
}

export const storyIdOf = (file: string) => basename(file, '.ink');

export type BuildOutcome = { readonly ok: true; readonly story: BuiltStory } | { readonly ok: false; readonly result: Extract<CompileResult, { ok: false }> };

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
export function analyse(json: string): StoryAnalysis {
  const key = createHash('sha256').update(analysisCodeHash()).update(json).digest('hex');
  const file = join(CACHE_DIR, `analysis-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoryAnalysis;
  } catch {
    const analysis = exploreStory(json);
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

export function buildStory(file: string, root = process.cwd()): BuildOutcome {
  const result = compileInk(file, diskReader(root));
  if (!result.ok) return { ok: false, result };
  return { ok: true, story: { id: storyIdOf(file), file, json: result.json, analysis: analyse(result.json), files: result.files } };
}
