/**
 * Addresses and history: Back and Forward move between the game's screens, a reload lands on the
 * screen the address names, a hash typed by hand is followed, and a story that cannot be fetched
 * shows an error with a retry that works (never "Laden…" for ever), and Back and Forward across
 * two cases in progress never take one case's screen over or reset it. axe checks the error screen.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { untilChoices } from './play-helpers.ts';
import { axe, describeViolations, shot, SHOTS, useBrowser } from './browser.ts';

const CASE = 'sylvia';
const { freshPage } = useBrowser();

/** Which screen is on show, by its section's class, and the address. */
const where = (page: Page) =>
  page.evaluate(() => ({ screen: document.querySelector('main > section, main > p')?.className ?? '', hash: location.hash }));

/** Waits until the screen with this class is on show. */
async function at(page: Page, screenClass: string): Promise<void> {
  await page.waitForFunction((c) => document.querySelector(`main > section.${c}`) !== null, screenClass, { timeout: 30_000 });
}

/** Plays on with the first choice (key 1) until the case ends. */
async function playToEnd(page: Page): Promise<void> {
  for (let step = 0; step < 60; step++) {
    await untilChoices(page);
    if (await page.evaluate(() => !!document.querySelector('.end-area:not([hidden])'))) return;
    const n = await page.$$eval('.log > *', (xs) => xs.length);
    await page.keyboard.press('1');
    await page.waitForFunction((count) => document.querySelectorAll('.log > *').length > count, n);
  }
  throw new Error('the case did not end within 60 choices');
}

/** Opens the case from the title through its note and makes one choice (key 1). */
async function oneChoiceIn(page: Page): Promise<void> {
  await page.goto(inject('baseURL'));
  await page.click(`.case-card button[aria-describedby="case-${CASE}"]`);
  await page.click('.note-screen .primary');
  await untilChoices(page);
  await page.keyboard.press('1');
  await page.waitForSelector('.choice-made');
}

/** The compiled story's chunk (its file name starts with the story's id). */
const storyChunk = (id: string) => new RegExp(`/assets/_story_${id}-[^/]*\\.js$`);

