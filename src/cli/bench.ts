/**
 * `npm run bench`: builds for production, serves the files gzipped on loopback, and measures in
 * headless Chromium with 4x CPU slowdown and fast-4G emulation, over cold runs:
 *   - time from navigation to the first story choice painted (Element Timing API),
 *   - JS transferred (gzip) before that moment and in total,
 *   - JS heap after load (after the illustration has arrived, after a GC).
 * The same is measured for a minimal reference page (plain HTML + the inkjs runtime playing the
 * same compiled story), and the ratio game/reference is printed.
 */
import { build } from 'vite';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildStory } from '../build/load-stories.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CASE = process.env.BENCH_CASE ?? 'sylvia';
const OUT = resolve('dist-bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

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

type Sample = { firstChoiceMs: number; jsBeforeKb: number; jsTotalKb: number; heapMb: number };

async function measure(browser: Browser, url: string, seed: Record<string, string>, waitForWorld: boolean): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (1.5 * 1024 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  // page-side code as strings: a function would carry the TypeScript runner's helpers along
  await page.addInitScript(`
    for (const [k, v] of Object.entries(${JSON.stringify(seed)})) localStorage.setItem(k, v);
    // Element Timing: when the first choice was painted, not merely put in the DOM
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'choice' && window.__firstChoice === undefined) window.__firstChoice = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  `);

  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('window.__firstChoice !== undefined', null, { timeout: 60_000 });
  if (waitForWorld) await page.waitForSelector('.world canvas', { timeout: 60_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  // Resource Timing on the page's own clock: gzip body sizes of every script, and when each arrived.
  const { firstChoiceMs, jsBefore, jsTotal } = (await page.evaluate(`(() => {
    const first = window.__firstChoice;
    const js = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.js'));
    const sum = (xs) => xs.reduce((a, e) => a + e.encodedBodySize, 0);
    return { firstChoiceMs: first, jsBefore: sum(js.filter((e) => e.responseEnd <= first)), jsTotal: sum(js) };
  })()`)) as { firstChoiceMs: number; jsBefore: number; jsTotal: number };
  await context.close();
  return { firstChoiceMs, jsBeforeKb: jsBefore / 1024, jsTotalKb: jsTotal / 1024, heapMb: heap.usedSize / (1024 * 1024) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  console.log(`Building for production…`);
  await build({ logLevel: 'warn', build: { outDir: join(OUT, 'game'), emptyOutDir: true } });
  const story = buildStory(`stories/${CASE}.ink`);
  if (!story.ok) throw new Error(`stories/${CASE}.ink does not compile`);
  writeReference(join(OUT, 'reference'), story.story.json);
  const { server, url } = await serve(OUT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const seed = { 'niet-pluis.settings': JSON.stringify({ state: { lang: 'nl', highContrast: false, motion: 'system', largeText: false, notesSeen: [CASE] }, version: 1 }) };
  const game: Sample[] = [];
  const ref: Sample[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      game.push(await measure(browser, `${url}game/#play=${CASE}`, seed, true));
      ref.push(await measure(browser, `${url}reference/`, {}, false));
      console.log(`run ${i + 1}/${RUNS}: game ${game[i]!.firstChoiceMs.toFixed(0)} ms, reference ${ref[i]!.firstChoiceMs.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const row = (name: string, s: Sample[]) =>
    `${name.padEnd(10)} ${median(s.map((x) => x.firstChoiceMs)).toFixed(0).padStart(8)} ms ${median(s.map((x) => x.jsBeforeKb)).toFixed(1).padStart(9)} KB ${median(s.map((x) => x.jsTotalKb)).toFixed(1).padStart(9)} KB ${median(s.map((x) => x.heapMb)).toFixed(1).padStart(8)} MB`;
  console.log(`\nMedian of ${RUNS} cold runs, case "${CASE}", 4x CPU slowdown, 9 Mbps / 150 ms RTT:`);
  console.log(`${''.padEnd(10)} ${'1st choice'.padStart(11)} ${'JS before'.padStart(12)} ${'JS total'.padStart(12)} ${'heap'.padStart(11)}`);
  console.log(row('game', game));
  console.log(row('reference', ref));
  const ratio = median(game.map((x) => x.firstChoiceMs)) / median(ref.map((x) => x.firstChoiceMs));
  console.log(`\nratio game/reference (time to first choice): ${ratio.toFixed(2)}x  (aim <= 1.3x)`);
  console.log(`JS before first choice: ${median(game.map((x) => x.jsBeforeKb)).toFixed(1)} KB gzip (aim <= 100 KB); all JS: ${median(game.map((x) => x.jsTotalKb)).toFixed(1)} KB gzip (aim <= 450 KB)`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
