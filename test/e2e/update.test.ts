/**
 * A new version of the installed web build: the player is asked before it loads, never during a
 * case. The server starts handing out a changed service worker while a case is being played.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { serve, type Served } from './static-server.ts';
import { useBrowser } from './browser.ts';
import { untilChoices } from './play-helpers.ts';

let version = 1;
let server: Served;
beforeAll(async () => {
  server = await serve({
    '/sw.js': () => ({ text: `${readFileSync('dist-test/sw.js', 'utf8')}\n// version ${version}\n`, type: 'text/javascript' }),
    '/': 'dist-test',
  });
});
afterAll(async () => server?.close());

const { freshPage } = useBrowser();

describe('a new version', () => {
  it('waits until the case is left, then asks; the player loads it', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('.case-card');
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.click('button[aria-describedby="case-sylvia"]');
    await page.click('.note-screen button.primary');
    await untilChoices(page);
    version = 2;
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);
    await page.waitForTimeout(500);
    expect(await page.$('.update-banner')).toBeNull(); // not during the case

    await page.keyboard.press('Escape');
    await page.click('.pause-dialog .actions button:not(.primary)'); // leave the case
    await page.waitForSelector('.title-screen');
    const banner = await page.waitForSelector('.update-banner');
    expect(await banner.getAttribute('role')).toBe('status');
    expect(await banner.textContent()).toMatch(/nieuwe versie/i);

    await page.evaluate(() => { (window as unknown as { before: boolean }).before = true; });
    await Promise.all([page.waitForEvent('load'), page.click('.update-banner button.primary')]);
    await page.waitForSelector('.case-card');
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBeUndefined();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('loaded in another tab, the new version does not reload a tab in the middle of a case: that tab follows once the case is left', async () => {
    version = 3;
    const { page: a, errors } = await freshPage();
    await a.goto(`${server.url}/`);
    await a.waitForSelector('.case-card');
    await a.evaluate(async () => { await navigator.serviceWorker.ready; });
    await a.reload();
    await a.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const b = await a.context().newPage();
    await b.goto(`${server.url}/`);
    await b.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await b.click('button[aria-describedby="case-sylvia"]');
    await b.click('.note-screen button.primary');
    await untilChoices(b);
    await b.evaluate(() => { (window as unknown as { before: boolean }).before = true; });

    version = 4;
    await a.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
    await a.waitForSelector('.update-banner');
    await Promise.all([a.waitForEvent('load'), a.click('.update-banner button.primary')]);
    await a.waitForSelector('.case-card');
    // B is still in its case, on its page
    await b.waitForTimeout(1000);
    expect(await b.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(true);
    expect(await b.$('.play-screen')).not.toBeNull();
    // left: it loads the new version
    await b.keyboard.press('Escape');
    await Promise.all([b.waitForEvent('load'), b.click('.pause-dialog .actions button:not(.primary)')]);
    await b.waitForSelector('.case-card');
    expect(await b.evaluate(() => (window as unknown as { before?: boolean }).before)).toBeUndefined();
    expect(errors).toEqual([]);
    await b.close();
  });
});
