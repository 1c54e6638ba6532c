/**
 * The server is killed with SIGKILL while phones are voting, and started again on the same port
 * and data folder. Every vote it had acknowledged is still counted, the phones reconnect with
 * their tokens and send what was not yet acknowledged, and the session goes on to the reveal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'socket.io-client';
import { createPhoneClient, linkTrainer, type PhoneClient, type RoomKey } from '../../src/live/clients.ts';
import type { TrainerView } from '../../src/live/protocol.ts';
import { client, fakeDist, freePort, stageOf, startServerProcess, tempDir, until } from './helpers.ts';

const children: ChildProcess[] = [];
const sockets: Socket[] = [];
afterAll(() => {
  for (const s of sockets) s.disconnect();
  for (const c of children) c.kill('SIGKILL');
});

describe('a server killed mid-vote', { timeout: 60_000 }, () => {
  it('loses no acknowledged vote and carries on', async () => {
    const data = tempDir('fault');
    const port = await freePort();
    const args = ['--port', String(port), '--data', data, '--dist', fakeDist()];
    const first = await startServerProcess(args);
    children.push(first.child);

    let key: RoomKey | null = null;
    let view: TrainerView | null = null;
    const trainerSocket = client(first.url);
    sockets.push(trainerSocket);
    const trainer = linkTrainer(trainerSocket, null, { onKey: (k) => (key = k), onView: (v) => (view = v) });
    await until(() => key !== null, 10_000, 'room');
    trainer.stage(stageOf('n0', 'open'));
    await until(() => view?.stage?.phase === 'open', 10_000, 'stage');

    // 40 phones; each remembers its token like a phone's localStorage
    const phones: PhoneClient[] = [];
    for (let i = 0; i < 40; i++) {
      let token: string | null = null;
      const s = client(first.url);
      sockets.push(s);
      phones.push(createPhoneClient(s, key!.code, { get: () => token, set: (t) => (token = t) }));
    }
    await until(() => phones.every((p) => p.state().status === 'joined'), 15_000, 'phones joined');

    // every phone votes; the server is killed while the votes are on their way
    const choice = (i: number) => `n0.${'abc'[i % 3]}`;
    phones.forEach((p, i) => p.vote(choice(i)));
    await until(() => phones.filter((p) => p.state().myVote !== null).length >= 5, 10_000, 'first acknowledgements');
    first.child.kill('SIGKILL');
    await new Promise((ok) => first.child.once('exit', ok));
    const ackedBeforeKill = phones.flatMap((p, i) => (p.state().myVote ? [i] : []));
    expect(ackedBeforeKill.length).toBeGreaterThanOrEqual(5);

    // every vote acknowledged before the kill is in the database the killed process left
    const db = new Database(join(data, 'rooms.sqlite'), { readonly: true });
    const stored = db.prepare('SELECT token, option FROM votes WHERE code = ? AND decision = ?').all(key!.code, 'n0') as Array<{ token: string; option: string }>;
    // and that is all it keeps: random tokens and votes, nothing about a person (no address, no browser)
    const columns = (table: string) => (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => (r as { name: string }).name)).toEqual(['participants', 'rooms', 'votes']);
    expect(columns('rooms')).toEqual(['code', 'trainer_hash', 'created_at', 'expires_at', 'stage', 'rev']);
    expect(columns('participants')).toEqual(['code', 'token']);
    expect(columns('votes')).toEqual(['code', 'decision', 'token', 'option']);
    db.close();
    expect(stored.length).toBeGreaterThanOrEqual(ackedBeforeKill.length);
    expect(new Set(stored.map((r) => r.option))).toEqual(new Set(ackedBeforeKill.map(choice)));

    // the same server comes back; phones and console reconnect by themselves
    const second = await startServerProcess(args);
    children.push(second.child);
    await until(() => phones.every((p) => p.state().myVote !== null), 20_000, 'all votes acknowledged after the restart');
    await until(() => view !== null && view.phones.reduce((a, b) => a + b, 0) === 40, 10_000, 'all 40 votes counted');
    expect(view!.phones).toEqual([14, 13, 13]);
    expect(view!.participants).toBe(40);

    // and the session goes on: close, reveal, the phones see the distribution
    trainer.stage(stageOf('n0', 'revealed'));
    await until(() => phones.every((p) => p.state().view?.counts !== null), 10_000, 'reveal on the phones');
    expect(phones[0]!.state().view!.counts).toEqual([14, 13, 13]);

    // nothing about the phones was logged: the server printed its start lines and nothing else
    for (const run of [first, second]) {
      const lines = run.output().trim().split('\n');
      expect(lines.map((l) => l.split(':')[0])).toEqual(['Niet Pluis', 'Trainer (workshop console)', 'Rooms and votes']);
    }
  });
});
