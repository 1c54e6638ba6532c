/**
 * Progress of the self-paced player: the play of each case (ink state plus what is on screen,
 * up to and including its end screen), the best result per case, and the last finished plays per
 * case (within a size budget) so a debrief can be opened again. Saved after every choice; versioned with migrations;
 * checked against the schema; kept in step across tabs.
 *
 * A finished play is written once, under a key of its own (`pastPlayKey`), and read back only
 * when its debrief is opened: the store lists it by its result and size, so the plays kept cost
 * next to nothing in memory and are not written again with every choice.
 */
import { createStore } from 'zustand/vanilla';
import type { ActiveCase, CaseResult, DecisionRecord, LogEntry } from '../play/types.ts';
import type { StoryChoice, StoryLine } from '../story/runner.ts';
import { isMarkable, toggleMark } from '../play/marks.ts';
import { asidePrefix, isListed, keysOf, persistStore, type Conflict, type KeyValueStorage, type ListedStorage, type SaveProblem, type StorageWatch } from './persistence.ts';
import { HISTORY_PER_CASE, PastPlayFileSchema, problemOf, ProgressDataSchema, ProgressDataV3Schema, type ProgressSaved } from './schema.ts';

export const PROGRESS_KEY = 'niet-pluis.progress';
export const PROGRESS_VERSION = 4;

/** The start of every key a finished play is stored under. */
export const PAST_PLAY_PREFIX = `${PROGRESS_KEY}.finished.`;

/** Where a finished play is stored: made of its case and the moment it was finished (never read from a save). */
export const pastPlayKey = (caseId: string, finishedAt: string): string => `${PAST_PLAY_PREFIX}${caseId}.${finishedAt}`;

