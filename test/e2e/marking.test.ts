/**
 * Noticing is the player's job: a case played by keyboard, marking lines "niet pluis" (by Tab and
 * Space on a line, and with M for the latest line), with a reload in the middle; the debrief's
 * recognition figures are checked against counts made here from the story's own tags.
 */
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, shot, SHOTS, useBrowser } from './browser.ts';
import { buildStory } from '../../src/build/load-stories.ts';
import type { StoryLine } from '../../src/story/runner.ts';
import { choiceTexts, openCase, playWith, showAllAtOnce, tabTo, toDebrief, untilChoices } from './play-helpers.ts';

const CASE = 'sylvia';
const built = buildStory(`stories/${CASE}.ink`);
if (!built.ok) throw new Error(`${CASE}.ink does not compile`);
const { json } = built.story;

const { freshPage } = useBrowser();

const pressed = (page: import('playwright-core').Page) =>
  page.$$eval('.log button.mark-toggle[aria-pressed="true"]', (bs) => bs.map((b) => b.querySelector('[lang="nl"]:last-child')!.textContent));

describe('marking lines "niet pluis"', () => {
  it('marks by keyboard, announces it, keeps marks and option order over a reload, and counts them in the debrief', async () => {
    const { page, errors } = await freshPage();
    await openCase(page, CASE);
    // nothing is labelled a signal and the dossier starts empty
    expect(await page.$eval('.log', (l) => l.textContent)).not.toMatch(/Signaal/);
    expect(await page.$$eval('.dossier-list li', (li) => li.length)).toBe(0);

    const marked: string[] = [];
    const signalOf = new Map<string, string | null>();
    const shownSignals = new Set<string>();
    let reloaded = false;
    let markedSignal = false;
    let markedOther = false;
    let orderBefore: string[] = [];

    await playWith(page, json, (_texts, step) => (step % 2 === 0 ? 0 : 1), async (step, lines: readonly StoryLine[]) => {
      for (const l of lines) {
        if (l.text) signalOf.set(l.text, l.signal);
        if (l.signal) shownSignals.add(l.signal);
      }
      if (step === 0) {
        // M marks the latest line; the toggle says "pressed" and a polite status says what happened
        const latest = [...lines].reverse().find((l) => l.text && !l.ending)!;
        await page.keyboard.press('m');
        const toggle = page.locator('.log button.mark-toggle').last();
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(await toggle.ariaSnapshot()).toMatch(/- button ".*" \[pressed\]/);
        const status = page.locator('.play-screen [role="status"]');
        expect(await status.ariaSnapshot()).toContain(`Gemarkeerd als niet pluis: ${latest.text}`);
        // M again takes the mark away, and says so
        await page.keyboard.press('m');
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        expect(await toggle.ariaSnapshot()).not.toContain('[pressed]');
        expect(await status.textContent()).toBe(`Markering weggehaald: ${latest.text}`);
        await page.keyboard.press('m');
        marked.push(latest.text);
        if (latest.signal) markedSignal = true;
        else markedOther = true;
      }
      // Tab to a line and press Space: one signal line and one line that is none, where there are
      const want = lines.find((l) => l.text && !l.ending && !marked.includes(l.text) && ((l.signal && !markedSignal) || (!l.signal && !markedOther)));
      if (want && marked.length < 4) {
        await page.evaluate(() => (document.querySelector('.log') as HTMLElement).querySelector('button')?.blur());
        await tabTo(page, `el && el.classList.contains('mark-toggle') && el.textContent.includes(${JSON.stringify(want.text)}) && el.getAttribute('aria-pressed') === 'false'`, 400);
        await page.keyboard.press(' ');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
        marked.push(want.text);
        if (want.signal) markedSignal = true;
        else markedOther = true;
      }
      expect((await pressed(page)).sort()).toEqual([...marked].sort());
      if (step === 2 && !reloaded) {
        reloaded = true;
        orderBefore = await choiceTexts(page);
        await shot(page, `${SHOTS}/marking-before-reload.png`);
        await page.reload();
        await untilChoices(page);
        expect(await choiceTexts(page)).toEqual(orderBefore);
        expect((await pressed(page)).sort()).toEqual([...marked].sort());
        // the dossier lists what was marked, with the story time
        const dossier = await page.$$eval('.dossier-list li', (li) => li.map((x) => x.textContent!));
        expect(dossier).toHaveLength(marked.length);
        for (const text of marked) expect(dossier.some((d) => d.endsWith(text) && /^.+: /.test(d))).toBe(true);
        const v = await axe(page);
        expect(v, describeViolations(v)).toEqual([]);
      }
    });
    expect(reloaded).toBe(true);
    expect(markedSignal && markedOther).toBe(true);

    // counted here from the story's tags: distinct signals marked, signals shown but not marked, marks on no signal
    const recognisedIds = new Set(marked.map((t) => signalOf.get(t)).filter((s): s is string => !!s));
    const falseMarks = marked.filter((t) => !signalOf.get(t)).length;
    const missed = shownSignals.size - recognisedIds.size;
    await toDebrief(page);
    expect(await page.$eval('[data-measure="recognised"] dd', (d) => d.textContent)).toBe(`${recognisedIds.size} van ${shownSignals.size}`);
    expect(await page.$eval('[data-measure="missed"] dd', (d) => d.textContent)).toBe(String(missed));
    expect(await page.$eval('[data-measure="false-marks"] dd', (d) => d.textContent)).toBe(String(falseMarks));
    expect(await page.$$eval('.signal-timeline li.seen', (li) => li.length)).toBe(recognisedIds.size);
    expect(await page.$$eval('.signal-timeline li.missed', (li) => li.length)).toBe(missed);
    expect(await page.$$eval('.false-marks li', (li) => li.length)).toBe(falseMarks);
    await shot(page, `${SHOTS}/marking-debrief.png`, true);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('always the first option shown does not pay: at most 60% of the best, on average over the principles', async () => {
    const { page, errors } = await freshPage();
    // a fixed source of chance, so this play's order (and the figure) is the same on every run
    await page.addInitScript(() => {
      let x = 12345;
      Math.random = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
    });
    // the story all at once: this play is about the score, and Verder between passages only costs time
    await showAllAtOnce(page);
    await openCase(page, CASE);
    await playWith(page, json, () => 0);
    await toDebrief(page);
    const shares = await page.$$eval('tr[data-principle] .share-value', (cells) => cells.map((c) => Number(c.textContent!.replace('%', ''))));
    expect(shares).toHaveLength(3);
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeLessThanOrEqual(60);
    expect(errors).toEqual([]);
  });
});
