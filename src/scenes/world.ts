/**
 * The drawn world above the text: the place and the characters in it, and at the phone the
 * latest messages. Decorative (the caller sets aria-hidden on the canvas): the messages on the
 * phone repeat text that the HTML layer shows, and everything to read is there. The caller
 * loads this module lazily, so Phaser never delays the first text.
 */
import Phaser from 'phaser';
import type { PlaceId } from '../story/places.ts';
import { WORLD_HEIGHT, WORLD_WIDTH } from './look.ts';
import { PlaceScene } from './place-scene.ts';

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
};
export type WorldSource = { get(): WorldState; subscribe(listener: (s: WorldState) => void): () => void };
export type WorldHandle = { destroy(): void };

/**
 * Start the world inside `parent` (which should have a size; the canvas keeps a 12:5 aspect and
 * fits inside it). It follows `source` until `destroy()` is called.
 */
export function mountWorld(parent: HTMLElement, source: WorldSource): WorldHandle {
  // Bake at twice the size on dense screens so the flat shapes stay crisp when scaled up.
  const res = typeof window !== 'undefined' && window.devicePixelRatio >= 1.5 ? 2 : 1;
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    // Decorative only: no input, so the canvas never takes clicks, keys or touches from the page.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    disableContextMenu: false,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: WORLD_WIDTH * res,
      height: WORLD_HEIGHT * res,
    },
    render: { antialias: true },
    scene: [new PlaceScene(source, res)],
  });
  let destroyed = false;
  return {
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      game.destroy(true);
    },
  };
}
