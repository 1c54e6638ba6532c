/**
 * Every screen and dialog at every size, in real Chromium: the title, a content note, a case, a
 * case that could not be loaded, the personal debrief, the workshop list, the stage with its count
 * table, the trainer's debrief, the combined debrief, the beleidscheck, the settings menu, Pause
 * (over the title, a case and a debrief), the confirmation before a restart, and the live room's
 * console, projector window and phone page.
 *
 * One short setup plays a case to its end (always the story's first option), leaves another after one
 * decision, and runs one workshop decision; its storage is then loaded into a page per size, and
 * each screen is opened by its address. At 320×640 and at 400% zoom (320 CSS px wide at device
 * scale 4): no horizontal scroll, sticky or fixed bars at most 15% of the height. At 320×640 also:
 * axe (WCAG 2.1 A/AA), one h1, no skipped heading level, unique ids; then the same page in
 * forced-colours emulation: axe again, bars keep a visible fill, and a line marked "niet pluis" keeps a
 * frame and its flag's word. Each dialog and the menu close with Esc and give the focus back to
 * what opened them. The live room's pages use the game's typeface.
 *
 * Screenshots at 1280×800, 1920×1080, 375×667 and 320×640 (and forced colours) go to
 * test-results/screenshots/ when SCREENSHOTS=1 (`npm run screenshots`); CI leaves them out.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axe, describeViolations, SHOTS, shot, useBrowser } from './browser.ts';
import { playWith, takeFirst, untilChoices } from './play-helpers.ts';
import { buildStory } from '../../src/build/load-stories.ts';
import { startLiveServer, type LiveServer } from '../../src/server/live-server.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import { tempDir } from '../server/helpers.ts';

const SCREENSHOTS = process.env.SCREENSHOTS === '1';
const { freshPage } = useBrowser({ viewport: { width: 1280, height: 800 } });

type Storage = Awaited<ReturnType<ReturnType<Page['context']>['storageState']>>;
/**
 * A screen: its address, what shows it is there, the saved state it needs (if not the usual), a
 * story that fails to arrive (the load error), and what opens a dialog over it.
 */
type Screen = {
  readonly name: string;
  readonly hash: string;
  readonly ready: string;
  readonly storage?: Storage;
  readonly offline?: RegExp;
  readonly open?: (page: Page) => Promise<void>;
  /** a dialog or a menu: what opened it (its screenshot is of the window, not the whole page) */
  readonly closes?: string;
};

const baseURL = () => inject('baseURL');

const sylvia = buildStory('stories/sylvia.ink');
if (!sylvia.ok) throw new Error('stories/sylvia.ink does not compile');
const SYLVIA = sylvia.story.json;

/** Pause, opened from the keyboard as a player would. */
const openPause = async (page: Page) => {
  await page.locator('.pause-button').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.pause-dialog[open]');
};

