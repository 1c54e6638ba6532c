/**
 * Pacing on a 1280×800 screen: the story arrives in passages with "Verder" (Space or Enter); at each
 * case's first decision the current passage and the options fit the screen without scrolling (also
 * at 375×667, where the passage and the options sit closer: src/ui/pacing.css); after
 * a choice and after "Verder" the view lands on the new text below the sticky bar, and focus is on
 * an element in view; a new decision's number is said once, politely; a reload comes back to the
 * same passage; the setting shows everything at once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, shot, SHOTS, useBrowser } from './browser.ts';
import { storyFiles, storyIdOf } from '../../src/build/load-stories.ts';
import { openCase, tabTo, untilChoices } from './play-helpers.ts';

const { freshPage } = useBrowser({ viewport: { width: 1280, height: 800 } });

/** Where things are on screen now, in CSS px of the viewport. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (e: Element | null) => (e ? e.getBoundingClientRect() : null);
    const bar = document.querySelector('header.bar')!;
    const sticky = ['sticky', 'fixed'].includes(getComputedStyle(bar).position);
    const passage = box(document.querySelector('.log > .passage:last-child'));
    const choices = [...document.querySelectorAll('.choices-area:not([hidden]) button.choice')].map((b) => box(b)!);
    const next = document.querySelector('.continue-area:not([hidden]) button.continue');
    const active = document.activeElement;
    return {
      barBottom: sticky ? box(bar)!.bottom : 0,
      height: innerHeight,
      passageTop: passage?.top ?? null,
      passageBottom: passage?.bottom ?? null,
      choicesBottom: choices.length > 0 ? Math.max(...choices.map((c) => c.bottom)) : null,
      nextBottom: box(next)?.bottom ?? null,
      focus: active && active !== document.body ? { top: box(active)!.top, bottom: box(active)!.bottom, what: `${active.tagName}.${active.className}`, text: active.textContent!.slice(0, 40) } : null,
    };
  });

/** The focused element is in view and not under the sticky bar. */
function expectFocusInView(l: Awaited<ReturnType<typeof layout>>, when: string) {
  expect(l.focus, `something has focus ${when}`).not.toBeNull();
  expect(l.focus!.top, `focus (${l.focus!.what} "${l.focus!.text}") below the sticky bar ${when}`).toBeGreaterThanOrEqual(l.barBottom);
  expect(l.focus!.top, `focus (${l.focus!.what}) starts in view ${when}`).toBeLessThan(l.height);
}

