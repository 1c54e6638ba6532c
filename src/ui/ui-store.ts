/** Which screen is shown and what the player is told; not persisted (the progress store is). */
import { createStore } from 'zustand/vanilla';

export type Screen =
  | { readonly name: 'title' }
  | { readonly name: 'note'; readonly caseId: string }
  | { readonly name: 'play'; readonly caseId: string }
  /** `finishedAt`: a kept finished play, named by when it was finished; absent: the latest. */
  | { readonly name: 'debrief'; readonly caseId: string; readonly finishedAt?: string }
  // workshop mode (src/ui/workshop/): the session list, the projector, the trainer's debriefs
  | { readonly name: 'workshops' }
  | { readonly name: 'workshop'; readonly sessionId: string }
  | { readonly name: 'workshop-debrief'; readonly sessionId: string }
  | { readonly name: 'workshop-combined'; readonly sessionIds: readonly string[] }
  // the beleidscheck of one session, or of several sessions of one region
  | { readonly name: 'workshop-policy'; readonly sessionIds: readonly string[] };

/**
 * A message to the player, with at most one thing to do about it. Its words are read when it is
 * drawn, so a notice shown before a change of language is drawn again in the new one; `key` names
 * the message (with what it depends on), so one message is shown once.
 */
export type Notice = { readonly key: string; text(): string; readonly action?: { label(): string; run(): void } };

export type UiState = {
  readonly screen: Screen;
  readonly paused: boolean;
  readonly notices: readonly Notice[];
  go(screen: Screen): void;
  setPaused(paused: boolean): void;
  /** Shows `notice`; one with its key shown already is replaced, in its place (its action may be for another case now). */
  notify(notice: Notice): void;
  /** Drops the notice with this key, if it is shown. */
  dismiss(key: string): void;
};

export function createUiStore() {
  return createStore<UiState>()((set) => ({
    screen: { name: 'title' },
    paused: false,
    notices: [],
    go: (screen) => set({ screen, paused: false }),
    setPaused: (paused) => set({ paused }),
    notify: (notice) => set(({ notices }) => ({ notices: notices.some((n) => n.key === notice.key) ? notices.map((n) => (n.key === notice.key ? notice : n)) : [...notices, notice] })),
    dismiss: (key) => set(({ notices }) => (notices.some((n) => n.key === key) ? { notices: notices.filter((n) => n.key !== key) } : {})),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
