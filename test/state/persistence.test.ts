import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createStore } from 'zustand/vanilla';
import { memoryStorage, merge3, persistStore, sharedMemory, type KeyValueStorage, type SaveProblem } from '../../src/state/persistence.ts';
import { boundHistory, createProgressStore, parsePastPlayKey, progressConflict, HISTORY_BUDGET, pastPlayKey, PROGRESS_KEY, PROGRESS_VERSION } from '../../src/state/progress-store.ts';
import { KNOWN_VALUES, type PastPlayData } from '../../src/state/schema.ts';
import { createSettingsStore, SETTINGS_KEY } from '../../src/state/settings-store.ts';
import { createWorkshopStore, WORKSHOPS_KEY } from '../../src/workshop/store.ts';
import { toStoryLine } from '../../src/story/runner.ts';
import type { CaseResult } from '../../src/play/types.ts';
import { exportSessions } from '../../src/workshop/export.ts';
import { newMini } from '../workshop/helpers.ts';

const sampleSession = () => newMini('s1').session;

const line = (text: string) => toStoryLine(text, []);
const choice = { id: 'c-0', index: 0, text: 'Ja', assessment: { scores: {}, neutral: true, feedback: null, sources: [] } };

function setup(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const problems: SaveProblem[] = [];
  const store = createProgressStore(storage, (p) => problems.push(p));
  return { storage, problems, store };
}

/** An in-memory storage that refuses every write while `full` is true (as a full localStorage does). */
function fullableStorage() {
  const inner = memoryStorage();
  const s = {
    full: false,
    ...inner,
    setItem(k: string, value: string) {
      if (s.full) throw new Error('QuotaExceededError: the quota has been exceeded');
      inner.setItem(k, value);
    },
  };
  return s;
}

/**
 * localStorage as Chromium has it for two tabs in two processes: each tab reads its own copy at
 * once; a write reaches the stored value, and then the other tab's copy with its storage event,
 * only when `deliver()` hands the writes on, in the order they were made. A tab whose own write to
 * a key is still on its way does not take the other tab's write to that key into its copy (and
 * hears no event for it): its own write will land over it.
 */
function laggingTabs() {
  const truth = new Map<string, string>();
  const copies = [new Map<string, string>(), new Map<string, string>()];
  const waiting = [new Map<string, number>(), new Map<string, number>()];
  const listeners = [new Set<(key: string | null) => void>(), new Set<(key: string | null) => void>()];
  const queue: Array<{ from: number; key: string; value: string | null }> = [];
  const send = (i: number, key: string, value: string | null) => {
    if (value === null) copies[i]!.delete(key);
    else copies[i]!.set(key, value);
    waiting[i]!.set(key, (waiting[i]!.get(key) ?? 0) + 1);
    queue.push({ from: i, key, value });
  };
  return {
    truth,
    tab(i: number): { storage: KeyValueStorage; watch: (l: (key: string | null) => void) => () => void } {
      return {
        storage: { getItem: (k) => copies[i]!.get(k) ?? null, setItem: (k, value) => send(i, k, value), removeItem: (k) => send(i, k, null) },
        watch: (l) => {
          listeners[i]!.add(l);
          return () => void listeners[i]!.delete(l);
        },
      };
    },
    /**
     * Hands on the writes made so far, and those the other tab makes on hearing them. `together`:
     * all writes on their way reach the copies before any tab's event runs (a busy tab).
     */
    deliver(together = false) {
      for (let n = 0; queue.length > 0; n++) {
        if (n > 100) throw new Error('the tabs keep writing to each other');
        const heard: Array<[number, string]> = [];
        for (const w of queue.splice(0, together ? queue.length : 1)) {
          if (w.value === null) truth.delete(w.key);
          else truth.set(w.key, w.value);
          waiting[w.from]!.set(w.key, waiting[w.from]!.get(w.key)! - 1);
          const other = 1 - w.from;
          if ((waiting[other]!.get(w.key) ?? 0) > 0) continue;
          if (w.value === null) copies[other]!.delete(w.key);
          else copies[other]!.set(w.key, w.value);
          heard.push([other, w.key]);
        }
        for (const [tab, key] of heard) for (const l of [...listeners[tab]!]) l(key);
      }
    },
  };
}

