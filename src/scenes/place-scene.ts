/**
 * The one scene of the drawn world: a backdrop for the place, up to three characters and, at the
 * phone, the latest messages (phone-view.ts). It only draws what the WorldSource says; it never
 * changes state. Drawings are baked into textures once (sharp, anti-aliased, cheap to fade); one no
 * longer shown is kept a while, within a budget (bake-shelf.ts); the chat on the phone is live text.
 */
import Phaser from 'phaser';
import type { PlaceId } from '../story/places.ts';
import { CHARACTER_BOX, drawCharacter } from './draw-character.ts';
import { CLASS_SCALE, CLASS_SEATS, classPupils, drawDesks, drawTable, TABLE } from './draw-group.ts';
import { drawPlace } from './draw-place.ts';
import { SceneKey, TextureKey } from './keys.ts';
import {
  figureLook,
  FADE_MS,
  FIGURE_SCALE,
  FLOOR_Y,
  inkFor,
  paletteFor,
  slotsFor,
  viewCentre,
  WORLD_HEIGHT,
  WORLD_WIDTH,
} from './look.ts';
import type { Focus } from './look.ts';
import { createBakeShelf, SHELF_BUDGET, type BakeShelf } from './bake-shelf.ts';
import { Painter } from './paint.ts';
import { PhoneView } from './phone-view.ts';
import type { Figure } from './stage.ts';
import type { WorldSource, WorldState } from './world.ts';

/**
 * Lets go of the canvases Phaser keeps for reuse that no text uses now. Each keeps the shaped text
 * it ever measured (the browser's per-canvas text cache, never purged for a canvas that is not on
 * screen), so a pooled canvas grew with every case's messages; the next case's texts take new ones.
 */
function releasePooledCanvases(): void {
  const pool = (Phaser.Display.Canvas.CanvasPool as unknown as { pool?: Array<{ parent: unknown }> }).pool;
  if (!pool) return;
  for (let i = pool.length - 1; i >= 0; i--) if (!pool[i]!.parent) pool.splice(i, 1);
}

/**
 * A baked drawing is held twice: its canvas (kept to upload again if the WebGL context is lost) and
 * the GPU's copy, four bytes a pixel each.
 */
const heldBytes = (w: number, h: number): number => w * h * 4 * 2;

/**
 * Phaser keeps a third copy of a canvas texture's pixels, read back after drawing, for reading single
 * pixels: nothing here does, so it goes. (Drawing on the canvas again would read it back anew.)
 */
function forgetPixelCopy(texture: Phaser.Textures.Texture): void {
  if (!(texture instanceof Phaser.Textures.CanvasTexture)) return;
  const t = texture as unknown as { imageData: unknown; data: unknown; pixels: unknown; buffer: unknown };
  t.imageData = t.data = t.pixels = t.buffer = null;
}

/** How many times a speaker breathes in and out before standing still. */
const BREATHS = 2;
const Depth = { backdrop: 0, phone: 2, crowd: 3, desks: 4, spot: 5, cast: 10, table: 11 } as const;

/** How each focus looks: lifted and a bit larger when speaking, greyed when listening. */
const POSE: { readonly [F in Focus]: { readonly lift: number; readonly scale: number; readonly lit: number } } = {
  speaker: { lift: 6, scale: 1.05, lit: 1 },
  neutral: { lift: 0, scale: 1, lit: 1 },
  listener: { lift: 0, scale: 0.98, lit: 0 },
};

type CharacterView = {
  readonly name: string;
  /** The figure as baked (age, family, face): a change bakes it again. */
  figure: Figure;
  readonly root: Phaser.GameObjects.Container;
  /** Holds the two images; the only thing the idle breathing touches. */
  readonly body: Phaser.GameObjects.Container;
  lit: Phaser.GameObjects.Image;
  dim: Phaser.GameObjects.Image;
  highContrast: boolean;
};

type Backdrop = { readonly key: string; readonly image: Phaser.GameObjects.Image };

/** What the start of the scene is given: the state to draw from (later case screens: `use`). */
export type PlaceSceneData = { readonly source: WorldSource };

export class PlaceScene extends Phaser.Scene {
  /** Texture pixels per world unit (2 on high-density screens, so shapes stay sharp). */
  private readonly res: number;
  private source: WorldSource | null = null;
  private unsubscribe: (() => void) | null = null;

