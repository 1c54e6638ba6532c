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
import type { StoryRunner } from '../story/runner.ts';
import type { StoryJson } from '../story/story-json.ts';
import type { StoryAnalysis } from '../story/explorer.ts';
import { createProgressStore, PROGRESS_KEY, STATE_NOT_TAKEN, type ProgressStore, type WhenAlone } from '../state/progress-store.ts';
import type { PastPlayData } from '../state/schema.ts';
import { createSettingsStore, type SettingsStore } from '../state/settings-store.ts';
import { keepAside, type KeyValueStorage, type SaveProblem, type StorageWatch } from '../state/persistence.ts';
import { createCaseSession, freshFromOpening, type CaseSession } from './case-session.ts';
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
  /** Hears other tabs' writes (the `storage` event). */
  readonly watch?: StorageWatch | undefined;
  /** One tab at a time per case. */
  readonly locks?: CaseLocks | undefined;
  /** Runs work only once no other tab of the game is open (see `ProgressStoreOptions`); not given: at once. */
  readonly whenAlone?: WhenAlone | undefined;
  /**
   * Defaults to the ink runner, whose code (the ink runtime with it) is a chunk of its own: a new
   * play's opening is on screen before it is needed. Tests may wrap it.
   */
  readonly createRunner?: (json: StoryJson) => StoryRunner;
  /**
   * Runs work that the first choices on screen need not wait for (taking a new play's story
   * state, fetching the case's analysis): in the page once it is idle; at once when not given.
   */
  readonly later?: (run: () => void) => void;
  /**
   * Runs work once the screen just drawn is painted: in the page, building the story of a new play
   * whose opening is on screen. Not given: a new play whose story is here is begun from the story.
   */
  readonly afterPaint?: (run: () => void) => void;
  /**
   * A play of the case kept elsewhere that this tab could not take in before (in a learning
   * platform's package: a play in the platform's record whose story did not load at launch).
   * Asked for when the case is opened, unless it is restarted; the play it gives takes the place
   * of the case's play here (`restored`) and the case opens on it. Null: none to take in.
   */
  readonly restore?: ((caseId: string) => Promise<ActiveCase | null>) | undefined;
};

/**
 * How opening a case went: a new play, the same point as before, the end screen of a finished
 * play, a new play because the save could not be used (`restarted`), or a new play because the
 * story was changed since the play began (`updated`).
 */
export type OpenOutcome = 'started' | 'resumed' | 'ended' | 'restarted' | 'updated';

/** What opening told: the outcome, and for `restarted` and `updated` what happened to the old play. */
export type Opened = {
  readonly outcome: OpenOutcome;
  /** Where the old play was kept; null when it could not be kept (storage full). */
  readonly asideKey?: string | null;
  /** For `restarted`: why the save could not be used. */
  readonly detail?: string;
  /** For `updated`: how many of the decisions taken are no longer in the story, of how many; and whether the old play had ended. */
  readonly gone?: { readonly decisions: number; readonly of: number; readonly ended: boolean };
};

/**
 * `resume` (a reload, an address): back to where this case was, its end screen included.
 * `play` (after the content note): on with a play in progress, else a new play.
 * `restart`: a new play, whatever there was.
 */
export type OpenMode = 'resume' | 'play' | 'restart';

export type GameEvent =
  | { readonly type: 'opened'; readonly caseId: string; readonly outcome: OpenOutcome; readonly play: ActiveCase }
  /** A play kept elsewhere (`GameDeps.restore`) took the place of the case's play: the case opens on it next. */
  | { readonly type: 'restored'; readonly caseId: string; readonly play: ActiveCase }
  | { readonly type: 'chose'; readonly caseId: string; readonly decision: DecisionRecord; readonly number: number; readonly play: ActiveCase }
  | { readonly type: 'finished'; readonly caseId: string; readonly result: CaseResult; readonly debrief: PersonalDebrief; readonly play: ActiveCase }
  | { readonly type: 'left'; readonly caseId: string }
  /** A new play shown from its opening while its lock was asked for: the case is open in another tab after all; the play is dropped. */
  | { readonly type: 'elsewhere'; readonly caseId: string }
  /** The story of a new play shown from its opening did not come (offline, server gone): the play is dropped. */
  | { readonly type: 'unavailable'; readonly caseId: string; readonly error: unknown };

/** A debrief as shown: the play it is of, whether that play was on an earlier build of the story. */
export type DebriefView = { readonly debrief: PersonalDebrief; readonly play: ActiveCase; readonly result: CaseResult | null; readonly earlierBuild: boolean };

