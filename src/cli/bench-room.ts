/**
 * `npm run bench:room [-- --redis]`: first the phone page (when dist/ holds a build): what a phone
 * fetches (HTML, JS, CSS as sent, gzip) and how long until it can vote, in Chromium on loopback.
 * Then 300 phones × 10 decisions against the live room on loopback.
 * 10% of the phones drop their connection once per decision and reconnect; the server is killed
 * (SIGKILL) and started again once, in the middle. With --redis, two server processes share a
 * Redis (Debian's redis-server, started here on a random port): phones are split over both, the
 * trainer is on the second, and the first is the one killed. The server runs as `npm start` runs it
 * (the bundle in dist-server/, built here first); every client reconnects as the phone page does.
 * Prints votes sent, acknowledged and counted, lost votes, and the time from sending a vote to the
 * trainer's screen showing it (p50/p99), apart for phones that stayed connected, phones that dropped
 * around their vote, and the decision with the restart, with how long the server was down. A
 * benchmark, not a test: it prints figures.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { createPhoneClient, linkTrainer, SOCKET_OPTIONS, type LiveSocket, type PhoneClient, type RoomKey } from '../live/clients.ts';
import type { Stage, TrainerView } from '../live/protocol.ts';

const PHONES = 300;
const DECISIONS = 10;
const DROP_SHARE = 0.1;
const RESTART_AT = 5;
const OPTIONS = 3;
const useRedis = process.argv.includes('--redis');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
}
function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}
/** A seeded PRNG, so two runs send the same votes at the same moments. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);

const tmp = mkdtempSync(join(tmpdir(), 'np-bench-room-'));
writeFileSync(join(tmp, 'index.html'), '<!doctype html><title>bench</title>');
const children = new Set<ChildProcess>();

function startServer(port: number, env: Record<string, string>, dist = tmp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist-server/main.mjs', '--port', String(port), '--data', join(tmp, 'data'), '--dist', dist], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('Niet Pluis: ')) ok(child);
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code})`)));
  });
}
async function startRedis(): Promise<string> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', tmp, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  children.add(child);
  for (let i = 0; i < 200; i++) {
    const up = await new Promise<boolean>((ok) => {
      const s = connect(port, '127.0.0.1', () => (s.end(), ok(true)));
      s.on('error', () => ok(false));
    });
    if (up) return `redis://127.0.0.1:${port}`;
    await sleep(25);
  }
  throw new Error('redis-server did not start');
}

function stageOf(d: number, phase: Stage['phase']): Stage {
  return {
    decisionId: `n${d}`, kicker: 'Bench', heading: `Beslissing ${d + 1}`, lines: [{ speaker: null, text: 'Een regel van het verhaal.' }],
    options: Array.from({ length: OPTIONS }, (_, i) => ({ id: `n${d}.o${i}`, text: `Optie ${i + 1}` })),
    phase, finished: false, taken: null, feedback: null, hands: Array(OPTIONS).fill(0), lang: 'nl',
  };
}

const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * The phone page as a phone on the venue's network gets it: each visit in a fresh browser context
 * (empty cache), the room open at a decision. Time to interactive: from the start of navigation to
 * the first option button that can be pressed (joined, stop shown), taken inside the page.
 */
async function benchPhonePage() {
  if (!existsSync('dist/join.html')) {
    console.log('phone page: no build in dist/ (npm run build), not measured');
    return;
  }
  const port = await freePort();
  const server = await startServer(port, {}, 'dist');
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const s = io(url, { transports: ['websocket'], forceNew: true });
  try {
    let key: RoomKey | null = null;
    let open = false;
    const trainer = linkTrainer(s as unknown as LiveSocket, null, { onKey: (k) => (key = k), onView: (v) => (open = v?.stage?.phase === 'open') });
    await until(() => key !== null, 10_000, 'room');
    trainer.stage(stageOf(0, 'open'));
    await until(() => open, 10_000, 'stage');
    const runs: Array<{ tti: number; files: Array<{ name: string; transfer: number; body: number; size: number }> }> = [];
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 740 } });
      await context.addInitScript(() => {
        const w = window as unknown as { __ready?: number };
        new MutationObserver(() => {
          if (w.__ready === undefined && document.querySelector('.ph-option:not([aria-disabled])')) w.__ready = performance.now();
        }).observe(document, { childList: true, subtree: true, attributes: true });
      });
      const page = await context.newPage();
      await page.goto(`${url}join.html#${key!.code}`);
      await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, null, { timeout: 30_000 });
      runs.push(await page.evaluate(() => {
        const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
        return {
          tti: (window as unknown as { __ready: number }).__ready,
          files: entries.filter((e) => !e.name.includes('/socket.io/')).map((e) => ({ name: new URL(e.name).pathname, transfer: e.transferSize, body: e.encodedBodySize, size: e.decodedBodySize })),
        };
      }));
      await context.close();
    }
    runs.shift(); // the first visit warms the server's gzip cache and Chromium itself
    const files = runs[0]!.files;
    const sum = (f: (x: (typeof files)[number]) => number) => files.reduce((a, x) => a + f(x), 0);
    const names = files.map((f) => f.name.replace(/^.*\//, ''));
    const heavy = names.filter((n) => /^(world|main|_story_|inkjs|runner)/.test(n));
    const ttis = runs.map((r) => r.tti);
    console.log(`phone page (dist/ built ${statSync('dist/join.html').mtime.toISOString().slice(0, 16).replace('T', ' ')}): ${files.length} files (${names.join(', ')})`);
    console.log(`  transfer ${kB(sum((f) => f.transfer))} with headers, bodies ${kB(sum((f) => f.body))} gzip (${kB(sum((f) => f.size))} unpacked); Phaser, ink or stories among them: ${heavy.length === 0 ? 'none' : heavy.join(', ')}`);
    console.log(`  time to interactive on loopback (navigation → first option can be pressed), ${runs.length} fresh visits: median ${percentile(ttis, 50).toFixed(0)} ms, max ${Math.max(...ttis).toFixed(0)} ms`);
  } finally {
    s.disconnect();
    await browser.close();
    server.kill('SIGKILL');
  }
}