  private shown: WorldState | null = null;
  /** Backdrops, oldest first; the last is the current place, older ones wait under a fade. */
  private backdrops: Backdrop[] = [];
  private cast = new Map<string, CharacterView>();
  /** Characters fading out, kept so a shutdown mid-fade can still clean them up. */
  private leaving = new Set<CharacterView>();
  private spot: Phaser.GameObjects.Ellipse | null = null;
  /** The chat on the phone (messages), shown only at the phone. */
  private phone: PhoneView | null = null;
  /** The baked drawings in use, and those kept for when they are shown again. */
  private readonly bakes: BakeShelf;
  /** A class behind desks, or a meeting table: drawn while the stage asks for them. */
  private group: { readonly key: string; readonly objects: Phaser.GameObjects.GameObject[]; readonly textures: string[] } | null = null;
  /** What a narrow view (a phone) is centred on: x positions; empty: the middle of the world. */
  private framed: readonly number[] = [];

  /** Asks for the picture to be drawn again (the world's loop sleeps while nothing moves). */
  private readonly changed: () => void;

  constructor(res: number, shelfBudget = SHELF_BUDGET, changed: () => void = () => {}) {
    super({ key: SceneKey.Place });
    this.res = res;
    this.changed = changed;
    this.bakes = createBakeShelf(shelfBudget, (key) => {
      if (this.textures.exists(key)) this.textures.remove(key);
    });
  }

  /**
   * The game and this scene live for the whole page: the scene starts once, and each later case
   * screen gives it a new state source (`use`), which begins from nothing. Starting the scene
   * anew for each case ran Phaser's start and shutdown of every scene system each time.
   */
  init(data: PlaceSceneData): void {
    this.source = data.source;
    this.shown = null;
    this.backdrops = [];
    this.cast = new Map();
    this.leaving = new Set();
    this.spot = null;
    this.phone = null;
    this.group = null;
    this.framed = [];
  }

  /** Draws from `source` from now on, from nothing; null: draws nothing and keeps nothing of the case before. */
  use(source: WorldSource | null): void {
    this.clear();
    this.phone = new PhoneView(this, this.res, Depth.phone);
    this.source = source;
    if (!source) return;
    this.unsubscribe = source.subscribe((s) => {
      this.show(s);
      this.changed();
    });
    this.show(source.get());
    this.changed();
  }

  /** Whether anything on the picture is still on its way (a fade, a move, a breath). */
  moving(): boolean {
    return this.sys.isActive() && this.tweens.getTweens().length > 0;
  }

  /** Drops the drawings on the shelf; those on screen stay. */
  emptyShelf(): void {
    this.bakes.empty();
  }

  /** Lets go of everything of the case shown: its listener, tweens and objects; its drawings go on the shelf. */
  private clear(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.source = null;
    this.tweens.killAll();
    this.phone?.destroy();
    this.phone = null;
    for (const view of [...this.cast.values(), ...this.leaving]) this.dropView(view);
    this.cast.clear();
    this.leaving.clear();
    this.retireBackdrops(0);
    this.setGroup(null, false);
    this.bakes.giveAll();
    releasePooledCanvases();
    this.spot?.setAlpha(0);
    this.shown = null;
    this.framed = [];
  }

  create(): void {
    this.cameras.main.setZoom(this.res);
    this.frame();
    // the world fits the canvas to its box (world.ts): a narrower view on a phone
    const reframe = (): void => this.frame();
    this.scale.on(Phaser.Scale.Events.RESIZE, reframe);

    this.spot = this.add.ellipse(WORLD_WIDTH / 2, FLOOR_Y, 132 * FIGURE_SCALE, 24 * FIGURE_SCALE, 0xffffff, 1).setDepth(Depth.spot).setAlpha(0);

    const source = this.source;
    if (!source) throw new Error('PlaceScene started without a state source');
    let cleaned = false;
    const cleanup = (): void => {
      if (cleaned) return;
      cleaned = true;
      // a listener left on the other event would pile up if the scene were started again
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, cleanup);
      this.events.off(Phaser.Scenes.Events.DESTROY, cleanup);
      this.scale.off(Phaser.Scale.Events.RESIZE, reframe);
      this.clear();
      this.bakes.clear(); // no drawing outlives the scene's run
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanup);
    this.events.once(Phaser.Scenes.Events.DESTROY, cleanup);

