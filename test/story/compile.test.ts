import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { compileInk } from '../../src/story/compile.ts';
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

  const expected: Record<string, { line: number; message: RegExp; file?: string }> = {
    'broken-unknown-tag.ink': { line: 8, message: /unknown tag "plekk" \(did you mean "plek"\?\)/ },
    'broken-unknown-principle.ink': { line: 8, message: /unknown tag "belangg"/ },
    'broken-malformed-score.ink': { line: 8, message: /must be a whole number/ },
    'broken-score-without-feedback.ink': { line: 9, message: /scored but has no "# feedback:"/ },
    'broken-tags-outside-brackets.ink': { line: 9, message: /inside the square brackets/ },
    'broken-unknown-source.ink': { line: 9, message: /unknown source "VRK art. 99"/ },
    'broken-unknown-place.ink': { line: 8, message: /unknown place "maan"/ },
    'broken-include.ink': { line: 3, message: /Divert target not found: '-> nergens'/, file: `${FIXTURES}/_broken-part.ink` },
    'broken-missing-header.ink': { line: 1, message: /header misses: # kind:/ },
    'broken-safari-float.ink': { line: 8, message: /breaks the story in Safari/ },
    'broken-term-narration.ink': { line: 8, message: /"loverboy": avoid this word in narration; write mensenhandelaar of uitbuiter/ },
    'broken-term-feedback.ink': { line: 9, message: /"kinderporno" in a tag: feedback and other tags never use it/ },
    'broken-term-uncorrected.ink': { line: 8, message: /"loverboy" is said here but not corrected/ },
    'broken-term-choice-not-scored-down.ink': { line: 9, message: /allowed in a choice only when it scores down/ },
  };

  it('has an expectation for every broken fixture', () => {
    const broken = readdirSync(FIXTURES).filter((f) => f.startsWith('broken-'));
    expect(broken.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`fails ${name} with file and line`, () => {
      const r = compile(name);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.diagnostics).toContainEqual({ file: want.file ?? `${FIXTURES}/${name}`, line: want.line, message: expect.stringMatching(want.message) });
    });
  }

  it('reports a missing file instead of throwing', () => {
    const r = compile('does-not-exist.ink');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.message).toMatch(/cannot read/);
  });
});