describe('pacing at 1280×800', () => {
  for (const file of storyFiles('stories')) {
    const id = storyIdOf(file);
    it(`${id}: the current passage and the options of the first decision fit the screen, also on a phone (375×667)`, async () => {
      const { page, errors } = await freshPage();
      await openCase(page, id);
      const l = await layout(page);
      expect(l.choicesBottom, 'options are shown').not.toBeNull();
      expect(l.passageTop!, 'the passage starts below the sticky bar').toBeGreaterThanOrEqual(l.barBottom);
      expect(l.choicesBottom!, 'the last option ends on the screen').toBeLessThanOrEqual(800);
      expectFocusInView(l, 'at the first decision');
      await shot(page, `${SHOTS}/pacing-${id}-first-decision.png`);
      // the same decision on a phone: a reload there lands on the passage as Verder does
      await page.setViewportSize({ width: 375, height: 667 });
      await page.reload();
      await page.waitForSelector('.choices-area:not([hidden]) button.choice');
      await page.waitForTimeout(100);
      const p = await layout(page);
      expect(p.passageTop!, 'on a phone: the passage starts below the sticky bar').toBeGreaterThanOrEqual(p.barBottom);
      expect(p.choicesBottom!, `on a phone: the last option ends on the screen (passage at ${p.passageTop})`).toBeLessThanOrEqual(667);
      expectFocusInView(p, 'on a phone, at the first decision');
      await shot(page, `${SHOTS}/pacing-${id}-375-first-decision.png`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('lands below the sticky bar with focus in view after each choice and each Verder, and Space goes on', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, 'sylvia');
    let verders = 0;
    for (let step = 0; step < 5; step++) {
      const made = await page.$$eval('.choice-made', (xs) => xs.length);
      await page.keyboard.press('1');
      await page.waitForFunction((n) => document.querySelectorAll('.choice-made').length > n, made);
      await page.waitForTimeout(50);
      let l = await layout(page);
      expect(l.passageTop!, `after choice ${step + 1}: the new text starts below the sticky bar`).toBeGreaterThanOrEqual(l.barBottom);
      expect(l.passageTop!, `after choice ${step + 1}: the new text starts in view`).toBeLessThan(l.height - 100);
      if (l.nextBottom !== null) expect(l.nextBottom, `after choice ${step + 1}: Verder is in view`).toBeLessThanOrEqual(l.height);
      expectFocusInView(l, `after choice ${step + 1}`);
      expect(l.focus!.what, 'focus is on the feedback, not on an option').toContain('choice-made');
      // Space (focus on the feedback) or Enter (focus on Verder) goes on, passage by passage
      while (await page.$('.continue-area:not([hidden])')) {
        const n = await page.$$eval('.log > *', (xs) => xs.length);
        await page.keyboard.press(verders % 2 === 0 ? ' ' : 'Enter');
        await page.waitForFunction((c) => document.querySelectorAll('.log > *').length > c, n);
        await page.waitForTimeout(50);
        verders++;
        l = await layout(page);
        expect(l.passageTop!, 'after Verder: the new passage starts below the sticky bar').toBeGreaterThanOrEqual(l.barBottom);
        expectFocusInView(l, 'after Verder');
        expect(l.focus!.what).not.toContain('choice ');
        if (l.nextBottom !== null) expect(l.nextBottom, 'Verder is in view').toBeLessThanOrEqual(l.height);
      }
      if (await page.$('.end-area:not([hidden])')) break;
    }
    expect(verders, 'Verder was needed').toBeGreaterThan(2);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows "Keuze n van ongeveer m" and says a new one once, politely; comes back to the same passage after a reload, and shows everything at once when asked', async () => {
    const { page, errors } = await freshPage();
    // what live regions say about progress: one entry per region per change, with how it is said
    await page.addInitScript(() => {
      const said: Array<{ text: string; live: string | null }> = [];
      (window as unknown as { said: typeof said }).said = said;
      new MutationObserver((changes) => {
        const regions = new Set<Element>();
        for (const c of changes) {
          const at = c.target instanceof Element ? c.target : c.target.parentElement;
          const region = at?.closest('[aria-live], [role="status"], [role="log"], [role="alert"]');
          if (region) regions.add(region);
        }
        for (const r of regions) {
          const text = r.textContent ?? '';
          if (/Keuze \d|keuzes? gemaakt/.test(text)) said.push({ text, live: r.getAttribute('aria-live') ?? (r.getAttribute('role') === 'alert' ? 'assertive' : 'polite') });
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const said = () => page.evaluate(() => (window as unknown as { said: unknown[] }).said);
    await openCase(page, 'sylvia');
    expect(await page.$eval('.case-header .status', (s) => s.textContent)).toMatch(/^Keuze 1 van (ongeveer )?\d+$/);
    // opening the case, and refining the estimate once the case's analysis arrives, say nothing
    await page.waitForTimeout(300);
    expect(await said(), 'nothing said about progress on opening').toEqual([]);
    const made = await page.$$eval('.choice-made', (xs) => xs.length);
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('.choice-made').length > n, made);
    const status = await page.$eval('.case-header .status', (s) => s.textContent!);
    expect(status).toMatch(/^Keuze 2 van (ongeveer )?\d+$/);
    // the new decision's number is said once, politely, in the words the line shows
    await page.waitForTimeout(300);
    expect(await said(), 'the new decision is said once').toEqual([{ text: status, live: 'polite' }]);
    // the time is shown once: in the story, not again in the header
    expect(status).not.toContain('Tijd');
    // one Verder in, then a reload: the same lines, the same step
    expect(await page.$('.continue-area:not([hidden])'), 'more of this round to come').not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.log > .passage').length > 0);
    // Verder is no new decision: nothing more is said about progress
    await page.waitForTimeout(200);
    expect(await said(), 'Verder says no progress').toHaveLength(1);
    const before = await page.$eval('.log', (l) => l.textContent);
    const moreBefore = !!(await page.$('.continue-area:not([hidden])'));
    await page.reload();
    await page.waitForSelector('.play-screen .log .passage');
    await page.waitForTimeout(200);
    expect(await page.$eval('.log', (l) => l.textContent)).toBe(before);
    expect(!!(await page.$('.continue-area:not([hidden])'))).toBe(moreBefore);
    expectFocusInView(await layout(page), 'after the reload');
    // everything at once: the rest of the round and the options, without Verder
    await tabTo(page, `el && el.getAttribute('aria-controls') === 'settings-panel'`);
    await page.keyboard.press('Enter');
    await tabTo(page, `el && el.tagName === 'BUTTON' && el.textContent.includes('Alles in één keer tonen')`);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await page.waitForSelector('.choices-area:not([hidden]) button.choice');
    expect(await page.$('.continue-area:not([hidden])')).toBeNull();
    expect(await page.$eval('.log', (l) => l.textContent!.length)).toBeGreaterThanOrEqual(before!.length);
    expect(await untilChoices(page)).toBe(0);
    // and it is kept
    await page.reload();
    await page.waitForSelector('.choices-area:not([hidden]) button.choice');
    // back to passages: what is on screen stays, also on a reload (nothing read is taken back)
    const allShown = await page.$eval('.log', (l) => l.textContent);
    await page.click('[aria-controls="settings-panel"]');
    await page.click('#settings-panel button.toggle:has-text("Alles in één keer tonen")');
    await page.waitForSelector('#settings-panel button.toggle[aria-pressed="false"]:has-text("Alles in één keer tonen")');
    await page.waitForTimeout(100);
    await page.reload();
    await page.waitForSelector('.choices-area:not([hidden]) button.choice');
    expect(await page.$eval('.log', (l) => l.textContent)).toBe(allShown);
    expect(await page.$('.continue-area:not([hidden])')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('pacing on a phone (375×667)', () => {
  it('the first decision: the options follow the passage, focus in view', async () => {
    const { page, errors } = await freshPage({ viewport: { width: 375, height: 667 } });
    await openCase(page, 'sylvia');
    await shot(page, `${SHOTS}/pacing-sylvia-375-first-decision.png`);
    const made = await page.$$eval('.choice-made', (xs) => xs.length);
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('.choice-made').length > n, made);
    await page.waitForTimeout(50);
    const l = await layout(page);
    expect(l.passageTop!).toBeGreaterThanOrEqual(l.barBottom);
    expectFocusInView(l, 'after a choice on a phone');
    await shot(page, `${SHOTS}/pacing-sylvia-375-after-choice.png`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
