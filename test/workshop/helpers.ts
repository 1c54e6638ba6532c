import { startSession } from '../../src/workshop/engine.ts';
import { playOption } from '../../src/workshop/engine.ts';
import { advance, setVotes } from '../../src/workshop/session.ts';
import { createStoryRunner, type StoryRunner } from '../../src/story/runner.ts';
import type { WorkshopGroup, WorkshopSession } from '../../src/workshop/types.ts';
import { compileFixture } from '../helpers.ts';

export const miniJson = compileFixture('mini.ink');

/** A clock that ticks one minute per call, so every change has a later time. */
export function ticking(start = Date.parse('2026-03-12T09:00:00Z')): () => Date {
  let t = start;
  return () => new Date((t += 60_000));
}

export const ROOM: WorkshopGroup[] = [{ id: 'zaal', name: 'Zaal' }];
export const TABLES: WorkshopGroup[] = [
  { id: 't1', name: 'Tafel 1' },
  { id: 't2', name: 'Tafel 2' },
  { id: 't3', name: 'Tafel 3' },
];

export function newMini(id = 's1', groups: WorkshopGroup[] = ROOM, now = ticking(), runner: StoryRunner = createStoryRunner(miniJson)) {
  const session = startSession(runner, { id, name: `Gemeente Test ${id}`, caseId: 'mini', caseTitle: 'Mini', groups }, now());
  return { session, runner, now };
}

/**
 * Plays a whole path: at each decision the groups' counts (one list per group) are entered, then
 * `choice` is taken and the projector moves on.
 */
export function playPath(id: string, groups: WorkshopGroup[], steps: ReadonlyArray<{ votes: number[][]; choice: number }>): { session: WorkshopSession; runner: StoryRunner } {
  let { session, runner, now } = newMini(id, groups);
  for (const step of steps) {
    const at = session.cursor.node;
    step.votes.forEach((counts, g) => (session = setVotes(session, at, groups[g]!.id, counts, now())));
    session = playOption(session, runner, at, step.choice, now());
    session = advance(session, now());
  }
  return { session, runner };
}
