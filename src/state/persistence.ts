/**
 * Keeps a zustand store in step with one key of storage, across tabs, and never silently.
 *
 * - Reading: a save that cannot be read, has a version we do not know, or fails its schema is
 *   set aside under another key (or, when the copy does not fit, the player is told it could not
 *   be kept), reported through `onProblem`, and the store starts clean.
 * - Writing: every save carries a revision, the tab that wrote it, and the saves it was made from.
 *   Before writing, the stored revision is read; when another tab wrote since, its data is merged
 *   in first (what this tab did not change is taken from the other), so a tab never writes an
 *   older copy over newer data.
 * - Two tabs may write at nearly the same moment, each before it sees the other's write (a
 *   browser hands one tab's write to the other tabs a moment later, and not while the other tab's
 *   own write waits). The merge then starts from the latest save both were made from, so neither
 *   tab's change reads as the other taking it away. When no such save is known (a tab that missed
 *   more of the other's saves than a save names), from the oldest this tab remembers: then an
 *   entry may look changed by both, and the store's `conflict` rule decides (for the progress:
 *   the tab that holds the case).
 * - Another tab's write (the `storage` event, through `watch`) is merged into this store at once.
 * - A write that fails (storage full or blocked) is reported at once; the next change retries.
 */
import type { StoreApi } from 'zustand/vanilla';
import type * as v from 'valibot';
import { KNOWN_VALUES, onlyUnknownValues, problemOf } from './schema.ts';

/** The part of Web Storage we use; localStorage fits, tests use `memoryStorage()`. */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

/** Calls the listener when another tab changed a key (null: all keys); returns the unsubscribe. */
export type StorageWatch = (listener: (key: string | null) => void) => () => void;

/** A storage that can also list its keys, as localStorage can: `key(i)`, null past the last. */
export type ListedStorage = KeyValueStorage & { key(index: number): string | null };

export const isListed = (storage: KeyValueStorage): storage is ListedStorage => typeof (storage as Partial<ListedStorage>).key === 'function';

/** Every key of a listed storage. (Not by its `length`: a storage copied with `...` keeps its methods, not a getter's.) */
export function keysOf(storage: ListedStorage): string[] {
  const keys: string[] = [];
  for (let key = storage.key(0); key !== null; key = storage.key(keys.length)) keys.push(key);
  return keys;
}

export function memoryStorage(initial: Record<string, string> = {}): ListedStorage & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    dump: () => Object.fromEntries(data),
  };
}

/**
 * One storage shared by several "tabs", as localStorage is: each tab gets the storage and a
 * watch that hears the writes of the other tabs (never its own), like the `storage` event.
 */
export function sharedMemory(initial: Record<string, string> = {}) {
  const data = memoryStorage(initial);
  const tabs = new Set<{ listeners: Set<(key: string | null) => void> }>();
  return {
    data,
    tab(): { storage: ListedStorage; watch: StorageWatch } {
      const me = { listeners: new Set<(key: string | null) => void>() };
      tabs.add(me);
      const tell = (key: string) => {
        for (const t of tabs) if (t !== me) for (const l of [...t.listeners]) l(key);
      };
      return {
        storage: {
          getItem: (k) => data.getItem(k),
          setItem: (k, value) => {
            data.setItem(k, value);
            tell(k);
          },
          removeItem: (k) => {
            data.removeItem(k);
            tell(k);
          },
          key: (i) => data.key(i),
        },
        watch: (l) => {
          me.listeners.add(l);
          return () => void me.listeners.delete(l);
        },
      };
    },
  };
}

export type SaveProblem = {
  readonly key: string;
  /**
   * unreadable / unknown-version / invalid: a save was found and could not be used;
   * newer-version: the save is of a newer version of the game (a tab opened after an update): it is
   * left alone, and this page saves nothing under its key, so as not to write an older form over it;
   * write-failed: a change could not be saved (storage full or blocked).
   */
  readonly reason: 'unreadable' | 'unknown-version' | 'newer-version' | 'invalid' | 'write-failed';
  /** Where the unusable save was kept; null when it could not be kept (or for a failed write). */
  readonly asideKey: string | null;
  readonly detail: string;
};

