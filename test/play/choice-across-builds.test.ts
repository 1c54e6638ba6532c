import { describe, expect, it } from 'vitest';
import { createStoryRunner } from '../../src/story/runner.ts';
import { createGame } from '../../src/play/game.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import type { CatalogEntry } from '../../src/story/catalog.ts';
import { catalogEntryOf, compileFixture } from '../helpers.ts';
import { parseStoryJson } from '../../src/story/story-json.ts';

const json = compileFixture('mini.ink');
const base = catalogEntryOf('mini', '0000000000000000', json, exploreStory(json));

describe('a choice clicked before the story came, when the story is of another build than the catalog', () => {
  it('is not taken as another option that has the same ink index', async () => {
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const real = base.opening;
    // the catalog's opening (older build) lacks the first option: its options sit at other indices
    const opening = { ...real, choices: real.choices.slice(1).map((c, i) => ({ ...c, index: i })) };
    const entry: CatalogEntry = { ...base, opening, load: async () => (await gate, parseStoryJson(json)) };
    const game = createGame({ createRunner: createStoryRunner, catalog: [entry], storage: memoryStorage(), clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.5, onProblem: () => {} });
    await game.open('mini', 'play');
    const clicked = game.playOf('mini')!.choices[0]!; // what the player saw and clicked
    game.choose(clicked.index);
    release();
    await game.ready();
    const taken = game.playOf('mini')!.decisions.map((d) => d.chosen.text);
    // either the click is dropped (the player chooses again from what the story shows) or the same option is taken
    expect(taken.length === 0 || taken[0] === clicked.text).toBe(true);
  });
});
