/**
 * The live room in real Chromium: the live server serves the built game; a trainer's console, its
 * projector window and three phones (each its own browser context). The phones vote, one drops and
 * comes back with its vote, the projector shows no distribution before the reveal and the right one
 * after (phones and a table's hand count together), the trainer takes the choice and the session
 * reaches its debrief with the phone votes in it. One phone joins by typing the code. axe checks
 * the console, the projector and the phone page (also at 320 px); the projector fits 1920×1080 and
 * 1280×720 without scrolling or cutting anything off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { axe, describeViolations, launch, SHOTS, watchErrors } from './browser.ts';
import { startLiveServer, type LiveServer } from '../../src/server/live-server.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import { lanAddress } from '../../src/server/lan.ts';
import { parseCsv } from '../../src/workshop/csv.ts';
import { parseExport } from '../../src/workshop/export.ts';
import { ask, client, stageOf, tempDir } from '../server/helpers.ts';
import { buildStory } from '../../src/build/load-stories.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { startSession } from '../../src/workshop/engine.ts';
import { exportSessions } from '../../src/workshop/export.ts';
import type { CreateAck } from '../../src/live/protocol.ts';
import { PHONES_GROUP, stageOf as sessionStage } from '../../src/live/stage.ts';
import { SESSION_STRINGS } from '../../src/i18n/session-strings.ts';

let browser: Browser;
let server: LiveServer;
/** The game on loopback (the trainer's laptop), and the address phones use: the local network's, as `npm start -- --lan` runs it. */
let local: string;
let joinPage: string;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launch();
  // the browser tests' global setup has built the game into dist-test
  const lan = lanAddress();
  server = await startLiveServer({ store: openSqliteStore(tempDir('e2e-live')), staticDir: 'dist-test', host: lan ? '0.0.0.0' : '127.0.0.1', port: 0, publicEveryMs: 50, lanHost: lan });
  local = `http://127.0.0.1:${server.port}/`;
  joinPage = `http://${lan ?? '127.0.0.1'}:${server.port}/join.html`;
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function context(width: number, height: number): Promise<BrowserContext> {
  const c = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  contexts.push(c);
  return c;
}

