/**
 * One Node server for a workshop: it serves the built game (console, projector page, phone page)
 * and runs the live room over socket.io. Rooms and votes sit in a RoomStore; a vote is stored
 * before it is acknowledged. Every message is parsed by its schema first; a message that does not
 * parse, or is not allowed, is refused with a reason and changes nothing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Server, type Socket } from 'socket.io';
import { isMessageName, MAX_MESSAGE_BYTES, parseMessage, type Ack, type Message, type MessageName, type Refusal } from '../live/protocol.ts';
import { createRateLimiter } from '../live/rate-limit.ts';
import { publicView, ROOM_TTL_MS, roomCode, tally, trainerView, voteRefusal, type StoredRoom } from '../live/room.ts';
import type { RoomStore } from './store.ts';

export type LiveServerOptions = {
  readonly store: RoomStore;
  /** The built game (dist/), or null to run the live room alone. */
  readonly staticDir: string | null;
  readonly host: string;
  readonly port: number;
  /** The host phones reach this server on, e.g. 192.168.1.20 (default: the one it listens on). */
  readonly lanHost?: string | null;
  /** A socket.io adapter shared by several processes (Redis Streams). */
  readonly adapter?: Parameters<Server['adapter']>[0];
  readonly now?: () => number;
  readonly roomTtlMs?: number;
  /** Join attempts per address per minute, and failed ones (a wrong code) per address per ten minutes. */
  readonly joinsPerMinute?: number;
  readonly failedJoinsPer10Min?: number;
  /** Votes per connection per minute (default 60). */
  readonly votesPerMinute?: number;
  /** How often at most the room's screens get the running count while votes come in. */
  readonly publicEveryMs?: number;
};

