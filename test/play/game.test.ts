import { describe, expect, it } from 'vitest';
import { createGame, type GameEvent } from '../../src/play/game.ts';
import { memoryStorage, type KeyValueStorage } from '../../src/state/persistence.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import { parseStoryJson } from '../../src/story/story-json.ts';
import type { CatalogEntry } from '../../src/story/catalog.ts';
import { compileFixture } from '../helpers.ts';

const json = compileFixture('mini.ink');
const catalog: CatalogEntry[] = [{ id: 'mini', build: '0000000000000000', analysis: exploreStory(json), load: async () => parseStoryJson(json) }];

function gameOn(storage: KeyValueStorage, at = '2026-11-30T10:00:00.000Z') {
  const problems: string[] = [];
  const game = createGame({ catalog, storage, clock: () => new Date(at), random: () => 0.5, onProblem: (p) => problems.push(p.reason) });
  const events: GameEvent[] = [];
  game.on((e) => events.push(e));
  return { game, events, problems };
}

// In mini.ink the first option of each decision is the best one.
const texts = (g: ReturnType<typeof gameOn>['game']) => g.playOf('mini')!.choices.map((c) => c.text);

describe('game rules', () => {
  it('leads to the content note first, and back into a play in progress after that', async () => {
    const { game } = gameOn(memoryStorage());
    expect(game.entryScreen('mini')).toBe('note');
    expect(game.mayOpenDirectly('mini')).toBe(false);
    expect(await game.open('mini', 'play')).toBe('started');
    expect(texts(game)).toEqual(['Ik spreek Sam rustig aan.', 'Ik wacht af.', 'Ik vraag: "Waarom spijbel je?"']);
    expect(game.entryScreen('mini')).toBe('play');
    expect(game.mayOpenDirectly('mini')).toBe(true);
    expect(game.settings.getState().notesSeen).toEqual(['mini']);
  });

  it('records the result at the end with the injected clock, and announces each step', async () => {
    const { game, events } = gameOn(memoryStorage());
    await game.open('mini', 'play');
    game.choose(0);
    game.choose(0);
    expect(events.map((e) => e.type)).toEqual(['opened', 'chose', 'chose', 'finished']);
    const chose = events[1] as Extract<GameEvent, { type: 'chose' }>;
    expect(chose.number).toBe(0);
    expect(chose.decision.chosen.text).toBe('Ik spreek Sam rustig aan.');
    const finished = events[3] as Extract<GameEvent, { type: 'finished' }>;
    expect(finished.result).toEqual({ caseId: 'mini', finishedAt: '2026-11-30T10:00:00.000Z', ending: 'hulp', shares: { belang: 1, geen_schuld: 1, verwijzing: 1 } });
    expect(game.progress.getState().results.mini).toEqual(finished.result);
    expect(game.debrief('mini')!.ending).toEqual({ id: 'hulp', text: 'Sam krijgt hulp.' });
  });

  it('has no debrief before the end', async () => {
    const { game } = gameOn(memoryStorage());
    await game.open('mini', 'play');
    game.choose(1);
    expect(game.debrief('mini')).toBeNull();
  });

  it('comes back to the end screen after a reload, and starts anew only when asked', async () => {
    const storage = memoryStorage();
    const first = gameOn(storage).game;
    await first.open('mini', 'play');
    first.choose(2);
    first.choose(1);

    const { game, events } = gameOn(storage);
    expect(game.entryScreen('mini')).toBe('note');
    expect(await game.open('mini', 'resume')).toBe('ended');
    expect(events.at(-1)).toMatchObject({ type: 'opened', outcome: 'ended' });
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik vraag: "Waarom spijbel je?"', 'Ik doe niets.']);
    expect(game.debrief('mini')!.ending).toEqual({ id: 'uit_beeld', text: 'Sam raakt uit beeld.' });
    expect(() => game.choose(0)).toThrow();

    expect(await game.open('mini', 'play')).toBe('started');
    expect(game.playOf('mini')!.decisions).toEqual([]);
  });

  it('resumes a play in progress, and restarts it when asked', async () => {
    const storage = memoryStorage();
    const first = gameOn(storage).game;
    await first.open('mini', 'play');
    first.choose(1);
    const { game } = gameOn(storage);
    expect(await game.open('mini', 'resume')).toBe('resumed');
    expect(game.playOf('mini')!.decisions).toHaveLength(1);
    expect(await game.open('mini', 'restart')).toBe('started');
    expect(game.playOf('mini')!.decisions).toHaveLength(0);
  });

  it('restarts a play whose story state cannot be restored', async () => {
    const storage = memoryStorage();
    const { game } = gameOn(storage);
    game.progress.getState().begin('mini', [], [], '{"broken": true}', false);
    expect(await game.open('mini', 'resume')).toBe('restarted');
    expect(texts(game)).toHaveLength(3);
  });

  it('leaves a case with its progress kept', async () => {
    const storage = memoryStorage();
    const { game, events } = gameOn(storage);
    await game.open('mini', 'play');
    game.choose(0);
    game.leave();
    expect(events.at(-1)).toEqual({ type: 'left', caseId: 'mini' });
    expect(() => game.choose(0)).toThrow('No case is being played');
    expect(gameOn(storage).game.playOf('mini')!.decisions).toHaveLength(1);
  });
});
