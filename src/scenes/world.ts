/**
 * The drawn world above the text: the place and the characters in it, and at the phone the
 * latest messages. Decorative (the caller sets aria-hidden on the canvas): the messages on the
 * phone repeat text that the HTML layer shows, and everything to read is there. The caller
 * loads this module lazily, so Phaser never delays the first text, and creates the world once.
 */
import Phaser from 'phaser';
import { afterPaint } from '../ui/dom.ts';
import type { PlaceId } from '../story/places.ts';
import { viewWidthFor, WORLD_HEIGHT, WORLD_WIDTH } from './look.ts';
import { SceneKey } from './keys.ts';
import { PlaceScene, type PlaceSceneData } from './place-scene.ts';
import type { Crowd, Figure, PhoneScreen } from './stage.ts';

export type WorldState = {
  readonly place: PlaceId | null; // where we are; null = neutral backdrop
  readonly speaker: string | null; // display name of who is speaking now; null = narration
  readonly present: readonly string[]; // characters in the scene so far at this place (speaker included)
  readonly reducedMotion: boolean; // true: no tweens/fades/camera moves, switch instantly
  readonly highContrast: boolean; // true: stronger outlines, higher contrast palette
  /** At the phone: the latest messages on screen, oldest first (at most ~5). Empty elsewhere. */
  readonly messages: ReadonlyArray<{ readonly from: string; readonly text: string }>;
  /** Whose phone it is (messages from this name are the owner's own, drawn on the right). */
  readonly phoneOwner: string | null;
  /** Who is drawn, with age, family and face (see stage.ts); `present` holds the same names. */
  readonly figures: readonly Figure[];
  /** A class of pupils behind their desks. */
  readonly crowd: Crowd | null;
  /** The people sit at a meeting table. */
  readonly table: boolean;
  /** At the phone: a call, a video call or chat, and the contact's name. Null elsewhere. */
  readonly phone: PhoneScreen | null;
};
export type WorldSource = { get(): WorldState; subscribe(listener: (s: WorldState) => void): () => void };

/**
 * The drawn world for the life of the page: one Phaser game, so one WebGL context, however many
 * cases are played (a game per screen leaks contexts; Chromium drops the oldest after about 16).
 */
export type World = {
  /**
   * Moves the canvas into `parent` (which should have a size; the canvas keeps a 12:5 aspect and
   * fits inside it) and draws from `source` from now on, starting afresh.
   */
  show(parent: HTMLElement, source: WorldSource): void;
  /** Takes the canvas out of the page and stops drawing; the game waits for the next `show`. */
  hide(): void;
  /** Ends the game and its WebGL context for good. */
  destroy(): void;
};

export type WorldOptions = {
  /** Bytes the drawings kept for reuse may hold (bake-shelf.ts); SHELF_BUDGET when not given. */
  readonly shelfBudget?: number;
  /** How long the page may be out of sight before the shelf is emptied (OUT_OF_SIGHT_MS when not given). */
  readonly outOfSightMs?: number;
};

/**
 * A page out of sight this long gives back the drawings kept for reuse. A glance at another tab (a
 * document, a message) keeps them, so the case is not drawn again on return; a tab left behind does not.
 */
export const OUT_OF_SIGHT_MS = 60_000;

