/** Which screen is shown and what the player is told; not persisted (the progress store is). */
import { createStore } from 'zustand/vanilla';

export type Screen =
  | { readonly name: 'title' }
  | { readonly name: 'note'; readonly caseId: string }
  | { readonly name: 'play'; readonly caseId: string }
  | { readonly name: 'debrief'; readonly caseId: string }
  // workshop mode (src/ui/workshop/): the session list, the projector, the trainer's debriefs
  | { readonly name: 'workshops' }
  | { readonly name: 'workshop'; readonly sessionId: string }
  | { readonly name: 'workshop-debrief'; readonly sessionId: string }
  | { readonly name: 'workshop-combined'; readonly sessionIds: readonly string[] }
  // the beleidscheck of one session, or of several sessions of one region
  | { readonly name: 'workshop-policy'; readonly sessionIds: readonly string[] };

export type UiState = {
  readonly screen: Screen;
  readonly paused: boolean;
  readonly notices: readonly string[];
  go(screen: Screen): void;
  setPaused(paused: boolean): void;
  notify(message: string): void;
  dismiss(index: number): void;
};

export function createUiStore() {
  return createStore<UiState>()((set) => ({
    screen: { name: 'title' },
    paused: false,
    notices: [],
    go: (screen) => set({ screen, paused: false }),
    setPaused: (paused) => set({ paused }),
    notify: (message) => set(({ notices }) => ({ notices: notices.includes(message) ? notices : [...notices, message] })),
    dismiss: (index) => set(({ notices }) => ({ notices: notices.filter((_, i) => i !== index) })),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
