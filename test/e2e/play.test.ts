/**
 * Plays a case in real Chromium with the keyboard only, from the title screen to the debrief, and
 * checks the scores shown against the pure model; checks resume after a reload, a corrupt save,
 * and WCAG 2.1 A/AA with axe-core on title, case and debrief.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, describeViolations, launch, SHOTS, watchErrors } from './browser.ts';
import { buildStory } from '../../src/build/load-stories.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { principleResults, totalScores } from '../../src/story/scoring.ts';
import type { ChoiceAssessment } from '../../src/story/tags.ts';

const CASE = 'sylvia';
const built = buildStory(`stories/${CASE}.ink`);
if (!built.ok) throw new Error('sylvia.ink does not compile');
const { analysis, json } = built.story;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

/** Tabs until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, test: (el: Element) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${test.toString()})(document.activeElement)`)) return;
  }
  throw new Error('could not reach the element with Tab');
}

const choiceTexts = (page: Page) => page.$$eval('button.choice', (bs) => bs.map((b) => b.textContent!.replace(/^\d/, '').trim()));

/** Keyboard: from the title screen to the first choice of the case. */
async function openCase(page: Page): Promise<void> {
  await page.goto(inject('baseURL'));
  await page.waitForSelector('h1');
  await tabTo(page, (el) => el.getAttribute('aria-describedby') === 'case-sylvia');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.note-screen');
  await tabTo(page, (el) => el.classList.contains('primary'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('button.choice');
}

/** Plays to the end, picking with the number keys; returns the assessments of the choices taken. */
async function playWith(page: Page, pick: (texts: string[], step: number) => number): Promise<ChoiceAssessment[]> {
  const taken: ChoiceAssessment[] = [];
  const runner = createStoryRunner(json);
  runner.continue();
  for (let step = 0; step < 60; step++) {
    if (await page.$('.end-area:not([hidden]) button')) break;
    const texts = await choiceTexts(page);
    expect(texts).toEqual(runner.currentChoices().map((c) => c.text));
    const i = pick(texts, step);
    taken.push(runner.currentChoices()[i]!.assessment);
    runner.choose(runner.currentChoices()[i]!.index);
    runner.continue();
    const logCount = await page.$$eval('.log > *', (xs) => xs.length);
    await page.keyboard.press(String(i + 1));
    await page.waitForFunction((n) => document.querySelectorAll('.log > *').length > n, logCount);
  }
  return taken;
}

async function expectDebriefScores(page: Page, taken: ChoiceAssessment[]): Promise<void> {
  const expected = principleResults(totalScores(taken.map((a) => ({ scores: a.scores }))), analysis.best, analysis.worst);
  for (const r of expected) {
    const row = await page.$eval(`tr[data-principle="${r.principle}"]`, (tr) => tr.textContent);
    expect(row).toContain(`${r.points} / ${r.best}`);
    expect(row).toContain(`${Math.round(r.share * 100)}%`);
  }
}

describe(`playing ${CASE} in the browser`, () => {
  it('title screen: no WCAG 2.1 A/AA violations', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    await page.screenshot({ path: `${SHOTS}/title.png`, fullPage: true });
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('plays the best path keyboard-only from title to debrief, and shows full scores', async () => {
    const { page, errors } = await freshPage();
    await openCase(page);
    await page.waitForSelector('.world canvas', { timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/case-start.png` });
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);

    const best = analysis.bestPath.map((s) => s.choice);
    const taken = await playWith(page, (texts, step) => {
      const i = texts.indexOf(best[step]!);
      expect(i, `best choice "${best[step]}" at step ${step}`).toBeGreaterThanOrEqual(0);
      return i;
    });
    expect(taken).toHaveLength(best.length);
    await page.screenshot({ path: `${SHOTS}/case-end.png`, fullPage: true });
    // the end of the case: the button to the debrief has the focus; Enter opens it
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/nabespreking/i);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.debrief-screen');
    await expectDebriefScores(page, taken);
    await page.screenshot({ path: `${SHOTS}/debrief-best.png`, fullPage: true });
    const dv = await axe(page);
    expect(dv, describeViolations(dv)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('plays a poor path and shows the lower scores, key moments and missed signals', async () => {
    const { page, errors } = await freshPage();
    await openCase(page);
    const taken = await playWith(page, (texts) => texts.length - 1);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.debrief-screen');
    await expectDebriefScores(page, taken);
    expect(await page.$$eval('.moment', (m) => m.length)).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/debrief-poor.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('resumes mid-case after a reload with the same text and choices on screen', async () => {
    const { page, errors } = await freshPage();
    await openCase(page);
    for (const key of ['1', '2', '1']) {
      const n = await page.$$eval('.log > *', (xs) => xs.length);
      await page.keyboard.press(key);
      await page.waitForFunction((c) => document.querySelectorAll('.log > *').length > c, n);
    }
    const log = await page.$eval('.log', (l) => l.textContent);
    const choices = await choiceTexts(page);
    await page.reload();
    await page.waitForSelector('button.choice');
    expect(await page.$eval('.log', (l) => l.textContent)).toBe(log);
    expect(await choiceTexts(page)).toEqual(choices);
    expect(errors).toEqual([]);
  });

  it('reports a corrupt save, sets it aside and starts clean without crashing', async () => {
    const { page, errors } = await freshPage();
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('niet-pluis.progress', '{"state":{"active":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.notice');
    expect(await page.$eval('.notices', (n) => n.getAttribute('role'))).toBe('alert');
    expect(await page.$$eval('.case-card', (c) => c.length)).toBeGreaterThan(0);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith('niet-pluis.progress.set-aside.'))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/corrupt-save.png` });
    expect(errors).toEqual([]);
  });

  it('opens the pause dialog with Escape on the case screen and leaves with progress kept', async () => {
    const { page, errors } = await freshPage();
    await openCase(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.pause-dialog[open]');
    expect(await page.$eval('dialog.pause-dialog', (d) => d.textContent)).toContain('0800-2000');
    await tabTo(page, (el) => /Stoppen/.test(el.textContent ?? ''));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.title-screen');
    expect(await page.$eval('button[aria-describedby="case-sylvia"]', (b) => b.textContent)).toMatch(/Verder/);
    expect(errors).toEqual([]);
  });
});
