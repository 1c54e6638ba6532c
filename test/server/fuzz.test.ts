/**
 * 1,200 malformed and hostile messages at a live room: wrong event names, wrong shapes, huge or
 * poisoned values, a stranger's token, votes for other decisions or while closed. Each one is
 * refused, the server keeps running, and the room is exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { CreateAck, JoinAck, TrainerView } from '../../src/live/protocol.ts';
import { startLiveServer, type LiveServer } from '../../src/server/live-server.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import { ask, client, connected, stageOf, tempDir } from './helpers.ts';

let server: LiveServer;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startLiveServer({ store: openSqliteStore(tempDir('fuzz')), staticDir: null, host: '127.0.0.1', port: 0, failedJoinsPer10Min: 100_000 });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await server.close();
});

/** A small seeded PRNG, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('hostile messages', () => {
  it('refuses 1,200 of them without a crash and without a change to the room', async () => {
    const trainer = client(server.url);
    const phone = client(server.url);
    const attacker = client(server.url);
    sockets.push(trainer, phone, attacker);
    await Promise.all([connected(trainer), connected(phone), connected(attacker)]);
    const created = await ask<CreateAck>(trainer, 'create', {});
    if (!created.ok) throw new Error(created.error);
    const { code, trainerToken } = created;
    await ask(trainer, 'stage', { code, trainerToken, stage: stageOf('n0', 'open') });
    const joined = await ask<JoinAck>(phone, 'join', { code, token: null });
    if (!joined.ok) throw new Error(joined.error);
    await ask(phone, 'vote', { code, token: joined.token, decisionId: 'n0', optionId: 'n0.b' });
    const before = await ask<{ ok: true; view: TrainerView }>(trainer, 'attach', { code, trainerToken });
    expect(before.view.phones).toEqual([0, 1, 0]);

    const r = rng(20261130);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const junk = (): unknown => pick([
      null, undefined, 0, -1, 1e308, NaN, true, '', 'x'.repeat(5000), [], [1, 2], {}, { __proto__: { ok: true } },
      JSON.parse('{"__proto__": {"polluted": 1}}'), { constructor: { prototype: { x: 1 } } }, '<script>alert(1)</script>',
      '\u0000\u0007', 'ZZZZZZ', code.toLowerCase(), `${code} `, { $gt: '' }, Array(50).fill({}),
    ]);
    const stranger = 'e'.repeat(32);
    const badTrainer = 'b'.repeat(64);
    const makers: Array<() => [string, unknown]> = [
      () => [pick(['hack', 'admin', 'eval', 'state', '__proto__', 'constructor', 'vote ', 'VOTE', '']), { code }],
      () => ['vote', junk()],
      () => ['vote', { code, token: joined.token, decisionId: 'n0', optionId: junk() }],
      () => ['vote', { code, token: joined.token, decisionId: junk(), optionId: 'n0.a' }],
      () => ['vote', { code, token: junk(), decisionId: 'n0', optionId: 'n0.a' }],
      () => ['vote', { code: junk(), token: joined.token, decisionId: 'n0', optionId: 'n0.a' }],
      () => ['vote', { code, token: stranger, decisionId: 'n0', optionId: 'n0.a' }],
      () => ['vote', { code, token: joined.token, decisionId: 'n0', optionId: `n0.${pick(['z', 'a/../b', 'A'])}` }],
      () => ['vote', { code, token: joined.token, decisionId: pick(['n1', 'n00', 'N0']), optionId: 'n0.a' }],
      () => ['vote', { code, token: joined.token, decisionId: 'n0', optionId: 'n0.a', extra: junk() ?? 0 }],
      () => ['stage', { code, trainerToken: badTrainer, stage: stageOf('n0', 'revealed') }],
      () => ['stage', { code, trainerToken, stage: { ...stageOf('n0', 'revealed'), hands: [1e9, 0, 0] } }],
      () => ['stage', { code, trainerToken, stage: { ...stageOf('n0', 'revealed'), options: [{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }], hands: [0, 0] } }],
      () => ['stage', { code, trainerToken, stage: { ...stageOf('n0', 'revealed'), lines: [{ speaker: null, text: 'y'.repeat(3000) }] } }],
      () => ['stage', { code, trainerToken, stage: { ...stageOf('n0', 'revealed'), phase: junk() } }],
      () => ['stage', { code, trainerToken, stage: junk() }],
      () => ['attach', { code, trainerToken: junk() }],
      () => ['attach', { code, trainerToken: badTrainer }],
      () => ['join', { code: junk(), token: null }],
      () => ['join', { code, token: pick(['NOTHEX'.repeat(6), 'A'.repeat(32), 5, '', 'e'.repeat(33), { $ne: null }]) }],
      () => ['watch', junk()],
      () => ['create', pick([null, 'room', [], { code }, { x: junk() }])],
    ];
    const N = 1200;
    const refusedBefore = server.stats.refused;
    const acceptedBefore = server.stats.accepted;
    const answers: Array<{ ok: boolean }> = [];
    for (let i = 0; i < N; i++) {
      const [event, payload] = pick(makers)();
      // a third go without an acknowledgement callback, or with extra arguments
      const style = i % 3;
      if (style === 0) {
        const a = await ask<{ ok: boolean }>(attacker, event, payload);
        if (a.ok) throw new Error(`accepted: ${event} ${JSON.stringify(payload)}`);
        answers.push(a);
      }
      else if (style === 1) attacker.emit(event, payload);
      else attacker.emit(event, payload, 'extra', () => {});
    }
    await ask(attacker, 'watch', { code }); // a round trip, so every message before it has been handled
    const refused = server.stats.refused - refusedBefore;
    const accepted = server.stats.accepted - acceptedBefore - 1;
    expect(answers.every((a) => a.ok === false)).toBe(true);
    expect(refused + accepted).toBe(N);
    expect(accepted).toBe(0);
    expect(attacker.connected).toBe(true);

    const after = await ask<{ ok: true; view: TrainerView }>(trainer, 'attach', { code, trainerToken });
    expect(after.view).toEqual(before.view);
    // the room still works
    expect((await ask<{ ok: boolean }>(phone, 'vote', { code, token: joined.token, decisionId: 'n0', optionId: 'n0.c' })).ok).toBe(true);
  });

  it('drops a message over the size limit by closing that connection only', async () => {
    const big = client(server.url, { reconnection: false });
    const other = client(server.url);
    sockets.push(big, other);
    await Promise.all([connected(big), connected(other)]);
    const gone = new Promise<string>((ok) => big.once('disconnect', ok));
    big.emit('vote', { code: 'ABCDEF', padding: 'p'.repeat(200_000) }, () => {});
    expect(await gone).toBe('transport close');
    expect((await ask<{ ok: boolean; error: string }>(other, 'watch', { code: 'ABCDEF' })).error).toBe('no-room');
  });
});
