import { describe, expect, it } from 'vitest';
import { memoryStorage, type SaveProblem } from '../../src/state/persistence.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { createWorkshopDriver } from '../../src/workshop/driver.ts';
import { mainPath } from '../../src/workshop/session.ts';
import { createWorkshopStore, WORKSHOPS_KEY, WORKSHOPS_VERSION } from '../../src/workshop/store.ts';
import { miniJson, ticking } from './helpers.ts';

function setup(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const problems: SaveProblem[] = [];
  const store = createWorkshopStore(storage, (p) => problems.push(p));
  let n = 0;
  const driver = createWorkshopDriver(store, { loadRunner: async () => createStoryRunner(miniJson), now: ticking(), newId: () => `w${++n}` });
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
    const driver = createWorkshopDriver(store, { loadRunner: async () => createStoryRunner(miniJson), now: ticking(Date.parse('2026-03-12T12:00:00Z')), newId: () => 'x' });
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

  it('sets aside a save with a broken session, and one of an unknown version', () => {
    const broken = setup({ [WORKSHOPS_KEY]: JSON.stringify({ version: WORKSHOPS_VERSION, state: { sessions: { a: { id: 'a', name: 'x' } } } }) });
    expect(broken.store.getState().sessions).toEqual({});
    expect(broken.problems.map((p) => p.reason)).toEqual(['invalid']);
    const future = setup({ [WORKSHOPS_KEY]: JSON.stringify({ version: 99, state: { sessions: {} } }) });
    expect(future.problems.map((p) => p.reason)).toEqual(['unknown-version']);
  });

  it('removes a session', async () => {
    const { store, driver } = setup();
    const s = await driver.start({ name: 'Weg', caseId: 'mini', caseTitle: 'Mini', groups: [{ id: 'zaal', name: 'Zaal' }] });
    store.getState().remove(s.id);
    expect(store.getState().sessions).toEqual({});
  });
});
