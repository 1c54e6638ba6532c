/**
 * The workshop sessions on this device, saved after every change (a reload or a crashed browser
 * loses nothing). Versioned like the other stores; a save that cannot be read is set aside and
 * reported, never a crash.
 */
import { createStore } from 'zustand/vanilla';
import { persistStore, type KeyValueStorage, type SaveProblem, type StorageWatch } from '../state/persistence.ts';
import { WorkshopDataSchema } from '../state/schema.ts';
import { mergeSessions, parseExport, type ImportProblem, type MergeReport } from './export.ts';
import type { WorkshopSession } from './types.ts';
import { withPolicy } from './policy.ts';
import type { CaseLocks } from '../play/game.ts';
import { WORKSHOPS_KEY } from './keys.ts';

export { WORKSHOPS_KEY };

/** Version 2 added the policy lens to every session. */
const migrateToPolicy = (old: unknown): unknown => {
  const sessions = (old as { sessions?: unknown }).sessions;
  if (typeof sessions !== 'object' || sessions === null) return old;
  return { ...old as object, sessions: Object.fromEntries(Object.entries(sessions).map(([k, s]) => [k, withPolicy(s)])) };
};

export const WORKSHOPS_VERSION = 2;

export type WorkshopData = { readonly sessions: Readonly<Record<string, WorkshopSession>> };

export type ImportOutcome = { readonly ok: true; readonly report: MergeReport } | { readonly ok: false; readonly problem: ImportProblem };

export type WorkshopState = WorkshopData & {
  /** Sessions another tab took over from this one: this tab no longer changes them (not saved). */
  readonly lost: readonly string[];
  /**
   * Holds a session for this tab (one tab at a time per session, like a case): `elsewhere` when
   * another tab has it open, unless `takeOver`, which takes it from that tab (and it hears `lost`).
   */
  open(id: string, takeOver?: boolean): Promise<'held' | 'elsewhere'>;
  /** Lets go of a session this tab held (its screen closed). */
  close(id: string): void;
  /** Adds or replaces a session. */
  put(session: WorkshopSession): void;
  /** Applies a change to one session (a function from session.ts or engine.ts); none to a session another tab took over. */
  update(id: string, change: (s: WorkshopSession) => WorkshopSession): void;
  remove(id: string): void;
  /** Imports an export file: all of it, or (when anything is wrong with it) nothing at all. */
  importFile(text: string): ImportOutcome;
};

/**
 * When two tabs changed the same session (only without Web Locks, where nothing holds a session
 * to one tab), the one changed last stays, so an older copy never replaces a newer one; a session
 * one tab removed and the other changed is kept.
 */
export const newerSession = (ours: unknown, theirs: unknown): unknown => {
  const at = (s: unknown) => Date.parse((s as Partial<WorkshopSession> | undefined)?.updatedAt ?? '');
  if (ours === undefined || theirs === undefined) return ours ?? theirs;
  return at(ours) > at(theirs) ? ours : theirs;
};

export type WorkshopStoreOptions = {
  readonly watch?: StorageWatch | undefined;
  /** One tab at a time per session; without it every tab may change every session. */
  readonly locks?: CaseLocks | undefined;
};

export function createWorkshopStore(storage: KeyValueStorage, onProblem: (p: SaveProblem) => void, options: WorkshopStoreOptions = {}) {
  const store = createStore<WorkshopState>()((set, get) => ({
    sessions: {},
    lost: [],
    async open(id, takeOver = false) {
      const held = options.locks ? await options.locks.hold(id, takeOver, () => set(({ lost }) => ({ lost: [...lost, id] }))) : true;
      if (!held) return 'elsewhere';
      if (get().lost.includes(id)) set(({ lost }) => ({ lost: lost.filter((x) => x !== id) }));
      return 'held';
    },
    close: (id) => options.locks?.release(id),
    put: (session) => set(({ sessions }) => ({ sessions: { ...sessions, [session.id]: session } })),
    update: (id, change) =>
      set(({ sessions, lost }) => {
        // a change that finishes after another tab took the session over is not written
        if (lost.includes(id)) return {};
        const s = sessions[id];
        if (!s) throw new Error(`No workshop session ${id}`);
        const next = change(s);
        return next === s ? {} : { sessions: { ...sessions, [id]: next } };
      }),
    remove: (id) =>
      set(({ sessions }) => {
        const { [id]: _gone, ...rest } = sessions;
        return { sessions: rest };
      }),
    importFile(text) {
      const parsed = parseExport(text);
      if (!parsed.ok) return parsed;
      const { sessions, report } = mergeSessions(get().sessions, parsed.sessions);
      if (report.added + report.updated > 0) {
        // (refused by the browser, the sessions stay for this visit, and the trainer is told so)
        set({ sessions });
        if (persisted.failing()) return { ok: false, problem: { code: 'not-stored', detail: 'the browser refused to store the sessions' } };
      }
      return { ok: true, report };
    },
  }));
  const persisted = persistStore(store, {
    name: WORKSHOPS_KEY,
    version: WORKSHOPS_VERSION,
    storage,
    watch: options.watch,
    migrations: { 1: migrateToPolicy },
    schema: WorkshopDataSchema,
    pick: ({ sessions }: WorkshopState) => ({ sessions }),
    mergeDepth: 2,
    conflict: newerSession,
    onProblem,
  });
  /** Whether the sessions are in memory only (a save failing, or a newer version's save): a reload would lose them. */
  return Object.assign(store, { unsaved: persisted.failing });
}

export type WorkshopStore = ReturnType<typeof createWorkshopStore>;