/** The moment a play was finished, as the game writes it (`toISOString`): in its key and in its debrief's address. */
export const FINISHED_AT = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z`;
const PAST_PLAY_REST = new RegExp(`^(.+)\\.(${FINISHED_AT})$`);

/** The case and the moment of a key made by `pastPlayKey` (the moment is an ISO time; a case id may hold dots); null for another key. */
export function parsePastPlayKey(key: string): { caseId: string; finishedAt: string } | null {
  if (!key.startsWith(PAST_PLAY_PREFIX)) return null;
  const m = PAST_PLAY_REST.exec(key.slice(PAST_PLAY_PREFIX.length));
  return m ? { caseId: m[1]!, finishedAt: m[2]! } : null;
}

/**
 * The story state of a play just begun, until it is taken (src/play/case-session.ts): the progress
 * is not written while a play has it, so a new play nobody has touched yet costs no save.
 */
export const STATE_NOT_TAKEN = '';

export type ProgressData = ProgressSaved;

export type ProgressState = ProgressData & {
  /** Starts a play; `seed` fixes the order its options are shown in. */
  begin(caseId: string, build: string | undefined, lines: readonly StoryLine[], choices: readonly StoryChoice[], inkState: string, finished: boolean, seed: string): void;
  advance(caseId: string, decision: DecisionRecord, lines: readonly StoryLine[], choices: readonly StoryChoice[], inkState: string, finished: boolean): void;
  /** Fills in the story state of a play begun with STATE_NOT_TAKEN. */
  takeState(caseId: string, inkState: string): void;
  /** Replaces the open choices, e.g. after restoring the story from a save. */
  resync(caseId: string, choices: readonly StoryChoice[]): void;
  /** Records a finished play: its result (kept when it is the best) and the play in the history; it is unscored no more. */
  finish(caseId: string, result: CaseResult): void;
  /** Marks a line of the log "niet pluis", or takes the mark away; ignores what cannot be marked. */
  toggleMark(caseId: string, logIndex: number): void;
  /** Pacing: the player stepped on to this passage of the round of `decision` decisions (src/play/passages.ts). */
  reach(caseId: string, decision: number, passage: number): void;
  /** Drops the play of this case (a finished play stays in the history). */
  abandon(caseId: string): void;
  /**
   * Puts a play made elsewhere in place of this case's play (in a learning platform's package: one
   * replayed from the platform's record). Written as any change is, merged with other tabs' saves.
   */
  adopt(caseId: string, play: ActiveCase): void;
  /** The kept finished play of this case that was finished at `finishedAt`, read from storage, with its result; null when it is gone or unusable. */
  pastPlay(caseId: string, finishedAt: string): { readonly play: ActiveCase; readonly result: CaseResult } | null;
};

/** A play that ends is unscored until its result is recorded (`finish`): in the same write as its end, so a reload in between cannot lose that. */
const ending = (finished: boolean): { unscored?: true } => (finished ? { unscored: true } : {});

/** Version 1 held one play at a time under `active`. */
function fromV1(old: unknown): unknown {
  const o = old as { active?: ActiveCase | null; results?: Record<string, CaseResult> };
  return { plays: o.active ? { [o.active.caseId]: o.active } : {}, results: o.results ?? {}, history: {} };
}

/**
 * Version 3 added the option order's seed and the player's marks. A play saved before keeps a
 * fixed seed of its own (its order stays the same from then on) and starts with no marks.
 */
function toV3(old: unknown): unknown {
  const o = old as { plays?: Record<string, object>; history?: Record<string, Array<{ play: object }>> };
  const up = (caseId: string, play: object) => ({ seed: `v2:${caseId}`, marks: [], ...play });
  return {
    ...o,
    plays: Object.fromEntries(Object.entries(o.plays ?? {}).map(([k, p]) => [k, up(k, p)])),
    history: Object.fromEntries(Object.entries(o.history ?? {}).map(([k, list]) => [k, list.map((f) => ({ ...f, play: up(k, f.play) }))])),
  };
}

/**
 * Version 4 keeps each finished play under a key of its own and lists it in the history by its
 * result and size. The plays are written to their keys here; one that cannot be stored (storage
 * full) is left out of the history, and `onLost` hears of it.
 */
function toV4(storage: KeyValueStorage, onLost: (key: string, detail: string) => void) {
  return (old: unknown): unknown => {
    const problem = problemOf(ProgressDataV3Schema, old);
    if (problem) throw new Error(problem);
    const o = old as ProgressSavedV3;
    const history = Object.fromEntries(Object.entries(o.history).map(([caseId, list]) => [caseId, list.flatMap((f) => {
      const key = pastPlayKey(caseId, f.result.finishedAt);
      const file = pastPlayFile(f.play);
      try {
        storage.setItem(key, file);
      } catch (e) {
        onLost(key, (e as Error).message);
        return [];
      }
      return [{ result: f.result, size: file.length }];
    })]));
    return { ...o, history };
  };
}
type ProgressSavedV3 = Omit<ProgressSaved, 'history'> & { history: Record<string, Array<{ play: ActiveCase; result: CaseResult }>> };

/** A finished play as stored under its key; its ink state is not needed for its debrief. */
const pastPlayFile = (play: ActiveCase): string => JSON.stringify({ version: PROGRESS_VERSION, play: { ...play, inkState: '' } });

/**
 * How many characters of saved JSON (what Web Storage counts) the kept finished plays may take
 * together. A finished play takes 27,000 to 50,000 characters (npm run bench, 2026-11-30), so
 * five of each of the five cases fit, and most of the origin's five million characters stay free
 * for the plays in progress and the workshop sessions.
 */
export const HISTORY_BUDGET = 1_500_000;

type History = ProgressData['history'];

/**
 * Drops the oldest finished plays, of any case, until the history fits `budget` characters. The
 * latest finished play of every case always stays, whatever its size, so the last debrief of a
 * case can always be opened again.
 */
export function boundHistory(history: History, budget: number = HISTORY_BUDGET): History {
  const entries = Object.entries(history).flatMap(([caseId, list]) =>
    list.map((f, i) => ({ caseId, f, size: f.size, latest: i === list.length - 1 })));
  let total = entries.reduce((n, e) => n + e.size, 0);
  if (total <= budget) return history;
  const gone = new Set<object>();
  const oldestFirst = entries.filter((e) => !e.latest).sort((a, b) => Date.parse(a.f.result.finishedAt) - Date.parse(b.f.result.finishedAt));
  for (const e of oldestFirst) {
    if (total <= budget) break;
    gone.add(e.f);
    total -= e.size;
  }
  return Object.fromEntries(Object.entries(history).map(([caseId, list]) => [caseId, list.filter((f) => !gone.has(f))]));
}

const toLog = (lines: readonly StoryLine[]): LogEntry[] => lines.map((line) => ({ kind: 'line', line }));
const sum = (r: CaseResult) => Object.values(r.shares).reduce((a, b) => a + b, 0);

/** How far a play has come: decisions taken, then the passage reached, then lines shown. */
const progressOf = (a: ActiveCase): number[] => [a.decisions.length, a.reached?.decision ?? -1, a.reached?.passage ?? -1, a.log.length];
const further = (a: ActiveCase, b: ActiveCase): boolean => {
  const x = progressOf(a);
  const y = progressOf(b);
  const i = x.findIndex((n, j) => n !== y[j]);
  return i >= 0 && x[i]! > y[i]!;
};

/**
 * Both tabs changed the same entry. That happens only when a tab lost track of the other's saves
 * (a frozen background tab, or many quick saves while its own write was on its way), so that the
 * merge could not tell which tab changed it (src/state/persistence.ts). One tab at a time plays a
 * case, and that decides:
 * - a play: the tab that holds the case keeps its own copy; another tab takes the other's, unless
 *   its own copy of the same play came strictly further (a play it left that the other missed);
 * - a best result: the better one;
 * - the finished plays of a case: those listed by either tab whose play is still stored, by when
 *   they were finished, the last few.
 */
export function progressConflict(storage: KeyValueStorage, holds: (caseId: string) => boolean): Conflict {
  return (ours, theirs, [field, caseId = '']) => {
    if (field === 'plays') {
      if (holds(caseId)) return ours;
      const [a, b] = [ours as ActiveCase | undefined, theirs as ActiveCase | undefined];
      return a && b && a.seed === b.seed && further(a, b) ? a : b;
    }
    if (ours === undefined || theirs === undefined) return ours ?? theirs;
    if (field === 'results') return sum(theirs as CaseResult) > sum(ours as CaseResult) ? theirs : ours;
    if (field === 'history') {
      const both = new Map([...(theirs as History[string]), ...(ours as History[string])].map((f) => [f.result.finishedAt, f]));
      return [...both.values()]
        .filter((f) => storage.getItem(pastPlayKey(caseId, f.result.finishedAt)) !== null)
        .sort((x, y) => Date.parse(x.result.finishedAt) - Date.parse(y.result.finishedAt))
        .slice(-HISTORY_PER_CASE);
    }
    return ours;
  };
}

/** The keys of the finished plays a history lists. */
const listedKeys = (h: History): string[] => Object.entries(h).flatMap(([caseId, list]) => list.map((f) => pastPlayKey(caseId, f.result.finishedAt)));

/** How long a finished play stored apart may go unlisted: a tab that just finished it may be writing the save that lists it. */
export const UNLISTED_GRACE_MS = 10 * 60_000;

/**
 * Lets go of the finished plays stored apart that the save does not list. One is left behind when
 * the save that would list it could not be written (storage full) and its tab was closed, or when
 * two tabs' lists were merged down to the last few; each takes room in a storage that may be nearly
 * full. To be run only when no other tab is open: one whose save failed still lists the play in
 * memory, and lists it again once a save fits. Spared: a play finished in the last ten minutes, and
 * one that a save set aside names (it may yet be read back). Returns the keys removed.
 */
export function sweepPastPlays(storage: ListedStorage, history: History, now: Date): string[] {
  const keys = keysOf(storage);
  const listed = new Set(listedKeys(history));
  const asides = keys.filter((k) => k.startsWith(asidePrefix(PROGRESS_KEY))).map((k) => storage.getItem(k) ?? '');
  const removed: string[] = [];
  for (const key of keys) {
    const past = parsePastPlayKey(key);
    if (!past || listed.has(key)) continue;
    const when = Date.parse(past.finishedAt);
    if (Number.isNaN(when) || now.getTime() - when < UNLISTED_GRACE_MS) continue;
    if (asides.some((raw) => raw.includes(`"${past.finishedAt}"`))) continue;
    try {
      storage.removeItem(key);
      removed.push(key);
    } catch {
      // it takes room, nothing more
    }
  }
  return removed;
}

/** Runs work only once no other tab of the game is open (in the page: `whenAlone`, src/ui/tab-locks.ts). */
export type WhenAlone = (run: () => void) => void;

export type ProgressStoreOptions = {
  readonly watch?: StorageWatch | undefined;
  readonly now?: () => Date;
  /** Whether this tab holds the case (plays it, or shows its end screen): see `progressConflict`. */
  readonly holds?: (caseId: string) => boolean;
  /**
   * Runs the sweep of finished plays no save lists (`sweepPastPlays`) once no other tab is open; in
   * the page `whenAlone` (src/ui/tab-locks.ts). Not given: at once (a storage no other tab shares).
   */
  readonly whenAlone?: WhenAlone | undefined;
};

export function createProgressStore(storage: KeyValueStorage, onProblem: (p: SaveProblem) => void, options: ProgressStoreOptions = {}) {
  const lost = (key: string, detail: string) => onProblem({ key, reason: 'write-failed', asideKey: null, detail });
  /** Lets go of the stored plays that the history no longer lists. */
  const forget = (before: History, after: History) => {
    const kept = new Set(listedKeys(after));
    for (const key of listedKeys(before)) {
      if (kept.has(key)) continue;
      try {
        storage.removeItem(key);
      } catch {
        // a key that cannot be removed takes room, nothing more
      }
    }
  };
  const store = createStore<ProgressState>()((set, get) => {
    const change = (caseId: string, f: (a: ActiveCase) => ActiveCase) =>
      set(({ plays }) => {
        const a = plays[caseId];
        if (!a) throw new Error(`No play of ${caseId}`);
        return { plays: { ...plays, [caseId]: f(a) } };
      });
    return {
      plays: {},
      results: {},
      history: {},
      begin: (caseId, build, lines, choices, inkState, finished, seed) =>
        set(({ plays }) => ({ plays: { ...plays, [caseId]: { caseId, ...(build ? { build } : {}), inkState, log: toLog(lines), decisions: [], choices, finished, seed, marks: [], reached: { decision: 0, passage: 0 }, ...ending(finished) } } })),
      advance: (caseId, decision, lines, choices, inkState, finished) =>
        change(caseId, (a) => ({
          ...a,
          inkState,
          choices,
          finished,
          decisions: [...a.decisions, decision],
          log: [...a.log, { kind: 'choice', decision: a.decisions.length }, ...toLog(lines)],
          ...ending(finished),
        })),
      takeState: (caseId, inkState) => change(caseId, (a) => ({ ...a, inkState })),
      resync: (caseId, choices) => change(caseId, (a) => ({ ...a, choices })),
      finish: (caseId, result) => {
        const { plays, results, history } = get();
        const play = plays[caseId];
        if (!play?.finished) throw new Error(`The play of ${caseId} is not finished`);
        const previous = results[caseId];
        const best = previous && sum(previous) > sum(result) ? previous : result;
        // the play goes to a key of its own, once; a play that cannot be stored is not listed
        const { unscored: _recorded, ...scored } = play;
        const key = pastPlayKey(caseId, result.finishedAt);
        const file = pastPlayFile(scored);
        let listed = history;
        try {
          storage.setItem(key, file);
          listed = boundHistory({ ...history, [caseId]: [...(history[caseId] ?? []).filter((f) => f.result.finishedAt !== result.finishedAt), { result, size: file.length }].slice(-HISTORY_PER_CASE) });
        } catch (e) {
          lost(key, (e as Error).message);
        }
        set({ plays: { ...plays, [caseId]: scored }, results: { ...results, [caseId]: best }, history: listed });
        forget(history, listed);
      },
      toggleMark: (caseId, logIndex) =>
        set(({ plays }) => {
          const a = plays[caseId];
          return a && isMarkable(a.log, logIndex) ? { plays: { ...plays, [caseId]: { ...a, marks: toggleMark(a.marks, logIndex) } } } : {};
        }),
      reach: (caseId, decision, passage) => change(caseId, (a) => ({ ...a, reached: { decision, passage } })),
      abandon: (caseId) =>
        set(({ plays }) => {
          const { [caseId]: _gone, ...rest } = plays;
          return { plays: rest };
        }),
      adopt: (caseId, play) => {
        if (play.caseId !== caseId) throw new Error(`A play of ${play.caseId} is not one of ${caseId}`);
        set(({ plays }) => ({ plays: { ...plays, [caseId]: play } }));
      },
      pastPlay(caseId, finishedAt) {
        const listed = get().history[caseId]?.find((f) => f.result.finishedAt === finishedAt);
        if (!listed) return null;
        try {
          const file: unknown = JSON.parse(storage.getItem(pastPlayKey(caseId, listed.result.finishedAt)) ?? 'null');
          if (problemOf(PastPlayFileSchema, file) !== null) return null;
          const { play } = file as { play: ActiveCase };
          return play.caseId === caseId ? { play, result: listed.result } : null;
        } catch {
          return null;
        }
      },
    };
  });
  // A save that was read as it is lists every play it knows: only then are the others left behind.
  // (One that could not be read, nor set aside, is replaced by the next write: the player was told
  // it could not be kept, and its plays are swept from the next visit on.)
  let readAsIs = true;
  const persisted = persistStore(store, {
    name: PROGRESS_KEY,
    version: PROGRESS_VERSION,
    storage,
    watch: options.watch,
    migrations: { 1: fromV1, 2: toV3, 3: toV4(storage, lost) },
    schema: ProgressDataSchema,
    pick: ({ plays, results, history }: ProgressState) => ({ plays, results, history }),
    ready: ({ plays }: ProgressState) => !Object.values(plays).some((p) => p.inkState === STATE_NOT_TAKEN),
    mergeDepth: 2,
    conflict: progressConflict(storage, options.holds ?? (() => false)),
    onProblem: (problem) => {
      readAsIs = false;
      onProblem(problem);
    },
    ...(options.now ? { now: options.now } : {}),
  });
  (options.whenAlone ?? ((run) => run()))(() => {
    if (readAsIs && isListed(storage) && storage.getItem(PROGRESS_KEY) !== null) {
      sweepPastPlays(storage, store.getState().history, (options.now ?? (() => new Date()))());
    }
  });
  /** Whether what the player did is in memory only (a save failing, or a newer version's save in storage): a reload would lose it. */
  return Object.assign(store, { unsaved: persisted.failing });
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
