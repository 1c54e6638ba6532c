/** Steps a keyboard user takes through a case, shared by the browser tests. */
import { expect, inject } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { StoryAnalysis } from '../../src/story/explorer.ts';
import { createStoryRunner, type StoryChoice, type StoryLine } from '../../src/story/runner.ts';
import { overall, principleResults, totalScores } from '../../src/story/scoring.ts';
import type { ChoiceAssessment } from '../../src/story/tags.ts';

/** Tabs until the focused element passes the test (a function run in the page), as a keyboard user would. */
export async function tabTo(page: Page, test: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`((el) => ${test})(document.activeElement)`)) return;
  }
  throw new Error(`could not reach ${test} with Tab`);
}

/**
 * Presses "Verder" (Enter, as a keyboard user does) until the options or the end show: the story
 * arrives in passages. Returns how many times it was pressed.
 */
export async function untilChoices(page: Page | Frame): Promise<number> {
  const where = `(() => {
    const shown = (sel) => { const e = document.querySelector(sel); return e !== null && !e.closest('[hidden]'); };
    return shown('button.choice') || shown('.end-area button') || shown('.held-area button') ? 'done' : shown('button.continue') ? 'next' : false;
  })()`;
  for (let pressed = 0; pressed < 40; pressed++) {
    const state = await page.waitForFunction(where);
    if ((await state.jsonValue()) === 'done') return pressed;
    const n = await page.$$eval('.log > *', (xs) => xs.length);
    // Enter goes on from wherever the focus is, unless another control has it (a marked line)
    const onOther = await page.evaluate(() => { const a = document.activeElement; return !!a && a.matches('button, a[href], input, select, textarea') && !a.matches('button.continue'); });
    if (onOther || !('keyboard' in page)) await page.click('button.continue');
    else await page.keyboard.press('Enter');
    await page.waitForFunction((c) => document.querySelectorAll('.log > *').length > c, n);
  }
  throw new Error('no options after 40 presses of Verder');
}

export const choiceTexts = (page: Page) => page.$$eval('button.choice', (bs) => bs.map((b) => b.textContent!.replace(/^\d/, '').trim()));

/** Presses the number key of the option whose text contains `part` (options are shown in a seeded order). */
export async function pressOption(page: Page, part: string): Promise<void> {
  const i = (await choiceTexts(page)).findIndex((t) => t.includes(part));
  expect(i, `an option with "${part}"`).toBeGreaterThanOrEqual(0);
  const n = await page.$$eval('.choice-made', (xs) => xs.length);
  await page.keyboard.press(String(i + 1));
  await page.waitForFunction((c) => document.querySelectorAll('.choice-made').length > c, n);
  await untilChoices(page);
}

/** Keyboard only: from the title screen through the content note to the first choice of a case. */
export async function openCase(page: Page, caseId: string, url: string = inject('baseURL')): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('.case-card');
  await tabTo(page, `el && el.getAttribute('aria-describedby') === 'case-${caseId}'`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.note-screen');
  await tabTo(page, `el && el.classList.contains('primary')`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.play-screen .log .passage');
  await untilChoices(page);
}

/** Picks a position on screen from the options shown there (texts, and the story's choices in that order). */
export type Picker = (texts: string[], step: number, shown: StoryChoice[]) => number;

/**
 * Plays to the end with the number keys. `pick` chooses a position on screen; the options are
 * shown in the play's seeded order, so the same choice is found by its text in a runner in Node,
 * which checks that the page offers exactly the story's choices. `onStep` gets the lines the
 * story showed since the last decision (as the runner in Node saw them).
 */
export async function playWith(page: Page, json: string, pick: Picker, onStep?: (step: number, lines: readonly StoryLine[]) => Promise<void>): Promise<ChoiceAssessment[]> {
  const taken: ChoiceAssessment[] = [];
  const runner = createStoryRunner(json);
  let lines = runner.continue().lines;
  for (let step = 0; step < 60; step++) {
    if (await page.$('.end-area:not([hidden]) button')) break;
    await onStep?.(step, lines);
    const texts = await choiceTexts(page);
    const open = runner.currentChoices();
    expect([...texts].sort()).toEqual(open.map((c) => c.text).sort());
    const shown = texts.map((t) => open.find((c) => c.text === t)!);
    const i = pick(texts, step, shown);
    const choice = shown[i]!;
    taken.push(choice.assessment);
    runner.choose(choice.index);
    lines = runner.continue().lines;
    const logCount = await page.$$eval('.log > *', (xs) => xs.length);
    await page.keyboard.press(String(i + 1));
    await page.waitForFunction((n) => document.querySelectorAll('.log > *').length > n, logCount);
    await untilChoices(page);
  }
  return taken;
}

/** The option that scores lowest over all principles (the first shown of equals). */
export const worstPicker: Picker = (_texts, _step, shown) => shown.reduce((w, c, i) => (overall(c.assessment.scores) < overall(shown[w]!.assessment.scores) ? i : w), 0);

/** At the end of a case: Tab to the button to the debrief (as a keyboard user would), Enter, and wait for it. */
export async function toDebrief(page: Page): Promise<void> {
  await tabTo(page, `el && el.closest('.end-area') !== null`, 120);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.debrief-screen');
}

/** Picks the story's best path, step by step. */
export const bestPathPicker = (analysis: StoryAnalysis): Picker => (texts, step) => {
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
  await untilChoices(page);
  while (taken < n && !(await page.$('.end-area:not([hidden]) button'))) {
    const count = await page.$$eval('.log > *', (xs) => xs.length);
    await page.click('button.choice >> nth=0');
    await page.waitForFunction((c) => document.querySelectorAll('.log > *').length > c, count);
    await untilChoices(page);
    taken++;
  }
  return taken;
}

/** Sets the "show everything at once" setting before the page's scripts run: for tests about something other than pacing. */
export async function showAllAtOnce(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('niet-pluis.settings')) localStorage.setItem('niet-pluis.settings', JSON.stringify({ state: { lang: 'nl', highContrast: false, motion: 'system', largeText: false, notesSeen: [], pacing: 'all' }, version: 1 }));
  });
}
