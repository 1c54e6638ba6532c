/**
 * A trainer prepares a municipal workshop: fills in the local route map, runs Yasin's case with
 * "the system fails" switched on, sees the local route where the story names a role, answers the
 * policy questions and prints the beleidscheck. axe checks each screen; the printed pages are
 * saved as PDF and as a print-media screenshot for a person to look at.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, SHOTS, useBrowser } from './browser.ts';
import { buildStory } from '../../src/build/load-stories.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { bestChoice } from '../../src/story/scoring.ts';

const CASE = 'yasin';
const built = buildStory(`stories/${CASE}.ink`);
if (!built.ok) throw new Error(`${CASE}.ink does not compile`);

const ZC = 'Zorgcoördinatie mensenhandel Twente';
const VT = 'Veilig Thuis Twente';

const { freshPage } = useBrowser({ viewport: { width: 1440, height: 900 } });

async function noAxe(page: Page, where: string) {
  const v = await axe(page);
  expect(v, `${where}:\n${describeViolations(v)}`).toEqual([]);
}

describe('the policy lens of a workshop', () => {
  it('fills in a route map, runs a case where the system fails, answers the policy questions and prints the beleidscheck', async () => {
    const { page, errors } = await freshPage();
    const base = inject('baseURL');
    await page.goto(`${base}#workshops`);
    await page.waitForSelector('.ws-list-screen');

    // the switch is offered for a case that has the branch, and is off by default
    await page.getByRole('radio', { name: /^Yasin \(/ }).check();
    const fails = page.getByLabel('Het systeem faalt');
    expect(await fails.isChecked()).toBe(false);
    await fails.check();
    await page.getByLabel('Naam van de sessie').fill('Gemeente Voorbeeld, 30 november');
    await noAxe(page, 'new session with the switch');
    await page.getByRole('button', { name: 'Start de sessie' }).click();
    await page.waitForSelector('.ws-stage');
    const id = /#workshop=([a-f0-9]+)$/.exec(page.url())![1]!;

    // the route map, before the case is played
    await page.goto(`${base}#workshop-policy=${id}`);
    await page.reload();
    await page.waitForSelector('.ws-policy-screen');
    await page.getByLabel('Regio of gemeente').fill('Regio Twente');
    await page.locator('#ws-rm-zorgcoordinator-org').fill(ZC);
    await page.locator('#ws-rm-zorgcoordinator-contact').fill('053 000 00 00');
    await page.locator('#ws-rm-veilig_thuis-org').fill(VT);
    await page.locator('#ws-rm-veilig_thuis-contact').press('Tab');
    await noAxe(page, 'route map');
    await page.getByRole('button', { name: 'Terug naar de sessie' }).click();
    await page.waitForSelector('.ws-stage');

    // the case, with the switch on: Node plays the same story with the same switch and picks the best choice
    const runner = createStoryRunner(built.story.json, { switches: { systeem_faalt: true } });
    runner.continue();
    let sawRoute = false;
    let sawNoPlace = false;
    let sawPolicyQuestion = false;
    for (let decision = 1; decision <= 20; decision++) {
      const stage = await page.locator('.ws-stage').innerText();
      if (stage.includes(ZC)) sawRoute = true;
      if (stage.includes('De Beschermde Opvang heeft geen plek')) sawNoPlace = true;
      if (runner.currentChoices().length === 0) break;
      const want = bestChoice(runner.currentChoices())!;
      const shown = await page.locator('.ws-option-text').allTextContents();
      const pos = shown.findIndex((t) => t.endsWith(want.text));
      expect(pos, `"${want.text}" at decision ${decision}`).toBeGreaterThanOrEqual(0);
      if (decision === 3) await noAxe(page, 'stage with the local route');
      // the policy question at the guardian's call is in the trainer panel, with its tip
      if (stage.includes('Ze vraagt ook of Yasin weet dat je belt')) {
        expect(await page.locator('#ws-panel').innerText()).toContain('Tip 1: Krijgt een kind zonder verblijfsvergunning');
        sawPolicyQuestion = true;
      }
      await page.getByRole('button', { name: `Neem optie ${pos + 1}`, exact: true }).click();
      await page.waitForSelector('.ws-feedback');
      runner.choose(want.index);
      runner.continue();
      await page.locator('button.ws-next').click();
      await expect.poll(() => page.locator('.ws-stage h1').innerText()).not.toBe(`Beslissing ${decision}`);
    }
    expect(sawRoute, 'the local zorgcoördinator shows where the story names the role').toBe(true);
    expect(sawNoPlace, 'the system fails: no place in protected reception').toBe(true);
    expect(sawPolicyQuestion, 'the tip-1 policy question in the trainer panel').toBe(true);
    expect(await page.locator('.ws-stage').innerText()).toContain('Het systeem faalde');

    // the beleidscheck: answer every question met on the path, add an action
    await page.goto(`${base}#workshop-policy=${id}`);
    await page.reload();
    await page.waitForSelector('.ws-tip');
    expect(await page.locator('h1').innerText()).toBe('Beleidscheck: Regio Twente');
    const answers = page.getByRole('textbox', { name: /^Antwoord van de zaal op:/ });
    const n = await answers.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < n; i++) {
      await answers.nth(i).fill(`Antwoord ${i + 1} van de zaal.`);
      await answers.nth(i).press('Tab');
    }
    await page.getByLabel('Nieuwe actie bij tip 6').fill('Een plek in de Beschermde Opvang afspreken met de regio');
    await page.getByLabel('Nieuwe actie bij tip 6').press('Enter');
    const tip6 = page.locator('.ws-tip[data-tip="6"]');
    await expect.poll(() => tip6.innerText()).toContain('Een plek in de Beschermde Opvang afspreken met de regio');
    // the question on a path of the switch (tip 6) was met and shows as met; tip 1 was asked at the guardian's call
    expect(await page.locator('.ws-tip[data-tip="1"]').innerText()).toContain('Krijgt een kind zonder verblijfsvergunning');
    expect(await page.locator('.ws-tip[data-tip="1"] .ws-question').innerText()).not.toContain('niet nam');
    await noAxe(page, 'beleidscheck');

    // printed: answers as text, no form fields, the route map as a list, one tip per block
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('textarea').first().isVisible()).toBe(false);
    expect(await page.locator('.ws-print-answer', { hasText: 'Antwoord 1 van de zaal.' }).isVisible()).toBe(true);
    expect(await page.locator('.ws-routemap-list').first().innerText()).toContain(ZC);
    expect(await page.locator('.ws-tip').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await page.screenshot({ path: `${SHOTS}/beleidscheck-print.png`, fullPage: true });
    await page.pdf({ path: `${SHOTS}/beleidscheck.pdf`, format: 'A4', printBackground: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
