/**
 * One drawn world for the whole visit: opening case after case hands the same canvas (and WebGL
 * context) from screen to screen. Chromium keeps about 16 contexts and warns when it drops one,
 * so 17 case screens in a row would warn if each made its own.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { storyFiles, storyIdOf } from '../../src/build/load-stories.ts';
import { untilChoices } from './play-helpers.ts';

const CASE_SCREENS = 17;
const caseIds = storyFiles('stories').map(storyIdOf);

const { freshPage } = useBrowser();

describe('the drawn world', () => {
  it(`serves ${CASE_SCREENS} case screens in a row with one canvas and one WebGL context`, async () => {
    const { page, errors } = await freshPage();
    const webglMessages: string[] = [];
    page.on('console', (m) => {
      if (/webgl/i.test(m.text())) webglMessages.push(m.text());
    });
    // Count the WebGL contexts where they are made (the renderer may also probe for support once).
    await page.addInitScript(`
      window.__webglCanvases = new Set();
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        const ctx = getContext.call(this, type, ...rest);
        if (ctx && /webgl/.test(type)) window.__webglCanvases.add(this);
        return ctx;
      };
    `);
    await page.goto(inject('baseURL'));
    const canvases = new Set<unknown>();
    for (let n = 0; n < CASE_SCREENS; n++) {
      const caseId = caseIds[n % caseIds.length]!;
      await page.click(`.case-card button[aria-describedby="case-${caseId}"]`);
      // a case seen before resumes at once; a new one shows its content note first
      await page.waitForSelector('.note-screen .primary, .play-screen');
      if (await page.evaluate(() => !!document.querySelector('.note-screen'))) await page.click('.note-screen .primary');
      await untilChoices(page);
      // the canvas has moved into this screen, fits it, and has drawn this case's first frame (hidden until then)
      await (await page.waitForSelector('.play-screen .world canvas', { state: 'visible', timeout: 30_000 })).dispose();
      const size = await page.$eval('.play-screen .world canvas', (c) => [c.getBoundingClientRect().width, c.parentElement!.parentElement!.getBoundingClientRect().width]);
      expect(size[0]).toBeGreaterThan(0.9 * size[1]!);
      expect(await page.$$eval('canvas', (cs) => cs.length)).toBe(1);
      canvases.add(await page.$eval('canvas', (c) => ((c as HTMLCanvasElement & { __seen?: number }).__seen ??= Math.random())));
      await page.keyboard.press('Escape');
      await page.click('.pause-dialog .actions button:not(.primary)');
      await page.waitForSelector('.title-screen');
      // off screen, the world is out of the page
      expect(await page.$$eval('canvas', (cs) => cs.length)).toBe(0);
    }
    expect(canvases.size, 'the same canvas element on every case screen').toBe(1);
    const contexts = await page.evaluate(() => (window as unknown as { __webglCanvases: Set<HTMLCanvasElement> }).__webglCanvases.size);
    expect(contexts, 'canvases with a WebGL context: the game, and at most one support probe').toBeLessThanOrEqual(2);
    expect(webglMessages.filter((m) => /too many active webgl contexts/i.test(m))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
