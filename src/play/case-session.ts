/**
 * Plays one case: drives the story runner and writes each step into the progress store, so that
 * the store always holds what is on screen and a reload resumes at the same point.
 */
import type { StoryRunner, StoryLine, StoryStep } from '../story/runner.ts';
import { STATE_NOT_TAKEN, type ProgressStore } from '../state/progress-store.ts';
import type { DecisionRecord, LogEntry } from './types.ts';
import { contextOf } from '../story/lines.ts';
import { newSeed } from './option-order.ts';

export type CaseSession = {
  readonly caseId: string;
  /**
   * Starts a new play of the case (replacing any play of it in the store). Taking the story's
   * state is the costly part of a start and a play nobody has touched needs no save yet, so it
   * is taken through `later` (at once when not given); until then the play is not written.
   */
  fresh(later?: (run: () => void) => void): void;
  /**
   * Resumes the saved play from its ink state. Returns null when it resumed, or why it could not:
   * a state that does not load, or one that does not lead to the choices that were on screen
   * (another story's state, or a state with no choices and no end).
   */
  resume(): string | null;
  /** Takes the story state of a play begun by `fresh` now, if it is not taken yet (before the session is let go). */
  settle(): void;
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

/**
 * `random` seeds the option order of each new play (injected so tests can fix it). `begun`: the
 * seed of a new play whose opening is on screen already and to which `runner` has been run.
 */
export function createCaseSession(caseId: string, runner: StoryRunner, progress: ProgressStore, build?: string, random: () => number = Math.random, begun: string | null = null): CaseSession {
  const play = () => progress.getState().plays[caseId];
  /** The seed of a play begun here whose story state is not taken yet. */
  let untaken: string | null = begun;
  const session: CaseSession = {
    caseId,
    fresh(later = (run) => run()) {
      const step = runner.continue();
      untaken = newSeed(random);
      progress.getState().begin(caseId, build, step.lines, step.choices, STATE_NOT_TAKEN, step.finished, untaken);
      later(() => session.settle());
    },
    settle() {
      // (the seed tells this play from a later new play of the case)
      const p = play();
      if (untaken !== null && p?.seed === untaken && p.inkState === STATE_NOT_TAKEN) progress.getState().takeState(caseId, runner.saveState());
      untaken = null;
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
      untaken = null; // the state is taken with the step
      const step = runner.continue();
      progress.getState().advance(caseId, decision, step.lines, step.choices, runner.saveState(), step.finished);
    },
  };
  return session;
}

const sameStep = (a: StoryStep, b: StoryStep) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Begins a new play from the story's opening (its first step, taken at build) while the story
 * itself is still on its way, and gives the session once its runner has arrived and been run to
 * the same point. Should the runner show something else (a catalog and a story of different
 * builds), the play begins again from what the runner shows, under the same seed.
 */
export function freshFromOpening(caseId: string, opening: StoryStep, arriving: Promise<StoryRunner>, progress: ProgressStore, build?: string, random: () => number = Math.random): { readonly seed: string; readonly session: Promise<CaseSession> } {
  const seed = newSeed(random);
  progress.getState().begin(caseId, build, opening.lines, opening.choices, STATE_NOT_TAKEN, opening.finished, seed);
  const session = arriving.then((runner) => {
    const step = runner.continue();
    const p = progress.getState().plays[caseId];
    if (!sameStep(step, opening) && p?.seed === seed && p.inkState === STATE_NOT_TAKEN) {
      progress.getState().begin(caseId, build, step.lines, step.choices, STATE_NOT_TAKEN, step.finished, seed);
    }
    return createCaseSession(caseId, runner, progress, build, random, seed);
  });
  return { seed, session };
}
