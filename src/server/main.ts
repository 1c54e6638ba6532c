/**
 * `npm start`: the built game and the live room from one process, on loopback; `--lan` (or
 * NP_LAN=1) listens on the local network too and prints the address for phones.
 * Options: --port N (PORT, default 8080), --data DIR (NP_DATA, default data/), --dist DIR,
 * REDIS_URL=redis://… to keep rooms in Redis and share them with other processes.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openSqliteStore } from './sqlite-store.ts';
import { startLiveServer } from './live-server.ts';
import { lanAddress } from './lan.ts';
import type { RoomStore } from './store.ts';

const { values } = parseArgs({
  options: {
    lan: { type: 'boolean', default: process.env.NP_LAN === '1' },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    data: { type: 'string', default: process.env.NP_DATA ?? 'data' },
    dist: { type: 'string', default: 'dist' },
  },
});

async function main() {
  if (!existsSync(values.dist)) throw new Error(`No built game in ${values.dist}/: run npm run build (npm start does it)`);
  const port = Number(values.port);
  let store: RoomStore;
  let adapter;
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    // loaded only with Redis: the client is half the server's code, and a restart is faster without it
    const [{ createAdapter }, { connectRedis, redisStore }] = await Promise.all([import('@socket.io/redis-streams-adapter'), import('./redis-store.ts')]);
    const client = await connectRedis(redisUrl);
    store = redisStore(client);
    // the adapter is typed for an older client; it works with this one (the two-process test shows it)
    adapter = createAdapter(client as unknown as Parameters<typeof createAdapter>[0]);
  } else {
    store = openSqliteStore(values.data);
  }
  const lan = values.lan ? lanAddress() : null;
  const server = await startLiveServer({
    store,
    staticDir: values.dist,
    host: values.lan ? '0.0.0.0' : '127.0.0.1',
    port,
    lanHost: lan,
    ...(adapter ? { adapter } : {}),
  });
  const local = `http://127.0.0.1:${server.port}/`;
  console.log(`Niet Pluis: ${local}`);
  console.log(`Trainer (workshop console): ${local}#workshops`);
  if (values.lan) console.log(lan ? `Deelnemers / participants (phones): http://${lan}:${server.port}/join.html` : 'No local network address found: phones cannot join.');
  console.log(`Rooms and votes: ${redisUrl ? 'Redis' : `${values.data}/rooms.sqlite`}`);
  const stop = () => void server.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
