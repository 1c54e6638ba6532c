/** Every story in stories/ is compiled and explored down every path; the case invariants must hold. */
import { describe, expect, it } from 'vitest';
import { buildStory, storyFiles } from '../../src/build/load-stories.ts';
import { caseInvariantProblems } from '../../src/story/explorer.ts';
import { balanceProblems, storyBalance } from '../../src/story/balance.ts';
import { extractTags, stripComments } from '../../src/story/lint.ts';
import { readFileSync } from 'node:fs';

/**
 * The endings (knots with a `# einde:` line) told over a chat that has no message: the player sees
 * "Chat met …" over the ending's narration, as if it were the messages. As written in the source.
 */
function endingsInEmptyChats(source: string): string[] {
  const lines = stripComments(source);
  const tags = (l: string) => extractTags(l, /^\s*[*+]/.test(l)).map((t) => t.text.trim().toLowerCase());
  const found: string[] = [];
  let knot = { name: '', from: 0 };
  lines.forEach((l, i) => {
    const header = /^\s*={2,}\s*([\w]+)/.exec(l);
    if (header) knot = { name: header[1]!, from: i };
    if (!tags(l).some((t) => t.startsWith('einde'))) return;
    const told = lines.slice(knot.from, i + 1).map(tags);
    if (told.some((t) => t.some((x) => /^telefoon\s*:\s*chat\b/.test(x))) && !told.some((t) => t.some((x) => x.startsWith('spreker')))) found.push(`${knot.name} (line ${i + 1})`);
  });
  return found;
}

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
      it('tells no ending over a chat without a message', () => {
        expect(endingsInEmptyChats(readFileSync(file, 'utf8'))).toEqual([]);
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
