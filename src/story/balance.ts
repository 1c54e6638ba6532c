/**
 * Whether a story's options give the answer away: how often the best option is also the longest,
 * how often a decision has more than one defensible option, and what a player scores who ignores
 * the content and always picks the first option shown (after the seeded shuffle) or the longest.
 */
import { optionOrder } from '../play/option-order.ts';
import type { PrincipleScores } from './principles.ts';
import type { DecisionInfo, StoryAnalysis } from './explorer.ts';
import { createStoryRunner, type StoryChoice } from './runner.ts';
import { bestChoice, overall, principleResults, totalScores } from './scoring.ts';
import type { StoryJson } from './story-json.ts';
import type { Switches } from './switches.ts';

/** A count out of a total, and the share it makes (0 when the total is 0). */
export type Share = { readonly count: number; readonly total: number; readonly share: number };

const share = (count: number, total: number): Share => ({ count, total, share: total === 0 ? 0 : count / total });

/** A strategy picks the option to take from the options in the order they are shown. */
export type Strategy = (shown: readonly StoryChoice[]) => StoryChoice;

/** Always the option shown first. */
export const firstShown: Strategy = (shown) => shown[0]!;

/** Always the option with the longest text (the first shown of equally long ones). */
export const longestShown: Strategy = (shown) => shown.reduce((a, b) => (b.text.length > a.text.length ? b : a));

export type Balance = {
  /** Decisions with two or more options (a single option is no decision). */
  readonly decisions: number;
  /** Decisions where the best option (by `bestChoice`) is the longest, i.e. no other option is longer. */
  readonly bestLongest: Share;
  /** Decisions where two or more options have a positive total score. */
  readonly twoPositive: Share;
  /** Mean share of the best (over the three principles, then over the seeds) of each strategy. */
  readonly firstShown: number;
  readonly longest: number;
};

const asChoice = (o: DecisionInfo['options'][number]) => ({ ...o, assessment: { scores: o.scores } });

/** The two static measures over the story's distinct decisions. */
export function optionMeasures(decisions: ReadonlyArray<Pick<DecisionInfo, 'context' | 'options'>>): Pick<Balance, 'decisions' | 'bestLongest' | 'twoPositive'> {
  const real = decisions.filter((d) => d.options.length >= 2);
  let bestLongest = 0;
  let twoPositive = 0;
  for (const d of real) {
    const best = bestChoice(d.options.map(asChoice))!;
    if (d.options.every((o) => o.text.length <= best.text.length)) bestLongest++;
    if (d.options.filter((o) => overall(o.scores) > 0).length >= 2) twoPositive++;
  }
  return { decisions: real.length, bestLongest: share(bestLongest, real.length), twoPositive: share(twoPositive, real.length) };
}

/**
 * Plays the story once through the real runner with a strategy, the options shown in the order
 * seeded by `seed`; returns the mean share of the best over the three principles.
 */
export function playByStrategy(json: StoryJson, analysis: Pick<StoryAnalysis, 'best' | 'worst'>, strategy: Strategy, seed: string, switches: Switches = {}): number {
  const runner = createStoryRunner(json, { switches });
  const taken: Array<{ readonly scores: Partial<PrincipleScores> }> = [];
  let step = runner.continue();
  for (let guard = 0; step.choices.length > 0; guard++) {
    if (guard > 500) throw new Error('A strategy went round a loop for 500 decisions');
    const shown = optionOrder(seed, step.choices.map((c) => c.id)).map((i) => step.choices[i]!);
    const chosen = strategy(shown);
    taken.push(chosen.assessment);
    runner.choose(chosen.index);
    step = runner.continue();
  }
  const results = principleResults(totalScores(taken), analysis.best, analysis.worst);
  return results.reduce((sum, r) => sum + r.share, 0) / results.length;
}

/** The seeds the strategies are played with: fixed, so a figure printed today is the figure tomorrow. */
export const BALANCE_SEEDS: readonly string[] = Array.from({ length: 16 }, (_, i) => `balans-${i + 1}`);

/** All balance measures of one story. */
export function storyBalance(json: StoryJson, analysis: StoryAnalysis, seeds: readonly string[] = BALANCE_SEEDS): Balance {
  const mean = (strategy: Strategy) => seeds.reduce((sum, seed) => sum + playByStrategy(json, analysis, strategy, seed), 0) / seeds.length;
  return { ...optionMeasures(analysis.decisions), firstShown: mean(firstShown), longest: mean(longestShown) };
}

/** The bars a story must meet (issue: options that give nothing away). */
export const BALANCE_LIMITS = { bestLongestMax: 0.4, twoPositiveMin: 0.5, strategyMax: 0.6 } as const;

/** The bars a story misses, in words (empty = fine). */
export function balanceProblems(b: Balance, limits = BALANCE_LIMITS): string[] {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const problems: string[] = [];
  if (b.bestLongest.share > limits.bestLongestMax) problems.push(`best option is the longest in ${b.bestLongest.count}/${b.bestLongest.total} decisions (${pct(b.bestLongest.share)}, max ${pct(limits.bestLongestMax)})`);
  if (b.twoPositive.share < limits.twoPositiveMin) problems.push(`only ${b.twoPositive.count}/${b.twoPositive.total} decisions have two or more positive options (${pct(b.twoPositive.share)}, min ${pct(limits.twoPositiveMin)})`);
  if (b.firstShown > limits.strategyMax) problems.push(`always the first option shown scores ${pct(b.firstShown)} of the best (max ${pct(limits.strategyMax)})`);
  if (b.longest > limits.strategyMax) problems.push(`always the longest option scores ${pct(b.longest)} of the best (max ${pct(limits.strategyMax)})`);
  return problems;
}
