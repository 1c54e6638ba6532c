import { describe, expect, it } from 'vitest';
import { createCaseSession } from '../../src/play/case-session.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { createProgressStore } from '../../src/state/progress-store.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { compileFixture } from '../helpers.ts';

const json = compileFixture('mini.ink');
const BUILD = 'abcdef0123456789';

describe('case session', () => {
  it('writes each step to the store: build, log, decisions, open choices, ink state', () => {
    const store = createProgressStore(memoryStorage(), () => {});
    const session = createCaseSession('mini', createStoryRunner(json), store, BUILD);
    session.fresh();
    expect(store.getState().plays.mini!.choices).toHaveLength(3);
    expect(store.getState().plays.mini!.build).toBe(BUILD);
    session.choose(2);
    const a = store.getState().plays.mini!;
    expect(a.decisions).toHaveLength(1);
    expect(a.decisions[0]).toMatchObject({
      chosen: { text: 'Ik vraag: "Waarom spijbel je?"' },
      context: 'Wat doe je?',
      prompts: ['Wanneer spreek je een leerling aan?'],
    });
    expect(a.decisions[0]!.alternatives.map((c) => c.index)).toEqual([0, 1]);
    expect(a.log.filter((e) => e.kind === 'choice')).toEqual([{ kind: 'choice', decision: 0 }]);
    expect(a.log.at(-1)).toMatchObject({ kind: 'line', line: { text: 'Sam heeft blauwe plekken.' } });
  });

  it('resumes at the same point after a reload, with the same text', () => {
    const storage = memoryStorage();
    const first = createProgressStore(storage, () => {});
    const s1 = createCaseSession('mini', createStoryRunner(json), first);
    s1.fresh();
    s1.choose(1);
    const before = first.getState().plays.mini!;

    const second = createProgressStore(storage, () => {});
    const s2 = createCaseSession('mini', createStoryRunner(json), second);
    expect(s2.resume()).toBeNull();
    expect(second.getState().plays.mini!.log).toEqual(before.log);
    expect(second.getState().plays.mini!.choices.map((c) => c.text)).toEqual(before.choices.map((c) => c.text));
    s2.choose(0);
    expect(second.getState().plays.mini!.finished).toBe(true);
    expect(second.getState().plays.mini!.log.at(-1)).toMatchObject({ line: { ending: 'hulp' } });
  });

  it('refuses to resume a broken ink state', () => {
    const store = createProgressStore(memoryStorage(), () => {});
    store.getState().begin('mini', undefined, [], [], '{"broken": true}', false, 'seed');
    expect(createCaseSession('mini', createStoryRunner(json), store).resume()).toMatch(/could not be restored/);
  });

  it('refuses to resume a state that leads to other choices than were on screen (another story, another point)', () => {
    const store = createProgressStore(memoryStorage(), () => {});
    const s = createCaseSession('mini', createStoryRunner(json), store);
    s.fresh();
    const atStart = store.getState().plays.mini!.inkState;
    s.choose(0);
    // the second decision on screen, with the ink state of the first
    store.setState({ plays: { mini: { ...store.getState().plays.mini!, inkState: atStart } } });
    expect(createCaseSession('mini', createStoryRunner(json), store).resume()).toBe('the saved story state does not lead to the choices that were on screen');
  });

  it('refuses to resume a state with no choices open that is not an end', () => {
    const store = createProgressStore(memoryStorage(), () => {});
    const s = createCaseSession('mini', createStoryRunner(json), store);
    s.fresh();
    s.choose(0);
    s.choose(0);
    const ended = store.getState().plays.mini!.inkState;
    s.fresh();
    store.setState({ plays: { mini: { ...store.getState().plays.mini!, inkState: ended } } });
    expect(createCaseSession('mini', createStoryRunner(json), store).resume()).toBe('the saved story state has no choices open and is not at an end');
  });
});

describe('case session: option order seed', () => {
  it('seeds a new play from the random source it is given, and keeps the seed on resume', () => {
    const storage = memoryStorage();
    const first = createProgressStore(storage, () => {});
    createCaseSession('mini', createStoryRunner(json), first, undefined, () => 0.5).fresh();
    expect(first.getState().plays.mini!.seed).toBe('8000800080008000');
    const second = createProgressStore(storage, () => {});
    expect(createCaseSession('mini', createStoryRunner(json), second, undefined, () => 0).resume()).toBeNull();
    expect(second.getState().plays.mini!.seed).toBe('8000800080008000');
  });

  it('gives a new play another seed', () => {
    const store = createProgressStore(memoryStorage(), () => {});
    createCaseSession('mini', createStoryRunner(json), store, undefined, () => 0.25).fresh();
    expect(store.getState().plays.mini!.seed).toBe('4000400040004000');
  });
});
