import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/state/persistence.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportSessions, mergeSessions, parseExport } from '../../src/workshop/export.ts';
import { createWorkshopStore, WORKSHOPS_KEY } from '../../src/workshop/store.ts';
import type { WorkshopSession } from '../../src/workshop/types.ts';
import { playPath, TABLES, ROOM } from './helpers.ts';

const now = new Date('2026-03-12T15:00:00Z');
const a = playPath('a', TABLES, [
  { votes: [[3, 1, 0], [2, 2, 1], [0, 4, 0]], choice: 1 },
  { votes: [[4, 0, 0], [1, 3, 1], [2, 2, 0]], choice: 0 },
]).session;
const b = playPath('b', ROOM, [{ votes: [[10, 5, 1]], choice: 0 }]).session;

const fileWith = (patch: (f: Record<string, any>) => void) => {
  const f = JSON.parse(exportSessions([a, b], now));
  patch(f);
  return JSON.stringify(f);
};

describe('workshop export and import', () => {
  it('writes a versioned file with a format name', () => {
    const file = JSON.parse(exportSessions([a], now));
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString() });
    expect(file.sessions).toHaveLength(1);
  });

  it('round-trips: what is imported equals what was exported, ink states included', () => {
    const parsed = parseExport(exportSessions([a, b], now));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.sessions).toEqual([a, b]);
    const store = createWorkshopStore(memoryStorage(), () => {});
    expect(store.getState().importFile(exportSessions([a, b], now))).toEqual({ ok: true, report: { added: 2, updated: 0, unchanged: 0 } });
    expect(store.getState().sessions).toEqual({ a, b });
    // exporting again from the other device gives the same sessions
    expect(parseExport(exportSessions(Object.values(store.getState().sessions), now))).toEqual({ ok: true, sessions: [a, b] });
  });

  it('an import the browser refuses to store says so, and leaves what is stored as it was', () => {
    const storage = memoryStorage();
    const store = createWorkshopStore(storage, () => {});
    store.getState().importFile(exportSessions([b], now));
    const full = { ...storage, setItem: () => { throw new Error('QuotaExceededError'); } };
    const refusing = createWorkshopStore(full, () => {});
    expect(refusing.getState().importFile(exportSessions([a], now))).toMatchObject({ ok: false, problem: { code: 'not-stored' } });
    expect(Object.keys(JSON.parse(storage.getItem(WORKSHOPS_KEY)!).state.sessions)).toEqual(['b']);
  });

  it('reads a file with a byte order mark', () => {
    expect(parseExport('\uFEFF' + exportSessions([b], now)).ok).toBe(true);
  });

  const bad: Array<[string, string, string, RegExp]> = [
    ['an empty file', '  ', 'empty', /empty/],
    ['a file that is not JSON', '{"format": "niet-pluis.workshop-sessions", "version": 1, "sessions": [', 'not-json', /JSON|Unexpected|Expected/],
    ['a CSV file', 'sessie_id,sessie\r\na,b\r\n', 'not-json', /./],
    ['a file of another program', JSON.stringify({ format: 'something-else', version: 1, sessions: [] }), 'wrong-format', /niet-pluis\.workshop-sessions/],
    ['a progress save of this game', JSON.stringify({ state: { active: null, results: {} }, version: 1 }), 'wrong-format', /format/],
    ['a file of a newer version', fileWith((f) => (f.version = 3)), 'wrong-version', /version 3/],
    ['a file of version 0', fileWith((f) => (f.version = 0)), 'wrong-version', /version 0/],
    ['a version as text', fileWith((f) => (f.version = '1')), 'wrong-version', /version 1/],
    ['no sessions', fileWith((f) => (f.sessions = [])), 'invalid', /no sessions/],
    ['sessions not a list', fileWith((f) => (f.sessions = {})), 'invalid', /^sessions: must be a list$/],
    ['a session without a name', fileWith((f) => delete f.sessions[1].name), 'invalid', /^session 2, name: is missing$/],
    ['negative votes', fileWith((f) => (f.sessions[0].nodes.n0.votes.t1 = [-1, 0, 0])), 'invalid', /vote count must not be negative/],
    ['votes of an unknown table', fileWith((f) => (f.sessions[0].nodes.n0.votes.t9 = [1, 0, 0])), 'invalid', /unknown group "t9"/],
    ['a choice that is not an option', fileWith((f) => (f.sessions[0].nodes.n0.taken = 9)), 'invalid', /not one of its options/],
    ['an unknown principle', fileWith((f) => (f.sessions[0].nodes.n0.options[0].assessment.scores.geluk = 2)), 'invalid', /scores\.geluk: must be a principle the game knows/],
    ['an unknown source', fileWith((f) => (f.sessions[0].nodes.n0.options[0].assessment.sources = [{ kind: 'vrk', article: 99 }])), 'invalid', /must be an article of the CRC the game knows/],
    ['a missing previous decision', fileWith((f) => (f.sessions[0].nodes.n1.parent = 'n42')), 'invalid', /previous decision is missing/],
    ['a loop', fileWith((f) => { f.sessions[0].nodes.n0.parent = 'n1'; f.sessions[0].nodes.n0.parentChoice = 0; }), 'invalid', /./],
    ['a cursor nowhere', fileWith((f) => (f.sessions[0].cursor = { node: 'n77', showing: null })), 'invalid', /current position/],
    ['the same session twice', fileWith((f) => (f.sessions[1] = f.sessions[0])), 'invalid', /twice/],
  ];

  for (const [what, text, code, detail] of bad) {
    it(`refuses ${what} with a clear reason and changes nothing`, () => {
      const result = parseExport(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem.code).toBe(code);
      expect(result.problem.detail).toMatch(detail);

      const storage = memoryStorage();
      const store = createWorkshopStore(storage, () => {});
      store.getState().put(b);
      const before = store.getState().sessions;
      const saved = storage.getItem(WORKSHOPS_KEY);
      expect(store.getState().importFile(text)).toEqual({ ok: false, problem: result.problem });
      expect(store.getState().sessions).toBe(before);
      expect(storage.getItem(WORKSHOPS_KEY)).toBe(saved);
    });
  }

  it('keeps the newer copy when a session is already on the device', () => {
    const older: WorkshopSession = { ...a, name: 'oud', updatedAt: '2026-01-01T00:00:00.000Z' };
    const newer: WorkshopSession = { ...a, name: 'nieuw', updatedAt: '2026-06-01T00:00:00.000Z' };
    expect(mergeSessions({ a: older }, [newer])).toMatchObject({ sessions: { a: { name: 'nieuw' } }, report: { added: 0, updated: 1, unchanged: 0 } });
    expect(mergeSessions({ a: newer }, [older, b])).toMatchObject({ sessions: { a: { name: 'nieuw' }, b: { id: 'b' } }, report: { added: 1, updated: 0, unchanged: 1 } });
  });
});
