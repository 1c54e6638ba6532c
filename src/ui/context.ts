/** What every view gets: the stores, the catalog, the strings, and the actions that change state. */
import type { Game, OpenMode } from '../play/game.ts';
import type { CatalogEntry } from '../story/catalog.ts';
import type { ProgressStore } from '../state/progress-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import { shownLang, stringsIn, type Lang, type Strings } from '../i18n/strings.ts';
import type { UiStore } from './ui-store.ts';

export type AppContext = {
  readonly ui: UiStore;
  /** The game rules (src/play/game.ts); the stores below are its stores. */
  readonly game: Game;
  readonly progress: ProgressStore;
  readonly settings: SettingsStore;
  readonly catalog: readonly CatalogEntry[];
  /** Opens a case: its content note, or straight to play when resuming. */
  openCase(caseId: string): void;
  /** Opens a case for play (see OpenMode; default: after its content note) and shows it. */
  playCase(caseId: string, mode?: OpenMode | 'take-over'): Promise<void>;
  /** Starts the case again from the beginning, after asking. */
  restartCase(caseId: string): Promise<void>;
  choose(index: number): void;
  leaveCase(): void;
  /** Shows the game in this language from now on; fetches its strings when they are not here (again, after a failed fetch). */
  chooseLanguage(lang: Lang): void;
  /** Calls `listener` each time the game has been drawn again in another language; returns the way to stop. */
  onLanguage(listener: () => void): () => void;
  /** Something of this visit is in memory only (storage refused, a save failing now): a new page would lose it. */
  unsaved(): boolean;
};

/** The language on screen: the chosen one, or Dutch while its strings are loading or failed to (see app.ts). */
export const langOf = (ctx: AppContext): Lang => shownLang(ctx.settings.getState().lang);

/** The strings of the language on screen. */
export const strings = (ctx: AppContext): Strings => stringsIn(langOf(ctx));

export const entryOf = (ctx: AppContext, caseId: string): CatalogEntry => {
  const entry = ctx.catalog.find((c) => c.id === caseId);
  if (!entry) throw new Error(`Unknown case ${caseId}`);
  return entry;
};
