/**
 * Two server processes share rooms through one real Redis (Debian's redis-server on a random
 * port): the trainer's console is on B, the phones and the projector on A. A runs as `npm start`
 * runs it (the bundle, which loads the Redis code only now), B from source.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import type { Socket } from 'socket.io-client';
import { createPhoneClient, linkTrainer, watchRoom, type RoomKey } from '../../src/live/clients.ts';
import type { PublicView, TrainerView } from '../../src/live/protocol.ts';
import { connectRedis, redisStore } from '../../src/server/redis-store.ts';
import { BUNDLED, client, fakeDist, stageOf, startRedis, startServerProcess, until } from './helpers.ts';

const children: ChildProcess[] = [];
const sockets: Socket[] = [];
let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const c of children) c.kill('SIGKILL');
  await redis?.stop();
});

describe('two processes on one Redis', { timeout: 60_000 }, () => {
  it("raises the room's change count with each write, in the write's own script; keys made later expire with the room, and none is made after it expired", async () => {
    redis ??= await startRedis();
    const c = await connectRedis(redis.url);
    try {
      const store = redisStore(c);
      expect(await store.create({ code: 'ABCDEF', trainerHash: 'h', createdAt: 0, expiresAt: Date.now() + 60_000, stage: null, rev: 0 })).toBe(true);
      const rev = async () => (await store.get('ABCDEF', Date.now()))!.rev;
      expect(await rev()).toBe(0);
      await store.setStage('ABCDEF', stageOf('n0', 'open'));
      await store.addParticipant('ABCDEF', 'a'.repeat(32));
      await store.putVote('ABCDEF', 'n0', 'a'.repeat(32), 'n0.c');
      expect(await rev()).toBe(3);
      expect(await store.votes('ABCDEF', 'n0')).toEqual(['n0.c']);
      // the keys made after the room expire with it
      const roomLeft = await c.pTTL('np:room:ABCDEF');
      for (const key of ['np:people:ABCDEF', 'np:votes:ABCDEF:n0']) {
        const left = await c.pTTL(key);
        expect(left, key).toBeGreaterThan(0);
        expect(Math.abs(left - roomLeft), key).toBeLessThan(2000);
      }
      // writes that come just after the room expired make no key (it would never expire)
      await c.del('np:room:ABCDEF');
      await store.setStage('ABCDEF', stageOf('n1', 'open'));
      await store.addParticipant('ABCDEF', 'b'.repeat(32));
      await store.putVote('ABCDEF', 'n1', 'a'.repeat(32), 'n1.a');
      expect(await c.exists(['np:room:ABCDEF', 'np:votes:ABCDEF:n1'])).toBe(0);
      expect(Boolean(await c.sIsMember('np:people:ABCDEF', 'b'.repeat(32)))).toBe(false);
    } finally {
      await c.quit();
    }
  });

  it('shows votes cast on A to the trainer on B', async () => {
    redis ??= await startRedis();
    const dist = fakeDist();
    expect(spawnSync('npm', ['run', '-s', 'build:server'], { stdio: 'inherit' }).status).toBe(0);
    const [a, b] = await Promise.all([
      startServerProcess(['--port', '0', '--dist', dist], { REDIS_URL: redis.url }, BUNDLED),
      startServerProcess(['--port', '0', '--dist', dist], { REDIS_URL: redis.url }),
    ]);
    children.push(a.child, b.child);
    expect(a.url).not.toBe(b.url);

    let key: RoomKey | null = null;
    let view: TrainerView | null = null;
    const tSocket = client(b.url);
    sockets.push(tSocket);
    const trainer = linkTrainer(tSocket, null, { onKey: (k) => (key = k), onView: (v) => (view = v) });
    await until(() => key !== null, 10_000, 'room on B');
    trainer.stage(stageOf('n0', 'open', [0, 0, 4]));

    let projected: PublicView | null = null;
    const pSocket = client(a.url);
    sockets.push(pSocket);
    watchRoom(pSocket, key!.code, (v) => (projected = v));

    const phones = [0, 1, 2].map(() => {
      let token: string | null = null;
      const s = client(a.url);
      sockets.push(s);
      return createPhoneClient(s, key!.code, { get: () => token, set: (t) => (token = t) });
    });
    await until(() => phones.every((p) => p.state().view?.stage?.phase === 'open'), 10_000, 'phones on A see the open vote');
    phones[0]!.vote('n0.a');
    phones[1]!.vote('n0.a');
    phones[2]!.vote('n0.b');
    await until(() => JSON.stringify(view?.phones) === '[2,1,0]', 10_000, 'trainer on B sees the votes from A');
    expect(view!.participants).toBe(3);
    await until(() => projected?.voted === 7, 10_000, 'projector on A counts phones and hands');
    expect(projected!.counts).toBe(null);

    trainer.stage(stageOf('n0', 'revealed', [0, 0, 4]));
    await until(() => projected?.counts !== null, 10_000, 'reveal reaches A');
    expect(projected!.counts).toEqual([2, 1, 4]);
    expect(phones[2]!.state().myVote).toBe('n0.b');
  });
});
