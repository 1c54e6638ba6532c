/** Player settings: language, contrast, motion, text size. Persisted and versioned. */
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { Lang } from '../i18n/strings.ts';
import { versionedPersist, type KeyValueStorage, type SaveProblem } from './persistence.ts';

export type SettingsData = {
  readonly lang: Lang;
  readonly highContrast: boolean;
  /** 'system' follows prefers-reduced-motion. */
  readonly motion: 'system' | 'reduced';
  readonly largeText: boolean;
  /** Cases whose content note the player has read. */
  readonly notesSeen: readonly string[];
};

export type SettingsState = SettingsData & { update(patch: Partial<SettingsData>): void; markNoteSeen(caseId: string): void };

export function isSettingsData(v: unknown): v is SettingsData {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (s.lang === 'nl' || s.lang === 'en') && typeof s.highContrast === 'boolean' && (s.motion === 'system' || s.motion === 'reduced') && typeof s.largeText === 'boolean' && Array.isArray(s.notesSeen) && s.notesSeen.every((n) => typeof n === 'string');
}

export function createSettingsStore(storage: KeyValueStorage, onProblem: (p: SaveProblem) => void) {
  return createStore<SettingsState>()(
    persist(
      (set) => ({
        lang: 'nl',
        highContrast: false,
        motion: 'system',
        largeText: false,
        notesSeen: [],
        update: (patch) => set(patch),
        markNoteSeen: (caseId) => set(({ notesSeen }) => (notesSeen.includes(caseId) ? {} : { notesSeen: [...notesSeen, caseId] })),
      }),
      versionedPersist<SettingsState, SettingsData>(
        { name: 'niet-pluis.settings', version: 1, storage, migrations: {}, validate: isSettingsData, onProblem },
        ({ lang, highContrast, motion, largeText, notesSeen }) => ({ lang, highContrast, motion, largeText, notesSeen }),
      ),
    ),
  );
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