export type LiveServer = {
  readonly port: number;
  readonly url: string;
  /** Messages refused and accepted since start (for tests and the benchmark). */
  readonly stats: { refused: number; accepted: number };
  close(): Promise<void>;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.woff2': 'font/woff2',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};
/** Short addresses for the pages: /join for phones, /projector for the room's screen. */
const PAGES: Record<string, string> = { '/': 'index.html', '/join': 'join.html', '/projector': 'projector.html' };

/** Text files go out gzipped to a browser that accepts it: a phone on the venue's Wi-Fi loads a third. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/** Gzipped files by path, size and time, so each is compressed once per build. */
const gzipped = new Map<string, Buffer>();
function gzipOf(file: string, size: number, mtimeMs: number): Buffer {
  const key = `${file}|${size}|${mtimeMs}`;
  let body = gzipped.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: 9 });
    if (gzipped.size > 500) gzipped.clear();
    gzipped.set(key, body);
  }
  return body;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startLiveServer(o: LiveServerOptions): Promise<LiveServer> {
  const now = o.now ?? Date.now;
  const store = o.store;
  const stats = { refused: 0, accepted: 0 };
  const joins = createRateLimiter(o.joinsPerMinute ?? 3000, 60_000, now);
  const failures = createRateLimiter(o.failedJoinsPer10Min ?? 20, 600_000, now);
  const creates = createRateLimiter(30, 600_000, now);
  // votes per connection: a phone changes its mind a few times a decision, a script thousands of
  // times a minute (each vote is pushed to the trainer, and kept a while for reconnects)
  const votes = createRateLimiter(o.votesPerMinute ?? 60, 60_000, now);
  // and per participant: a connection is free to open, so a flood over many connections with one
  // token is held to one phone's pace
  const votesByToken = createRateLimiter(o.votesPerMinute ?? 60, 60_000, now);
  let joinBase: string | null = null;

  // a request the server cannot make sense of is refused; it never takes the rooms down with it
  const http = createServer((req, res) => {
    try {
      serve(req, res);
    } catch {
      if (res.headersSent) res.destroy();
      else res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
    }
  });
  function serve(req: IncomingMessage, res: ServerResponse) {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/api/live') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return void res.end(JSON.stringify({ live: true, joinBase }));
    }
    if (!o.staticDir) return void res.writeHead(404).end();
    const root = resolve(o.staticDir);
    const file = resolve(join(root, normalize(PAGES[path] ?? path)));
    if (!file.startsWith(root + sep) || !existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const info = statSync(file);
    if (!info.isFile()) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (COMPRESSIBLE.has(extname(file))) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = gzipOf(file, info.size, info.mtimeMs);
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
        return void res.end(req.method === 'HEAD' ? undefined : body);
      }
    }
    res.writeHead(200, { ...headers, 'Content-Length': String(info.size) });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  }

  const io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // (no connection state recovery: every screen joins again on a reconnect and is sent the whole
    // view, and recovery would keep every message to a room in memory for minutes, a flood's too)
    // own origin only: a browser always names the page's origin; other clients (the tests) name none
    allowRequest: (req, done) => {
      const origin = req.headers.origin;
      if (!origin) return done(null, true);
      try {
        done(null, new URL(origin).host === req.headers.host);
      } catch {
        done(null, false);
      }
    },
    ...(o.adapter ? { adapter: o.adapter } : {}),
  });

  // trainer screens get every change at once (one push at a time per room, the next one carrying
  // whatever came in meanwhile); the room's screens get the running count at most every publicEveryMs
  const pushing = new Map<string, { again: boolean; withPublic: boolean }>();
  const publicTimers = new Map<string, NodeJS.Timeout>();
  async function pushOnce(code: string, withPublic: boolean) {
    const room = await store.get(code, now());
    if (!room) return;
    const phones = room.stage ? tally(room.stage, await store.votes(code, room.stage.decisionId)) : [];
    const people = await store.participants(code);
    io.to(`trainer:${code}`).emit('state', trainerView(room, phones, people));
    if (withPublic) io.to(`public:${code}`).emit('state', publicView(room, phones, people));
  }
  function push(code: string, withPublic: boolean) {
    const running = pushing.get(code);
    if (running) {
      running.again = true;
      running.withPublic ||= withPublic;
      return;
    }
    const state = { again: false, withPublic };
    pushing.set(code, state);
    void (async () => {
      try {
        do {
          const all = state.withPublic;
          state.again = false;
          state.withPublic = false;
          await pushOnce(code, all);
        } while (state.again);
      } catch {
        // the store is unreachable for a moment; the next change pushes again
      } finally {
        pushing.delete(code);
      }
    })();
  }
  function pushPublicSoon(code: string) {
    if (publicTimers.has(code)) return;
    publicTimers.set(code, setTimeout(() => {
      publicTimers.delete(code);
      push(code, true);
    }, o.publicEveryMs ?? 250));
  }

  const liveRoom = (code: string) => store.get(code, now());
  /**
   * The socket joins the room's channel first and the view is read after: a change made meanwhile
   * is then in the view or pushed to the socket (or both; the screen keeps the higher rev).
   */
  async function enter(socket: Socket, channel: string, code: string) {
    await socket.join(channel);
    const room = await liveRoom(code);
    if (!room) return null;
    const phones = room.stage ? tally(room.stage, await store.votes(code, room.stage.decisionId)) : [];
    return { room, phones, people: await store.participants(code) };
  }
  const isTrainer = (room: StoredRoom | null, token: string) => room !== null && sameHash(room.trainerHash, sha256(token));

  type Handler<N extends MessageName> = (socket: Socket, m: Message<N>) => Promise<Ack<object>>;
  const handlers: { [N in MessageName]: Handler<N> } = {
    async create(socket) {
      if (!creates.take(socket.handshake.address)) return { ok: false, error: 'rate-limited' };
      const trainerToken = randomBytes(32).toString('hex');
      for (let attempt = 0; attempt < 5; attempt++) {
        const room: StoredRoom = { code: roomCode(randomBytes(6)), trainerHash: sha256(trainerToken), createdAt: now(), expiresAt: now() + (o.roomTtlMs ?? ROOM_TTL_MS), stage: null, rev: 0 };
        if (await store.create(room)) {
          await socket.join(`trainer:${room.code}`);
          return { ok: true, code: room.code, trainerToken, view: trainerView(room, [], 0) };
        }
      }
      return { ok: false, error: 'busy' };
    },
    async attach(socket, m) {
      const room = await liveRoom(m.code);
      // one answer for a room that is not there and a key that is not its trainer's: no way to find out which codes exist
      if (!room || !isTrainer(room, m.trainerToken)) return { ok: false, error: 'no-room' };
      const seen = await enter(socket, `trainer:${m.code}`, m.code);
      if (!seen) return { ok: false, error: 'no-room' };
      return { ok: true, view: trainerView(seen.room, seen.phones, seen.people) };
    },
    async stage(_socket, m) {
      const room = await liveRoom(m.code);
      if (!room || !isTrainer(room, m.trainerToken)) return { ok: false, error: 'no-room' };
      await store.setStage(m.code, m.stage);
      push(m.code, true);
      return { ok: true };
    },
    async join(socket, m) {
      const address = socket.handshake.address;
      if (!failures.allowed(address) || !joins.take(address)) return { ok: false, error: 'rate-limited' };
      const room = await liveRoom(m.code);
      if (!room) {
        failures.hit(address);
        return { ok: false, error: 'no-room' };
      }
      // one participant per connection and room: joining again without a token (a script's way to
      // add voters) gets the same participant back
      const mine = (socket.data as { tokens?: Record<string, string> }).tokens ??= {};
      let token = (Object.hasOwn(mine, m.code) ? mine[m.code]! : null) ?? m.token;
      if (token === null || !(await store.hasParticipant(m.code, token))) {
        token = randomBytes(16).toString('hex');
        await store.addParticipant(m.code, token);
        push(m.code, false);
        pushPublicSoon(m.code);
      }
      mine[m.code] = token;
      const seen = await enter(socket, `public:${m.code}`, m.code);
      if (!seen) return { ok: false, error: 'no-room' };
      const myVote = seen.room.stage ? await store.voteOf(m.code, seen.room.stage.decisionId, token) : null;
      return { ok: true, token, view: publicView(seen.room, seen.phones, seen.people), myVote };
    },
    async watch(socket, m) {
      const address = socket.handshake.address;
      if (!failures.allowed(address) || !joins.take(address)) return { ok: false, error: 'rate-limited' };
      const room = await liveRoom(m.code);
      if (!room) {
        failures.hit(address);
        return { ok: false, error: 'no-room' };
      }
      const seen = await enter(socket, `public:${m.code}`, m.code);
      if (!seen) return { ok: false, error: 'no-room' };
      return { ok: true, view: publicView(seen.room, seen.phones, seen.people) };
    },
    async vote(socket, m) {
      if (!votes.take(socket.id)) return { ok: false, error: 'rate-limited' };
      const room = await liveRoom(m.code);
      // the same answer for a room that is not there: a vote does not tell which codes exist
      if (!room || !(await store.hasParticipant(m.code, m.token))) return { ok: false, error: 'unknown-token' };
      // (counted once the token is known to be a participant's: made-up tokens add no entries)
      if (!votesByToken.take(m.token)) return { ok: false, error: 'rate-limited' };
      const refusal = voteRefusal(room.stage, m.decisionId, m.optionId);
      if (refusal) {
        // a retry of a vote that was stored before voting closed is still that vote
        if ((await store.voteOf(m.code, m.decisionId, m.token)) === m.optionId) return { ok: true, decisionId: m.decisionId, optionId: m.optionId };
        return { ok: false, error: refusal };
      }
      // the same vote again (a retry, a double tap) is not stored again; it is pushed all the same,
      // in case the first one's push was lost with its answer
      if ((await store.voteOf(m.code, m.decisionId, m.token)) !== m.optionId) await store.putVote(m.code, m.decisionId, m.token, m.optionId);
      push(m.code, false);
      pushPublicSoon(m.code);
      return { ok: true, decisionId: m.decisionId, optionId: m.optionId };
    },
  };

  io.on('connection', (socket) => {
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.at(-1) as (a: Ack) => void) : null;
      const refuse = (error: Refusal) => {
        stats.refused++;
        ack?.({ ok: false, error });
      };
      if (!isMessageName(event)) return refuse('unknown-event');
      if (!ack || args.length !== 2) return refuse('invalid');
      const parsed = parseMessage(event, args[0]);
      if (!parsed.ok) return refuse('invalid');
      (handlers[event] as Handler<MessageName>)(socket, parsed.value).then(
        (answer) => {
          if (answer.ok) stats.accepted++;
          else stats.refused++;
          ack(answer);
        },
        () => refuse('busy'),
      );
    });
  });

  const sweeper = setInterval(() => {
    joins.sweep();
    failures.sweep();
    creates.sweep();
    votes.sweep();
    votesByToken.sweep();
    store.sweep(now()).catch(() => {});
  }, 60_000);
  sweeper.unref();

  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(o.port, o.host, () => done());
  });
  const port = (http.address() as AddressInfo).port;
  const url = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}/`;
  joinBase = o.lanHost ? `http://${o.lanHost}:${port}` : url.slice(0, -1);

  return {
    port,
    url,
    stats,
    async close() {
      clearInterval(sweeper);
      for (const t of publicTimers.values()) clearTimeout(t);
      await new Promise<void>((done) => io.close(() => done()));
      await store.close();
    },
  };
}
