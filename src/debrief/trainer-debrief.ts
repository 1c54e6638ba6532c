/**
 * The trainer's debrief of a workshop, computed from stored sessions and the story's analysis:
 * the path the room took beside the best path the story allows, the vote at each decision, the
 * principle profile (of the room, and per group weighted by its votes), where the room went
 * against a principle and what the child needed there, the lines the room marked "niet pluis"
 * against the story's signals (the same rule as a single play: src/debrief/recognition.ts), the
 * discussion prompts and the "what if" replays. Also several sessions of one case combined.
 */
import type { StoryAnalysis } from '../story/explorer.ts';
import { PRINCIPLE_IDS, zeroScores, type PrincipleId, type PrincipleScores } from '../story/principles.ts';
import { overall, principleResults, totalScores, type PrincipleResult } from '../story/scoring.ts';
import type { StoryChoice } from '../story/runner.ts';
import { decisionRows, endingOf, type DecisionRow, type OptionRow } from '../workshop/report.ts';
import { mainPath, whatIfs } from '../workshop/session.ts';
import type { WorkshopGroup, WorkshopSession } from '../workshop/types.ts';
import { percentages, sumOf } from '../workshop/votes.ts';
import { combineProblem } from '../workshop/combine.ts';
import { roomRecognition } from '../workshop/marks.ts';
import type { Recognition } from './recognition.ts';

export type { DecisionRow, OptionRow };

export type BestPathRow = {
  readonly step: number;
  readonly best: { readonly choice: string; readonly scores: Partial<PrincipleScores> } | null;
  readonly taken: StoryChoice | null;
  /** True when the room took the same choice as the best path at this step. */
  readonly same: boolean;
};

export type AgainstPrinciple = {
  readonly decision: number;
  readonly context: string;
  readonly principle: PrincipleId;
  readonly points: number;
  readonly taken: StoryChoice;
  /** What would have served the child at this decision: the option that scores highest. */
  readonly needed: StoryChoice;
};

export type GroupProfile = {
  readonly group: WorkshopGroup;
  readonly votes: number;
  /**
   * The decisions the group voted at: only those count in its points, so for a group that voted at
   * fewer decisions than the room met, fewer decisions count (the screen says at how many).
   */
  readonly decisionsVoted: number;
  /** Points weighted by the group's votes (one decimal), against the story's best and worst. */
  readonly results: readonly PrincipleResult[];
};

export type WhatIfReport = {
  /** The decision on the main path the replay started from, or null when it started inside another replay. */
  readonly fromDecision: number | null;
  readonly context: string;
  readonly choice: StoryChoice;
  readonly decisions: number;
  readonly ending: { readonly id: string; readonly text: string } | null;
  readonly points: PrincipleScores;
};

type Signal = { readonly id: string; readonly text: string };

export type TrainerDebrief = {
  readonly sessionId: string;
  readonly name: string;
  readonly caseId: string;
  readonly caseTitle: string;
  readonly createdAt: string;
  readonly groups: readonly WorkshopGroup[];
  readonly decisions: readonly DecisionRow[];
  readonly bestPath: readonly BestPathRow[];
  /** The first step where the room left the best path, or null when it has not (yet). */
  readonly leftBestPathAt: number | null;
  readonly points: PrincipleScores;
  readonly results: readonly PrincipleResult[];
  readonly groupProfiles: readonly GroupProfile[];
  readonly against: readonly AgainstPrinciple[];
  /** The lines the room marked on its main path against the story's signals (the answer key). */
  readonly recognition: Recognition;
  readonly prompts: ReadonlyArray<{ readonly decision: number; readonly context: string; readonly prompts: readonly string[] }>;
  readonly ending: Signal | null;
  readonly finished: boolean;
  readonly totalVotes: number;
  readonly whatIfs: readonly WhatIfReport[];
};

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A group's points: at each decision, the options' scores weighted by the share of the group's votes. */
function groupPoints(rows: readonly DecisionRow[], g: number): { points: PrincipleScores; votes: number; decisionsVoted: number } {
  const points: Record<PrincipleId, number> = { ...zeroScores() };
  let votes = 0;
  let decisionsVoted = 0;
  for (const r of rows) {
    const counts = r.options.map((o) => o.perGroup[g] ?? 0);
    const n = sumOf(counts);
    if (n === 0) continue;
    votes += n;
    decisionsVoted++;
    for (const id of PRINCIPLE_IDS) points[id] += r.options.reduce((sum, o, i) => sum + (o.choice.assessment.scores[id] ?? 0) * counts[i]!, 0) / n;
  }
  for (const id of PRINCIPLE_IDS) points[id] = round1(points[id]);
  return { points, votes, decisionsVoted };
}

