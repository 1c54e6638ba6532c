/**
 * Plays a case in real Chromium with the keyboard only, from the title screen to the debrief, and
 * checks the scores shown against the pure model; checks resume after a reload, a corrupt save,
 * and WCAG 2.1 A/AA with axe-core on title, case and debrief.
 */
import { describe, expect, inject, it } from 'vitest';
import { axe, describeViolations, shot, SHOTS, useBrowser } from './browser.ts';
import { buildStory } from '../../src/build/load-stories.ts';
import { bestPathPicker, choiceTexts, expectDebriefScores, openCase, playWith, showAllAtOnce, tabTo, toDebrief, worstPicker, untilChoices } from './play-helpers.ts';

const CASE = 'sylvia';
const built = buildStory(`stories/${CASE}.ink`);
if (!built.ok) throw new Error('sylvia.ink does not compile');
const { analysis, json } = built.story;

const { freshPage } = useBrowser();

describe(`playing ${CASE} in the browser`, () => {
  it('title screen: no WCAG 2.1 A/AA violations', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    await shot(page, `${SHOTS}/title.png`, true);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('plays the best path keyboard-only from title to debrief, and shows full scores', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, CASE);
    await page.waitForSelector('.world canvas', { timeout: 30_000 });
    await shot(page, `${SHOTS}/case-start.png`);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);

    const taken = await playWith(page, json, bestPathPicker(analysis));
    expect(taken).toHaveLength(analysis.bestPath.length);
    await shot(page, `${SHOTS}/case-end.png`, true);
    // after the last choice and the passages of the ending, the focus is on the text just shown or on
    // the way on to the debrief, and in view: never on an option, never off screen
    const focus = await page.evaluate(() => {
      const a = document.activeElement!;
      const r = a.getBoundingClientRect();
      return { where: a.closest('.end-area') ? 'end' : a.closest('.passage') ? 'text' : a.tagName, inView: r.top >= 0 && r.top < innerHeight };
    });
    expect(['end', 'text']).toContain(focus.where);
    expect(focus.inView).toBe(true);
    await toDebrief(page);
    await expectDebriefScores(page, analysis, taken);
    await shot(page, `${SHOTS}/debrief-best.png`, true);
    const dv = await axe(page);
    expect(dv, describeViolations(dv)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('plays a poor path and shows the lower scores, key moments and missed signals', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, CASE);
    const taken = await playWith(page, json, worstPicker);
    await toDebrief(page);
    await expectDebriefScores(page, analysis, taken);
    expect(await page.$$eval('.moment', (m) => m.length)).toBeGreaterThan(0);
    // what the player chose is named, not crossed out: it can have been good, only not the best
    expect(await page.$$eval('.moment-choice.mine h3', (hs) => [...new Set(hs.map((x) => x.textContent))])).toEqual(['Jij koos']);
    // nothing was marked: every signal on the path is missed
    expect(await page.$eval('[data-measure="recognised"] dd', (d) => d.textContent)).toMatch(/^0 van \d+$/);
    expect(await page.$$eval('.signal-timeline li.seen', (li) => li.length)).toBe(0);
    await shot(page, `${SHOTS}/debrief-poor.png`, true);
    expect(errors).toEqual([]);
  });

  it('resumes mid-case after a reload with the same text and choices on screen', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, CASE);
    for (const key of ['1', '2', '1']) {
      const n = await page.$$eval('.log > *', (xs) => xs.length);
      await page.keyboard.press(key);
      await page.waitForFunction((c) => document.querySelectorAll('.log > *').length > c, n);
      await untilChoices(page);
    }
    const log = await page.$eval('.log', (l) => l.textContent);
    const choices = await choiceTexts(page);
    await page.reload();
    await untilChoices(page);
    expect(await page.$eval('.log', (l) => l.textContent)).toBe(log);
    expect(await choiceTexts(page)).toEqual(choices);
    expect(errors).toEqual([]);
  });

  it('reports corrupt saves (progress and settings), sets them aside and starts clean without crashing', async () => {
    const { page, errors } = await freshPage();
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('niet-pluis.progress', '{"state":{"active":');
        localStorage.setItem('niet-pluis.settings', 'garbage');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.notice');
    expect(await page.$eval('.notices', (n) => n.getAttribute('role'))).toBe('alert');
    expect(await page.$$eval('.case-card', (c) => c.length)).toBeGreaterThan(0);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith('niet-pluis.progress.set-aside.'))).toBe(true);
    expect(keys.some((k) => k.startsWith('niet-pluis.settings.set-aside.'))).toBe(true);
    await shot(page, `${SHOTS}/corrupt-save.png`);
    expect(errors).toEqual([]);
  });

  it('a number key held down chooses once: the next decision is not answered by the key\'s repeat', async () => {
    const { page, errors } = await freshPage();
    await showAllAtOnce(page); // the next choices show at once, where a repeat could reach them
    await openCase(page, CASE);
    await page.keyboard.down('1');
    await page.waitForFunction(() => document.querySelectorAll('.choice-made').length === 1);
    await untilChoices(page);
    for (let i = 0; i < 3; i++) await page.keyboard.down('1'); // the browser's repeats while held
    await page.keyboard.up('1');
    await page.waitForTimeout(300);
    expect(await page.$$('.choice-made')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('high contrast and larger text: toggled by keyboard, kept after a reload, no WCAG 2.1 A/AA violations', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, CASE);
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelectorAll('.choice-made').length === 1);
    // the settings sit in one menu: open it from the keyboard first
    await tabTo(page, `el && el.getAttribute('aria-controls') === 'settings-panel'`);
    await page.keyboard.press('Enter');
    for (const label of ['Hoog contrast', 'Grotere tekst']) {
      await tabTo(page, `el && el.tagName === 'BUTTON' && el.textContent.includes('${label}')`);
      await page.keyboard.press('Enter');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Grotere tekst');
    await page.reload();
    await untilChoices(page);
    expect(await page.evaluate(() => [...document.documentElement.classList])).toEqual(expect.arrayContaining(['high-contrast', 'large-text']));
    await shot(page, `${SHOTS}/case-high-contrast.png`);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('in English the interface changes language and the Dutch story stays marked as Dutch (WCAG 3.1.2)', async () => {
    const { page, errors } = await freshPage();
    await page.goto(inject('baseURL'));
    await page.waitForSelector('.case-card');
    await tabTo(page, `el && el.getAttribute('aria-controls') === 'settings-panel'`);
    await page.keyboard.press('Enter');
    await tabTo(page, `el && el.tagName === 'BUTTON' && el.textContent === 'English'`);
    await page.keyboard.press('Enter');
    // English is a chunk of its own, fetched when the menu opened: the switch may wait for it
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.$eval('.case-list', (l) => l.textContent)).toContain('Your role');
    await openCase(page, CASE);
    expect(await page.$eval('#choices-title', (h) => h.textContent)).toBe('What do you do?');
    const unmarked = await page.$$eval('.log .line, button.choice', (els) => els.filter((e) => !e.querySelector('[lang="nl"]')).length);
    expect(unmarked).toBe(0);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens the pause dialog with Escape on the case screen and leaves with progress kept', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, CASE);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.pause-dialog[open]');
    expect(await page.$eval('dialog.pause-dialog', (d) => d.textContent)).toContain('0800-2000');
    // the help lines are one tap away, numbers unbroken; a site opens apart from the case
    const contacts = await page.$$eval('dialog.pause-dialog .help-lines .contact', (as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), getComputedStyle(a).whiteSpace]));
    expect(contacts).toContainEqual(['0800-2000', 'tel:08002000', null, 'nowrap']);
    expect(contacts).toContainEqual(['chatmetfier.nl', 'https://chatmetfier.nl', '_blank', 'nowrap']);
    expect(contacts).toHaveLength(6);
    await tabTo(page, `el && el.tagName === 'BUTTON' && /Stoppen/.test(el.textContent ?? '')`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.title-screen');
    expect(await page.$eval('button[aria-describedby="case-sylvia"]', (b) => b.textContent)).toMatch(/Verder/);
    expect(errors).toEqual([]);
  });

  it('the pause, open while another tab changes the language: closed, the focus goes back to the option it was on, drawn again in the new language', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, CASE);
    await page.focus('button.choice[data-index="1"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.pause-dialog[open]');
    const other = await page.context().newPage();
    await other.goto(inject('baseURL'));
    await other.click('[aria-controls="settings-panel"]');
    await other.click('#settings-panel button:text-is("English")');
    // the pause is asked again in English, over the case screen drawn again in English
    await page.waitForSelector('dialog.pause-dialog[open] button.primary:text-is("Continue playing")');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect(await page.evaluate(() => {
      const el = document.activeElement;
      return { choice: el?.matches('button.choice') ?? false, index: el?.getAttribute('data-index'), lang: document.documentElement.lang };
    })).toEqual({ choice: true, index: '1', lang: 'en' });
    await other.close();
    expect(errors).toEqual([]);
  });
});
