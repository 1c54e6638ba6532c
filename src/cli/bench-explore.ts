/**
 * `npm run bench:explore`: how long walking every path takes, and how much memory, for the cases in
 * stories/, for synthetic stories of 8, 10 and 12 decisions with a variable per decision, and for
 * pathological stories (the time until the walk stops with a clear error). Each story runs in a
 * child process of its own, so the peak memory (max RSS) is its own. Prints figures; asserts nothing.
 *
 *   npm run bench:explore              all of the above
 *   npm run bench:explore -- --quick   only the cases and the 12-decision stories
 */
import { execFileSync } from 'node:child_process';
import { compileInk } from '../story/compile.ts';
import { ExploreStoppedError, exploreStory } from '../story/explorer.ts';
import { cpuClock, storyFiles } from '../build/load-stories.ts';
import { diskReader } from '../build/node-reader.ts';

const HEADER = ['titel: Synthetisch', 'kind: Sam, 13 jaar', 'leeftijd: 13', 'thema: t', 'rol: r', 'duur: 10', 'inhoud: n'].map((t) => `# ${t}`).join('\n');
const SCORED = (p: string, v: number) => `#${p}: ${v > 0 ? '+' : ''}${v} #feedback: f #bron: Tip 6`;

/**
 * N decisions of three options; each decision writes its own variable, which the story reads two
 * decisions later (a reaction in the text), and a counter picks one of three endings.
 */
function readLater(n: number): string {
  const out = [HEADER, 'VAR zorg = 0', ...Array.from({ length: n }, (_, i) => `VAR d${i} = 0`), '-> start', '=== start ==='];
  for (let i = 0; i < n; i++) {
    out.push(`Beslissing ${i + 1}.${i >= 2 ? ` {d${i - 2} == 1: Sam weet nog wat je vroeg.}{d${i - 2} == 2: Sam kijkt weg.}` : ''}`);
    out.push(`* [Optie A${i} ${SCORED('belang', 1)}]`, `  ~ d${i} = 1`, '  ~ zorg = zorg + 1');
    out.push(`* [Optie B${i} ${SCORED('geen_schuld', -1)}]`, `  ~ d${i} = 2`);
    out.push(`* [Optie C${i} ${SCORED('verwijzing', 1)}]`);
    out.push('- ');
  }
  out.push('{', `- zorg > ${Math.floor((2 * n) / 3)}: Goed. # einde: goed`, `- zorg > ${Math.floor(n / 3)}: Half. # einde: half`, '- else: Slecht. # einde: slecht', '}', '-> END');
  return out.join('\n');
}

/** N decisions of two options; option A sets a yes/no variable, and the last line reads them all. */
function readAtEnd(n: number): string {
  const out = [HEADER, ...Array.from({ length: n }, (_, i) => `VAR b${i} = false`), '-> start', '=== start ==='];
  for (let i = 0; i < n; i++) out.push(`Beslissing ${i + 1}.`, `* [Optie A${i} ${SCORED('belang', 1)}]`, `  ~ b${i} = true`, `* [Optie B${i} ${SCORED('belang', -1)}]`, '- ');
  out.push(`Terugblik: ${Array.from({ length: n }, (_, i) => `{b${i}: ja|nee}`).join(' ')}. # einde: klaar`, '-> END');
  return out.join('\n');
}

/** Once-only choices with a cycling sequence at every decision (this used to multiply the states). */
function onceWithSequence(n: number): string {
  const out = [HEADER, '-> start', '=== start ==='];
  for (let i = 0; i < n; i++) out.push(`Stap ${i + 1}. {&Het regent.|Het is droog.|Het waait.}`, `* [A${i} ${SCORED('belang', 1)}]`, `* [B${i} ${SCORED('belang', -1)}]`, `* [C${i} ${SCORED('verwijzing', 1)}]`, '- ');
  out.push('Klaar. # einde: klaar', '-> END');
  return out.join('\n');
}

