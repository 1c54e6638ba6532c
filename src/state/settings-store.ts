/** Player settings: language, contrast, motion, text size, pacing. Persisted, versioned, kept in step across tabs. */
import { createStore } from 'zustand/vanilla';
import { persistStore, type KeyValueStorage, type SaveProblem, type StorageWatch } from './persistence.ts';
import { SettingsDataSchema, type SettingsSaved } from './schema.ts';

export const SETTINGS_KEY = 'niet-pluis.settings';

/** 'motion: system' follows prefers-reduced-motion; notesSeen: cases whose content note the player has read. */
export type SettingsData = SettingsSaved;

export type SettingsState = SettingsData & { update(patch: Partial<SettingsData>): void; markNoteSeen(caseId: string): void };

export function createSettingsStore(storage: KeyValueStorage, onProblem: (p: SaveProblem) => void, options: { readonly watch?: StorageWatch | undefined } = {}) {
  const store = createStore<SettingsState>()((set) => ({
    lang: 'nl',
    highContrast: false,
    motion: 'system',
    largeText: false,
    notesSeen: [],
    pacing: 'passages',
    update: (patch) => set(patch),
    // the same state when already seen: no change announced, so the header is not drawn again
    markNoteSeen: (caseId) => set((s) => (s.notesSeen.includes(caseId) ? s : { notesSeen: [...s.notesSeen, caseId] })),
  }));
  const persisted = persistStore(store, {
    name: SETTINGS_KEY,
    version: 1,
    storage,
    watch: options.watch,
    migrations: {},
    schema: SettingsDataSchema,
    pick: ({ lang, highContrast, motion, largeText, notesSeen, pacing }: SettingsState) => ({ lang, highContrast, motion, largeText, notesSeen, pacing }),
    mergeDepth: 1,
    // two tabs that each opened a case's content note: both notes were seen
    conflict: (ours, theirs, path) => (path[0] === 'notesSeen' ? [...new Set([...(theirs as string[]), ...(ours as string[])])] : ours),
    onProblem,
  });
  /** Whether a change of the settings is in memory only (see the progress store's `unsaved`). */
  return Object.assign(store, { unsaved: persisted.failing });
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
