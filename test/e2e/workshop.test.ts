/**
 * A trainer runs a workshop of Sylvia in real Chromium: two tables, vote counts entered at every
 * decision, the result revealed, the group's choice taken (once the trainer's own pick), one
 * minority choice replayed as a "what if", a reload mid-session, and the debrief with the entered
 * distributions. Checks the CSV (one row per decision), the JSON export imported on "another
 * device", a bad import refused, and WCAG 2.1 A/AA with axe-core on the workshop and debrief screens.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axe, describeViolations, SHOTS, useBrowser, watchErrors } from './browser.ts';
import { buildStory } from '../../src/build/load-stories.ts';
import { storyBuildHash } from '../../src/build/vite-plugin-ink.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { parseCsv } from '../../src/workshop/csv.ts';
import { parseExport } from '../../src/workshop/export.ts';
import { percentages } from '../../src/workshop/votes.ts';
import { inDisplayOrder } from '../../src/play/option-order.ts';
import { playOption, startSession } from '../../src/workshop/engine.ts';
import { advance, setVotes } from '../../src/workshop/session.ts';
import { exportSessions } from '../../src/workshop/export.ts';
import type { WorkshopGroup, WorkshopSession } from '../../src/workshop/types.ts';

const CASE = 'sylvia';
const built = buildStory(`stories/${CASE}.ink`);
if (!built.ok) throw new Error(`${CASE}.ink does not compile`);
const { json } = built.story;

const SESSION = 'Gemeente Teststad, 12 maart';
/** Votes of table 1 and table 2 for an option: option 1 always wins, the rest differ per decision. */
const votesFor = (decision: number, pos: number): [number, number] => (pos === 0 ? [5 + decision, 3] : [pos, (decision + pos) % 3]);
/** At this decision the trainer takes option 2 instead of the majority's choice. */
const TRAINER_PICK_AT = 4;
/** After this decision the room replays option 2 of decision 1 as a "what if". */
const WHAT_IF_AFTER = 2;
/** The page is reloaded with the counts of this decision entered but not yet revealed. */
const RELOAD_AT = 3;