describe('progress store persistence', () => {
  it('saves after every step with its version and a revision, and a new store reads it back', () => {
    const { storage, store } = setup();
    store.getState().begin('sylvia', undefined, [line('Hallo')], [choice], 'INK', false, 'seed');
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.rev).toBe(1);
    expect(saved.state.plays.sylvia.caseId).toBe('sylvia');
    expect(saved.state.begin).toBeUndefined();

    const again = createProgressStore(storage, () => {});
    expect(again.getState().plays.sylvia).toMatchObject({ caseId: 'sylvia', inkState: 'INK', log: [{ kind: 'line', line: { text: 'Hallo' } }] });
  });

  it('writes only when what is saved changed: equal plays as new objects are not written again, a change deep in one play is', () => {
    const inner = memoryStorage();
    const writes: string[] = [];
    const storage: KeyValueStorage = { ...inner, setItem: (k, value) => (writes.push(k), inner.setItem(k, value)) };
    const store = createProgressStore(storage, () => {});
    store.getState().begin('sylvia', undefined, [line('Hallo')], [choice], 'INK', false, 'seed');
    store.getState().begin('john', undefined, [line('Dag')], [choice], 'JOHN', false, 'seed');
    expect(writes).toHaveLength(2);
    store.setState({ plays: JSON.parse(JSON.stringify(store.getState().plays)), results: {}, history: {} });
    expect(writes).toHaveLength(2);
    const john = store.getState().plays.john!;
    store.setState({ plays: { ...store.getState().plays, john: { ...john, log: [{ kind: 'line', line: line('Dag!') }] } } });
    expect(writes).toHaveLength(3);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.plays.john.log[0].line.text).toBe('Dag!');
  });

  it('reads a version 1 save (one play at a time) into the plays by case', () => {
    const v1 = { version: 1, state: { active: { caseId: 'john', inkState: 'S', log: [], decisions: [], choices: [choice], finished: false }, results: {} } };
    const { store, problems } = setup({ [PROGRESS_KEY]: JSON.stringify(v1) });
    expect(problems).toEqual([]);
    expect(Object.keys(store.getState().plays)).toEqual(['john']);
  });

  it('sets a corrupt save aside, reports it, and starts clean', () => {
    const { storage, problems, store } = setup({ [PROGRESS_KEY]: '{"state": {"active": tru' });
    expect(store.getState().plays).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toBe('unreadable');
    expect(storage.getItem(problems[0]!.asideKey!)).toBe('{"state": {"active": tru');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('sets a save of an unknown version aside', () => {
    const raw = JSON.stringify({ state: { plays: {}, results: {}, history: {} }, version: 0 });
    const { storage, problems, store } = setup({ [PROGRESS_KEY]: raw });
    expect(store.getState().results).toEqual({});
    expect(problems.map((p) => p.reason)).toEqual(['unknown-version']);
    expect(storage.getItem(problems[0]!.asideKey!)).toBe(raw);
  });

  it('leaves a save of a newer version of the game alone, says so once, and writes nothing over it', () => {
    const raw = JSON.stringify({ state: { plays: {}, results: {}, history: {} }, version: PROGRESS_VERSION + 1, rev: 4 });
    const { storage, problems, store } = setup({ [PROGRESS_KEY]: raw });
    expect(problems.map((p) => [p.reason, p.asideKey])).toEqual([['newer-version', null]]);
    expect(store.unsaved()).toBe(true);
    store.getState().begin('john', undefined, [line('Begin')], [choice], 'S', false, 'seed');
    expect(store.getState().plays.john).toBeDefined(); // the page plays on, in memory
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
    expect(Object.keys(storage.dump())).toEqual([PROGRESS_KEY]);
    expect(problems).toHaveLength(1);
  });


  it('sets a save of the wrong shape aside, with the reason', () => {
    const raw = JSON.stringify({ state: { plays: { x: { caseId: 3 } }, results: {}, history: {} }, version: PROGRESS_VERSION });
    const { problems, store } = setup({ [PROGRESS_KEY]: raw });
    expect(store.getState().plays).toEqual({});
    expect(problems.map((p) => [p.reason, p.detail])).toEqual([['invalid', 'plays.x.caseId: must be text']]);
  });

  it('says a save could not be kept when the copy does not fit, and leaves the original in place', () => {
    const storage = fullableStorage();
    storage.setItem(PROGRESS_KEY, 'not json');
    storage.full = true;
    const problems: SaveProblem[] = [];
    createProgressStore(storage, (p) => problems.push(p));
    expect(problems).toMatchObject([{ reason: 'unreadable', asideKey: null }]);
    expect(storage.getItem(PROGRESS_KEY)).toBe('not json');
  });

  it('keeps working after a bad save: the next step is saved normally', () => {
    const { storage, store } = setup({ [PROGRESS_KEY]: 'not json' });
    store.getState().begin('john', undefined, [], [choice], 'S', false, 'seed');
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.plays.john.caseId).toBe('john');
  });

  it('keeps the best result per case, and every finished play up to five', () => {
    const { store } = setup();
    const result = (b: number): CaseResult => ({ caseId: 'sylvia', finishedAt: `2026-01-0${b}`, ending: null, shares: { belang: b / 10, geen_schuld: 0, verwijzing: 0 } });
    const finish = (b: number) => {
      store.getState().begin('sylvia', undefined, [], [], 'S', true, 'seed');
      store.getState().finish('sylvia', result(b));
    };
    finish(5);
    finish(2);
    expect(store.getState().results.sylvia!.shares.belang).toBe(0.5);
    finish(8);
    expect(store.getState().results.sylvia!.shares.belang).toBe(0.8);
    for (const b of [1, 3, 4, 6]) finish(b);
    expect(store.getState().history.sylvia!.map((f) => f.result.shares.belang)).toEqual([0.8, 0.1, 0.3, 0.4, 0.6]);
    // each by its moment: its own result, and its play read back from storage
    const kept = [8, 1, 3, 4, 6].map((b) => store.getState().pastPlay('sylvia', `2026-01-0${b}`));
    expect(kept.map((k) => k?.result.shares.belang)).toEqual([0.8, 0.1, 0.3, 0.4, 0.6]);
    expect(kept.map((k) => k?.play.inkState)).toEqual(['', '', '', '', '']);
    // the plays that dropped out open nothing
    expect(store.getState().pastPlay('sylvia', '2026-01-05')).toBeNull();
    expect(store.getState().pastPlay('sylvia', '2026-01-02')).toBeNull();
  });

  it('keeps each finished play under a key of its own, out of the progress save, and lets go of the plays that drop out', () => {
    const { store, storage } = setup();
    const finish = (day: number, words: number) => {
      store.getState().begin('john', undefined, [line('woord '.repeat(words))], [], 'INKSTATE', true, 'seed');
      store.getState().finish('john', { caseId: 'john', finishedAt: `2026-01-0${day}T10:00:00.000Z`, ending: null, shares: { belang: 1, geen_schuld: 0, verwijzing: 0 } });
    };
    for (let day = 1; day <= 6; day++) finish(day, 1000);
    // the history lists six minus one plays by result and size; only the latest play is in the save itself
    const saved = storage.getItem(PROGRESS_KEY)!;
    expect(JSON.parse(saved).state.history.john).toHaveLength(5);
    expect(saved.split('woord').length - 1).toBe(1000);
    expect(storage.getItem(pastPlayKey('john', '2026-01-01T10:00:00.000Z'))).toBeNull();
    const file = storage.getItem(pastPlayKey('john', '2026-01-06T10:00:00.000Z'))!;
    expect(JSON.parse(file)).toMatchObject({ version: PROGRESS_VERSION, play: { caseId: 'john', inkState: '', finished: true } });
    expect(store.getState().history.john!.at(-1)!.size).toBe(file.length);
    expect(store.getState().pastPlay('john', '2026-01-06T10:00:00.000Z')!.play.log).toHaveLength(1);
    // a stored play that is gone or damaged opens no debrief
    storage.removeItem(pastPlayKey('john', '2026-01-06T10:00:00.000Z'));
    expect(store.getState().pastPlay('john', '2026-01-06T10:00:00.000Z')).toBeNull();
    storage.setItem(pastPlayKey('john', '2026-01-05T10:00:00.000Z'), file.replace('"finished":true', '"finished":false'));
    expect(store.getState().pastPlay('john', '2026-01-05T10:00:00.000Z')).toBeNull();
  });

  it('does not list a finished play that cannot be stored, and says so', () => {
    const storage = fullableStorage();
    const problems: SaveProblem[] = [];
    const store = createProgressStore(storage, (p) => problems.push(p));
    store.getState().begin('john', undefined, [line('Einde')], [], 'S', true, 'seed');
    storage.full = true;
    store.getState().finish('john', { caseId: 'john', finishedAt: '2026-01-01T10:00:00.000Z', ending: null, shares: { belang: 1, geen_schuld: 0, verwijzing: 0 } });
    expect(problems.map((p) => [p.key, p.reason])).toEqual([[pastPlayKey('john', '2026-01-01T10:00:00.000Z'), 'write-failed'], [PROGRESS_KEY, 'write-failed']]);
    expect(store.getState().history).toEqual({});
    expect(store.getState().results.john!.shares.belang).toBe(1);
  });
});