    this.use(source);
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

    // the stage gives a phone screen exactly when it is at the phone
    const atPhone = state.phone !== null;
    this.phone?.show({
      visible: atPhone,
      screen: state.phone,
      messages: atPhone ? state.messages : [],
      owner: state.phoneOwner,
      highContrast: state.highContrast,
      instant,
      withBackdrop: placeChanged,
    });

    this.setGroup(state, instant);

    // Who is drawn, and how, is decided in stage.ts; here it is only placed.
    const figures = state.figures;
    const names = figures.map((f) => f.name);
    const slots = slotsFor(state.place, names.length, state.table);
    const speaker = state.speaker?.trim() ?? '';
    const speaking = speaker !== '' && names.includes(speaker);
    const floor = FLOOR_Y + (state.table ? TABLE.seatDrop : 0);

    for (const [name, view] of this.cast) {
      if (!names.includes(name)) {
        this.cast.delete(name);
        this.leave(view, instant);
      }
    }

    figures.forEach((figure, i) => {
      const name = figure.name;
      const x = slots[i] ?? WORLD_WIDTH / 2;
      const focus: Focus = !speaking ? 'neutral' : name === speaker ? 'speaker' : 'listener';
      let view = this.cast.get(name);
      const isNew = view === undefined;
      if (view === undefined) {
        view = this.makeView(figure, x, floor, state.highContrast);
        this.cast.set(name, view);
      } else if (view.highContrast !== state.highContrast || JSON.stringify(view.figure) !== JSON.stringify(figure)) {
        this.rebake(view, figure, state.highContrast);
      }
      this.pose(view, x, floor, focus, isNew, instant);
    });

