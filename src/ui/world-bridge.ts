/**
 * Feeds the Phaser world from the stores, and loads Phaser only after the text is on screen so
 * that the first text and choices never wait for it.
 */
import type { LogEntry } from '../play/types.ts';
import type { PlaceId } from '../story/places.ts';
import type { ProgressStore } from '../state/progress-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import type { WorldHandle, WorldSource, WorldState } from '../scenes/world.ts';
import { prefersReducedMotion } from './motion.ts';

/** How many recent messages the phone shows. */
const PHONE_MESSAGES = 5;

/**
 * Where we are, who is there, and at the phone the latest messages, derived from the log. When the
 * lines since the last decision showed messages on a phone, the phone stays in view even if the
 * story has moved on: those messages are what the decision is about.
 */
export function sceneOf(log: readonly LogEntry[]): Pick<WorldState, 'place' | 'speaker' | 'present' | 'messages'> {
  let place: PlaceId | null = null;
  let present: string[] = [];
  let speaker: string | null = null;
  let messages: Array<{ from: string; text: string }> = [];
  let phone: { present: string[]; messages: Array<{ from: string; text: string }> } | null = null;
  for (const e of log) {
    if (e.kind !== 'line') {
      phone = null;
      continue;
    }
    if (e.line.place && e.line.place !== place) {
      place = e.line.place;
      present = [];
      messages = [];
    }
    speaker = e.line.text ? e.line.speaker : speaker;
    if (e.line.speaker && !present.includes(e.line.speaker)) present = [...present, e.line.speaker].slice(-3);
    if (place === 'telefoon' && e.line.speaker && e.line.text) {
      messages = [...messages, { from: e.line.speaker, text: e.line.text }].slice(-PHONE_MESSAGES);
      phone = { present, messages };
    }
  }
  if (phone && place !== 'telefoon') return { place: 'telefoon', speaker: null, present: phone.present, messages: phone.messages };
  return { place, speaker, present, messages };
}

export function worldSource(progress: ProgressStore, settings: SettingsStore, phoneOwner: string | null): WorldSource {
  let cached: WorldState | null = null;
  const compute = (): WorldState => {
    const s = settings.getState();
    const next: WorldState = {
      ...sceneOf(progress.getState().active?.log ?? []),
      phoneOwner,
      reducedMotion: s.motion === 'reduced' || prefersReducedMotion(),
      highContrast: s.highContrast,
    };
    if (cached && JSON.stringify(cached) === JSON.stringify(next)) return cached;
    cached = next;
    return next;
  };
  return {
    get: compute,
    subscribe(listener) {
      let last = compute();
      const check = () => {
        const next = compute();
        if (next !== last) {
          last = next;
          listener(next);
        }
      };
      const offs = [progress.subscribe(check), settings.subscribe(check)];
      return () => offs.forEach((off) => off());
    },
  };
}

/** Mounts the world into `parent` when the browser is idle; returns a function that removes it. */
export function mountWorldLater(parent: HTMLElement, source: WorldSource): () => void {
  let handle: WorldHandle | null = null;
  let cancelled = false;
  const load = () => {
    import('../scenes/world.ts')
      .then((m) => {
        if (!cancelled) handle = m.mountWorld(parent, source);
      })
      .catch((e: unknown) => console.warn('The illustration could not be loaded; the game works without it.', e));
  };
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(load, { timeout: 1500 });
  else setTimeout(load, 200);
  return () => {
    cancelled = true;
    handle?.destroy();
  };
}