async function main() {
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (${availableParallelism()} cores)`);
  const built = spawnSync('npm', ['run', '-s', 'build:server'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build:server failed');
  if (!process.argv.includes('--no-page')) await benchPhonePage();
  const redisUrl = useRedis ? await startRedis() : null;
  const env: Record<string, string> = redisUrl ? { REDIS_URL: redisUrl } : {};
  const ports = useRedis ? [await freePort(), await freePort()] : [await freePort()];
  const servers = await Promise.all(ports.map((p) => startServer(p, env)));
  const urls = ports.map((p) => `http://127.0.0.1:${p}`);
  const trainerUrl = urls.at(-1)!;
  const sockets: Socket[] = [];
  const socket = (url: string) => {
    const s = io(url, { transports: ['websocket'], forceNew: true, ...SOCKET_OPTIONS });
    sockets.push(s);
    return s;
  };

  // the trainer's screen: when did each option's count first reach each number, per decision
  let key: RoomKey | null = null;
  let view: TrainerView | null = null;
  const reached = new Map<string, number>(); // `${decision}|${option}|${count}` → time
  const trainer = linkTrainer(socket(trainerUrl) as unknown as LiveSocket, null, {
    onKey: (k) => (key = k),
    onView(v) {
      view = v;
      const t = performance.now();
      if (!v?.stage) return;
      v.phones.forEach((n, i) => {
        for (let k = n; k > 0; k--) {
          const id = `${v.stage!.decisionId}|${v.stage!.options[i]!.id}|${k}`;
          if (reached.has(id)) break;
          reached.set(id, t);
        }
      });
    },
  });
  await until(() => key !== null, 10_000, 'room');

  const phones: PhoneClient[] = [];
  const phoneSockets: Socket[] = [];
  for (let i = 0; i < PHONES; i++) {
    let token: string | null = null;
    const s = socket(urls[i % urls.length]!);
    phoneSockets.push(s);
    phones.push(createPhoneClient(s as unknown as LiveSocket, key!.code, { get: () => token, set: (t) => (token = t) }));
  }
  await until(() => phones.every((p) => p.state().status === 'joined'), 60_000, 'phones joined');

  let sent = 0;
  let acknowledged = 0;
  let counted = 0;
  let lost = 0;
  const latencies: number[] = [];
  const latenciesRestart: number[] = [];
  const latenciesDropped: number[] = [];
  const restartSplit = { killed: [] as number[], other: [] as number[] };
  let downMs = NaN;
  const started = performance.now();

  for (let d = 0; d < DECISIONS; d++) {
    trainer.stage(stageOf(d, 'open'));
    const isOpen = (p: PhoneClient) => p.state().view?.stage?.decisionId === `n${d}` && p.state().view?.stage?.phase === 'open';
    await until(() => phones.every(isOpen), 60_000, `decision ${d} open on every phone`).catch((e: Error) => {
      const behind = phones.filter((p) => !isOpen(p));
      const tv = view as TrainerView | null;
      throw new Error(`${e.message}: ${behind.length} phones behind, e.g. ${JSON.stringify({ status: behind[0]?.state().status, stage: behind[0]?.state().view?.stage?.decisionId ?? null, rev: behind[0]?.state().view?.rev ?? null, connected: phoneSockets[phones.indexOf(behind[0]!)]?.connected })}; trainer's screen ${JSON.stringify({ stage: tv?.stage?.decisionId ?? null, phase: tv?.stage?.phase ?? null, rev: tv?.rev ?? null, problem: trainer.problem() })}`);
    });
    const sentAt = new Array<number>(PHONES).fill(0);
    const ackAt = new Array<number>(PHONES).fill(0);
    const choice = phones.map(() => `n${d}.o${Math.floor(random() * OPTIONS)}`);
    const droppers = new Set<number>();
    while (droppers.size < PHONES * DROP_SHARE) droppers.add(Math.floor(random() * PHONES));
    const unsubscribe = phones.map((p, i) => p.subscribe((s) => {
      if (s.myVote === choice[i] && ackAt[i] === 0) ackAt[i] = performance.now();
    }));
    // votes spread over about a second; droppers lose their connection around their vote
    const restarting = d === RESTART_AT;
    await Promise.all(phones.map(async (p, i) => {
      await sleep(random() * 1000);
      if (droppers.has(i) && random() < 0.5) phoneSockets[i]!.io.engine.close();
      sentAt[i] = performance.now();
      sent++;
      p.vote(choice[i]!);
      if (droppers.has(i)) {
        await sleep(random() * 20);
        phoneSockets[i]!.io.engine.close();
      }
    }).concat(restarting ? [(async () => {
      await sleep(500);
      const victim = servers[0]!;
      const killedAt = performance.now();
      victim.kill('SIGKILL');
      await new Promise((r) => victim.once('exit', r));
      servers[0] = await startServer(ports[0]!, env);
      downMs = performance.now() - killedAt;
    })()] : []));
    await until(() => ackAt.every((t) => t > 0), 60_000, `every vote of decision ${d} acknowledged`).catch((e: Error) => {
      const waiting = phones.flatMap((p, i) => (ackAt[i] === 0 ? [i] : []));
      const p = waiting[0]!;
      throw new Error(`${e.message}: ${waiting.length} not acknowledged, e.g. ${JSON.stringify({ ...phones[p]!.state(), view: undefined, stage: phones[p]!.state().view?.stage?.decisionId ?? null, connected: phoneSockets[p]?.connected })}`);
    });
    const acked = phones.filter((p, i) => p.state().myVote === choice[i]).length;
    acknowledged += acked;
    // counted: what the trainer's screen shows once everything has settled
    await until(() => view?.stage?.decisionId === `n${d}` && view.phones.reduce((a, b) => a + b, 0) >= acked, 10_000, `decision ${d} counted`).catch(() => {});
    await sleep(100);
    const shown = view!.phones;
    const expectedPer = Array.from({ length: OPTIONS }, (_, o) => choice.filter((c) => c === `n${d}.o${o}`).length);
    counted += shown.reduce((a, b) => a + b, 0);
    lost += expectedPer.reduce((sum, n, o) => sum + Math.max(0, n - (shown[o] ?? 0)), 0);
    // latency: the j-th acknowledged vote for an option is on screen when that option first shows j
    for (let o = 0; o < OPTIONS; o++) {
      const voters = choice.flatMap((c, i) => (c === `n${d}.o${o}` ? [i] : [])).sort((a, b) => ackAt[a]! - ackAt[b]!);
      voters.forEach((i, j) => {
        const at = reached.get(`n${d}|n${d}.o${o}|${j + 1}`);
        if (at === undefined) return;
        const ms = Math.max(0, at - sentAt[i]!);
        (restarting ? latenciesRestart : droppers.has(i) ? latenciesDropped : latencies).push(ms);
        if (restarting) (i % urls.length === 0 ? restartSplit.killed : restartSplit.other).push(ms);
      });
    }
    unsubscribe.forEach((u) => u());
    trainer.stage(stageOf(d, 'revealed'));
    await sleep(50);
  }

  const seconds = (performance.now() - started) / 1000;
  const all = [...latencies, ...latenciesDropped, ...latenciesRestart];
  const f = (n: number) => n.toFixed(1);
  console.log(`live room benchmark: ${useRedis ? 'two server processes on one Redis' : 'one server process, SQLite (WAL)'}`);
  console.log(`${PHONES} phones × ${DECISIONS} decisions, ${DROP_SHARE * 100}% drop and reconnect per decision, server killed and restarted during decision ${RESTART_AT + 1}; ${f(seconds)} s`);
  console.log(`votes sent ${sent}, acknowledged ${acknowledged}, counted ${counted}, lost ${lost}`);
  console.log(`vote → trainer's screen, phones that stayed connected: p50 ${f(percentile(latencies, 50))} ms, p99 ${f(percentile(latencies, 99))} ms (${latencies.length} votes, decisions without the restart)`);
  console.log(`phones that dropped around their vote (time includes their reconnect): p50 ${f(percentile(latenciesDropped, 50))} ms, p99 ${f(percentile(latenciesDropped, 99))} ms (${latenciesDropped.length} votes)`);
  console.log(`the restart's decision: server down ${f(downMs)} ms (SIGKILL → listening again); its votes p50 ${f(percentile(latenciesRestart, 50))} ms, p99 ${f(percentile(latenciesRestart, 99))} ms (${latenciesRestart.length} votes)`);
  if (useRedis) console.log(`  phones on the killed process: p50 ${f(percentile(restartSplit.killed, 50))} ms, p99 ${f(percentile(restartSplit.killed, 99))} ms (${restartSplit.killed.length}); on the other: p50 ${f(percentile(restartSplit.other, 50))} ms, p99 ${f(percentile(restartSplit.other, 99))} ms (${restartSplit.other.length})`);
  console.log(`all votes, the restart's decision too: p50 ${f(percentile(all, 50))} ms, p99 ${f(percentile(all, 99))} ms, max ${f(Math.max(...all))} ms (${all.length} votes)`);
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const c of children) c.kill('SIGKILL');
    setTimeout(() => process.exit(), 200);
  });
