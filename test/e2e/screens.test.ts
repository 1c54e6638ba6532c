/**
 * Every screen and dialog at every size, in real Chromium: the title, a content note, a case, the
 * personal debrief, the workshop list, the projector with its count table, the trainer's debrief,
 * the combined debrief, the beleidscheck, the pause dialog and the settings menu.
 *
 * One short setup plays a case to its end (always the first option) and runs one workshop
 * decision; its storage is then loaded into a context per size, and each screen is opened by its
 * address. At 320×640 and at 400% zoom (320 CSS px wide at device scale 4): no horizontal scroll,
 * sticky or fixed bars at most 15% of the height. At 320×640 also: axe (WCAG 2.1 A/AA), one h1,
 * no skipped heading level, unique ids. In forced-colours mode: axe, and the score and vote bars
 * keep a visible fill. Screenshots of each screen at four sizes go to test-results/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axe, describeViolations, SHOTS, shot, useBrowser } from './browser.ts';
import { takeFirst } from './play-helpers.ts';

const { freshPage } = useBrowser({ viewport: { width: 1280, height: 800 } });

type Storage = Awaited<ReturnType<ReturnType<Page['context']>['storageState']>>;
/** A screen, its address, what shows it is there, and (if not the usual) the saved state it needs. */
type Screen = { readonly name: string; readonly hash: string; readonly ready: string; readonly storage?: Storage };

/** Plays the setup through the game's own screens and returns the storage and the screens to visit. */
async function setUp(): Promise<{ storage: Storage; screens: Screen[] }> {
  const { page, errors } = await freshPage();
  const base = inject('baseURL');
  // a case left after one decision: it can be resumed straight from its address
  await page.goto(base);
  await page.click('button[aria-describedby="case-nuria"]');
  await page.click('.note-screen button.primary');
  await page.waitForSelector('button.choice');
  await takeFirst(page, 1);
  const midCase = await page.context().storageState();
  // a case played to its end (the debrief belongs to the case played last)
  await page.goto(`${base}?again`);
  await page.click('button[aria-describedby="case-sylvia"]');
  await page.click('.note-screen button.primary');
  await page.waitForSelector('button.choice');
  await takeFirst(page);
  await page.click('.end-area button');
  await page.waitForSelector('.debrief-screen');

  // a workshop: one decision voted and taken, the next one's counts being entered
  await page.goto(`${base}?setup#workshops`);
  await page.waitForSelector('.ws-list-screen');
  await page.getByRole('radio', { name: /^Sylvia \(/ }).check();
  await page.getByLabel('Naam van de sessie').fill('Gemeente Teststad, 12 maart');
  await page.getByLabel('Groepen of tafels (niet verplicht)').fill('Tafel 1\nTafel 2');
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.waitForSelector('.ws-stage');
  const session = /#workshop=([a-z0-9]+)$/.exec(page.url())![1]!;
  for (const round of [1, 2]) {
    await page.getByRole('button', { name: 'Start de stemming' }).click();
    const inputs = page.locator('.ws-counts input');
    for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill(String(i === 0 ? 7 : i));
    if (round === 2) break;
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    await page.getByRole('button', { name: /^Neem de keuze van de meerderheid/ }).click();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Beslissing 2');
  }
  expect(errors).toEqual([]);
  const storage = await page.context().storageState();
  await page.context().close();
  return {
    storage,
    screens: [
      { name: 'title', hash: '', ready: '.title-screen' },
      { name: 'note', hash: '#note=john', ready: '.note-screen' },
      { name: 'case', hash: '#play=nuria', ready: 'button.choice', storage: midCase },
      { name: 'debrief', hash: '#debrief=sylvia', ready: '.debrief-screen' },
      { name: 'workshop-list', hash: '#workshops', ready: '.ws-list-screen' },
      { name: 'workshop-stage', hash: `#workshop=${session}`, ready: '.ws-counts input' },
      { name: 'workshop-debrief', hash: `#workshop-debrief=${session}`, ready: 'main h1' },
      { name: 'workshop-combined', hash: `#workshop-combined=${session}`, ready: 'main h1' },
      { name: 'workshop-policy', hash: `#workshop-policy=${session}`, ready: 'main h1' },
    ],
  };
}

/** Opens a screen by its address as a fresh load (a changed query makes it a new document). */
const routed = new WeakSet<Page>();

async function visit(page: Page, screen: Screen, usual: Storage): Promise<void> {
  // the saved state this screen needs, written from a page of the same origin where the game is not running
  if (!routed.has(page)) await page.route('**/favicon.ico', (r) => r.fulfill({ status: 204 })); // asked for by the image page, not by the game
  routed.add(page);
  await page.goto(`${inject('baseURL')}favicon.svg`);
  const items = (screen.storage ?? usual).origins.flatMap((o) => o.localStorage);
  await page.evaluate((all) => { localStorage.clear(); for (const { name, value } of all) localStorage.setItem(name, value); }, items);
  await page.goto(`${inject('baseURL')}?${screen.name}${screen.hash}`);
  await page.waitForSelector(screen.ready);
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

/** What spills sideways, and how tall the sticky and fixed bars are together. */
const layout = (page: Page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && getComputedStyle(el).visibility !== 'hidden'; })
    .filter((el) => !el.closest('.skip-link'))
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
  const bars = [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && el.getBoundingClientRect().height > 0 && el.tagName !== 'DIALOG')
    .reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
  return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5), bars, height: innerHeight };
});

