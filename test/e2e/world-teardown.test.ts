/**
 * A case lets go of everything it drew. The real world (one Phaser game, one scene for the page) is
 * driven by hand through a class, a meeting at a table, a chat and a video call, with motion on, and
 * hidden again, three times, once in the middle of a fade. Each time, what the scene holds is read
 * from inside it: no tween, no listener on the case's state, no drawing in use, only the shelf of
 * drawings kept for later (within its budget), and the scene's, scale's and game's event listeners
 * the same as after the first case: nothing piles up. The case shown again is not drawn again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'vite';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.ts';
import type { WorldState } from '../../src/scenes/world.ts';
import type { Figure } from '../../src/scenes/stage.ts';
import { SHELF_BUDGET } from '../../src/scenes/bake-shelf.ts';

const { freshPage } = useBrowser({ viewport: { width: 1280, height: 800 } });

const mother: Figure = { name: 'Moeder', age: 44, family: 'a', expression: 'bezorgd' };
const child: Figure = { name: 'Sem', age: 14, family: 'a', expression: 'gesloten' };
const mentor: Figure = { name: 'Mentor', age: 38, family: null, expression: 'neutraal' };
const base: WorldState = {
  place: null, speaker: null, present: [], reducedMotion: false, highContrast: false,
  messages: [], phoneOwner: null, figures: [], crowd: null, table: false, phone: null,
};
const at = (s: Partial<WorldState>): WorldState => ({ ...base, ...s, present: (s.figures ?? []).map((f) => f.name) });
/** A case in pictures: each kind of thing the scene draws, and a speaker who breathes (a tween that repeats). */
const STATES: WorldState[] = [
  at({ place: 'klaslokaal', figures: [mentor], crowd: { kind: 'klas', age: 14 }, speaker: 'Mentor' }),
  at({ place: 'spreekkamer', figures: [mother, mentor, child], table: true, speaker: 'Moeder' }),
  at({ place: 'telefoon', phone: { mode: 'chat', contact: 'Sem', face: null }, phoneOwner: 'Mentor', messages: [{ from: 'Sem', text: 'Ben je er?' }, { from: 'Mentor', text: 'Ja, ik ben er.' }] }),
  at({ place: 'telefoon', phone: { mode: 'video', contact: 'Moeder', face: mother }, speaker: 'Moeder' }),
  at({ place: 'gang', figures: [child, mentor], speaker: 'Sem', highContrast: true }),
];

/** Room for the last scene's drawings (a place of 960 x 400 pixels and two people, each held twice), not for the case's. */
const SMALL_SHELF = 5 * 1024 * 1024;
/** How long the harness's page may be out of sight before its shelf is emptied (the game waits a minute). */
const AWAY_MS = 800;

type Inside = {
  baked: number; inUse: string[]; shelved: string[]; shelvedBytes: number;
  tweens: number; textures: string[]; objects: number;
  sceneEvents: Record<string, number>; scaleEvents: Record<string, number>; gameEvents: Record<string, number>;
};
type Harness = {
  show(s: WorldState[]): void; next(): boolean; hide(): void; destroy(): void;
  listening(): number[]; inside(): Inside | null; leftInUse(): string[]; gameGone(): boolean;
  loop(): { frame: number; running: boolean } | null;
};
const call = <T>(page: Page, fn: (h: Harness, arg: unknown) => T, arg?: unknown): Promise<T> =>
  page.evaluate(([f, a]) => new Function('h', 'a', `return (${f})(h, a)`)((window as unknown as { harness: Harness }).harness, a), [fn.toString(), arg] as const) as Promise<T>;

/** Shows every state in turn, each given `ms` to fade in. */
async function playThrough(page: Page, ms: number): Promise<void> {
  await call(page, (h, s) => h.show(s as WorldState[]), STATES);
  await page.waitForFunction(() => (window as unknown as { harness: Harness }).harness.inside() !== null, null, { timeout: 60_000 });
  for (;;) {
    await page.waitForTimeout(ms);
    if (!(await call(page, (h) => h.next()))) break;
  }
}

