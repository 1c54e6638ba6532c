/**
 * The room's "niet pluis" marks: in a workshop the trainer marks the lines the room points out.
 * A mark names a stop and a line in it, so a mark on a "what if" branch stays with that branch.
 * The trainer's debrief scores the marks on the room's main path against the story's signals,
 * with the same rule as a single player's marks (src/debrief/recognition.ts).
 */
import { recognitionOf, type Recognition } from '../debrief/recognition.ts';
import { isMarkableLine } from '../play/marks.ts';
import type { LogEntry } from '../play/types.ts';
import type { SignalInfo } from '../story/explorer.ts';
import type { StoryLine } from '../story/runner.ts';
import { mainPath, nodeOf, WorkshopError } from './session.ts';
import type { WorkshopMark, WorkshopSession } from './types.ts';


/** The room's marks; sessions saved before marks existed have none. */
export const marksOf = (s: Pick<WorkshopSession, 'marks'>): readonly WorkshopMark[] => s.marks ?? [];

export const isMarked = (s: WorkshopSession, nodeId: string, line: number): boolean => marksOf(s).some((m) => m.node === nodeId && m.line === line);

/** The lines marked at one stop, by their index in its `lines`. */
export const markedAt = (s: WorkshopSession, nodeId: string): Set<number> => new Set(marksOf(s).filter((m) => m.node === nodeId).map((m) => m.line));

/** Marks a line for the room, or takes the mark away. Marks stay in the order they were made. */
export function toggleRoomMark(s: WorkshopSession, nodeId: string, line: number, now: Date): WorkshopSession {
  const node = nodeOf(s, nodeId);
  if (!isMarkableLine(node.lines[line])) throw new WorkshopError(`Line ${line} of stop ${nodeId} cannot be marked`);
  const marks = isMarked(s, nodeId, line) ? marksOf(s).filter((m) => !(m.node === nodeId && m.line === line)) : [...marksOf(s), { node: nodeId, line }];
  return { ...s, marks, updatedAt: now.toISOString() };
}

/** The last line of a stop that can be marked (what the room has just read), or -1. */
export function latestMarkableLine(lines: readonly StoryLine[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (isMarkableLine(lines[i])) return i;
  return -1;
}

/**
 * The room's marks on its main path against the story's signals: recognised, missed, lines
 * marked that are no signal, and signals only on paths the room did not take (not missed).
 * Marks made on a "what if" branch do not count: the room did not take that path.
 */
export function roomRecognition(s: WorkshopSession, signals: readonly SignalInfo[]): Recognition {
  const log: LogEntry[] = [];
  const marks: number[] = [];
  mainPath(s).forEach((node, i) => {
    if (i > 0) log.push({ kind: 'choice', decision: i - 1 });
    const here = markedAt(s, node.id);
    node.lines.forEach((line, k) => {
      if (here.has(k)) marks.push(log.length);
      log.push({ kind: 'line', line });
    });
  });
  return recognitionOf(log, marks, signals);
}
