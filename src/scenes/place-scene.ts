/**
 * The one scene of the drawn world: a backdrop for the place, up to three characters and, at the
 * phone, the latest messages (phone-view.ts). It only draws what the WorldSource says; it never
 * changes state. Drawings are baked into textures once (sharp, anti-aliased, cheap to fade) and
 * released when no longer shown; the chat on the phone is live text.
 */
import Phaser from 'phaser';
import type { PlaceId } from '../story/places.ts';
import { CHARACTER_BOX, drawCharacter } from './draw-character.ts';
import { drawPlace } from './draw-place.ts';
import { SceneKey, TextureKey } from './keys.ts';
import {
  characterLook,
  FADE_MS,
  FLOOR_Y,
  inkFor,
  paletteFor,
  slotsFor,
  visibleCast,
  WORLD_HEIGHT,
  WORLD_WIDTH,
} from './look.ts';
import type { Focus } from './look.ts';
import { Painter } from './paint.ts';
import { castBesidePhone } from './phone-layout.ts';
import { PhoneView } from './phone-view.ts';
import type { WorldSource, WorldState } from './world.ts';

const Depth = { backdrop: 0, phone: 2, spot: 5, cast: 10 } as const;

/** How each focus looks: lifted and a bit larger when speaking, greyed when listening. */
const POSE: { readonly [F in Focus]: { readonly lift: number; readonly scale: number; readonly lit: number } } = {
  speaker: { lift: 6, scale: 1.05, lit: 1 },
  neutral: { lift: 0, scale: 1, lit: 1 },
  listener: { lift: 0, scale: 0.98, lit: 0 },
};

type CharacterView = {
  readonly name: string;
  readonly root: Phaser.GameObjects.Container;
  /** Holds the two images; the only thing the idle breathing touches. */
  readonly body: Phaser.GameObjects.Container;
  lit: Phaser.GameObjects.Image;
  dim: Phaser.GameObjects.Image;
  highContrast: boolean;
};

type Backdrop = { readonly key: string; readonly image: Phaser.GameObjects.Image };

/** What a start of the scene is given: the state to draw from, new for every case screen. */
export type PlaceSceneData = { readonly source: WorldSource };

export class PlaceScene extends Phaser.Scene {
  /** Texture pixels per world unit (2 on high-density screens, so shapes stay sharp). */
  private readonly res: number;
  private source: WorldSource | null = null;

  private shown: WorldState | null = null;
  /** Backdrops, oldest first; the last is the current place, older ones wait under a fade. */
  private backdrops: Backdrop[] = [];
  private cast = new Map<string, CharacterView>();
  /** Characters fading out, kept so a shutdown mid-fade can still clean them up. */
  private leaving = new Set<CharacterView>();
  private spot: Phaser.GameObjects.Ellipse | null = null;
  /** The chat on the phone (messages), shown only at the phone. */
  private phone: PhoneView | null = null;
  private textureUse = new Map<string, number>();

  constructor(res: number) {
    super({ key: SceneKey.Place });
    this.res = res;
  }

  /** The game lives for the whole page; each start (one per case screen) begins from nothing. */
  init(data: PlaceSceneData): void {
    this.source = data.source;
    this.shown = null;
    this.backdrops = [];
    this.cast = new Map();
    this.leaving = new Set();
    this.spot = null;
    this.phone = null;
    this.textureUse = new Map();
  }

  create(): void {
    const cam = this.cameras.main;
    cam.setZoom(this.res);
    cam.centerOn(WORLD_WIDTH / 2, WORLD_HEIGHT / 2);

    this.phone = new PhoneView(this, this.res, Depth.phone);
    this.spot = this.add.ellipse(WORLD_WIDTH / 2, FLOOR_Y, 132, 24, 0xffffff, 1).setDepth(Depth.spot).setAlpha(0);

    const source = this.source;
    if (!source) throw new Error('PlaceScene started without a state source');
    const unsubscribe = source.subscribe((s) => this.show(s));
    let cleaned = false;
    const cleanup = (): void => {
      if (cleaned) return;
      cleaned = true;
      // The scene restarts for every case: a listener left on the other event would pile up.
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, cleanup);
      this.events.off(Phaser.Scenes.Events.DESTROY, cleanup);
      unsubscribe();
      this.source = null;
      this.tweens.killAll();
      this.phone?.destroy();
      this.phone = null;
      for (const view of [...this.cast.values(), ...this.leaving]) this.dropView(view);
      this.cast.clear();
      this.leaving.clear();
      this.retireBackdrops(0);
      for (const key of this.textureUse.keys()) if (this.textures.exists(key)) this.textures.remove(key);
      this.textureUse.clear();
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanup);
    this.events.once(Phaser.Scenes.Events.DESTROY, cleanup);

