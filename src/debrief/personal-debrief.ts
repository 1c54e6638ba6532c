/**
 * The personal debrief, computed from a played case and the story's analysis: a result per
 * principle as a share of the best, the key moments (the choices that cost most, with what would
 * have served the child better), and how the player's own marks recognised the story's signals.
 */
import type { ActiveCase } from '../play/types.ts';
import type { StoryAnalysis } from '../story/explorer.ts';
import { bestChoice, principleResults, totalScores, overall, type PrincipleResult } from '../story/scoring.ts';
import { endingOf } from '../story/lines.ts';
import { recognitionOf, type Recognition } from './recognition.ts';
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
  /** The player's own noticing: their marks against the story's signals (a measure of its own). */
  readonly recognition: Recognition;
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

  return {
    results,
    keyMoments,
    recognition: recognitionOf(played.log, played.marks, analysis.signals),
    ending: endingOf(lines),
    decisions: played.decisions.length,
  };
}
