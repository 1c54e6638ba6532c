import { describe, expect, it } from 'vitest';
import { memoryStorage, sharedMemory, type SaveProblem } from '../../src/state/persistence.ts';
import { memoryLocks } from '../../src/play/game.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { createWorkshopDriver } from '../../src/workshop/driver.ts';
import { mainPath } from '../../src/workshop/session.ts';
import { createWorkshopStore, WORKSHOPS_KEY, WORKSHOPS_VERSION } from '../../src/workshop/store.ts';
import { miniJson, newMini, ticking } from './helpers.ts';

function setup(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const problems: SaveProblem[] = [];
  const store = createWorkshopStore(storage, (p) => problems.push(p));
  let n = 0;
  const driver = createWorkshopDriver(store, { loadRunner: async () => createStoryRunner(miniJson), buildOf: () => undefined, now: ticking(), newId: () => `w${++n}` });
  return { storage, problems, store, driver };
}

describe('workshop store', () => {
  it('saves every change with its version under niet-pluis.workshops', async () => {
    const { storage, store, driver } = setup();
    const s = await driver.start({ name: 'Zwolle, 12 maart', caseId: 'mini', caseTitle: 'Mini', groups: [{ id: 'zaal', name: 'Zaal' }] });
    driver.setVotes(s.id, s.root, 'zaal', [5, 1, 2]);
    const saved = JSON.parse(storage.getItem(WORKSHOPS_KEY)!);
    expect(saved.version).toBe(WORKSHOPS_VERSION);
    expect(saved.state.sessions[s.id].nodes[s.root].votes).toEqual({ zaal: [5, 1, 2] });
    expect(saved.state.put).toBeUndefined();
    expect(store.getState().sessions[s.id]!.name).toBe('Zwolle, 12 maart');
  });

  it('takes vote counts up to what a save may hold, and no more: one count too many never costs the saved sessions', async () => {
    const { storage, problems, driver } = setup();
    const s = await driver.start({ name: 'Groot', caseId: 'mini', caseTitle: 'Mini', groups: [{ id: 'zaal', name: 'Zaal' }] });
    driver.setVotes(s.id, s.root, 'zaal', [9999, 0, 0]);
    expect(() => driver.setVotes(s.id, s.root, 'zaal', [10000, 0, 0])).toThrow('whole numbers');
    const reloaded: SaveProblem[] = [];
    const again = createWorkshopStore(storage, (p) => reloaded.push(p));
    expect([...problems, ...reloaded]).toEqual([]);
    expect(again.getState().sessions[s.id]!.nodes[s.root]!.votes).toEqual({ zaal: [9999, 0, 0] });
  });

  it('survives a reload mid-session: a new store and driver carry on where the room was', async () => {
    const first = setup();
    const s = await first.driver.start({ name: 'Deventer', caseId: 'mini', caseTitle: 'Mini', groups: [{ id: 'zaal', name: 'Zaal' }] });
    first.driver.setVotes(s.id, s.root, 'zaal', [9, 0, 3]);
    first.driver.setPhase(s.id, s.root, 'revealed');
    await first.driver.play(s.id, s.root, 0);
    first.driver.advance(s.id);
    const before = first.store.getState().sessions[s.id]!;

    // the browser is closed and opened again
    const storage = first.storage;
    const store = createWorkshopStore(storage, () => {});
    const driver = createWorkshopDriver(store, { loadRunner: async () => createStoryRunner(miniJson), buildOf: () => undefined, now: ticking(Date.parse('2026-03-12T12:00:00Z')), newId: () => 'x' });
    expect(store.getState().sessions[s.id]).toEqual(before);
    const at = before.cursor.node;
    await driver.play(s.id, at, 0);
    driver.advance(s.id);
    const after = store.getState().sessions[s.id]!;
    expect(mainPath(after).map((n) => n.taken)).toEqual([0, 0, null]);
    expect(mainPath(after).at(-1)!.finished).toBe(true);
  });

  it('sets a corrupt save aside, reports it, and starts clean', () => {
    const { storage, problems, store } = setup({ [WORKSHOPS_KEY]: '{"state": {"sessions": {' });
    expect(store.getState().sessions).toEqual({});
    expect(problems.map((p) => p.reason)).toEqual(['unreadable']);
    expect(storage.getItem(problems[0]!.asideKey!)).toBe('{"state": {"sessions": {');
    expect(storage.getItem(WORKSHOPS_KEY)).toBeNull();
  });

  it('sets aside a save with a broken session, and one of an unknown version; leaves one of a newer version alone', () => {
    const broken = setup({ [WORKSHOPS_KEY]: JSON.stringify({ version: WORKSHOPS_VERSION, state: { sessions: { a: { id: 'a', name: 'x' } } } }) });
    expect(broken.store.getState().sessions).toEqual({});
    expect(broken.problems.map((p) => p.reason)).toEqual(['invalid']);
    const unknown = setup({ [WORKSHOPS_KEY]: JSON.stringify({ version: -1, state: { sessions: {} } }) });
    expect(unknown.problems.map((p) => p.reason)).toEqual(['unknown-version']);
    const future = setup({ [WORKSHOPS_KEY]: JSON.stringify({ version: WORKSHOPS_VERSION + 1, state: { sessions: {} } }) });
    expect(future.problems.map((p) => p.reason)).toEqual(['newer-version']);
  });

  it('removes a session', async () => {
    const { store, driver } = setup();
    const s = await driver.start({ name: 'Weg', caseId: 'mini', caseTitle: 'Mini', groups: [{ id: 'zaal', name: 'Zaal' }] });
    store.getState().remove(s.id);
    expect(store.getState().sessions).toEqual({});
  });
});

