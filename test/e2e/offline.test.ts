/** The installed web build works offline after the first visit: load once, go offline, reload, play a case. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { takeFirst, untilChoices } from './play-helpers.ts';

const { freshPage } = useBrowser();

describe('offline', () => {
  it('after one visit, reloads and plays a case to the debrief with the network off', async () => {
    const { page, errors } = await freshPage();
    const base = inject('baseURL');
    await page.goto(base);
    await page.waitForSelector('.case-card');
    // the service worker has installed (its precache filled) and controls the page after a reload
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.evaluate(() => fetch('./manifest.webmanifest').then((r) => r.json()).then((m: { name: string }) => m.name))).toBe('Niet Pluis');

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.context().setOffline(true);
    // the network is really gone: a file that is not cached cannot be fetched
    expect(await page.evaluate(() => fetch(`./not-cached-${Date.now()}.txt`).then(() => 'fetched', () => 'failed'))).toBe('failed');

    await page.reload();
    await page.waitForSelector('.case-card');
    await page.click('button[aria-describedby="case-sylvia"]');
    await page.click('.note-screen button.primary');
    await untilChoices(page);
    await page.waitForSelector('.world canvas', { timeout: 30_000 }); // Phaser's chunk comes from the precache
    expect(await takeFirst(page)).toBeGreaterThan(0);
    await page.click('.end-area button');
    await page.waitForSelector('.debrief-screen');
    expect(errors.filter((e) => !/not-cached|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
  });

  it('on a first visit, offline before a case was opened: the retry of its failed load opens it from the offline copy', async () => {
    const { page } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    // installed, but not yet serving this page (no reload since)
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.context().setOffline(true);
    await page.click('button[aria-describedby="case-nuria"]');
    await page.click('.note-screen button.primary');
    const retry = await page.waitForSelector('.load-error-screen button.primary', { timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), retry.click()]);
    await untilChoices(page);
    expect(page.url()).toMatch(/#play=nuria$/);
  });
});
