/** Every story in stories/ is compiled and explored down every path; the case invariants must hold. */
import { describe, expect, it } from 'vitest';
import { buildStory, storyFiles } from '../../src/build/load-stories.ts';
import { caseInvariantProblems } from '../../src/story/explorer.ts';
import { balanceProblems, storyBalance } from '../../src/story/balance.ts';

const files = storyFiles('stories');

describe('the stories', () => {
  it('has the cases of the guide', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(files).toContain('stories/sylvia.ink');
  });

  for (const file of files) {
    describe(file, () => {
      const outcome = buildStory(file);
      it('compiles with every tag valid', () => {
        expect(outcome.ok ? [] : outcome.result.diagnostics).toEqual([]);
      });
      if (!outcome.ok) return;
      const a = outcome.story.analysis;
      it('meets the case invariants on every path', () => {
        expect(caseInvariantProblems(a)).toEqual([]);
      });
      it('has signals a player can notice or miss', () => {
        expect(a.signals.length).toBeGreaterThanOrEqual(4);
      });
      // best option longest in at most 40% of decisions, two or more positive options in at least
      // half, and "always the first shown" or "always the longest" at most 60% of the best
      it('gives nothing away in its options: order, length and one good option among caricatures', () => {
        expect(balanceProblems(storyBalance(outcome.story.json, a))).toEqual([]);
      }, 60_000);
    });
  }
});