export type Game = {
  readonly progress: ProgressStore;
  readonly settings: SettingsStore;
  readonly catalog: readonly CatalogEntry[];
  /** The screen that opening a case from the title leads to: back into a play in progress, else its content note. */
  entryScreen(caseId: string): 'play' | 'note';
  /** May an address that names this case's play screen open it directly (after a reload)? */
  mayOpenDirectly(caseId: string): boolean;
  /**
   * Opens the case for play (see OpenMode) and marks its content note as seen. When another tab
   * has the case open, nothing changes and the outcome is `elsewhere`: `take-over` then opens it
   * here, and the other tab hears `lost`. An open overtaken by a later open or by `leave` while
   * its story loads (Back and Forward in quick succession) changes nothing: `superseded`. A play
   * kept elsewhere (`GameDeps.restore`) is taken in first, and opened as the case's play.
   */
  open(caseId: string, mode?: OpenMode | 'take-over'): Promise<Opened | { readonly outcome: 'elsewhere' | 'superseded' }>;
  /**
   * Takes the open choice with this ink index in the case being played. In a new play whose story
   * is still on its way (see `ready`), it is taken when the story has come.
   */
  choose(index: number): void;
  /** Resolves when the case being played can take a choice at once (its story has come). */
  ready(): Promise<void>;
  /** Leaves the case; its progress stays saved. */
  leave(): void;
  /** Is this tab playing the case (false after another tab took it over)? */
  isPlaying(caseId: string): boolean;
  /** Marks a line of the play "niet pluis", or takes the mark away, in the tab that plays the case or shows its end screen; elsewhere nothing. */
  mark(caseId: string, logIndex: number): void;
  /** Pacing: the player stepped on to this passage (src/play/passages.ts), in the tab that plays the case or shows its end screen. */
  reach(caseId: string, decision: number, passage: number): void;
  /** The play of this case as saved (in progress or finished), or null. */
  playOf(caseId: string): ActiveCase | null;
  /** The finished plays of this case kept in the history, oldest first, by their results (each play is read when its debrief opens). */
  finishedPlays(caseId: string): readonly PastPlayData[];
  /** Is there a finished play of this case (or a kept one, finished at `finishedAt`) to debrief? */
  hasDebrief(caseId: string, finishedAt?: string): boolean;
  /** The debrief of this case's finished play (or of the kept one finished at `finishedAt`), or null. Loads the story's analysis when needed. */
  debrief(caseId: string, finishedAt?: string): Promise<DebriefView | null>;
  /** Listens to the game's steps; returns the unsubscribe. */
  on(listener: (event: GameEvent | { readonly type: 'lost'; readonly caseId: string }) => void): () => void;
};

/** Holds a case for one tab at a time (Web Locks in a browser; `memoryLocks()` in tests). */
export type CaseLocks = {
  /** Holds the case; false when another tab holds it (unless `steal`). `onLost` runs when another tab steals it. */
  hold(caseId: string, steal: boolean, onLost: () => void): Promise<boolean>;
  release(caseId: string): void;
};

/** Locks shared by the "tabs" that call `tab()`, for tests. */
export function memoryLocks() {
  const holders = new Map<string, { tab: object; onLost: () => void }>();
  return {
    tab(): CaseLocks {
      const me = {};
      return {
        async hold(caseId, steal, onLost) {
          const h = holders.get(caseId);
          if (h && h.tab !== me) {
            if (!steal) return false;
            h.onLost();
          }
          holders.set(caseId, { tab: me, onLost });
          return true;
        },
        release(caseId) {
          if (holders.get(caseId)?.tab === me) holders.delete(caseId);
        },
      };
    },
  };
}

/** Raced with a story's load: null when the story has not come yet. */
const NOT_HERE_YET: Promise<null> = Promise.resolve(null);

