/**
 * The live room end to end in Node: a real server on a random port with SQLite in a temp folder,
 * real socket.io clients for the console, the projector and the phones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Socket } from 'socket.io-client';
import type { CreateAck, JoinAck, PublicView, TrainerView, VoteAck, WatchAck } from '../../src/live/protocol.ts';
import { startLiveServer, type LiveServer } from '../../src/server/live-server.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import { ask, client, connected, fakeDist, stageOf, tempDir, until } from './helpers.ts';

let server: LiveServer;
const sockets: Socket[] = [];
const open = async (extra: Record<string, unknown> = {}) => {
  const s = client(server.url, extra);
  sockets.push(s);
  await connected(s);
  return s;
};

beforeAll(async () => {
  server = await startLiveServer({ store: openSqliteStore(tempDir('data')), staticDir: fakeDist(), host: '127.0.0.1', port: 0, publicEveryMs: 20, failedJoinsPer10Min: 5 });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await server.close();
});

describe("the room's change count", () => {
  it('rises with every write (stage, new participant, vote), also in a data folder made before it', async () => {
    const dir = tempDir('rev');
    const old = new Database(join(dir, 'rooms.sqlite'));
    old.exec(`CREATE TABLE rooms (code TEXT PRIMARY KEY, trainer_hash TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, stage TEXT);
      INSERT INTO rooms VALUES ('ABCDEF', 'h', 0, 10000, NULL);`);
    old.close();
    const store = openSqliteStore(dir);
    try {
      const check = new Database(join(dir, 'rooms.sqlite'), { readonly: true });
      expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
      check.close();
      const rev = async () => (await store.get('ABCDEF', 1))!.rev;
      expect(await rev()).toBe(0);
      await store.setStage('ABCDEF', stageOf('n0', 'open'));
      expect(await rev()).toBe(1);
      await store.addParticipant('ABCDEF', 'a'.repeat(32));
      expect(await rev()).toBe(2);
      await store.addParticipant('ABCDEF', 'a'.repeat(32)); // the same phone again: no change
      expect(await rev()).toBe(2);
      await store.putVote('ABCDEF', 'n0', 'a'.repeat(32), 'n0.b');
      expect(await rev()).toBe(3);
      expect(await store.votes('ABCDEF', 'n0')).toEqual(['n0.b']);
    } finally {
      await store.close();
    }
  });

  it('comes with every view, so a screen can tell the newest', async () => {
    const trainer = await open();
    const created = await ask<CreateAck>(trainer, 'create', {});
    if (!created.ok) throw new Error(created.error);
    expect(created.view.rev).toBe(0);
    const { code, trainerToken } = created;
    await ask(trainer, 'stage', { code, trainerToken, stage: stageOf('n0', 'open') });
    const phone = await open();
    const joined = await ask<JoinAck>(phone, 'join', { code, token: null });
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.view.rev).toBe(2); // the stage and this phone
    const later: PublicView[] = [];
    phone.on('state', (v: PublicView) => later.push(v));
    await ask(phone, 'vote', { code, token: joined.token, decisionId: 'n0', optionId: 'n0.a' });
    await until(() => later.some((v) => v.voted === 1), 5000, 'the vote pushed');
    expect(later.find((v) => v.voted === 1)!.rev).toBe(3);
  });
});

describe('live room', () => {
  it('counts one vote per phone per decision, shows the distribution only after the reveal', async () => {
    const trainer = await open();
    const created = await ask<CreateAck>(trainer, 'create', {});
    if (!created.ok) throw new Error(created.error);
    expect(created.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(created.trainerToken).toMatch(/^[a-f0-9]{64}$/);
    const { code, trainerToken } = created;
    const trainerViews: TrainerView[] = [];
    trainer.on('state', (v: TrainerView) => trainerViews.push(v));
    expect((await ask<{ ok: boolean }>(trainer, 'stage', { code, trainerToken, stage: stageOf('n0', 'open', [2, 0, 1]) })).ok).toBe(true);

    const projector = await open();
    const publicViews: PublicView[] = [];
    projector.on('state', (v: PublicView) => publicViews.push(v));
    const watched = await ask<WatchAck>(projector, 'watch', { code });
    expect(watched.ok && watched.view.counts).toBe(null);

    const phones = await Promise.all([open(), open(), open()]);
    const tokens: string[] = [];
    for (const p of phones) {
      const j = await ask<JoinAck>(p, 'join', { code, token: null });
      if (!j.ok) throw new Error(j.error);
      expect(j.view.stage?.options.map((o) => o.id)).toEqual(['n0.a', 'n0.b', 'n0.c']);
      expect('hands' in j.view.stage!).toBe(false);
      tokens.push(j.token);
    }
    expect(new Set(tokens).size).toBe(3);
    const vote = (i: number, optionId: string, decisionId = 'n0') => ask<VoteAck>(phones[i]!, 'vote', { code, token: tokens[i], decisionId, optionId });

    expect(await vote(0, 'n0.a')).toEqual({ ok: true, decisionId: 'n0', optionId: 'n0.a' });
    expect((await vote(1, 'n0.b')).ok).toBe(true);
    expect((await vote(2, 'n0.b')).ok).toBe(true);
    // a retried vote counts once; a changed vote moves
    expect((await vote(2, 'n0.b')).ok).toBe(true);
    expect((await vote(1, 'n0.c')).ok).toBe(true);
    await until(() => JSON.stringify(trainerViews.at(-1)?.phones) === '[1,1,1]', 5000, 'trainer counts');
    expect(trainerViews.at(-1)!.participants).toBe(3);
    // the room sees how many voted (3 phones + 3 by hand), not how
    await until(() => publicViews.at(-1)?.voted === 6, 5000, 'public count');
    expect(publicViews.every((v) => v.counts === null)).toBe(true);

    // an unknown option, another decision, a token of no one: refused, nothing counted
    expect(await vote(0, 'n0.z')).toEqual({ ok: false, error: 'unknown-option' });
    expect(await vote(0, 'n9.a', 'n9')).toEqual({ ok: false, error: 'other-decision' });
    expect(await ask<VoteAck>(phones[0]!, 'vote', { code, token: 'f'.repeat(32), decisionId: 'n0', optionId: 'n0.a' })).toEqual({ ok: false, error: 'unknown-token' });

    // closed: no more votes or changes; revealed: the distribution, phones plus hands
    await ask(trainer, 'stage', { code, trainerToken, stage: stageOf('n0', 'closed', [2, 0, 1]) });
    expect(await vote(0, 'n0.b')).toEqual({ ok: false, error: 'not-open' });
    await ask(trainer, 'stage', { code, trainerToken, stage: stageOf('n0', 'revealed', [2, 0, 1]) });
    await until(() => publicViews.at(-1)?.counts !== null, 5000, 'reveal');
    expect(publicViews.at(-1)!.counts).toEqual([3, 1, 2]);

    // a phone that comes back with its token keeps its vote; the projector never got the trainer's secret
    const back = await open();
    const rejoined = await ask<JoinAck>(back, 'join', { code, token: tokens[1] });
    expect(rejoined.ok && rejoined.token).toBe(tokens[1]);
    expect(rejoined.ok && rejoined.myVote).toBe('n0.c');
    expect(JSON.stringify(publicViews)).not.toContain(trainerToken);
  });

  it('lets only the trainer drive the room, and tells nobody else which room codes exist', async () => {
    const trainer = await open();
    const created = await ask<CreateAck>(trainer, 'create', {});
    if (!created.ok) throw new Error(created.error);
    const intruder = await open();
    const wrong = 'a'.repeat(64);
    const unknown = created.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    // the same answer for a room that is there as for one that is not: a code cannot be found by trying
    for (const code of [created.code, unknown]) {
      expect(await ask(intruder, 'attach', { code, trainerToken: wrong }), code).toEqual({ ok: false, error: 'no-room' });
      expect(await ask(intruder, 'stage', { code, trainerToken: wrong, stage: stageOf('n0', 'open') }), code).toEqual({ ok: false, error: 'no-room' });
      expect(await ask(intruder, 'vote', { code, token: 'f'.repeat(32), decisionId: 'n0', optionId: 'n0.a' }), code).toEqual({ ok: false, error: 'unknown-token' });
    }
    const again = await open();
    const attached = await ask<{ ok: boolean; view?: TrainerView }>(again, 'attach', { code: created.code, trainerToken: created.trainerToken });
    expect(attached.ok).toBe(true);
    expect(attached.view?.stage).toBe(null);
  });

  it('one connection is one participant: joining again without a token adds no voter, and votes are limited per connection', async () => {
    const trainer = await open();
    const created = await ask<CreateAck>(trainer, 'create', {});
    if (!created.ok) throw new Error(created.error);
    const { code, trainerToken } = created;
    await ask(trainer, 'stage', { code, trainerToken, stage: stageOf('n0', 'open') });
    const views: TrainerView[] = [];
    trainer.on('state', (v: TrainerView) => views.push(v));
    const phone = await open();
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) {
      // without a token, or with one made up
      const j = await ask<JoinAck>(phone, 'join', { code, token: i % 2 ? null : `${i}`.repeat(32) });
      if (!j.ok) throw new Error(j.error);
      tokens.add(j.token);
      expect((await ask<VoteAck>(phone, 'vote', { code, token: j.token, decisionId: 'n0', optionId: 'n0.c' })).ok).toBe(true);
    }
    expect(tokens.size).toBe(1);
    await until(() => views.at(-1)?.phones[2] === 1, 5000, 'one vote');
    expect(views.at(-1)!.participants).toBe(1);
    // a phone that changes its mind is fine; thousands of votes a minute are not taken
    const [token] = [...tokens];
    const answers: VoteAck[] = [];
    for (let i = 0; i < 70; i++) answers.push(await ask<VoteAck>(phone, 'vote', { code, token, decisionId: 'n0', optionId: i % 2 ? 'n0.a' : 'n0.b' }));
    expect(answers.filter((a) => a.ok).length).toBeLessThan(70);
    expect(answers.at(-1)).toEqual({ ok: false, error: 'rate-limited' });
  });

  it('holds one participant to a phone\'s pace over many connections', async () => {
    const trainer = await open();
    const created = await ask<CreateAck>(trainer, 'create', {});
    if (!created.ok) throw new Error(created.error);
    const { code, trainerToken } = created;
    await ask(trainer, 'stage', { code, trainerToken, stage: stageOf('n0', 'open') });
    const first = await open();
    const j = await ask<JoinAck>(first, 'join', { code, token: null });
    if (!j.ok) throw new Error(j.error);
    expect((await ask<VoteAck>(first, 'vote', { code, token: j.token, decisionId: 'n0', optionId: 'n0.a' })).ok).toBe(true);
    // ten fresh connections, each under its own limit, all with that one token
    const answers: VoteAck[] = [];
    for (let c = 0; c < 10; c++) {
      const s = await open();
      for (let i = 0; i < 10; i++) answers.push(await ask<VoteAck>(s, 'vote', { code, token: j.token, decisionId: 'n0', optionId: i % 2 ? 'n0.a' : 'n0.b' }));
    }
    expect(answers.filter((a) => a.ok).length).toBeLessThanOrEqual(60);
    expect(answers.at(-1)).toEqual({ ok: false, error: 'rate-limited' });
  });

  it('limits wrong room codes per address, then refuses even a right one', async () => {
    const trainer = await open();
    const created = await ask<CreateAck>(trainer, 'create', {});
    if (!created.ok) throw new Error(created.error);
    const guesser = await open();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await ask<JoinAck>(guesser, 'join', { code: 'ZZZZZ' + 'ABCDE'[i], token: null }));
    expect(answers.map((a) => !a.ok && a.error)).toEqual(Array(5).fill('no-room'));
    expect(await ask(guesser, 'join', { code: created.code, token: null })).toEqual({ ok: false, error: 'rate-limited' });
    expect(await ask(guesser, 'watch', { code: created.code })).toEqual({ ok: false, error: 'rate-limited' });
  });

  it('accepts its own origin only', async () => {
    const foreign = client(server.url, { extraHeaders: { Origin: 'http://evil.example' } });
    sockets.push(foreign);
    const error = await new Promise<Error>((ok) => foreign.once('connect_error', ok));
    expect(error.message).toMatch(/websocket error|xhr poll error|Forbidden|Unexpected server response/i);
    expect(foreign.connected).toBe(false);
    const own = client(server.url, { extraHeaders: { Origin: server.url.slice(0, -1) } });
    sockets.push(own);
    await connected(own);
    expect(own.connected).toBe(true);
  });

  it('serves the game and the short addresses, nothing outside its folder', async () => {
    const get = (path: string) => fetch(new URL(path, server.url));
    expect((await get('/')).status).toBe(200);
    expect(await (await get('/api/live')).json()).toEqual({ live: true, joinBase: server.url.slice(0, -1) });
    expect((await get('/..%2f..%2fetc/passwd')).status).toBe(404);
    expect((await get('/join')).status).toBe(404); // the fake build has no phone page
    // an address that does not decode is refused, and the server goes on serving
    expect((await get('/%E0')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it('sends text files gzipped to a browser that accepts it, and plain to one that does not', async () => {
    const raw = (encoding: string | null) => new Promise<{ headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
      const req = request(new URL('/', server.url), { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(parts) }));
      });
      req.on('error', fail);
      req.end();
    });
    const page = '<!doctype html><title>Niet Pluis</title>';
    const zipped = await raw('gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    const plain = await raw(null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });
});

describe('room expiry', () => {
  it('forgets a room after its time: no trainer, no phone, no projector gets in', async () => {
    let now = Date.parse('2026-11-30T09:00:00Z');
    const store = openSqliteStore(tempDir('expiry'));
    const short = await startLiveServer({ store, staticDir: null, host: '127.0.0.1', port: 0, now: () => now, roomTtlMs: 60_000 });
    const s = client(short.url);
    try {
      await connected(s);
      const created = await ask<CreateAck>(s, 'create', {});
      if (!created.ok) throw new Error(created.error);
      expect((await ask<{ ok: boolean }>(s, 'attach', { code: created.code, trainerToken: created.trainerToken })).ok).toBe(true);
      now += 61_000;
      expect(await ask(s, 'attach', { code: created.code, trainerToken: created.trainerToken })).toEqual({ ok: false, error: 'no-room' });
      expect(await ask(s, 'join', { code: created.code, token: null })).toEqual({ ok: false, error: 'no-room' });
      expect(await ask(s, 'watch', { code: created.code })).toEqual({ ok: false, error: 'no-room' });
      // and the sweep removes it from the store
      expect(await store.sweep(now)).toBe(1);
    } finally {
      s.disconnect();
      await short.close();
    }
  });
});