describe('a version 3 save (finished plays inside the history), as the game wrote it', () => {
  const v3 = readFileSync('test/fixtures/saves/progress-v3.json', 'utf8');

  it('loads: its finished plays move to keys of their own, listed by result and size, and read back whole', () => {
    const { store, storage, problems } = setup({ [PROGRESS_KEY]: v3 });
    expect(problems).toEqual([]);
    const old = JSON.parse(v3).state;
    expect(store.getState().plays).toEqual(old.plays);
    expect(store.getState().results).toEqual(old.results);
    expect(store.getState().history.mini!.map((f) => f.result)).toEqual(old.history.mini.map((f: { result: unknown }) => f.result));
    expect(store.getState().pastPlay('mini', old.history.mini[0].result.finishedAt)?.play).toEqual(old.history.mini[0].play);
    expect(store.getState().pastPlay('mini', old.history.mini[1].result.finishedAt)?.play).toEqual(old.history.mini[1].play);
    const key = pastPlayKey('mini', '2026-11-02T10:00:00.000Z');
    expect(store.getState().history.mini![1]!.size).toBe(storage.getItem(key)!.length);
    // the next save is of version 4 and holds no finished play in full
    store.getState().resync('mini', store.getState().plays.mini!.choices);
    store.getState().abandon('mini');
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(saved.version).toBe(4);
    expect(Object.keys(saved.state.history.mini[0]).sort()).toEqual(['result', 'size']);
  });

  it('keeps its finished plays out of the history when storage has no room for them, and says so', () => {
    const storage = fullableStorage();
    storage.setItem(PROGRESS_KEY, v3);
    storage.full = true;
    const problems: SaveProblem[] = [];
    const store = createProgressStore(storage, (p) => problems.push(p));
    expect(problems.map((p) => p.reason)).toEqual(['write-failed', 'write-failed']);
    expect(store.getState().history.mini).toEqual([]);
    expect(store.getState().plays.mini!.decisions).toHaveLength(1);
  });

  it('is left alone, not set aside, when written by a build that knows a value this one does not (a new case\'s place), and nothing is written over it', () => {
    // a save of this version (v3 read once is written as one)
    const first = memoryStorage({ [PROGRESS_KEY]: v3 });
    const loaded = createProgressStore(first, () => {});
    loaded.getState().reach('mini', 0, 1);
    const other = JSON.parse(first.getItem(PROGRESS_KEY)!);
    expect(other.version).toBe(PROGRESS_VERSION);
    other.state.plays.mini.log[0].line.place = 'maan';
    other.known = 'ffffffff';
    const raw = JSON.stringify(other);
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const problems: SaveProblem[] = [];
    const store = createProgressStore(storage, (p) => problems.push(p));
    expect(problems.map((p) => p.reason)).toEqual(['newer-version']);
    store.getState().abandon('mini');
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
    expect(Object.keys(storage).filter((k) => k.includes('set-aside'))).toEqual([]);
    // the same fault in a save of a build that knows what this one knows is a broken save: set aside
    const same = { ...other, known: KNOWN_VALUES };
    const again = setup({ [PROGRESS_KEY]: JSON.stringify(same) });
    expect(again.problems.map((p) => p.reason)).toEqual(['invalid']);
  });

  it('is set aside when a finished play in it is not sound', () => {
    const bad = JSON.parse(v3);
    bad.state.history.mini[0].play.log[0].line.place = 'maan';
    const { store, problems } = setup({ [PROGRESS_KEY]: JSON.stringify(bad) });
    expect(problems.map((p) => [p.reason, p.detail])).toEqual([['invalid', 'history.mini.0.play.log.0.line.place: must be a place the game knows']]);
    expect(store.getState().history).toEqual({});
  });
});

