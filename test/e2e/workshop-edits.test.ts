/**
 * What a trainer types in a workshop is kept as typed: a count changed after the choice was taken,
 * an answer in the beleidscheck exported or printed straight after typing it, a beleidscheck whose
 * session another tab deleted, and the focus after removing an action. In real Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { useBrowser } from './browser.ts';
import { parseCsv } from '../../src/workshop/csv.ts';

const { freshPage } = useBrowser({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });

/** Starts a session of Sylvia with one table; returns its id. */
async function newSession(page: Page, name = 'Gemeente Teststad'): Promise<string> {
  await page.goto(`${inject('baseURL')}#workshops`);
  await page.waitForSelector('.ws-list-screen');
  await page.getByRole('radio', { name: /^Sylvia \(/ }).check();
  await page.getByLabel('Naam van de sessie').fill(name);
  await page.getByLabel('Groepen of tafels (niet verplicht)').fill('Tafel 1');
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.waitForSelector('.ws-stage');
  return /#workshop=([a-f0-9]+)$/.exec(page.url())![1]!;
}

/** The votes saved for the session's first decision, per group. */
const savedVotes = (page: Page, id: string) => page.evaluate((sid) => {
  const s = JSON.parse(localStorage.getItem('niet-pluis.workshops')!).state.sessions[sid];
  return s.nodes[s.root].votes as Record<string, number[]>;
}, id);

/** Another tab on the session list, asked to delete the session (and sure); returns that tab. */
async function deleteInAnotherTab(page: Page, id: string): Promise<Page> {
  const b = await page.context().newPage();
  await b.goto(`${inject('baseURL')}#workshops`);
  await b.waitForSelector('.ws-list-screen');
  await b.click(`button[data-key="remove-${id}"]`);
  await b.click(`button[data-key="remove-${id}"]`); // "Zeker weten?"
  return b;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  return readFileSync(await file.path(), 'utf8');
}

describe('what a trainer types in a workshop', () => {
  it('a count typed after the choice was taken is kept as typed (123, not 321), and the replays follow it', async () => {
    const { page, errors } = await freshPage();
    const id = await newSession(page);
    await page.getByRole('button', { name: 'Start de stemming' }).click();
    await page.getByLabel('Stemmen voor optie 1, Tafel 1').fill('2');
    await page.getByLabel('Stemmen voor optie 2, Tafel 1').fill('1');
    await page.getByRole('button', { name: 'Neem optie 1', exact: true }).click();
    await page.waitForSelector('.ws-feedback');
    // a recount, typed digit by digit into the table still shown
    const box = page.getByLabel('Stemmen voor optie 2, Tafel 1');
    await box.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('123');
    expect(await box.inputValue()).toBe('123');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stemmen voor optie 2, Tafel 1');
    const votes = await savedVotes(page, id);
    // (saved in the story's order of the options, not the order shown)
    expect(Object.values(votes)[0]!.filter((n) => n > 0).sort((a, b) => a - b)).toEqual([2, 123]);
    expect(await page.getByRole('button', { name: /^Speel uit: optie 2 / }).innerText()).toBe('Speel uit: optie 2 (123 stemmen)');
    expect(errors).toEqual([]);
  });

  it('the beleidscheck: an export and a print straight after typing carry what was typed; removing an action keeps the focus on the tip', async () => {
    const { page, errors } = await freshPage();
    const id = await newSession(page);
    await page.goto(`${inject('baseURL')}#workshop-policy=${id}`);
    await page.waitForSelector('.ws-policy-screen');
    await page.getByLabel('Regio of gemeente').fill('Regio Noord');
    await page.locator('.ws-policy-questions textarea').first().fill('Nog niet geregeld');
    // straight from typing to the export, with no other step between
    const csv = parseCsv((await download(page, () => page.getByRole('button', { name: 'Beleidscheck als CSV' }).click())).replace(/^\uFEFF/, ''));
    expect(csv.flat()).toContain('Nog niet geregeld');
    const json = JSON.stringify(JSON.parse(await download(page, () => page.getByRole('button', { name: 'Beleidscheck als JSON' }).click())));
    expect(json).toContain('Nog niet geregeld');
    expect(json).toContain('Regio Noord');
    // the print's own copies, drawn again before the browser prints (its own print as much as the
    // button: the event is the browser's): the heading names the region, the answer is in its copy
    await page.locator('.ws-policy-questions textarea').first().focus();
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('h1').innerText()).toBe('Beleidscheck: Regio Noord');
    expect(await page.locator('.ws-print-answer').first().textContent()).toBe('Nog niet geregeld');
    // and the typing goes on at the end of the answer, where it was
    await page.keyboard.type(', wel besproken');
    expect(await page.locator('.ws-policy-questions textarea').first().inputValue()).toBe('Nog niet geregeld, wel besproken');

    // an action added and removed again: the focus stays on adding one to that tip
    const add = page.locator('#ws-tip-8-new');
    await add.fill('Routekaart delen met scholen');
    await add.press('Enter');
    await page.getByRole('button', { name: 'Verwijderen: Routekaart delen met scholen' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ws-tip-8-new');
    expect(errors).toEqual([]);
  });

  it('a session running in another tab is not deleted under it; once it is closed there, it is', async () => {
    const { page, errors } = await freshPage();
    const id = await newSession(page, 'Loopt nog');
    const b = await deleteInAnotherTab(page, id);
    await expect.poll(() => b.locator('.ws-status').innerText()).toContain('is open in een ander tabblad of venster en is niet verwijderd');
    expect(await b.locator(`#ws-s-${id}`).count()).toBe(1);
    // the room is done: the trainer goes to the list there, and the session can go
    await page.getByRole('button', { name: 'Alle sessies' }).click();
    await page.waitForSelector('.ws-list-screen');
    await b.click(`button[data-key="remove-${id}"]`);
    await b.click(`button[data-key="remove-${id}"]`);
    await expect.poll(() => b.locator('.ws-status').innerText()).toContain('is verwijderd');
    await b.close();
    expect(errors).toEqual([]);
  });

  it('a combined debrief or beleidscheck naming a session not on this device says how many are missing, also when another tab deletes one', async () => {
    const { page, errors } = await freshPage();
    const id = await newSession(page, 'Eerste');
    const other = await newSession(page, 'Tweede');
    await page.goto(`${inject('baseURL')}#workshop-combined=${id},${other},deadbeef`);
    await page.waitForSelector('main h1');
    expect(await page.locator('main').innerText()).toContain('1 van de 3 sessies staat niet op dit apparaat');
    // the beleidscheck of both (only read, so not held): another tab deletes one of them
    await page.goto(`${inject('baseURL')}#workshop-policy=${id},${other}`);
    await page.waitForSelector('.ws-policy-screen');
    const b = await deleteInAnotherTab(page, id);
    await expect.poll(() => b.locator('.ws-status').innerText()).toContain('is verwijderd');
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('1 van de 2 sessies staat niet op dit apparaat'));
    await b.close();
    expect(errors).toEqual([]);
  });
});

