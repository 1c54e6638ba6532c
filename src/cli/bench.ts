/**
 * `npm run bench`: builds for production, serves the files gzipped on loopback, and measures in
 * headless Chromium with 4x CPU slowdown and fast-4G emulation.
 *
 * Part 1, over cold runs:
 *   - time from navigation to the first story choice painted (Element Timing API), with the story
 *     shown all at once (the pacing setting), as the reference shows it,
 *   - JS transferred (gzip) before that moment and in total,
 *   - JS heap after load (after the illustration has arrived, after a GC).
 * The same is measured for a minimal reference page (plain HTML + the inkjs runtime playing the
 * same compiled story), and the ratio game/reference is printed.
 *
 * Part 2, one visit: BENCH_CASES (20) cases played to their end one after another, through the
 * screens a player uses (title, content note, case, debrief, title), with CPU slowdown only (no
 * network emulation: its DevTools domain keeps a record of each request in the page). Printed: V8's
 * heap after a GC after each case, and beside it Blink's (BENCH_HEAP_SPLIT=1: and, from a snapshot
 * per case, how much of V8's is compiled code, and V8's heap less that code, the game's own objects;
 * the snapshots add long tasks and heap of their own),
 * long tasks over 50 ms, the time from a choice to the next choices painted (p50/p95), WebGL
 * contexts created and Chromium's "Too many active WebGL contexts" warnings. Before it, a case
 * screen left alone for BENCH_STILL_S (30) seconds: frames drawn and long tasks in each half.
 *
 * BENCH_PART=1 or BENCH_PART=2 runs one part only. BENCH_SLOWDOWN sets the CPU slowdown (4; the
 * heap figures do not depend on it). BENCH_SNAPSHOTS=5,20 takes a heap snapshot after those cases
 * and prints what grew between the first and the last, by constructor: to find what is retained;
 * BENCH_SNAPSHOT_DIR=dir also writes them there (case-5.heapsnapshot, …), to open in DevTools and
 * follow the retainers of what grew. BENCH_JS_FLAGS passes flags to V8, for a diagnosis only: with
 * '--no-opt --no-maglev --no-sparkplug' V8 compiles nothing beyond its bytecode, so what the heap
 * still gains from case to case is the game's own data, not V8's compiled code.
 *
 * BENCH_TRACE_DIR=dir (part 1): after the measured runs, one more cold run of the game and of the
 * reference with a Chromium performance trace (CPU profile, tasks, network), written there as
 * game.json and reference.json to open in DevTools' Performance panel: to find what the first
 * choice waits for. Those runs are not in the figures (tracing slows the page).
 */
