/**
 * Nothing lost, nothing stuck, in real Chromium: the end screen survives a reload, past debriefs
 * open from the title card, a case restarts after a confirmation, two tabs keep both results and
 * hand a case over, a full storage is told to the player while the case plays on, and a save of
 * an earlier story build restarts with a message and is kept aside; one workshop session in two
 * tabs is held by one and handed over on request; a workshop session and settings that cannot be
 * stored are told in words, with the export offered at once. axe on every new message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axe, describeViolations, shot, SHOTS, useBrowser } from './browser.ts';
import { openCase, untilChoices } from './play-helpers.ts';
import { parseExport } from '../../src/workshop/export.ts';

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
  await untilChoices(page);
}

async function noViolations(page: Page): Promise<void> {
  const v = await axe(page);
  expect(v, describeViolations(v)).toEqual([]);
}

/** Fills the origin's storage with filler keys until a piece of `smallest` characters no longer fits. */
const fillStorage = (page: Page, smallest: number) => page.evaluate((least) => {
  let size = 1 << 20;
  for (let i = 0; size >= least; i++) {
    try {
      localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
    } catch {
      size = Math.floor(size / 2);
    }
  }
}, smallest);

const noticeTexts = (page: Page) => page.$$eval('.notice', (ns) => ns.map((n) => n.textContent ?? ''));