    this.show(source.get());
  }

  /** Bring the picture in line with the state. */
  private show(state: WorldState): void {
    const before = this.shown;
    this.shown = state;
    const instant = state.reducedMotion;

    const placeChanged = before === null || before.place !== state.place;
    if (placeChanged || before.highContrast !== state.highContrast) {
      // A change of look alone (high contrast) swaps at once; a new place fades.
      this.setBackdrop(state.place, state.highContrast, instant || !placeChanged);
    }

    const atPhone = state.place === 'telefoon';
    this.phone?.show({
      visible: atPhone,
      messages: atPhone ? state.messages : [],
      owner: state.phoneOwner,
      highContrast: state.highContrast,
      instant,
      withBackdrop: placeChanged,
    });

    // At the phone the people who write are in it, as messages; they are not drawn beside it.
    const cast =
      atPhone && state.messages.length > 0
        ? castBesidePhone(state.present, state.speaker, state.phoneOwner)
        : { present: state.present, speaker: state.speaker };
    const names = visibleCast(cast.present, cast.speaker);
    const slots = slotsFor(state.place, names.length);
    const speaker = cast.speaker?.trim() ?? '';
    const speaking = speaker !== '' && names.includes(speaker);

    for (const [name, view] of this.cast) {
      if (!names.includes(name)) {
        this.cast.delete(name);
        this.leave(view, instant);
      }
    }

    names.forEach((name, i) => {
      const x = slots[i] ?? WORLD_WIDTH / 2;
      const focus: Focus = !speaking ? 'neutral' : name === speaker ? 'speaker' : 'listener';
      let view = this.cast.get(name);
      const isNew = view === undefined;
      if (view === undefined) {
        view = this.makeView(name, x, state.highContrast);
        this.cast.set(name, view);
      } else if (view.highContrast !== state.highContrast) {
        this.rebake(view, state.highContrast);
      }
      this.pose(view, x, focus, isNew, instant);
    });

    this.placeSpot(speaking ? slots[names.indexOf(speaker)] : undefined, state, instant);
  }

  // -------------------------------------------------------------------------------------------
  // Backdrop

  private setBackdrop(place: PlaceId | null, highContrast: boolean, instant: boolean): void {
    const key = TextureKey.place(place, highContrast);
    this.acquire(key, WORLD_WIDTH, WORLD_HEIGHT, (p) => drawPlace(p, place), highContrast);
    const image = this.add
      .image(0, 0, key)
      .setOrigin(0, 0)
      .setScale(1 / this.res)
      .setDepth(Depth.backdrop);
    this.backdrops.push({ key, image });
    if (instant) {
      this.retireBackdrops(1);
      return;
    }
    // The new place fades in over the previous one, which goes once it is covered. Anything
    // older (a place left mid-fade) goes now.
    const previous = this.backdrops.at(-2);
    if (previous) {
      this.tweens.killTweensOf(previous.image);
      previous.image.setAlpha(1);
    }
    this.retireBackdrops(2);
    image.setAlpha(0);
    this.tweens.add({
      targets: image,
      alpha: 1,
      duration: FADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        if (this.backdrops.at(-1)?.image === image) this.retireBackdrops(1);
      },
    });
  }

  /** Destroy all backdrops but the newest `keep`. */
  private retireBackdrops(keep: number): void {
    while (this.backdrops.length > keep) {
      const old = this.backdrops.shift();
      if (!old) break;
      this.tweens.killTweensOf(old.image);
      old.image.destroy();
      this.release(old.key);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Characters

  private makeView(name: string, x: number, highContrast: boolean): CharacterView {
    const [litKey, dimKey] = this.bakeCharacter(name, highContrast);
    const originX = CHARACTER_BOX.feetX / CHARACTER_BOX.width;
    const originY = CHARACTER_BOX.feetY / CHARACTER_BOX.height;
    const dim = new Phaser.GameObjects.Image(this, 0, 0, dimKey).setOrigin(originX, originY).setScale(1 / this.res);
    const lit = new Phaser.GameObjects.Image(this, 0, 0, litKey).setOrigin(originX, originY).setScale(1 / this.res);
    const body = this.make.container({}, false);
    body.add([dim, lit]);
    const root = this.add.container(x, FLOOR_Y, [body]).setDepth(Depth.cast).setAlpha(0);
    return { name, root, body, lit, dim, highContrast };
  }

  private bakeCharacter(name: string, highContrast: boolean): [string, string] {
    const look = characterLook(name);
    const { width, height, feetX, feetY } = CHARACTER_BOX;
    const litKey = TextureKey.character(name, highContrast, false);
    const dimKey = TextureKey.character(name, highContrast, true);
    this.acquire(litKey, width, height, (p) => drawCharacter(p, look, feetX, feetY, false, highContrast), highContrast);
    this.acquire(dimKey, width, height, (p) => drawCharacter(p, look, feetX, feetY, true, highContrast), highContrast);
    return [litKey, dimKey];
  }

  private rebake(view: CharacterView, highContrast: boolean): void {
    const oldLit = view.lit.texture.key;
    const oldDim = view.dim.texture.key;
    const [litKey, dimKey] = this.bakeCharacter(view.name, highContrast);
    view.lit.setTexture(litKey);
    view.dim.setTexture(dimKey);
    view.highContrast = highContrast;
    this.release(oldLit);
    this.release(oldDim);
  }

  private pose(view: CharacterView, x: number, focus: Focus, isNew: boolean, instant: boolean): void {
    const pose = POSE[focus];
    const target = { x, y: FLOOR_Y - pose.lift, scale: pose.scale, alpha: 1 };
    this.tweens.killTweensOf([view.root, view.lit, view.body]);
    view.body.setScale(1);
    if (instant) {
      view.root.setPosition(target.x, target.y).setScale(target.scale).setAlpha(1);
      view.lit.setAlpha(pose.lit);
      return;
    }
    if (isNew) view.root.setScale(target.scale).setY(target.y);
    this.tweens.add({ targets: view.root, ...target, duration: FADE_MS, ease: 'Sine.easeInOut' });
    this.tweens.add({ targets: view.lit, alpha: pose.lit, duration: FADE_MS, ease: 'Sine.easeInOut' });
    if (focus === 'speaker') {
      // Idle: the speaker breathes, barely. Nothing moves with reduced motion.
      this.tweens.add({
        targets: view.body,
        scaleY: 1.012,
        duration: 2400,
        delay: FADE_MS,
        ease: 'Sine.easeInOut',
        yoyo: true,
        repeat: -1,
      });
    }
  }

  private leave(view: CharacterView, instant: boolean): void {
    this.tweens.killTweensOf([view.root, view.lit, view.body]);
    if (instant) {
      this.dropView(view);
      return;
    }
    this.leaving.add(view);
    this.tweens.add({
      targets: view.root,
      alpha: 0,
      duration: FADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        this.leaving.delete(view);
        this.dropView(view);
      },
    });
  }

  private dropView(view: CharacterView): void {
    const keys = [view.lit.texture.key, view.dim.texture.key];
    this.tweens.killTweensOf([view.root, view.lit, view.body]);
    view.root.destroy();
    for (const key of keys) this.release(key);
  }

  private placeSpot(x: number | undefined, state: WorldState, instant: boolean): void {
    const spot = this.spot;
    if (!spot) return;
    this.tweens.killTweensOf(spot);
    const palette = paletteFor(state.place);
    spot.setFillStyle(state.highContrast ? 0xffffff : palette.glow, 1);
    const alpha = x === undefined ? 0 : state.highContrast ? 0.55 : 0.35;
    if (x !== undefined && spot.alpha === 0) spot.setX(x);
    if (instant) {
      spot.setAlpha(alpha);
      if (x !== undefined) spot.setX(x);
      return;
    }
    this.tweens.add({ targets: spot, alpha, x: x ?? spot.x, duration: FADE_MS, ease: 'Sine.easeInOut' });
  }

  // -------------------------------------------------------------------------------------------
  // Textures: baked from Graphics, counted, removed when nothing shows them any more.

  private acquire(key: string, width: number, height: number, draw: (p: Painter) => void, highContrast: boolean): void {
    const uses = this.textureUse.get(key) ?? 0;
    this.textureUse.set(key, uses + 1);
    if (uses > 0 && this.textures.exists(key)) return;
    if (this.textures.exists(key)) this.textures.remove(key);
    const g = this.make.graphics({}, false);
    g.scaleCanvas(this.res, this.res);
    draw(new Painter(g, inkFor(highContrast)));
    g.generateTexture(key, Math.ceil(width * this.res), Math.ceil(height * this.res));
    g.destroy();
  }

  private release(key: string): void {
    const uses = (this.textureUse.get(key) ?? 0) - 1;
    if (uses > 0) {
      this.textureUse.set(key, uses);
      return;
    }
    this.textureUse.delete(key);
    if (this.textures.exists(key)) this.textures.remove(key);
  }
}