describe('a save that cannot be written', () => {
  it('is reported at once, every time, and the next change after room is made is saved', () => {
    const storage = fullableStorage();
    const problems: SaveProblem[] = [];
    const store = createProgressStore(storage, (p) => problems.push(p));
    expect(store.unsaved()).toBe(false);
    storage.full = true;
    store.getState().begin('john', undefined, [], [choice], 'S', false, 'seed');
    expect(problems).toMatchObject([{ key: PROGRESS_KEY, reason: 'write-failed', asideKey: null }]);
    expect(problems[0]!.detail).toMatch(/quota/);
    expect(store.getState().plays.john).toBeDefined(); // play goes on in memory
    expect(store.unsaved()).toBe(true); // a reload would lose it
    store.getState().resync('john', [choice, { ...choice, id: 'c-1', index: 1 }]);
    expect(problems).toHaveLength(2);
    storage.full = false;
    store.getState().resync('john', [choice]);
    expect(problems).toHaveLength(2);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.plays.john.inkState).toBe('S');
    expect(store.unsaved()).toBe(false); // all of it is stored again
  });

  it('a workshop import that cannot be stored says so', async () => {
    const storage = fullableStorage();
    const store = createWorkshopStore(storage, () => {});
    storage.full = true;
    expect(store.getState().importFile(exportSessions([sampleSession()], new Date('2026-11-30T10:00:00Z')))).toMatchObject({ ok: false, problem: { code: 'not-stored' } });
  });
});