import { build } from 'vite';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { buildStory, storyFiles, storyIdOf } from '../build/load-stories.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CASE = process.env.BENCH_CASE ?? 'sylvia';
const CASES_IN_A_ROW = Number(process.env.BENCH_CASES ?? 20);
const PART = process.env.BENCH_PART ?? 'all';
const SLOWDOWN = Number(process.env.BENCH_SLOWDOWN ?? 4);
const SNAPSHOTS = (process.env.BENCH_SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number);
const HEAP_SPLIT = process.env.BENCH_HEAP_SPLIT === '1';
const STILL_S = Number(process.env.BENCH_STILL_S ?? 30);
const TRACE_DIR = process.env.BENCH_TRACE_DIR;
/** Where to write the BENCH_SNAPSHOTS as .heapsnapshot files (for DevTools, or to compare retainers). */
const SNAPSHOT_DIR = process.env.BENCH_SNAPSHOT_DIR;
/** Flags for V8, to diagnose (e.g. '--no-opt --no-maglev --no-sparkplug': what the heap does without compiled code). Never in the figures. */
const JS_FLAGS = process.env.BENCH_JS_FLAGS;
const OUT = resolve('dist-bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** A static server that gzips like a production host would. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body = cache.get(file);
    if (!body) cache.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const a = server.address();
    ok({ server, url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/` });
  }));
}

/** The reference: Inky's "export for web" shape, reduced to the loop: continue, show text, show choices. */
function writeReference(dir: string, storyJson: string): void {
  mkdirSync(dir, { recursive: true });
  const require = createRequire(import.meta.url);
  writeFileSync(join(dir, 'ink.js'), readFileSync(require.resolve('inkjs')));
  writeFileSync(join(dir, 'story.js'), `var storyContent = ${storyJson};`);
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Referentie</title></head><body><main id="story"></main>
<script src="ink.js"></script><script src="story.js"></script><script>
var story = new inkjs.Story(storyContent); var main = document.getElementById('story');
function step() {
  while (story.canContinue) { var p = document.createElement('p'); p.textContent = story.Continue(); main.appendChild(p); }
  story.currentChoices.forEach(function (c) { var b = document.createElement('button'); b.className = 'choice'; b.setAttribute('elementtiming', 'choice'); b.textContent = c.text;
    b.onclick = function () { story.ChooseChoiceIndex(c.index); main.querySelectorAll('button').forEach(function (x) { x.remove(); }); step(); }; main.appendChild(b); });
}
step();
</script></body></html>`);
}

/** A file the page fetched: its path, gzip size, and when it was asked for and arrived (page clock, ms). */
type Fetched = { path: string; kb: number; start: number; end: number };
type Sample = { firstChoiceMs: number; jsBeforeKb: number; jsTotalKb: number; heapMb: number; files: Fetched[] };

/** Waits, then lets go of the element found: a kept handle would hold its (later detached) screen in memory. */
async function settle(found: Promise<{ dispose(): Promise<void> } | null | undefined>): Promise<void> {
  await (await found)?.dispose();
}

/**
 * Part 2 drives the page through DevTools alone (evaluate, poll, a click by script): the driver's
 * own helpers (selector engines, result serialisers) would otherwise run in the page's heap and be
 * compiled there as they warm up, growth that is the bench's, not the game's.
 */
async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text} (${expression.slice(0, 80)})`);
  return r.result.value as T;
}

/** Polls until `expression` is true in the page (every 20 ms, at most `timeout` ms). */
async function until(cdp: CDPSession, expression: string, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await inPage<boolean>(cdp, expression))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression.slice(0, 100)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function clickWhenThere(cdp: CDPSession, selector: string): Promise<void> {
  const el = `document.querySelector(${JSON.stringify(selector)})`;
  await until(cdp, `!!${el}`);
  await inPage(cdp, `${el}.click()`);
}

/** A fresh page in its own context, with 4x CPU slowdown and fast 4G, and a DevTools session on it. */
async function throttledPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (1.5 * 1024 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  return { context, page, cdp };
}

type HeapCensus = Map<string, { count: number; bytes: number }>;

/** A heap snapshot counted by node type and constructor (or closure) name. */
async function heapCensus(cdp: CDPSession, file?: string): Promise<HeapCensus> {
  const parts: string[] = [];
  const take = (e: { chunk: string }) => void parts.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  if (file) writeFileSync(file, parts.join(''));
  const snap = JSON.parse(parts.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt, detachedAt] = ['type', 'name', 'self_size', 'detachedness'].map((f) => fields.indexOf(f)) as [number, number, number, number];
  const types = snap.snapshot.meta.node_types[0];
  const census: HeapCensus = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' || type === 'native' ? snap.strings[snap.nodes[i + nameAt]!]! : '';
    const key = `${type}${name ? ` ${name.slice(0, 60)}` : ''}${detachedAt >= 0 && snap.nodes[i + detachedAt] === 2 ? ' (detached)' : ''}`;
    const c = census.get(key) ?? { count: 0, bytes: 0 };
    c.count++;
    c.bytes += snap.nodes[i + sizeAt]!;
    census.set(key, c);
  }
  return census;
}

/** What grew most from one census to the other. */
function printGrowth(from: HeapCensus, to: HeapCensus, label: string): void {
  const rows = [...new Set([...from.keys(), ...to.keys()])].map((k) => {
    const a = from.get(k) ?? { count: 0, bytes: 0 };
    const b = to.get(k) ?? { count: 0, bytes: 0 };
    return { k, count: b.count - a.count, bytes: b.bytes - a.bytes };
  });
  const total = rows.reduce((n, r) => n + r.bytes, 0);
  console.log(`\nheap growth ${label}: ${(total / 1024).toFixed(0)} KB in all; the largest by constructor:`);
  for (const r of rows.sort((x, y) => y.bytes - x.bytes).slice(0, 15)) console.log(`  ${(r.bytes / 1024).toFixed(1).padStart(8)} KB ${String(r.count).padStart(7)} objects  ${r.k}`);
  const detached = rows.filter((r) => r.k.endsWith('(detached)') && r.count > 0);
  console.log(`  detached DOM nodes gained: ${detached.reduce((n, r) => n + r.count, 0)}`);
}

async function heapAfterGcMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return heap.usedSize / (1024 * 1024);
}

/** Records a Chromium performance trace on `cdp` until the returned function is called, which writes it to `file`. */
async function startTrace(cdp: CDPSession, file: string): Promise<() => Promise<void>> {
  const events: string[] = [];
  const take = (e: { value: unknown[] }) => void events.push(...e.value.map((x) => JSON.stringify(x)));
  cdp.on('Tracing.dataCollected', take);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading', 'latencyInfo'];
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  return async () => {
    const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', take);
    writeFileSync(file, `{"traceEvents":[\n${events.join(',\n')}\n]}\n`);
  };
}

async function measure(browser: Browser, url: string, seed: Record<string, string>, waitForWorld: boolean, traceTo?: string): Promise<Sample> {
  const { context, page, cdp } = await throttledPage(browser);

  // The page tells when its first choice is painted through a DevTools binding. Waiting with the
  // driver's waitForFunction put its helper script (about 80 ms to compile and run at 4x slowdown)
  // on the page's main thread while it loaded, and polled on every frame: time of the bench's, on
  // the path to the first choice of both pages.
  const told = new Promise<void>((ok) => cdp.on('Runtime.bindingCalled', (e: { name: string }) => e.name === '__benchFirstChoice' && ok()));
  await cdp.send('Runtime.enable'); // its events, the binding's among them, come only once enabled
  await cdp.send('Runtime.addBinding', { name: '__benchFirstChoice' });
  // page-side code as strings: a function would carry the TypeScript runner's helpers along
  await page.addInitScript(`
    for (const [k, v] of Object.entries(${JSON.stringify(seed)})) localStorage.setItem(k, v);
    // Element Timing: when the first choice was painted, not merely put in the DOM
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'choice' && window.__firstChoice === undefined) {
        window.__firstChoice = e.renderTime || e.loadTime;
        window.__benchFirstChoice('');
      }
    }).observe({ type: 'element', buffered: true });
  `);

  const endTrace = traceTo ? await startTrace(cdp, traceTo) : null;
  await page.goto(url, { waitUntil: 'commit' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([told, new Promise((_, no) => (timer = setTimeout(() => no(new Error(`no choice painted within 60 s at ${url}`)), 60_000)))]).finally(() => clearTimeout(timer));
  await endTrace?.();
  if (waitForWorld) await settle(page.waitForSelector('.world canvas', { timeout: 60_000 }).catch(() => undefined));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const heapMb = await heapAfterGcMb(cdp);
  // Resource Timing on the page's own clock: gzip body sizes of every script, and when each arrived.
  const { firstChoiceMs, jsBefore, jsTotal, files } = (await page.evaluate(`(() => {
    const first = window.__firstChoice;
    const all = performance.getEntriesByType('resource');
    const js = all.filter((e) => new URL(e.name).pathname.endsWith('.js'));
    const sum = (xs) => xs.reduce((a, e) => a + e.encodedBodySize, 0);
    const files = all.map((e) => ({ path: new URL(e.name).pathname.split('/').pop(), kb: e.encodedBodySize / 1024, start: e.startTime, end: e.responseEnd }));
    return { firstChoiceMs: first, jsBefore: sum(js.filter((e) => e.responseEnd <= first)), jsTotal: sum(js), files };
  })()`)) as { firstChoiceMs: number; jsBefore: number; jsTotal: number; files: Fetched[] };
  await context.close();
  return { firstChoiceMs, jsBeforeKb: jsBefore / 1024, jsTotalKb: jsTotal / 1024, heapMb, files };
}

type LongTasks = { count: number; total: number; max: number };
type Marathon = { heapMb: number[]; codeMb: number[]; dataMb: number[]; choiceToPaintMs: number[]; longTasks: LongTasks; webglContexts: number; webglWarnings: string[]; renderer: string };

/**
 * Plays `count` cases to their end in one visit, the way a player goes through the screens, and
 * picks a different path each time. The page keeps its own lists of choice paints (Element
 * Timing) and long tasks; WebGL contexts are counted where they are made.
 */
async function playInARow(browser: Browser, url: string, caseIds: readonly string[], count: number): Promise<Marathon> {
  // CPU slowdown only: the Network domain (needed for part 1's fast 4G) keeps a record of every
  // request in the page's heap (Blink's NetworkResourcesData), and with the cache off the browser
  // fetches the favicon again at every change of address, four times a case: growth of the bench's own
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (/WebGL/i.test(m.text())) warnings.push(m.text());
  });
  await page.addInitScript(`
    // everything at once, as the reference shows it: the bench times the options, not the player's Verder
    if (!localStorage.getItem('niet-pluis.settings')) localStorage.setItem('niet-pluis.settings', JSON.stringify({ state: { lang: 'nl', highContrast: false, motion: 'system', largeText: false, notesSeen: [], pacing: 'all' }, version: 1 }));
    // What the bench keeps in the page stays small and does not grow with the cases: the paints of
    // the current step only (emptied at each click), long tasks as a count, a sum and a maximum.
    // (No 'buffered' observers: at the document's start there is nothing to replay.)
    window.__choicePaints = [];
    window.__longTasks = { count: 0, total: 0, max: 0 };
    window.__webgl = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'choice') window.__choicePaints.push(e.renderTime || e.loadTime);
    }).observe({ type: 'element' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const l = window.__longTasks;
        l.count++;
        l.total += e.duration;
        l.max = Math.max(l.max, e.duration);
      }
    }).observe({ type: 'longtask' });
    const getContext = HTMLCanvasElement.prototype.getContext;
    const made = new WeakSet();
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      const ctx = getContext.call(this, type, ...rest);
      if (ctx && /webgl/.test(type) && !made.has(ctx)) { made.add(ctx); window.__webgl++; }
      return ctx;
    };
  `);
  const heapMb: number[] = [];
  const codeMb: number[] = [];
  const dataMb: number[] = [];
  const censuses: Array<[number, HeapCensus]> = [];
  const choiceToPaintMs: number[] = [];
  let renderer = 'none';
  let longBefore = 0;
  try {
    await page.goto(url);
    for (let n = 0; n < count; n++) {
      const caseId = caseIds[n % caseIds.length]!;
      await clickWhenThere(cdp, `.case-card button[aria-describedby="case-${caseId}"]`);
      await clickWhenThere(cdp, '.note-screen .primary');
      await until(cdp, `!!document.querySelector('button.choice')`);
      // the picture arrives when the browser is idle: let it, so every case really uses it
      await until(cdp, `!!document.querySelector('.world canvas')`).catch(() => undefined);
      if (n === 0) renderer = await inPage<string>(cdp, `(() => { const c = document.querySelector('.world canvas'); return !c ? 'none' : c.getContext('webgl2') || c.getContext('webgl') ? 'WebGL' : 'Canvas'; })()`);
      for (let step = 0; step < 80; step++) {
        if (await inPage<boolean>(cdp, `!!document.querySelector('.end-area:not([hidden]) button')`)) break;
        // click in the page and note the time there, on the clock Element Timing uses
        const t0 = await inPage<number>(cdp, `(() => {
          const bs = [...document.querySelectorAll('button.choice')];
          window.__choicePaints.length = 0;
          const t = performance.now();
          bs[${n + step} % bs.length].click();
          return t;
        })()`);
        await until(cdp, `window.__choicePaints.some((t) => t > ${t0}) || !!document.querySelector('.end-area:not([hidden])')`);
        const painted = await inPage<number | null>(cdp, `Math.min(...window.__choicePaints.filter((t) => t > ${t0}))`);
        if (painted !== null && Number.isFinite(painted)) choiceToPaintMs.push(painted - t0);
      }
      await clickWhenThere(cdp, '.end-area button');
      await until(cdp, `!!document.querySelector('.debrief-screen')`);
      await clickWhenThere(cdp, '.debrief-screen button.primary');
      await until(cdp, `!!document.querySelector('.case-card')`);
      heapMb.push(await heapAfterGcMb(cdp));
      // Blink's own heap (DOM, layout, the browser's performance buffers), beside V8's: printed, not judged
      const blinkMb = (((await cdp.send('Runtime.getHeapUsage')) as { embedderHeapUsedSize?: number }).embedderHeapUsedSize ?? NaN) / (1024 * 1024);
      // BENCH_HEAP_SPLIT=1: what of it is V8's compiled code (it grows as more of the game's paths run,
      // and V8 flushes it when unused) and what is the rest, from a snapshot per case. Off by default:
      // the snapshots themselves add long tasks and keep the profiler's bookkeeping in the page
      if (HEAP_SPLIT) {
        const census = await heapCensus(cdp);
        const bytesOf = (pick: (k: string) => boolean) => [...census].reduce((n, [k, c]) => n + (pick(k) ? c.bytes : 0), 0);
        const code = bytesOf((k) => k === 'code') / (1024 * 1024);
        codeMb.push(code);
        dataMb.push(bytesOf(() => true) / (1024 * 1024) - code);
      }
      // the finished plays kept (up to five per case) sit in storage under keys of their own, not in the progress
      const { saved, pastKeys, pastChars, longSoFar } = await inPage<{ saved: number; pastKeys: number; pastChars: number; longSoFar: number }>(cdp, `(() => {
        const past = Object.keys(localStorage).filter((k) => k.startsWith('niet-pluis.progress.finished.'));
        return { saved: (localStorage.getItem('niet-pluis.progress') ?? '').length, pastKeys: past.length, pastChars: past.reduce((n, k) => n + localStorage.getItem(k).length, 0), longSoFar: window.__longTasks.count };
      })()`);
      const longThisCase = longSoFar - longBefore;
      longBefore = longSoFar;
      console.log(`case ${String(n + 1).padStart(2)} (${caseId}): heap after GC ${heapMb.at(-1)!.toFixed(2)} MB (Blink ${blinkMb.toFixed(2)} MB)${HEAP_SPLIT ? ` (in its snapshot: compiled code ${codeMb.at(-1)!.toFixed(2)} MB, the rest ${dataMb.at(-1)!.toFixed(2)} MB)` : ''}; saved progress ${(saved / 1024).toFixed(0)} K characters; finished plays stored apart ${pastKeys} (${(pastChars / 1024).toFixed(0)} K characters); long tasks ${longThisCase}`);
      if (SNAPSHOTS.includes(n + 1)) {
        censuses.push([n + 1, await heapCensus(cdp, SNAPSHOT_DIR ? join(SNAPSHOT_DIR, `case-${n + 1}.heapsnapshot`) : undefined)]);
        if (censuses.length > 1) printGrowth(censuses[0]![1], censuses.at(-1)![1], `from case ${censuses[0]![0]} to case ${n + 1}`);
      }
    }
    const { longTasks, webglContexts } = await inPage<{ longTasks: LongTasks; webglContexts: number }>(cdp, `({ longTasks: window.__longTasks, webglContexts: window.__webgl })`);
    return { heapMb, codeMb, dataMb, choiceToPaintMs, longTasks, webglContexts, webglWarnings: warnings, renderer };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

async function main() {
  console.log(`Building for production… (load average (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(', ')})`);
  await build({ logLevel: 'warn', build: { outDir: join(OUT, 'game'), emptyOutDir: true } });
  const story = buildStory(`stories/${CASE}.ink`);
  if (!story.ok) throw new Error(`stories/${CASE}.ink does not compile`);
  writeReference(join(OUT, 'reference'), story.story.json);
  const { server, url } = await serve(OUT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(JS_FLAGS ? [`--js-flags=${JS_FLAGS}`] : [])],
  });
  try {
    if (PART !== '2') await firstChoice(browser, url);
    if (PART !== '1') {
      await stillScreen(browser, url);
      await casesInARow(browser, url);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function firstChoice(browser: Browser, url: string) {
  const seed = { 'niet-pluis.settings': JSON.stringify({ state: { lang: 'nl', highContrast: false, motion: 'system', largeText: false, notesSeen: [CASE], pacing: 'all' }, version: 1 }) };
  const game: Sample[] = [];
  const ref: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    game.push(await measure(browser, `${url}game/#play=${CASE}`, seed, true));
    ref.push(await measure(browser, `${url}reference/`, {}, false));
    console.log(`run ${i + 1}/${RUNS}: game ${game[i]!.firstChoiceMs.toFixed(0)} ms, reference ${ref[i]!.firstChoiceMs.toFixed(0)} ms`);
  }
  if (TRACE_DIR) {
    mkdirSync(TRACE_DIR, { recursive: true });
    const traced = [await measure(browser, `${url}game/#play=${CASE}`, seed, true, join(TRACE_DIR, 'game.json')), await measure(browser, `${url}reference/`, {}, false, join(TRACE_DIR, 'reference.json'))];
    console.log(`traced runs (not in the figures): game ${traced[0]!.firstChoiceMs.toFixed(0)} ms, reference ${traced[1]!.firstChoiceMs.toFixed(0)} ms; traces in ${TRACE_DIR}/game.json and reference.json`);
  }
  const row = (name: string, s: Sample[]) =>
    `${name.padEnd(10)} ${median(s.map((x) => x.firstChoiceMs)).toFixed(0).padStart(8)} ms ${median(s.map((x) => x.jsBeforeKb)).toFixed(1).padStart(9)} KB ${median(s.map((x) => x.jsTotalKb)).toFixed(1).padStart(9)} KB ${median(s.map((x) => x.heapMb)).toFixed(1).padStart(8)} MB`;
  console.log(`\nMedian of ${RUNS} cold runs, case "${CASE}", 4x CPU slowdown, 9 Mbps / 150 ms RTT:`);
  console.log(`${''.padEnd(10)} ${'1st choice'.padStart(11)} ${'JS before'.padStart(12)} ${'JS total'.padStart(12)} ${'heap'.padStart(11)}`);
  console.log(row('game', game));
  console.log(row('reference', ref));
  const ratio = median(game.map((x) => x.firstChoiceMs)) / median(ref.map((x) => x.firstChoiceMs));
  // what the game's run nearest the median fetched, in order: to see what the first choice waits for
  const mid = median(game.map((x) => x.firstChoiceMs));
  const typical = game.reduce((a, b) => (Math.abs(b.firstChoiceMs - mid) < Math.abs(a.firstChoiceMs - mid) ? b : a));
  console.log(`\nfiles fetched by the game's run nearest the median (first choice painted at ${typical.firstChoiceMs.toFixed(0)} ms):`);
  for (const f of [...typical.files].sort((a, b) => a.start - b.start)) {
    console.log(`  ${f.end <= typical.firstChoiceMs ? 'before' : 'after '} ${f.start.toFixed(0).padStart(6)} -> ${f.end.toFixed(0).padStart(6)} ms ${f.kb.toFixed(1).padStart(7)} KB  ${f.path}`);
  }
  console.log(`\nload average (1, 5, 15 min) at the end: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
  console.log(`ratio game/reference (time to first choice): ${ratio.toFixed(2)}x  (aim <= 1.2x)`);
  console.log(`JS before first choice: ${median(game.map((x) => x.jsBeforeKb)).toFixed(1)} KB gzip (aim <= 100 KB); all JS: ${median(game.map((x) => x.jsTotalKb)).toFixed(1)} KB gzip (aim <= 450 KB)`);
}

/**
 * A case screen left alone, as a player reads a decision: how often the picture is drawn and how
 * many long tasks there are meanwhile, in each half of BENCH_STILL_S seconds. Frames are counted
 * where Phaser begins each one (a clear of the WebGL canvas).
 */
async function stillScreen(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await page.addInitScript(`
    // everything at once: the screen waits on its decision, as it does while a player reads it
    if (!localStorage.getItem('niet-pluis.settings')) localStorage.setItem('niet-pluis.settings', JSON.stringify({ state: { lang: 'nl', highContrast: false, motion: 'system', largeText: false, notesSeen: [], pacing: 'all' }, version: 1 }));
    window.__frames = 0;
    window.__long = 0;
    for (const gl of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const clear = gl.prototype.clear;
      gl.prototype.clear = function (...args) { window.__frames++; return clear.apply(this, args); };
    }
    new PerformanceObserver((list) => void (window.__long += list.getEntries().length)).observe({ type: 'longtask' });
  `);
  try {
    await page.goto(`${url}game/`);
    await clickWhenThere(cdp, `.case-card button[aria-describedby="case-${CASE}"]`);
    await clickWhenThere(cdp, '.note-screen .primary');
    await until(cdp, `!!document.querySelector('button.choice')`);
    await until(cdp, `!!document.querySelector('.world canvas')`);
    const half = (STILL_S * 1000) / 2;
    const read = () => inPage<{ frames: number; long: number }>(cdp, `({ frames: window.__frames, long: window.__long })`);
    const start = await read();
    await new Promise((r) => setTimeout(r, half));
    const mid = await read();
    await new Promise((r) => setTimeout(r, half));
    const end = await read();
    const part = (a: typeof start, b: typeof start) => `${b.frames - a.frames} frames drawn, ${b.long - a.long} long tasks`;
    console.log(`\na case screen left alone for ${STILL_S} s (${CASE}'s first decision, ${SLOWDOWN}x CPU slowdown): first half ${part(start, mid)}; second half ${part(mid, end)}`);
  } finally {
    await context.close();
  }
}

