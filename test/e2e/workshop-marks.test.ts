/**
 * The trainer marks lines "niet pluis" on behalf of the room, in real Chromium, at Sylvia's first
 * decision: two lines by keyboard (M for the latest line, Enter on another), one by click, and
 * one mark taken away again. Marking is announced (a polite status, in the accessibility tree),
 * the projector window shows the marks without any control, a reload keeps them, and the
 * trainer's debrief counts them against the answer key. axe (WCAG 2.1 A/AA) on stage and debrief.
 *
 * Sylvia's first decision shows seven lines; two are signals (counted by hand from sylvia.ink):
 * "Bij Sylvia staan…" (verzuim) and "Halverwege de les valt Sylvia in slaap…" (slaapt_in_les).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, SHOTS, shot, useBrowser } from './browser.ts';

const { freshPage } = useBrowser({ viewport: { width: 1440, height: 900 } });

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

const LATEST = 'De halve klas kijkt naar jou.';
const VERZUIM = /^Bij Sylvia staan de afgelopen drie weken/;
const DAAN = 'Daan heeft zijn leesverslag weer niet ingeleverd. Fatima is ziek gemeld met griep.';

describe('workshop: the room marks lines', () => {
  it('marks by keyboard and click, announces it, keeps it over a reload, and debriefs it', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${inject('baseURL')}#workshops`);
    await page.waitForSelector('.ws-list-screen');
    await page.getByRole('radio', { name: /^Sylvia \(/ }).check();
    await page.getByLabel('Naam van de sessie').fill('Gemeente Teststad, signalen');
    await page.getByRole('button', { name: 'Start de sessie' }).click();
    await page.waitForSelector('.ws-stage');
    const story = page.locator('.ws-story');
    const toggle = (name: string | RegExp) => story.getByRole('button', { name });
    const announced = () => page.getByTestId('ws-announcer').innerText();

    // keyboard: M marks the latest line
    await page.keyboard.press('m');
    await expect.poll(announced).toBe(`Gemarkeerd als niet pluis: ${LATEST}`);
    expect(await toggle(LATEST).getAttribute('aria-pressed')).toBe('true');
    // keyboard: focus another line and press Enter
    await toggle(VERZUIM).focus();
    await page.keyboard.press('Enter');
    await expect.poll(announced).toMatch(/^Gemarkeerd als niet pluis: Bij Sylvia staan/);
    // mouse: a click marks, a second click takes the mark away again
    await toggle(DAAN).click();
    await expect.poll(announced).toBe(`Gemarkeerd als niet pluis: ${DAAN}`);
    await toggle(DAAN).click();
    await expect.poll(announced).toBe(`Markering weggehaald: ${DAAN}`);

    // what a screen reader gets: pressed toggles, and the status that said what happened
    const tree = await page.locator('.ws-stage').ariaSnapshot();
    expect(tree).toContain(`button "${LATEST}" [pressed]`);
    expect(tree).toMatch(/button "Bij Sylvia staan[^"]*" \[pressed\]/);
    expect(tree).toMatch(/status: "?Markering weggehaald: Daan heeft zijn leesverslag/);
    // the flag and a word show the mark, not colour alone
    expect(await toggle(LATEST).innerText()).toContain('⚑ Niet pluis');
    expect(await page.locator('.ws-mark-count').innerText()).toBe('In deze sessie zijn 2 regels gemarkeerd.');
    await expectNoAxeViolations(page, 'stage with marked lines');
    await shot(page, `${SHOTS}/workshop-marks.png`, true);

    // the projector window (kept in step without a server) shows the marks and no control
    const sessionId = new URL(page.url()).hash.replace('#workshop=', '');
    const projector = await page.context().newPage();
    await projector.goto(`${inject('baseURL')}projector.html#session=${sessionId}`);
    await expect.poll(() => projector.locator('.pj-marked').allInnerTexts()).toEqual([
      expect.stringMatching(/^⚑ Niet pluis: Bij Sylvia staan/),
      `⚑ Niet pluis: ${LATEST}`,
    ]);
    expect(await projector.locator('button, input, [role="button"]').count()).toBe(0);
    await projector.close();

    // a reload keeps the marks
    await page.reload();
    await page.waitForSelector('.ws-stage');
    expect(await toggle(LATEST).getAttribute('aria-pressed')).toBe('true');
    expect(await toggle(VERZUIM).getAttribute('aria-pressed')).toBe('true');
    expect(await toggle(DAAN).getAttribute('aria-pressed')).toBe('false');
    expect(await story.locator('.mark-toggle[aria-pressed="true"]').count()).toBe(2);

    // the trainer's debrief: verzuim recognised, slaapt_in_les missed, one line marked that is no signal
    await page.getByRole('button', { name: 'Nabespreking', exact: true }).click();
    await page.waitForSelector('.ws-debrief');
    const section = page.locator('.ws-recognition');
    expect(await section.locator('h2').innerText()).toBe('Signalen: wat de zaal markeerde');
    expect(await section.locator('[data-measure="recognised"] dd').innerText()).toBe('1 van 2');
    expect(await section.locator('[data-measure="missed"] dd').innerText()).toBe('1');
    expect(await section.locator('[data-measure="false-marks"] dd').innerText()).toBe('1');
    const timeline = await section.locator('.signal-timeline li').allInnerTexts();
    expect(timeline).toHaveLength(2);
    expect(timeline[0]).toMatch(/^✓ Herkend[\s\S]*Bij Sylvia staan/);
    expect(timeline[1]).toMatch(/^✗ Gemist[\s\S]*Halverwege de les valt Sylvia in slaap/);
    expect(await section.locator('.false-marks li').allInnerTexts()).toEqual([expect.stringContaining(LATEST)]);
    // signals of later decisions are shown apart, not missed
    expect(await section.locator('.other-paths li').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'trainer debrief with the room\'s marks');
    expect(errors).toEqual([]);
  });
});
