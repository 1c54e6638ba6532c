/**
 * The title screen: the cases in the order their `# volgorde:` headers give, each card with its
 * title once, the child's age, the player's role and the duration; the name of the game shown once;
 * the served typeface in use; and screenshots at four sizes for a person to look at.
 */
import { describe, expect, inject, it } from 'vitest';
import { axe, describeViolations, shot, SHOTS, typefaceLoaded, useBrowser } from './browser.ts';

const { freshPage } = useBrowser();

describe('title screen', () => {
  it('lists the cases in the guide order, each title once, with age, role and duration', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    // the drawings arrive in a chunk of their own, after the text
    await page.waitForSelector('.case-card .card-art');
    await page.waitForSelector('.key-art');
    const ids = await page.$$eval('.case-card h3', (hs) => hs.map((h) => h.id));
    // the guide's four cases first (`# volgorde: 1` to 4), then the fifth (`# volgorde: 5`)
    expect(ids.slice(0, 5)).toEqual(['case-sylvia', 'case-nuria', 'case-john', 'case-dorian', 'case-yasin']);

    const dorian = await page.$eval('.case-card:has(#case-dorian)', (c) => ({
      text: c.textContent ?? '',
      facts: [...c.querySelectorAll('.case-facts > div')].map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]),
      art: c.querySelector('svg')?.getAttribute('aria-hidden'),
    }));
    expect(dorian.facts).toEqual([
      ['Leeftijd', '17 jaar'],
      ['Jouw rol', 'Jongerenwerker in een jongerencentrum'],
      // the minutes from the header, the decisions on a path from the explorer
      ['Duur', expect.stringMatching(/^ongeveer 25 minuten, \d+( tot \d+)? beslissingen$/)],
    ]);
    // "Dorian" is the title; the card does not say "Dorian, 17 jaar" as well
    expect(dorian.text).not.toContain('Dorian, 17 jaar');
    expect(dorian.art).toBe('true');

    // "Niet Pluis" is read once on this screen: the heading, not also the bar
    const visibleNames = await page.$$eval('body *', (els) =>
      els.filter((e) => e.children.length === 0 && e.textContent === 'Niet Pluis' && e.checkVisibility({ visibilityProperty: true })).map((e) => e.tagName),
    );
    expect(visibleNames).toEqual(['H1']);
    expect(await page.$eval('.key-art', (s) => s.getAttribute('aria-hidden'))).toBe('true');

    // the typeface served with the game is loaded and used for the text
    await typefaceLoaded(page);
    expect(await page.evaluate(() => document.fonts.check('16px "Source Sans 3 Variable"'))).toBe(true);
    expect(await page.$eval('.case-theme', (p) => getComputedStyle(p).fontFamily)).toMatch(/^"Source Sans 3 Variable"/);

    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists the cases in the same order in English, with the facts in English', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    await page.click('[aria-controls="settings-panel"]');
    await page.click('#settings-panel button:text-is("English")');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.$$eval('.case-card h3', (hs) => hs.map((h) => h.textContent).slice(0, 4))).toEqual(['Sylvia', 'Nuria', 'John', 'Dorian']);
    expect(await page.$$eval('.case-card:has(#case-sylvia) .case-facts dt', (d) => d.map((x) => x.textContent))).toEqual(['Age', 'Your role', 'Duration']);
    expect(await page.$eval('.case-card:has(#case-sylvia) .case-facts', (d) => d.textContent)).toContain('15 years old');
    // the cases themselves are Dutch: said before one is opened
    expect(await page.textContent('.title-screen')).toContain('The cases themselves, their content notes and the feedback are in Dutch');
    expect(errors).toEqual([]);
  });

  // the English chunk, also when asked for again under a new address after a failure (src/build/retry-imports.ts)
  const englishChunk = /\/assets\/strings-en-[^/]*\.js(\?.*)?$/;

  it('fetches English only when the settings menu opens; a failed fetch is reported with a retry, the wait is announced, and a saved choice of English starts in English', async () => {
    // no service worker: the English chunk must come from the network, where it is held or refused
    const { page } = await freshPage({ serviceWorkers: 'block' });
    let mode: 'refuse' | 'hold' | 'pass' = 'refuse';
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let asked = 0;
    await page.route(englishChunk, async (route) => {
      asked++;
      if (mode === 'refuse') return route.abort('internetdisconnected');
      if (mode === 'hold') await held;
      return route.continue();
    });
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    expect(asked).toBe(0);
    await page.click('[aria-controls="settings-panel"]');
    await expect.poll(() => asked).toBe(1);
    await page.click('#settings-panel button:text-is("English")');
    await page.waitForSelector('.notice:has-text("English could not be loaded")');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.$$eval('.case-card:has(#case-sylvia) .case-facts dt', (d) => d.map((x) => x.textContent))).toEqual(['Leeftijd', 'Jouw rol', 'Duur']);
    // the notice closed, English chosen in the menu again: fetched again (English is still the setting)
    await page.click('.notice:has-text("English could not be loaded") button:text-is("Sluiten")');
    if (!(await page.isVisible('#settings-panel'))) {
      // the menu, opened again, fetches English in the background (refused): counted, and failed, before the choice
      const opened = asked;
      await page.click('[aria-controls="settings-panel"]');
      await expect.poll(() => asked).toBe(opened + 1);
      await page.waitForTimeout(200);
    }
    const before = asked;
    await page.click('#settings-panel button:text-is("English")');
    await expect.poll(() => asked).toBe(before + 1);
    await page.waitForSelector('.notice:has-text("English could not be loaded")');

    // the retry: while English is on its way a status says so; then the screen is in English
    mode = 'hold';
    await page.click('.notice button:text-is("Try again")');
    await page.waitForSelector('[role="status"].lang-status:has-text("Loading English…")');
    release();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.$$eval('.case-card:has(#case-sylvia) .case-facts dt', (d) => d.map((x) => x.textContent))).toEqual(['Age', 'Your role', 'Duration']);
    expect(await page.$eval('.lang-status', (p) => p.textContent)).toBe('');

    // a reload with English saved: no Dutch screen first, even when English is slow to arrive
    mode = 'pass';
    await page.unroute(englishChunk);
    await page.route(englishChunk, async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      return route.continue();
    });
    await page.reload();
    await page.waitForSelector('.case-card');
    expect(await page.$$eval('.case-card:has(#case-sylvia) .case-facts dt', (d) => d.map((x) => x.textContent))).toEqual(['Age', 'Your role', 'Duration']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.context().close();
  });

  it('English that failed, and then comes when the menu opens again, is shown at once, and the notice that it failed goes', async () => {
    const { page } = await freshPage({ serviceWorkers: 'block' });
    let refuse = true;
    await page.route(englishChunk, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    await page.click('[aria-controls="settings-panel"]');
    await page.click('#settings-panel button:text-is("English")');
    await page.waitForSelector('.notice:has-text("English could not be loaded")');
    refuse = false;
    if (await page.isVisible('#settings-panel')) await page.click('[aria-controls="settings-panel"]');
    await page.click('[aria-controls="settings-panel"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.$$eval('.case-card:has(#case-sylvia) .case-facts dt', (d) => d.map((x) => x.textContent))).toEqual(['Age', 'Your role', 'Duration']);
    await page.waitForFunction(() => document.querySelector('.notice') === null);
    await page.context().close();
  });

  it('fits 1280×800, 1920×1080, 375×667 and 320×640 without sideways scrolling, the first case card on the first screen (screenshots title-<size>.png)', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card .card-art');
    await typefaceLoaded(page);
    for (const [width, height] of [[1280, 800], [1920, 1080], [375, 667], [320, 640]] as const) {
      await page.setViewportSize({ width, height });
      await shot(page, `${SHOTS}/title-${width}x${height}.png`);
      await shot(page, `${SHOTS}/title-${width}x${height}-full.png`, true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}×${height}`).toBeLessThanOrEqual(width);
      // the hero does not fill the first screen: the first case card begins on it (its picture shows)
      const card = await page.$eval('.case-card', (c) => c.getBoundingClientRect().top + scrollY);
      expect(card + 64, `${width}×${height}: the first case card begins on the first screen`).toBeLessThanOrEqual(height);
      // the key art's band shows the street at eye level, with the phone left on the bench, not only roofs;
      // on a phone the band stays as low as it was (20vw, at least 4rem)
      const { band, parts } = await page.evaluate(() => ({
        band: document.querySelector('.hero-art')!.getBoundingClientRect().toJSON() as DOMRect,
        parts: ['phone', 'bench-leg'].map((p) => [p, document.querySelector(`.key-art [data-part="${p}"]`)!.getBoundingClientRect().toJSON() as DOMRect] as const),
      }));
      for (const [part, box] of parts) {
        expect(box.top, `${width}×${height}: the ${part} below the band's top`).toBeGreaterThanOrEqual(band.top);
        expect(box.bottom, `${width}×${height}: the ${part} above the band's bottom`).toBeLessThanOrEqual(band.bottom);
      }
      if (width < 480) expect(band.height, `${width}×${height}: the band's height`).toBeLessThanOrEqual(Math.max(64, 0.2 * width) + 0.5);
    }
    expect(errors).toEqual([]);
  });

  it('the settings menu stays on screen at 320×640 and 375×667, also with larger text (screenshot settings-large-320x640.png)', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    for (const [width, height] of [[320, 640], [375, 667]] as const) {
      await page.setViewportSize({ width, height });
      if ((await page.getAttribute('.settings-toggle', 'aria-expanded')) !== 'true') await page.click('.settings-toggle');
      if (!(await page.evaluate(() => document.documentElement.classList.contains('large-text')))) {
        await page.click('.settings-panel button:has-text("Grotere tekst")');
        await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
      }
      const box = await page.$eval('.settings-panel', (p) => p.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.left, `${width}×${height}: the menu's left edge`).toBeGreaterThanOrEqual(0);
      expect(box.right, `${width}×${height}: the menu's right edge`).toBeLessThanOrEqual(width);
      if (width === 320) await shot(page, `${SHOTS}/settings-large-320x640.png`);
    }
    expect(errors).toEqual([]);
  });
});