describe('two tabs on one storage', () => {
  it('a tab left open from before an update leaves alone what a tab of the newer version saves', () => {
    type Count = { count: number; bump(): void };
    const tabOf = (tab: ReturnType<ReturnType<typeof sharedMemory>['tab']>, version: number, problems: SaveProblem[]) => {
      const store = createStore<Count>()((set) => ({ count: 0, bump: () => set((c) => ({ count: c.count + 1 })) }));
      persistStore(store, { name: 'k', version, storage: tab.storage, watch: tab.watch, migrations: { 1: (o) => o }, schema: v.object({ count: v.number() }), pick: ({ count }: Count) => ({ count }), mergeDepth: 1, onProblem: (p) => problems.push(p) });
      return store;
    };
    const shared = sharedMemory();
    const told: SaveProblem[] = [];
    const older = tabOf(shared.tab(), 1, told);
    const newer = tabOf(shared.tab(), 2, []);
    for (let i = 0; i < 5; i++) newer.getState().bump();
    older.getState().bump(); // what the older page does is not saved
    expect(JSON.parse(shared.data.getItem('k')!)).toMatchObject({ version: 2, state: { count: 5 } });
    expect(Object.keys(shared.data.dump())).toEqual(['k']); // nothing set aside
    expect(told.map((p) => p.reason)).toEqual(['newer-version']); // told once
  });

  it('stay in step: a write in one tab shows in the other at once', () => {
    const shared = sharedMemory();
    const [a, b] = [shared.tab(), shared.tab()];
    const pa = createProgressStore(a.storage, () => {}, { watch: a.watch });
    const pb = createProgressStore(b.storage, () => {}, { watch: b.watch });
    pa.getState().begin('dorian', undefined, [], [choice], 'D', false, 'seed');
    expect(pb.getState().plays.dorian?.inkState).toBe('D');
    const sa = createSettingsStore(a.storage, () => {}, { watch: a.watch });
    const sb = createSettingsStore(b.storage, () => {}, { watch: b.watch });
    sb.getState().update({ lang: 'en' });
    expect(sa.getState().lang).toBe('en');
  });

  it('settings: a content note seen in each of two tabs at nearly the same moment counts as seen in both', () => {
    // no watch: each tab writes before it heard of the other's write
    const shared = sharedMemory();
    const [a, b] = [shared.tab(), shared.tab()];
    const sa = createSettingsStore(a.storage, () => {});
    const sb = createSettingsStore(b.storage, () => {});
    sa.getState().markNoteSeen('john');
    sb.getState().markNoteSeen('dorian');
    expect(JSON.parse(shared.data.getItem(SETTINGS_KEY)!).state.notesSeen).toEqual(['john', 'dorian']);
    expect(sb.getState().notesSeen).toEqual(['john', 'dorian']);
  });

  it('never write an older copy over newer data: what the other tab changed is kept', () => {
    // no watch: the tabs do not hear each other, as when events come late
    const shared = sharedMemory();
    const [a, b] = [shared.tab(), shared.tab()];
    const pa = createProgressStore(a.storage, () => {});
    const pb = createProgressStore(b.storage, () => {});
    pa.getState().begin('dorian', undefined, [], [], 'D', true, 'seed');
    pa.getState().finish('dorian', { caseId: 'dorian', finishedAt: '2026-11-30T10:00:00Z', ending: 'goed', shares: { belang: 1, geen_schuld: 1, verwijzing: 1 } });
    pb.getState().begin('john', undefined, [], [choice], 'J', false, 'seed');
    const saved = JSON.parse(shared.data.getItem(PROGRESS_KEY)!);
    expect(Object.keys(saved.state.plays).sort()).toEqual(['dorian', 'john']);
    expect(saved.state.results.dorian.ending).toBe('goed');
    expect(saved.rev).toBe(3);
    // and tab B now holds A's result too
    expect(pb.getState().results.dorian?.ending).toBe('goed');
  });

  /**
   * Two tabs on `laggingTabs`, both with the progress store; `shared` starts them from one save both
   * have read. Tab A holds the cases in `heldByA` (plays them); B holds none.
   */
  function twoLaggingTabs(shared: boolean, heldByA: readonly string[] = []) {
    const tabs = laggingTabs();
    const [a, b] = [tabs.tab(0), tabs.tab(1)];
    const pa = createProgressStore(a.storage, () => {}, { watch: a.watch, holds: (caseId) => heldByA.includes(caseId) });
    if (shared) {
      pa.getState().begin('sylvia', undefined, [], [choice], 'S', false, 'seed');
      tabs.deliver();
    }
    const pb = createProgressStore(b.storage, () => {}, { watch: b.watch });
    const stored = () => JSON.parse(tabs.truth.get(PROGRESS_KEY)!).state;
    return { tabs, pa, pb, stored };
  }
  const cases = (plays: object) => Object.keys(plays).sort();

  it('two writes at nearly the same moment, each made before the other tab saw the other\'s: both plays survive in both tabs and in storage', () => {
    const { tabs, pa, pb, stored } = twoLaggingTabs(false);
    pa.getState().begin('dorian', undefined, [], [choice], 'D', false, 'seed');
    pb.getState().begin('john', undefined, [], [choice], 'J', false, 'seed'); // B has not seen A's write yet
    tabs.deliver(); // A's write lands first, B's (without dorian) over it
    for (const p of [pa, pb]) expect(cases(p.getState().plays)).toEqual(['dorian', 'john']);
    expect(cases(stored().plays)).toEqual(['dorian', 'john']);
    // a step in each tab, both on their way at once: neither takes the other's back
    pa.getState().reach('dorian', 0, 2);
    pb.getState().reach('john', 0, 1);
    tabs.deliver();
    for (const plays of [pa.getState().plays, pb.getState().plays, stored().plays]) expect([plays.dorian.reached, plays.john.reached]).toEqual([{ decision: 0, passage: 2 }, { decision: 0, passage: 1 }]);
  });

  it('the other tab wrote twice before it heard of this tab\'s write: the merge starts from the save both had, and nothing is taken away', () => {
    const { tabs, pa, pb, stored } = twoLaggingTabs(true);
    pa.getState().begin('dorian', undefined, [], [choice], 'D', false, 'seed');
    pb.getState().begin('john', undefined, [], [choice], 'J', false, 'seed');
    pb.getState().reach('john', 0, 1); // in the same task: B's second write is made from its first
    tabs.deliver(true); // A hears of B's writes when both are in its copy
    for (const plays of [pa.getState().plays, pb.getState().plays, stored().plays]) {
      expect(cases(plays)).toEqual(['dorian', 'john', 'sylvia']);
      expect(plays.john.reached).toEqual({ decision: 0, passage: 1 });
    }
  });

  it('many steps in this tab while the other tab\'s write, made from an old save, is on its way: none of them is taken back', () => {
    const { tabs, pa, pb, stored } = twoLaggingTabs(true);
    pa.getState().begin('dorian', undefined, [], [choice], 'D', false, 'seed');
    for (let passage = 1; passage <= 20; passage++) pa.getState().reach('dorian', 0, passage);
    pb.getState().begin('john', undefined, [], [choice], 'J', false, 'seed');
    tabs.deliver();
    for (const plays of [pa.getState().plays, pb.getState().plays, stored().plays]) {
      expect(cases(plays)).toEqual(['dorian', 'john', 'sylvia']);
      expect(plays.dorian.reached).toEqual({ decision: 0, passage: 20 });
    }
  });

  it('a busy tab that missed more of the other tab\'s saves than a save names as its past: it takes in how far the other tab came, and nobody is set back', () => {
    const { tabs, pa, pb, stored } = twoLaggingTabs(true, ['dorian', 'sylvia']);
    pa.getState().begin('dorian', undefined, [], [choice], 'D', false, 'seed');
    tabs.deliver();
    pa.getState().reach('dorian', 0, 1);
    tabs.deliver(); // B knows dorian at its first passage
    for (let passage = 2; passage <= 20; passage++) pa.getState().reach('dorian', 0, passage);
    // B is busy: all of A's saves are in its copy before its first event runs; none of the saves the
    // last one names is a save B saw, so B cannot tell who changed dorian since
    tabs.deliver(true);
    for (const plays of [pa.getState().plays, pb.getState().plays, stored().plays]) {
      expect(cases(plays)).toEqual(['dorian', 'sylvia']);
      expect(plays.dorian.reached).toEqual({ decision: 0, passage: 20 });
    }
  });

  it('the same for a new play of a case, and for marks: what the tab playing the case did is kept', () => {
    const { tabs, pa, pb, stored } = twoLaggingTabs(true, ['sylvia']);
    pa.getState().reach('sylvia', 0, 1);
    tabs.deliver();
    // A plays sylvia again from the start, and marks lines; B, busy, misses all of it
    pa.getState().begin('sylvia', undefined, [line('Een'), line('Twee')], [choice], 'S2', false, 'seed2');
    for (let passage = 1; passage <= 20; passage++) pa.getState().reach('sylvia', 0, passage);
    pa.getState().toggleMark('sylvia', 0);
    tabs.deliver(true);
    for (const plays of [pa.getState().plays, pb.getState().plays, stored().plays]) {
      expect(plays.sylvia.seed).toBe('seed2');
      expect(plays.sylvia.marks).toEqual([0]);
    }
    // marks alone, the play as far as before
    for (let i = 0; i < 14; i++) pa.getState().toggleMark('sylvia', i % 2);
    tabs.deliver(true);
    for (const plays of [pa.getState().plays, pb.getState().plays, stored().plays]) expect(plays.sylvia.marks).toEqual([1]);
  });

  it('a play the other tab drops after it saw this tab\'s writes is dropped here too', () => {
    const { tabs, pa, pb, stored } = twoLaggingTabs(true);
    pa.getState().reach('sylvia', 0, 1);
    tabs.deliver();
    pb.getState().abandon('sylvia');
    tabs.deliver();
    for (const plays of [pa.getState().plays, pb.getState().plays, stored().plays]) expect(cases(plays)).toEqual([]);
  });

  it('workshop sessions made in two tabs both survive', async () => {
    const shared = sharedMemory();
    const [a, b] = [shared.tab(), shared.tab()];
    const wa = createWorkshopStore(a.storage, () => {});
    const wb = createWorkshopStore(b.storage, () => {});
    wa.getState().put({ ...sampleSession(), id: 'sa' });
    wb.getState().put({ ...sampleSession(), id: 'sb' });
    expect(Object.keys(JSON.parse(shared.data.getItem(WORKSHOPS_KEY)!).state.sessions).sort()).toEqual(['sa', 'sb']);
  });
});

