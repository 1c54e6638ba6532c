/**
 * The player's "niet pluis" marks: which lines of the story log struck them. A mark is the index of
 * a line entry in the log; only lines with text can be marked (not the ending). Pure: the store keeps the result.
 */
import type { StoryLine } from '../story/runner.ts';
import type { LogEntry } from './types.ts';

/** Can this story line be marked: it has text and is not the ending. The one rule for a player's and a room's marks. */
export const isMarkableLine = (line: Pick<StoryLine, 'text' | 'ending'> | undefined): boolean => line !== undefined && line.text !== '' && line.ending === null;

/** Can the log entry at this index be marked (a line that passes isMarkableLine)? */
export function isMarkable(log: readonly LogEntry[], index: number): boolean {
  const e = log[index];
  return e !== undefined && e.kind === 'line' && isMarkableLine(e.line);
}

/** Marks the line, or takes the mark away when it was marked; the result is sorted. */
export function toggleMark(marks: readonly number[], index: number): number[] {
  return marks.includes(index) ? marks.filter((m) => m !== index) : [...marks, index].sort((a, b) => a - b);
}

/** The last line that can be marked (what the player has just read), or -1. */
export function latestMarkable(log: readonly LogEntry[]): number {
  for (let i = log.length - 1; i >= 0; i--) if (isMarkable(log, i)) return i;
  return -1;
}

/** The story time in effect at each log entry (the last `# tijd:` at or before it). */
export function timesOf(log: readonly LogEntry[]): Array<string | null> {
  let time: string | null = null;
  return log.map((e) => (e.kind === 'line' ? (time = e.line.time ?? time) : time));
}

/** The marked lines with their story time, in log order: what the dossier shows. */
export function markedLines(log: readonly LogEntry[], marks: readonly number[]): Array<{ readonly index: number; readonly text: string; readonly time: string | null }> {
  const times = timesOf(log);
  return [...marks].sort((a, b) => a - b).flatMap((i) => {
    const e = log[i];
    return e?.kind === 'line' ? [{ index: i, text: e.line.text, time: times[i] ?? null }] : [];
  });
}
