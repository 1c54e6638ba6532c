import { describe, expect, it } from 'vitest';
import { markWholeFloats, parseStoryJson } from '../../src/story/story-json.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { compileInk } from '../../src/story/compile.ts';

describe('markWholeFloats', () => {
  it('marks whole-number floats outside strings, and leaves text, integers and other numbers alone', () => {
    expect(markWholeFloats('[1, 2.0, 2.50, -3, 1e3, "Donderdag, 10.00 uur", "a \\" 4.0"]')).toBe('[1, "2.0f", 2.50, -3, 1e3, "Donderdag, 10.00 uur", "a \\" 4.0"]');
  });
});

describe('a story taken as an object', () => {
  const header = '# titel: T\n# kind: K\n# leeftijd: 1\n# thema: t\n# rol: r\n# duur: 1\n# inhoud: n\n';
  const compile = (body: string) => {
    const r = compileInk('x.ink', { resolve: (n) => n, read: () => header + body });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.json;
  };

  it('plays the same from the object as from the text', () => {
    const json = compile('VAR x = 3\nHalf is {x / 2}. Om 10.00 uur.\n-> END\n');
    expect(createStoryRunner(parseStoryJson(json)).continue().lines[0]!.text).toBe(createStoryRunner(json).continue().lines[0]!.text);
  });

  it('keeps a whole-number float a float, as in JSON written by inklecate (1.0 rather than 1)', () => {
    const json = compile('VAR x = 1\nHalf is {x / 2}.\n-> END\n').replace('"ev",1,{"VAR=":"x"}', '"ev",1.0,{"VAR=":"x"}');
    expect(json).toContain('1.0,{"VAR=":"x"}');
    expect(createStoryRunner(parseStoryJson(json)).continue().lines[0]!.text).toBe('Half is 0.5.');
    expect(createStoryRunner(JSON.parse(json) as Record<string, unknown>).continue().lines[0]!.text).toBe('Half is 0.');
  });

  it('can feed several runners from one parsed object (the story loader hands out one)', () => {
    const object = parseStoryJson(compile('Start.\n* [A #neutraal #feedback: f #bron: Tip 1]\n  Eind A. # einde: a\n  -> END\n* [B #neutraal #feedback: f #bron: Tip 1]\n  Eind B. # einde: b\n  -> END\n'));
    const one = createStoryRunner(object);
    one.continue();
    one.choose(0);
    expect(one.continue().lines.at(-1)!.ending).toBe('a');
    const two = createStoryRunner(object);
    two.continue();
    two.choose(1);
    expect(two.continue().lines.at(-1)!.ending).toBe('b');
  });
});