describe('navigation', () => {
  it('Back and Forward move across title, content note, case and debrief; a reload stays on the debrief', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await at(page, 'title-screen');
    await page.click(`.case-card button[aria-describedby="case-${CASE}"]`);
    await at(page, 'note-screen');
    expect((await where(page)).hash).toBe(`#note=${CASE}`);
    await page.click('.note-screen .primary');
    await untilChoices(page);
    expect((await where(page)).hash).toBe(`#play=${CASE}`);
    await playToEnd(page);
    await page.click('.end-area button');
    await at(page, 'debrief-screen');
    expect((await where(page)).hash).toBe(`#debrief=${CASE}`);
    const debriefText = await page.$eval('main', (m) => m.textContent);

    await page.goBack();
    await at(page, 'play-screen');
    // back on the case: its end, not a new start
    await page.waitForSelector('.end-area:not([hidden]) button');
    expect((await where(page)).hash).toBe(`#play=${CASE}`);
    await page.goBack();
    await at(page, 'note-screen');
    expect((await where(page)).hash).toBe(`#note=${CASE}`);
    await page.goBack();
    await at(page, 'title-screen');
    expect((await where(page)).hash).toBe('');
    // still inside the game: Back did not leave it
    expect(page.url()).toBe(inject('baseURL'));

    await page.goForward();
    await at(page, 'note-screen');
    await page.goForward();
    await at(page, 'play-screen');
    await page.waitForSelector('.end-area:not([hidden]) button');
    await page.goForward();
    await at(page, 'debrief-screen');
    expect(await page.$eval('main', (m) => m.textContent)).toBe(debriefText);

    // a deep link after a reload: the same debrief
    await page.reload();
    await at(page, 'debrief-screen');
    expect((await where(page)).hash).toBe(`#debrief=${CASE}`);
    expect(await page.$eval('main', (m) => m.textContent)).toBe(debriefText);

    // the debrief in English, read halfway down: the focus stays on the language's button, the scroll where it was
    await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(100);
    await page.click('[aria-controls="settings-panel"]');
    await page.click('#settings-panel button:text-is("English")');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('.debrief-screen') !== null);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nederlands');
    expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(60);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows a hash typed by hand, and Back returns to where it was', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await at(page, 'title-screen');
    await page.evaluate((id) => (location.hash = `#note=${id}`), CASE);
    await at(page, 'note-screen');
    await page.evaluate(() => (location.hash = '#workshops'));
    await at(page, 'ws-list-screen');
    expect((await where(page)).hash).toBe('#workshops');
    await page.goBack();
    await at(page, 'note-screen');
    // an address that names no screen is put right, without a new history entry
    await page.evaluate(() => (location.hash = '#play=no-such-case'));
    await at(page, 'title-screen');
    expect((await where(page)).hash).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a story that does not arrive shows an error with a retry that works, with no WCAG 2.1 A/AA violations', async () => {
    const { page } = await freshPage({ serviceWorkers: 'block' }); // the story must come from the network
    let blocked = true;
    let attempts = 0;
    await page.route(storyChunk(CASE), (route) => {
      attempts++;
      return blocked ? route.abort('internetdisconnected') : route.continue();
    });
    await page.goto(inject('baseURL'));
    await page.click(`.case-card button[aria-describedby="case-${CASE}"]`);
    await at(page, 'note-screen');
    await page.click('.note-screen .primary');
    await at(page, 'load-error-screen');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.$eval('main', (m) => m.textContent)).toMatch(/kon niet worden geladen.*Opnieuw proberen/s);
    await shot(page, `${SHOTS}/load-error.png`);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);

    // still offline: the retry (a new page, at the case: the browser would not fetch a failed
    // script again in this one) fails again and says so again
    await Promise.all([page.waitForEvent('load'), page.click('.load-error-screen .primary')]);
    expect((await where(page)).hash).toBe(`#play=${CASE}`);
    await at(page, 'load-error-screen');
    const failedAttempts = attempts;
    expect(failedAttempts).toBe(2);

    // back online: the retry opens the case
    blocked = false;
    await Promise.all([page.waitForEvent('load'), page.click('.load-error-screen .primary')]);
    await untilChoices(page);
    expect(attempts).toBe(3);
    expect((await where(page)).hash).toBe(`#play=${CASE}`);
    await page.context().close();
  });

  it('a reload on a case whose story does not arrive shows the error too, and the retry opens the case', async () => {
    // no service worker: once it has cached the story, the reload would not ask the network for it
    const { page } = await freshPage({ serviceWorkers: 'block' });
    await page.goto(inject('baseURL'));
    await page.click(`.case-card button[aria-describedby="case-${CASE}"]`);
    await page.click('.note-screen .primary');
    await untilChoices(page);
    let blocked = true;
    await page.route(storyChunk(CASE), (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.reload();
    await at(page, 'load-error-screen');
    expect(await page.$$eval('main .loading', (l) => l.length)).toBe(0);
    // English chosen there: the error and its retry stay, in English, at the case's address
    await page.click('[aria-controls="settings-panel"]');
    await page.click('#settings-panel button:text-is("English")');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await at(page, 'load-error-screen');
    expect(await page.$eval('main', (m) => m.textContent)).toMatch(/could not be loaded/);
    expect((await where(page)).hash).toBe(`#play=${CASE}`);
    blocked = false;
    await page.click('.load-error-screen .primary');
    await untilChoices(page);
    await page.context().close();
  });

  it('a new play of a finished case whose story does not arrive is retried as a new play, not as its end screen', async () => {
    const { page } = await freshPage({ serviceWorkers: 'block' });
    await page.goto(inject('baseURL'));
    await page.click(`.case-card button[aria-describedby="case-${CASE}"]`);
    await page.click('.note-screen .primary');
    await playToEnd(page);
    let blocked = true;
    await page.route(storyChunk(CASE), (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(inject('baseURL'));
    await page.click(`.case-card button[aria-describedby="case-${CASE}"]`);
    await at(page, 'note-screen');
    await page.click('.note-screen .primary');
    await at(page, 'load-error-screen');
    blocked = false;
    await Promise.all([page.waitForEvent('load'), page.click('.load-error-screen .primary')]);
    await untilChoices(page);
    expect(await page.$$('.choice-made')).toHaveLength(0);
    expect(await page.$$('.end-area:not([hidden])')).toHaveLength(0);
    await page.context().close();
  });

  /** Tab A plays the case; tab B asks for it by its address, and is told it is open elsewhere. */
  async function twoTabsOnCase() {
    const { page: a, errors } = await freshPage();
    await a.goto(inject('baseURL'));
    await a.click(`.case-card button[aria-describedby="case-${CASE}"]`);
    await a.click('.note-screen .primary');
    await untilChoices(a);
    const b = await a.context().newPage();
    await b.goto(inject('baseURL'));
    await at(b, 'title-screen');
    await b.evaluate((c) => (location.hash = `#play=${c}`), CASE);
    await at(b, 'note-screen');
    await b.waitForSelector('.notice:has-text("al open in een ander tabblad")');
    return { a, b, errors };
  }

  it('a case open in another tab, asked for by its address: its note takes that place in the history, so Back and Forward never stop on a loading line', async () => {
    const { a, b, errors } = await twoTabsOnCase();
    expect((await where(b)).hash).toBe(`#note=${CASE}`);
    await b.goBack();
    await at(b, 'title-screen');
    await b.goForward();
    await at(b, 'note-screen');
    expect((await where(b)).hash).toBe(`#note=${CASE}`);

    // a change of language puts the notice's words, its action's and its close's in the new language, in its place
    await b.click('[aria-controls="settings-panel"]');
    await b.click('#settings-panel button:text-is("English")');
    await b.waitForSelector('.notice:has-text("already open in another tab") button.primary:text-is("Play on here") + button:text-is("Close")');
    // the focus stays on the language's button (the screen is drawn again, not gone to)
    expect(await b.evaluate(() => document.activeElement?.textContent)).toBe('Nederlands');
    if (!(await b.isVisible('#settings-panel'))) await b.click('[aria-controls="settings-panel"]');
    await b.click('#settings-panel button:text-is("Nederlands")');
    await b.waitForSelector('.notice:has-text("al open in een ander tabblad") button.primary:text-is("Hier verder spelen") + button:text-is("Sluiten")');
    expect(await b.locator('.notice').count()).toBe(1);
    if (await b.isVisible('#settings-panel')) await b.click('[aria-controls="settings-panel"]');

    // the notice stays as it is while the screen or the pause changes: the focus in it is kept
    await b.focus('.notice:has-text("al open in een ander tabblad") button:not(.primary)');
    await b.keyboard.press('Escape');
    await b.waitForSelector('dialog[open]');
    await b.click('dialog[open] button.primary');
    expect(await b.evaluate(() => document.activeElement?.closest('.notice') !== null && document.activeElement?.textContent)).toBe('Sluiten');
    // closed from the keyboard: the focus goes to the screen's heading, not lost
    await b.keyboard.press('Enter');
    await b.waitForFunction(() => document.querySelectorAll('.notice').length === 0);
    expect(await b.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(errors).toEqual([]);
    await a.context().close();
  });

  it('the take-over offered for one case, and then for another, takes over the one asked for last', async () => {
    const { a, b, errors } = await twoTabsOnCase();
    // A leaves Sylvia for John; B, its notice still there, asks for John too
    await a.evaluate(() => (location.hash = '#play=john'));
    await at(a, 'note-screen');
    await a.click('.note-screen .primary');
    await untilChoices(a);
    await b.evaluate(() => (location.hash = '#play=john'));
    await b.waitForFunction(() => location.hash === '#note=john');
    expect(await b.locator('.notice').count(), 'one notice, not two alike').toBe(1);
    await b.click('.notice button.primary');
    await b.waitForFunction(() => location.hash === '#play=john');
    await untilChoices(b);
    await a.waitForSelector('.notice:has-text("in een ander tabblad")');
    expect(errors).toEqual([]);
    await a.context().close();
  });

  it('a restart whose story does not arrive is retried as a restart, not as a resume', async () => {
    const { page, errors } = await freshPage({ serviceWorkers: 'block' });
    await oneChoiceIn(page);
    // a new page (its story not loaded yet), offline: restart from the title card fails to load
    let blocked = true;
    await page.route(storyChunk(CASE), (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(inject('baseURL'));
    await page.waitForSelector(`.case-card:has(#case-${CASE}) .case-progress`);
    await page.click(`.case-card:has(#case-${CASE}) [data-key="restart"]`);
    await page.click('dialog.confirm-dialog button.primary');
    await at(page, 'load-error-screen');
    // back online: the retry (a new page) restarts the case as asked, with no choice made
    blocked = false;
    await Promise.all([page.waitForEvent('load'), page.click('.load-error-screen .primary')]);
    await untilChoices(page);
    expect((await where(page)).hash).toBe(`#play=${CASE}`);
    expect(await page.$$('.choice-made')).toHaveLength(0);
    // a reload after that resumes the new play, as any reload does
    await page.keyboard.press('1');
    await page.waitForSelector('.choice-made');
    await page.reload();
    await untilChoices(page);
    expect(await page.$$('.choice-made')).toHaveLength(1);
    // the only error is the browser's for the fetch refused offline
    expect(errors).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    await page.context().close();
  });

  it('the question before a restart goes with its screen: Back while it is open restarts nothing', async () => {
    const { page, errors } = await freshPage();
    await oneChoiceIn(page);
    await page.goBack();
    await at(page, 'note-screen');
    await page.goBack();
    await at(page, 'title-screen');
    await page.click(`.case-card:has(#case-${CASE}) [data-key="restart"]`);
    await page.waitForSelector('dialog.confirm-dialog[open]');
    await page.goForward();
    await at(page, 'note-screen');
    await page.waitForFunction(() => document.querySelector('dialog.confirm-dialog') === null);
    await page.click('.note-screen .primary');
    await untilChoices(page);
    expect(await page.$$('.choice-made'), 'the play goes on where it was').toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a case finished while its analysis did not come (offline) offers its debrief on the title card, which opens it once online', async () => {
    const { page, errors } = await freshPage({ serviceWorkers: 'block' });
    let blocked = true;
    await page.route(new RegExp(`/assets/_analysis_${CASE}-[^/]*\\.js(\\?.*)?$`), (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(inject('baseURL'));
    await page.click(`.case-card button[aria-describedby="case-${CASE}"]`);
    await page.click('.note-screen .primary');
    await playToEnd(page);
    await page.evaluate(() => (location.hash = ''));
    await at(page, 'title-screen');
    const card = page.locator('.case-card', { has: page.locator(`#case-${CASE}`) });
    expect(await card.locator('.past-plays').count(), 'not in the list of results yet').toBe(0);
    blocked = false;
    await card.locator('.actions button:text-is("Nabespreking openen")').click();
    // (the game fetches it again with ?retry=n; a retry from the error screen would load the page again)
    await page.waitForSelector('.debrief-screen, .load-error-screen button.primary');
    if (!(await page.$('.debrief-screen'))) await page.click('.load-error-screen button.primary');
    await at(page, 'debrief-screen');
    await page.evaluate(() => (location.hash = ''));
    await at(page, 'title-screen');
    expect(await card.locator('.past-plays li').count(), 'recorded, once').toBe(1);
    expect(await card.locator('.actions button:text-is("Nabespreking openen")').count()).toBe(0);
    expect(errors.every((e) => e === 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED')).toBe(true);
    await page.context().close();
  });

  it('Back and Forward across two cases in progress, faster than a story loads: each case stays as it was, and the screen is the one asked for', async () => {
    // no service worker: the story's late arrival must come from the network, where it is delayed
    const { page, errors } = await freshPage({ serviceWorkers: 'block' });
    const chooseFirst = async () => {
      await untilChoices(page); // the story arrives in passages: Verder until the options show
      const n = await page.$$eval('.choice-made', (xs) => xs.length);
      await page.keyboard.press('1');
      await page.waitForFunction((c) => document.querySelectorAll('.choice-made').length > c, n);
    };
    await page.goto(inject('baseURL'));
    for (const id of [CASE, 'john']) {
      await page.click(`.case-card button[aria-describedby="case-${id}"]`);
      await page.click('.note-screen .primary');
      await untilChoices(page);
      await chooseFirst();
      if (id === CASE) {
        await chooseFirst();
        await page.keyboard.press('Escape');
        await page.click('dialog button:has-text("Stoppen en naar het begin")');
        await at(page, 'title-screen');
      }
    }
    const johnTitle = await page.locator('h1').innerText();
    // after a reload the first case's story arrives only after two seconds
    await page.route(storyChunk(CASE), async (route) => {
      await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    });
    await page.reload();
    await untilChoices(page);
    // history: title, note, CASE, title, note, john. Back to CASE, and Forward again while it loads
    await page.evaluate(() => history.go(-3));
    await page.waitForFunction((h) => location.hash === h, `#play=${CASE}`);
    await page.evaluate(() => history.go(3));
    await page.waitForFunction(() => location.hash === '#play=john' && document.querySelector('button.choice, button.continue') !== null);
    await page.waitForTimeout(3000); // the first case's story has arrived by now
    expect((await where(page)).hash).toBe('#play=john');
    expect(await page.locator('h1').innerText()).toBe(johnTitle);
    expect(await page.$$('.choice-made')).toHaveLength(1);
    expect(await page.$$('.held-area:not([hidden])')).toHaveLength(0);
    await chooseFirst();
    expect(await page.$$('.choice-made')).toHaveLength(2);
    // and the first case is where it was left
    await page.evaluate(() => history.go(-3));
    await page.waitForFunction(() => document.querySelectorAll('.choice-made').length === 2 && location.hash.startsWith('#play='));
    expect((await where(page)).hash).toBe(`#play=${CASE}`);
    const plays = await page.evaluate(() => JSON.parse(localStorage.getItem('niet-pluis.progress')!).state.plays as Record<string, { decisions: unknown[] }>);
    expect(Object.fromEntries(Object.entries(plays).map(([k, p]) => [k, p.decisions.length]))).toEqual({ [CASE]: 2, john: 2 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
