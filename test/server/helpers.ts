/** Live-room test helpers: servers on random ports, socket.io clients, Redis in a temp folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Stage } from '../../src/live/protocol.ts';

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `np-${name}-`));

/** A socket.io client as a phone or a console would open it; `forceNew` so each is its own connection. */
export function client(url: string, extra: Record<string, unknown> = {}): Socket {
  return io(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 50, reconnectionDelayMax: 300, ...extra });
}

/** Emits with an acknowledgement and waits for it (or fails after `ms`). */
export function ask<T>(socket: Socket, event: string, payload: unknown, ms = 5000): Promise<T> {
  return socket.timeout(ms).emitWithAck(event, payload) as Promise<T>;
}

export const connected = (s: Socket) => (s.connected ? Promise.resolve() : new Promise<void>((ok) => s.once('connect', () => ok())));

/** Waits until `check` is true, polling. */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A stage of three options, as a console would put it up. */
export function stageOf(decisionId: string, phase: Stage['phase'], hands: number[] = [0, 0, 0]): Stage {
  return {
    decisionId, kicker: 'Sylvia · Test', heading: 'Beslissing 1',
    lines: [{ speaker: null, text: 'Sylvia komt binnen.' }],
    options: [{ id: `${decisionId}.a`, text: 'Vragen hoe het gaat' }, { id: `${decisionId}.b`, text: 'Niets doen' }, { id: `${decisionId}.c`, text: 'Melden' }],
    phase, finished: false, taken: null, feedback: null, hands, lang: 'nl',
  };
}

/** A port that is free now (for a server that has to come back on the same port). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** A folder that looks like a built game, for a server that is tested without a build. */
export function fakeDist(): string {
  const dir = tempDir('dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Niet Pluis</title>');
  return dir;
}

/** The server from source (tsx), or as `npm start` runs it: the bundle `npm run build:server` makes. */
export const FROM_SOURCE = ['--import', 'tsx', 'src/server/main.ts'];
export const BUNDLED = ['dist-server/main.mjs'];

/**
 * `npm start`'s server as a child process; resolves with it once it prints its address. `output()`
 * is everything it has printed so far.
 */
export function startServerProcess(args: string[], env: Record<string, string> = {}, entry = FROM_SOURCE): Promise<{ child: ChildProcess; url: string; output(): string }> {
  const child = spawn(process.execPath, [...entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 20_000);
    const read = (b: Buffer) => {
      out += b.toString();
      const m = /Niet Pluis: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ child, url: m[1]!, output: () => out });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
}

/** Debian's redis-server on a random port, its files in a temp folder. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const dir = tempDir('redis');
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  await until(() => new Promise<boolean>((ok) => {
    const s = connect(port, '127.0.0.1', () => { s.end(); ok(true); });
    s.on('error', () => ok(false));
  }), 10_000, 'redis-server');
  return { url, stop: () => new Promise<void>((ok) => { child.once('exit', () => ok()); child.kill('SIGTERM'); }) };
}


