import { describe, expect, it } from 'vitest';
import { overall, principleResults, totalScores } from '../../src/story/scoring.ts';

describe('scoring', () => {
  it('adds up running totals per principle', () => {
    expect(totalScores([{ scores: { belang: 2 } }, { scores: { belang: -1, verwijzing: 3 } }, { scores: {} }])).toEqual({ belang: 1, geen_schuld: 0, verwijzing: 3 });
  });

  it('expresses points as a share of the best, never below 0 or above 1', () => {
    const r = principleResults({ belang: 3, geen_schuld: -2, verwijzing: 8 }, { belang: 6, geen_schuld: 4, verwijzing: 8 }, { belang: -3, geen_schuld: -6, verwijzing: -2 });
    expect(r.map((x) => [x.principle, x.share])).toEqual([['belang', 0.5], ['geen_schuld', 0], ['verwijzing', 1]]);
    expect(r[1]).toMatchObject({ points: -2, best: 4, worst: -6 });
  });

  it('counts a principle the story cannot score as full when the player did not lose on it', () => {
    expect(principleResults({ belang: 0, geen_schuld: 0, verwijzing: 0 }, { belang: 0, geen_schuld: 0, verwijzing: 0 }, { belang: 0, geen_schuld: 0, verwijzing: 0 })[0]!.share).toBe(1);
  });

  it('sums all principles for an overall value', () => {
    expect(overall({ belang: 2, geen_schuld: -3 })).toBe(-1);
  });
});
