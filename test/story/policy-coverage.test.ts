import { describe, expect, it } from 'vitest';
import { tipCoverage, uncoveredTips } from '../../src/story/policy-coverage.ts';
import type { StoryMeta } from '../../src/story/meta.ts';

const meta = (titel: string) => ({ titel }) as unknown as StoryMeta;

describe('policy questions per tip', () => {
  it('names per tip the cases that ask about it, and the tips no case asks about', () => {
    const cases = [
      { meta: meta('A'), policyQuestions: [{ tip: 1 as const, question: 'x' }, { tip: 8 as const, question: 'y' }] },
      { meta: meta('B'), policyQuestions: [{ tip: 8 as const, question: 'z' }] },
    ];
    const c = tipCoverage(cases);
    expect(c.get(8)).toEqual(['A', 'B']);
    expect(c.get(1)).toEqual(['A']);
    expect(c.get(2)).toEqual([]);
    expect(uncoveredTips(cases)).toEqual([2, 3, 4, 5, 6, 7, 9, 10]);
  });
});
