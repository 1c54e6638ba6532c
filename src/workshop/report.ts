/**
 * The decisions of a session as rows of facts: what was open, how each group voted, what was taken
 * and what it scored. The trainer's debrief, the CSV and the combined view all read these.
 */
import type { PrincipleId } from '../story/principles.ts';
import type { StoryChoice } from '../story/runner.ts';
import { bestChoice } from '../story/scoring.ts';
import { contextOf, endingOf as endingOfLines } from '../story/lines.ts';
import { mainPath } from './session.ts';
import type { TakenBy, WorkshopNode, WorkshopSession } from './types.ts';
import { majorityPosition, percentages, sumOf, voteTotals } from './votes.ts';

import { decisionKey } from './combine.ts';

export { decisionKey };

export type OptionRow = {
  readonly choice: StoryChoice;
  readonly votes: number;
  readonly percent: number;
  /** Votes per group, in the order of the session's groups. */
  readonly perGroup: readonly number[];
  readonly taken: boolean;
  readonly majority: boolean;
  /** The option with the highest total score at this decision: what the child needed here. */
  readonly bestHere: boolean;
};

export type DecisionRow = {
  /** 1-based position on the path. */
  readonly number: number;
  readonly nodeId: string;
  readonly key: string;
  readonly context: string;
  readonly prompts: readonly string[];
  readonly options: readonly OptionRow[];
  readonly totalVotes: number;
  readonly taken: OptionRow | null;
  readonly takenBy: TakenBy | null;
  readonly best: OptionRow;
  /** The principles the choice taken scored negatively on. */
  readonly against: readonly PrincipleId[];
};

/** Position of the option that scores highest over all principles (the first of equals). */
const bestPosition = (options: readonly StoryChoice[]): number => Math.max(0, options.indexOf(bestChoice(options)!));

/** The rows for the decisions along a list of stops (the end stop has no decision and no row). */
export function decisionRows(s: WorkshopSession, path: readonly WorkshopNode[] = mainPath(s)): DecisionRow[] {
  return path
    .filter((n) => !n.finished)
    .map((node, i) => {
      const totals = voteTotals(node);
      const shares = percentages(totals);
      const top = majorityPosition(totals);
      const best = bestPosition(node.options);
      const options = node.options.map<OptionRow>((choice, pos) => ({
        choice,
        votes: totals[pos]!,
        percent: shares[pos]!,
        perGroup: s.groups.map((g) => node.votes[g.id]?.[pos] ?? 0),
        taken: node.taken === choice.index,
        majority: top === pos,
        bestHere: best === pos,
      }));
      const taken = options.find((o) => o.taken) ?? null;
      const against = taken ? (Object.entries(taken.choice.assessment.scores) as Array<[PrincipleId, number]>).filter(([, v]) => v < 0).map(([id]) => id) : [];
      return {
        number: i + 1,
        nodeId: node.id,
        key: decisionKey(node.options),
        context: contextOf(node.lines),
        prompts: node.prompts,
        options,
        totalVotes: sumOf(totals),
        taken,
        takenBy: node.takenBy,
        best: options[best]!,
        against,
      };
    });
}

/** The ending reached at the end of a path, if it has one. */
export function endingOf(path: readonly WorkshopNode[]): { readonly id: string; readonly text: string } | null {
  const last = path.at(-1);
  if (!last?.finished) return null;
  return endingOfLines(last.lines);
}