export function createGame(deps: GameDeps): Game {
  const settings = createSettingsStore(deps.storage, deps.onProblem, { watch: deps.watch });
  // the case this tab holds (a new play shown from its opening only once its lock came back yes)
  const holds = (caseId: string) => (session?.caseId ?? (arriving?.held ? arriving.caseId : null) ?? ended ?? taking) === caseId;
  const progress = createProgressStore(deps.storage, deps.onProblem, { watch: deps.watch, now: deps.clock, holds, whenAlone: deps.whenAlone });
  type MakeRunner = (json: StoryJson) => StoryRunner;
  /** The code that runs a story, once it is here (given, or the ink runner's chunk). */
  let makeRunner: MakeRunner | null = deps.createRunner ?? null;
  let runnerCode: Promise<MakeRunner> | null = null;
  const codeToRun = (): Promise<MakeRunner> =>
    makeRunner
      ? Promise.resolve(makeRunner)
      : (runnerCode ??= import('../story/runner.ts').then(
          (m) => (makeRunner = m.createStoryRunner),
          (e: unknown) => {
            runnerCode = null; // a later open fetches it again
            throw e;
          },
        ));
  type Listener = Parameters<Game['on']>[0];
  const listeners = new Set<Listener>();
  const emit = (e: Parameters<Listener>[0]) => {
    for (const l of [...listeners]) l(e);
  };
  let session: CaseSession | null = null;
  /**
   * A new play shown from its opening whose story is still on its way: the one choice taken
   * meanwhile waits for it (further clicks on the same screen are the same click).
   */
  /** `choice`: the option clicked before the story came, by its id (its index may differ in the story that comes). */
  let arriving: { readonly caseId: string; choice: string | null; ready: Promise<void>; held: boolean } | null = null;
  /** The last new play's arrival, kept after leaving too: an open of the case waits for it before it reads the play. */
  let lastArrival: Promise<void> = Promise.resolve();
  /** Cases another tab took over while a new play of them was on its way: nothing of that play is written. */
  const lostCases = new Set<string>();
  /** The case the latest open is for (null after leaving): a late arrival does not let go of its lock. */
  let wanted: string | null = null;
  /** A finished case whose end screen is open: held, with no session; let go of when leaving it. */
  let ended: string | null = null;
  /** The case whose play kept elsewhere is being taken in, its lock held: its copy is this tab's to keep. */
  let taking: string | null = null;
  /** Counts opens and leaves: an open that is no longer the latest step must not touch any play. */
  let generation = 0;

  const entry = (caseId: string): CatalogEntry => {
    const found = deps.catalog.find((c) => c.id === caseId);
    if (!found) throw new Error(`Unknown case ${caseId}`);
    return found;
  };
  const playOf = (caseId: string): ActiveCase | null => progress.getState().plays[caseId] ?? null;
  const isPlaying = (caseId: string): boolean => (session ?? arriving)?.caseId === caseId;
  /** This tab shows the case: plays it, or shows its end screen (where marks and "Verder" still write its play). */
  const onScreen = (caseId: string): boolean => isPlaying(caseId) || ended === caseId;
  /** Keeps a play that cannot go on under a key of its own, and drops it from the progress. */
  const setAside = (play: ActiveCase): string | null => {
    const key = keepAside(deps.storage, `${PROGRESS_KEY}.${play.caseId}`, JSON.stringify(play), deps.clock());
    progress.getState().abandon(play.caseId);
    return key;
  };
  // The analysis of each case opened: a play ends (and is scored) only in a case that was opened.
  const analyses = new Map<string, StoryAnalysis>();
  const openedAnalysis = (caseId: string): StoryAnalysis => {
    const a = analyses.get(caseId);
    if (!a) throw new Error(`Case ${caseId} was not opened`);
    return a;
  };
  const loadAnalysis = async (caseId: string): Promise<StoryAnalysis> => {
    const a = analyses.get(caseId) ?? (await entry(caseId).loadAnalysis());
    analyses.set(caseId, a);
    return a;
  };
  const later = deps.later ?? ((run: () => void) => run());
  /** The player stepped on or marked a line in a play whose story state is not taken yet. */
  const touched = (p: ActiveCase) => p.marks.length > 0 || (p.reached?.decision ?? 0) > 0 || (p.reached?.passage ?? 0) > 0;
  // What the player does in a new play is kept at once: its state is taken then, not when the
  // browser is next idle (a reload under load came back to the first passage).
  progress.subscribe(({ plays }, before) => {
    if (!session) return;
    const p = plays[session.caseId];
    const was = before.plays[session.caseId];
    if (p && p !== was && p.seed === was?.seed && p.inkState === STATE_NOT_TAKEN && touched(p)) session.settle();
  });
  const debriefOf = (play: ActiveCase, analysis: StoryAnalysis) => buildPersonalDebrief(play, analysis);
  const keptPlay = (caseId: string, finishedAt: string | undefined): { play: ActiveCase; result: CaseResult | null } | null => {
    if (finishedAt !== undefined) return progress.getState().pastPlay(caseId, finishedAt);
    const play = playOf(caseId);
    return play?.finished ? { play, result: progress.getState().history[caseId]?.at(-1)?.result ?? null } : null;
  };

  /**
   * Records the end of the case's play (its result, and the play in the history), which needs the
   * story's analysis. Until it is recorded the play is marked unscored in the save, so a play whose
   * analysis is still on its way, or did not come (offline), is recorded when it does: now, on the
   * next open of the case, or when its debrief is asked for.
   */
  const recordEnd = (caseId: string): void => {
    const play = playOf(caseId);
    if (!play?.unscored) return; // recorded already
    if (!analyses.has(caseId)) {
      void scoreWhenHere(caseId).catch((e: unknown) => console.warn(`The end of ${caseId} could not be scored yet.`, e));
      return;
    }
    const debrief = debriefOf(play, openedAnalysis(caseId));
    const result: CaseResult = {
      caseId,
      finishedAt: deps.clock().toISOString(),
      ending: debrief.ending?.id ?? null,
      shares: scoresFrom((id) => debrief.results.find((r) => r.principle === id)?.share ?? 0),
      build: play.build ?? entry(caseId).build, // (the version it was played on)
    };
    progress.getState().finish(caseId, result);
    emit({ type: 'finished', caseId, result, debrief, play: playOf(caseId)! });
  };
  /** Fetches the analysis (again, after a failed fetch) and records the end of an unscored play; rejects when it does not come. */
  const scoreWhenHere = (caseId: string): Promise<void> => loadAnalysis(caseId).then(() => recordEnd(caseId));

  const takeChoice = (s: CaseSession, index: number) => {
    s.choose(index);
    const play = playOf(s.caseId)!;
    const number = play.decisions.length - 1;
    emit({ type: 'chose', caseId: s.caseId, decision: play.decisions[number]!, number, play });
    if (play.finished) recordEnd(s.caseId);
  };
  const choose = (index: number) => {
    if (!session && arriving) {
      arriving.choice ??= playOf(arriving.caseId)?.choices.find((c) => c.index === index)?.id ?? null;
      return;
    }
    if (!session) throw new Error('No case is being played');
    takeChoice(session, index);
  };

  /**
   * Begins a new play from the story's opening; the session takes over when the story has come and
   * the case's lock is held. Refused the lock (the case is open in another tab after all), the play
   * is dropped before anything of it is written.
   */
  const startFromOpening = (story: CatalogEntry, loading: Promise<StoryJson>, holding: Promise<boolean>) => {
    const caseId = story.id;
    const painted = deps.afterPaint;
    const shown = loading.then((json) => (painted ? new Promise<StoryJson>((ok) => painted(() => ok(json))) : json));
    const runner = Promise.all([shown, codeToRun()]).then(([json, make]) => make(json));
    const begun = freshFromOpening(caseId, story.opening, runner, progress, story.build, deps.random);
    const mine: NonNullable<typeof arriving> = { caseId, choice: null, ready: Promise.resolve(), held: false };
    void holding.then((held) => (mine.held = held));
    /** Drops the new play if nothing was done with it yet (its state is not taken: nothing is written). */
    const drop = () => {
      const p = playOf(caseId);
      if (p?.seed === begun.seed && p.inkState === STATE_NOT_TAKEN) progress.getState().abandon(caseId);
    };
    // a lock granted after this tab moved on is let go of then
    const letGo = () => wanted !== caseId && deps.locks?.release(caseId);
    mine.ready = Promise.all([begun.session, holding]).then(
      ([s, held]) => {
        if (!held || lostCases.has(caseId)) {
          drop();
          if (arriving !== mine) return;
          arriving = null;
          emit({ type: 'elsewhere', caseId });
          return;
        }
        const p = playOf(caseId);
        if (p && p.seed !== begun.seed && arriving === mine) {
          // while the story came, another tab's play of the case arrived here, and that tab has left
          // it since (the lock came back yes): the player goes on with that play
          arriving = null;
          game.open(caseId, 'resume').catch((error: unknown) => emit({ type: 'unavailable', caseId, error }));
          return;
        }
        // the option clicked, if the story that came has it open (else the player chooses again from what it shows)
        const chosen = p?.seed === begun.seed ? (p.choices.find((c) => c.id === mine.choice)?.index ?? null) : null;
        if (arriving !== mine) {
          // left (or another case opened) meanwhile: the new play is kept, with the choice taken before
          if (chosen !== null) takeChoice(s, chosen);
          else s.settle();
          letGo();
          return;
        }
        arriving = null;
        session = s;
        // stepped on or marked while the story was on its way: kept now
        if (p && touched(p)) s.settle();
        else later(() => s.settle());
        if (chosen !== null) takeChoice(s, chosen);
      },
      (error: unknown) => {
        // the story did not come: a play that cannot go on is not kept, and the player is told
        drop();
        const current = arriving === mine;
        if (current) {
          arriving = null;
          wanted = null; // the case is not being played any more
        }
        void holding.then(letGo);
        if (current) emit({ type: 'unavailable', caseId, error });
      },
    );
    arriving = mine;
    lastArrival = mine.ready.catch(() => undefined);
  };

  const lose = (caseId: string) => {
    if (session?.caseId === caseId) session = null;
    lostCases.add(caseId); // a new play of it still on its way is not written
    if (ended === caseId) ended = null;
    if (arriving?.caseId === caseId) arriving = null;
    emit({ type: 'lost', caseId });
  };

  const game: Game = {
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
      const gen = ++generation;
      wanted = caseId;
      lostCases.delete(caseId);
      // the story is fetched while the lock is asked for (an open that goes no further just drops it)
      const loading = story.load();
      loading.catch(() => undefined);
      const code = codeToRun(); // with the story, the first time
      code.catch(() => undefined);
      const holding = deps.locks?.hold(caseId, mode === 'take-over', () => lose(caseId)) ?? Promise.resolve(true);
      const superseded = () => {
        // let go of the case (once it is held) unless the step that overtook this one is playing it,
        // or is opening it again (and may be waiting for the same lock)
        void holding.then((held) => held && wanted !== caseId && (session ?? arriving)?.caseId !== caseId && deps.locks?.release(caseId));
        return { outcome: 'superseded' } as const;
      };
      try {
        // Only the story: its analysis is needed when the play ends (or the story changed under it),
        // so it is fetched after the first choices are up, not before. A new play need not wait for
        // the story either (its opening is in the catalog), so see whether it is here already.
        const here = makeRunner ? await Promise.race([loading, NOT_HERE_YET]) : null;
        if (gen !== generation) return superseded(); // before anything is written: no play is replaced
        await lastArrival; // a new play whose story is still on its way: its state is taken (or it is dropped) first
        if (gen !== generation) return superseded();
        // a play kept elsewhere comes before anything of the case is shown: no new play is begun
        // to be replaced under the player's eyes (it is taken in below, once nothing plays the case;
        // an open overtaken meanwhile takes nothing in)
        const kept = deps.restore && mode !== 'restart' ? await deps.restore(caseId).catch(() => null) : null;
        // (a play saved before saves named their build may be of another build too: it is checked)
        const changedSince = (p: ActiveCase) => mode !== 'restart' && p.build !== story.build;
        // A new play shows its opening at once, while the lock is asked for; its story is built after
        // that is painted (or when it comes), and it goes on only once the lock is held.
        // (only for a case with no play at all: a play that cannot go on is then dropped with nothing else lost)
        const early = (here === null || deps.afterPaint !== undefined) && playOf(caseId) === null && kept === null;
        if (!early && !(await holding)) return gen === generation ? ({ outcome: 'elsewhere' } as const) : superseded();
        if (gen !== generation) return superseded();
        const current = session?.caseId ?? arriving?.caseId ?? ended ?? undefined;
        if (current !== undefined && current !== caseId) deps.locks?.release(current);
        ended = null;
        session?.settle();
        session = null;
        arriving = null;
        if (kept) {
          taking = caseId;
          progress.getState().adopt(caseId, kept);
          taking = null;
          emit({ type: 'restored', caseId, play: kept });
        }
        settings.getState().markNoteSeen(caseId);
        later(() => void loadAnalysis(caseId).catch(() => undefined)); // a failed fetch is tried again at the end
        if (early) {
          startFromOpening(story, loading, holding);
          emit({ type: 'opened', caseId, outcome: 'started', play: playOf(caseId)! });
          return { outcome: 'started' };
        }
        const json = here ?? (await loading);
        const make = makeRunner ?? (await code);
        if (gen !== generation) return superseded();
        const play = playOf(caseId);
        const changed = play !== null && changedSince(play);
        const analysis = changed ? await loadAnalysis(caseId) : null;
        if (gen !== generation) return superseded();
        const opened = (o: Opened): Opened => {
          emit({ type: 'opened', caseId, outcome: o.outcome, play: playOf(caseId)! });
          return o;
        };
        const start = async (o: Opened): Promise<Opened> => {
          session = createCaseSession(caseId, make(json), progress, story.build, deps.random);
          session.fresh(later);
          return opened(o);
        };
        // a finished play whose result is not recorded yet is recorded before a new play replaces it
        const startNew = async (): Promise<Opened | { readonly outcome: 'superseded' }> => {
          if (play?.unscored) await scoreWhenHere(caseId);
          return gen === generation ? start({ outcome: 'started' }) : superseded();
        };
        if (!play || mode === 'restart') return startNew();
        const known = analysis && new Set(analysis.decisions.flatMap((d) => d.options.map((o) => o.id)));
        const gone = known && { decisions: play.decisions.filter((d) => !known.has(d.chosen.id)).length, of: play.decisions.length, ended: play.finished };
        // the story changed since this play began: its choices may no longer exist (a play of an
        // unknown build goes on when every choice it took is still in the story)
        if (changed && gone && (play.build !== undefined || gone.decisions > 0)) {
          // a finished play's result and history are kept. One still waiting for its analysis is
          // recorded first, as every finished play of an earlier version is shown: on this
          // version's analysis, marked as played on the earlier one (its build)
          if (play.finished) {
            recordEnd(caseId);
            progress.getState().abandon(caseId);
          }
          return start({ outcome: 'updated', asideKey: play.finished ? null : setAside(play), gone });
        }
        // a play of an unknown build that fits this one is of this one from now on: checked once
        if (play.build === undefined && gone) progress.setState(({ plays }) => ({ plays: { ...plays, [caseId]: { ...play, build: story.build } } }));
        if (play.finished) {
          // (a finished play just taken in opens at its end: that is where its player left it)
          if (mode === 'play' && !kept) return startNew();
          ended = caseId; // marks and "Verder" on the end screen still write the play: the case stays held
          recordEnd(caseId);
          return opened({ outcome: 'ended' });
        }
        const runner = make(json);
        session = createCaseSession(caseId, runner, progress, story.build, deps.random);
        const problem = session.resume();
        if (problem === null) return opened({ outcome: 'resumed' });
        const asideKey = setAside(play);
        return start({ outcome: 'restarted', asideKey, detail: problem });
      } catch (error) {
        // the case could not be opened (its story, the code or the analysis did not come): it is not
        // held either, so that another tab may open it, unless a later open of it came meanwhile
        if (gen === generation) {
          wanted = null;
          void holding.then((held) => held && wanted !== caseId && deps.locks?.release(caseId));
        }
        throw error;
      }
    },
    choose,
    leave() {
      generation++; // an open still loading is overtaken: it will not open the case after all
      if (ended !== null) deps.locks?.release(ended);
      ended = null;
      const caseId = session?.caseId ?? arriving?.caseId;
      const onItsWay = arriving !== null;
      session?.settle();
      session = null;
      arriving = null;
      wanted = null;
      if (caseId) {
        // a new play still on its way keeps the lock until its state is written (then let go: letGo)
        if (!onItsWay) deps.locks?.release(caseId);
        emit({ type: 'left', caseId });
      }
    },
    isPlaying,
    mark(caseId, logIndex) {
      if (onScreen(caseId)) progress.getState().toggleMark(caseId, logIndex);
    },
    reach(caseId, decision, passage) {
      if (onScreen(caseId)) progress.getState().reach(caseId, decision, passage);
    },
    ready: () => arriving?.ready ?? Promise.resolve(),
    playOf,
    finishedPlays: (caseId) => progress.getState().history[caseId] ?? [],
    hasDebrief: (caseId, finishedAt) => keptPlay(caseId, finishedAt) !== null,
    async debrief(caseId, finishedAt) {
      const story = entry(caseId);
      if (!keptPlay(caseId, finishedAt)) return null;
      const analysis = await loadAnalysis(caseId);
      if (finishedAt === undefined) recordEnd(caseId); // the play just finished, if its result waited for the analysis
      const kept = keptPlay(caseId, finishedAt);
      if (!kept) return null;
      const debrief = debriefOf(kept.play, analysis);
      return { debrief, play: kept.play, result: kept.result, earlierBuild: kept.play.build !== undefined && kept.play.build !== story.build };
    },
    on(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return game;
}
