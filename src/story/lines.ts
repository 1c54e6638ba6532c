/** Facts read off a stretch of story lines, shared by the case session, the debriefs and the workshop. */
import type { StoryLine } from './runner.ts';

/** The last line with text: the moment a decision is taken, as a reader recognises it. */
export const contextOf = (lines: readonly StoryLine[]): string => [...lines].reverse().find((l) => l.text)?.text ?? '';

/** The ending the lines reached, if any (the last line tagged as an ending). */
export function endingOf(lines: readonly StoryLine[]): { readonly id: string; readonly text: string } | null {
  const line = [...lines].reverse().find((l) => l.ending);
  return line?.ending ? { id: line.ending, text: line.text } : null;
}