describe('when both tabs changed one entry of the progress (progressConflict)', () => {
  const play = (seed: string, decisions: number, passage: number) => ({ seed, decisions: Array.from({ length: decisions }), reached: { decision: decisions, passage }, log: [] });
  const result = (finishedAt: string, share: number): CaseResult => ({ caseId: 'sylvia', finishedAt, ending: 'goed', shares: { belang: share, geen_schuld: share, verwijzing: share } });
  const at = (hour: number) => `2026-11-30T${String(hour).padStart(2, '0')}:00:00Z`;

  it('a play: the tab holding the case keeps its own; another takes the other tab\'s, unless its own copy of that play came strictly further', () => {
    const holding = progressConflict(memoryStorage(), () => true);
    const notHolding = progressConflict(memoryStorage(), () => false);
    expect(holding(play('s', 2, 1), play('s', 3, 0), ['plays', 'sylvia'])).toEqual(play('s', 2, 1));
    expect(holding(undefined, play('s', 3, 0), ['plays', 'sylvia'])).toBe(undefined);
    expect(notHolding(play('s', 2, 1), play('s', 3, 0), ['plays', 'sylvia'])).toEqual(play('s', 3, 0));
    expect(notHolding(play('s', 3, 4), play('s', 3, 2), ['plays', 'sylvia'])).toEqual(play('s', 3, 4));
    expect(notHolding(play('s', 3, 2), { ...play('s', 3, 2), marks: [4] }, ['plays', 'sylvia'])).toEqual({ ...play('s', 3, 2), marks: [4] });
    expect(notHolding(play('s', 5, 0), play('t', 1, 0), ['plays', 'sylvia'])).toEqual(play('t', 1, 0));
    expect(notHolding(play('s', 5, 0), undefined, ['plays', 'sylvia'])).toBe(undefined);
  });

  it('keeps the better best result, and the finished plays both tabs list whose play is stored, the last five by when they were finished', () => {
    const storage = memoryStorage();
    const conflict = progressConflict(storage, () => false);
    expect(conflict(result(at(10), 0.5), result(at(11), 0.8), ['results', 'sylvia'])).toEqual(result(at(11), 0.8));
    expect(conflict(result(at(10), 0.9), result(at(11), 0.8), ['results', 'sylvia'])).toEqual(result(at(10), 0.9));
    const listed = (hour: number) => ({ result: result(at(hour), 0.5), size: 100 });
    for (const hour of [1, 2, 3, 5, 6, 7, 8]) storage.setItem(pastPlayKey('sylvia', at(hour)), '{}'); // the play of 4 is gone
    const ours = [listed(1), listed(2), listed(5), listed(7)];
    const theirs = [listed(1), listed(3), listed(4), listed(6), listed(8)];
    expect(conflict(ours, theirs, ['history', 'sylvia'])).toEqual([listed(3), listed(5), listed(6), listed(7), listed(8)]);
  });
});

describe('merge3', () => {
  it('takes the other side where this side changed nothing, and this side where it did', () => {
    const base = { plays: { a: 1, b: 1 }, x: 1 };
    const ours = { plays: { a: 2, b: 1 }, x: 1 };
    const theirs = { plays: { a: 1, b: 3, c: 4 }, x: 5 };
    expect(merge3(base, ours, theirs, 2)).toEqual({ plays: { a: 2, b: 3, c: 4 }, x: 5 });
  });

  it('drops what the other side removed, unless this side changed it', () => {
    expect(merge3({ a: 1, b: 1 }, { a: 1, b: 2 }, {}, 1)).toEqual({ b: 2 });
  });
});

