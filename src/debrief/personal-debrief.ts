/**
 * The personal debrief, computed from a played case and the story's analysis: a result per
 * principle as a share of the best, the key moments (the choices that cost most, with what would
 * have served the child better), and the signals noticed and missed.
 */
import type { ActiveCase } from '../play/types.ts';
import type { StoryAnalysis } from '../story/explorer.ts';
import { principleResults, totalScores, overall, type PrincipleResult } from '../story/scoring.ts';
import type { StoryChoice } from '../story/runner.ts';

export type KeyMoment = {
  readonly decision: number;
  readonly context: string;
  readonly chosen: StoryChoice;
  readonly better: StoryChoice;
  /** How many points (over all principles) the choice taken gave up against the better one. */
  readonly cost: number;
};

export type PersonalDebrief = {
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
    const better = [...d.alternatives].sort((a, b) => overall(b.assessment.scores) - overall(a.assessment.scores))[0];
    if (better && overall(better.assessment.scores) > mine) {
      moments.push({ decision, context: d.context, chosen: d.chosen, better, cost: overall(better.assessment.scores) - mine });
    }
  });
  const keyMoments = moments.sort((a, b) => b.cost - a.cost || a.decision - b.decision).slice(0, maxMoments).sort((a, b) => a.decision - b.decision);

  const lines = played.log.flatMap((e) => (e.kind === 'line' ? [e.line] : []));
  const noticed = new Map<string, string>();
  for (const l of lines) if (l.signal && !noticed.has(l.signal)) noticed.set(l.signal, l.text);
  const endingLine = [...lines].reverse().find((l) => l.ending);

  return {
    results,
    keyMoments,
    signalsNoticed: [...noticed].map(([id, text]) => ({ id, text })),
    signalsMissed: analysis.signals.filter((s) => !noticed.has(s.id)),
    ending: endingLine?.ending ? { id: endingLine.ending, text: endingLine.text } : null,
    decisions: played.decisions.length,
  };
}
