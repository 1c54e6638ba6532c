/**
 * The personal debrief, computed from a played case and the story's analysis: a result per
 * principle as a share of the best, the key moments (the choices that cost most, with what would
 * have served the child better), and the signals noticed and missed.
 */
import type { ActiveCase } from '../play/types.ts';
import type { StoryAnalysis } from '../story/explorer.ts';
import { bestChoice, principleResults, totalScores, overall, type PrincipleResult } from '../story/scoring.ts';
import { endingOf } from '../story/lines.ts';
import type { StoryChoice } from '../story/runner.ts';

export type KeyMoment = {
  readonly decision: number;
  readonly context: string;
  readonly chosen: StoryChoice;
  readonly better: StoryChoice;
  /** How many points (over all principles) the choice taken gave up against the better one. */
  readonly cost: number;
};

/** A signal on the timeline: when it could first show, and whether (and when) this player saw it. */
export type SignalMoment = {
  readonly id: string;
  readonly text: string;
  readonly time: string | null;
  /** Decisions taken before it shows on the earliest path (missed) or on the player's path (noticed). */
  readonly after: number;
  readonly noticed: boolean;
};

export type PersonalDebrief = {
  readonly timeline: readonly SignalMoment[];
  readonly results: readonly PrincipleResult[];
  readonly keyMoments: readonly KeyMoment[];
  readonly signalsNoticed: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  readonly signalsMissed: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  readonly ending: { readonly id: string; readonly text: string } | null;
  readonly decisions: number;
};

export function buildPersonalDebrief(played: ActiveCase, analysis: StoryAnalysis, maxMoments = 3): PersonalDebrief {
  const taken = played.decisions.map((d) => d.chosen.assessment);
  const results = principleResults(totalScores(taken), analysis.best, analysis.worst);

  const moments: KeyMoment[] = [];
  played.decisions.forEach((d, decision) => {
    const mine = overall(d.chosen.assessment.scores);
    const better = bestChoice(d.alternatives);
    if (better && overall(better.assessment.scores) > mine) {
      moments.push({ decision, context: d.context, chosen: d.chosen, better, cost: overall(better.assessment.scores) - mine });
    }
  });
  const keyMoments = moments.sort((a, b) => b.cost - a.cost || a.decision - b.decision).slice(0, maxMoments).sort((a, b) => a.decision - b.decision);

  const lines = played.log.flatMap((e) => (e.kind === 'line' ? [e.line] : []));
  const noticed = new Map<string, SignalMoment>();
  let decisions = 0;
  let time: string | null = null;
  for (const e of played.log) {
    if (e.kind === 'choice') {
      decisions++;
      continue;
    }
    time = e.line.time ?? time;
    const id = e.line.signal;
    if (id && !noticed.has(id)) noticed.set(id, { id, text: e.line.text, time, after: decisions, noticed: true });
  }
  const missed: SignalMoment[] = analysis.signals.filter((s) => !noticed.has(s.id)).map((s) => ({ ...s, noticed: false }));
  const timeline = [...noticed.values(), ...missed].sort((a, b) => a.after - b.after || Number(b.noticed) - Number(a.noticed));

  return {
    timeline,
    results,
    keyMoments,
    signalsNoticed: [...noticed.values()],
    signalsMissed: missed,
    ending: endingOf(lines),
    decisions: played.decisions.length,
  };
}
