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
import { createGame } from '../play/game.ts';
import { randomFor } from '../play/option-order.ts';
import { findApi, type WindowLike } from './api.ts';
import { connect } from './connection.ts';
import type { PackageConfig } from './package-config.ts';
import { better, decisionReport, doneResult, resultReport } from './play-report.ts';
import { startReporter, type LmsReporter } from './reporter.ts';
import { decodeSuspend, emptyRecord, encodeSuspend, type SuspendRecord } from './suspend.ts';

/** What the game says about the platform, in the language shown (Dutch while the chosen one is loading). */
const platformText = (ctx: AppContext) => PLATFORM_TEXT[shownLang(ctx.settings.getState().lang)];

type StartApp = (root: HTMLElement, catalog: readonly CatalogEntry[], storage: KeyValueStorage) => AppContext;

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
 * Replays the choices of a stored play through the game's own rules into a fresh store, by id,
 * with the play's option order (its seed) and its marks when the record has them. False when a
 * choice is not open, e.g. after the story changed.
 */
export async function replay(entry: CatalogEntry, choices: readonly string[], storage: KeyValueStorage, seed?: string, marks: readonly number[] = []): Promise<boolean> {
  const game = createGame({ catalog: [entry], storage, clock: () => new Date(), random: (seed && randomFor(seed)) || Math.random, onProblem: () => {} });
  await game.open(entry.id, 'restart');
  await game.ready(); // choices are taken one after another, each at once
  for (const id of choices) {
    const open = game.playOf(entry.id)?.choices.find((c) => c.id === id);
    if (!open) {
      game.progress.getState().abandon(entry.id);
      return false;
    }
    game.choose(open.index);
  }
  for (const m of marks) game.progress.getState().toggleMark(entry.id, m);
  return true;
}

export async function startInPlatform(win: Window, root: HTMLElement, catalog: readonly CatalogEntry[], config: PackageConfig, browser: KeyValueStorage, startApp: StartApp): Promise<AppContext> {
  const cases = config.caseId ? catalog.filter((c) => c.id === config.caseId) : catalog;
  const found = findApi(win as unknown as WindowLike, config.version === '1.2' ? ['1.2', '2004'] : ['2004', '1.2']);
  const reporter = found ? startReporter(connect(found)) : null;

  const progressStorage = memoryStorage();
  let record: SuspendRecord = (reporter && decodeSuspend(reporter.stored)) || emptyRecord;
  let restored = false;
  const play = record.play;
  const entry = play && cases.find((c) => c.id === play.caseId);
  // a play of an earlier version of the case (the package was updated since) is not replayed into
  // this one: its choices may be gone, or name other options now. The learner starts again, and is told.
  const updated = !!play && !!entry && play.build !== entry.build;
  if (play && entry && !updated) restored = await replay(entry, play.choices, progressStorage, play.seed, play.marks).catch(() => false);
  if (!restored) record = { ...record, play: null };

  // land where the record says: the case in play, or this package's case
  const progress = restored ? (Object.values(createProgressStore(progressStorage, () => {}).getState().plays)[0] ?? null) : null;
  const landing = progress ? `#${progress.finished ? 'debrief' : 'play'}=${progress.caseId}` : config.caseId && cases.length > 0 ? `#note=${config.caseId}` : null;
  if (landing && win.location.hash !== landing) win.history.replaceState(null, '', landing);

  const ctx = startApp(root, cases, reporter ? splitStorage(progressStorage, browser) : browser);
  if (reporter) report(win, ctx, reporter, record, cases);
  // a platform that is there but would not start a session: the learner is told, not left untracked unawares
  else if (found) ctx.ui.getState().notify({ key: 'platform-not-started', text: () => platformText(ctx).platformNotStarted });
  if (updated) ctx.ui.getState().notify({ key: 'package-updated', text: () => platformText(ctx).packageUpdated });
  return ctx;
}

function report(win: Window, ctx: AppContext, reporter: LmsReporter, start: SuspendRecord, cases: readonly CatalogEntry[]): void {
  let record = start;
  reporter.onRefused(() => ctx.ui.getState().notify({ key: 'platform-refused', text: () => platformText(ctx).platformRefused }));
  let saved = encodeSuspend(record);
  const save = () => {
    const text = encodeSuspend(record);
    if (text !== saved) {
      // refused: sent again with the next change (or the next time the tab is hidden)
      saved = reporter.save(text) ? text : '';
    }
  };
  const entryOf = (id: string) => cases.find((c) => c.id === id);

  const keep = (caseId: string) => {
    const a = ctx.game.playOf(caseId);
    const entry = entryOf(caseId);
    record = { ...record, play: a && entry ? { caseId, build: entry.build, choices: a.decisions.map((d) => d.chosen.id), seed: a.seed, marks: a.marks } : null };
    save();
  };
  ctx.game.on((e) => {
    const entry = entryOf(e.caseId);
    // the game loaded the analysis when it opened the case: this resolves at once, in order
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
    record = { ...record, done: { ...record.done, [caseId]: better(record.done[caseId], doneResult(debrief)) } };
    reporter.result(resultReport(record.done, cases.map((c) => c.id)));
    saved = '';
    save();
  };
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

  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') reporter.flush();
  });
  win.addEventListener('pagehide', () => reporter.finish());
}
