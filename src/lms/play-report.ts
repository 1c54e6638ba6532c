/** Turns a played case into what the platform is told: interactions, a finished case's result, the overall result. */
import type { PersonalDebrief } from '../debrief/personal-debrief.ts';
import type { DecisionRecord } from '../play/types.ts';
import type { StoryAnalysis } from '../story/explorer.ts';
import { STORY_LANG } from '../story/meta.ts';
import { PRINCIPLE_IDS, PRINCIPLES, scoresFrom } from '../story/principles.ts';
import type { DecisionReport, ResultReport } from './reporter.ts';
import type { DoneResult } from './suspend.ts';

/** The objective for signal recognition, beside one per principle (ids as in src/story/principles.ts). */
export const SIGNALS_OBJECTIVE = 'signalen';

/**
 * One decision as an interaction. Its id names the decision, not the play: the case and the
 * decision's place in the explorer's list, so every learner's answers to it line up in the platform.
 */
export function decisionReport(caseId: string, analysis: StoryAnalysis, decision: DecisionRecord, n: number): DecisionReport {
  const k = analysis.decisions.findIndex((d) => d.options.some((o) => o.id === decision.chosen.id));
  return {
    id: `${caseId}-${k >= 0 ? `beslissing-${k + 1}` : `keuze-${n + 1}`}`,
    chosen: decision.chosen.id,
    description: decision.context || decision.chosen.text,
    lang: STORY_LANG,
  };
}

/**
 * A finished case's result in whole percent. Signal recognition is the debrief's: the share of the
 * signals shown on the player's path that the player marked "niet pluis".
 */
export function doneResult(d: PersonalDebrief): DoneResult {
  return {
    shares: scoresFrom((id) => Math.round((d.results.find((r) => r.principle === id)?.share ?? 0) * 100)),
    recognition: Math.round(d.recognition.share * 100),
  };
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The better of two results of one case: the higher mean over the principles. */
export function better(a: DoneResult | undefined, b: DoneResult): DoneResult {
  if (!a) return b;
  return mean(PRINCIPLE_IDS.map((p) => b.shares[p])) >= mean(PRINCIPLE_IDS.map((p) => a.shares[p])) ? b : a;
}

/**
 * The package's result: per principle and for recognition the mean over the finished cases; the
 * score is the mean of the principles. Complete when every case of the package is finished.
 */
export function resultReport(done: Readonly<Record<string, DoneResult>>, caseIds: readonly string[]): ResultReport {
  const results = caseIds.flatMap((id) => (done[id] ? [done[id]] : []));
  const principle = (p: (typeof PRINCIPLE_IDS)[number]) => mean(results.map((r) => r.shares[p])) / 100;
  return {
    score: mean(PRINCIPLE_IDS.map(principle)),
    objectives: [
      ...PRINCIPLES.map((p) => ({ id: p.id, description: p.name.nl, share: principle(p.id) })),
      { id: SIGNALS_OBJECTIVE, description: 'Signalen herkennen', share: mean(results.map((r) => r.recognition)) / 100 },
    ],
    complete: caseIds.length > 0 && caseIds.every((id) => done[id] !== undefined),
  };
}
