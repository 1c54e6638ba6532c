/** In the dev server, a broken case rule shows in Vite's error overlay with its file and line, like a broken tag. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { inkStories } from '../../src/build/vite-plugin-ink.ts';
import { launch } from './browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'niet-pluis-dev-'));
let server: ViteDevServer | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dev server', () => {
  it('shows a story error with file and line in the overlay', async () => {
    cpSync('test/fixtures/stories/broken-dead-end.ink', join(dir, 'kapot.ink'));
    server = await createServer({ configFile: false, logLevel: 'silent', plugins: [inkStories({ dir })], server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
    const address = server.httpServer!.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${address.port}/`);
    // the dev server compiles and walks the story first (a few seconds on a busy machine)
    const overlay = await page.waitForSelector('vite-error-overlay', { timeout: 90_000 });
    const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text).toMatch(/kapot\.ink:47: doodlopend pad: het verhaal stopt hier zonder "# einde:"/);
  });
});
