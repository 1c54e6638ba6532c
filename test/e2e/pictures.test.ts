/**
 * Pictures that match the story: each case is played in the browser to a scene (a call on the
 * speaker, a phone call, a video call, a chat, the class, a meeting at the table), and the canvas
 * is captured for a person to look at. What the picture must hold is checked on the stage the
 * real story gives at that moment (the canvas itself is decorative and has no text to read).
 */
import { describe, expect, it } from 'vitest';
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { SHOTS, useBrowser } from './browser.ts';
import { buildStory } from '../../src/build/load-stories.ts';
import { choiceTexts, openCase, showAllAtOnce, untilChoices } from './play-helpers.ts';
import { createStoryRunner, type StoryLine } from '../../src/story/runner.ts';
import { stageOf, type Stage, type StageEntry } from '../../src/scenes/stage.ts';
import { childName } from '../../src/story/meta.ts';
import { toStoryLine } from '../../src/story/runner.ts';

const { freshPage } = useBrowser();
const DIR = `${SHOTS}/pictures`;
mkdirSync(DIR, { recursive: true });

/** The choices (by text) that lead to the first decision whose stage passes `want`. */
function pathTo(json: string, cast: Parameters<typeof stageOf>[1], child: string, want: (s: Stage, lines: readonly StoryLine[]) => boolean): { choices: string[]; stage: Stage } {
  const runner = createStoryRunner(json);
  const search = (log: StageEntry[], choices: string[], depth: number): { choices: string[]; stage: Stage } | null => {
    const step = runner.continue();
    const here = [...log, ...step.lines.map((line) => ({ kind: 'line', line }) as StageEntry)];
    const stage = stageOf(here, cast, child);
    if (want(stage, step.lines)) return { choices, stage };
    if (depth >= 14 || step.choices.length === 0) return null;
    const saved = runner.saveState();
    // the scenes sought lie mostly on careful paths: try the best-scoring options first
    const total = (c: (typeof step.choices)[number]) => Object.values(c.assessment.scores).reduce((a, b) => a + (b ?? 0), 0);
    for (const c of [...step.choices].sort((a, b) => total(b) - total(a))) {
      runner.rewind(saved);
      runner.choose(c.index);
      const found = search([...here, { kind: 'choice' }], [...choices, c.text], depth + 1);
      if (found) return found;
    }
    return null;
  };
  const found = search([], [], 0);
  if (!found) throw new Error('no path to the scene');
  return found;
}

const has = (lines: readonly StoryLine[], text: string) => lines.some((l) => l.text.includes(text));

type Scene = { readonly file: string; readonly shot: string; readonly want: (s: Stage, lines: readonly StoryLine[]) => boolean; readonly check: (s: Stage) => void };

const SCENES: Scene[] = [
  {
    file: 'stories/sylvia.ink',
    shot: 'klas',
    want: (_s, lines) => has(lines, 'De halve klas kijkt naar jou.'),
    check: (s) => {
      expect(s.crowd).toEqual({ kind: 'klas', age: 15 });
      expect(s.figures.map((f) => f.name)).toEqual(['Sylvia']);
    },
  },
  {
    file: 'stories/yasin.ink',
    shot: 'bellen',
    want: (s) => s.phone?.mode === 'bellen',
    check: (s) => {
      expect(s.phone?.contact).toBeTruthy();
      expect(s.messages).toEqual([]);
    },
  },
  {
    file: 'stories/sylvia.ink',
    shot: 'video',
    want: (s) => s.phone?.mode === 'video',
    check: (s) => expect(s.phone).toMatchObject({ contact: 'Sylvia', face: { name: 'Sylvia', age: 15 } }),
  },
  {
    file: 'stories/sylvia.ink',
    shot: 'chat',
    want: (s) => s.phone?.mode === 'chat' && s.messages.length > 0 && s.phone.contact === 'Sylvia',
    check: (s) => expect(s.phoneOwner).toBeNull(),
  },
  {
    file: 'stories/dorian.ink',
    shot: 'overleg-moeder',
    want: (s) => s.table && s.figures.some((f) => f.name === 'Moeder van Dorian'),
    check: (s) => expect(s.figures.find((f) => f.name === 'Moeder van Dorian')).toEqual({ name: 'Moeder van Dorian', age: 46, family: 'dorian', expression: 'bezorgd' }),
  },
];

