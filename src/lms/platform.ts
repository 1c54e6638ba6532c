/**
 * Runs the game inside a learning platform: finds the SCORM API, restores a play from the
 * platform's record by replaying its choices, starts the app, and reports as the player goes.
 * Without an API the package runs exactly as the web build does (with its cases only).
 */
import type { AppContext } from '../ui/context.ts';
import { shownLang } from '../i18n/strings.ts';
import { PLATFORM_TEXT } from './messages.ts';
import type { Screen } from '../ui/ui-store.ts';
import type { PersonalDebrief } from '../debrief/personal-debrief.ts';
import type { CatalogEntry } from '../story/catalog.ts';
import { memoryStorage, type KeyValueStorage } from '../state/persistence.ts';
import { createProgressStore, PAST_PLAY_PREFIX, PROGRESS_KEY } from '../state/progress-store.ts';
import { createGame, type GameDeps } from '../play/game.ts';
import type { ActiveCase } from '../play/types.ts';
import { randomFor } from '../play/option-order.ts';
import { findApi, type WindowLike } from './api.ts';
import { connect } from './connection.ts';
import type { PackageConfig } from './package-config.ts';
import { better, decisionReport, doneResult, resultReport } from './play-report.ts';
import { startReporter, type LmsReporter } from './reporter.ts';
import { afterRelaunch, decodeSuspend, emptyRecord, encodeSuspend, heldPlay, unhold, withPlay, withResult, type SuspendPlay, type SuspendRecord } from './suspend.ts';

/** What the game says about the platform, in the language shown (Dutch while the chosen one is loading). */
const platformText = (ctx: AppContext) => PLATFORM_TEXT[shownLang(ctx.settings.getState().lang)];

/** What gives a held case's play, for the game to take in when the case is opened (`GameDeps.restore`). */
type Restore = NonNullable<GameDeps['restore']>;

type StartApp = (root: HTMLElement, catalog: readonly CatalogEntry[], storage: KeyValueStorage, more: { readonly restore: Restore }) => AppContext;

/** Progress (with its finished plays) lives in the platform's record (memory here); everything else in the browser as usual. */
function splitStorage(progress: KeyValueStorage, rest: KeyValueStorage): KeyValueStorage {
  const pick = (key: string) => (key === PROGRESS_KEY || key.startsWith(PAST_PLAY_PREFIX) ? progress : rest);
  return {
    getItem: (k) => pick(k).getItem(k),
    setItem: (k, v) => pick(k).setItem(k, v),
    removeItem: (k) => pick(k).removeItem(k),
  };
}

/**
 * What a replay came to: `restored`; `closed` when a choice is not open (the story changed); or
 * `unloaded` when the story or the code that runs it did not arrive (the play itself may be fine).
 */
export type Replayed = 'restored' | 'closed' | 'unloaded';

/** How often a story (or the code that runs it) that did not arrive is asked for before the relaunch gives up on it. */
const LOAD_ATTEMPTS = 3;

/**
 * Replays the choices of a stored play through the game's own rules into the store, by id, with
 * the play's option order (its seed) and its marks when the record has them. A story that does
 * not arrive is asked for again (a failed chunk is fetched at a new address: retry-imports.ts).
 */
export async function replay(entry: CatalogEntry, choices: readonly string[], storage: KeyValueStorage, seed?: string, marks: readonly number[] = [], attempts = LOAD_ATTEMPTS): Promise<Replayed> {
  for (let attempt = 1; ; attempt++) {
    const game = createGame({ catalog: [entry], storage, clock: () => new Date(), random: (seed && randomFor(seed)) || Math.random, onProblem: () => {} });
    let unloaded = false;
    const off = game.on((e) => void (e.type === 'unavailable' && (unloaded = true)));
    try {
      await game.open(entry.id, 'restart');
      await game.ready(); // choices are taken one after another, each at once
    } catch {
      unloaded = true;
    }
    off();
    if (unloaded) {
      if (attempt >= attempts) return 'unloaded';
      await new Promise((ok) => setTimeout(ok, 250 * attempt));
      continue;
    }
    for (const id of choices) {
      const open = game.playOf(entry.id)?.choices.find((c) => c.id === id);
      if (!open) {
        game.progress.getState().abandon(entry.id);
        return 'closed';
      }
      game.choose(open.index);
    }
    for (const m of marks) game.progress.getState().toggleMark(entry.id, m);
    return 'restored';
  }
}

/**
 * Replays a held play (its story did not load at the relaunch) as the relaunch does, on a storage
 * of its own, and gives the play it comes to, for the game to take in through its own store
 * (`GameDeps.restore`): that store writes it as any change, merged with what another tab saved,
 * where a replay into its storage would write behind its back. Null when it is not replayed: a
 * play of an earlier build (as at a relaunch), a story that did not come again, a choice no longer
 * open. The story is asked for once: the learner waits for it, and a failed open has a retry.
 */
