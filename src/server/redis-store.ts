/**
 * Rooms and votes in Redis, so several server processes share them. Every key of a room expires
 * with the room; the room's hash holds its change count `rev`, raised in the same transaction as
 * each write. Keys: np:room:<code> (hash), np:people:<code> (set), np:votes:<code>:<decision> (hash token → option).
 */
import { createClient } from 'redis';
import type { Stage } from '../live/protocol.ts';
import type { RoomStore } from './store.ts';

const makeClient = (url: string) => createClient({ url });
export type RedisClient = ReturnType<typeof makeClient>;

/** A connected client for a Redis URL (the store and the socket.io adapter share it). */
export async function connectRedis(url: string): Promise<RedisClient> {
  const client = makeClient(url);
  client.on('error', () => {}); // it reconnects by itself; a failed command is refused to its sender
  await client.connect();
  return client;
}

const roomKey = (code: string) => `np:room:${code}`;
const peopleKey = (code: string) => `np:people:${code}`;
const votesKey = (code: string, decision: string) => `np:votes:${code}:${decision}`;

export function redisStore(client: RedisClient): RoomStore {
  /** Seconds until the room expires, to set on keys made after the room. */
  const ttlOf = async (code: string) => Math.max(1, Number(await client.ttl(roomKey(code))));
  return {
    async create(r) {
      const made = await client.hSetNX(roomKey(r.code), 'trainerHash', r.trainerHash);
      if (!made) return false;
      await client.hSet(roomKey(r.code), { createdAt: String(r.createdAt), expiresAt: String(r.expiresAt), stage: r.stage === null ? '' : JSON.stringify(r.stage), rev: String(r.rev) });
      await client.pExpireAt(roomKey(r.code), r.expiresAt);
      return true;
    },
    async get(code, now) {
      const h = await client.hGetAll(roomKey(code));
      if (!h.trainerHash || !h.expiresAt || Number(h.expiresAt) <= now) return null;
      return { code, trainerHash: h.trainerHash, createdAt: Number(h.createdAt), expiresAt: Number(h.expiresAt), stage: h.stage ? (JSON.parse(h.stage) as Stage) : null, rev: Number(h.rev ?? 0) };
    },
    async setStage(code, stage) {
      await client.multi().hSet(roomKey(code), 'stage', JSON.stringify(stage)).hIncrBy(roomKey(code), 'rev', 1).exec();
    },
    async addParticipant(code, token) {
      const ttl = await ttlOf(code);
      await client.multi().sAdd(peopleKey(code), token).expire(peopleKey(code), ttl).hIncrBy(roomKey(code), 'rev', 1).exec();
    },
    async hasParticipant(code, token) {
      return Boolean(await client.sIsMember(peopleKey(code), token));
    },
    async participants(code) {
      return Number(await client.sCard(peopleKey(code)));
    },
    async putVote(code, decisionId, token, optionId) {
      const ttl = await ttlOf(code);
      await client.multi().hSet(votesKey(code, decisionId), token, optionId).expire(votesKey(code, decisionId), ttl).hIncrBy(roomKey(code), 'rev', 1).exec();
    },
    async voteOf(code, decisionId, token) {
      return (await client.hGet(votesKey(code, decisionId), token)) ?? null;
    },
    async votes(code, decisionId) {
      return client.hVals(votesKey(code, decisionId));
    },
    async sweep() {
      return 0; // Redis expires the keys itself
    },
    async close() {},
  };
}
