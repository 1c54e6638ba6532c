import { resolve } from 'node:path';
import { compileInk } from '../src/story/compile.ts';
import { diskReader } from '../src/build/node-reader.ts';

export const FIXTURES = 'test/fixtures/stories';

/** Compiles a fixture story and returns its JSON, failing loudly if it does not compile. */
export function compileFixture(name: string): string {
  const result = compileInk(`${FIXTURES}/${name}`, diskReader(resolve('.')));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return result.json;
}