export async function replayHeld(entry: CatalogEntry, play: SuspendPlay): Promise<ActiveCase | null> {
  if (play.caseId !== entry.id || play.build !== entry.build) return null;
  const own = memoryStorage();
  const outcome = await replay(entry, play.choices, own, play.seed, play.marks, 1).catch((): Replayed => 'unloaded');
  if (outcome !== 'restored') return null;
  const replayed = createProgressStore(own, () => {}).getState().plays[entry.id];
  // a play replayed to its end is scored by the game that takes it in, in its own results and history
  return replayed ? (replayed.finished ? { ...replayed, unscored: true } : replayed) : null;
}

export async function startInPlatform(win: Window, root: HTMLElement, catalog: readonly CatalogEntry[], config: PackageConfig, browser: KeyValueStorage, startApp: StartApp): Promise<AppContext> {
  const cases = config.caseId ? catalog.filter((c) => c.id === config.caseId) : catalog;
  const ids = cases.map((c) => c.id);
  const found = findApi(win as unknown as WindowLike, config.version === '1.2' ? ['1.2', '2004'] : ['2004', '1.2']);
  const finishedIn = (text: string) => resultReport(decodeSuspend(text)?.done ?? {}, ids).complete;
  const reporter = found ? startReporter(connect(found), undefined, finishedIn) : null;

  const progressStorage = memoryStorage();
  // '' is no record yet; a record that is there but cannot be read (or could not be given) is not
  // taken for an empty one: it is not written over unasked
  const stored = reporter ? reporter.stored : '';
  const read = stored === '' ? emptyRecord : stored === null ? null : decodeSuspend(stored);
  // the platform holds a record the game cannot read: not written until the learner chooses to keep what they do from now on
  const unreadable = read === null;
  let record: SuspendRecord = read ?? emptyRecord;
  // every case's play is replayed, in the record's order (the one played last comes last)
  const restored: SuspendPlay[] = [];
  const unloaded: string[] = [];
  let updated = false;
  for (const play of record.plays) {
    const entry = cases.find((c) => c.id === play.caseId);
    if (!entry) continue;
    // a play of an earlier version of the case (the package was updated since) is not replayed into
    // this one: its choices may be gone, or name other options now. The learner starts again, and is told.
    if (play.build !== entry.build) {
      updated = true;
      continue;
    }
    const outcome = await replay(entry, play.choices, progressStorage, play.seed, play.marks).catch((): Replayed => 'unloaded');
    if (outcome === 'restored') restored.push(play);
    // not there is not gone: that play stays as the platform has it, for a relaunch, and the rest
    // of the record is kept as usual
    if (outcome === 'unloaded') unloaded.push(play.caseId);
  }
  record = afterRelaunch(record, stored ?? '', restored.map((p) => p.caseId), unloaded);

  // land where the record says: the case played last, or this package's case
  const last = restored.at(-1);
  const progress = last ? (createProgressStore(progressStorage, () => {}).getState().plays[last.caseId] ?? null) : null;
  const landing = progress ? `#${progress.finished ? 'debrief' : 'play'}=${progress.caseId}` : config.caseId && cases.length > 0 ? `#note=${config.caseId}` : null;
  if (landing && win.location.hash !== landing) win.history.replaceState(null, '', landing);

  // given by `report` once the app is there (an open asks for it only after a first wait, also an
  // open from the address as the app starts); without a platform nothing is held
  let restore: Restore = () => Promise.resolve(null);
  const ctx = startApp(root, cases, reporter ? splitStorage(progressStorage, browser) : browser, { restore: (caseId) => restore(caseId) });
  const notify = (key: 'platformNotStarted' | 'noPlatform' | 'packageUpdated') => ctx.ui.getState().notify({ key, text: () => platformText(ctx)[key] });
  if (reporter) restore = report(win, ctx, reporter, record, cases, unreadable);
  // a platform that is there but would not start a session: the learner is told, not left untracked unawares
  else if (found) notify('platformNotStarted');
  // none at all (the package opened outside a platform): what is played stays here
  else notify('noPlatform');
  if (updated) notify('packageUpdated');
  return ctx;
}