/** Creates the one game. Nothing is drawn until `show`. */
export function createWorld(options: WorldOptions = {}): World {
  // Bake at twice the size on dense screens so the flat shapes stay crisp when scaled up.
  const res = typeof window !== 'undefined' && window.devicePixelRatio >= 1.5 ? 2 : 1;
  // The canvas lives in this holder, which moves from screen to screen; Phaser sizes to it.
  const stage = document.createElement('div');
  stage.className = 'world-stage';
  let wanted: { parent: HTMLElement; source: WorldSource } | null = null;
  let running = false;
  let destroyed = false;

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: stage,
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    // Decorative only: no input, so the canvas never takes clicks, keys or touches from the page.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    disableContextMenu: false,
    scale: {
      // The holder starts out of the page, with no size: Phaser must not stretch html and body for it.
      expandParent: false,
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: WORLD_WIDTH * res,
      height: WORLD_HEIGHT * res,
    },
    render: { antialias: true },
    // The world moves slowly (fades, a speaker who barely breathes): 30 frames a second show that
    // as smoothly as 60, for half the drawing, which a phone's or laptop's battery notices.
    fps: { limit: 30 },
    // The loop starts right after postBoot: apply what was asked for meanwhile once it has.
    callbacks: { postBoot: () => queueMicrotask(() => {
      // a lost WebGL context, once restored, holds nothing until it is drawn again
      game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, () => redraw());
      running = true;
      apply();
    }) },
  });
  const place = new PlaceScene(res, options.shelfBudget, () => redrawSoon());
  game.scene.add(SceneKey.Place, place, false);

  const reveal = (): void => void stage.style.removeProperty('visibility');
  // A still picture is not drawn again: once nothing moves, the loop sleeps until the picture
  // changes (a new state, a new size). Drawing the same frame 30 times a second costs a laptop's
  // battery and, on a machine without a graphics chip, the page's main thread.
  const rest = (): void => {
    if (!destroyed && !place.moving()) game.loop.sleep();
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, rest);
  const redraw = (): void => {
    if (running && wanted && !destroyed) game.loop.wake();
  };
  // A new state is drawn after the page has painted its own change: the text a player reads first,
  // the picture (which fades anyway) a frame later, not in the same task as the click.
  let redrawing = false;
  const redrawSoon = (): void => {
    if (redrawing || game.loop.running) return; // a running loop draws it on its next step
    redrawing = true;
    afterPaint(() => {
      redrawing = false;
      redraw();
    });
  };
  // The canvas takes the aspect of its box: on a phone the stylesheet makes the box taller, and
  // the scene shows a narrower piece of the world, larger.
  // Phaser measures its parent again only every half second of drawing, which a sleeping loop does
  // not do: the box is measured here, and the canvas sized to it, at once.
  const fit = (): void => {
    const box = wanted?.parent;
    if (!box || destroyed) return;
    const width = viewWidthFor(box.clientWidth / box.clientHeight) * res;
    game.scale.getParentBounds();
    if (game.scale.gameSize.width !== width) game.scale.setGameSize(width, WORLD_HEIGHT * res);
    else game.scale.refresh();
  };
  const boxes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => {
    fit();
    redraw(); // a new size clears the canvas
  }) : null;
  // A page out of sight for a while gives back the drawings kept for reuse: a phone ends a background
  // tab that holds much memory, and drawing them again when next needed is only slower, never wrong.
  let leftAt: ReturnType<typeof setTimeout> | undefined;
  const outOfSight = (): void => {
    clearTimeout(leftAt);
    if (document.visibilityState !== 'hidden' || destroyed) return;
    leftAt = setTimeout(() => {
      if (document.visibilityState === 'hidden' && !destroyed) place.emptyShelf();
    }, options.outOfSightMs ?? OUT_OF_SIGHT_MS);
  };
  document.addEventListener('visibilitychange', outOfSight);
  // A page about to be frozen (a phone's background tab: its timers stop, and it may be ended
  // without another word) gives them back now: the minute would never run out.
  const frozen = (): void => {
    clearTimeout(leftAt);
    if (!destroyed) place.emptyShelf();
  };
  document.addEventListener('freeze', frozen);
  const apply = (): void => {
    if (!running || destroyed) return;
    const scenes = game.scene;
    boxes?.disconnect();
    if (!wanted) {
      // The scene lets go of the case (every listener and tween; its drawings are shelved); the loop sleeps.
      if (scenes.isActive(SceneKey.Place)) place.use(null);
      else if (scenes.isPaused(SceneKey.Place)) scenes.stop(SceneKey.Place);
      game.loop.sleep();
      stage.remove();
      return;
    }
    // Until the new state's first frame is drawn, the canvas still holds the previous picture.
    stage.style.visibility = 'hidden';
    game.events.off(Phaser.Core.Events.POST_RENDER, reveal);
    game.events.once(Phaser.Core.Events.POST_RENDER, reveal);
    if (stage.parentElement !== wanted.parent) wanted.parent.append(stage);
    boxes?.observe(wanted.parent);
    fit(); // (drawn below, once the scene has the new state: not an empty frame first)
    // The scene runs from the first case screen on; each later one gives it the new state source.
    if (scenes.isActive(SceneKey.Place)) place.use(wanted.source);
    else {
      const data: PlaceSceneData = { source: wanted.source };
      scenes.start(SceneKey.Place, data); // (a start still on its way starts again, with this source)
    }
    game.loop.wake();
  };

  return {
    show(parent, source) {
      wanted = { parent, source };
      apply();
    },
    hide() {
      wanted = null;
      apply();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      wanted = null;
      boxes?.disconnect();
      document.removeEventListener('visibilitychange', outOfSight);
      document.removeEventListener('freeze', frozen);
      clearTimeout(leftAt);
      stage.remove();
      // the game ends on its next step: a sleeping loop (no case on screen) must take one
      if (running) game.loop.wake();
      game.destroy(true);
    },
  };
}
