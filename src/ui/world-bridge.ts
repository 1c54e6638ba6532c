/**
 * Feeds the Phaser world from the stores, and loads Phaser only after the text is on screen so
 * that the first text and choices never wait for it. One world serves every screen of the page.
 */
import type { ActiveCase, LogEntry } from '../play/types.ts';
import { passagesOf, shownCount } from '../play/passages.ts';
import type { Person } from '../story/cast.ts';
import { stageOf } from '../scenes/stage.ts';
import type { ProgressStore } from '../state/progress-store.ts';
import type { SettingsStore } from '../state/settings-store.ts';
import type { World, WorldSource, WorldState } from '../scenes/world.ts';
import { prefersReducedMotion } from './motion.ts';

/**
 * What the world draws after these log entries (see stageOf): the place, who is there and how
 * they look, and at the phone a call, a video call or the latest messages.
 */
export function sceneOf(
  log: readonly LogEntry[],
  cast: readonly Person[] = [],
  child: string | null = null,
): Omit<WorldState, 'reducedMotion' | 'highContrast'> {
  const stage = stageOf(log, cast, child);
  return { ...stage, present: stage.figures.map((f) => f.name) };
}

/** The part of the log on screen: the picture does not run ahead of the passage being read. */
function shownLog(play: ActiveCase | undefined, all: boolean): readonly LogEntry[] {
  if (!play) return [];
  return play.log.slice(0, shownCount(passagesOf(play.log, play.decisions), play, all));
}

/** The world's state for one case: `child` is the case's child, `cast` the people of its header. */
export function worldSource(progress: ProgressStore, settings: SettingsStore, caseId: string, child: string | null, cast: readonly Person[] = []): WorldSource {
  let cached: WorldState | null = null;
  const compute = (): WorldState => {
    const s = settings.getState();
    const next: WorldState = {
      ...sceneOf(shownLog(progress.getState().plays[caseId], s.pacing === 'all'), cast, child),
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

/** Gives out the one drawn world, screen by screen. */
export type WorldHost = {
  /**
   * Shows the world in `parent`, drawn from `source`, once the browser is idle (so the text never
   * waits for Phaser). Returns a function that gives the canvas back; a newer `show` takes it anyway.
   */
  show(parent: HTMLElement, source: WorldSource): () => void;
};

type WorldModule = { createWorld(): World };

/** Loads and creates the world on the first `show`, and only then; later screens reuse it. */
export function createWorldHost(load: () => Promise<WorldModule> = () => import('../scenes/world.ts')): WorldHost {
  let world: Promise<World> | null = null;
  /** The screen that holds the canvas now (or is about to). */
  let holder: object | null = null;
  return {
    show(parent, source) {
      const me = {};
      holder = me;
      const cancel = whenIdle(() => {
        if (holder !== me) return;
        const loading = (world ??= load().then((m) => m.createWorld()));
        loading.then(
          (w) => {
            if (holder === me) w.show(parent, source);
          },
          (e: unknown) => {
            if (world === loading) world = null; // try again on the next screen
            console.warn('The illustration could not be loaded; the game works without it.', e);
          },
        );
      });
      return () => {
        if (holder !== me) return;
        holder = null;
        cancel();
        // Hide only if no other screen has asked for the world by the time this runs.
        void world?.then((w) => {
          if (holder === null) w.hide();
        }, () => undefined);
      };
    },
  };
}

function whenIdle(fn: () => void): () => void {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
  if (g.requestIdleCallback && g.cancelIdleCallback) {
    const id = g.requestIdleCallback(fn, { timeout: 1500 });
    return () => g.cancelIdleCallback?.(id);
  }
  const id = setTimeout(fn, 200);
  return () => clearTimeout(id);
}

/**
 * The page's one world: a WebGL context is a page-wide resource, so there is one host per page,
 * and its game is created on the first case screen and kept until the page goes.
 */
export const pageWorld: WorldHost = createWorldHost();
