/**
 * A story file dropped into the stories folder appears in the case menu with no code change, and
 * plays to its end: the site is built from a copy of stories/ plus a fixture case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { Browser } from 'playwright-core';
import { inkStories } from '../../src/build/vite-plugin-ink.ts';
import { launch, watchErrors } from './browser.ts';
import { openCase } from './play-helpers.ts';

let browser: Browser;
let server: PreviewServer;
let url: string;
const dir = mkdtempSync(join(tmpdir(), 'niet-pluis-stories-'));

beforeAll(async () => {
  cpSync('stories', dir, { recursive: true });
  cpSync('test/fixtures/stories/mini.ink', join(dir, 'mini.ink'));
  cpSync('test/fixtures/stories/_mini-end.ink', join(dir, '_mini-end.ink'));
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
  it('appears in the case menu and plays to its end', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.waitForSelector('.case-card');
    expect(await page.$$eval('.case-card h3', (h) => h.map((x) => x.textContent))).toContain('Mini');
    await openCase(page, 'mini', url);
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelectorAll('.choice-made').length === 1);
    await page.keyboard.press('1');
    await page.waitForSelector('.end-area:not([hidden]) button');
    expect(await page.$eval('.log .ending', (e) => e.textContent)).toContain('Sam krijgt hulp.');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.debrief-screen');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Mini');
    expect(errors).toEqual([]);
  });
});
