/**
 * Plays one case: drives the story runner and writes each step into the progress store, so that
 * the store always holds what is on screen and a reload resumes at the same point.
 */
import type { StoryRunner, StoryLine } from '../story/runner.ts';
import type { ProgressStore } from '../state/progress-store.ts';
import type { DecisionRecord, LogEntry } from './types.ts';
import { contextOf } from '../story/lines.ts';

export type CaseSession = {
  readonly caseId: string;
  /** Starts the case, or resumes it from the store. Returns 'resumed', 'started', or 'restarted' when the save could not be used. */
  start(): 'started' | 'resumed' | 'restarted';
  choose(index: number): void;
};


/** The lines shown since the previous decision: the lead-up to the decision about to be taken. */
export function linesSinceLastDecision(log: readonly LogEntry[]): StoryLine[] {
  const out: StoryLine[] = [];
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    if (e.kind === 'choice') break;
    out.unshift(e.line);
  }
  return out;
}

export function createCaseSession(caseId: string, runner: StoryRunner, progress: ProgressStore): CaseSession {
  const fresh = () => {
    const step = runner.continue();
    progress.getState().begin(caseId, step.lines, step.choices, runner.saveState(), step.finished);
  };

  return {
    caseId,
    start() {
      const active = progress.getState().active;
      if (active?.caseId !== caseId) {
        fresh();
        return 'started';
      }
      try {
        runner.restoreState(active.inkState);
        progress.getState().resync(runner.currentChoices());
        return 'resumed';
      } catch {
        fresh();
        return 'restarted';
      }
    },
    choose(index) {
      const active = progress.getState().active;
      if (!active || active.caseId !== caseId) throw new Error('No active case to choose in');
      const open = runner.currentChoices();
      const chosen = open.find((c) => c.index === index);
      if (!chosen) throw new Error(`Choice ${index} is not open`);
      const decision: DecisionRecord = {
        chosen,
        alternatives: open.filter((c) => c.index !== index),
        context: contextOf(linesSinceLastDecision(active.log)),
        prompts: linesSinceLastDecision(active.log).flatMap((l) => l.prompts),
      };
      runner.choose(index);
      const step = runner.continue();
      progress.getState().advance(decision, step.lines, step.choices, runner.saveState(), step.finished);
    },
  };
}
