/** Steps a keyboard user takes through a case, shared by the browser tests. */
import { expect, inject } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { StoryAnalysis } from '../../src/story/explorer.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { principleResults, totalScores } from '../../src/story/scoring.ts';
import type { ChoiceAssessment } from '../../src/story/tags.ts';

/** Tabs until the focused element passes the test (a function run in the page), as a keyboard user would. */
export async function tabTo(page: Page, test: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`((el) => ${test})(document.activeElement)`)) return;
  }
  throw new Error(`could not reach ${test} with Tab`);
}

export const choiceTexts = (page: Page) => page.$$eval('button.choice', (bs) => bs.map((b) => b.textContent!.replace(/^\d/, '').trim()));

/** Keyboard only: from the title screen through the content note to the first choice of a case. */
export async function openCase(page: Page, caseId: string, url: string = inject('baseURL')): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('.case-card');
  await tabTo(page, `el && el.getAttribute('aria-describedby') === 'case-${caseId}'`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.note-screen');
  await tabTo(page, `el && el.classList.contains('primary')`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('button.choice');
}

/**
 * Plays to the end with the number keys. `pick` chooses by the texts on screen; the same choices
 * are made in a runner in Node, which checks that the page offers exactly the story's choices.
 */
export async function playWith(page: Page, json: string, pick: (texts: string[], step: number) => number, onStep?: (step: number) => Promise<void>): Promise<ChoiceAssessment[]> {
  const taken: ChoiceAssessment[] = [];
  const runner = createStoryRunner(json);
  runner.continue();
  for (let step = 0; step < 60; step++) {
    if (await page.$('.end-area:not([hidden]) button')) break;
    await onStep?.(step);
    const texts = await choiceTexts(page);
    expect(texts).toEqual(runner.currentChoices().map((c) => c.text));
    const i = pick(texts, step);
    const choice = runner.currentChoices()[i]!;
    taken.push(choice.assessment);
    runner.choose(choice.index);
    runner.continue();
    const logCount = await page.$$eval('.log > *', (xs) => xs.length);
    await page.keyboard.press(String(i + 1));
    await page.waitForFunction((n) => document.querySelectorAll('.log > *').length > n, logCount);
  }
  return taken;
}

/** Picks the story's best path, step by step. */
export const bestPathPicker = (analysis: StoryAnalysis) => (texts: string[], step: number) => {
  const want = analysis.bestPath[step]!.choice;
  const i = texts.indexOf(want);
  expect(i, `best choice "${want}" at step ${step}`).toBeGreaterThanOrEqual(0);
  return i;
};

/** The debrief shows, per principle, the points and the share the pure model computes for the same choices. */
export async function expectDebriefScores(page: Page, analysis: StoryAnalysis, taken: ChoiceAssessment[]): Promise<void> {
  const expected = principleResults(totalScores(taken.map((a) => ({ scores: a.scores }))), analysis.best, analysis.worst);
  for (const r of expected) {
    const row = await page.$eval(`tr[data-principle="${r.principle}"]`, (tr) => tr.textContent);
    expect(row).toContain(`${r.points} / ${r.best}`);
    expect(row).toContain(`${Math.round(r.share * 100)}%`);
  }
}

/** Takes the first choice on screen `n` times or to the end of the case; returns how many were taken. */
export async function takeFirst(page: Page | Frame, n = 60): Promise<number> {
  let taken = 0;
  while (taken < n && !(await page.$('.end-area:not([hidden]) button'))) {
    const count = await page.$$eval('.log > *', (xs) => xs.length);
    await page.click('button.choice >> nth=0');
    await page.waitForFunction((c) => document.querySelectorAll('.log > *').length > c, count);
    taken++;
  }
  return taken;
}
