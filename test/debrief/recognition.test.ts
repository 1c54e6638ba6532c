import { describe, expect, it } from 'vitest';
import { recognitionOf } from '../../src/debrief/recognition.ts';
import { buildPersonalDebrief } from '../../src/debrief/personal-debrief.ts';
import { createCaseSession } from '../../src/play/case-session.ts';
import { createProgressStore } from '../../src/state/progress-store.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import { compileSource, testHeader } from '../helpers.ts';
import { createStoryRunner } from '../../src/story/runner.ts';

// One signal before the decision; one on each path after it.
const SOURCE = `${testHeader('Herkennen')}Maandag. # plek: klaslokaal # tijd: Maandag
Sam komt te laat. # signaal: te_laat # waarom: Steeds te laat komen kan wijzen op nachten elders. # bron: Tip 4
Sam draagt een nieuwe jas.
* [Ik vraag hoe het gaat. #belang: +1 #feedback: Contact. #bron: Tip 6] -> gesprek
* [Ik laat het. #belang: -1 #feedback: Afwachten. #bron: Tip 4] -> later
=== gesprek ===
Dinsdag. # tijd: Dinsdag
Sam zegt dat hij geld moet terugbetalen. # signaal: schuld # waarom: Een opgelegde schuld is een middel om iemand vast te houden. # bron: Tip 4; VRK art. 35
Sam kijkt op zijn telefoon.
-> einde
=== later ===
Een week later. # tijd: Een week later
Sam is weggebleven. # signaal: verzuim # waarom: Verzuim is een bekend signaal. # bron: Tip 4
-> einde
=== einde ===
Klaar. # einde: klaar
-> END
`;

const json = compileSource('herkennen.ink', SOURCE);
const analysis = exploreStory(json);

/** Plays the path of `choice`, marking the lines with these texts. */
function play(choice: number, marked: readonly string[]) {
  const store = createProgressStore(memoryStorage(), () => {});
  const session = createCaseSession('herkennen', createStoryRunner(json), store, undefined, () => 0.3);
  session.fresh();
  session.choose(choice);
  const log = store.getState().plays.herkennen!.log;
  for (const text of marked) {
    const i = log.findIndex((e) => e.kind === 'line' && e.line.text === text);
    if (i < 0) throw new Error(`no line "${text}"`);
    store.getState().toggleMark('herkennen', i);
  }
  return store.getState().plays.herkennen!;
}

describe('signal recognition', () => {
  it('counts recognised, missed and false marks on the path taken; the other path is not missed', () => {
    const played = play(0, ['Sam komt te laat.', 'Sam draagt een nieuwe jas.', 'Sam kijkt op zijn telefoon.']);
    const r = recognitionOf(played.log, played.marks, analysis.signals);
    expect(r.recognised).toBe(1);
    expect(r.missed).toBe(1);
    expect(r.share).toBe(0.5);
    expect(r.falseMarks).toEqual([
      { text: 'Sam draagt een nieuwe jas.', time: 'Maandag' },
      { text: 'Sam kijkt op zijn telefoon.', time: 'Dinsdag' },
    ]);
    expect(r.timeline.map((s) => [s.id, s.recognised, s.time, s.after])).toEqual([
      ['te_laat', true, 'Maandag', 0],
      ['schuld', false, 'Dinsdag', 1],
    ]);
    expect(r.otherPaths.map((s) => s.id)).toEqual(['verzuim']);
  });

  it('gives each signal its why and sources', () => {
    const played = play(0, []);
    const schuld = recognitionOf(played.log, played.marks, analysis.signals).timeline.find((s) => s.id === 'schuld')!;
    expect(schuld.why).toBe('Een opgelegde schuld is een middel om iemand vast te houden.');
    expect(schuld.sources).toEqual([{ kind: 'tip', tip: 4 }, { kind: 'vrk', article: 35 }]);
  });

  it("on the other path, the first path's signal is the one apart", () => {
    const played = play(1, ['Sam is weggebleven.', 'Sam komt te laat.']);
    const r = recognitionOf(played.log, played.marks, analysis.signals);
    expect([r.recognised, r.missed, r.falseMarks.length]).toEqual([2, 0, 0]);
    expect(r.share).toBe(1);
    expect(r.otherPaths.map((s) => s.id)).toEqual(['schuld']);
  });

  it('with nothing marked, every signal shown is missed and nothing is false', () => {
    const played = play(1, []);
    const r = recognitionOf(played.log, played.marks, analysis.signals);
    expect([r.recognised, r.missed, r.falseMarks.length, r.share]).toEqual([0, 2, 0, 0]);
  });

  it('a mark taken away no longer counts', () => {
    const store = createProgressStore(memoryStorage(), () => {});
    const session = createCaseSession('herkennen', createStoryRunner(json), store, undefined, () => 0.3);
    session.fresh();
    store.getState().toggleMark('herkennen', 1);
    store.getState().toggleMark('herkennen', 2);
    store.getState().toggleMark('herkennen', 1);
    const a = store.getState().plays.herkennen!;
    const r = recognitionOf(a.log, a.marks, analysis.signals);
    expect([r.recognised, r.missed, r.falseMarks.length]).toEqual([0, 1, 1]);
  });

  it('is part of the personal debrief', () => {
    const played = play(0, ['Sam zegt dat hij geld moet terugbetalen.']);
    const d = buildPersonalDebrief(played, analysis);
    expect([d.recognition.recognised, d.recognition.missed, d.recognition.falseMarks.length]).toEqual([1, 1, 0]);
  });
});