/** Plays the setup through the game's own screens and returns the storage and the screens to visit. */
async function setUp(): Promise<{ storage: Storage; screens: Screen[] }> {
  const { page, errors } = await freshPage();
  // a case left after one decision: it can be resumed straight from its address
  await page.goto(baseURL());
  await page.click('button[aria-describedby="case-nuria"]');
  await page.click('.note-screen button.primary');
  await page.waitForSelector('.play-screen');
  await takeFirst(page, 1);
  // a line marked "niet pluis" (M marks the latest line shown)
  await page.keyboard.press('m');
  await page.waitForSelector('.mark-toggle[aria-pressed="true"]');
  const midCase = await page.context().storageState();
  // a case played to its end (the debrief belongs to the case played last)
  await page.goto(`${baseURL()}?again`);
  await page.click('button[aria-describedby="case-sylvia"]');
  await page.click('.note-screen button.primary');
  await page.waitForSelector('.play-screen');
  await untilChoices(page);
  // the story's own first option each time, wherever the play's chance order shows it: the same
  // path, and so a debrief with the same scores, on every run (the first option shown could score
  // nothing at all, leaving no bar to look at)
  await playWith(page, SYLVIA, (_texts, _step, shown) => shown.findIndex((c) => c.index === 0));
  await page.click('.end-area button');
  await page.waitForSelector('.debrief-screen');

  // a workshop: one decision voted and taken, the next one's counts being entered
  await page.goto(`${baseURL()}?setup#workshops`);
  await page.waitForSelector('.ws-list-screen');
  await page.getByRole('radio', { name: /^Sylvia \(/ }).check();
  await page.getByLabel('Naam van de sessie').fill('Gemeente Teststad, 12 maart');
  await page.getByLabel('Groepen of tafels (niet verplicht)').fill('Tafel 1\nTafel 2');
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.waitForSelector('.ws-stage');
  const session = /#workshop=([a-z0-9]+)$/.exec(page.url())![1]!;
  for (const round of [1, 2]) {
    // the room's first line marked "niet pluis" at the decision left open
    if (round === 2) {
      await page.locator('.ws-stage .mark-toggle').first().click();
      await page.waitForSelector('.ws-stage .mark-toggle[aria-pressed="true"]');
    }
    await page.getByRole('button', { name: 'Start de stemming' }).click();
    const inputs = page.locator('.ws-counts input');
    for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill(String(i === 0 ? 7 : i));
    if (round === 2) break;
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    await page.getByRole('button', { name: /^Neem de keuze van de meerderheid/ }).click();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Beslissing 2');
  }
  // two more sessions of the case, for a combined debrief of three (copies, under names of their own)
  const three = [session, `${session}b`, `${session}c`];
  await page.evaluate(([id, ...more]) => {
    const saved = JSON.parse(localStorage.getItem('niet-pluis.workshops')!) as { state: { sessions: Record<string, { name: string }> } };
    const names = ['Gemeente Teststad, 19 maart', 'Jeugdzorg en onderwijs regio Noord, najaarsbijeenkomst'];
    more.forEach((copy, i) => { saved.state.sessions[copy] = { ...saved.state.sessions[id!]!, id: copy, name: names[i]! } as { name: string }; });
    localStorage.setItem('niet-pluis.workshops', JSON.stringify(saved));
  }, three);
  expect(errors).toEqual([]);
  const storage = await page.context().storageState();
  await page.context().close();
  return {
    storage,
    screens: [
      { name: 'title', hash: '', ready: '.title-screen' },
      { name: 'note', hash: '#note=john', ready: '.note-screen' },
      { name: 'case', hash: '#play=nuria', ready: '.play-screen', storage: midCase },
      // the story's chunk does not arrive (offline): an error with a retry, reached from the title
      // (an address that names the case would ask for the chunk early, with a preload)
      {
        name: 'load-error', hash: '', ready: '.title-screen', offline: /(_story_john[^/]*\.js|__x00__story:john)$/,
        open: async (page) => {
          await page.click('.case-card button[aria-describedby="case-john"]');
          await page.waitForSelector('.note-screen');
          await page.click('.note-screen button.primary');
          await page.waitForSelector('.load-error-screen');
        },
      },
      { name: 'debrief', hash: '#debrief=sylvia', ready: '.debrief-screen' },
      { name: 'workshop-list', hash: '#workshops', ready: '.ws-list-screen' },
      { name: 'workshop-stage', hash: `#workshop=${session}`, ready: '.ws-counts input' },
      { name: 'workshop-debrief', hash: `#workshop-debrief=${session}`, ready: '.ws-debrief' },
      { name: 'workshop-combined', hash: `#workshop-combined=${three.join(',')}`, ready: '.ws-paths tbody tr:nth-child(3)' },
      { name: 'workshop-policy', hash: `#workshop-policy=${session}`, ready: 'main h1' },
      // dialogs and the menu
      {
        name: 'settings-menu', hash: '', ready: '.title-screen', closes: '[aria-controls="settings-panel"]',
        open: async (page) => {
          await page.getByRole('button', { name: 'Instellingen' }).click();
          await page.waitForSelector('#settings-panel:not([hidden])');
        },
      },
      { name: 'pause-title', hash: '', ready: '.title-screen', open: openPause, closes: '.pause-button' },
      { name: 'pause-case', hash: '#play=nuria', ready: '.play-screen', storage: midCase, open: openPause, closes: '.pause-button' },
      { name: 'pause-debrief', hash: '#debrief=sylvia', ready: '.debrief-screen', open: openPause, closes: '.pause-button' },
      {
        name: 'restart-confirm', hash: '', ready: '.case-card:has(#case-nuria) .case-progress', storage: midCase, closes: '.case-card:has(#case-nuria) .actions button:not(.primary)',
        open: async (page) => {
          await page.click('.case-card:has(#case-nuria) .actions button:not(.primary)');
          await page.waitForSelector('dialog.confirm-dialog[open]');
        },
      },
    ],
  };
}

/** Opens a screen by its address as a fresh load (a changed query makes it a new document). */
const routed = new WeakSet<Page>();
async function visit(page: Page, screen: Screen, usual: Storage): Promise<void> {
  // the image page below asks for /favicon.ico, the game does not
  if (!routed.has(page)) await page.route('**/favicon.ico', (r) => r.fulfill({ status: 204 }));
  routed.add(page);
  // the saved state this screen needs, written from a page of the same origin where the game is not running
  await page.goto(`${baseURL()}favicon.svg`);
  const items = (screen.storage ?? usual).origins.flatMap((o) => o.localStorage);
  await page.evaluate((all) => { localStorage.clear(); for (const { name, value } of all) localStorage.setItem(name, value); }, items);
  if (screen.offline) await page.route(screen.offline, (r) => r.abort('internetdisconnected'));
  await page.goto(`${baseURL()}?${screen.name}${screen.hash}`);
  await page.waitForSelector(screen.ready);
  await page.waitForFunction(() => !document.querySelector('main .loading'));
  await screen.open?.(page);
  if (screen.offline) await page.unroute(screen.offline);
}

/** What spills sideways, and how tall the sticky and fixed bars are together. */
const layout = (page: Page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && getComputedStyle(el).visibility !== 'hidden'; })
    .filter((el) => !el.closest('.skip-link'))
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
  // (a sticky element with neither top nor bottom set sticks only sideways, in its own scroll
  // region, like the vote table's first column: it takes no height from the screen)
  const holdsHeight = (s: CSSStyleDeclaration) => s.position === 'fixed' || (s.position === 'sticky' && (s.top !== 'auto' || s.bottom !== 'auto'));
  const bars = [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => holdsHeight(getComputedStyle(el)) && el.getBoundingClientRect().height > 0 && el.tagName !== 'DIALOG')
    .reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
  return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5), bars, height: innerHeight };
});