/** One h1, no skipped heading level (within the page, and within an open dialog), ids used once. */
const structure = (page: Page) => page.evaluate(() => {
  const scope = document.querySelector('dialog[open]') ?? document.body;
  const levels = [...scope.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((x) => (x as HTMLElement).offsetParent !== null || x.closest('dialog[open]')).map((x) => Number(x.tagName[1]));
  const jumps = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
  const ids = [...document.querySelectorAll('[id]')].map((x) => x.id);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  return { h1: levels.filter((l) => l === 1).length, first: levels[0], jumps, dupes };
});

async function expectAxe(page: Page, where: string): Promise<void> {
  const v = await axe(page);
  expect.soft(v, `${where}:\n${describeViolations(v)}`).toEqual([]);
}

async function expectReflow(page: Page, where: string): Promise<void> {
  const l = await layout(page);
  expect.soft(l.scroll, `${where} scrolls sideways by ${l.scroll}px: ${l.wide.join('; ')}`).toBeLessThanOrEqual(0);
  expect.soft(l.bars, `${where}: sticky bars ${l.bars}px of ${l.height}px`).toBeLessThanOrEqual(l.height * 0.15);
}

const SIZES: Array<{ name: string; options: BrowserContextOptions }> = [
  { name: '320x640', options: { viewport: { width: 320, height: 640 } } },
  // 400% zoom of a 1280×800 window: 320×200 CSS px, four device pixels each
  { name: 'zoom400', options: { viewport: { width: 320, height: 200 }, deviceScaleFactor: 4 } },
];

describe('every screen at every size', () => {
  it('reflows, keeps its bars small, passes axe, and is screenshot at four sizes', async () => {
    const { storage, screens } = await setUp();

    for (const size of SIZES) {
      const { page, errors } = await freshPage({ ...size.options, storageState: storage });
      for (const screen of screens) {
        await visit(page, screen, storage);
        const where = `${screen.name} at ${size.name}`;
        await expectReflow(page, where);
        if (size.name === '320x640') {
          const s = await structure(page);
          expect.soft(s.h1, `${where}: one h1`).toBe(1);
          expect.soft(s.first, `${where}: starts with the h1`).toBe(1);
          expect.soft(s.jumps, `${where}: heading levels`).toEqual([]);
          expect.soft(s.dupes, `${where}: unique ids`).toEqual([]);
          await expectAxe(page, where);
        }
        await shot(page, `${SHOTS}/screen-${screen.name}-${size.name}.png`);
      }

      // the settings menu opens over the page and stays on screen
      await visit(page, screens[0]!, storage);
      await page.getByRole('button', { name: 'Instellingen' }).click();
      const panel = await page.locator('#settings-panel').boundingBox();
      expect(panel!.x).toBeGreaterThanOrEqual(0);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(320);
      await expectReflow(page, `settings menu at ${size.name}`);
      if (size.name === '320x640') await expectAxe(page, 'settings menu');
      await shot(page, `${SHOTS}/screen-settings-${size.name}.png`);
      await page.keyboard.press('Escape');
      expect(await page.locator('#settings-panel').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('settings-panel');
      expect(await page.locator('dialog[open]').count(), 'Esc in the menu closes the menu, not the page').toBe(0);

      // the pause dialog, over a case and over a debrief (which has its own help lines)
      for (const screen of [screens[2]!, screens[3]!]) {
        await visit(page, screen, storage);
        const pause = page.locator('.pause-button');
        await pause.focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('dialog.pause-dialog[open]');
        const where = `pause over ${screen.name} at ${size.name}`;
        await expectReflow(page, where);
        const s = await structure(page);
        expect.soft(s.jumps, `${where}: heading levels`).toEqual([]);
        expect.soft(s.dupes, `${where}: unique ids`).toEqual([]);
        if (size.name === '320x640') await expectAxe(page, where);
        await shot(page, `${SHOTS}/screen-pause-${screen.name}-${size.name}.png`);
        await page.keyboard.press('Escape');
        await page.waitForSelector('dialog.pause-dialog', { state: 'detached' });
        expect(await page.evaluate(() => document.activeElement?.classList.contains('pause-button')), `${where}: focus back on Pause`).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }

    // forced colours: bars and marks keep a visible fill; axe once more
    const { page, errors } = await freshPage({ storageState: storage });
    await page.emulateMedia({ forcedColors: 'active' });
    for (const screen of screens) {
      await visit(page, screen, storage);
      await expectAxe(page, `${screen.name} in forced colours`);
      const fills = await page.$$eval('.share-bar-fill, .ws-bar-fill', (els) => els.map((el) => {
        const fill = getComputedStyle(el).backgroundColor;
        const track = getComputedStyle(el.parentElement!).backgroundColor;
        return { fill, track, width: el.getBoundingClientRect().width };
      }).filter((f) => f.width > 0));
      for (const f of fills) {
        expect.soft(f.fill, `${screen.name}: a bar's fill in forced colours`).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
        expect.soft(f.fill, `${screen.name}: a bar's fill differs from its track`).not.toBe(f.track);
      }
      if (screen.name === 'debrief') expect(fills.length).toBeGreaterThan(0);
      await shot(page, `${SHOTS}/screen-${screen.name}-forced-colours.png`, true);
    }
    expect(errors).toEqual([]);
    await page.context().close();

    // screenshots for people to look at
    for (const [width, height] of [[1280, 800], [1920, 1080], [375, 667]] as const) {
      const { page: p } = await freshPage({ viewport: { width, height }, storageState: storage });
      for (const screen of screens) {
        await visit(p, screen, storage);
        await shot(p, `${SHOTS}/screen-${screen.name}-${width}x${height}.png`);
      }
      await p.context().close();
    }
  });
});