/** Every notice lies wholly in the viewport, below the bar. */
const noticeInView = (page: Page) => page.$$eval('.notice', (ns) => {
  const bar = document.querySelector('header.bar')!.getBoundingClientRect();
  return ns.length > 0 && ns.every((n) => {
    const r = n.getBoundingClientRect();
    return r.top >= bar.bottom - 1 && r.bottom <= innerHeight;
  });
});

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
    // the address names the play by when it was finished, not by its place in the list
    const finishedAt = (await page.$eval('.case-card:has(#case-john) .past-plays button', (b) => b.getAttribute('data-key')))!.slice('debrief-'.length);
    expect(finishedAt).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
    await page.click('.case-card:has(#case-john) .past-plays button');
    await page.waitForSelector('.debrief-screen');
    expect(page.url().endsWith(`#debrief=john/${finishedAt}`)).toBe(true);
    expect(await page.$eval('.debrief-screen', (d) => d.textContent)).toContain('Gespeeld op');
    await page.reload();
    await page.waitForSelector('.debrief-screen tr[data-principle]');
    expect(await page.$$('.note-earlier')).toHaveLength(0);
    await noViolations(page);
    // the same play, as if the case was changed since it was played: still readable, and said so
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('niet-pluis.progress.finished.john.'))!;
      const file = JSON.parse(localStorage.getItem(key)!);
      file.play.build = '0000000000000000';
      localStorage.setItem(key, JSON.stringify(file));
    });
    await page.reload();
    await page.waitForSelector('.debrief-screen tr[data-principle]');
    expect(await page.$eval('.note-earlier', (p) => p.textContent)).toContain('Deze keer is gespeeld op een eerdere versie van de casus');
    await noViolations(page);

    // a new play, one choice, then restart it from the title card after a confirmation
    await page.goto(url());
    await page.waitForSelector('.case-card');
    await page.click('.case-card:has(#case-john) button.primary');
    await page.click('.note-screen button.primary');
    await untilChoices(page);
    await chooseFirst(page);
    expect(await page.$$('.choice-made')).toHaveLength(1);
    await page.goto(url());
    await page.waitForSelector('.case-card:has(#case-john) .case-progress');
    await page.click('.case-card:has(#case-john) .actions button:not(.primary)');
    await page.waitForSelector('dialog.confirm-dialog[open]');
    await noViolations(page);
    await shot(page, `${SHOTS}/restart-confirm.png`);
    await page.click('dialog.confirm-dialog button.primary');
    await untilChoices(page);
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
    await untilChoices(b);
    await a.click('.case-card:has(#case-john) button.primary');
    await a.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => n.textContent!.includes('al open in een ander tabblad')));
    await noViolations(a);
    await a.click('.notice button.primary');
    await untilChoices(a);
    await b.waitForSelector('.held-area:not([hidden])');
    expect(await b.$$('.choices-area:not([hidden])')).toHaveLength(0);
    await noViolations(b);
    await shot(b, `${SHOTS}/taken-over.png`);
    await chooseFirst(a);
    // nothing lost: B sees A's choice, and may take the case back
    await b.waitForFunction(() => document.querySelectorAll('.choice-made').length === 3);
    await b.click('.held-area button');
    await untilChoices(b);
    await a.waitForSelector('.held-area:not([hidden])');
    expect(errors).toEqual([]);
  });

  it('the title screen follows another tab: a case played there shows here as it happens, with the focus kept', async () => {
    const { page: a, errors } = await freshPage();
    await a.goto(url());
    await a.waitForSelector('.case-card');
    await a.focus('.case-card:has(#case-nuria) button.primary');
    const b = await a.context().newPage();
    await openCase(b, 'nuria', url());
    await chooseFirst(b);
    await a.waitForSelector('.case-card:has(#case-nuria) .case-progress');
    expect(await a.$eval('.case-card:has(#case-nuria) .case-progress', (p) => p.textContent)).toContain('1 beslissing genomen');
    expect(await a.evaluate(() => document.activeElement?.closest('.case-card')?.querySelector('h3')?.id)).toBe('case-nuria');
    expect(await a.evaluate(() => document.activeElement?.textContent)).toBe('Verder met casus');
    // the next step there: a control that came with the first (Opnieuw beginnen) keeps the focus, the content note stays open
    await a.focus('.case-card:has(#case-nuria) [data-key="restart"]');
    await a.click('.case-card:has(#case-nuria) .case-note summary');
    await a.focus('.case-card:has(#case-nuria) [data-key="restart"]');
    await chooseFirst(b);
    await a.waitForFunction(() => document.querySelector('.case-card:has(#case-nuria) .case-progress')?.textContent?.includes('2 beslissingen'));
    expect(await a.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe('restart');
    expect(await a.$eval('.case-card:has(#case-nuria) .case-note', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await noViolations(a);
    expect(errors).toEqual([]);
  });

  it('a finished play that no save lists is let go of when the game opens alone, never while another tab is open', async () => {
    const { page: first, errors } = await freshPage();
    await first.goto(url());
    await first.waitForSelector('.title-screen');
    // the first tab has had its turn at the sweep (nothing to sweep yet); then, as if its save had
    // not fit after a finish: a save that lists no finished play, and the file of one finished long ago
    await first.waitForFunction(async () => (await navigator.locks.query()).held?.some((l) => l.name === 'niet-pluis.open'));
    const orphan = 'niet-pluis.progress.finished.sylvia.2026-01-01T10:00:00.000Z';
    await first.evaluate((key) => {
      localStorage.setItem('niet-pluis.progress', JSON.stringify({ version: 4, rev: 1, state: { plays: {}, results: {}, history: {} } }));
      localStorage.setItem(key, '{}');
    }, orphan);
    const context = first.context();
    /** A tab of the game, once it has had its turn at the sweep (it then shares the lock of open tabs). */
    const openTab = async (tabs: number) => {
      const page = await context.newPage();
      await page.goto(url());
      await page.waitForSelector('.title-screen');
      await page.waitForFunction(async (n) => (await navigator.locks.query()).held?.filter((l) => l.name === 'niet-pluis.open').length === n, tabs);
      return page;
    };
    const stillThere = (page: Page) => page.evaluate((key) => localStorage.getItem(key) !== null, orphan);

    // a second tab opens beside the first
    const second = await openTab(2);
    expect(await stillThere(second), 'another tab is open: the play stays').toBe(true);
    await first.close();
    await second.close();
    const alone = await openTab(1);
    await alone.waitForFunction((key) => localStorage.getItem(key) === null, orphan);
    expect(await alone.evaluate(() => localStorage.getItem('niet-pluis.progress') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('storage nearly full: the player is told at once, and the case still plays', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, 'sylvia', url());
    await fillStorage(page, 512); // less than a kilobyte left
    await chooseFirst(page);
    await page.waitForSelector('.notice');
    expect((await noticeTexts(page)).join(' ')).toContain('Je voortgang kon niet worden opgeslagen');
    // in view, below the bar, while the player is down in the case
    expect(await noticeInView(page)).toBe(true);
    await noViolations(page);
    await shot(page, `${SHOTS}/storage-full.png`);
    await chooseFirst(page);
    expect(await page.$$('.choice-made')).toHaveLength(2);
    expect(await noticeInView(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('storage already full when the page starts: what was saved is read, and the first save that fails is told', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, 'john', url());
    await chooseFirst(page);
    await page.goto(url());
    await page.waitForSelector('.case-card:has(#case-john) .case-progress');
    await fillStorage(page, 1); // not a character left
    await page.reload();
    await page.click('.case-card:has(#case-john) button.primary');
    await untilChoices(page);
    expect(await page.$$('.choice-made')).toHaveLength(1); // read from the full storage
    expect(await page.$$('.notice')).toHaveLength(0);
    await chooseFirst(page);
    await page.waitForSelector('.notice');
    expect((await noticeTexts(page)).join(' ')).toContain('Je voortgang kon niet worden opgeslagen');
    expect(await noticeInView(page)).toBe(true);
    await noViolations(page);
    expect(errors).toEqual([]);
  });

  it('a save of a newer version of the game (a tab opened after an update): this older page leaves it alone and says so', async () => {
    const { page: a, errors } = await freshPage();
    await openCase(a, 'john', url());
    await chooseFirst(a);
    // the newer version, in another tab, saves in a form this page does not know
    const b = await a.context().newPage();
    await b.goto(url());
    await b.waitForSelector('.case-card');
    const newer = await b.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('niet-pluis.progress')!);
      const raw = JSON.stringify({ ...saved, version: saved.version + 1, rev: saved.rev + 1 });
      localStorage.setItem('niet-pluis.progress', raw);
      return raw;
    });
    await b.close();
    await a.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => n.textContent!.includes('nieuwere versie')));
    await noViolations(a);
    // this page plays on, and writes nothing over the newer save, nor sets it aside
    await chooseFirst(a);
    expect(await a.$$('.choice-made')).toHaveLength(2);
    const stored = () => a.evaluate(() => ({ progress: localStorage.getItem('niet-pluis.progress'), keys: Object.keys(localStorage).filter((k) => k.includes('set-aside')) }));
    expect(await stored()).toEqual({ progress: newer, keys: [] });
    // its button loads the page again (here the same version: told again, and still nothing written)
    await a.click('.notice:has-text("nieuwere versie") button');
    await a.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => n.textContent!.includes('nieuwere versie')));
    expect(await stored()).toEqual({ progress: newer, keys: [] });
    expect(errors).toEqual([]);
  });

  it('storage the browser refuses altogether: the player is told at once, and the case plays for this visit', async () => {
    const { page, errors } = await freshPage();
    await page.addInitScript(() => {
      // as a browser with site data blocked: storage throws, and so do locks
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
      navigator.locks.request = () => Promise.reject(new DOMException('The request was denied.', 'SecurityError'));
    });
    await page.goto(url());
    await page.waitForSelector('.notice');
    expect((await noticeTexts(page)).join(' ')).toContain('Deze browser staat niet toe dat de game iets bewaart');
    await noViolations(page);
    await page.click('.case-card:has(#case-nuria) button.primary');
    await page.click('.note-screen .primary');
    await untilChoices(page);
    await chooseFirst(page);
    expect(await page.$$('.choice-made')).toHaveLength(1);
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
    await untilChoices(page);
    expect(await page.$$('.choice-made')).toHaveLength(0);
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('niet-pluis.progress.nuria.set-aside.')).map((k) => localStorage.getItem(k)!));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(aside[0]!)).toMatchObject({ caseId: 'nuria', build: '0000000000000000' });
    await noViolations(page);
    expect(errors).toEqual([]);
  });

  it('one workshop session in two tabs: the second is told it is open elsewhere, takes it over, and nothing entered is lost', async () => {
    const { page: a, errors } = await freshPage({ acceptDownloads: true });
    await a.goto(url());
    const id = await startSession(a, 'Twee tabbladen');
    await a.click('[data-key="start-vote"]');
    await a.fill('.ws-count-input >> nth=0', '7');

    const b = await a.context().newPage();
    await b.goto(`${url()}#workshop=${id}`);
    await b.waitForSelector('.ws-elsewhere');
    expect(await b.locator('.ws-elsewhere').innerText()).toContain('al open in een ander tabblad');
    expect(await b.$$('.ws-stage')).toHaveLength(0);
    await noViolations(b);
    await b.click('[data-key="take-over"]');
    await b.waitForSelector('.ws-stage .ws-count-input');
    expect(await b.inputValue('.ws-count-input >> nth=0')).toBe('7');
    await a.waitForSelector('.ws-elsewhere');
    expect(await a.locator('h1').innerText()).toBe('Sessie verder in een ander tabblad');
    expect(await a.$$('.ws-stage')).toHaveLength(0);
    await noViolations(a);
    await b.fill('.ws-count-input >> nth=1', '3');

    // and back: A carries on with both counts, B is told
    await a.click('[data-key="take-over"]');
    await a.waitForSelector('.ws-stage .ws-count-input');
    expect([await a.inputValue('.ws-count-input >> nth=0'), await a.inputValue('.ws-count-input >> nth=1')]).toEqual(['7', '3']);
    await b.waitForSelector('.ws-elsewhere');
    const saved = await a.evaluate((sid) => JSON.parse(localStorage.getItem('niet-pluis.workshops')!).state.sessions[sid].nodes, id);
    // saved in the story's order of the options, which is not the order shown
    const counts = Object.values(saved as Record<string, { votes: Record<string, number[]> }>).flatMap((n) => Object.values(n.votes))[0]!;
    expect(counts.filter((n) => n > 0).sort()).toEqual([3, 7]);

    // B shows the debrief (only read: not held); A enters another count; B's export has it
    await b.evaluate((sid) => (location.hash = `#workshop-debrief=${sid}`), id);
    await b.waitForSelector('.ws-debrief');
    await a.fill('.ws-count-input >> nth=2', '5');
    await expect.poll(() => b.evaluate((sid) => JSON.stringify(JSON.parse(localStorage.getItem('niet-pluis.workshops')!).state.sessions[sid].nodes), id)).toContain('5');
    const [file] = (await Promise.all([b.waitForEvent('download'), b.click('.ws-debrief button:has-text("JSON")')])) as [Download, void];
    const exported = parseExport(readFileSync((await file.path())!, 'utf8'));
    expect(exported.ok && Object.values(exported.sessions[0]!.nodes).flatMap((n) => Object.values(n.votes)).flat().filter((n) => n > 0).sort()).toEqual([3, 5, 7]);

    // B, which lost the session, goes to its beleidscheck: told it is open elsewhere, not given
    // fields whose text would not be kept; taken over, what B types there is saved
    await b.evaluate((sid) => (location.hash = `#workshop-policy=${sid}`), id);
    await b.waitForSelector('.ws-elsewhere');
    expect(await b.$$('.ws-policy-screen input')).toHaveLength(0);
    await b.click('[data-key="take-over"]');
    await b.waitForSelector('.ws-policy-screen #ws-rm-region');
    await a.waitForSelector('.ws-elsewhere');
    await b.fill('#ws-rm-region', 'IJsselland');
    await expect.poll(() => b.evaluate((sid) => JSON.parse(localStorage.getItem('niet-pluis.workshops')!).state.sessions[sid].policy.routeMap.region, id)).toBe('IJsselland');
    expect(errors).toEqual([]);
  });

  it('storage that refuses every write: a setting and a workshop session are told in words, and the sessions export at once', async () => {
    const { page, errors } = await freshPage({ acceptDownloads: true });
    await page.goto(url());
    await page.waitForSelector('.case-card');
    // after the start (which checks that storage works), every write throws as a full quota does
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('button', { name: 'Hoog contrast' }).click();
    await page.waitForSelector('.notice');
    expect((await noticeTexts(page)).join(' ')).toContain('Je instellingen konden niet worden opgeslagen: de opslag van deze browser is vol of geblokkeerd. Ze gelden tot je de pagina sluit.');
    expect(await page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(true);
    await noViolations(page);

    await page.getByRole('button', { name: 'Instellingen' }).click();
    const id = await startSession(page, 'Volle opslag');
    await page.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => n.textContent!.includes('De workshopsessie kon niet op dit apparaat worden opgeslagen')));
    await noViolations(page);
    const [file] = (await Promise.all([page.waitForEvent('download'), page.click('.notice:has-text("De workshopsessie") button.primary')])) as [Download, void];
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    const parsed = parseExport(readFileSync((await file.path())!, 'utf8'));
    expect(parsed.ok && parsed.sessions.map((s) => [s.id, s.name, s.caseId])).toEqual([[id, 'Volle opslag', 'sylvia']]);
    expect(await page.evaluate(() => localStorage.getItem('niet-pluis.workshops'))).toBeNull();
    expect(errors).toEqual([]);
  });
});

/** Starts a workshop session of Sylvia from the title screen (no reload); returns its id. */
async function startSession(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Een workshop leiden' }).click();
  await page.waitForSelector('.ws-list-screen');
  await page.getByRole('radio', { name: /^Sylvia \(/ }).check();
  await page.getByLabel('Naam van de sessie').fill(name);
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.waitForSelector('.ws-stage');
  return /#workshop=([a-f0-9]+)$/.exec(page.url())![1]!;
}
