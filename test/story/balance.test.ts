import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/story/explorer.ts';
import { compileSource, testHeader } from '../helpers.ts';
import { balanceProblems, firstShown, longestShown, optionMeasures, playByStrategy, storyBalance, type Strategy } from '../../src/story/balance.ts';

// Three decisions in a row. Hand-computed: the best option is the longest at B and C, not at A
// (2 of 3); two or more positive options at A and C (2 of 3). Best per principle: 2, 2, 2.
const SOURCE = `${testHeader('Balans')}Maandag. # plek: klaslokaal # tijd: Maandag
Beslissing A.
* [Kort. #belang: +2 #feedback: Goed. #bron: Tip 6] -> b
* [Een langere optie hier. #belang: +1 #feedback: Redelijk. #bron: Tip 6] -> b
* [De allerlangste optie van allemaal. #belang: -1 #feedback: Niet goed. #bron: Tip 6] -> b
=== b ===
Beslissing B.
* [Ik bel Veilig Thuis meteen op. #verwijzing: +2 #feedback: Goed. #bron: Meldcode stap 1] -> c
* [Ik wacht. #verwijzing: -1 #feedback: Niet goed. #bron: Meldcode stap 1] -> c
=== c ===
Beslissing C.
* [Ik zeg niets. #geen_schuld: +1 #feedback: Redelijk. #bron: Tip 6] -> einde
* [Ik zeg: jij kon er niets aan doen. #geen_schuld: +2 #feedback: Goed. #bron: Tip 6] -> einde
=== einde ===
Klaar. # einde: klaar
-> END
`;

const json = compileSource('balans.ink', SOURCE);
const analysis = exploreStory(json);

// points per option text, by principle [belang, geen_schuld, verwijzing]
const POINTS: Record<string, [number, number, number]> = {
  'Kort.': [2, 0, 0],
  'Een langere optie hier.': [1, 0, 0],
  'De allerlangste optie van allemaal.': [-1, 0, 0],
  'Ik bel Veilig Thuis meteen op.': [0, 0, 2],
  'Ik wacht.': [0, 0, -1],
  'Ik zeg niets.': [0, 1, 0],
  'Ik zeg: jij kon er niets aan doen.': [0, 2, 0],
};
/** Mean share of the best (2 on each principle), clamped to 0..1, for the texts taken. */
const handShare = (texts: readonly string[]) => {
  const sum = [0, 1, 2].map((p) => texts.reduce((s, t) => s + POINTS[t]![p]!, 0));
  return sum.reduce((s, x) => s + Math.min(1, Math.max(0, x / 2)), 0) / 3;
};

describe('balance measures', () => {
  it('counts the decisions where the best option is the longest, and those with two or more positive options', () => {
    const m = optionMeasures(analysis.decisions);
    expect(m.decisions).toBe(3);
    expect(m.bestLongest).toEqual({ count: 2, total: 3, share: 2 / 3 });
    expect(m.twoPositive).toEqual({ count: 2, total: 3, share: 2 / 3 });
  });

  it('does not count a single option as a decision', () => {
    const m = optionMeasures([{ context: 'x', options: [{ id: 'a', text: 'Verder', scores: {} }] }]);
    expect(m.decisions).toBe(0);
    expect(m.bestLongest.share).toBe(0);
  });

  it('plays "always the longest" through the runner: -1, +2, +2 gives 0%, 100%, 100%', () => {
    expect(playByStrategy(json, analysis, longestShown, 'any')).toBeCloseTo(2 / 3, 10);
  });

  it('plays "always the shortest" to 100%, 0%, 50%', () => {
    const shortest: Strategy = (shown) => shown.reduce((a, b) => (b.text.length < a.text.length ? b : a));
    expect(playByStrategy(json, analysis, shortest, 'any')).toBeCloseTo(0.5, 10);
  });

  it('plays "always the first shown" in the seeded order: the score matches the options it took, and the order varies by seed', () => {
    const firstAtA = new Set<string>();
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']) {
      const taken: string[] = [];
      const spy: Strategy = (shown) => {
        const c = firstShown(shown);
        taken.push(c.text);
        return c;
      };
      const score = playByStrategy(json, analysis, spy, seed);
      expect(taken).toHaveLength(3);
      expect(score).toBeCloseTo(handShare(taken), 10);
      firstAtA.add(taken[0]!);
    }
    expect(firstAtA.size).toBeGreaterThan(1);
  });

  it('reports the bars a story misses', () => {
    const b = storyBalance(json, analysis, ['s1', 's2']);
    expect(b.longest).toBeCloseTo(2 / 3, 10);
    const problems = balanceProblems(b);
    expect(problems.some((p) => p.includes('longest in 2/3'))).toBe(true);
    expect(problems.some((p) => p.includes('always the longest option scores 67%'))).toBe(true);
    expect(problems.some((p) => p.includes('positive'))).toBe(false);
  });
});
