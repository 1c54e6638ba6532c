/**
 * Rooms and votes in SQLite (better-sqlite3) in WAL mode. Each write is committed before the
 * server acknowledges it; with WAL a killed process loses nothing that was committed.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Stage } from '../live/protocol.ts';
import type { RoomStore } from './store.ts';

export function openSqliteStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'rooms.sqlite'));
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a killed process (not a power cut), and keeps a vote under a millisecond
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (code TEXT PRIMARY KEY, trainer_hash TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, stage TEXT);
    CREATE TABLE IF NOT EXISTS participants (code TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE, token TEXT NOT NULL, PRIMARY KEY (code, token));
    CREATE TABLE IF NOT EXISTS votes (code TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE, decision TEXT NOT NULL, token TEXT NOT NULL, option TEXT NOT NULL, PRIMARY KEY (code, decision, token));
  `);
  // the change count came later: a data folder from before gets the column
  if (!(db.pragma('table_info(rooms)') as Array<{ name: string }>).some((c) => c.name === 'rev')) db.exec('ALTER TABLE rooms ADD COLUMN rev INTEGER NOT NULL DEFAULT 0');
  const q = {
    create: db.prepare('INSERT OR IGNORE INTO rooms (code, trainer_hash, created_at, expires_at, stage) VALUES (?, ?, ?, ?, ?)'),
    get: db.prepare<[string, number], { code: string; trainer_hash: string; created_at: number; expires_at: number; stage: string | null; rev: number }>('SELECT * FROM rooms WHERE code = ? AND expires_at > ?'),
    bump: db.prepare('UPDATE rooms SET rev = rev + 1 WHERE code = ?'),
    setStage: db.prepare('UPDATE rooms SET stage = ? WHERE code = ?'),
    addParticipant: db.prepare('INSERT OR IGNORE INTO participants (code, token) VALUES (?, ?)'),
    hasParticipant: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM participants WHERE code = ? AND token = ?'),
    participants: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM participants WHERE code = ?'),
    putVote: db.prepare('INSERT INTO votes (code, decision, token, option) VALUES (?, ?, ?, ?) ON CONFLICT (code, decision, token) DO UPDATE SET option = excluded.option'),
    voteOf: db.prepare<[string, string, string], { option: string }>('SELECT option FROM votes WHERE code = ? AND decision = ? AND token = ?'),
    votes: db.prepare<[string, string], { option: string }>('SELECT option FROM votes WHERE code = ? AND decision = ?'),
    sweep: db.prepare('DELETE FROM rooms WHERE expires_at <= ?'),
  };
  const setStage = db.transaction((code: string, stage: string) => {
    q.setStage.run(stage, code);
    q.bump.run(code);
  });
  const addParticipant = db.transaction((code: string, token: string) => {
    if (q.addParticipant.run(code, token).changes === 1) q.bump.run(code);
  });
  const putVote = db.transaction((code: string, decisionId: string, token: string, optionId: string) => {
    q.putVote.run(code, decisionId, token, optionId);
    q.bump.run(code);
  });
  return {
    async create(r) {
      return q.create.run(r.code, r.trainerHash, r.createdAt, r.expiresAt, r.stage === null ? null : JSON.stringify(r.stage)).changes === 1;
    },
    async get(code, now) {
      const row = q.get.get(code, now);
      if (!row) return null;
      return { code: row.code, trainerHash: row.trainer_hash, createdAt: row.created_at, expiresAt: row.expires_at, stage: row.stage === null ? null : (JSON.parse(row.stage) as Stage), rev: row.rev };
    },
    async setStage(code, stage) {
      setStage(code, JSON.stringify(stage));
    },
    async addParticipant(code, token) {
      addParticipant(code, token);
    },
    async hasParticipant(code, token) {
      return q.hasParticipant.get(code, token)!.n > 0;
    },
    async participants(code) {
      return q.participants.get(code)!.n;
    },
    async putVote(code, decisionId, token, optionId) {
      putVote(code, decisionId, token, optionId);
    },
    async voteOf(code, decisionId, token) {
      return q.voteOf.get(code, decisionId, token)?.option ?? null;
    },
    async votes(code, decisionId) {
      return q.votes.all(code, decisionId).map((r) => r.option);
    },
    async sweep(now) {
      return q.sweep.run(now).changes;
    },
    async close() {
      db.close();
    },
  };
}
