/**
 * A story file dropped into the stories folder appears in the case menu with no code change, and
 * plays to its end from its deep link: the site is built from a copy of stories/ plus the guide's
 * template case (stories/templates/mijn-casus.ink) copied in as a trainer would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { Browser } from 'playwright-core';
import { inkStories } from '../../src/build/vite-plugin-ink.ts';
import { launch, watchErrors } from './browser.ts';
import { playWith, tabTo, toDebrief, untilChoices } from './play-helpers.ts';
import { compileInk } from '../../src/story/compile.ts';
import { diskReader } from '../../src/build/node-reader.ts';

let browser: Browser;
let server: PreviewServer;
let url: string;
const dir = mkdtempSync(join(tmpdir(), 'niet-pluis-stories-'));

beforeAll(async () => {
  cpSync('stories', dir, { recursive: true });
  cpSync('stories/templates/mijn-casus.ink', join(dir, 'mijn-casus.ink'));
  const outDir = join(dir, 'dist');
  await build({ configFile: false, logLevel: 'warn', base: './', plugins: [inkStories({ dir })], build: { outDir, emptyOutDir: true } });
  server = await preview({ configFile: false, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 }, build: { outDir } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}/`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.httpServer.close(() => done()) : done()));
  rmSync(dir, { recursive: true, force: true });
});

describe('a new story file', () => {
  it('appears in the case menu, and not the templates', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.waitForSelector('.case-card');
    const titles = await page.$$eval('.case-card h3', (h) => h.map((x) => x.textContent));
    expect(titles).toContain('Mijn casus (voorbeeld)');
    expect(titles.filter((t) => t === 'Mijn casus (voorbeeld)')).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays the template case from its deep link to its end and debrief', async () => {
    const compiled = compileInk('stories/templates/mijn-casus.ink', diskReader());
    if (!compiled.ok) throw new Error('the template does not compile');
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}#play=mijn-casus`);
    // the first time, the deep link shows the content note before the case
    await page.waitForSelector('.note-screen');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Mijn casus (voorbeeld)');
    await tabTo(page, `el && el.classList.contains('primary')`);
    await page.keyboard.press('Enter');
    await untilChoices(page);
    // always the story's first option (shown anywhere, the order is seeded): the cautious path, which ends out of sight
    const taken = await playWith(page, compiled.json, (_texts, _step, shown) => shown.findIndex((c) => c.index === 0));
    expect(taken).toHaveLength(7);
    expect(await page.$eval('.log .ending', (e) => e.textContent)).toContain('Na een maand is hij van school verdwenen.');
    await toDebrief(page);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Mijn casus (voorbeeld)');
    expect(errors).toEqual([]);
  });
});