/** Reports what the learner does; returns what takes in a held case's play when it is opened (`GameDeps.restore`). */
function report(win: Window, ctx: AppContext, reporter: LmsReporter, start: SuspendRecord, cases: readonly CatalogEntry[], unreadable: boolean): Restore {
  let record = start;
  const text = () => platformText(ctx);
  reporter.onRefused(() => ctx.ui.getState().notify({ key: 'platform-refused', text: () => text().platformRefused }));
  // (a warning that is no longer true goes: the record got through after all)
  reporter.onAcceptedAgain(() => ctx.ui.getState().dismiss('platform-refused'));
  let saved = encodeSuspend(record);
  let writing = !unreadable;
  const save = () => {
    if (!writing) return; // what the platform holds is kept as it is (the notice says why)
    const now = encodeSuspend(record);
    if (now !== saved) {
      // refused: sent again with the next change (or the next time the tab is hidden)
      saved = reporter.save(now) ? now : '';
    }
  };
  // cases held as stored: what the learner does in them now is not kept, and they are told which
  // (until a case's play is replayed after all: see `restore` below)
  const held = () => cases.filter((c) => record.held?.[c.id] !== undefined);
  const isHeld = (caseId: string) => record.held?.[caseId] !== undefined;
  const tellHeld = () => {
    const now = held().map((c) => c.meta.titel);
    ctx.ui.getState().notify({ key: 'record-unloaded', text: () => text().recordUnloaded(now, now.length < cases.length) });
  };
  if (held().length > 0) tellHeld();
  if (unreadable) {
    const startOver = () => {
      writing = true;
      saved = '';
      save();
      // what was finished while the record was held counts from now on
      if (Object.keys(record.done).length > 0) reporter.result(resultReport(record.done, cases.map((c) => c.id)));
    };
    ctx.ui.getState().notify({ key: 'record-unreadable', text: () => text().recordUnreadable, action: { label: () => text().startOver, run: startOver } });
  }
  const entryOf = (id: string) => cases.find((c) => c.id === id);

  // A held case opened: its play is replayed now, and taken in if its story comes this time
  const restore: Restore = (caseId) => {
    const play = heldPlay(record, caseId);
    const entry = entryOf(caseId);
    return play && entry ? replayHeld(entry, play) : Promise.resolve(null);
  };
  // Taken in by the game: the case is held no more, its play is an ordinary one (kept and sent from
  // now on), and the notice that named it names only the cases still held, if it is shown
  ctx.game.on((e) => {
    if (e.type !== 'restored' || !isHeld(e.caseId)) return;
    record = unhold(record, e.caseId);
    save();
    if (!ctx.ui.getState().notices.some((n) => n.key === 'record-unloaded')) return;
    if (held().length > 0) tellHeld();
    else ctx.ui.getState().dismiss('record-unloaded');
  });

  const keep = (caseId: string) => {
    const a = ctx.game.playOf(caseId);
    const entry = entryOf(caseId);
    record = withPlay(record, caseId, a && entry ? { caseId, build: entry.build, choices: a.decisions.map((d) => d.chosen.id), seed: a.seed, marks: a.marks } : null);
    save();
  };
  ctx.game.on((e) => {
    const entry = entryOf(e.caseId);
    // the game loaded the analysis when it opened the case: this resolves at once, in order
    // A held case opened whose play was not replayed (its story did not come in time; it may come
    // now): what is played there is not kept, its choices are not sent either, and the learner,
    // who may have closed the notice, is told again.
    if (isHeld(e.caseId)) {
      if (e.type === 'opened') tellHeld();
      return;
    }
    if (e.type === 'chose' && entry) void entry.loadAnalysis().then((analysis) => reporter.decision(decisionReport(e.caseId, analysis, e.decision, e.number)));
    if (e.type === 'chose' || e.type === 'opened') keep(e.caseId);
  });
  // a mark set or taken away between two choices is kept too
  ctx.progress.subscribe((s, prev) => {
    for (const [caseId, play] of Object.entries(s.plays)) if (play.marks !== prev.plays[caseId]?.marks) keep(caseId);
  });

  // completion and score: when a play ends (its result recorded), and when a debrief is shown,
  // also the one a relaunch lands on (on screen before this listens) or a retry shows in place
  const completed = (caseId: string, debrief: PersonalDebrief) => {
    const next = withResult(record, caseId, better(record.done[caseId], doneResult(debrief)));
    if (next === record) return; // a held case: its result stays as stored, there is nothing new to report
    record = next;
    // while an unreadable record is held, the score and objectives on record are not replaced
    // either: they would go down to what this session alone counted
    if (!writing) return;
    reporter.result(resultReport(record.done, cases.map((c) => c.id)));
    saved = '';
    save();
  };
  // a record that shows the course finished: its result again (a new attempt may have none yet)
  const before = resultReport(record.done, cases.map((c) => c.id));
  if (before.complete) reporter.result(before);
  ctx.game.on((e) => {
    if (e.type === 'finished' && entryOf(e.caseId)) completed(e.caseId, e.debrief);
  });
  const onDebrief = (screen: Screen) => {
    if (screen.name !== 'debrief' || !entryOf(screen.caseId)) return;
    const caseId = screen.caseId;
    ctx.game.debrief(caseId, screen.finishedAt).then((shown) => shown && completed(caseId, shown.debrief), () => undefined); // a debrief that did not load is reported when it does
  };
  ctx.ui.subscribe((s, prev) => s.screen !== prev.screen && onDebrief(s.screen));
  onDebrief(ctx.ui.getState().screen);

  // a record the platform refused is sent again before the session time and the commit
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState !== 'hidden') return;
    save();
    reporter.flush();
  });
  win.addEventListener('pagehide', () => {
    save();
    reporter.finish();
  });
  // a page kept by the browser (back/forward cache) and shown again: its session with the platform
  // was ended when it was left, and a platform does not start one again in the same page
  win.addEventListener('pageshow', (e) => {
    if (e.persisted) ctx.ui.getState().notify({ key: 'platform-ended', text: () => text().platformEnded });
  });
  return restore;
}
