/** Which tips of the guide a set of cases puts on the table through their policy questions (`# beleidsvraag:`). */
import type { StoryAnalysis } from './explorer.ts';
import { GUIDE_TIPS, type GuideTip } from './sources.ts';

export const ALL_TIPS = Object.keys(GUIDE_TIPS).map(Number) as GuideTip[];

/** Per tip, the cases (by title) with a policy question on it. */
export function tipCoverage(cases: ReadonlyArray<Pick<StoryAnalysis, 'meta' | 'policyQuestions'>>): ReadonlyMap<GuideTip, readonly string[]> {
  return new Map(ALL_TIPS.map((tip) => [tip, cases.filter((c) => c.policyQuestions.some((q) => q.tip === tip)).map((c) => c.meta.titel)]));
}

/** The tips no case asks a policy question about. */
export const uncoveredTips = (cases: ReadonlyArray<Pick<StoryAnalysis, 'meta' | 'policyQuestions'>>): GuideTip[] =>
  [...tipCoverage(cases)].filter(([, titles]) => titles.length === 0).map(([tip]) => tip);
