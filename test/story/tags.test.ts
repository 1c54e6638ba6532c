import { describe, expect, it } from 'vitest';
import { assessChoice, parseTag } from '../../src/story/tags.ts';

describe('parseTag', () => {
  it('parses a score per principle', () => {
    expect(parseTag('belang: +2')).toEqual({ ok: true, scope: 'choice', tag: { kind: 'score', principle: 'belang', value: 2 } });
    expect(parseTag(' geen_schuld : -3 ')).toMatchObject({ ok: true, tag: { principle: 'geen_schuld', value: -3 } });
    expect(parseTag('verwijzing: 0')).toMatchObject({ ok: true, tag: { value: 0 } });
  });

  it('refuses a malformed or out-of-range score', () => {
    expect(parseTag('belang: veel')).toMatchObject({ ok: false, error: expect.stringContaining('moet een heel getal zijn') });
    expect(parseTag('belang: +4')).toMatchObject({ ok: false, error: expect.stringContaining('tussen -3 en +3') });
    expect(parseTag('belang: 1.5')).toMatchObject({ ok: false });
  });

  it('names an unknown tag and suggests the one meant', () => {
    expect(parseTag('belangg: +1')).toEqual({ ok: false, error: expect.stringMatching(/^onbekende tag "belangg" \(bedoel je "belang"\?\)\. De tags staan in stories\/README\.md/) });
    expect(parseTag('xyz')).toEqual({ ok: false, error: expect.stringMatching(/^onbekende tag "xyz"\. /) });
  });

  it('parses line tags', () => {
    expect(parseTag('spreker: Sylvia')).toMatchObject({ ok: true, scope: 'line', tag: { kind: 'speaker', name: 'Sylvia' } });
    expect(parseTag('plek: gang')).toMatchObject({ ok: true, tag: { kind: 'place', place: 'gang' } });
    expect(parseTag('plek: maan')).toMatchObject({ ok: false, error: expect.stringContaining('onbekende plek "maan". Kies een van: klaslokaal, gang, spreekkamer, kantoor, straat_avond, telefoon, jongerencentrum, wijkteam, huisartspraktijk, thuis') });
    expect(parseTag('signaal: blauwe_plekken')).toMatchObject({ ok: true, tag: { kind: 'signal', id: 'blauwe_plekken' } });
    expect(parseTag('signaal: Blauwe plekken')).toMatchObject({ ok: false, error: expect.stringContaining('a–z, 0–9 en _, zonder accenten') });
    expect(parseTag('signaal: café')).toMatchObject({ ok: false, error: expect.stringContaining('a–z, 0–9 en _, zonder accenten') });
    expect(parseTag('einde: beschermd')).toMatchObject({ ok: true, tag: { kind: 'ending', id: 'beschermd' } });
    expect(parseTag('gespreksvraag: Wat nu?')).toMatchObject({ ok: true, tag: { kind: 'prompt', text: 'Wat nu?' } });
  });

  it('parses sources, and refuses unknown ones', () => {
    expect(parseTag('bron: VRK art. 12; Tip 6; Meldcode stap 2')).toMatchObject({
      ok: true,
      tag: { kind: 'source', refs: [{ kind: 'vrk', article: 12 }, { kind: 'tip', tip: 6 }, { kind: 'meldcode', step: 2 }] },
    });
    expect(parseTag('bron: Tip 11')).toMatchObject({ ok: false, error: expect.stringContaining('onbekende bron "Tip 11"') });
    expect(parseTag('bron: VRK art. 4')).toMatchObject({ ok: false });
    expect(parseTag('bron: Meldcode stap 6')).toMatchObject({ ok: false });
  });

  it('parses header tags', () => {
    expect(parseTag('titel: Sylvia')).toEqual({ ok: true, scope: 'meta', tag: { kind: 'meta', key: 'titel', value: 'Sylvia' } });
    expect(parseTag('titel:')).toMatchObject({ ok: false });
    expect(parseTag('duur: 20')).toMatchObject({ ok: true, tag: { key: 'duur', value: '20' } });
    expect(parseTag('duur: 15 minuten')).toMatchObject({ ok: false, error: expect.stringContaining('duur moet een heel getal zijn') });
    expect(parseTag('leeftijd: 15 jaar')).toMatchObject({ ok: false, error: expect.stringContaining('leeftijd moet een heel getal zijn') });
    expect(parseTag('leeftijd: 14,5')).toMatchObject({ ok: false });
  });
});

describe('assessChoice', () => {
  it('folds a choice tags into scores, feedback and sources', () => {
    const a = assessChoice(['belang: +2', 'geen_schuld: -1', 'feedback: Goed gedaan.', 'bron: Tip 6']);
    expect(a).toEqual({ scores: { belang: 2, geen_schuld: -1 }, neutral: false, feedback: 'Goed gedaan.', sources: [{ kind: 'tip', tip: 6 }] });
  });

  it('marks a neutral choice', () => {
    expect(assessChoice(['neutraal', 'feedback: f', 'bron: Tip 1'])).toMatchObject({ neutral: true, scores: {} });
  });

  it('refuses a line tag on a choice', () => {
    expect(() => assessChoice(['spreker: Sylvia'])).toThrow(/belongs on a line/);
  });
});