    this.placeSpot(speaking && !state.table ? slots[names.indexOf(speaker)] : undefined, state, instant);
    // a narrow view is centred on the people; at the phone on the phone
    this.framed = state.phone !== null || slots.length === 0 ? [] : slots;
    this.frame();
  }

  /** The camera on the world: all of it, or on a phone the piece around `framed` (look.ts). */
  private frame(): void {
    const cam = this.cameras.main;
    const { width, height } = this.scale.gameSize;
    cam.setSize(width, height);
    cam.centerOn(viewCentre(width / this.res, this.framed), WORLD_HEIGHT / 2);
  }

  // -------------------------------------------------------------------------------------------
  // Groups: a class behind its desks, a meeting table in front of the people at it.

  private setGroup(state: WorldState | null, instant: boolean): void {
    const kind = state?.crowd ? `klas/${state.crowd.age}` : state?.table ? 'tafel' : null;
    const key = kind === null || state === null ? null : TextureKey.group(kind, state.place, state.highContrast);
    if (this.group?.key === key) return;
    if (this.group) {
      for (const o of this.group.objects) {
        this.tweens.killTweensOf(o);
        o.destroy();
      }
      for (const t of this.group.textures) this.release(t);
      this.group = null;
    }
    if (key === null || state === null) return;
    const hc = state.highContrast;
    const palette = paletteFor(state.place);
    const objects: Phaser.GameObjects.GameObject[] = [];
    const textures: string[] = [];
    if (state.crowd) {
      const { width, height, feetX, feetY } = CHARACTER_BOX;
      classPupils(state.crowd.age).forEach((pupil, i) => {
        const seat = CLASS_SEATS[i];
        if (!seat) return;
        const tex = TextureKey.figure(pupil, hc, true);
        this.acquire(tex, width, height, (p) => drawCharacter(p, figureLook(pupil), feetX, feetY, true, hc, pupil.expression), hc);
        textures.push(tex);
        objects.push(
          this.add
            .image(seat.x, seat.y, tex)
            .setOrigin(feetX / width, feetY / height)
            .setScale(CLASS_SCALE / this.res)
            .setDepth(Depth.crowd),
        );
      });
      const desks = TextureKey.group('klas', state.place, hc);
      this.acquire(desks, WORLD_WIDTH, WORLD_HEIGHT, (p) => drawDesks(p, palette), hc);
      textures.push(desks);
      objects.push(this.add.image(0, 0, desks).setOrigin(0, 0).setScale(1 / this.res).setDepth(Depth.desks));
    } else {
      const table = TextureKey.group('tafel', state.place, hc);
      this.acquire(table, WORLD_WIDTH, WORLD_HEIGHT, (p) => drawTable(p, palette), hc);
      textures.push(table);
      objects.push(this.add.image(0, 0, table).setOrigin(0, 0).setScale(1 / this.res).setDepth(Depth.table));
    }
    if (!instant) {
      for (const o of objects) {
        const img = o as Phaser.GameObjects.Image;
        img.setAlpha(0);
        this.tweens.add({ targets: img, alpha: 1, duration: FADE_MS, ease: 'Sine.easeInOut' });
      }
    }
    this.group = { key, objects, textures };
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

  private makeView(figure: Figure, x: number, floor: number, highContrast: boolean): CharacterView {
    const [litKey, dimKey] = this.bakeCharacter(figure, highContrast);
    const originX = CHARACTER_BOX.feetX / CHARACTER_BOX.width;
    const originY = CHARACTER_BOX.feetY / CHARACTER_BOX.height;
    const dim = new Phaser.GameObjects.Image(this, 0, 0, dimKey).setOrigin(originX, originY).setScale(1 / this.res);
    const lit = new Phaser.GameObjects.Image(this, 0, 0, litKey).setOrigin(originX, originY).setScale(1 / this.res);
    const body = this.make.container({}, false);
    body.add([dim, lit]);
    const root = this.add.container(x, floor, [body]).setDepth(Depth.cast).setAlpha(0);
    return { name: figure.name, figure, root, body, lit, dim, highContrast };
  }

  private bakeCharacter(figure: Figure, highContrast: boolean): [string, string] {
    const look = figureLook(figure);
    const { width, height, feetX, feetY } = CHARACTER_BOX;
    const litKey = TextureKey.figure(figure, highContrast, false);
    const dimKey = TextureKey.figure(figure, highContrast, true);
    const face = figure.expression;
    this.acquire(litKey, width, height, (p) => drawCharacter(p, look, feetX, feetY, false, highContrast, face), highContrast);
    this.acquire(dimKey, width, height, (p) => drawCharacter(p, look, feetX, feetY, true, highContrast, face), highContrast);
    return [litKey, dimKey];
  }

  private rebake(view: CharacterView, figure: Figure, highContrast: boolean): void {
    const oldLit = view.lit.texture.key;
    const oldDim = view.dim.texture.key;
    const [litKey, dimKey] = this.bakeCharacter(figure, highContrast);
    view.lit.setTexture(litKey);
    view.dim.setTexture(dimKey);
    view.highContrast = highContrast;
    view.figure = figure;
    this.release(oldLit);
    this.release(oldDim);
  }

  private pose(view: CharacterView, x: number, floor: number, focus: Focus, isNew: boolean, instant: boolean): void {
    const pose = POSE[focus];
    const target = { x, y: floor - pose.lift, scale: pose.scale * FIGURE_SCALE, alpha: 1 };
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
      // Idle: the speaker breathes, barely, a few times; then the picture is still (and not drawn
      // again until it changes). Nothing moves with reduced motion.
      this.tweens.add({
        targets: view.body,
        scaleY: 1.012,
        duration: 2400,
        delay: FADE_MS,
        ease: 'Sine.easeInOut',
        yoyo: true,
        repeat: BREATHS - 1,
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
  // Textures: baked from Graphics, counted, shelved when nothing shows them any more.

  private acquire(key: string, width: number, height: number, draw: (p: Painter) => void, highContrast: boolean): void {
    const [w, h] = [Math.ceil(width * this.res), Math.ceil(height * this.res)];
    if (this.bakes.take(key, heldBytes(w, h)) && this.textures.exists(key)) return;
    if (this.textures.exists(key)) this.textures.remove(key);
    const g = this.make.graphics({}, false);
    g.scaleCanvas(this.res, this.res);
    draw(new Painter(g, inkFor(highContrast)));
    g.generateTexture(key, w, h);
    forgetPixelCopy(this.textures.get(key));
    // Phaser's shared texture camera lists every Graphics it drew and never clears that list (only a
    // scene camera does, each frame): without this each baked drawing stayed in memory for good.
    Phaser.GameObjects.Graphics.TargetCamera.renderList.length = 0;
    g.destroy();
  }

  private release(key: string): void {
    this.bakes.give(key);
  }
}