/** Where copies of the save stored under `name` are set aside: this, then the moment. */
export const asidePrefix = (name: string): string => `${name}.set-aside.`;

/**
 * Copies an unusable save to a key of its own, so nothing is lost; returns that key, or null when
 * the copy could not be stored (then the caller must tell the player it could not be kept).
 */
export function keepAside(storage: KeyValueStorage, name: string, raw: string, now: Date): string | null {
  const asideKey = `${asidePrefix(name)}${now.toISOString()}`;
  try {
    storage.setItem(asideKey, raw);
    return asideKey;
  } catch {
    return null;
  }
}

export type PersistConfig<P> = {
  readonly name: string;
  readonly version: number;
  readonly storage: KeyValueStorage;
  readonly watch?: StorageWatch | undefined;
  /** migrations[v] turns a version-v save into a version-(v+1) save. */
  readonly migrations: Readonly<Record<number, (old: unknown) => unknown>>;
  readonly schema: v.GenericSchema<unknown, unknown>;
  /** The saved part of the state. */
  readonly pick: (state: never) => P;
  /** False while the state is not to be written yet; the first change after it is ready writes. Always ready when not given. */
  readonly ready?: ((state: never) => boolean) | undefined;
  /** How deep records are merged when two tabs changed the data (1: fields, 2: entries of each field). */
  readonly mergeDepth: number;
  /** Which value stays when both tabs changed the same entry; without it, this tab's. */
  readonly conflict?: Conflict | undefined;
  readonly onProblem: (problem: SaveProblem) => void;
  readonly now?: () => Date;
};

export type Persisted = {
  /** The revision last read or written by this tab. */
  revision(): number;
  /** Is what this page changed not in storage: the last write failed (storage full or blocked), or a newer version's save is there? */
  failing(): boolean;
  /** Stops writing and listening (a store that is thrown away). */
  stop(): void;
};

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * `same`, but records are compared entry by entry down to `depth`, by reference first: a store
 * replaces only what changed, so only the changed entries are written out to compare (before
 * every save the whole progress was, some 200 K characters, twice; one play is about 45 K).
 */
function sameSaved(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (depth > 0 && isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length === kb.length && ka.every((k, i) => k === kb[i])) return ka.every((k) => sameSaved(a[k], b[k], depth - 1));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A save as written here starts with its version and revision: read the revision there, not by parsing the whole save before each write. */
const REVISION_AT_START = /^\{"version":\d+,"rev":(\d+),(?:"by":"([^"]*)",)?/;

/**
 * Which save `storage` holds under `key`, as this tab reads it: its revision and write id (rev 0
 * and '' for nothing stored; an infinite revision for a value that cannot be read, so that reading
 * it fully deals with it).
 */
export function storedWrite(storage: KeyValueStorage, key: string): { rev: number; id: string } {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return { rev: 0, id: NOTHING_STORED };
    const atStart = REVISION_AT_START.exec(raw.slice(0, 120));
    const head = atStart ? { rev: Number(atStart[1]), by: atStart[2] ?? '' } : (JSON.parse(raw) as { rev?: unknown; by?: unknown });
    const rev = typeof head.rev === 'number' ? head.rev : 0;
    return { rev, id: writeId(rev, typeof head.by === 'string' ? head.by : '') };
  } catch {
    return { rev: Number.POSITIVE_INFINITY, id: 'unreadable' };
  }
}

/** Chooses between this tab's value and the other tab's when both changed the same entry, found at `path` (its keys from the top). */
export type Conflict = (ours: unknown, theirs: unknown, path: readonly string[]) => unknown;

/**
 * Three-way merge: where this tab left a value as it was (`base`), the other tab's value wins;
 * where this tab changed it and the other did not, this tab's wins; where both changed it,
 * `conflict` decides (by default this tab's). Records are merged key by key down to `depth`.
 */
