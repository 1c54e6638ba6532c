import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { memoryStorage, versionedPersist, type SaveProblem } from '../../src/state/persistence.ts';
import { createProgressStore, PROGRESS_KEY, PROGRESS_VERSION } from '../../src/state/progress-store.ts';
import { createSettingsStore } from '../../src/state/settings-store.ts';
import { toStoryLine } from '../../src/story/runner.ts';

const line = (text: string) => toStoryLine(text, []);

function setup(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const problems: SaveProblem[] = [];
  const store = createProgressStore(storage, (p) => problems.push(p));
  return { storage, problems, store };
}

describe('progress store persistence', () => {
  it('saves after every step with its version, and a new store reads it back', () => {
    const { storage, store } = setup();
    store.getState().begin('sylvia', [line('Hallo')], [], 'INK', false);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.state.active.caseId).toBe('sylvia');
    expect(saved.state.begin).toBeUndefined();

    const again = createProgressStore(storage, () => {});
    expect(again.getState().active).toMatchObject({ caseId: 'sylvia', inkState: 'INK', log: [{ kind: 'line', line: { text: 'Hallo' } }] });
  });

  it('sets a corrupt save aside, reports it, and starts clean', () => {
    const { storage, problems, store } = setup({ [PROGRESS_KEY]: '{"state": {"active": tru' });
    expect(store.getState().active).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toBe('unreadable');
    expect(storage.getItem(problems[0]!.asideKey)).toBe('{"state": {"active": tru');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('sets a save of an unknown version aside', () => {
    const raw = JSON.stringify({ state: { active: null, results: {} }, version: 99 });
    const { storage, problems, store } = setup({ [PROGRESS_KEY]: raw });
    expect(store.getState().results).toEqual({});
    expect(problems.map((p) => p.reason)).toEqual(['unknown-version']);
    expect(storage.getItem(problems[0]!.asideKey)).toBe(raw);
  });

  it('sets a save of the wrong shape aside', () => {
    const raw = JSON.stringify({ state: { active: { caseId: 3 }, results: {} }, version: PROGRESS_VERSION });
    const { problems, store } = setup({ [PROGRESS_KEY]: raw });
    expect(store.getState().active).toBeNull();
    expect(problems.map((p) => p.reason)).toEqual(['invalid']);
  });

  it('keeps working after a bad save: the next step is saved normally', () => {
    const { storage, store } = setup({ [PROGRESS_KEY]: 'not json' });
    store.getState().begin('john', [], [], 'S', false);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.active.caseId).toBe('john');
  });

  it('keeps the best result per case', () => {
    const { store } = setup();
    const result = (b: number) => ({ caseId: 'sylvia', finishedAt: `2026-01-0${b}`, ending: null, shares: { belang: b / 10, geen_schuld: 0, verwijzing: 0 } });
    store.getState().recordResult(result(5));
    store.getState().recordResult(result(2));
    expect(store.getState().results.sylvia!.shares.belang).toBe(0.5);
    store.getState().recordResult(result(8));
    expect(store.getState().results.sylvia!.shares.belang).toBe(0.8);
  });
});

describe('settings store', () => {
  it('persists settings and migrates nothing it does not know', () => {
    const storage = memoryStorage();
    const s = createSettingsStore(storage, () => {});
    s.getState().update({ lang: 'en', highContrast: true });
    s.getState().markNoteSeen('sylvia');
    const again = createSettingsStore(storage, () => {});
    expect(again.getState()).toMatchObject({ lang: 'en', highContrast: true, notesSeen: ['sylvia'] });
  });

  it('sets aside settings with an invalid language', () => {
    const problems: SaveProblem[] = [];
    const storage = memoryStorage({ 'niet-pluis.settings': JSON.stringify({ state: { lang: 'fr', highContrast: false, motion: 'system', largeText: false, notesSeen: [] }, version: 1 }) });
    expect(createSettingsStore(storage, (p) => problems.push(p)).getState().lang).toBe('nl');
    expect(problems).toHaveLength(1);
  });
});

describe('versionedPersist migrations', () => {
  type V2 = { readonly name: string; readonly visits: number };
  const isV2 = (v: unknown): v is V2 => typeof v === 'object' && v !== null && typeof (v as V2).name === 'string' && typeof (v as V2).visits === 'number';
  const make = (storage: ReturnType<typeof memoryStorage>, problems: SaveProblem[]) =>
    createStore<V2>()(
      persist(() => ({ name: 'nieuw', visits: 0 }), versionedPersist<V2, V2>(
        // version 1 saved { naam }; version 2 renamed it and added a counter
        { name: 'demo', version: 2, storage, migrations: { 1: (old) => ({ name: (old as { naam: string }).naam, visits: 0 }) }, validate: isV2, onProblem: (p) => problems.push(p) },
        (s) => s,
      )),
    );

  it('migrates an older save step by step and validates the result', () => {
    const storage = memoryStorage({ demo: JSON.stringify({ state: { naam: 'Inge' }, version: 1 }) });
    const problems: SaveProblem[] = [];
    expect(make(storage, problems).getState()).toEqual({ name: 'Inge', visits: 0 });
    expect(problems).toEqual([]);
  });

  it('sets aside an older save that does not migrate to a valid state', () => {
    const storage = memoryStorage({ demo: JSON.stringify({ state: { andersOm: true }, version: 1 }) });
    const problems: SaveProblem[] = [];
    expect(make(storage, problems).getState()).toEqual({ name: 'nieuw', visits: 0 });
    expect(problems.map((p) => p.reason)).toEqual(['invalid']);
  });
});
