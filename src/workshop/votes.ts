/** Vote counting: totals per option over groups (or sessions), the majority, and shares that add up to 100. */
import type { WorkshopNode } from './types.ts';

/** Adds count lists position by position; a missing or short list counts as zeros. */
export function addCounts(size: number, lists: ReadonlyArray<readonly number[] | undefined>): number[] {
  const out = new Array<number>(size).fill(0);
  for (const list of lists) for (let i = 0; i < size; i++) out[i]! += list?.[i] ?? 0;
  return out;
}

/** The votes per option at a stop, over all groups, in the order of its options. */
export function voteTotals(node: Pick<WorkshopNode, 'options' | 'votes'>): number[] {
  return addCounts(node.options.length, Object.values(node.votes));
}

export const sumOf = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

/** The position with the most votes; null when there are no votes or the top is a tie. */
export function majorityPosition(counts: readonly number[]): number | null {
  let best = -1;
  let top = 0;
  let tie = false;
  counts.forEach((n, i) => {
    if (n > top) {
      top = n;
      best = i;
      tie = false;
    } else if (n === top && n > 0) tie = true;
  });
  return best === -1 || tie ? null : best;
}

/** The ink index of the option most of the room voted for, or null (no votes, or a tie). */
export function majorityChoice(node: Pick<WorkshopNode, 'options' | 'votes'>): number | null {
  const pos = majorityPosition(voteTotals(node));
  return pos === null ? null : node.options[pos]!.index;
}

/**
 * Whole percentages per position (largest remainder), so a bar chart and its numbers agree, and
 * equal counts always show equal percentages: a point left over that cannot go to every option
 * with the same count goes to none of them (then the sum is just under 100, e.g. 33/33/33).
 * All zeros when nobody voted.
 */
export function percentages(counts: readonly number[]): number[] {
  const total = sumOf(counts);
  if (total === 0) return counts.map(() => 0);
  // whole-number arithmetic: float remainders that should be equal are not always equal
  const out = counts.map((n) => Math.floor((n * 100) / total));
  let left = 100 - sumOf(out);
  const classes = [...new Set(counts)].map((n) => ({ n, rest: (n * 100) % total, at: counts.flatMap((c, i) => (c === n ? [i] : [])) }));
  classes.sort((a, b) => b.rest - a.rest || b.n - a.n);
  for (const c of classes) {
    if (c.rest === 0 || c.at.length > left) continue;
    for (const i of c.at) out[i]! += 1;
    left -= c.at.length;
  }
  return out;
}

/** The most votes one group can give one option: what is entered and what a save may hold (src/state/schema.ts) are the same. */
export const MAX_VOTES = 9999;
/** Whether a count is acceptable: a whole number from 0 to MAX_VOTES. */
export const isVoteCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_VOTES;
