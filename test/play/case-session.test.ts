import { describe, expect, it } from 'vitest';
import { createCaseSession } from '../../src/play/case-session.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { createProgressStore } from '../../src/state/progress-store.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { compileFixture } from '../helpers.ts';

const json = compileFixture('mini.ink');

describe('case session', () => {
  it('writes each step to the store: log, decisions, open choices, ink state', () => {
    const store = createProgressStore(memoryStorage(), () => {});
    const session = createCaseSession('mini', createStoryRunner(json), store);
    expect(session.start()).toBe('started');
    expect(store.getState().active!.choices).toHaveLength(3);
    session.choose(2);
    const a = store.getState().active!;
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
    s1.start();
    s1.choose(1);
    const before = first.getState().active!;

    const second = createProgressStore(storage, () => {});
    const s2 = createCaseSession('mini', createStoryRunner(json), second);
    expect(s2.start()).toBe('resumed');
    expect(second.getState().active!.log).toEqual(before.log);
    expect(second.getState().active!.choices.map((c) => c.text)).toEqual(before.choices.map((c) => c.text));
    s2.choose(0);
    expect(second.getState().active!.finished).toBe(true);
    expect(second.getState().active!.log.at(-1)).toMatchObject({ line: { ending: 'hulp' } });
  });

  it('restarts the case when the saved ink state is broken', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => {});
    store.getState().begin('mini', [], [], '{"broken": true}', false);
    const session = createCaseSession('mini', createStoryRunner(json), store);
    expect(session.start()).toBe('restarted');
    expect(store.getState().active!.choices).toHaveLength(3);
  });
});
