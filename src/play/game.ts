/**
 * The rules of self-paced play, with no DOM: which screen opening a case leads to, starting,
 * resuming and restarting a case, taking a choice, leaving, recording the result and building
 * the debrief. The clock, the random source and the storage are injected, so Node tests drive it
 * exactly as the page does. The app only wires these actions to views and routes.
 *
 * Others hook in through `on(listener)`: every step is announced as a plain event after the
 * stores have been written, so a listener sees the same state the views see.
 */
import { buildPersonalDebrief, type PersonalDebrief } from '../debrief/personal-debrief.ts';
import type { CatalogEntry } from '../story/catalog.ts';
import { scoresFrom } from '../story/principles.ts';
import { createStoryRunner, type StoryRunner } from '../story/runner.ts';
import type { StoryJson } from '../story/story-json.ts';
import { createProgressStore, type ProgressStore } from '../state/progress-store.ts';
import { createSettingsStore, type SettingsStore } from '../state/settings-store.ts';
import type { KeyValueStorage, SaveProblem } from '../state/persistence.ts';
import { createCaseSession, type CaseSession } from './case-session.ts';
import type { ActiveCase, CaseResult, DecisionRecord } from './types.ts';

export type GameDeps = {
  readonly catalog: readonly CatalogEntry[];
  readonly storage: KeyValueStorage;
  /** The time recorded with results and saves. */
  readonly clock: () => Date;
  /** Uniform in [0, 1): the one source of chance in play (e.g. a per-play seed). */
  readonly random: () => number;
  /** A save that could not be read or written. */
  readonly onProblem: (problem: SaveProblem) => void;
  /** Defaults to the ink runner; tests may wrap it. */
  readonly createRunner?: (json: StoryJson) => StoryRunner;
};

/**
 * How opening a case went: a new play, the same point as before, a new play because the save
 * could not be used, or the end screen of a play that was finished (nothing left to choose).
 */
export type OpenOutcome = 'started' | 'resumed' | 'restarted' | 'ended';

/**
 * `resume` (a reload, an address): back to where this case was, its end screen included.
 * `play` (after the content note): on with a play in progress, else a new play.
 * `restart`: a new play, whatever there was.
 */
export type OpenMode = 'resume' | 'play' | 'restart';

export type GameEvent =
  | { readonly type: 'opened'; readonly caseId: string; readonly outcome: OpenOutcome; readonly play: ActiveCase }
  | { readonly type: 'chose'; readonly caseId: string; readonly decision: DecisionRecord; readonly number: number; readonly play: ActiveCase }
  | { readonly type: 'finished'; readonly caseId: string; readonly result: CaseResult; readonly debrief: PersonalDebrief; readonly play: ActiveCase }
  | { readonly type: 'left'; readonly caseId: string };

export type Game = {
  readonly progress: ProgressStore;
  readonly settings: SettingsStore;
  readonly catalog: readonly CatalogEntry[];
  /** The screen that opening a case from the title leads to: back into a play in progress, else its content note. */
  entryScreen(caseId: string): 'play' | 'note';
  /** May an address that names this case's play screen open it directly (after a reload)? */
  mayOpenDirectly(caseId: string): boolean;
  /** Opens the case for play; see OpenMode. Marks its content note as seen. */
  open(caseId: string, mode?: OpenMode): Promise<OpenOutcome>;
  /** Takes the open choice with this ink index in the case being played. */
  choose(index: number): void;
  /** Leaves the case; its progress stays saved. */
  leave(): void;
  /** The play of this case as saved (in progress or finished), or null. */
  playOf(caseId: string): ActiveCase | null;
  /** The debrief of this case's finished play, or null when there is none. */
  debrief(caseId: string): PersonalDebrief | null;
  /** Listens to the game's steps; returns the unsubscribe. */
  on(listener: (event: GameEvent) => void): () => void;
};

export function createGame(deps: GameDeps): Game {
  const settings = createSettingsStore(deps.storage, deps.onProblem);
  const progress = createProgressStore(deps.storage, deps.onProblem);
  const newRunner = deps.createRunner ?? ((json: StoryJson) => createStoryRunner(json));
  const listeners = new Set<(e: GameEvent) => void>();
  const emit = (e: GameEvent) => {
    for (const l of [...listeners]) l(e);
  };
  let session: CaseSession | null = null;

  const entry = (caseId: string): CatalogEntry => {
    const found = deps.catalog.find((c) => c.id === caseId);
    if (!found) throw new Error(`Unknown case ${caseId}`);
    return found;
  };
  const playOf = (caseId: string): ActiveCase | null => {
    const active = progress.getState().active;
    return active?.caseId === caseId ? active : null;
  };

  const recordEnd = (play: ActiveCase) => {
    const debrief = buildPersonalDebrief(play, entry(play.caseId).analysis);
    const result: CaseResult = {
      caseId: play.caseId,
      finishedAt: deps.clock().toISOString(),
      ending: debrief.ending?.id ?? null,
      shares: scoresFrom((id) => debrief.results.find((r) => r.principle === id)?.share ?? 0),
    };
    progress.getState().recordResult(result);
    emit({ type: 'finished', caseId: play.caseId, result, debrief, play });
  };

  return {
    progress,
    settings,
    catalog: deps.catalog,
    entryScreen(caseId) {
      const play = playOf(caseId);
      return play && !play.finished ? 'play' : 'note';
    },
    mayOpenDirectly(caseId) {
      return playOf(caseId) !== null || settings.getState().notesSeen.includes(caseId);
    },
    async open(caseId, mode = 'resume') {
      const story = entry(caseId);
      settings.getState().markNoteSeen(caseId);
      const active = progress.getState().active;
      const ended = active?.caseId === caseId && active.finished;
      if (mode === 'restart' || (active && active.caseId !== caseId) || (ended && mode === 'play')) progress.getState().abandon();
      else if (ended) {
        // the end screen is part of the save: there is nothing to run, only to show
        session = null;
        emit({ type: 'opened', caseId, outcome: 'ended', play: active });
        return 'ended';
      }
      const runner = newRunner(await story.load());
      session = createCaseSession(caseId, runner, progress);
      const outcome = session.start();
      emit({ type: 'opened', caseId, outcome, play: playOf(caseId)! });
      return outcome;
    },
    choose(index) {
      if (!session) throw new Error('No case is being played');
      const caseId = session.caseId;
      session.choose(index);
      const play = playOf(caseId)!;
      const number = play.decisions.length - 1;
      emit({ type: 'chose', caseId, decision: play.decisions[number]!, number, play });
      if (play.finished) recordEnd(play);
    },
    leave() {
      const caseId = session?.caseId;
      session = null;
      if (caseId) emit({ type: 'left', caseId });
    },
    playOf,
    debrief(caseId) {
      const play = playOf(caseId);
      return play?.finished ? buildPersonalDebrief(play, entry(caseId).analysis) : null;
    },
    on(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
