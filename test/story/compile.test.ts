import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileInk } from '../../src/story/compile.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { diskReader } from '../../src/build/node-reader.ts';
import { FIXTURES } from '../helpers.ts';

const compile = (name: string) => compileInk(`${FIXTURES}/${name}`, diskReader());

describe('compileInk', () => {
  it('compiles a story with an INCLUDE and lists both files', () => {
    const r = compile('mini.ink');
    expect(r.ok).toBe(true);
    expect(r.files).toEqual([`${FIXTURES}/mini.ink`, `${FIXTURES}/_mini-end.ink`]);
    if (r.ok) expect(JSON.parse(r.json)).toHaveProperty('inkVersion');
  });

  // every broken fixture, with its line and message: test/story/broken-stories.test.ts

  it('strips a UTF-8 BOM, so the header is read', () => {
    const source = readFileSync(`${FIXTURES}/ok-bom.ink`, 'utf8');
    expect(source.charCodeAt(0)).toBe(0xfeff);
    const r = compileInk('bom.ink', { resolve: (n) => n, read: () => source });
    expect(r.ok ? [] : r.diagnostics).toEqual([]);
  });

  it('maps ink paths to source lines, and finds the lines of a tag', () => {
    const r = compile('mini.ink');
    if (!r.ok) throw new Error('mini does not compile');
    const runner = createStoryRunner(r.json);
    const first = runner.continue().choices[0]!;
    expect(r.sourceMap.lineOf(first.id)).toEqual({ file: `${FIXTURES}/mini.ink`, line: 17 });
    expect(r.sourceMap.tagLines('einde', 'hulp')).toEqual([{ file: `${FIXTURES}/_mini-end.ink`, line: 2 }]);
    expect(r.sourceMap.lineOf('no.such.path')).toBeNull();
  });

  it('reports a missing file instead of throwing', () => {
    const r = compile('does-not-exist.ink');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.message).toMatch(/cannot read/);
  });
});
