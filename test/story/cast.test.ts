import { describe, expect, it } from 'vitest';
import { parseTag } from '../../src/story/tags.ts';
import { lintInkSource } from '../../src/story/lint.ts';
import { readCast } from '../../src/story/meta.ts';

const HEADER = ['# titel: T', '# kind: Sam, 14 jaar', '# leeftijd: 14', '# thema: t', '# rol: r', '# duur: 10', '# inhoud: i'];

describe('picture tags', () => {
  it('reads a person with age and family', () => {
    expect(parseTag('persoon: Dorian, 17, Vos')).toEqual({ ok: true, scope: 'meta', tag: { kind: 'person', person: { name: 'Dorian', age: 17, family: 'vos' } } });
    expect(readCast(['titel: X', 'persoon: Roos, 12, Vos', 'persoon: Esther, 50'])).toEqual([
      { name: 'Roos', age: 12, family: 'vos' },
      { name: 'Esther', age: 50, family: null },
    ]);
  });

  it('refuses a bad age and an unknown phone mode or face', () => {
    expect(parseTag('persoon: Roos, twaalf').ok).toBe(false);
    expect(parseTag('persoon: Roos, 140').ok).toBe(false);
    expect(parseTag('telefoon: fax, Mirjam').ok).toBe(false);
    expect(parseTag('gezicht: Roos, boos').ok).toBe(false);
  });

  it('reads phone, presence and face on a line', () => {
    expect(parseTag('telefoon: luidspreker, Mirjam')).toEqual({ ok: true, scope: 'line', tag: { kind: 'phone', cue: { mode: 'luidspreker', contact: 'Mirjam' } } });
    expect(parseTag('aanwezig: Inge, tafel, Mirjam')).toEqual({ ok: true, scope: 'line', tag: { kind: 'present', presence: { names: ['Inge', 'Mirjam'], groups: ['tafel'] } } });
    expect(parseTag('gezicht: Roos, Opgelucht')).toEqual({ ok: true, scope: 'line', tag: { kind: 'face', face: { name: 'Roos', expression: 'opgelucht' } } });
  });
});

describe('lint of picture tags', () => {
  it('reports an unknown person and a bad age with the line', () => {
    const src = [...HEADER, '# persoon: Sam, 14', '# persoon: Moeder, veertig', 'Hallo. # aanwezig: Sam, Vader', 'Ja. # gezicht: Oma, bezorgd', '-> END'].join('\n');
    const d = lintInkSource('s.ink', src, true);
    expect(d.map((x) => x.line)).toEqual([9, 10, 11]);
    expect(d[0]!.message).toContain('leeftijd van Moeder');
    expect(d[1]!.message).toContain('"Vader"');
    expect(d[2]!.message).toContain('"Oma"');
  });

  it('accepts people from the header, and refuses a person below the header', () => {
    const ok = [...HEADER, '# persoon: Sam, 14, Sam', 'Hallo. # aanwezig: Sam, klas # gezicht: Sam, gesloten', '-> END'].join('\n');
    expect(lintInkSource('s.ink', ok, true)).toEqual([]);
    const late = [...HEADER, 'Hallo.', '# persoon: Sam, 14', '-> END'].join('\n');
    expect(lintInkSource('s.ink', late, true).map((x) => x.line)).toEqual([9]);
  });
});