/** The debrief of one session. */
export function buildTrainerDebrief(s: WorkshopSession, analysis: StoryAnalysis): TrainerDebrief {
  const path = mainPath(s);
  const decisions = decisionRows(s, path);
  const taken = decisions.flatMap((d) => (d.taken ? [d.taken.choice] : []));
  const points = totalScores(taken.map((c) => c.assessment));

  const steps = Math.max(decisions.length, analysis.bestPath.length);
  const bestPath: BestPathRow[] = [];
  let onBest = true;
  let leftBestPathAt: number | null = null;
  for (let i = 0; i < steps; i++) {
    const best = analysis.bestPath[i] ?? null;
    const t = decisions[i]?.taken?.choice ?? null;
    const same = best !== null && t !== null && best.choice === t.text;
    if (onBest && t !== null && !same) {
      onBest = false;
      leftBestPathAt = i + 1;
    }
    bestPath.push({ step: i + 1, best, taken: t, same });
  }

  const against = decisions.flatMap((d) =>
    d.taken ? d.against.map((principle) => ({ decision: d.number, context: d.context, principle, points: d.taken!.choice.assessment.scores[principle] ?? 0, taken: d.taken!.choice, needed: d.best.choice })) : [],
  );

  const mainIndex = new Map(decisions.map((d) => [d.nodeId, d.number]));
  const replays = whatIfs(s).map<WhatIfReport>((w) => {
    const rows = decisionRows(s, w.path);
    const choice = w.from.options.find((o) => o.index === w.choice)!;
    return {
      fromDecision: mainIndex.get(w.from.id) ?? null,
      context: decisionRows(s, [w.from])[0]?.context ?? '',
      choice,
      decisions: rows.filter((r) => r.taken).length,
      ending: endingOf(w.path),
      points: totalScores([choice.assessment, ...rows.flatMap((r) => (r.taken ? [r.taken.choice.assessment] : []))]),
    };
  });

  return {
    sessionId: s.id,
    name: s.name,
    caseId: s.caseId,
    caseTitle: s.caseTitle,
    createdAt: s.createdAt,
    groups: s.groups,
    decisions,
    bestPath,
    leftBestPathAt,
    points,
    results: principleResults(points, analysis.best, analysis.worst),
    groupProfiles: s.groups.map((group, g) => {
      const { points: gp, votes, decisionsVoted } = groupPoints(decisions, g);
      return { group, votes, decisionsVoted, results: principleResults(gp, analysis.best, analysis.worst) };
    }),
    against,
    recognition: roomRecognition(s, analysis.signals),
    prompts: decisions.filter((d) => d.prompts.length > 0).map((d) => ({ decision: d.number, context: d.context, prompts: d.prompts })),
    ending: endingOf(path),
    finished: path.at(-1)?.finished ?? false,
    totalVotes: sumOf(decisions.map((d) => d.totalVotes)),
    whatIfs: replays,
  };
}

export type CombinedOption = {
  readonly text: string;
  readonly votes: number;
  readonly percent: number;
  /** Votes per session, in the order of the combined sessions (0 where a session did not meet this decision). */
  readonly perSession: readonly number[];
  /** How many sessions took this option. */
  readonly takenIn: number;
  readonly bestHere: boolean;
  readonly scores: Partial<PrincipleScores>;
};