describe('persistStore migrations', () => {
  const Schema = v.object({ name: v.string(), visits: v.number() });
  const make = (storage: KeyValueStorage, problems: SaveProblem[]) => {
    const store = createStore<{ name: string; visits: number }>()(() => ({ name: 'nieuw', visits: 0 }));
    persistStore(store, {
      // version 1 saved { naam }; version 2 renamed it and added a counter
      name: 'demo', version: 2, storage, migrations: { 1: (old) => ({ name: (old as { naam: string }).naam, visits: 0 }) },
      schema: Schema, pick: (s: { name: string; visits: number }) => s, mergeDepth: 1, onProblem: (p) => problems.push(p),
    });
    return store;
  };

  it('migrates an older save step by step and checks the result', () => {
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

describe('settings store', () => {
  it('persists settings', () => {
    const storage = memoryStorage();
    const s = createSettingsStore(storage, () => {});
    s.getState().update({ lang: 'en', highContrast: true });
    s.getState().markNoteSeen('sylvia');
    const again = createSettingsStore(storage, () => {});
    expect(again.getState()).toMatchObject({ lang: 'en', highContrast: true, notesSeen: ['sylvia'] });
  });

  it('sets aside settings with an invalid language', () => {
    const problems: SaveProblem[] = [];
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ state: { lang: 'fr', highContrast: false, motion: 'system', largeText: false, notesSeen: [] }, version: 1 }) });
    expect(createSettingsStore(storage, (p) => problems.push(p)).getState().lang).toBe('nl');
    expect(problems.map((p) => p.detail)).toEqual(['lang: the language must be nl or en']);
  });
});

describe('the size of the kept history', () => {
  const finished = (caseId: string, day: number, size: number): PastPlayData => ({
    result: { caseId, finishedAt: `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z`, ending: null, shares: { belang: 1, geen_schuld: 1, verwijzing: 1 } },
    size,
  });
  const days = (h: Record<string, readonly PastPlayData[]>) => Object.fromEntries(Object.entries(h).map(([k, list]) => [k, list.map((f) => Number(f.result.finishedAt.slice(8, 10)))]));

  it('leaves a history within the budget as it is', () => {
    const history = { john: [finished('john', 1, 6_000), finished('john', 2, 6_000)] };
    expect(boundHistory(history, 100_000)).toBe(history);
  });

  it('drops the oldest plays of any case beyond the budget, never the latest of a case', () => {
    const history = {
      john: [finished('john', 1, 6_000), finished('john', 4, 6_000), finished('john', 6, 6_000)],
      sylvia: [finished('sylvia', 2, 6_000), finished('sylvia', 3, 6_000), finished('sylvia', 5, 6_000)],
    };
    expect(days(boundHistory(history, 4 * 6_000))).toEqual({ john: [4, 6], sylvia: [3, 5] });
    expect(days(boundHistory(history, 2 * 6_000))).toEqual({ john: [6], sylvia: [5] });
    // the latest of each case stays even when they alone are over the budget
    expect(days(boundHistory(history, 1_000))).toEqual({ john: [6], sylvia: [5] });
  });

  it('is applied when a play is finished: the plays stored never take more than the budget allows', () => {
    const { store, storage } = setup();
    const at = (day: number) => `2026-01-0${day}T10:00:00.000Z`;
    for (let day = 1; day <= 5; day++) {
      store.getState().begin('john', undefined, [line('woord '.repeat(60_000))], [], 'S', true, 'seed'); // about 360,000 characters
      store.getState().finish('john', { caseId: 'john', finishedAt: at(day), ending: null, shares: { belang: 1, geen_schuld: 1, verwijzing: 1 } });
    }
    expect(HISTORY_BUDGET).toBe(1_500_000);
    // five of 360,000 would be 1.8 million: the oldest goes, from the list and from storage
    expect(days(store.getState().history)).toEqual({ john: [2, 3, 4, 5] });
    expect(storage.getItem(pastPlayKey('john', at(1)))).toBeNull();
    const stored = [2, 3, 4, 5].map((d) => storage.getItem(pastPlayKey('john', at(d)))!.length);
    expect(stored.every((n) => n > 360_000)).toBe(true);
    expect(stored.reduce((a, b) => a + b, 0)).toBeLessThan(HISTORY_BUDGET);
  });
});