describe('one workshop session in two tabs', () => {
  /** Two tabs on one storage; with `locked`, one tab at a time per session. */
  function twoTabs(locked: boolean) {
    const shared = sharedMemory();
    const locks = memoryLocks();
    const tab = () => {
      const { storage, watch } = shared.tab();
      const store = createWorkshopStore(storage, () => {}, { watch, locks: locked ? locks.tab() : undefined });
      const driver = createWorkshopDriver(store, { loadRunner: async () => createStoryRunner(miniJson), buildOf: () => undefined, now: ticking(), newId: () => 'w1' });
      return { store, driver };
    };
    return { shared, a: tab(), b: tab() };
  }
  const savedSession = (shared: ReturnType<typeof sharedMemory>, id: string) => JSON.parse(shared.data.getItem(WORKSHOPS_KEY)!).state.sessions[id];

  it('the second tab is told the session is open elsewhere, may take it over, and nothing entered in the first is lost', async () => {
    const { shared, a, b } = twoTabs(true);
    const s = await a.driver.start({ name: 'Zwolle', caseId: 'mini', caseTitle: 'Mini', groups: [{ id: 'zaal', name: 'Zaal' }] });
    expect(await a.store.getState().open(s.id)).toBe('held');
    a.driver.setVotes(s.id, s.root, 'zaal', [4, 1, 0]);
    expect(await b.store.getState().open(s.id)).toBe('elsewhere');
    expect(a.store.getState().lost).toEqual([]);

    expect(await b.store.getState().open(s.id, true)).toBe('held');
    expect(a.store.getState().lost).toEqual([s.id]);
    // tab B carries on from what A entered
    expect(b.store.getState().sessions[s.id]!.nodes[s.root]!.votes).toEqual({ zaal: [4, 1, 0] });
    b.driver.setVotes(s.id, s.root, 'zaal', [4, 1, 2]);
    // a change A makes after losing the session (a replay that finishes late) is not written
    a.driver.setVotes(s.id, s.root, 'zaal', [0, 0, 9]);
    expect(a.store.getState().sessions[s.id]!.nodes[s.root]!.votes).toEqual({ zaal: [4, 1, 2] });
    expect(savedSession(shared, s.id).nodes[s.root].votes).toEqual({ zaal: [4, 1, 2] });

    // A takes it back: B hears it, and A may change the session again
    expect(await a.store.getState().open(s.id, true)).toBe('held');
    expect(a.store.getState().lost).toEqual([]);
    expect(b.store.getState().lost).toEqual([s.id]);
    a.driver.setPhase(s.id, s.root, 'revealed');
    expect(savedSession(shared, s.id).nodes[s.root]).toMatchObject({ phase: 'revealed', votes: { zaal: [4, 1, 2] } });
  });

  it('a session closed in one tab opens in the other without a word', async () => {
    const { a, b } = twoTabs(true);
    const s = await a.driver.start({ name: 'Zwolle', caseId: 'mini', caseTitle: 'Mini', groups: [{ id: 'zaal', name: 'Zaal' }] });
    expect(await a.store.getState().open(s.id)).toBe('held');
    a.store.getState().close(s.id);
    expect(await b.store.getState().open(s.id)).toBe('held');
    expect(a.store.getState().lost).toEqual([]);
  });

  it('without locks, a tab never writes an older copy of a session over a newer one', async () => {
    const shared = sharedMemory();
    // no watch: the tabs do not hear each other, as when the storage event comes late
    const [ta, tb] = [shared.tab(), shared.tab()];
    const a = createWorkshopStore(ta.storage, () => {});
    const s = newMini('s1').session;
    a.getState().put(s);
    const b = createWorkshopStore(tb.storage, () => {});
    // B changes the session at 10:05, then A (still holding the 10:00 copy) changes it at 10:01
    b.getState().update('s1', (x) => ({ ...x, name: 'Naam uit B', updatedAt: '2026-03-12T10:05:00.000Z' }));
    a.getState().update('s1', (x) => ({ ...x, name: 'Naam uit A', updatedAt: '2026-03-12T10:01:00.000Z' }));
    expect(JSON.parse(shared.data.getItem(WORKSHOPS_KEY)!).state.sessions.s1.name).toBe('Naam uit B');
    expect(a.getState().sessions.s1!.name).toBe('Naam uit B');
    // the later change wins whichever tab writes last
    a.getState().update('s1', (x) => ({ ...x, name: 'Later in A', updatedAt: '2026-03-12T10:09:00.000Z' }));
    b.getState().update('s1', (x) => ({ ...x, groups: [{ id: 'zaal', name: 'Zaal' }], name: 'Eerder in B', updatedAt: '2026-03-12T10:06:00.000Z' }));
    expect(JSON.parse(shared.data.getItem(WORKSHOPS_KEY)!).state.sessions.s1.name).toBe('Later in A');
    expect(b.getState().sessions.s1!.name).toBe('Later in A');
  });

  it('without locks, a session removed in one tab and changed in the other is kept', async () => {
    const shared = sharedMemory();
    const [ta, tb] = [shared.tab(), shared.tab()];
    const a = createWorkshopStore(ta.storage, () => {});
    a.getState().put(newMini('s1').session);
    const b = createWorkshopStore(tb.storage, () => {});
    b.getState().update('s1', (x) => ({ ...x, name: 'Veranderd', updatedAt: '2026-03-12T10:05:00.000Z' }));
    a.getState().remove('s1');
    expect(JSON.parse(shared.data.getItem(WORKSHOPS_KEY)!).state.sessions.s1.name).toBe('Veranderd');
  });
});