async function expectNoAxeViolations(page: Page, where: string) {
  const violations = await axe(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

/**
 * No scrolling, and nothing the room must read cut off: every option (with its bar and count), the
 * heading, the code, the QR code and the count of votes lie wholly inside the window and inside
 * every panel around them that hides overflow.
 */
const fits = (page: Page) => page.evaluate(() => {
  const inside = (r: DOMRect, box: { top: number; left: number; bottom: number; right: number }) => r.top >= box.top - 0.5 && r.left >= box.left - 0.5 && r.bottom <= box.bottom + 0.5 && r.right <= box.right + 0.5;
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (!inside(r, { top: 0, left: 0, bottom: innerHeight, right: innerWidth })) return false;
    for (let p = el.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflow !== 'visible' && !inside(r, p.getBoundingClientRect())) return false;
    return true;
  };
  const must = [...document.querySelectorAll('.pj h1, .pj-option, .pj-code, .pj-qr svg, .pj-voted')];
  return document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth && must.length >= 5 && must.every(shown);
});

describe('live room', () => {
  it('runs a decision with phones, a projector and a hand count, and debriefs it', async () => {
    const trainerContext = await context(1440, 900);
    const trainer = await trainerContext.newPage();
    const errors = watchErrors(trainer);
    await trainer.goto(`${local}#workshops`);
    await trainer.waitForSelector('.ws-list-screen');
    await trainer.getByRole('radio', { name: /^Sylvia \(/ }).check();
    await trainer.getByLabel('Naam van de sessie').fill('Gemeente Teststad, live');
    await trainer.getByLabel('Groepen of tafels (niet verplicht)').fill('Tafel 1');
    await trainer.getByRole('button', { name: 'Start de sessie' }).click();
    await trainer.waitForSelector('.ws-stage');

    // the console offers live voting (it came from the server); the room gets a code
    await trainer.getByRole('button', { name: 'Start live stemmen met telefoons' }).click();
    const code = await trainer.getByTestId('room-code').innerText();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(await trainer.locator('.ws-live').innerText()).toContain(`${joinPage}`);

    // the projector window, opened from the console; no trainer control ever shows there
    const [projector] = await Promise.all([trainerContext.waitForEvent('page'), trainer.getByRole('button', { name: 'Open het projectorscherm' }).click()]);
    const projectorErrors = watchErrors(projector);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.waitForSelector('.pj-code');
    expect(await projector.locator('.pj-code').innerText()).toBe(code);
    expect(await projector.locator('.pj-qr svg').getAttribute('aria-label')).toBe(`QR-code naar ${joinPage}#${code}`);
    expect(await projector.locator('h1').innerText()).toBe('Beslissing 1');

    // three phones, each its own browser; one at 320 px. The first types the code (in lower case),
    // the others come by the QR code's address
    const phones: Page[] = [];
    for (const width of [390, 390, 320]) {
      const c = await context(width, 740);
      const p = await c.newPage();
      if (phones.length === 0) {
        await p.goto(`${joinPage}`);
        await p.getByLabel('Code van de sessie').fill(code.toLowerCase());
        await p.getByRole('button', { name: 'Doe mee' }).click();
      } else await p.goto(`${joinPage}#${code}`);
      phones.push(p);
    }
    await Promise.all(phones.map((p) => expect.poll(() => p.locator('.ph-status').innerText()).toBe('Wacht tot de trainer de stemming opent.')));

    await trainer.getByRole('button', { name: 'Start de stemming' }).click();
    await expect.poll(() => projector.locator('.pj-phase').innerText()).toBe('Stem nu op je telefoon of steek je hand op.');
    // the same options in the same order on the projector, the console and every phone
    const projected = await projector.locator('.pj-text').allInnerTexts();
    expect(projected.length).toBeGreaterThanOrEqual(2);
    const consoleOptions = (await trainer.locator('.ws-option-text').allInnerTexts()).map((t) => t.replace(/^Optie \d+:\s*/, '').replace(/ ✓.*$/, ''));
    expect(projected.map((t) => t.replace(/^Optie \d+:\s*/, ''))).toEqual(consoleOptions);
    for (const p of phones) {
      await expect.poll(() => p.locator('.ph-option').count()).toBe(projected.length);
      expect((await p.locator('.ph-option').allInnerTexts()).map((t) => t.replace(/^\d+\s*/, '').replace(/^Optie \d+:\s*/, '').trim())).toEqual(consoleOptions);
    }
    await expectNoAxeViolations(phones[0]!, 'phone page, voting open');
    await expectNoAxeViolations(phones[2]!, 'phone page at 320 px');
    expect(await phones[2]!.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

    // phones 1 and 2 vote option 1, phone 3 first option 1 then changes to option 2
    await phones[0]!.getByRole('button', { name: /^Optie 1: / }).click();
    await phones[1]!.getByRole('button', { name: /^Optie 1: / }).click();
    await phones[2]!.getByRole('button', { name: /^Optie 1: / }).click();
    await expect.poll(() => phones[2]!.locator('.ph-status').innerText()).toBe('Je stem is ontvangen: optie 1.');
    await phones[2]!.getByRole('button', { name: /^Optie 2: / }).click();
    await expect.poll(() => phones[2]!.locator('.ph-status').innerText()).toBe('Je stem is ontvangen: optie 2.');
    await expect.poll(() => phones[0]!.locator('.ph-status').innerText()).toBe('Je stem is ontvangen: optie 1.');
    expect(await phones[0]!.getByRole('button', { name: /^Optie 1: / }).getAttribute('aria-pressed')).toBe('true');
    // a phone set to English: its own words in English, the session's heading still marked as Dutch
    await phones[2]!.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => phones[2]!.locator('.ph-status').innerText()).toBe('Your vote has been received: option 2.');
    expect(await phones[2]!.evaluate(() => [document.documentElement.lang, document.querySelector('h1')!.textContent, document.querySelector('h1')!.lang])).toEqual(['en', 'Beslissing 1', 'nl']);
    await phones[2]!.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => phones[2]!.locator('.ph-status').innerText()).toBe('Je stem is ontvangen: optie 2.');
    expect(await phones[2]!.evaluate(() => document.querySelector('h1')!.hasAttribute('lang'))).toBe(false);

    // the trainer sees the live phone counts; table 1 counts one hand for option 1
    await expect.poll(() => trainer.locator('.ws-phone-count').allInnerTexts()).toEqual(['2', '1', ...Array(projected.length - 2).fill('0')]);
    await trainer.getByLabel('Stemmen voor optie 1, Tafel 1').fill('1');

    // the projector: how many voted, never how, before the reveal
    await expect.poll(() => projector.locator('.pj-voted').innerText()).toBe('4 stemmen uitgebracht');
    expect(await projector.locator('.pj-result').count()).toBe(0);
    expect(await projector.locator('body').innerText()).not.toMatch(/%/);
    expect(await projector.locator('button, input').count()).toBe(0);
    expect(await fits(projector)).toBe(true);
    await projector.screenshot({ path: `${SHOTS}/live-projector-1080.png` });
    await expectNoAxeViolations(projector, 'projector, voting open');
    await projector.setViewportSize({ width: 1280, height: 720 });
    expect(await fits(projector)).toBe(true);
    await projector.screenshot({ path: `${SHOTS}/live-projector-720.png` });

    // phone 2 drops (its page is gone) and comes back on the same device: its vote is kept
    const device = phones[1]!.context();
    await phones[1]!.close();
    const back = await device.newPage();
    await back.goto(`${joinPage}#${code}`);
    await expect.poll(() => back.locator('.ph-status').innerText()).toBe('Je stem is ontvangen: optie 1.');
    expect(await back.getByRole('button', { name: /^Optie 1: / }).getAttribute('aria-pressed')).toBe('true');
    phones[1] = back;
    await expect.poll(() => trainer.locator('.ws-live [role="status"]').innerText()).toBe('3 deelnemers');

    // voting closes: a phone can no longer vote
    await trainer.getByRole('button', { name: 'Sluit de stemming' }).click();
    await expect.poll(() => phones[0]!.locator('.ph-status').innerText()).toBe('De stemming is gesloten. Je stem is ontvangen: optie 1.');
    await expect.poll(() => projector.locator('.pj-phase').innerText()).toBe('De stemming is gesloten.');
    expect(await projector.locator('.pj-result').count()).toBe(0);
    // the closed vote is saved with the session: after a reload the console and the projector still show it closed
    expect(await trainer.evaluate(() => localStorage.getItem('niet-pluis.workshops'))).toContain('"voteClosed":true');
    await Promise.all([trainer.reload(), projector.reload()]);
    await trainer.waitForSelector('.ws-stage');
    await expect.poll(() => trainer.locator('.ws-panel [role="status"]', { hasText: 'De stemming is gesloten.' }).count()).toBe(1);
    expect(await trainer.getByRole('button', { name: 'Open de stemming weer' }).count()).toBe(1);
    await expect.poll(() => projector.locator('.pj-phase').innerText()).toBe('De stemming is gesloten.');
    await expectNoAxeViolations(trainer, 'console with the live room');
    await trainer.screenshot({ path: `${SHOTS}/live-console.png`, fullPage: true });

    // the reveal: 2 phones + 1 hand for option 1, 1 phone for option 2
    await trainer.getByRole('button', { name: 'Toon de uitslag' }).click();
    const expected = ['3 stemmen (75%)', '1 stem (25%)', ...Array(projected.length - 2).fill('0 stemmen (0%)')];
    await expect.poll(() => projector.locator('.pj-count').allInnerTexts()).toEqual(expected);
    expect(await fits(projector)).toBe(true);
    await projector.screenshot({ path: `${SHOTS}/live-projector-revealed-720.png` });
    await projector.setViewportSize({ width: 1920, height: 1080 });
    expect(await fits(projector)).toBe(true);
    await expectNoAxeViolations(projector, 'projector, revealed');
    for (const p of phones) await expect.poll(() => p.locator('.ph-result-count').allInnerTexts()).toEqual(expected);
    await expectNoAxeViolations(phones[2]!, 'phone page with the result at 320 px');
    await phones[2]!.screenshot({ path: `${SHOTS}/live-phone-320.png`, fullPage: true });

    // the trainer takes the majority's choice; the projector marks it
    await trainer.getByRole('button', { name: 'Neem de keuze van de meerderheid (optie 1)' }).click();
    await trainer.waitForSelector('.ws-feedback');
    expect(await trainer.locator('#ws-feedback-title').innerText()).toBe('Gekozen door de groep');
    await expect.poll(() => projector.locator('.pj-taken .pj-text').innerText()).toContain('✓ gekozen');

    // on to the end (the trainer's pick at each further decision), then the debrief
    for (let i = 0; i < 30; i++) {
      await trainer.getByRole('button', { name: 'Verder', exact: true }).click();
      if (await trainer.locator('.ws-stage h1', { hasText: 'Einde' }).count()) break;
      await trainer.getByRole('button', { name: 'Neem optie 1', exact: true }).click();
      await trainer.waitForSelector('.ws-feedback');
    }
    await expect.poll(() => projector.locator('h1').innerText()).toBe('Einde');
    await trainer.getByRole('button', { name: 'Naar de nabespreking' }).click();
    await trainer.waitForSelector('.ws-debrief');
    const first = trainer.locator('article[data-decision="1"]');
    // the debrief lists the options in the story's order: find each by its text
    const rows = await first.locator('.ws-chart tbody tr').allInnerTexts();
    const rowOf = (text: string) => rows.findIndex((r) => r.includes(text));
    expect(consoleOptions.slice(0, 2).map(rowOf), JSON.stringify({ rows, consoleOptions })).not.toContain(-1);
    expect(rows[rowOf(consoleOptions[0]!)]).toContain('3 stemmen (75%)');
    expect(rows[rowOf(consoleOptions[1]!)]).toContain('1 stem (25%)');
    expect(await first.locator('.ws-pergroup thead th').allInnerTexts()).toEqual(['Optie', 'Tafel 1', 'Telefoons']);
    const perGroup = await first.locator('.ws-pergroup tbody tr').allInnerTexts();
    expect(perGroup[rowOf(consoleOptions[0]!)]).toBe(`${rowOf(consoleOptions[0]!) + 1}\t1\t2`);
    expect(perGroup[rowOf(consoleOptions[1]!)]).toBe(`${rowOf(consoleOptions[1]!) + 1}\t0\t1`);

    // a live session is a workshop session like any other: printed, and exported as CSV and JSON
    await trainer.emulateMedia({ media: 'print' });
    expect(await first.locator('.ws-pergroup').isVisible()).toBe(true);
    expect(await trainer.locator('button:visible').count()).toBe(0);
    await trainer.pdf({ path: `${SHOTS}/live-debrief.pdf`, format: 'A4', printBackground: true });
    await trainer.emulateMedia({ media: 'screen' });
    const download = async (name: string) => {
      const [file] = await Promise.all([trainer.waitForEvent('download'), trainer.getByRole('button', { name }).click()]) as [Download, void];
      return readFileSync(await file.path(), 'utf8');
    };
    const csv = parseCsv(await download('Exporteer (CSV)'));
    const col = (name: string) => csv[0]!.indexOf(name);
    expect(csv[1]![col('beslissing')]).toBe('1');
    expect(csv[1]![col('stemmen_totaal')]).toBe('4');
    expect(csv[1]![col('gekozen')]).toBe(consoleOptions[0]);
    const exported = parseExport(await download('Exporteer (JSON)'));
    expect(exported.ok).toBe(true);
    // in English, the phones' group (added by a Dutch screen) is named in English
    await trainer.getByRole('button', { name: 'Instellingen' }).click();
    await trainer.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => first.locator('.ws-pergroup thead th').allInnerTexts()).toEqual(['Option', 'Tafel 1', 'Phones']);
    expect(errors).toEqual([]);
    expect(projectorErrors).toEqual([]);
  });

  it('a projector window given the address of a new room shows that room', async () => {
    const trainer = client(local);
    const rooms: string[] = [];
    for (let i = 0; i < 2; i++) {
      const made = await ask<CreateAck>(trainer, 'create', {});
      if (!made.ok) throw new Error(made.error);
      await ask(trainer, 'stage', { code: made.code, trainerToken: made.trainerToken, stage: stageOf(`n${i}`, 'open') });
      rooms.push(made.code);
    }
    const projector = await (await context(1280, 720)).newPage();
    await projector.goto(`${local}projector.html#room=${rooms[0]}&join=${encodeURIComponent(joinPage)}`);
    await expect.poll(() => projector.locator('.pj-code').innerText()).toBe(rooms[0]);
    // the console opens the projector again into the same window, with the new room's address
    await projector.evaluate(([code, join]) => (location.hash = `room=${code}&join=${encodeURIComponent(join!)}`), [rooms[1]!, joinPage]);
    await expect.poll(() => projector.locator('.pj-code').innerText().catch(() => '')).toBe(rooms[1]);
    trainer.disconnect();
  });

  it('a live room still open for a session played on an earlier version is told, on the projector and the phones, that it cannot go on', async () => {
    // the session (on a build this site never served), at its first stop with the phones voting
    const built = buildStory('stories/sylvia.ink');
    if (!built.ok) throw new Error('sylvia.ink does not compile');
    const started = startSession(createStoryRunner(built.story.json), { id: 'oud', name: 'Build oud', caseId: 'sylvia', caseTitle: 'Sylvia', groups: [{ id: 'zaal', name: 'Zaal' }, { id: PHONES_GROUP, name: 'Telefoons' }], build: '0000000000000000' }, new Date('2026-03-12T09:00:00Z'));
    const session = { ...started, nodes: { n0: { ...started.nodes.n0!, phase: 'vote' as const } } };
    const open = sessionStage(session, { heading: 'Beslissing 1', closed: false, lang: 'nl' });

    // the room as the session's console left it before the site changed: that stop with voting open
    const trainerLink = client(local);
    const made = await ask<CreateAck>(trainerLink, 'create', {});
    if (!made.ok) throw new Error(made.error);
    await ask(trainerLink, 'stage', { code: made.code, trainerToken: made.trainerToken, stage: open });
    trainerLink.disconnect();
    const code = made.code;

    const projector = await (await context(1280, 720)).newPage();
    const projectorErrors = watchErrors(projector);
    await projector.goto(`${local}projector.html#room=${code}&join=${encodeURIComponent(joinPage)}`);
    await expect.poll(() => projector.locator('.pj-option').count()).toBe(open.options.length);
    // two phones vote after the console was closed: their choices are to be kept
    const phones: Page[] = [];
    const phoneErrors: string[][] = [];
    for (const n of [1, 2]) {
      const phone = await (await context(390, 740)).newPage();
      phoneErrors.push(watchErrors(phone));
      await phone.goto(`${joinPage}#${code}`);
      await expect.poll(() => phone.locator('.ph-option').count()).toBe(open.options.length);
      await phone.locator('.ph-option').nth(n - 1).click();
      await expect.poll(() => phone.locator('.ph-status').innerText()).toBe(`Je stem is ontvangen: optie ${n}.`);
      phones.push(phone);
    }
    // in the session's own order of options
    const votes = session.nodes.n0.options.map((o) => (o.id === open.options[0]!.id || o.id === open.options[1]!.id ? 1 : 0));

    // the trainer's browser: the session and its room
    const trainer = await (await context(1440, 900)).newPage();
    const errors = watchErrors(trainer);
    await trainer.goto(`${local}#workshops`);
    await trainer.waitForSelector('.ws-list-screen');
    const rooms = JSON.stringify({ oud: { code, trainerToken: made.trainerToken } });
    await trainer.evaluate((r) => localStorage.setItem('niet-pluis.live-rooms', r), rooms);
    await trainer.getByLabel('Exportbestand (JSON) van een ander apparaat').setInputFiles({ name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(exportSessions([session], new Date())) });
    await expect.poll(() => trainer.locator('.ws-status').innerText()).toBe('Geïmporteerd: 1 nieuw, 0 bijgewerkt, 0 al aanwezig.');

    // the trainer opens it while the live server cannot be reached (it was just restarted, say)
    let refused = 0;
    await trainer.route('**/api/live', (r) => (refused++, r.abort()));
    await trainer.goto(`${local}#workshop=oud`);
    await trainer.waitForSelector('.ws-stage .ws-earlier');
    await expect.poll(() => refused).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 500));
    expect(await phones[0]!.locator('.ph-option').count()).toBe(open.options.length);
    // it comes back: the room is told within a few seconds, instead of keeping the open vote
    await trainer.unroute('**/api/live');
    const title = 'Gespeeld op een eerdere versie van de casus';
    await expect.poll(() => projector.locator('h1').innerText(), { timeout: 10_000 }).toBe(title);
    expect(await projector.locator('.pj-story').innerText()).toContain('kan daarom niet verder');
    expect(await projector.locator('.pj-option, .pj-phase, .pj-voted').count()).toBe(0);
    await expectNoAxeViolations(projector, 'projector of a room whose session is on an earlier build');
    await projector.screenshot({ path: `${SHOTS}/live-projector-earlier-build.png` });

    // the phones say what the room was told, not that the story ended
    const phone = phones[0]!;
    await expect.poll(() => phone.locator('h1').innerText()).toBe(title);
    const said = SESSION_STRINGS.nl.earlierBuildRoom;
    expect(await phone.getByRole('status').innerText()).toBe(said);
    expect(await phone.locator('body').innerText()).not.toContain('Het verhaal is afgelopen');
    expect(await phone.locator('.ph-option').count()).toBe(0);
    await expectNoAxeViolations(phone, 'phone page of a room whose session is on an earlier build');
    await phone.screenshot({ path: `${SHOTS}/live-phone-earlier-build.png` });

    // the phones' votes went into the session before the ended stage replaced their stop
    const stored = () => trainer.evaluate(() => {
      const data = JSON.parse(localStorage.getItem('niet-pluis.workshops') ?? '{}') as { state?: { sessions?: Record<string, { nodes: Record<string, { votes: Record<string, number[]> }> }> } };
      return data.state?.sessions?.oud?.nodes.n0?.votes ?? null;
    });
    await expect.poll(stored).toEqual({ [PHONES_GROUP]: votes });
    // the room it had is the one told: no new room was made for it
    expect(await trainer.evaluate(() => localStorage.getItem('niet-pluis.live-rooms'))).toBe(rooms);
    // nothing went wrong but the refused asks
    expect(errors).toEqual(Array<string>(refused).fill('Failed to load resource: net::ERR_FAILED'));
    expect(projectorErrors).toEqual([]);
    expect(phoneErrors).toEqual([[], []]);
  });

  it('keeps a projector window in step without a server (static build)', async () => {
    const c = await context(1440, 900);
    const trainer = await c.newPage();
    await trainer.goto(`${inject('baseURL')}#workshops`);
    await trainer.getByRole('radio', { name: /^Sylvia \(/ }).check();
    await trainer.getByLabel('Naam van de sessie').fill('Zonder server');
    await trainer.getByRole('button', { name: 'Start de sessie' }).click();
    await trainer.waitForSelector('.ws-stage');
    await expect.poll(() => trainer.locator('.ws-live').innerText()).toContain('Zonder server tel je handen per tafel.');
    const [projector] = await Promise.all([c.waitForEvent('page'), trainer.getByRole('button', { name: 'Open het projectorscherm' }).click()]);
    await expect.poll(() => projector.locator('h1').innerText()).toBe('Beslissing 1');
    // while the room discusses there is no count yet; the trainer's panel speaks of no commands
    expect(await projector.locator('.pj-voted').count()).toBe(0);
    expect(await trainer.locator('.ws-live').innerText()).not.toContain('npm');
    await trainer.getByRole('button', { name: 'Start de stemming' }).click();
    // with no room there is no phone to vote on: hands only
    await expect.poll(() => projector.locator('.pj-phase').innerText()).toBe('Stem nu: steek je hand op.');
    await trainer.getByLabel('Stemmen voor optie 1, Zaal').fill('4');
    await trainer.getByLabel('Stemmen voor optie 2, Zaal').fill('1');
    await expect.poll(() => projector.locator('.pj-voted').innerText()).toBe('5 stemmen uitgebracht');
    expect(await projector.locator('.pj-result').count()).toBe(0);
    await trainer.getByRole('button', { name: 'Toon de uitslag' }).click();
    await expect.poll(() => projector.locator('.pj-count').first().innerText()).toBe('4 stemmen (80%)');
  });
});