const { freshPage } = useBrowser({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

const heading = (page: Page) => page.locator('h1').innerText();
const voteText = (n: number, pct: number) => `${n} ${n === 1 ? 'stem' : 'stemmen'} (${pct}%)`;

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

/** Options and counts in the order shown; `story` maps the story's order to the position shown. */
type Played = { decision: number; options: string[]; counts: Array<[number, number]>; taken: number; story: number[] };

describe('workshop mode', () => {
  it('runs a session with votes, a what-if and a reload, and debriefs it', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: 'Een workshop leiden' }).click();
    await page.waitForSelector('.ws-list-screen');
    await expectNoAxeViolations(page, 'workshop list');

    // a new session with two tables; a missing name is refused with a message
    await page.getByRole('radio', { name: /^Sylvia \(/ }).check();
    await page.getByRole('button', { name: 'Start de sessie' }).click();
    await expect.poll(() => page.locator('#ws-form-error').innerText()).toBe('Geef de sessie een naam.');
    await page.getByLabel('Naam van de sessie').fill(SESSION);
    await page.getByLabel('Groepen of tafels (niet verplicht)').fill('Tafel 1\nTafel 2');
    await page.getByRole('button', { name: 'Start de sessie' }).click();
    await page.waitForSelector('.ws-stage');
    expect(page.url()).toMatch(/#workshop=[a-f0-9]+$/);

    // the options show in the session's seeded order (the order module is tested on its own)
    const seed = await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('niet-pluis.workshops')!) as { state: { sessions: Record<string, { seed?: string }> } };
      return Object.values(saved.state.sessions)[0]!.seed!;
    });
    expect(seed).toMatch(/^[a-f0-9]+$/);

    // the story, mirrored in Node, says what the projector must show
    const runner = createStoryRunner(json);
    runner.continue();
    const played: Played[] = [];

    for (let decision = 1; decision <= 20; decision++) {
      if (await page.locator('.ws-stage h1', { hasText: 'Einde' }).count()) break;
      expect(await heading(page)).toBe(`Beslissing ${decision}`);
      const shown = inDisplayOrder(seed, runner.currentChoices());
      const story = runner.currentChoices().map((c) => shown.findIndex((x) => x.id === c.id));
      const options = shown.map((c) => c.text);
      expect(await page.locator('.ws-option-text').allTextContents()).toEqual(options.map((o, i) => `Optie ${i + 1}: ${o}`));
      // discussion prompts are in the trainer panel; no feedback is shown before the choice
      expect(await page.locator('.ws-prompts li').count()).toBeGreaterThan(0);
      expect(await page.locator('.ws-feedback').count()).toBe(0);

      const counts = options.map((_, pos) => votesFor(decision, pos));
      if (decision === 1) {
        // keyboard only: the vote starts, focus lands in the first count, Tab walks the counts
        await page.getByRole('button', { name: 'Start de stemming' }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stemmen voor optie 1, Tafel 1');
        for (const [t1, t2] of counts) {
          await page.keyboard.type(String(t1));
          await page.keyboard.press('Tab');
          await page.keyboard.type(String(t2));
          await page.keyboard.press('Tab');
        }
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Toon de uitslag');
        expect(await page.getByLabel(`Stemmen voor optie ${options.length}, Tafel 2`).inputValue()).toBe(String(counts.at(-1)![1]));
      } else {
        await page.getByRole('button', { name: 'Start de stemming' }).click();
        for (const [pos, [t1, t2]] of counts.entries()) {
          await page.getByLabel(`Stemmen voor optie ${pos + 1}, Tafel 1`).fill(String(t1));
          await page.getByLabel(`Stemmen voor optie ${pos + 1}, Tafel 2`).fill(String(t2));
        }
      }

      if (decision === RELOAD_AT) {
        // the browser is reloaded mid-session: the same decision, the counts still there
        await page.reload();
        await page.waitForSelector('.ws-stage');
        expect(await heading(page)).toBe(`Beslissing ${decision}`);
        expect(await page.getByLabel('Stemmen voor optie 1, Tafel 1').inputValue()).toBe(String(counts[0]![0]));
        expect(await page.getByLabel(`Stemmen voor optie ${options.length}, Tafel 2`).inputValue()).toBe(String(counts.at(-1)![1]));
      }

      if (decision === 1) await page.keyboard.press('Enter');
      else await page.getByRole('button', { name: 'Toon de uitslag' }).click();
      const totals = counts.map(([a, b]) => a + b);
      const shares = percentages(totals);
      expect(await page.locator('.ws-option .ws-count').allInnerTexts()).toEqual(totals.map((n, i) => voteText(n, shares[i]!)));

      if (decision === 1) {
        // keyboard only: revealing moves focus to taking the majority's choice
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Neem de keuze van de meerderheid (optie 1)');
        await expectNoAxeViolations(page, 'projector view with the trainer panel');
        await page.screenshot({ path: `${SHOTS}/workshop-trainer-panel.png`, fullPage: true });
        await page.keyboard.press('t');
        await expect.poll(() => page.locator('#ws-panel').isHidden()).toBe(true);
        await page.screenshot({ path: `${SHOTS}/workshop-projector.png` });
        await expectNoAxeViolations(page, 'projector view');
        await page.keyboard.press('t');
        await expect.poll(() => page.locator('#ws-panel').isVisible()).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Trainerspaneel verbergen (T)');
      }

      const taken = decision === TRAINER_PICK_AT ? 1 : 0;
      if (decision === 1) {
        await page.getByRole('button', { name: 'Neem de keuze van de meerderheid (optie 1)' }).focus();
        await page.keyboard.press('Enter');
      } else if (taken === 0) await page.getByRole('button', { name: 'Neem de keuze van de meerderheid (optie 1)' }).click();
      else await page.getByRole('button', { name: 'Neem optie 2' }).click();
      await page.waitForSelector('.ws-feedback');
      expect(await page.locator('#ws-feedback-title').innerText()).toBe(taken === 0 ? 'Gekozen door de groep' : 'Gekozen door de trainer');
      const choice = shown[taken]!;
      expect(await page.locator('.ws-chosen-text').innerText()).toBe(`${taken + 1}. ${choice.text}`);
      if (choice.assessment.feedback) expect(await page.locator('.ws-feedback').innerText()).toContain(choice.assessment.feedback);
      runner.choose(choice.index);
      runner.continue();
      played.push({ decision, options, counts, taken, story });
      if (decision === 1) {
        // keyboard only: after the choice, focus is on going on
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Verder →');
        await page.screenshot({ path: `${SHOTS}/workshop-feedback.png` });
        await page.keyboard.press('Enter');
        continue;
      }

      if (decision === WHAT_IF_AFTER) {
        // "what if we had…": back to decision 1, play out option 2, then back to the main path
        await page.getByRole('button', { name: /^Beslissing 1:/ }).click();
        expect(await heading(page)).toBe('Beslissing 1');
        await page.getByRole('button', { name: /^Speel uit: optie 2 / }).click();
        expect(await page.locator('#ws-feedback-title').innerText()).toBe('Wat als we hadden gekozen');
        await page.getByRole('button', { name: 'Verder', exact: true }).click();
        expect(await heading(page)).toBe('Beslissing 2');
        expect(await page.locator('.ws-whatif').innerText()).toContain('Het hoofdpad van de groep blijft bewaard');
        await page.screenshot({ path: `${SHOTS}/workshop-what-if.png` });
        await expectNoAxeViolations(page, 'what-if branch');
        // back on the main path, the room is at its next open decision
        await page.locator('.ws-whatif').getByRole('button', { name: 'Terug naar het hoofdpad' }).click();
        expect(await heading(page)).toBe(`Beslissing ${decision + 1}`);
        expect(await page.locator('.ws-whatif').count()).toBe(0);
        continue;
      }

      await page.getByRole('button', { name: 'Verder', exact: true }).click();
    }

    expect(played.length).toBeGreaterThanOrEqual(7);
    expect(await page.locator('.ws-stage').innerText()).toContain('Het verhaal is afgelopen.');
    await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
    await page.waitForSelector('.ws-debrief');
    expect(await heading(page)).toBe(`Nabespreking: ${SESSION}`);

    // every decision shows the distribution entered, the choice taken and the counts per table
    for (const p of played) {
      const block = page.locator(`article[data-decision="${p.decision}"]`);
      // the debrief lists the options in the story's order
      const counts = p.story.map((pos) => p.counts[pos]!);
      const totals = counts.map(([a, b]) => a + b);
      const shares = percentages(totals);
      expect(await block.locator('.ws-chart .ws-count').allInnerTexts()).toEqual(totals.map((n, i) => voteText(n, shares[i]!)));
      expect(await block.locator('.ws-pergroup tbody tr').allInnerTexts()).toEqual(counts.map(([a, b], i) => `${i + 1}\t${a}\t${b}`));
      expect(await block.locator('.ws-taken').innerText()).toContain(p.options[p.taken]!);
      expect(await block.locator('.ws-taken').innerText()).toContain(p.taken === 0 ? 'door de meerderheid' : 'door de trainer');
    }
    expect(await page.locator('.ws-paths tbody tr').count()).toBeGreaterThanOrEqual(played.length);
    expect(await page.locator('.ws-debrief').innerText()).toContain(`Vanaf beslissing 1: „${played[0]!.options[1]}”`);
    await expectNoAxeViolations(page, 'trainer debrief');
    await page.screenshot({ path: `${SHOTS}/workshop-debrief.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/workshop-debrief-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // CSV: a header and one row per decision
    const csv = parseCsv(await download(page, () => page.getByRole('button', { name: 'Exporteer (CSV)' }).click()));
    expect(csv).toHaveLength(1 + played.length);
    const col = (name: string) => csv[0]!.indexOf(name);
    expect(csv.slice(1).map((r) => Number(r[col('beslissing')]))).toEqual(played.map((p) => p.decision));
    expect(csv.slice(1).map((r) => Number(r[col('stemmen_totaal')]))).toEqual(played.map((p) => p.counts.reduce((s, [a, b]) => s + a + b, 0)));
    expect(csv.slice(1).map((r) => r[col('gekozen')])).toEqual(played.map((p) => p.options[p.taken]));

    // JSON: a valid export, which another device imports
    const exported = await download(page, () => page.getByRole('button', { name: 'Exporteer (JSON)' }).click());
    const parsed = parseExport(exported);
    expect(parsed.ok).toBe(true);
    expect(errors).toEqual([]);

    const other = await freshPage();
    await other.page.goto(`${inject('baseURL')}#workshops`);
    await other.page.waitForSelector('.ws-list-screen');
    await other.page.getByLabel('Exportbestand (JSON) van een ander apparaat').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "niet-pluis.workshop-sessions", "version": 7, "sessions": []}') });
    await expect.poll(() => other.page.locator('#ws-list-alert').innerText()).toContain('Niet geïmporteerd. Er is niets veranderd.');
    expect(await other.page.locator('.ws-session').count()).toBe(0);
    await other.page.getByLabel('Exportbestand (JSON) van een ander apparaat').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => other.page.locator('.ws-status').innerText()).toBe('Geïmporteerd: 1 nieuw, 0 bijgewerkt, 0 al aanwezig.');
    await other.page.getByRole('button', { name: 'Nabespreking' }).click();
    await other.page.waitForSelector('.ws-debrief');
    expect(await other.page.locator('article[data-decision]').count()).toBe(played.length);
    expect(other.errors).toEqual([]);
  });

  /**
   * A fresh page with two sessions imported, each at decision 2 with decision 1 taken: "nu" on the
   * build this site serves, "oud" on an earlier one (a build hash the site never served).
   */
  async function earlierAndCurrent() {
    const runner = createStoryRunner(json);
    let t = Date.parse('2026-03-12T09:00:00Z');
    const now = () => new Date((t += 60_000));
    const groups: WorkshopGroup[] = [{ id: 'zaal', name: 'Zaal' }];
    const sessionOn = (id: string, build: string) => {
      let s = startSession(runner, { id, name: `Build ${id}`, caseId: CASE, caseTitle: 'Sylvia', groups, build }, now());
      const node = s.nodes[s.cursor.node]!;
      s = setVotes(s, node.id, 'zaal', node.options.map((_, pos) => pos + 1), now());
      return advance(playOption(s, runner, node.id, node.options[0]!.index, now()), now());
    };
    const opened = await freshPage();
    const { page } = opened;
    await page.goto(`${inject('baseURL')}#workshops`);
    await page.waitForSelector('.ws-list-screen');
    const sessions = [sessionOn('nu', storyBuildHash(json)), sessionOn('oud', '0000000000000000')];
    await page.getByLabel('Exportbestand (JSON) van een ander apparaat').setInputFiles({ name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(exportSessions(sessions, new Date())) });
    await expect.poll(() => page.locator('.ws-status').innerText()).toBe('Geïmporteerd: 2 nieuw, 0 bijgewerkt, 0 al aanwezig.');
    return opened;
  }

  it('a session played on an earlier version of the case: its debrief still opens, and says so', async () => {
    const { page, errors } = await earlierAndCurrent();
    // on the build this site serves: no note
    await page.goto(`${inject('baseURL')}#workshop-debrief=nu`);
    await page.waitForSelector('.ws-debrief');
    expect(await page.$$('.note-earlier')).toHaveLength(0);
    await page.goto(`${inject('baseURL')}#workshop-debrief=oud`);
    await page.waitForSelector('.ws-debrief');
    expect(await page.locator('.note-earlier').innerText()).toContain('Deze sessie is gespeeld op een eerdere versie van de casus');
    await expectNoAxeViolations(page, 'debrief of a session on an earlier build');
    expect(errors).toEqual([]);
  });

  it('a session played on an earlier version of the case is not played on: its stage says why, and its debrief still opens', async () => {
    const { page, errors } = await earlierAndCurrent();
    const takeControls = page.getByRole('button', { name: /^(Neem optie|Neem de keuze|Speel uit|Start de stemming)/ });

    // on the build this site serves, the room's next decision is open as before
    await page.goto(`${inject('baseURL')}#workshop=nu`);
    await page.waitForSelector('.ws-option-list');
    expect(await heading(page)).toBe('Beslissing 2');
    expect(await takeControls.count()).toBeGreaterThan(0);

    // on an earlier build: no options, no way to take a choice, and the reason in words
    await page.goto(`${inject('baseURL')}#workshop=oud`);
    await page.waitForSelector('.ws-stage .ws-earlier');
    expect(await heading(page)).toBe('Gespeeld op een eerdere versie van de casus');
    const note = await page.locator('.ws-earlier').innerText();
    expect(note).toContain('Deze sessie is gespeeld op een eerdere versie van de casus');
    expect(note).toContain('de nabespreking, de exports en het combineren met andere sessies');
    expect(note).toContain('start dan een nieuwe sessie');
    expect(await page.$$('.ws-option-list, .ws-option, .ws-panel')).toHaveLength(0);
    expect(await takeControls.count()).toBe(0);
    await expectNoAxeViolations(page, 'stage of a session on an earlier build');

    // what was played stays readable
    await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
    await page.waitForSelector('.ws-debrief');
    expect(await page.locator('.note-earlier').innerText()).toContain('Deze sessie is gespeeld op een eerdere versie van de casus');
    expect(await page.locator('article[data-decision]').count()).toBeGreaterThan(0);

    // and a new session starts from the list
    await page.goto(`${inject('baseURL')}#workshop=oud`);
    await page.getByRole('button', { name: 'Start een nieuwe sessie' }).click();
    await page.waitForSelector('.ws-list-screen');
    expect(await page.getByRole('button', { name: 'Start de sessie' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('the list marks a session played on an earlier version of the case in words, and offers its debrief, not to play on', async () => {
    const { page, errors } = await earlierAndCurrent();
    const item = (name: string) => page.locator('.ws-session', { has: page.getByRole('heading', { name, exact: true }) });
    const oud = item('Build oud');
    const nu = item('Build nu');
    const actions = (l: typeof oud) => l.getByRole('button').allInnerTexts();

    // on the build this site serves: no mark, the session goes on first
    expect(await nu.getByRole('note').count()).toBe(0);
    expect(await nu.locator('.ws-muted').first().innerText()).toContain('Bezig');
    expect((await actions(nu)).slice(0, 2)).toEqual(['Verder met de sessie', 'Nabespreking']);
    expect(await nu.getByRole('button', { name: 'Verder met de sessie' }).getAttribute('class')).toBe('primary');

    // on an earlier build: the mark in words; not "busy", nothing to play on; its debrief comes first
    const mark = 'Gespeeld op een eerdere versie van de casus: verder spelen kan niet, de nabespreking openen wel.';
    expect(await oud.getByRole('note').innerText()).toBe(mark);
    expect(await oud.locator('.ws-muted').first().innerText()).not.toContain('Bezig');
    const oudActions = await actions(oud);
    expect(oudActions).not.toContain('Verder met de sessie');
    expect(oudActions[0]).toBe('Nabespreking');
    expect(oudActions).toEqual(expect.arrayContaining(['Beleidscheck', 'Exporteer (JSON)', 'Exporteer (CSV)', 'Verwijder']));
    const debrief = oud.getByRole('button', { name: 'Nabespreking', exact: true });
    expect(await debrief.getAttribute('class')).toBe('primary');
    // a screen reader hears the mark with the button
    expect(await debrief.evaluate((b) => b.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent)))
      .toEqual(['Build oud', mark]);
    await expectNoAxeViolations(page, 'workshop list with a session on an earlier build');
    await page.screenshot({ path: `${SHOTS}/workshop-list-earlier-build.png`, fullPage: true });
    // the new-session form's switch (Sylvia has one): its box is a box, beside its words
    const box = await page.locator('#ws-system-fails').boundingBox();
    const words = await page.locator('label[for="ws-system-fails"]').evaluate((l) => {
      const range = document.createRange();
      range.selectNodeContents(l.lastChild!);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, bottom: r.bottom };
    });
    expect(box!.width).toBeLessThan(32);
    expect(words.left - (box!.x + box!.width)).toBeGreaterThanOrEqual(0);
    expect(words.left - (box!.x + box!.width)).toBeLessThan(16);
    expect(box!.y + box!.height / 2).toBeGreaterThan(words.top);
    expect(box!.y + box!.height / 2).toBeLessThan(words.bottom);

    // by keyboard, the debrief opens
    await debrief.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.ws-debrief');
    expect(page.url()).toMatch(/#workshop-debrief=oud$/);
    expect(errors).toEqual([]);
  });

  it('a projector window open for a session played on an earlier version is told, calmly, that it cannot go on', async () => {
    const { page, errors } = await earlierAndCurrent();
    const title = 'Gespeeld op een eerdere versie van de casus';
    // the projector window of the session is still open (it follows the console, no server)
    const projector = await page.context().newPage();
    const projectorErrors = watchErrors(projector);
    await projector.goto(`${inject('baseURL')}projector.html#session=oud`);
    await expect.poll(() => projector.locator('h1').innerText()).toBe('Wachten op de trainer…');

    // the trainer opens the session: its stage says it cannot go on, and the projector says so too
    await page.goto(`${inject('baseURL')}#workshop=oud`);
    await page.waitForSelector('.ws-stage .ws-earlier');
    await expect.poll(() => projector.locator('h1').innerText()).toBe(title);
    expect(await projector.locator('.pj-kicker').innerText()).toBe('Sylvia · Build oud');
    expect(await projector.locator('.pj-story').innerText()).toBe('Deze sessie is gespeeld op een eerdere versie van de casus en kan daarom niet verder. Wat de zaal koos, blijft bewaard voor de nabespreking.');
    // nothing to vote on, no voting phase, no join code
    expect(await projector.locator('.pj-option, .pj-phase, .pj-voted, .pj-join').count()).toBe(0);
    expect(await projector.evaluate(() => document.documentElement.lang)).toBe('nl');
    await expectNoAxeViolations(projector, 'projector of a session on an earlier build');
    await projector.screenshot({ path: `${SHOTS}/workshop-projector-earlier-build.png` });

    // a projector window opened (or reloaded) while the stage is open asks, and is told the same
    await projector.reload();
    await expect.poll(() => projector.locator('h1').innerText()).toBe(title);
    expect(errors).toEqual([]);
    expect(projectorErrors).toEqual([]);
  });

  it('combines sessions from other devices: votes added up, profiles side by side', async () => {
    // two workshops played elsewhere (made here with the same model), brought in as one file
    // (only the groups in `votingAfterFirst` vote after the first decision)
    let decisions = 0;
    const play = (id: string, groups: WorkshopGroup[], votes: (pos: number) => number[], votingAfterFirst = groups): WorkshopSession => {
      const runner = createStoryRunner(json);
      let t = Date.parse('2026-03-12T09:00:00Z');
      const now = () => new Date((t += 60_000));
      let s = startSession(runner, { id, name: `Regio ${id}`, caseId: CASE, caseTitle: 'Sylvia', groups }, now());
      decisions = 0;
      while (!s.nodes[s.cursor.node]!.finished) {
        const node = s.nodes[s.cursor.node]!;
        groups.forEach((g, gi) => (decisions === 0 || votingAfterFirst.includes(g)) && (s = setVotes(s, node.id, g.id, node.options.map((_, pos) => votes(pos)[gi]!), now())));
        s = advance(playOption(s, runner, node.id, node.options[0]!.index, now()), now());
        decisions++;
      }
      return s;
    };
    const a = play('noord', [{ id: 'zaal', name: 'Zaal' }], (pos) => [pos === 0 ? 12 : pos]);
    const tables = [{ id: 'g1', name: 'Tafel A' }, { id: 'g2', name: 'Tafel B' }];
    const b = play('zuid', tables, (pos) => [pos === 0 ? 4 : 1, pos === 0 ? 5 : 0], tables.slice(0, 1));
    const inB = decisions;
    expect(inB).toBeGreaterThan(1);

    const { page, errors } = await freshPage();
    await page.goto(`${inject('baseURL')}#workshops`);
    await page.waitForSelector('.ws-list-screen');
    await page.getByLabel('Exportbestand (JSON) van een ander apparaat').setInputFiles({ name: 'regio.json', mimeType: 'application/json', buffer: Buffer.from(exportSessions([a, b], new Date())) });
    await expect.poll(() => page.locator('.ws-status').innerText()).toBe('Geïmporteerd: 2 nieuw, 0 bijgewerkt, 0 al aanwezig.');
    await page.getByRole('button', { name: 'Combineer de gekozen sessies' }).click();
    expect(await page.locator('#ws-list-alert').innerText()).toBe('Kies minstens twee sessies om te combineren.');
    for (const c of await page.getByRole('checkbox', { name: 'Combineren' }).all()) await c.check();
    await page.getByRole('button', { name: 'Combineer de gekozen sessies' }).click();
    await page.waitForSelector('.ws-debrief');
    expect(await heading(page)).toBe('Gecombineerde nabespreking: Sylvia');

    // decision 1: 12 + 4 + 5 votes for option 1 over both sessions, and the counts per session
    const first = page.locator('.ws-decision').first();
    const options = a.nodes[a.root]!.options.length;
    const totals = Array.from({ length: options }, (_, pos) => (pos === 0 ? 21 : pos + 1));
    const shares = percentages(totals);
    expect(await first.locator('.ws-chart .ws-count').allInnerTexts()).toEqual(totals.map((n, i) => voteText(n, shares[i]!)));
    expect(await first.locator('.ws-pergroup tbody tr').first().innerText()).toBe('1\t12\t9');
    expect(await page.locator('.ws-profile').first().locator('thead th').allInnerTexts()).toEqual(['Principe', 'Regio noord', 'Regio zuid', 'Gemiddeld']);
    // per table: at how many decisions each voted, as only those weigh in its points (and a note says so)
    expect(await page.locator('.ws-profile').nth(1).locator('thead th').allInnerTexts()).toEqual([
      'Principe',
      `Regio zuid: Tafel A (stemde bij ${inB} van ${inB} beslissingen)`,
      `Regio zuid: Tafel B (stemde bij 1 van ${inB} beslissingen)`,
    ]);
    expect(await page.locator('.ws-debrief').innerText()).toContain('Alleen de beslissingen waarbij de groep stemde, tellen mee');
    await expectNoAxeViolations(page, 'combined debrief');
    await page.screenshot({ path: `${SHOTS}/workshop-combined.png`, fullPage: true });

    // the same in English
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    // English is a chunk of its own (fetched when the menu opened): the switch may wait for it
    await expect.poll(() => heading(page)).toBe('Combined debrief: Sylvia');
    expect(errors).toEqual([]);
  });
});