async function casesInARow(browser: Browser, url: string) {
  const caseIds = storyFiles('stories').map(storyIdOf);
  console.log(`\n${CASES_IN_A_ROW} cases in a row in one visit (${caseIds.join(', ')} in turn), ${SLOWDOWN}x CPU slowdown:`);
  const r = await playInARow(browser, `${url}game/`, caseIds, CASES_IN_A_ROW);
  // The first cases warm caches (code, fonts, each story's chunk); judge the rest against their mean.
  // (from case 5 on: by then each of the five cases has been played once)
  const from = Math.min(4, r.heapMb.length - 1);
  const flatness = (what: string, series: readonly number[], aim: string) => {
    const settled = series.slice(from);
    const mean = settled.reduce((a, b) => a + b, 0) / settled.length;
    const spread = Math.max(...settled.map((x) => Math.abs(x - mean) / mean)) * 100;
    const slope = settled.length > 1 ? (settled.at(-1)! - settled[0]!) / (settled.length - 1) : 0;
    console.log(`${what}, cases ${from + 1}-${series.length}: mean ${mean.toFixed(2)} MB, largest deviation ${spread.toFixed(1)}%${aim}, first to last ${slope >= 0 ? '+' : ''}${(slope * 1024).toFixed(0)} KB per case`);
  };
  console.log('');
  flatness('heap after GC', r.heapMb, ' (aim within ±5%)');
  // Steady growth (a leak) keeps its pace; V8 compiling more of the game as its functions grow hot
  // slows down and stops. So also: the trend over the last ten cases, by least squares.
  const tail = r.heapMb.slice(-10);
  if (r.heapMb.length >= 20) {
    const mx = (tail.length - 1) / 2;
    const my = tail.reduce((a, b) => a + b, 0) / tail.length;
    const slope = tail.reduce((n, y, x) => n + (x - mx) * (y - my), 0) / tail.reduce((n, _, x) => n + (x - mx) ** 2, 0);
    console.log(`heap after GC, last ten cases (${r.heapMb.length - 9}-${r.heapMb.length}): trend ${slope >= 0 ? '+' : ''}${(slope * 1024).toFixed(0)} KB per case (${((slope / my) * 100).toFixed(2)}% of their mean ${my.toFixed(2)} MB)`);
  }
  if (HEAP_SPLIT) {
    flatness("  in the snapshots: V8's compiled code", r.codeMb, '');
    flatness('  in the snapshots: the rest (objects, strings, DOM)', r.dataMb, '');
    // V8's heap after GC less its compiled code: what the game's own objects and strings take
    flatness("  heap after GC less V8's compiled code", r.heapMb.map((h, i) => h - r.codeMb[i]!), '');
  }
  const long = r.longTasks;
  console.log(`long tasks over 50 ms: ${long.count}${long.count ? ` (longest ${long.max.toFixed(0)} ms, total ${long.total.toFixed(0)} ms)` : ''}`);
  console.log(`choice to next choices painted, ${r.choiceToPaintMs.length} choices: p50 ${percentile(r.choiceToPaintMs, 50).toFixed(0)} ms, p95 ${percentile(r.choiceToPaintMs, 95).toFixed(0)} ms, max ${Math.max(...r.choiceToPaintMs).toFixed(0)} ms`);
  console.log(`illustration renderer: ${r.renderer}; WebGL contexts created: ${r.webglContexts}; "Too many active WebGL contexts" warnings: ${r.webglWarnings.filter((w) => /too many active webgl contexts/i.test(w)).length}; other WebGL console messages: ${r.webglWarnings.filter((w) => !/too many active webgl contexts/i.test(w)).length}`);
  for (const w of new Set(r.webglWarnings)) console.log(`  console: ${w.slice(0, 160)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
