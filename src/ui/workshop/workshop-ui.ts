/**
 * Workshop mode in the app: its store (saved on this device), the driver that plays the story,
 * and the screens. app.ts asks this module for a workshop screen's view, address and title.
 */
import { createStoryRunner } from '../../story/runner.ts';
import type { CatalogEntry } from '../../story/catalog.ts';
import type { StoryAnalysis } from '../../story/explorer.ts';
import type { CaseLocks } from '../../play/game.ts';
import type { KeyValueStorage, SaveProblem, StorageWatch } from '../../state/persistence.ts';
import { createWorkshopDriver, type WorkshopDriver } from '../../workshop/driver.ts';
import { createWorkshopStore, type WorkshopStore } from '../../workshop/store.ts';
import { createCountDrafts, type CountDrafts } from '../../workshop/count-drafts.ts';
import { entryOf, strings, type AppContext } from '../context.ts';
import type { View } from '../play-view.ts';
import type { WorkshopScreen } from './routes.ts';
import { workshopsView } from './list-view.ts';
import { heldSessionView, heldStageView } from './held-stage.ts';
import { combinedDebriefView, trainerDebriefView } from './debrief-view.ts';
import { policyView } from './policy-view.ts';
import './workshop.css';

export type WorkshopUi = {
  readonly store: WorkshopStore;
  readonly driver: WorkshopDriver;
  /** Vote counts typed that are not right (never stored with the session), kept in this tab through a reload. */
  readonly drafts: CountDrafts;
  /** Whether the trainer panel is open: as the trainer left it in this tab, also through a reload (on a projector, hidden stays hidden). */
  panelOpen(): boolean;
  setPanelOpen(open: boolean): void;
  /** The analysis (answer key, decisions) of a case in the catalog, or null for a case not in it. */
  analysisOf(caseId: string): StoryAnalysis | null;
  /** The view of a screen; the projector's arrives once this tab holds the session. */
  render(screen: WorkshopScreen): View | Promise<View>;
  title(screen: WorkshopScreen): string;
};

/** A random id that needs no secure context (crypto.randomUUID does). */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This tab's own storage, or null when the browser refuses it (then typing lasts while the page lives). */
function tabStorage(): KeyValueStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Where a tab keeps that its trainer panel is hidden (only that: open is the default). */
const PANEL_HIDDEN_KEY = 'niet-pluis.trainer-panel-hidden';

/** The trainer panel's state in `storage`, and in memory when the storage refuses (then it lasts while the page lives). */
function panelState(storage: KeyValueStorage | null): Pick<WorkshopUi, 'panelOpen' | 'setPanelOpen'> {
  let open = true;
  try {
    open = storage?.getItem(PANEL_HIDDEN_KEY) !== '1';
  } catch {
    // unreadable: open, as on a first visit
  }
  return {
    panelOpen: () => open,
    setPanelOpen(next) {
      open = next;
      try {
        if (next) storage?.removeItem(PANEL_HIDDEN_KEY);
        else storage?.setItem(PANEL_HIDDEN_KEY, '1');
      } catch {
        // refused: kept in memory only
      }
    },
  };
}

/** Every case's analysis, loaded once when the workshop opens: its screens compare sessions of any case. */
export async function loadAnalyses(catalog: readonly CatalogEntry[]): Promise<ReadonlyMap<string, StoryAnalysis>> {
  return new Map(await Promise.all(catalog.map(async (c) => [c.id, await c.loadAnalysis()] as const)));
}

export function createWorkshopUi(ctx: AppContext, storage: KeyValueStorage, onProblem: (p: SaveProblem) => void, analyses: ReadonlyMap<string, StoryAnalysis>, watch?: StorageWatch, locks?: CaseLocks): WorkshopUi {
  const store = createWorkshopStore(storage, onProblem, { watch, locks });
  const driver = createWorkshopDriver(store, {
    loadRunner: async (caseId, switches = {}) => createStoryRunner(await entryOf(ctx, caseId).load(), { switches }),
    buildOf: (caseId) => ctx.catalog.find((c) => c.id === caseId)?.build,
    now: () => new Date(),
    newId: randomId,
  });
  const ui: WorkshopUi = {
    store,
    driver,
    drafts: createCountDrafts(tabStorage()),
    ...panelState(tabStorage()),
    analysisOf: (caseId) => analyses.get(caseId) ?? null,
    render(screen) {
      switch (screen.name) {
        case 'workshops':
          return workshopsView(ctx, ui);
        case 'workshop':
          return heldStageView(ctx, ui, screen.sessionId);
        case 'workshop-debrief':
          return { el: trainerDebriefView(ctx, ui, screen.sessionId), destroy: () => {} };
        case 'workshop-combined':
          return { el: combinedDebriefView(ctx, ui, screen.sessionIds), destroy: () => {} };
        case 'workshop-policy':
          // one session's beleidscheck is typed in: held like its projector; several are only read
          return screen.sessionIds.length === 1
            ? heldSessionView(ctx, ui, screen.sessionIds[0]!, () => policyView(ctx, ui, screen.sessionIds), screen)
            : policyView(ctx, ui, screen.sessionIds);
      }
    },
    title(screen) {
      const title = strings(ctx).workshopListTitle;
      const name = 'sessionId' in screen ? store.getState().sessions[screen.sessionId]?.name : undefined;
      return name ? `${title} · ${name}` : title;
    },
  };
  return ui;
}
