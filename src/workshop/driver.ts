/**
 * Runs workshop sessions against the store: the views call these actions, and only this module
 * plays the story (through the runner, one per case, loaded when first needed).
 */
import type { StoryRunner } from '../story/runner.ts';
import type { Switches } from '../story/switches.ts';
import { playOption, startSession, type NewSession } from './engine.ts';
import { addGroup, advance, assertPlayable, goTo, returnToMain, setPhase, setVoteClosed, setVotes } from './session.ts';
import { toggleRoomMark } from './marks.ts';
import type { WorkshopStore } from './store.ts';
import type { VotePhase, WorkshopGroup, WorkshopSession } from './types.ts';

export type DriverDeps = {
  readonly loadRunner: (caseId: string, switches?: Switches) => Promise<StoryRunner>;
  /** The story build the runner of a case is made from now (the catalog's `build`), if known. */
  readonly buildOf: (caseId: string) => string | undefined;
  readonly now: () => Date;
  readonly newId: () => string;
};

export type WorkshopDriver = {
  start(init: Omit<NewSession, 'id'>): Promise<WorkshopSession>;
  /**
   * Takes the room's choice at an undecided stop, or plays a "what if" at a decided one. Refuses
   * (an EarlierBuildError) a session played on another build of its case than the one served now.
   */
  play(sessionId: string, nodeId: string, choice: number): Promise<void>;
  setVotes(sessionId: string, nodeId: string, groupId: string, counts: readonly number[]): void;
  setPhase(sessionId: string, nodeId: string, phase: VotePhase): void;
  /** Closes (or opens again) voting at a stop; saved with the session. */
  setVoteClosed(sessionId: string, nodeId: string, closed: boolean): void;
  /** Marks a line "niet pluis" for the room, or takes the mark away. */
  toggleMark(sessionId: string, nodeId: string, line: number): void;
  goTo(sessionId: string, nodeId: string): void;
  advance(sessionId: string): void;
  returnToMain(sessionId: string): void;
  /** Adds a group to a running session (the phones, when live voting starts). */
  addGroup(sessionId: string, group: WorkshopGroup): void;
};

export function createWorkshopDriver(store: WorkshopStore, deps: DriverDeps): WorkshopDriver {
  const runners = new Map<string, Promise<StoryRunner>>();
  const runnerFor = (caseId: string) => {
    let r = runners.get(caseId);
    if (!r) {
      r = deps.loadRunner(caseId);
      runners.set(caseId, r);
      r.catch(() => runners.delete(caseId));
    }
    return r;
  };
  const change = (id: string, f: (s: WorkshopSession, now: Date) => WorkshopSession) => store.getState().update(id, (s) => f(s, deps.now()));

  return {
    async start(init) {
      // a fresh runner: the shared one may stand anywhere in the story
      const session = startSession(await deps.loadRunner(init.caseId, init.switches ?? {}), { seed: deps.newId(), ...init, id: deps.newId() }, deps.now());
      store.getState().put(session);
      return session;
    },
    async play(sessionId, nodeId, choice) {
      const s = store.getState().sessions[sessionId];
      if (!s) throw new Error(`No workshop session ${sessionId}`);
      assertPlayable(s, deps.buildOf(s.caseId));
      const runner = await runnerFor(s.caseId);
      change(sessionId, (current, now) => {
        assertPlayable(current, deps.buildOf(current.caseId)); // it may have been replaced while the runner loaded
        return playOption(current, runner, nodeId, choice, now);
      });
    },
    setVotes: (sessionId, nodeId, groupId, counts) => change(sessionId, (s, now) => setVotes(s, nodeId, groupId, counts, now)),
    setPhase: (sessionId, nodeId, phase) => change(sessionId, (s, now) => setPhase(s, nodeId, phase, now)),
    setVoteClosed: (sessionId, nodeId, closed) => change(sessionId, (s, now) => setVoteClosed(s, nodeId, closed, now)),
    toggleMark: (sessionId, nodeId, line) => change(sessionId, (s, now) => toggleRoomMark(s, nodeId, line, now)),
    goTo: (sessionId, nodeId) => change(sessionId, (s, now) => goTo(s, nodeId, now)),
    advance: (sessionId) => change(sessionId, advance),
    returnToMain: (sessionId) => change(sessionId, returnToMain),
    addGroup: (sessionId, group) => change(sessionId, (s, now) => addGroup(s, group, now)),
  };
}