describe('finished plays stored apart that no save lists', () => {
  const finishedAt = (hour: number) => `2026-03-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
  /** A store whose save lists the plays finished at `listed` hours, with files also for `unlisted` hours; opened at `openAt`. */
  function leftBehind(listed: number[], unlisted: number[], extra: Record<string, string> = {}) {
    const storage = memoryStorage(extra);
    const first = createProgressStore(storage, () => {});
    for (const hour of listed) {
      first.getState().begin('john', undefined, [line('Einde')], [], 'S', true, 'seed');
      first.getState().finish('john', { caseId: 'john', finishedAt: finishedAt(hour), ending: null, shares: { belang: 1, geen_schuld: 0, verwijzing: 0 } });
    }
    for (const hour of unlisted) storage.setItem(pastPlayKey('john', finishedAt(hour)), storage.getItem(pastPlayKey('john', finishedAt(listed[0]!)))!);
    return storage;
  }
  const open = (storage: KeyValueStorage, at: string, whenAlone?: (run: () => void) => void) => {
    const problems: SaveProblem[] = [];
    const store = createProgressStore(storage, (p) => problems.push(p), { now: () => new Date(at), whenAlone });
    return { store, problems };
  };
  const done = { caseId: 'john', ending: null, shares: { belang: 1, geen_schuld: 0, verwijzing: 0 } };
  const stored = (storage: ReturnType<typeof memoryStorage>) => Object.keys(storage.dump()).filter((k) => k.includes('.finished.')).sort();

  it('are let go of when the game opens, and the listed ones stay', () => {
    const storage = leftBehind([1, 2], [3, 4]);
    storage.setItem('niet-pluis.settings', '{}');
    const { store } = open(storage, '2026-03-01T12:00:00.000Z');
    expect(stored(storage)).toEqual([pastPlayKey('john', finishedAt(1)), pastPlayKey('john', finishedAt(2))]);
    expect(store.getState().pastPlay('john', finishedAt(2))?.play.caseId).toBe('john');
    expect(storage.getItem('niet-pluis.settings')).toBe('{}');
  });

  it('are found by the key each is stored under, also for a case whose id holds a dot', () => {
    expect(parsePastPlayKey(pastPlayKey('a.b', finishedAt(3)))).toEqual({ caseId: 'a.b', finishedAt: finishedAt(3) });
    expect(parsePastPlayKey(pastPlayKey('john', 'gisteren'))).toBeNull();
    expect(parsePastPlayKey(`${PROGRESS_KEY}.set-aside.${finishedAt(3)}`)).toBeNull();
    const storage = leftBehind([1], []);
    storage.setItem(pastPlayKey('a.b', finishedAt(2)), '{}');
    open(storage, '2026-03-01T12:00:00.000Z');
    expect(stored(storage)).toEqual([pastPlayKey('john', finishedAt(1))]);
  });

  it('are spared for ten minutes after they were finished: another tab may be writing the save that lists them', () => {
    const storage = leftBehind([1], [11]);
    open(storage, '2026-03-01T11:09:00.000Z');
    expect(stored(storage)).toContain(pastPlayKey('john', finishedAt(11)));
    open(storage, '2026-03-01T11:11:00.000Z');
    expect(stored(storage)).not.toContain(pastPlayKey('john', finishedAt(11)));
  });

  it('are spared when a save set aside names them, or when the save itself could not be read', () => {
    const aside = JSON.stringify({ version: PROGRESS_VERSION, state: { history: { john: [{ result: { finishedAt: finishedAt(3) } }] } } });
    const storage = leftBehind([1], [3, 4], { [`${PROGRESS_KEY}.set-aside.2026-02-01T00:00:00.000Z`]: aside });
    open(storage, '2026-03-01T12:00:00.000Z');
    expect(stored(storage)).toEqual([pastPlayKey('john', finishedAt(1)), pastPlayKey('john', finishedAt(3))]);

    // a save that cannot be read, and stays where it was because no copy of it fits, lists nothing
    // that can be trusted: nothing is let go of
    const damaged = leftBehind([1], [4]);
    damaged.setItem(PROGRESS_KEY, 'not json');
    const noRoomAside: KeyValueStorage = { ...damaged, setItem: (k, v) => (k.includes('set-aside') ? (() => { throw new Error('QuotaExceededError'); })() : damaged.setItem(k, v)) };
    const { problems } = open(noRoomAside, '2026-03-01T12:00:00.000Z');
    expect(problems.map((p) => [p.reason, p.asideKey])).toEqual([['unreadable', null]]);
    expect(damaged.getItem(PROGRESS_KEY)).toBe('not json');
    expect(stored(damaged)).toEqual([pastPlayKey('john', finishedAt(1)), pastPlayKey('john', finishedAt(4))]);
  });

  it('are not let go of while another tab is open: one whose save failed lists its play again once a save fits', () => {
    const shared = sharedMemory();
    const a = shared.tab();
    let full = false;
    const aStorage: KeyValueStorage = { ...a.storage, setItem: (k, v) => (full && k === PROGRESS_KEY ? (() => { throw new Error('QuotaExceededError'); })() : a.storage.setItem(k, v)) };
    const tabA = createProgressStore(aStorage, () => {}, { watch: a.watch, now: () => new Date(finishedAt(5)) });
    tabA.getState().begin('john', undefined, [line('Einde')], [], 'S', true, 'seed');
    full = true; // the play's file fits, the save that lists it does not
    tabA.getState().finish('john', { ...done, finishedAt: finishedAt(5) });
    expect(JSON.parse(shared.data.getItem(PROGRESS_KEY)!).state.history).toEqual({});

    // an hour later another tab opens, while A is still open: the sweep waits for a moment alone
    const waiting: Array<() => void> = [];
    const b = shared.tab();
    createProgressStore(b.storage, () => {}, { watch: b.watch, now: () => new Date(finishedAt(6)), whenAlone: (run) => void waiting.push(run) });
    expect(waiting).toHaveLength(1);
    expect(stored(shared.data)).toEqual([pastPlayKey('john', finishedAt(5))]);

    // room again: A's next save lists the play, and its debrief opens in both tabs
    full = false;
    tabA.getState().begin('sylvia', undefined, [line('Begin')], [choice], 'S', false, 'seed');
    expect(JSON.parse(shared.data.getItem(PROGRESS_KEY)!).state.history.john).toHaveLength(1);
    expect(open(shared.tab().storage, finishedAt(7)).store.getState().pastPlay('john', finishedAt(5))?.play.caseId).toBe('john');
  });

  it('is what a finish leaves when its file fits but the save listing it does not, and the next visit alone clears it', () => {
    const storage = leftBehind([1], []);
    const problems: SaveProblem[] = [];
    const store = createProgressStore(storage, (p) => problems.push(p), { now: () => new Date('2026-03-01T05:00:00.000Z') });
    store.getState().begin('john', undefined, [line('Einde')], [], 'S', true, 'seed');
    // room for the finished play's file, then none for the save that lists it
    const setItem = storage.setItem;
    storage.setItem = (k, v) => {
      if (k === PROGRESS_KEY) throw new Error('QuotaExceededError');
      setItem(k, v);
    };
    store.getState().finish('john', { ...done, finishedAt: finishedAt(5) });
    expect(problems.map((p) => [p.key, p.reason])).toEqual([[PROGRESS_KEY, 'write-failed']]);
    expect(stored(storage)).toContain(pastPlayKey('john', finishedAt(5)));
    storage.setItem = setItem;
    // that tab is closed; the next visit, alone, lets go of the play no save lists
    open(storage, '2026-03-01T06:00:00.000Z');
    expect(stored(storage)).toEqual([pastPlayKey('john', finishedAt(1))]);
  });
});
