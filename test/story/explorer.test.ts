import { describe, expect, it } from 'vitest';
import { caseInvariantProblems, exploreStory } from '../../src/story/explorer.ts';
import { compileFixture } from '../helpers.ts';
import { compileInk } from '../../src/story/compile.ts';

describe('explorer on the mini fixture', () => {
  const a = exploreStory(compileFixture('mini.ink'));

  it('finds every ending and signal', () => {
    expect(a.endings.map((e) => e.id).sort()).toEqual(['hulp', 'uit_beeld']);
    expect(a.signals).toEqual([
      { id: 'verzuim', text: 'Sam mist al drie dagen.', time: 'Maandag', after: 0, why: 'Wie dagen achter elkaar wegblijft zonder reden, kan in de problemen zitten.', sources: [{ kind: 'tip', tip: 4 }] },
      { id: 'blauwe_plekken', text: 'Sam heeft blauwe plekken.', time: 'Maandag', after: 1, why: null, sources: [] },
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

  it('stops at the depth bound on a loop the player can go round forever', () => {
    const a = exploreStory(compile('-> lus\n=== lus ===\nNog eens?\n+ [Ja #neutraal #feedback: f #bron: Tip 1]\n  -> lus\n+ [Nee #belang: +1 #feedback: f #bron: Tip 1]\n  Klaar. # einde: klaar\n  -> END\n'), { maxDepth: 12 });
    expect(a.loopBoundHit).toBe(true);
    expect(caseInvariantProblems(a)).toContain('a path loops past the depth bound');
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