const PATHOLOGICAL: Record<string, string> = {
  'divert loop without a choice': [HEADER, 'Begin.', `* [Rond ${SCORED('belang', 1)}] -> rondje`, `* [Klaar ${SCORED('belang', 1)}] Klaar. # einde: klaar`, '  -> END', '=== rondje ===', 'Nog een rondje.', '-> rondje'].join('\n'),
  'loop without a choice, with a sequence in it': [HEADER, 'Begin.', `* [Rond ${SCORED('belang', 1)}] -> rondje`, `* [Klaar ${SCORED('belang', 1)}] Klaar. # einde: klaar`, '  -> END', '=== rondje ===', '{&Nog een rondje.|En nog een.}', '-> rondje'].join('\n'),
  'repeatable question loop with a counter': [HEADER, 'VAR aantal = 0', '-> vragen', '=== vragen ===', '~ aantal = aantal + 1', 'Vraag {aantal}.', `+ [Ik vraag nog iets ${SCORED('belang', 1)}] -> vragen`, `+ [Stop ${SCORED('belang', 1)}] Klaar. # einde: klaar`, '  -> END'].join('\n'),
  '14 decisions, 3 options, every variable read at the end': (() => {
    const n = 14;
    const out = [HEADER, ...Array.from({ length: n }, (_, i) => `VAR d${i} = 0`), '-> start', '=== start ==='];
    for (let i = 0; i < n; i++) out.push(`Beslissing ${i + 1}.`, `* [A${i} ${SCORED('belang', 1)}]`, `  ~ d${i} = 1`, `* [B${i} ${SCORED('belang', -1)}]`, `  ~ d${i} = 2`, `* [C${i} ${SCORED('belang', 0 + 1)}]`, '- ');
    out.push(`Terugblik: ${Array.from({ length: n }, (_, i) => `{d${i}}`).join('')}. # einde: klaar`, '-> END');
    return out.join('\n');
  })(),
};

type Case = { readonly id: string; readonly group: 'case' | 'synthetic' | 'pathological'; readonly source: () => { name: string; text: string } | { file: string } };

function cases(quick: boolean): Case[] {
  const list: Case[] = storyFiles('stories').map((file) => ({ id: file, group: 'case', source: () => ({ file }) }));
  for (const n of quick ? [12] : [8, 10, 12]) {
    list.push({ id: `${n} decisions, variable read two decisions later`, group: 'synthetic', source: () => ({ name: `synthetic-${n}.ink`, text: readLater(n) }) });
    list.push({ id: `${n} decisions, yes/no variable read at the end`, group: 'synthetic', source: () => ({ name: `end-${n}.ink`, text: readAtEnd(n) }) });
  }
  list.push({ id: '12 decisions, once-only choices with a sequence', group: 'synthetic', source: () => ({ name: 'once-seq.ink', text: onceWithSequence(12) }) });
  if (!quick) for (const [id, text] of Object.entries(PATHOLOGICAL)) list.push({ id, group: 'pathological', source: () => ({ name: 'pathological.ink', text }) });
  return list;
}

/** In the child: compile and walk one story, print one line of JSON. */
function measure(c: Case): void {
  const src = c.source();
  const r = 'file' in src ? compileInk(src.file, diskReader()) : compileInk(src.name, { resolve: (n) => n, read: () => src.text });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  const cpu0 = cpuClock();
  const wall0 = Date.now();
  let result: Record<string, unknown>;
  try {
    const a = exploreStory(r.json, { clock: cpuClock });
    result = { outcome: 'explored', states: a.states, paths: a.paths, decisions: `${a.decisionsPerPath.min}-${a.decisionsPerPath.max}` };
  } catch (e) {
    if (!(e instanceof ExploreStoppedError)) throw e;
    const at = r.sourceMap.lineOf(e.at);
    result = { outcome: `stopped: ${e.reason}${at ? ` at line ${at.line}` : ''}`, states: e.states };
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ...result, cpuMs: Math.round(cpuClock() - cpu0), wallMs: Date.now() - wall0, maxRssMb: Math.round(rss) }));
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const one = args.indexOf('--one');
if (one >= 0) {
  measure(cases(false).find((c) => c.id === args[one + 1])!);
} else {
  const rows: string[][] = [['group', 'story', 'outcome', 'states', 'paths', 'cpu s', 'wall s', 'max RSS MB']];
  for (const c of cases(quick)) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--one', c.id], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const m = JSON.parse(out.trim().split('\n').pop()!) as { outcome: string; states: number; paths?: number; cpuMs: number; wallMs: number; maxRssMb: number };
    rows.push([c.group, c.id, m.outcome, String(m.states), m.paths === undefined ? '-' : String(m.paths), (m.cpuMs / 1000).toFixed(1), (m.wallMs / 1000).toFixed(1), String(m.maxRssMb)]);
    console.log(rows[rows.length - 1]!.join(' | '));
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\n${rows.map((r) => r.map((x, i) => x.padEnd(widths[i]!)).join('  ')).join('\n')}`);
  console.log('\ncpu s: CPU time of the walk (what the build budget counts); wall s: elapsed time, which grows when the machine is busy.');
}
