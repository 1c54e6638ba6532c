/**
 * What a trainer types in a workshop is kept as typed: a count changed after the choice was taken,
 * counts that are not whole numbers (named, kept on screen, and the result waits for them; after a
 * reload too, in that tab only, and without breaking when the tab's storage is refused), where the
 * vote is after a reload, an answer in the beleidscheck exported or printed straight after typing
 * it, a beleidscheck whose session another tab deleted, and the focus after removing an action.
 * The vote table with four tables and the beleidscheck's fields at 320 px. In real Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axe, describeViolations, shot, SHOTS, useBrowser, watchErrors } from './browser.ts';
import { parseCsv } from '../../src/workshop/csv.ts';

const { freshPage } = useBrowser({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });

/** Starts a session of Sylvia (with one table unless told); returns its id. */
async function newSession(page: Page, name = 'Gemeente Teststad', groups = ['Tafel 1']): Promise<string> {
  await page.goto(`${inject('baseURL')}#workshops`);
  await page.waitForSelector('.ws-list-screen');
  await page.getByRole('radio', { name: /^Sylvia \(/ }).check();
  await page.getByLabel('Naam van de sessie').fill(name);
  await page.getByLabel('Groepen of tafels (niet verplicht)').fill(groups.join('\n'));
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

/** The votes saved for the session's first decision, by the group's name. */
const savedVotesByName = (page: Page, id: string) => page.evaluate((sid) => {
  const s = JSON.parse(localStorage.getItem('niet-pluis.workshops')!).state.sessions[sid];
  const votes = s.nodes[s.root].votes as Record<string, number[]>;
  return Object.fromEntries((s.groups as Array<{ id: string; name: string }>).flatMap((g) => (votes[g.id] ? [[g.name, votes[g.id]!]] : [])));
}, id);

/**
 * A new session with two tables, voting started, and two counts that are not whole numbers typed
 * for table 1 beside a right one for table 2; the line under the table names them.
 */
async function typeWrongCounts(page: Page, name: string) {
  const id = await newSession(page, name, ['Tafel 1', 'Tafel 2']);
  await page.getByRole('button', { name: 'Start de stemming' }).click();
  await page.getByLabel('Stemmen voor optie 1, Tafel 1').fill('-3');
  await page.getByLabel('Stemmen voor optie 2, Tafel 1').fill('2.5');
  // a right count in another table does not clear the line about the wrong ones
  await page.getByLabel('Stemmen voor optie 3, Tafel 2').fill('7');
  const message = 'Vul bij Tafel 1 (opties 1 en 2) een heel getal in, van 0 tot en met 9999. Tot dan tellen de stemmen van Tafel 1 niet mee: ze zijn niet bewaard, en de uitslag en de keuze wachten.';
  const error = page.locator('#ws-count-error');
  expect(await error.innerText()).toBe(message);
  return { id, error, message };
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

/** How many lines a cell's text takes (a number broken in two takes two). */
const linesOf = (page: Page, selector: string) => page.locator(selector).evaluateAll((cells) => cells.map((c) => {
  const range = document.createRange();
  range.selectNodeContents(c);
  return [c.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size] as const;
}));

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

  it('counts that are not whole numbers: each is named and marked, what was typed stays, and the result and the choice wait for them', async () => {
    const { page, errors } = await freshPage();
    const { id, error, message } = await typeWrongCounts(page, 'Telfouten');
    const invalid = (label: string) => page.getByLabel(label).getAttribute('aria-invalid');
    expect(await invalid('Stemmen voor optie 1, Tafel 1')).toBe('true');
    expect(await invalid('Stemmen voor optie 2, Tafel 1')).toBe('true');
    expect(await invalid('Stemmen voor optie 3, Tafel 2')).toBe('false');
    // each field is described by that line
    expect(await page.getByLabel('Stemmen voor optie 1, Tafel 1').getAttribute('aria-describedby')).toBe('ws-count-error');
    expect(await savedVotesByName(page, id)).toEqual({ 'Tafel 2': expect.arrayContaining([7]) });
    await expectNoAxeViolations(page, 'vote table with counts that are not right');

    // the panel drawn anew (hidden and shown) still has what was typed, and says so
    await page.getByRole('button', { name: 'Trainerspaneel verbergen (T)' }).click();
    await page.getByRole('button', { name: 'Trainerspaneel tonen (T)' }).click();
    expect(await page.getByLabel('Stemmen voor optie 1, Tafel 1').inputValue()).toBe('-3');
    expect(await page.getByLabel('Stemmen voor optie 2, Tafel 1').inputValue()).toBe('2.5');
    expect(await error.innerText()).toBe(message);

    // the result is not shown and no choice is taken: the focus goes to the first wrong count
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    expect(await page.locator('.ws-phase').innerText()).toBe('Stemming: steek je hand op bij de keuze die jij zou maken.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stemmen voor optie 1, Tafel 1');
    await page.getByRole('button', { name: 'Neem optie 1', exact: true }).click();
    await page.getByRole('button', { name: /^Neem de keuze van de meerderheid/ }).click();
    expect(await page.locator('.ws-feedback').count()).toBe(0);
    expect(await error.innerText()).toBe(message);

    // put right, table 1 counts and the result can be shown
    await page.getByLabel('Stemmen voor optie 1, Tafel 1').fill('3');
    expect(await error.innerText()).toContain('Tafel 1 (optie 2)');
    await page.getByLabel('Stemmen voor optie 2, Tafel 1').fill('2');
    expect(await error.textContent()).toBe('');
    const saved = await savedVotesByName(page, id);
    expect([...saved['Tafel 1']!].sort()).toEqual([0, 2, 3]);
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    await expect.poll(() => page.locator('.ws-phase').innerText()).toBe('De uitslag van de stemming:');
    expect(errors).toEqual([]);
  });

  it('a reload keeps where the vote is: voting started with no count typed yet, and the result revealed, on the stage and in the projector window', async () => {
    const { page, errors } = await freshPage();
    const id = await newSession(page, 'Herladen', ['Tafel 1', 'Tafel 2']);
    // the projector window follows the console (no server)
    const projector = await page.context().newPage();
    const projectorErrors = watchErrors(projector);
    await projector.goto(`${inject('baseURL')}projector.html#session=${id}`);
    await expect.poll(() => projector.locator('.pj-phase').innerText()).toBe('Bespreek de keuze.');

    const reload = async () => {
      await page.reload();
      await page.waitForSelector('.ws-stage');
    };
    await page.getByRole('button', { name: 'Start de stemming' }).click();
    await expect.poll(() => projector.locator('.pj-phase').innerText()).toBe('Stem nu: steek je hand op.');
    await reload();
    expect(await page.locator('.ws-phase').innerText()).toBe('Stemming: steek je hand op bij de keuze die jij zou maken.');
    expect(await page.getByLabel('Stemmen voor optie 1, Tafel 1').inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Start de stemming' }).count()).toBe(0);
    expect(await projector.locator('.pj-phase').innerText()).toBe('Stem nu: steek je hand op.');

    await page.getByLabel('Stemmen voor optie 1, Tafel 1').fill('4');
    await page.getByLabel('Stemmen voor optie 2, Tafel 2').fill('1');
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    await expect.poll(() => page.locator('.ws-phase').innerText()).toBe('De uitslag van de stemming:');
    const results = await page.locator('.ws-option .ws-count').allInnerTexts();
    expect(results.slice(0, 2)).toEqual(['4 stemmen (80%)', '1 stem (20%)']);
    await reload();
    expect(await page.locator('.ws-phase').innerText()).toBe('De uitslag van de stemming:');
    expect(await page.locator('.ws-option .ws-count').allInnerTexts()).toEqual(results);
    expect(await page.getByRole('button', { name: 'Verberg de uitslag' }).count()).toBe(1);
    await expect.poll(() => projector.locator('.pj-phase').innerText()).toBe('De uitslag');
    await projector.close();

    // the trainer panel hidden (T, as on a projector): hidden after a reload too, and shown again with T
    await page.keyboard.press('t');
    await expect.poll(() => page.locator('#ws-panel').isHidden()).toBe(true);
    await reload();
    await expect.poll(() => page.locator('#ws-panel').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Trainerspaneel tonen (T)' }).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('t');
    await expect.poll(() => page.locator('#ws-panel').isVisible()).toBe(true);
    await reload();
    expect(await page.locator('#ws-panel').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    expect(projectorErrors).toEqual([]);
  });

  it('counts that are not right are back after a reload, in this tab only, until they are put right', async () => {
    const { page, errors } = await freshPage();
    const { id, error, message } = await typeWrongCounts(page, 'Telfouten herladen');

    // the tab is reloaded (or discarded and opened again): what was typed is there, and said
    await page.reload();
    await page.waitForSelector('.ws-stage');
    expect(await page.getByLabel('Stemmen voor optie 1, Tafel 1').inputValue()).toBe('-3');
    expect(await page.getByLabel('Stemmen voor optie 2, Tafel 1').inputValue()).toBe('2.5');
    expect(await page.getByLabel('Stemmen voor optie 3, Tafel 2').inputValue()).toBe('7');
    expect(await page.getByLabel('Stemmen voor optie 1, Tafel 1').getAttribute('aria-invalid')).toBe('true');
    expect(await error.innerText()).toBe(message);
    expect(await savedVotesByName(page, id)).toEqual({ 'Tafel 2': expect.arrayContaining([7]) });
    // and the result still waits for them
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    expect(await page.locator('.ws-phase').innerText()).toBe('Stemming: steek je hand op bij de keuze die jij zou maken.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stemmen voor optie 1, Tafel 1');

    // another tab on the same session is not handed this tab's typing
    const other = await page.context().newPage();
    await other.goto(`${inject('baseURL')}#workshop=${id}`);
    await other.getByRole('button', { name: 'Hier verdergaan' }).click();
    await other.waitForSelector('.ws-stage');
    expect(await other.getByLabel('Stemmen voor optie 1, Tafel 1').inputValue()).toBe('');
    expect(await other.locator('#ws-count-error').textContent()).toBe('');
    await other.close();
    await page.getByRole('button', { name: 'Hier verdergaan' }).click();
    await page.waitForSelector('.ws-stage');
    expect(await page.getByLabel('Stemmen voor optie 2, Tafel 1').inputValue()).toBe('2.5');

    // put right, the typing is no longer kept aside: a reload shows the stored counts
    await page.getByLabel('Stemmen voor optie 1, Tafel 1').fill('3');
    await page.getByLabel('Stemmen voor optie 2, Tafel 1').fill('2');
    expect(await error.textContent()).toBe('');
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => sessionStorage.getItem(k)!.includes('2.5')))).toEqual([]);
    await page.reload();
    await page.waitForSelector('.ws-stage');
    expect(await page.getByLabel('Stemmen voor optie 1, Tafel 1').inputValue()).toBe('3');
    expect(await page.getByLabel('Stemmen voor optie 2, Tafel 1').inputValue()).toBe('2');
    expect(await error.textContent()).toBe('');
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    await expect.poll(() => page.locator('.ws-phase').innerText()).toBe('De uitslag van de stemming:');
    expect(errors).toEqual([]);
  });

  it('a tab whose sessionStorage refuses to store, or is refused altogether: counts that are not right are still kept on screen and named, and nothing breaks', async () => {
    const refusals = {
      write: () => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
          if (this === window.sessionStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      },
      all: () => {
        Object.defineProperty(window, 'sessionStorage', { get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
      },
    };
    for (const [how, refuse] of Object.entries(refusals)) {
      const { page, errors } = await freshPage();
      await page.addInitScript(refuse);
      await newSession(page, `Geen sessionStorage (${how})`, ['Tafel 1']);
      await page.getByRole('button', { name: 'Start de stemming' }).click();
      await page.getByLabel('Stemmen voor optie 1, Tafel 1').fill('-3');
      // the panel drawn anew keeps it, as it always did
      await page.getByRole('button', { name: 'Trainerspaneel verbergen (T)' }).click();
      await page.getByRole('button', { name: 'Trainerspaneel tonen (T)' }).click();
      expect(await page.getByLabel('Stemmen voor optie 1, Tafel 1').inputValue(), how).toBe('-3');
      expect(await page.locator('#ws-count-error').innerText(), how).toContain('Vul bij Tafel 1 (optie 1) een heel getal in');
      await page.getByLabel('Stemmen voor optie 1, Tafel 1').fill('5');
      expect(await page.locator('#ws-count-error').textContent(), how).toBe('');
      await page.getByRole('button', { name: 'Toon de uitslag' }).click();
      await expect.poll(() => page.locator('.ws-phase').innerText()).toBe('De uitslag van de stemming:');
      expect(errors, how).toEqual([]);
    }
  });

  it('the vote table with four tables at 320 px and at 1280 px: numbers whole, headings broken only between words, the page not wider than the screen', async () => {
    for (const [width, height] of [[320, 640], [1280, 800]] as const) {
      const { page, errors } = await freshPage({ viewport: { width, height } });
      await newSession(page, 'Vier tafels', ['Tafel A', 'Tafel B', 'Tafel C', 'Tafel D']);
      await page.getByRole('button', { name: 'Start de stemming' }).click();
      for (const [group, n] of [['A', '3'], ['B', '4'], ['C', '5']] as const) await page.getByLabel(`Stemmen voor optie 1, Tafel ${group}`).fill(n);
      await page.getByLabel('Stemmen voor optie 2, Tafel D').fill('1234');
      await expect.poll(() => page.locator('.ws-total').first().innerText()).toBe('12');
      expect(await linesOf(page, '.ws-counts .ws-total')).toEqual([['12', 1], ['1234', 1], ['0', 1]]);
      // "Optie" and "Totaal" whole; "Tafel A" may take two lines, not more
      const heads = await linesOf(page, '.ws-counts thead th');
      expect(heads.filter(([t]) => t === 'Optie' || t === 'Totaal').map(([, n]) => n)).toEqual([1, 1]);
      expect(heads.every(([, n]) => n <= 2)).toBe(true);
      // a table wider than the panel scrolls in its own region, which a keyboard can reach
      const region = page.getByRole('region', { name: 'Aantal stemmen per optie' });
      expect(await region.getAttribute('tabindex')).toBe('0');
      // on a laptop the four tables and the totals fit the panel
      if (width >= 1280) expect(await region.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page, `vote table with four tables at ${width} px`);
      // (the table as it opens, and scrolled to its end)
      await region.evaluate((e) => (e.scrollLeft = 0));
      await region.scrollIntoViewIfNeeded();
      await shot(page, `${SHOTS}/workshop-counts-${width}.png`);
      await region.evaluate((e) => (e.scrollLeft = e.scrollWidth));
      await shot(page, `${SHOTS}/workshop-counts-${width}-end.png`);
      expect(errors).toEqual([]);
    }
  });

  it('the beleidscheck at 320 px: the answer and the new action are fields with an edge and room to tap, their labels bold', async () => {
    const { page, errors } = await freshPage({ viewport: { width: 320, height: 640 } });
    const id = await newSession(page);
    await page.goto(`${inject('baseURL')}#workshop-policy=${id}`);
    await page.waitForSelector('.ws-policy-screen');
    const add = page.locator('#ws-tip-8-new');
    const answer = page.locator('.ws-policy-questions textarea').first();
    for (const field of [add, answer]) {
      const box = (await field.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThan(200);
      expect(await field.evaluate((e) => getComputedStyle(e).borderTopWidth)).toBe('2px');
    }
    expect(Number(await page.locator('label[for="ws-tip-8-new"]').evaluate((e) => getComputedStyle(e).fontWeight))).toBeGreaterThanOrEqual(700);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'beleidscheck at 320 px');
    await add.scrollIntoViewIfNeeded();
    await shot(page, `${SHOTS}/workshop-policy-320.png`);
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

