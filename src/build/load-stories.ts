/** Compiles and analyses the stories on disk. Node only: used by the Vite plugin, the CLI and tests. */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
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

export function buildStory(file: string, root = process.cwd()): BuildOutcome {
  const result = compileInk(file, diskReader(root));
  if (!result.ok) return { ok: false, result };
  return { ok: true, story: { id: storyIdOf(file), file, json: result.json, analysis: exploreStory(result.json), files: result.files } };
}