describe('pictures that match the story', () => {
  for (const scene of SCENES) {
    it(`${scene.shot}: played to the scene in ${scene.file}`, async () => {
      const built = buildStory(scene.file);
      if (!built.ok) throw new Error(`${scene.file} does not compile`);
      const { id, json, analysis } = built.story;
      const { choices, stage } = pathTo(json, analysis.cast, childName(analysis.meta), scene.want);
      scene.check(stage);
      const { page, errors } = await freshPage({ deviceScaleFactor: 2 });
      // the story all at once: these plays are about the pictures, and each Verder only costs time
      await showAllAtOnce(page);
      await openCase(page, id);
      for (const text of choices) {
        await untilChoices(page); // the story arrives in passages: Verder until the options show
        const i = (await choiceTexts(page)).indexOf(text);
        expect(i, `option "${text}"`).toBeGreaterThanOrEqual(0);
        const n = await page.$$eval('.log > *', (xs) => xs.length);
        await page.keyboard.press(String(i + 1));
        await page.waitForFunction((c) => document.querySelectorAll('.log > *').length > c, n);
      }
      // the whole round on screen: the picture follows the passage being read
      await untilChoices(page);
      const canvas = page.locator('.play-screen .world canvas');
      await canvas.waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForTimeout(600);
      await canvas.screenshot({ path: `${DIR}/${scene.shot}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  it('family likeness and a 12-year-old beside adults (Dorian, his mother and Roos, from the story\'s people)', async () => {
    const built = buildStory('stories/dorian.ink');
    if (!built.ok) throw new Error('dorian does not compile');
    const line = (text: string, ...tags: string[]): StageEntry => ({ kind: 'line', line: toStoryLine(text, tags) });
    // No scene of the story has all three in one room, so this one is put together from its people.
    const stage = stageOf([line('Thuis.', 'plek: thuis', 'aanwezig: Moeder van Dorian, Roos, Dorian'), line('Ze kijkt bezorgd.', 'gezicht: Moeder van Dorian, bezorgd')], built.story.analysis.cast, 'Dorian');
    expect(stage.figures.map((f) => [f.name, f.age, f.family])).toEqual([
      ['Moeder van Dorian', 46, 'dorian'],
      ['Roos', 12, 'dorian'],
      ['Dorian', 17, 'dorian'],
    ]);
    const server = await createServer({ logLevel: 'warn', server: { host: '127.0.0.1', port: 0 }, appType: 'mpa' });
    await server.listen();
    try {
      const { page, errors } = await freshPage({ deviceScaleFactor: 2 });
      const address = server.httpServer!.address();
      if (!address || typeof address === 'string') throw new Error('no port');
      await page.goto(`http://127.0.0.1:${address.port}/test/e2e/fixtures/pictures.html`);
      await page.waitForFunction(() => 'showStage' in window, null, { timeout: 60_000 });
      await page.evaluate((s) => (window as unknown as { showStage(x: unknown): void }).showStage({ ...s, present: s.figures.map((f) => f.name), reducedMotion: true, highContrast: false }), stage);
      const canvas = page.locator('.world canvas');
      await canvas.waitFor({ state: 'visible', timeout: 60_000 });
      await page.waitForFunction(() => document.querySelector<HTMLElement>('.world-stage')?.style.visibility === '', null, { timeout: 60_000 });
      await page.waitForTimeout(800);
      await canvas.screenshot({ path: `${DIR}/familie-en-12-jaar.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  }, 180_000);
});
