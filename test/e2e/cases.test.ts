/**
 * Every case in stories/ is played keyboard-only from the case menu to its debrief on the best path;
 * axe-core checks the phone view (where a case has one) and each debrief.
 */
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, shot, SHOTS, useBrowser } from './browser.ts';
import { buildStory, storyFiles } from '../../src/build/load-stories.ts';
import { bestPathPicker, expectDebriefScores, openCase, playWith, showAllAtOnce, toDebrief } from './play-helpers.ts';

const { freshPage } = useBrowser();

for (const file of storyFiles('stories')) {
  const built = buildStory(file);
  if (!built.ok) throw new Error(`${file} does not compile`);
  const { id, analysis, json } = built.story;

  describe(`case ${id}`, () => {
    it('plays keyboard-only from the menu to the debrief, with no WCAG 2.1 A/AA violations', async () => {
      const { page, errors } = await freshPage();
      // the story at once: this walks every case's best path; passages are tested in pacing.test.ts
      await showAllAtOnce(page);
      await openCase(page, id);
      let phoneChecked = false;
      const taken = await playWith(page, json, bestPathPicker(analysis), async () => {
        if (phoneChecked || !(await page.$('.log .phone-message'))) return;
        phoneChecked = true;
        await page.$eval('.log .phone-message', (m) => m.scrollIntoView({ block: 'center' }));
        await shot(page, `${SHOTS}/${id}-phone.png`);
        const v = await axe(page);
        expect(v, describeViolations(v)).toEqual([]);
      });
      if (id === 'john') expect(phoneChecked, 'John reads messages on his phone').toBe(true);
      await toDebrief(page);
      await expectDebriefScores(page, analysis, taken);
      // every signal of the story is either on the player's path or shown apart, never both
      const onPath = await page.$$eval('.signal-timeline li', (li) => li.length);
      const elsewhere = await page.$$eval('.other-paths li', (li) => li.length);
      expect(onPath).toBeGreaterThan(0);
      expect(onPath + elsewhere).toBe(analysis.signals.length);
      await shot(page, `${SHOTS}/${id}-debrief.png`, true);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
}
