/**
 * The built site under the strict Content-Security-Policy that public-sector hosting asks for
 * (the header the README gives): a case played to the debrief with no policy violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from './static-server.ts';
import { useBrowser } from './browser.ts';
import { takeFirst, untilChoices } from './play-helpers.ts';

export const CSP = "script-src 'self'; object-src 'none'; base-uri 'self'";

let server: Served;
beforeAll(async () => {
  server = await serve({ '/': 'dist-test' }, { 'content-security-policy': CSP });
});
afterAll(async () => server?.close());

const { freshPage } = useBrowser();

describe('strict Content-Security-Policy', () => {
  it(`plays a case to the debrief under "${CSP}" with no securitypolicyviolation`, async () => {
    const { page, errors } = await freshPage();
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    const response = await page.goto(`${server.url}/#note=sylvia`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await page.click('.note-screen button.primary');
    await untilChoices(page);
    await page.waitForSelector('.world canvas', { timeout: 30_000 });
    expect(await takeFirst(page)).toBeGreaterThan(0);
    await page.click('.end-area button');
    await page.waitForSelector('.debrief-screen');
    expect(await violations()).toEqual([]);
    // the listener does hear a violation: an inline script is refused
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
    });
    await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  });
});
