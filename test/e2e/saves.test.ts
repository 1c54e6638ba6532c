/**
 * Nothing lost, nothing stuck, in real Chromium: the end screen survives a reload, past debriefs
 * open from the title card, a case restarts after a confirmation, two tabs keep both results and
 * hand a case over, a full storage is told to the player while the case plays on, and a save of
 * an earlier story build restarts with a message and is kept aside. axe on every new message.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, shot, SHOTS, useBrowser } from './browser.ts';
import { openCase } from './play-helpers.ts';

const { freshPage } = useBrowser();
const url = () => inject('baseURL');

/** Takes the first option shown at every decision until the end screen. */
async function playToEnd(page: Page): Promise<void> {
  for (let step = 0; step < 60; step++) {
    if (await page.$('.end-area:not([hidden]) button')) return;
    await chooseFirst(page);
  }
  throw new Error('no end after 60 decisions');
}

async function chooseFirst(page: Page): Promise<void> {
  const before = await page.$$eval('.log > *', (xs) => xs.length);
  await page.keyboard.press('1');
  await page.waitForFunction((n) => document.querySelectorAll('.log > *').length > n, before);
}

async function noViolations(page: Page): Promise<void> {
  const v = await axe(page);
  expect(v, describeViolations(v)).toEqual([]);
}

const noticeTexts = (page: Page) => page.$$eval('.notice', (ns) => ns.map((n) => n.textContent ?? ''));

describe('saved data in the browser', () => {
  it('comes back to the end screen after a reload, reopens a past debrief from the title card, and restarts a case after a confirmation', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, 'john', url());
    await playToEnd(page);
    const endLog = await page.$eval('.log', (l) => l.textContent);
    await page.reload();
    await page.waitForSelector('.end-area:not([hidden]) button');
    expect(await page.$eval('.log', (l) => l.textContent)).toBe(endLog);
    expect(await page.$$('button.choice')).toHaveLength(0);

    // the title card: the last result and the past plays, each with its debrief
    await page.goto(url());
    await page.waitForSelector('.case-card');
    const card = await page.$eval('.case-card:has(#case-john)', (c) => c.textContent ?? '');
    expect(card).toContain('Beste resultaat');
    expect(card).toContain('Laatste keer');
    expect(card).toContain('1 keer afgerond');
    await page.click('.case-card:has(#case-john) .past-plays summary');
    await noViolations(page);
    await page.click('.case-card:has(#case-john) .past-plays button');
    await page.waitForSelector('.debrief-screen');
    expect(page.url()).toMatch(/#debrief=john\/0$/);
    expect(await page.$eval('.debrief-screen', (d) => d.textContent)).toContain('Gespeeld op');
    await page.reload();
    await page.waitForSelector('.debrief-screen tr[data-principle]');

    // a new play, one choice, then restart it from the title card after a confirmation
    await page.goto(url());
    await page.waitForSelector('.case-card');
    await page.click('.case-card:has(#case-john) button.primary');
    await page.click('.note-screen button.primary');
    await page.waitForSelector('button.choice');
    await chooseFirst(page);
    expect(await page.$$('.choice-made')).toHaveLength(1);
    await page.goto(url());
    await page.waitForSelector('.case-card:has(#case-john) .case-progress');
    await page.click('.case-card:has(#case-john) .actions button:not(.primary)');
    await page.waitForSelector('dialog.confirm-dialog[open]');
    await noViolations(page);
    await shot(page, `${SHOTS}/restart-confirm.png`);
    await page.click('dialog.confirm-dialog button.primary');
    await page.waitForSelector('.play-screen button.choice');
    expect(await page.$$('.choice-made')).toHaveLength(0);
    // the finished play is still there
    await page.goto(url());
    expect(await page.$eval('.case-card:has(#case-john)', (c) => c.textContent)).toContain('1 keer afgerond');
    expect(errors).toEqual([]);
  });

  it('two tabs: A finishes a case while B plays another, and both survive; a case open in A is handed over to B on request', async () => {
    const { page: a, errors } = await freshPage();
    const b = await a.context().newPage();
    await openCase(a, 'dorian', url());
    await openCase(b, 'john', url());
    await playToEnd(a);
    await chooseFirst(b);
    await chooseFirst(b);
    await a.goto(url());
    await a.waitForSelector('.case-card');
    expect(await a.$eval('.case-card:has(#case-dorian)', (c) => c.textContent)).toContain('Beste resultaat');
    expect(await a.$eval('.case-card:has(#case-john)', (c) => c.textContent)).toContain('2 beslissingen');
    await b.goto(url());
    await b.waitForSelector('.case-card');
    expect(await b.$eval('.case-card:has(#case-dorian)', (c) => c.textContent)).toContain('Beste resultaat');

    // B resumes john; A asks for john too: told, and offered to take over
    await b.click('.case-card:has(#case-john) button.primary');
    await b.waitForSelector('button.choice');
    await a.click('.case-card:has(#case-john) button.primary');
    await a.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => n.textContent!.includes('al open in een ander tabblad')));
    await noViolations(a);
    await a.click('.notice button.primary');
    await a.waitForSelector('button.choice');
    await b.waitForSelector('.held-area:not([hidden])');
    expect(await b.$$('.choices-area:not([hidden])')).toHaveLength(0);
    await noViolations(b);
    await shot(b, `${SHOTS}/taken-over.png`);
    await chooseFirst(a);
    // nothing lost: B sees A's choice, and may take the case back
    await b.waitForFunction(() => document.querySelectorAll('.choice-made').length === 3);
    await b.click('.held-area button');
    await b.waitForSelector('.choices-area:not([hidden]) button.choice');
    await a.waitForSelector('.held-area:not([hidden])');
    expect(errors).toEqual([]);
  });

  it('storage nearly full: the player is told at once, and the case still plays', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, 'sylvia', url());
    // fill the origin's storage until less than a kilobyte is left
    await page.evaluate(() => {
      let size = 1 << 20;
      for (let i = 0; size >= 512; i++) {
        try {
          localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await chooseFirst(page);
    await page.waitForSelector('.notice');
    expect((await noticeTexts(page)).join(' ')).toContain('Je voortgang kon niet worden opgeslagen');
    await noViolations(page);
    await shot(page, `${SHOTS}/storage-full.png`);
    await chooseFirst(page);
    expect(await page.$$('.choice-made')).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('a save from an earlier story build: told what changed, restarted, the old save kept aside', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, 'nuria', url());
    await chooseFirst(page);
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('niet-pluis.progress')!);
      saved.state.plays.nuria.build = '0000000000000000';
      localStorage.setItem('niet-pluis.progress', JSON.stringify(saved));
    });
    await page.reload();
    await page.waitForSelector('.notice');
    expect((await noticeTexts(page)).join(' ')).toContain('Deze casus is aangepast sinds je eraan begon');
    await page.waitForSelector('button.choice');
    expect(await page.$$('.choice-made')).toHaveLength(0);
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('niet-pluis.progress.nuria.set-aside.')).map((k) => localStorage.getItem(k)!));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(aside[0]!)).toMatchObject({ caseId: 'nuria', build: '0000000000000000' });
    await noViolations(page);
    expect(errors).toEqual([]);
  });
});
