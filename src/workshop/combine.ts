/**
 * The one rule for combining workshop sessions, and for recognising one decision across sessions.
 * A decision is known by the stable ids of its options (ink's choice source paths), never by
 * their text: a rewritten sentence does not break the link, and the order on screen (shuffled
 * per play) does not matter.
 */
import type { StoryChoice } from '../story/runner.ts';

/** Recognises the same decision in different sessions of one case: the ids of its options, in any order. */
export const decisionKey = (options: readonly Pick<StoryChoice, 'id'>[]): string => options.map((o) => o.id).sort().join('\n');

/** Why these sessions cannot be combined, or null when they can: at least two, all of one case. */
export function combineProblem(sessions: ReadonlyArray<{ readonly caseId: string }>): 'need-two' | 'different-cases' | null {
  if (sessions.length < 2) return 'need-two';
  if (new Set(sessions.map((s) => s.caseId)).size > 1) return 'different-cases';
  return null;
}
