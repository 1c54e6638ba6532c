import { describe, expect, it } from 'vitest';
import { caseInvariantProblems, ExploreStoppedError, exploreStory, type ExploreOptions } from '../../src/story/explorer.ts';
import { compileFixture } from '../helpers.ts';
import { compileInk } from '../../src/story/compile.ts';

describe('explorer on the mini fixture', () => {
  const a = exploreStory(compileFixture('mini.ink'));

  it('finds every ending and signal', () => {
    expect(a.endings.map((e) => e.id).sort()).toEqual(['hulp', 'uit_beeld']);
    expect(a.signals).toEqual([
      { id: 'verzuim', text: 'Sam mist al drie dagen.', time: 'Maandag', after: 0, why: 'Wie dagen achter elkaar wegblijft zonder reden, kan in de problemen zitten.', sources: [{ kind: 'tip', tip: 4 }] },
      { id: 'blauwe_plekken', text: 'Sam heeft blauwe plekken.', time: 'Maandag', after: 1, why: 'Blauwe plekken die een kind niet kan verklaren, kunnen op geweld wijzen.', sources: [{ kind: 'tip', tip: 4 }] },
    ]);
  });

  it('counts paths and decisions', () => {
    expect(a.paths).toBe(9);
    expect(a.stakes).toEqual({ belang: 3, geen_schuld: 1, verwijzing: 3 });
    expect(a.decisionsPerPath).toEqual({ min: 2, max: 2 });
  });

  it('computes best and worst per principle, each over its own best path', () => {
    expect(a.best).toEqual({ belang: 2, geen_schuld: 0, verwijzing: 2 });
    expect(a.worst).toEqual({ belang: -2, geen_schuld: -2, verwijzing: -3 });
  });

  it('gives the best path overall', () => {
    expect(a.bestPath.map((s) => s.choice)).toEqual(['Ik spreek Sam rustig aan.', 'Ik overleg met de aandachtsfunctionaris.']);
  });

  it('finds no problems in a sound story, and names the case rules it breaks', () => {
    expect(a.deadEnds).toEqual([]);
    expect(a.unscoredChoices).toEqual([]);
    expect(caseInvariantProblems(a)).toEqual([
      'only 2 ending(s), need 3',
      'a path has only 2 decision(s), need 7',
      'no path scores above 0 on "geen_schuld"',
      'only 1 choice(s) put "geen_schuld" at stake, need 3',
    ]);
  });
});

describe('explorer on flawed stories', () => {
  const compile = (body: string) => {
    const header = '# titel: T\n# kind: K\n# leeftijd: 1\n# thema: t\n# rol: r\n# duur: 1\n# inhoud: n\n';
    const r = compileInk('x.ink', { resolve: (n) => n, read: () => header + body });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.json;
  };

  it('reports a dead end (no choice, no ending) and an unscored choice', () => {
    const a = exploreStory(compile('Start.\n* [Ongescoord]\n  Hier stopt het.\n  -> END\n* [Goed #belang: +1 #feedback: f #bron: Tip 1]\n  Klaar. # einde: klaar\n  -> END\n'));
    expect(a.deadEnds).toEqual([{ choice: '(no choice)', after: 'Hier stopt het.' }]);
    expect(a.unscoredChoices).toEqual([{ choice: 'Ongescoord', after: 'Start.' }]);
    expect(a.choicesWithoutFeedback.map((c) => c.choice)).toEqual(['Ongescoord']);
  });

  it('walks a sticky choice that comes straight back to the same state once, as a loop and not a path', () => {
    const a = exploreStory(compile('-> lus\n=== lus ===\nNog eens?\n+ [Ja #neutraal #feedback: f #bron: Tip 1]\n  -> lus\n+ [Nee #belang: +1 #feedback: f #bron: Tip 1]\n  Klaar. # einde: klaar\n  -> END\n'));
    expect(a.paths).toBe(1);
    expect(a.decisionsPerPath).toEqual({ min: 1, max: 1 });
    expect(a.endings.map((e) => e.id)).toEqual(['klaar']);
  });
});

