/**
 * Rooms and votes in Redis, so several server processes share them. Every key of a room expires
 * with the room; the room's hash holds its change count `rev`, raised in the same script as each
 * write. Keys: np:room:<code> (hash), np:people:<code> (set), np:votes:<code>:<decision> (hash token → option).
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

/**
 * A write to a room, in one script: only while the room's hash is there (a write that comes just
 * after the room expired would otherwise make keys that never expire), a key it makes expiring
 * with the room, and the room's `rev` raised.
 * KEYS[1] the room, KEYS[2] the key written (or the room again); ARGV[1] 'stage' | 'person' | 'vote', then its values.
 */
const WRITE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local left = redis.call('PTTL', KEYS[1])
if ARGV[1] == 'stage' then
  redis.call('HSET', KEYS[1], 'stage', ARGV[2])
elseif ARGV[1] == 'person' then
  redis.call('SADD', KEYS[2], ARGV[2])
  if left > 0 then redis.call('PEXPIRE', KEYS[2], left) end
else
  redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
  if left > 0 then redis.call('PEXPIRE', KEYS[2], left) end
end
redis.call('HINCRBY', KEYS[1], 'rev', 1)
return 1
`;

export function redisStore(client: RedisClient): RoomStore {
  const write = (code: string, key: string, args: string[]) => client.eval(WRITE, { keys: [roomKey(code), key], arguments: args });
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
      await write(code, roomKey(code), ['stage', JSON.stringify(stage)]);
    },
    async addParticipant(code, token) {
      await write(code, peopleKey(code), ['person', token]);
    },
    async hasParticipant(code, token) {
      return Boolean(await client.sIsMember(peopleKey(code), token));
    },
    async participants(code) {
      return Number(await client.sCard(peopleKey(code)));
    },
    async putVote(code, decisionId, token, optionId) {
      await write(code, votesKey(code, decisionId), ['vote', token, optionId]);
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
