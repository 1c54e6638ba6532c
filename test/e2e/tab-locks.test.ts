/**
 * Two tabs on one case where the browser has no Web Locks (the game served over plain http on a
 * LAN address is no secure context): the pages here have `navigator.locks` removed before any
 * script runs, so the tabs coordinate over their BroadcastChannel. The second tab is told the case
 * is open elsewhere, takes it over, and no choice of either tab is lost.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, SHOTS, useBrowser } from './browser.ts';
import { openCase, untilChoices } from './play-helpers.ts';

const { freshPage } = useBrowser();
const url = () => inject('baseURL');

async function chooseFirst(page: Page): Promise<void> {
  const before = await page.$$eval('.log > *', (xs) => xs.length);
  await page.keyboard.press('1');
  await page.waitForFunction((n) => document.querySelectorAll('.log > *').length > n, before);
  await untilChoices(page);
}

const savedDecisions = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('niet-pluis.progress')!).state.plays.john.decisions as unknown[]).length);

describe('tabs without Web Locks', () => {
  it('the second tab on a case is told it is open elsewhere, takes it over, and nothing is lost', async () => {
    const { page: a, errors } = await freshPage();
    await a.context().addInitScript(() => {
      delete (Navigator.prototype as { locks?: unknown }).locks;
    });
    const b = await a.context().newPage();
    await openCase(a, 'john', url());
    expect(await a.evaluate(() => navigator.locks)).toBeUndefined();
    await chooseFirst(a);

    // B asks for the case A is playing: told, and offered to take over
    await b.goto(url());
    expect(await b.evaluate(() => navigator.locks)).toBeUndefined();
    await b.waitForSelector('.case-card:has(#case-john) .case-progress');
    await b.click('.case-card:has(#case-john) button.primary');
    await b.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => n.textContent!.includes('al open in een ander tabblad')));
    expect(await b.$$('button.choice')).toHaveLength(0);
    await b.click('.notice button.primary');
    await untilChoices(b);
    expect(await b.$$('.choice-made')).toHaveLength(1); // A's choice is there
    await a.waitForSelector('.held-area:not([hidden])');
    expect(await a.$$('.choices-area:not([hidden])')).toHaveLength(0);
    await chooseFirst(b);

    // A sees B's choice, takes the case back, and plays on; both tabs' choices are kept
    await a.waitForFunction(() => document.querySelectorAll('.choice-made').length === 2);
    await untilChoices(b);
    await b.focus('button.choice');
    await a.click('.held-area button');
    // the take-back waits for B's last save: until then A still shows the held area (which
    // untilChoices counts as done), and a key pressed meanwhile chooses nothing
    await a.waitForSelector('.held-area', { state: 'hidden' });
    await untilChoices(a);
    await b.waitForSelector('.held-area:not([hidden])');
    // B's focus was on an option, which is gone: it is on the way to take the case back, not lost
    expect(await b.evaluate(() => document.activeElement?.closest('.held-area') !== null)).toBe(true);
    // a mark in B, which no longer has the case, is refused: nothing is said to be marked
    const said = await b.$eval('.play-screen [role="status"][aria-live="polite"].visually-hidden', (p) => p.textContent);
    await b.keyboard.press('m');
    await b.waitForTimeout(200);
    expect(await b.$eval('.play-screen [role="status"][aria-live="polite"].visually-hidden', (p) => p.textContent)).toBe(said);
    expect(await b.$$('.log [aria-pressed="true"]')).toHaveLength(0);
    await chooseFirst(a);
    expect(await a.$$('.choice-made')).toHaveLength(3);
    expect(await savedDecisions(b)).toBe(3);
    expect(errors).toEqual([]);
  });

  it('says the case is being opened while the tab waits for another tab\'s answer', async () => {
    const { page, errors } = await freshPage();
    await page.context().addInitScript(() => {
      delete (Navigator.prototype as { locks?: unknown }).locks;
    });
    await openCase(page, 'john', url());
    await chooseFirst(page);
    await page.goto(url());
    await page.waitForSelector('.case-card:has(#case-john) .case-progress');
    await page.click('.case-card:has(#case-john) button.primary');
    // a case in progress resumes once no other tab answers, half a second on: the line comes
    // meanwhile, under the button pressed
    const line = await page.waitForSelector('.case-card:has(#case-john) .opening[role="status"]:not(:empty)');
    expect(await line.textContent()).toBe('De casus wordt geopend…');
    await line.scrollIntoViewIfNeeded();
    await shot(page, `${SHOTS}/case-opening.png`);
    await untilChoices(page);
    expect(await page.$$('.opening')).toHaveLength(0);

    // Back to the title and Forward to the case: the page's own loading line stands for the wait,
    // with no second line inside it
    await page.goBack();
    await page.waitForSelector('.case-card');
    await page.goForward();
    await page.waitForTimeout(300); // past the 200 ms, within the half second
    expect(await page.$$eval('.opening:not(:empty)', (xs) => xs.length)).toBe(0);
    await untilChoices(page);
    expect(errors).toEqual([]);
  });
});