// walking stories takes seconds on a busy machine
describe('explorer: why a walk stops', { timeout: 60_000 }, () => {
  const compile = (body: string) => {
    const header = '# titel: T\n# kind: K\n# leeftijd: 1\n# thema: t\n# rol: r\n# duur: 1\n# inhoud: n\n';
    const r = compileInk('x.ink', { resolve: (n) => n, read: () => header + body });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r;
  };
  const stopped = (json: string, options: ExploreOptions = {}): ExploreStoppedError => {
    try {
      exploreStory(json, options);
    } catch (e) {
      if (e instanceof ExploreStoppedError) return e;
      throw e;
    }
    throw new Error('the walk did not stop');
  };
  const CHOICE = '#neutraal #feedback: f #bron: Tip 1';

  it('finds a divert loop without a choice before walking, at the divert that closes it', () => {
    const r = compile(`Begin.\n* [Rond ${CHOICE}] -> rondje\n* [Klaar ${CHOICE}] Klaar. # einde: klaar\n  -> END\n=== rondje ===\nNog een rondje.\n-> rondje\n`);
    const e = stopped(r.json);
    expect(e.reason).toBe('loop-without-choice');
    expect(e.states).toBe(0);
    expect(r.sourceMap.lineOf(e.at)).toEqual({ file: 'x.ink', line: 14 });
  });

  it('stops a loop without a choice that only shows itself while running (a sequence in it), at its line', () => {
    const r = compile(`Begin.\n* [Rond ${CHOICE}] -> rondje\n* [Klaar ${CHOICE}] Klaar. # einde: klaar\n  -> END\n=== rondje ===\n{&Nog een rondje.|En nog een.}\n-> rondje\n`);
    const e = stopped(r.json);
    expect(e.reason).toBe('loop-without-choice');
    expect(r.sourceMap.lineOf(e.at)?.line).toBeGreaterThanOrEqual(13);
  });

  it('stops a repeatable choice that loops back and changes the state each lap, at that choice', () => {
    const r = compile(`VAR n = 0\n-> vraag\n=== vraag ===\n~ n = n + 1\nVraag {n}.\n+ [Nog een vraag ${CHOICE}] -> vraag\n+ [Stop ${CHOICE}] Klaar. # einde: klaar\n  -> END\n`);
    const e = stopped(r.json);
    expect(e.reason).toBe('repeat-loop');
    expect(r.sourceMap.lineOf(e.at)).toEqual({ file: 'x.ink', line: 13 });
  });

  it('lets a loop of once-only questions run out into its fallback', () => {
    const r = compile(`-> vragen\n=== vragen ===\nWat vraag je?\n* [Een ${CHOICE}] -> vragen\n* [Twee ${CHOICE}] -> vragen\n* [Drie ${CHOICE}] -> vragen\n* -> klaar\n=== klaar ===\nKlaar. # einde: klaar\n-> END\n`);
    const a = exploreStory(r.json);
    expect(a.paths).toBe(6);
    expect(a.decisionsPerPath).toEqual({ min: 3, max: 3 });
  });

  it('stops at the state budget and names the decision where the states pile up', () => {
    const body = Array.from({ length: 6 }, (_, i) => `VAR v${i} = 0\n`).join('') + Array.from({ length: 6 }, (_, i) => `Beslissing ${i}.\n* [A${i} ${CHOICE}]\n  ~ v${i} = 1\n* [B${i} ${CHOICE}]\n  ~ v${i} = 2\n- `).join('') + 'Klaar: {v0}{v1}{v2}{v3}{v4}{v5}. # einde: klaar\n-> END\n';
    const r = compile(body);
    const e = stopped(r.json, { maxStates: 20 });
    expect(e.reason).toBe('too-many-states');
    expect(e.states).toBe(21);
    expect(r.sourceMap.lineOf(e.at)?.line).toBeGreaterThan(14);
  });

  it('blames once-only choices with a shuffled sequence when those exhaust the budget', () => {
    const body = Array.from({ length: 6 }, (_, i) => `Stap ${i}. {~a|b|c}\n* [A${i} ${CHOICE}]\n* [B${i} ${CHOICE}]\n- `).join('') + 'Klaar. # einde: klaar\n-> END\n';
    const e = stopped(compile(body).json, { maxStates: 5 });
    expect(e.reason).toBe('once-with-sequence');
  });
});

