/**
 * Versioned persistence for zustand stores, with a guard: a save that cannot be read, has a
 * version we do not know, or does not have the expected shape is set aside under another key,
 * reported through `onProblem`, and the store starts clean. Nothing crashes and nothing is lost.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';

/** The part of Web Storage we use; localStorage fits, tests use `memoryStorage()`. */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    dump: () => Object.fromEntries(data),
  };
}

export type SaveProblem = {
  readonly key: string;
  readonly reason: 'unreadable' | 'unknown-version' | 'invalid';
  readonly asideKey: string;
  readonly detail: string;
};

export type VersionedPersistConfig<P> = {
  readonly name: string;
  readonly version: number;
  readonly storage: KeyValueStorage;
  /** migrations[v] turns a version-v save into a version-(v+1) save. */
  readonly migrations: Readonly<Record<number, (old: unknown) => unknown>>;
  readonly validate: (value: unknown) => value is P;
  readonly onProblem: (problem: SaveProblem) => void;
  readonly now?: () => Date;
};

export function versionedPersist<S, P>(cfg: VersionedPersistConfig<P>, partialize: (s: S) => P): PersistOptions<S, P> {
  let lastRaw: string | null = null;
  const setAside = (reason: SaveProblem['reason'], detail: string) => {
    const asideKey = `${cfg.name}.set-aside.${(cfg.now?.() ?? new Date()).toISOString()}`;
    try {
      if (lastRaw !== null) cfg.storage.setItem(asideKey, lastRaw);
      cfg.storage.removeItem(cfg.name);
    } catch {
      // storage full or blocked: the report below still tells the player
    }
    cfg.onProblem({ key: cfg.name, reason, asideKey, detail });
  };

  const storage: PersistStorage<P> = {
    getItem(name) {
      const raw = cfg.storage.getItem(name);
      lastRaw = raw;
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch (e) {
        setAside('unreadable', (e as Error).message);
        return null;
      }
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed) || typeof (parsed as { version?: unknown }).version !== 'number') {
        setAside('invalid', 'not a save of this game');
        return null;
      }
      const version = (parsed as unknown as { version: number }).version;
      if (version < 1 || version > cfg.version || !Number.isInteger(version)) {
        setAside('unknown-version', `save version ${version}, this game reads up to ${cfg.version}`);
        return null;
      }
      return parsed as StorageValue<P>;
    },
    setItem(name, value) {
      try {
        cfg.storage.setItem(name, JSON.stringify(value));
      } catch (e) {
        console.warn(`Could not save ${name}: ${(e as Error).message}`);
      }
    },
    removeItem: (name) => cfg.storage.removeItem(name),
  };

  return {
    name: cfg.name,
    version: cfg.version,
    storage,
    partialize,
    migrate(state, from): P {
      let s: unknown = state;
      for (let v = from; v < cfg.version; v++) {
        const step = cfg.migrations[v];
        if (!step) throw new Error(`no migration from version ${v}`);
        s = step(s);
      }
      if (!cfg.validate(s)) throw new Error('save does not have the expected shape after migration');
      return s;
    },
    merge(persisted, current): S {
      if (persisted === undefined) return current; // nothing stored, or it was set aside
      if (!cfg.validate(persisted)) throw new Error('save does not have the expected shape');
      return { ...current, ...(persisted as object) };
    },
    onRehydrateStorage: () => (_state, error) => {
      if (error) setAside('invalid', (error as Error).message);
    },
  };
}
