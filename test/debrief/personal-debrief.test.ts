import { describe, expect, it } from 'vitest';
import { buildPersonalDebrief } from '../../src/debrief/personal-debrief.ts';
import { createCaseSession } from '../../src/play/case-session.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import { createProgressStore } from '../../src/state/progress-store.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { compileFixture } from '../helpers.ts';

const json = compileFixture('mini.ink');
const analysis = exploreStory(json);

function play(choices: number[]) {
  const store = createProgressStore(memoryStorage(), () => {});
  const session = createCaseSession('mini', createStoryRunner(json), store);
  session.fresh();
  for (const c of choices) session.choose(c);
  return buildPersonalDebrief(store.getState().plays.mini!, analysis);
}

describe('personal debrief', () => {
  it('gives full shares and no key moments on the best path', () => {
    const d = play([0, 0]);
    expect(d.results.map((r) => [r.principle, r.points, r.share])).toEqual([['belang', 2, 1], ['geen_schuld', 0, 1], ['verwijzing', 2, 1]]);
    expect(d.keyMoments).toEqual([]);
    expect(d.ending).toEqual({ id: 'hulp', text: 'Sam krijgt hulp.' });
  });

  it('names the costly choices with the better one beside them', () => {
    const d = play([2, 1]);
    expect(d.results.map((r) => r.share)).toEqual([0, 0, 0]);
    expect(d.keyMoments.map((m) => [m.chosen.text, m.better.text, m.cost])).toEqual([
      ['Ik vraag: "Waarom spijbel je?"', 'Ik spreek Sam rustig aan.', 4],
      ['Ik doe niets.', 'Ik overleg met de aandachtsfunctionaris.', 5],
    ]);
    expect(d.keyMoments[0]!.better.assessment.feedback).toBe('Je maakt contact zonder te oordelen.');
  });

  it('counts the signals shown but not marked as missed', () => {
    const d = play([0, 0]);
    expect(d.recognition.timeline.map((s) => s.id)).toEqual(['verzuim', 'blauwe_plekken']);
    expect([d.recognition.recognised, d.recognition.missed]).toEqual([0, 2]);
  });
});
