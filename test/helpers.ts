import { resolve } from 'node:path';
import { compileInk } from '../src/story/compile.ts';
import { diskReader } from '../src/build/node-reader.ts';
import { cardOf, type CatalogEntry } from '../src/story/catalog.ts';
import type { StoryAnalysis } from '../src/story/explorer.ts';
import { parseStoryJson } from '../src/story/story-json.ts';
import { createStoryRunner } from '../src/story/runner.ts';

export const FIXTURES = 'test/fixtures/stories';

/** Compiles a fixture story and returns its JSON, failing loudly if it does not compile. */
export function compileFixture(name: string): string {
  const result = compileInk(`${FIXTURES}/${name}`, diskReader(resolve('.')));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return result.json;
}

/** The header of a small test story written inline in a test: a made-up case about Sam, 14. */
export const testHeader = (title: string) => `# titel: ${title}
# kind: Sam, 14 jaar
# leeftijd: 14
# thema: Testcasus
# rol: Mentor
# duur: 3
# inhoud: Een korte testcasus zonder echte inhoud.
`;

/** Compiles a test story written inline, failing loudly with its diagnostics. */
export function compileSource(file: string, source: string): string {
  const result = compileInk(file, { resolve: (name) => name, read: () => source });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return result.json;
}

/** A catalog entry as the build makes one: the story's card in the entry, its JSON and analysis behind loaders. */
export function catalogEntryOf(id: string, build: string, json: string, analysis: StoryAnalysis): CatalogEntry {
  return { id, build, ...cardOf(analysis, createStoryRunner(json).continue()), load: async () => parseStoryJson(json), loadAnalysis: async () => analysis };
}
