/**
 * Plays one case: drives the story runner and writes each step into the progress store, so that
 * the store always holds what is on screen and a reload resumes at the same point.
 */
import type { StoryRunner, StoryLine } from '../story/runner.ts';
import type { ProgressStore } from '../state/progress-store.ts';
import type { DecisionRecord, LogEntry } from './types.ts';
import { contextOf } from '../story/lines.ts';
import { newSeed } from './option-order.ts';

export type CaseSession = {
  readonly caseId: string;
  /** Starts a new play of the case (replacing any play of it in the store). */
  fresh(): void;
  /**
   * Resumes the saved play from its ink state. Returns null when it resumed, or why it could not:
   * a state that does not load, or one that does not lead to the choices that were on screen
   * (another story's state, or a state with no choices and no end).
   */
  resume(): string | null;
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

/** `random` seeds the option order of each new play (injected so tests can fix it). */
export function createCaseSession(caseId: string, runner: StoryRunner, progress: ProgressStore, build?: string, random: () => number = Math.random): CaseSession {
  const play = () => progress.getState().plays[caseId];
  return {
    caseId,
    fresh() {
      const step = runner.continue();
      progress.getState().begin(caseId, build, step.lines, step.choices, runner.saveState(), step.finished, newSeed(random));
    },
    resume() {
      const saved = play();
      if (!saved) return 'there is no saved play';
      try {
        runner.restoreState(saved.inkState);
      } catch (e) {
        return (e as Error).message;
      }
      const open = runner.currentChoices();
      if (open.length === 0) return 'the saved story state has no choices open and is not at an end';
      const ids = (cs: ReadonlyArray<{ id: string }>) => cs.map((c) => c.id).sort().join('\n');
      if (ids(open) !== ids(saved.choices)) return 'the saved story state does not lead to the choices that were on screen';
      progress.getState().resync(caseId, open);
      return null;
    },
    choose(index) {
      const active = play();
      if (!active || active.finished) throw new Error('No play in progress to choose in');
      const open = runner.currentChoices();
      const chosen = open.find((c) => c.index === index);
      if (!chosen) throw new Error(`Choice ${index} is not open`);
      const before = linesSinceLastDecision(active.log);
      const decision: DecisionRecord = {
        chosen,
        alternatives: open.filter((c) => c.index !== index),
        context: contextOf(before),
        prompts: before.flatMap((l) => l.prompts),
      };
      runner.choose(index);
      const step = runner.continue();
      progress.getState().advance(caseId, decision, step.lines, step.choices, runner.saveState(), step.finished);
    },
  };
}