// walking stories takes seconds on a busy machine
describe('explorer: the state key leaves out what the story does not read', { timeout: 60_000 }, () => {
  const story = (extra: (i: number) => string, vars = '') => {
    const header = '# titel: T\n# kind: K\n# leeftijd: 1\n# thema: t\n# rol: r\n# duur: 1\n# inhoud: n\n';
    const body = Array.from({ length: 8 }, (_, i) => `Stap ${i}. ${extra(i)}\n* [A${i} #belang: +1 #feedback: f #bron: Tip 1]\n  ~ x${i} = 1\n* [B${i} #belang: -1 #feedback: f #bron: Tip 1]\n- `).join('') + 'Klaar. # einde: klaar\n-> END\n';
    const decl = Array.from({ length: 8 }, (_, i) => `VAR x${i} = 0\n`).join('');
    const r = compileInk('x.ink', { resolve: (n) => n, read: () => header + decl + vars + body });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.json;
  };

  it('does not multiply states for once-only choices and a cycling sequence, nor for variables only written', () => {
    const plain = exploreStory(story(() => ''));
    const withSequence = exploreStory(story(() => '{&Het regent.|Het is droog.}'));
    expect(plain.states).toBe(9);
    expect(withSequence.states).toBeLessThanOrEqual(2 * plain.states);
    expect(withSequence.paths).toBe(256);
    // comparing whole states, every history is its own state
    expect(exploreStory(story(() => '{&Het regent.|Het is droog.}'), { exact: true }).states).toBe(255 + 1);
  });

  it('keeps apart states that differ in a variable the story reads', () => {
    const reads = exploreStory(story((i) => (i === 7 ? '{x0 + x1 + x2 + x3 + x4 + x5 + x6 > 3: Veel.}' : '')));
    expect(reads.states).toBeGreaterThan(9);
    expect(reads.best.belang).toBe(8);
  });
});

describe('explorer: decisions, policy questions and switches', () => {
  const source = [
    '# titel: T', '# kind: K, 9 jaar', '# leeftijd: 9', '# thema: t', '# rol: r', '# duur: 5', '# inhoud: i',
    'VAR systeem_faalt = false',
    'Begin. # beleidsvraag: Tip 8: Is er een routekaart?',
    '+ [A #belang: +1 #feedback: f #bron: Tip 1] -> na',
    '+ [B #belang: -1 #feedback: f #bron: Tip 1] -> na',
    '=== na ===',
    '{ systeem_faalt:', '  -> geen_plek', '}', 'Er is hulp. # einde: hulp', '-> END',
    '=== geen_plek ===', 'Er is geen plek. # einde: geen_plek', '-> END',
  ].join('\n');
  const json = compileInk('t.ink', { resolve: (n) => n, read: () => source });
  if (!json.ok) throw new Error(JSON.stringify(json.diagnostics));

  it('lists each decision once with its options and their own scores', () => {
    const a = exploreStory(json.json);
    expect(a.decisions).toHaveLength(1);
    expect(a.decisions[0]!.options.map((o) => [o.text, o.scores])).toEqual([['A', { belang: 1 }], ['B', { belang: -1 }]]);
    expect(a.decisions[0]!.options[0]!.id).not.toBe(a.decisions[0]!.options[1]!.id);
    expect(a.policyQuestions).toEqual([{ tip: 8, question: 'Is er een routekaart?' }]);
  });

  it('walks the story with a switch off and on', () => {
    expect(exploreStory(json.json).endings.map((e) => e.id)).toEqual(['hulp']);
    expect(exploreStory(json.json, { switches: { systeem_faalt: true } }).endings.map((e) => e.id)).toEqual(['geen_plek']);
  });
});

describe('explorer: decisions still ahead of each decision', () => {
  // A: one more decision (C) then the end; B: straight to the end. C: two options, both to an end.
  const source = [
    '# titel: T', '# kind: K, 9 jaar', '# leeftijd: 9', '# thema: t', '# rol: r', '# duur: 5', '# inhoud: i',
    'Begin.',
    '+ [A #belang: +1 #feedback: f #bron: Tip 1] -> verder',
    '+ [B #belang: -1 #feedback: f #bron: Tip 1] -> einde_kort',
    '=== verder ===', 'Nog een keuze.',
    '+ [C1 #belang: +1 #feedback: f #bron: Tip 1] -> einde_lang',
    '+ [C2 #belang: -1 #feedback: f #bron: Tip 1] -> einde_lang',
    '=== einde_kort ===', 'Kort. # einde: kort', '-> END',
    '=== einde_lang ===', 'Lang. # einde: lang', '-> END',
  ].join('\n');
  const json = compileInk('t.ink', { resolve: (n) => n, read: () => source });
  if (!json.ok) throw new Error(JSON.stringify(json.diagnostics));

  it('gives the fewest and most decisions to an end, the decision itself included', () => {
    const a = exploreStory(json.json);
    const by = (text: string) => a.decisions.find((d) => d.options.some((o) => o.text === text))!.remaining;
    expect(by('A')).toEqual({ min: 1, max: 2 });
    expect(by('C1')).toEqual({ min: 1, max: 1 });
  });
});
