/**
 * "Keuze 3 van ongeveer 9": which decision the player is at, and about how many a play of this
 * case has, from the explorer's count of the decisions still ahead of the open one. Pure.
 */
import type { StoryAnalysis } from '../story/explorer.ts';
import type { ActiveCase } from './types.ts';

export type DecisionProgress = {
  /** The decision now open, from 1 (or the number taken, at the end). */
  readonly number: number;
  /** About how many decisions this play will have in all. */
  readonly total: number;
  /** True when every way on has the same number of decisions. */
  readonly exact: boolean;
  readonly finished: boolean;
};

/**
 * The open decision is found by its options' ids; the estimate is the decisions taken plus the
 * middle of the fewest and most still ahead. A decision the analysis does not know (a save of an
 * earlier build) falls back to the middle of the shortest and longest path.
 */
export function decisionProgress(analysis: Pick<StoryAnalysis, 'decisions' | 'decisionsPerPath'>, play: Pick<ActiveCase, 'decisions' | 'choices' | 'finished'>): DecisionProgress {
  const taken = play.decisions.length;
  if (play.finished) return { number: taken, total: taken, exact: true, finished: true };
  const open = new Set(play.choices.map((c) => c.id));
  const info =
    analysis.decisions.find((d) => d.options.length === open.size && d.options.every((o) => open.has(o.id))) ??
    analysis.decisions.find((d) => d.options.some((o) => open.has(o.id)));
  const number = taken + 1;
  if (info?.remaining) {
    const { min, max } = info.remaining;
    return { number, total: Math.max(number, taken + Math.round((min + max) / 2)), exact: min === max, finished: false };
  }
  const { min, max } = analysis.decisionsPerPath;
  return { number, total: Math.max(number, Math.round((min + max) / 2)), exact: false, finished: false };
}