/** One h1, no skipped heading level (within the page, or within an open dialog), ids used once. */
const structure = (page: Page) => page.evaluate(() => {
  const dialog = document.querySelector('dialog[open]');
  const scope = dialog ?? document.body;
  const levels = [...scope.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((x) => (x as HTMLElement).offsetParent !== null || x.closest('dialog[open]'))
    .map((x) => Number(x.tagName[1]));
  const jumps = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
  const ids = [...document.querySelectorAll('[id]')].map((x) => x.id);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  // a modal dialog starts at its own h2 (the page's h1 sits behind it)
  return { h1: levels.filter((l) => l === 1).length, first: levels[0], dialog: dialog !== null, jumps, dupes };
});

/** Bars (score, vote, projector and phone results) with their fill and track colours as drawn. */
const barFills = (page: Page) => page.$$eval('.share-bar-fill, .ws-bar-fill, .pj-fill, .ph-fill', (els) => els.map((el) => ({
  fill: getComputedStyle(el).backgroundColor,
  track: getComputedStyle(el.parentElement!).backgroundColor,
  width: el.getBoundingClientRect().width,
})).filter((f) => f.width > 0));

/**
 * Lines that can be marked "niet pluis" (play view, workshop stage, projector window) as drawn: the
 * frame that shows a mark (its style, width and colour, and the page's colour behind it) and the
 * flag's word, if shown.
 */
const markLooks = (page: Page) => page.$$eval('.mark-toggle, .pj-story > p', (els) => els.map((el) => {
  const cs = getComputedStyle(el);
  const left = !el.classList.contains('mark-toggle');
  const flag = el.querySelector<HTMLElement>('.flag-on, .pj-flag');
  return {
    marked: el.getAttribute('aria-pressed') === 'true' || el.classList.contains('pj-marked'),
    // the pointer over a line frames it too
    hover: el.matches(':hover'),
    style: left ? cs.borderLeftStyle : cs.borderTopStyle,
    width: parseFloat(left ? cs.borderLeftWidth : cs.borderTopWidth),
    colour: left ? cs.borderLeftColor : cs.borderTopColor,
    behind: getComputedStyle(document.body).backgroundColor,
    word: flag && getComputedStyle(flag).display !== 'none' && flag.getBoundingClientRect().width > 0 ? flag.textContent!.trim() : '',
  };
}));

/** The game's typeface: the body's first font, and its file loaded (fonts.check alone says yes for a face nobody declared). */
const gameFont = async (page: Page) => {
  // in the game, in use once the first screen is painted; the live pages (phone, projector) have it from the start
  await page.waitForFunction(() => !document.getElementById('app') || document.documentElement.classList.contains('typeface'));
  return page.evaluate(async () => {
    document.body.getBoundingClientRect(); // a layout with it asks for its file
    await document.fonts.ready;
    return {
      used: /^"?Source Sans 3 Variable/.test(getComputedStyle(document.body).fontFamily),
      loaded: [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Source Sans 3 Variable' && f.status === 'loaded'),
    };
  });
};

async function expectAxe(page: Page, where: string): Promise<number> {
  const v = await axe(page);
  expect.soft(v, `${where}:\n${describeViolations(v)}`).toEqual([]);
  return v.length;
}

async function expectReflow(page: Page, where: string): Promise<void> {
  const l = await layout(page);
  expect.soft(l.scroll, `${where} scrolls sideways by ${l.scroll}px: ${l.wide.join('; ')}`).toBeLessThanOrEqual(0);
  expect.soft(l.bars, `${where}: sticky bars ${l.bars}px of ${l.height}px`).toBeLessThanOrEqual(l.height * 0.15);
}

/** Headings, ids, axe, then forced colours: axe again and bars with a fill that shows. */
async function expectStructure(page: Page, where: string): Promise<void> {
  const s = await structure(page);
  if (s.dialog) expect.soft(s.first, `${where}: the dialog starts with its h2`).toBe(2);
  else {
    expect.soft(s.h1, `${where}: one h1`).toBe(1);
    expect.soft(s.first, `${where}: starts with the h1`).toBe(1);
  }
  expect.soft(s.jumps, `${where}: heading levels`).toEqual([]);
  expect.soft(s.dupes, `${where}: unique ids`).toEqual([]);
  await expectAxe(page, where);
}

async function expectForcedColours(page: Page, where: string, fullPage = true): Promise<{ bars: number; marks: number }> {
  await page.emulateMedia({ forcedColors: 'active' });
  await expectAxe(page, `${where} in forced colours`);
  const fills = await barFills(page);
  for (const f of fills) {
    expect.soft(f.fill, `${where}: a bar's fill in forced colours`).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect.soft(f.fill, `${where}: a bar's fill differs from its track`).not.toBe(f.track);
  }
  // a marked line: a frame that shows and the flag's word (not colour alone); an unmarked one neither
  const marks = await markLooks(page);
  const framed = (m: (typeof marks)[number]) => !['none', 'hidden'].includes(m.style) && m.width >= 2 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(m.colour) && m.colour !== m.behind;
  for (const m of marks.filter((x) => x.marked)) {
    expect.soft(framed(m), `${where}: a marked line's frame in forced colours (${m.style} ${m.width}px ${m.colour} on ${m.behind})`).toBe(true);
    expect.soft(m.word, `${where}: a marked line's flag says so`).toMatch(/Niet pluis/);
  }
  for (const m of marks.filter((x) => !x.marked && !x.hover)) {
    expect.soft(m.word, `${where}: an unmarked line shows no flag word`).toBe('');
    expect.soft(framed(m), `${where}: an unmarked line has no frame like a marked one (${m.style} ${m.colour})`).toBe(false);
  }
  if (SCREENSHOTS) await shot(page, `${SHOTS}/screen-${where.replace(/ at .*/, '')}-forced-colours.png`, fullPage);
  await page.emulateMedia({ forcedColors: 'none' });
  return { bars: fills.length, marks: marks.filter((m) => m.marked).length };
}

/** A dialog or the menu closes with Esc, and the focus goes back to what opened it. */
async function expectClosesWithEsc(page: Page, screen: Screen, where: string): Promise<void> {
  if (!screen.closes) return;
  await page.keyboard.press('Escape');
  const closed = await page.waitForFunction(() => !document.querySelector('dialog[open]') && document.querySelector('#settings-panel:not([hidden])') === null, null, { timeout: 5000 })
    .then(() => true, () => false);
  expect.soft(closed, `${where}: Esc closes it (and opens nothing else)`).toBe(true);
  const back = await page.evaluate((sel) => document.activeElement?.matches(sel) === true, screen.closes);
  expect.soft(back, `${where}: the focus goes back to what opened it`).toBe(true);
}

// 400% zoom of a 1280×800 window: 320×200 CSS px, four device pixels each
// no service worker: it would serve the story chunk the load error needs to miss
const SIZES = {
  '320x640': { viewport: { width: 320, height: 640 }, serviceWorkers: 'block' },
  zoom400: { viewport: { width: 320, height: 200 }, deviceScaleFactor: 4, serviceWorkers: 'block' },
} satisfies Record<string, BrowserContextOptions>;

describe('every screen at every size', () => {
  let storage: Storage;
  let screens: Screen[];
  beforeAll(async () => {
    ({ storage, screens } = await setUp());
  });

  /** At 320×640, one screen after another in one page; returns the bars drawn and the errors seen. */
  async function at320(list: readonly Screen[]): Promise<{ bars: number; errors: string[] }> {
    const { page, errors } = await freshPage(SIZES['320x640']);
    let bars = 0;
    for (const screen of list) {
      await visit(page, screen, storage);
      const where = `${screen.name} at 320x640`;
      await expectReflow(page, where);
      await expectStructure(page, where);
      if (SCREENSHOTS) await shot(page, `${SHOTS}/screen-${screen.name}-320x640.png`, !screen.closes);
      const n = await expectForcedColours(page, where, !screen.closes);
      if (screen.name === 'debrief' || screen.name === 'workshop-debrief') expect(n.bars, `${where}: bars to look at`).toBeGreaterThan(0);
      if (screen.name === 'case' || screen.name === 'workshop-stage') expect(n.marks, `${where}: marked lines to look at`).toBeGreaterThan(0);
      bars += n.bars;
      await expectClosesWithEsc(page, screen, where);
    }
    await page.context().close();
    return { bars, errors };
  }

  // two tests, screens and dialogs, so that neither comes near the time a test may take on a busy machine
  it('at 320×640, the screens: no sideways scroll, small bars, headings in order, unique ids, axe; then axe, visible bars and marks in forced colours', async () => {
    const { bars, errors } = await at320(screens.filter((s) => !s.closes));
    expect(bars).toBeGreaterThan(0);
    // the load error is the one expected complaint (a story that did not arrive)
    expect(errors.filter((e) => !/could not be loaded|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });

  it('at 320×640, the dialogs and the menu: the same checks, and Esc closes each and gives the focus back to what opened it', async () => {
    const { errors } = await at320(screens.filter((s) => s.closes));
    expect(errors).toEqual([]);
  });

  it('at 400% zoom: no sideways scroll and small bars on every screen and dialog', async () => {
    const { page } = await freshPage(SIZES.zoom400);
    for (const screen of screens) {
      await visit(page, screen, storage);
      await expectReflow(page, `${screen.name} at 400% zoom`);
      if (SCREENSHOTS) await shot(page, `${SHOTS}/screen-${screen.name}-zoom400.png`);
    }
    await page.context().close();
  });

  // screenshots for people to look at (npm run screenshots); not part of CI
  if (SCREENSHOTS) {
    it('screenshots at 1280×800, 1920×1080 and 375×667', async () => {
      for (const [width, height] of [[1280, 800], [1920, 1080], [375, 667]] as const) {
        const { page } = await freshPage({ viewport: { width, height }, serviceWorkers: 'block' });
        for (const screen of screens) {
          await visit(page, screen, storage);
          await shot(page, `${SHOTS}/screen-${screen.name}-${width}x${height}.png`, !screen.closes);
        }
        await page.context().close();
      }
    });
  }
});

describe('the live room at every size', () => {
  let server: LiveServer;
  beforeAll(async () => {
    // the browser tests' global setup has built the game into dist-test
    server = await startLiveServer({ store: openSqliteStore(tempDir('e2e-screens')), staticDir: 'dist-test', host: '127.0.0.1', port: 0, publicEveryMs: 50 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('console, projector window and phone page: no sideways scroll, small bars, axe (also in forced colours)', async () => {
    // the trainer's console starts a live room and opens its projector window; a phone joins and votes
    const { page: trainer, errors } = await freshPage();
    const setup = trainer.context();
    await trainer.goto(`${server.url}#workshops`);
    await trainer.getByRole('radio', { name: /^Sylvia \(/ }).check();
    await trainer.getByLabel('Naam van de sessie').fill('Gemeente Teststad, live');
    await trainer.getByRole('button', { name: 'Start de sessie' }).click();
    await trainer.waitForSelector('.ws-stage');
    await trainer.getByRole('button', { name: 'Start live stemmen met telefoons' }).click();
    const code = await trainer.getByTestId('room-code').innerText();
    const [popup] = await Promise.all([setup.waitForEvent('page'), trainer.getByRole('button', { name: 'Open het projectorscherm' }).click()]);
    await popup.waitForSelector('.pj-code');
    const phone = await setup.newPage();
    await phone.goto(`${server.url}join.html#${code}`);
    // a line marked "niet pluis" shows on the projector
    await trainer.locator('.ws-stage .mark-toggle').first().click();
    await popup.waitForSelector('.pj-marked');
    await trainer.getByRole('button', { name: 'Start de stemming' }).click();
    await phone.getByRole('button', { name: /^Optie 1: / }).click();
    await expect.poll(() => popup.locator('.pj-voted').innerText()).toBe('1 stem uitgebracht');
    await trainer.getByRole('button', { name: 'Sluit de stemming' }).click();
    await trainer.getByRole('button', { name: 'Toon de uitslag' }).click();
    await phone.waitForSelector('.ph-result-count');
    // the same three pages, by their addresses, in a browser of each size with the same storage (the phone keeps its vote)
    const pages = [
      { name: 'live-console', url: trainer.url(), ready: '[data-testid="room-code"]', bars: false },
      { name: 'live-projector', url: popup.url(), ready: '.pj-count', bars: true },
      { name: 'live-phone', url: phone.url(), ready: '.ph-result-count', bars: true },
    ];
    const storage = await setup.storageState();
    await setup.close();
    expect(errors).toEqual([]);

    const sizes: Array<[string, BrowserContextOptions]> = [['320x640', SIZES['320x640']], ['zoom400', SIZES.zoom400]];
    if (SCREENSHOTS) for (const [width, height] of [[1280, 800], [1920, 1080], [375, 667]] as const) sizes.push([`${width}x${height}`, { viewport: { width, height } }]);
    for (const [size, options] of sizes) {
      const { page: first, errors: sizeErrors } = await freshPage({ ...options, storageState: storage });
      for (const [i, { name, url, ready, bars }] of pages.entries()) {
        const page = i === 0 ? first : await first.context().newPage();
        await page.goto(url);
        await page.waitForSelector(ready);
        const where = `${name} at ${size}`;
        if (size === '320x640' || size === 'zoom400') await expectReflow(page, where);
        if (size === '320x640') await expectStructure(page, where);
        if (size === '320x640') expect(await gameFont(page), `${where}: the game's typeface, served and in use`).toEqual({ used: true, loaded: true });
        if (SCREENSHOTS) await shot(page, `${SHOTS}/screen-${name}-${size}.png`, name !== 'live-projector');
        if (size === '320x640') {
          const n = await expectForcedColours(page, where, name !== 'live-projector');
          if (bars) expect(n.bars, `${where}: result bars to look at`).toBeGreaterThan(0);
          if (name === 'live-projector') expect(n.marks, `${where}: marked lines to look at`).toBeGreaterThan(0);
        }
      }
      expect(sizeErrors).toEqual([]);
      await first.context().close();
    }
  });
});