describe('the drawn world lets go of a case', () => {
  let server: Awaited<ReturnType<typeof createServer>>;
  beforeAll(async () => {
    server = await createServer({ logLevel: 'warn', server: { host: '127.0.0.1', port: 0 }, appType: 'mpa' });
    await server.listen();
  });
  afterAll(async () => {
    await server?.close();
  });
  /** The world page, on the dev server (which transforms on first request: slow on a busy machine). */
  const harnessPage = async (query = '') => {
    const address = server.httpServer!.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const opened = await freshPage();
    await opened.page.goto(`http://127.0.0.1:${address.port}/test/e2e/fixtures/world.html${query}`, { timeout: 120_000 });
    await opened.page.waitForFunction(() => 'harness' in window, null, { timeout: 60_000 });
    return opened;
  };

  it('no tween, listener or drawing in use is left after a case, none piles up over three, and a case shown again is not drawn again', async () => {
    {
      const { page, errors } = await harnessPage();

      let afterFirst: Inside | null = null;
      let bakedBefore = 0;
      for (const round of [1, 2, 3]) {
        // in round 2 the case ends in the middle of a fade
        await playThrough(page, round === 2 ? 40 : 450);
        const during = (await call(page, (h) => h.inside()))!;
        expect(during.tweens, 'the speaker breathes: a tween runs while the case is shown').toBeGreaterThan(0);
        expect(during.inUse.length, 'the case is drawn from baked textures').toBeGreaterThan(0);
        // the first showing bakes its drawings; the same case again takes them all from the shelf
        if (round === 1) expect(during.baked).toBeGreaterThan(0);
        else expect(during.baked - bakedBefore, `round ${round}: drawings baked again`).toBe(0);
        bakedBefore = during.baked;
        expect(await call(page, (h) => h.listening()), 'the scene listens to this case only').toEqual([...Array(round - 1).fill(0), 1]);

        await call(page, (h) => h.hide());
        const after = (await call(page, (h) => h.inside()))!;
        expect(after.tweens, `round ${round}: tweens left`).toBe(0);
        // every drawing the case took was given back before the rest went on the shelf
        expect(await call(page, (h) => h.leftInUse()), `round ${round}: drawings never given back`).toEqual([]);
        expect(after.shelvedBytes).toBeLessThanOrEqual(SHELF_BUDGET);
        // every texture left is on the shelf, which can let go of it: none is lost track of
        expect([...after.textures].sort(), `round ${round}: textures left`).toEqual([...after.shelved].sort());
        expect(await call(page, (h) => h.listening()), `round ${round}: listeners on a case's state`).toEqual(Array(round).fill(0));
        if (afterFirst === null) afterFirst = after;
        else {
          expect(after.objects, `round ${round}: objects in the scene`).toBe(afterFirst.objects);
          expect(after.sceneEvents, `round ${round}: scene listeners`).toEqual(afterFirst.sceneEvents);
          expect(after.scaleEvents, `round ${round}: scale listeners`).toEqual(afterFirst.scaleEvents);
          expect(after.gameEvents, `round ${round}: game listeners`).toEqual(afterFirst.gameEvents);
        }
      }

      // a case on screen when the world ends: its listener goes with the scene
      await call(page, (h, s) => h.show(s as WorldState[]), STATES);
      await page.waitForTimeout(300);
      expect((await call(page, (h) => h.listening())).at(-1)).toBe(1);
      await call(page, (h) => h.destroy());
      // (the game ends on its next step)
      await page.waitForFunction(() => (window as unknown as { harness: Harness }).harness.gameGone(), null, { timeout: 10_000 });
      expect(await call(page, (h) => h.listening())).toEqual([0, 0, 0, 0]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 300_000);

  it('a full shelf lets go of the drawings left longest ago, which are drawn again when needed; a page out of sight for a while empties it, a glance away does not; a hidden world ends too', async () => {
    const { page, errors } = await harnessPage(`?shelf=${SMALL_SHELF}&away=${AWAY_MS}`);
    // each scene settled (its fade over): at the end only the last one's drawings are in use
    await playThrough(page, 450);
    const during = (await call(page, (h) => h.inside()))!;
    await call(page, (h) => h.hide());
    const after = (await call(page, (h) => h.inside()))!;
    expect(after.shelvedBytes).toBeLessThanOrEqual(SMALL_SHELF);
    expect(after.shelved.length, 'drawings dropped from the shelf').toBeLessThan(during.baked);
    // a drawing dropped from the shelf is gone from the game too
    expect([...after.textures].sort()).toEqual([...after.shelved].sort());
    expect(await call(page, (h) => h.leftInUse())).toEqual([]);

    // the last scene again comes from the shelf; the first, dropped from it, is drawn anew
    const bakesFor = async (state: WorldState) => {
      const before = (await call(page, (h) => h.inside()))!.baked;
      await call(page, (h, s) => h.show([s as WorldState]), state);
      await page.waitForTimeout(200);
      const baked = (await call(page, (h) => h.inside()))!.baked - before;
      await call(page, (h) => h.hide());
      return baked;
    };
    expect(await bakesFor(STATES.at(-1)!), 'the last scene, kept').toBe(0);
    expect(await bakesFor(STATES[0]!), 'the first scene, dropped').toBeGreaterThan(0);

    // a glance at another tab, shorter than AWAY_MS: the shelf stays
    const sight = (state: 'hidden' | 'visible') => page.evaluate((v) => {
      Object.defineProperty(document, 'visibilityState', { value: v, configurable: true });
      Object.defineProperty(document, 'hidden', { value: v === 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
    await call(page, (h, st) => h.show([st as WorldState]), STATES.at(-1)!);
    await page.waitForTimeout(200);
    const onScreen = (await call(page, (h) => h.inside()))!;
    expect(onScreen.shelved.length, 'something on the shelf before').toBeGreaterThan(0);
    await sight('hidden');
    await page.waitForTimeout(AWAY_MS / 4);
    await sight('visible');
    await page.waitForTimeout(AWAY_MS);
    expect((await call(page, (h) => h.inside()))!.shelved, 'kept through a glance away').toEqual(onScreen.shelved);
    // the page out of sight for AWAY_MS: the shelf is emptied, the drawings on screen stay, and come back unbaked
    await sight('hidden');
    expect((await call(page, (h) => h.inside()))!.shelved, 'not at once').toEqual(onScreen.shelved);
    await page.waitForTimeout(AWAY_MS * 1.5);
    const hidden = (await call(page, (h) => h.inside()))!;
    expect(hidden.shelved).toEqual([]);
    expect(hidden.shelvedBytes).toBe(0);
    expect([...hidden.inUse].sort()).toEqual([...onScreen.inUse].sort());
    expect([...hidden.textures].sort()).toEqual([...onScreen.inUse].sort());
    await sight('visible');
    await page.waitForTimeout(200);
    expect((await call(page, (h) => h.inside()))!.baked, 'nothing drawn again on return').toBe(onScreen.baked);

    // a page the browser is about to freeze (a phone's background tab, its timers stopped): at once
    await call(page, (h) => h.hide());
    await call(page, (h, st) => h.show([st as WorldState]), STATES[0]!);
    await page.waitForTimeout(200);
    expect((await call(page, (h) => h.inside()))!.shelved.length, 'something on the shelf again').toBeGreaterThan(0);
    await sight('hidden');
    await page.evaluate(() => document.dispatchEvent(new Event('freeze')));
    expect((await call(page, (h) => h.inside()))!.shelved, 'emptied as the page freezes').toEqual([]);
    await sight('visible');
    await call(page, (h) => h.hide());

    // no case on screen, the loop asleep: the world still ends
    await call(page, (h) => h.destroy());
    await page.waitForFunction(() => (window as unknown as { harness: Harness }).harness.gameGone(), null, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('a still picture is not drawn again until it changes or its box does, and is drawn each time it does', async () => {
    const { page, errors } = await harnessPage();
    const loop = async () => (await call(page, (h) => h.loop()))!;
    /** Waits until the loop has drawn past frame `after` and sleeps, then checks it stays asleep and draws nothing for a while. */
    const settles = async (what: string, after = -1) => {
      await page.waitForFunction((n) => {
        const l = (window as unknown as { harness: Harness }).harness.loop();
        return l !== null && l.frame > n && !l.running;
      }, after, { timeout: 10_000 });
      const asleep = await loop();
      await page.waitForTimeout(600);
      expect(await loop(), `${what}: frames drawn while nothing moved`).toEqual(asleep);
      return asleep.frame;
    };
    const world = page.locator('.world');

    // with reduced motion nothing moves: each state is drawn, then the loop sleeps
    const still = STATES.map((s) => ({ ...s, reducedMotion: true }));
    await call(page, (h, s) => h.show(s as WorldState[]), [still[0], still[4]]);
    await page.waitForFunction(() => (window as unknown as { harness: Harness }).harness.inside() !== null, null, { timeout: 60_000 });
    const first = await settles('the class');
    const classroom = await world.screenshot();
    await call(page, (h) => h.next());
    const second = await settles('the corridor', first);
    const corridor = await world.screenshot();
    expect(corridor.equals(classroom), 'the picture shows the new state').toBe(false);

    // a smaller box of the same shape (a scroll bar comes): the canvas is sized to it, drawn, then asleep
    const resize = (width: number, height: number) => page.evaluate(([w, h]) => {
      const box = document.querySelector<HTMLElement>('.world')!;
      box.style.width = `${w}px`;
      box.style.height = `${h}px`;
    }, [width, height] as const);
    const canvasBox = async () => (await page.locator('.world canvas').boundingBox())!;
    await resize(900, 375);
    const smaller = await settles('a smaller box', second);
    expect((await canvasBox()).width, 'the canvas fills the smaller box').toBeCloseTo(900, 0);
    expect((await canvasBox()).height).toBeCloseTo(375, 0);
    // a narrower box (a phone) gives the canvas a new size: drawn again, then asleep
    await resize(300, 375);
    await settles('a narrower box', smaller);
    const canvas = await canvasBox();
    expect(canvas.width, 'the canvas fits the narrower box').toBeLessThanOrEqual(300);
    expect(canvas.height, 'within its box (the world is no taller than this)').toBeLessThanOrEqual(375);
    expect((await world.screenshot()).equals(corridor)).toBe(false);
    await call(page, (h) => h.hide());

    // with motion, the loop runs while a fade runs, and sleeps when it is over (no one speaks: nothing breathes)
    await call(page, (h, s) => h.show(s as WorldState[]), [at({ place: 'gang', figures: [child, mentor] })]);
    const fading = (await loop()).frame;
    await page.waitForTimeout(100);
    expect((await loop()).frame, 'frames drawn during the fade').toBeGreaterThan(fading);
    await settles('after the fade', fading);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