export type CombinedDecision = {
  readonly key: string;
  readonly context: string;
  /** The earliest position at which a session met this decision. */
  readonly position: number;
  /** How many of the sessions met this decision. */
  readonly sessions: number;
  readonly totalVotes: number;
  readonly options: readonly CombinedOption[];
};

export type CombinedDebrief = {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly sessions: readonly TrainerDebrief[];
  readonly decisions: readonly CombinedDecision[];
  /** Over all sessions: the sum of the votes per principle profile is not meaningful, so the mean of the points taken. */
  readonly meanResults: readonly PrincipleResult[];
  /** The rooms' recognition added up: signals shown on each room's path, recognised, missed, lines marked that are no signal. */
  readonly recognition: { readonly shown: number; readonly recognised: number; readonly missed: number; readonly falseMarks: number };
};

export class CombineError extends Error {
  override name = 'CombineError';
}

/** Combines sessions of one case: votes per decision added up, profiles side by side. */
export function combineDebriefs(debriefs: readonly TrainerDebrief[], analysis: StoryAnalysis): CombinedDebrief {
  const first = debriefs[0];
  if (!first) throw new CombineError('Nothing to combine');
  const other = debriefs.find((d) => d.caseId !== first.caseId);
  if (combineProblem(debriefs) === 'different-cases' && other) throw new CombineError(`Sessions of different cases cannot be combined ("${first.caseTitle}" and "${other.caseTitle}")`);

  type Acc = { key: string; context: string; position: number; seen: number; options: StoryChoice[]; perSession: number[][]; takenIn: number[]; sessions: number };
  const byKey = new Map<string, Acc>();
  debriefs.forEach((d, si) => {
    for (const row of d.decisions) {
      let acc = byKey.get(row.key);
      if (!acc) {
        acc = { key: row.key, context: row.context, position: row.number, seen: byKey.size, options: row.options.map((o) => o.choice), perSession: row.options.map(() => debriefs.map(() => 0)), takenIn: row.options.map(() => 0), sessions: 0 };
        byKey.set(row.key, acc);
      }
      acc.position = Math.min(acc.position, row.number);
      acc.sessions++;
      row.options.forEach((o, i) => {
        acc!.perSession[i]![si]! += o.votes;
        if (o.taken) acc!.takenIn[i]! += 1;
      });
    }
  });

  const decisions = [...byKey.values()]
    .sort((a, b) => a.position - b.position || a.seen - b.seen)
    .map<CombinedDecision>((acc) => {
      const totals = acc.perSession.map(sumOf);
      const shares = percentages(totals);
      const bestScore = Math.max(...acc.options.map((o) => overall(o.assessment.scores)));
      const bestAt = acc.options.findIndex((o) => overall(o.assessment.scores) === bestScore);
      return {
        key: acc.key,
        context: acc.context,
        position: acc.position,
        sessions: acc.sessions,
        totalVotes: sumOf(totals),
        options: acc.options.map((o, i) => ({ text: o.text, votes: totals[i]!, percent: shares[i]!, perSession: acc.perSession[i]!, takenIn: acc.takenIn[i]!, bestHere: i === bestAt, scores: o.assessment.scores })),
      };
    });

  const mean: Record<PrincipleId, number> = { ...zeroScores() };
  // points are whole in every story; a mean shown as "-0.5 of 8" reads as false precision
  for (const id of PRINCIPLE_IDS) mean[id] = Math.round(sumOf(debriefs.map((d) => d.points[id])) / debriefs.length);

  const recognition = {
    shown: sumOf(debriefs.map((d) => d.recognition.timeline.length)),
    recognised: sumOf(debriefs.map((d) => d.recognition.recognised)),
    missed: sumOf(debriefs.map((d) => d.recognition.missed)),
    falseMarks: sumOf(debriefs.map((d) => d.recognition.falseMarks.length)),
  };

  return { caseId: first.caseId, caseTitle: first.caseTitle, sessions: debriefs, decisions, meanResults: principleResults(mean, analysis.best, analysis.worst), recognition };
}