export function merge3(base: unknown, ours: unknown, theirs: unknown, depth: number, conflict?: Conflict, path: readonly string[] = []): unknown {
  if (depth > 0 && isRecord(ours) && isRecord(theirs)) {
    const b = isRecord(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
      const m = merge3(b[k], ours[k], theirs[k], depth - 1, conflict, [...path, k]);
      if (m !== undefined) out[k] = m;
    }
    return out;
  }
  if (same(ours, base)) return theirs;
  if (conflict && !same(theirs, base) && !same(ours, theirs)) return conflict(ours, theirs, path);
  return ours;
}

type Stored = { readonly version: number; readonly rev: number; readonly by?: string; readonly past?: readonly string[]; readonly known?: string; readonly state: unknown };

/** Names one write: its revision and the tab that wrote it (two tabs may write the same revision). */
const writeId = (rev: number, by: string) => `${rev}:${by}`;

/** The write a tab starts from when nothing is stored. */
const NOTHING_STORED = '';

/** How many saves a save names as its past, and a tab remembers, to merge a write made from one of them. */
const REMEMBERED = 12;

/** Binds `store` to storage as described at the top; loads the save now. */
export function persistStore<S>(store: StoreApi<S>, cfg: PersistConfig<Partial<S>>): Persisted {
  const now = () => (cfg.now ?? (() => new Date()))();
  const pick = cfg.pick as (s: S) => Partial<S>;
  let base: Partial<S> | null = null;
  let baseRev = 0;
  /** The write the base is ('': nothing was stored). */
  let baseId = NOTHING_STORED;
  /** The saves read or written lately (oldest first), each with the saves it was made from, newest first. */
  const seen = new Map<string, { readonly state: Partial<S>; readonly past: readonly string[] }>();
  /** What a save made from nothing was made from. */
  const empty = pick(store.getState());
  const me = Math.random().toString(36).slice(2, 10);
  let failing = false;
  /** A newer version of the game saved under this key: this page writes nothing there from then on. */
  let newer = false;
  const saw = (id: string, state: Partial<S>, past: readonly string[]) => {
    baseId = id;
    seen.delete(id);
    seen.set(id, { state, past: past.slice(0, REMEMBERED) });
    if (seen.size > REMEMBERED) seen.delete(seen.keys().next().value!);
  };
  /**
   * What both tabs started from: the latest of the saves the other tab's write was made from that
   * this tab saw; else the oldest save this tab remembers (older saves name no past).
   */
  const ancestorOf = (theirs: { past: readonly string[] }): Partial<S> | null => {
    for (const id of theirs.past) {
      if (id === NOTHING_STORED) return empty;
      const known = seen.get(id);
      if (known) return known.state;
    }
    return seen.values().next().value?.state ?? base;
  };

  /** The stored save, checked; null when there is none or it was set aside. */
  const read = (): { state: Partial<S>; rev: number; id: string; past: readonly string[] } | null => {
    const raw = cfg.storage.getItem(cfg.name);
    if (raw === null) return null;
    const aside = (reason: SaveProblem['reason'], detail: string) => {
      const asideKey = keepAside(cfg.storage, cfg.name, raw, now());
      try {
        if (asideKey) cfg.storage.removeItem(cfg.name);
      } catch {
        // the copy is kept; the next write replaces the original
      }
      cfg.onProblem({ key: cfg.name, reason, asideKey, detail });
      return null;
    };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      return aside('unreadable', (e as Error).message);
    }
    if (!isRecord(parsed) || !('state' in parsed) || typeof parsed.version !== 'number') return aside('invalid', 'not a save of this game');
    const version = parsed.version;
    const another = (detail: string) => {
      if (!newer) cfg.onProblem({ key: cfg.name, reason: 'newer-version', asideKey: null, detail });
      newer = true;
      return null;
    };
    if (Number.isInteger(version) && version > cfg.version) return another(`save version ${version}, this game reads up to ${cfg.version}`);
    if (!Number.isInteger(version) || version < 1) return aside('unknown-version', `save version ${version}, this game reads up to ${cfg.version}`);
    let state: unknown = parsed.state;
    try {
      for (let at = version; at < cfg.version; at++) {
        const step = cfg.migrations[at];
        if (!step) throw new Error(`no migration from version ${at}`);
        state = step(state);
      }
    } catch (e) {
      return aside('invalid', (e as Error).message);
    }
    const problem = problemOf(cfg.schema, state);
    // written by a build that knows other values (a case with a new place, say) and failing only on
    // those: that build's save, left alone as a newer version's is; this page writes nothing there
    if (problem && typeof parsed.known === 'string' && parsed.known !== KNOWN_VALUES && onlyUnknownValues(cfg.schema, state)) return another(`written by a build that knows other values (${problem})`);
    if (problem) return aside('invalid', problem);
    const rev = typeof parsed.rev === 'number' && Number.isInteger(parsed.rev) ? parsed.rev : 0;
    const by = typeof parsed.by === 'string' ? parsed.by : '';
    const past = Array.isArray(parsed.past) ? parsed.past.filter((x): x is string => typeof x === 'string') : [];
    return { state: state as Partial<S>, rev, id: writeId(rev, by), past };
  };

  /** The stored save's revision and write ('': nothing stored). */
  const stored = (): { rev: number; id: string } => storedWrite(cfg.storage, cfg.name);

  /** Takes in what another tab saved, keeping what this tab changed since. */
  const takeIn = (): void => {
    const theirs = read();
    if (!theirs) return;
    const ours = pick(store.getState());
    const merged = merge3(ancestorOf(theirs), ours, theirs.state, cfg.mergeDepth, cfg.conflict) as Partial<S>;
    base = theirs.state;
    baseRev = theirs.rev;
    saw(theirs.id, theirs.state, theirs.past);
    store.setState(merged); // if it differs from theirs, the subscription writes it
  };

  const ready = (cfg.ready ?? (() => true)) as (s: S) => boolean;
  const write = (state: S): void => {
    if (newer || !ready(state)) return;
    let ours = pick(state);
    if (base !== null && sameSaved(ours, base, cfg.mergeDepth)) return;
    const { rev, id } = stored();
    if (id !== baseId) {
      // another tab wrote since we last read: merge its data in before writing
      const theirs = read();
      if (theirs) {
        ours = merge3(ancestorOf(theirs), ours, theirs.state, cfg.mergeDepth, cfg.conflict) as Partial<S>;
        base = theirs.state;
        baseRev = theirs.rev;
        saw(theirs.id, theirs.state, theirs.past);
        if (!sameSaved(ours, pick(store.getState()), cfg.mergeDepth)) {
          store.setState(ours); // re-enters write() with the merged data
          return;
        }
      }
    }
    const next = Math.max(baseRev, Number.isFinite(rev) ? rev : 0) + 1;
    try {
      const past = [baseId, ...(seen.get(baseId)?.past ?? [])].slice(0, REMEMBERED);
      cfg.storage.setItem(cfg.name, JSON.stringify({ version: cfg.version, rev: next, by: me, past, known: KNOWN_VALUES, state: ours } satisfies Stored));
      base = ours;
      baseRev = next;
      saw(writeId(next, me), ours, past);
      failing = false;
    } catch (e) {
      failing = true;
      cfg.onProblem({ key: cfg.name, reason: 'write-failed', asideKey: null, detail: (e as Error).message });
    }
  };

  const loaded = read();
  if (loaded) {
    base = loaded.state;
    baseRev = loaded.rev;
    saw(loaded.id, loaded.state, loaded.past);
    store.setState(loaded.state);
  } else {
    base = empty;
    baseId = NOTHING_STORED;
  }
  const unsubscribe = store.subscribe((s) => write(s));
  const unwatch = cfg.watch?.((key) => {
    if ((key === null || key === cfg.name) && stored().id !== baseId) takeIn();
  });
  return {
    revision: () => baseRev,
    failing: () => failing || newer,
    stop() {
      unsubscribe();
      unwatch?.();
    },
  };
}
