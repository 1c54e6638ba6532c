/** What a played case consists of, as stored: the log on screen and the decisions taken. */
import type { PrincipleId } from '../story/principles.ts';
import type { StoryChoice, StoryLine } from '../story/runner.ts';

/** One decision: the choice taken, and the others that were open then. */
export type DecisionRecord = {
  readonly chosen: StoryChoice;
  readonly alternatives: readonly StoryChoice[];
  /** The last line before the decision, to recognise the moment in the debrief. */
  readonly context: string;
  readonly prompts: readonly string[];
};

export type LogEntry =
  | { readonly kind: 'line'; readonly line: StoryLine }
  | { readonly kind: 'choice'; readonly decision: number };

export type ActiveCase = {
  readonly caseId: string;
  readonly inkState: string;
  readonly log: readonly LogEntry[];
  readonly decisions: readonly DecisionRecord[];
  readonly choices: readonly StoryChoice[];
  readonly finished: boolean;
};

export type CaseResult = {
  readonly caseId: string;
  readonly finishedAt: string;
  readonly ending: string | null;
  readonly shares: Readonly<Record<PrincipleId, number>>;
};
