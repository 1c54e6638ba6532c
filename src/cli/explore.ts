/**
 * `npm run explore [files…]`: compiles every story (or the given files), walks every path, prints a
 * table per story, its policy questions and its balance (do the options give the answer away?), and
 * every broken rule with file and line. Exit code 1 when any story breaks a rule.
 */
import { analyse, buildStory, storyFiles } from '../build/load-stories.ts';
import { formatDiagnostic } from '../story/lint.ts';
import type { StoryAnalysis } from '../story/explorer.ts';
import { PRINCIPLES } from '../story/principles.ts';
import { balanceProblems, storyBalance, type Balance } from '../story/balance.ts';
import { ALL_TIPS, tipCoverage } from '../story/policy-coverage.ts';
import { SWITCHES } from '../story/switches.ts';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : storyFiles('stories');
let failed = false;
const balances: Array<[string, Balance]> = [];
const analyses: StoryAnalysis[] = [];
const pct = (x: number) => `${Math.round(x * 100)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

function report(file: string, json: string, a: StoryAnalysis, ms: number): void {
  console.log(`\n== ${file}: ${a.meta.titel} (${a.meta.rol})`);
  console.log(`paths ${a.paths}, states ${a.states}, decisions per path ${a.decisionsPerPath.min}-${a.decisionsPerPath.max}, explored in ${ms} ms`);
  console.log(table([
    ['principe', 'beste', 'slechtste', 'keuzes op het spel'],
    ...PRINCIPLES.map((p) => [p.name.nl, String(a.best[p.id]), String(a.worst[p.id]), String(a.stakes[p.id])]),
  ]));
  console.log(`eindes (${a.endings.length}): ${a.endings.map((e) => e.id).join(', ')}`);
  console.log(`signalen (${a.signals.length}): ${a.signals.map((s) => s.id).join(', ')}`);
  for (const id of a.switches) {
    try {
      // the build walked it already (the analysis is cached); this only reports it
      const on = analyse(json, { [id]: true });
      console.log(`met "${SWITCHES[id].nl}" aan: eindes ${on.endings.map((e) => e.id).join(', ')}; beslissingen per pad ${on.decisionsPerPath.min}-${on.decisionsPerPath.max}`);
    } catch {
      // the build's diagnostics say why
    }
  }
  console.log(`beleidsvragen (${a.policyQuestions.length}):${a.policyQuestions.map((q) => `\n  Tip ${q.tip}: ${q.question}`).join('')}`);
  analyses.push(a);
  const b = storyBalance(json, a);
  balances.push([file, b]);
  console.log(`balance: best option is the longest in ${b.bestLongest.count}/${b.bestLongest.total} decisions (${pct(b.bestLongest.share)}); ` +
    `two or more positive options in ${b.twoPositive.count}/${b.twoPositive.total} (${pct(b.twoPositive.share)}); ` +
    `always first shown ${pct(b.firstShown)}, always longest ${pct(b.longest)} of the best`);
  const off = balanceProblems(b);
  console.log(off.length === 0 ? 'balance: OK' : `balance: FAIL\n  - ${off.join('\n  - ')}`);
}

for (const file of files) {
  const started = Date.now();
  const outcome = buildStory(file);
  if (outcome.ok) {
    report(file, outcome.story.json, outcome.story.analysis, Date.now() - started);
    console.log('regels: OK');
    continue;
  }
  failed = true;
  if (outcome.analysis && outcome.json) report(file, outcome.json, outcome.analysis, Date.now() - started);
  else console.log(`\n== ${file}`);
  console.log(`regels: ${outcome.result.diagnostics.length} fout(en)`);
  for (const d of outcome.result.diagnostics) console.error(formatDiagnostic(d));
}
if (balances.length > 1) {
  console.log('\n== balance (limits: best longest <= 40%, two or more positive >= 50%, each strategy <= 60%)');
  console.log(table([
    ['story', 'decisions', 'best longest', '2+ positive', 'first shown', 'longest'],
    ...balances.map(([f, b]) => [f, String(b.decisions), pct(b.bestLongest.share), pct(b.twoPositive.share), pct(b.firstShown), pct(b.longest)]),
  ]));
}
if (analyses.length > 1) {
  const coverage = tipCoverage(analyses);
  console.log('\n== policy questions per tip of the guide (x = the case asks one)');
  console.log(table([
    ['tip', ...analyses.map((a) => a.meta.titel)],
    ...ALL_TIPS.map((tip) => [`Tip ${tip}`, ...analyses.map((a) => (coverage.get(tip)!.includes(a.meta.titel) ? 'x' : '.'))]),
  ]));
}
process.exitCode = failed ? 1 : 0;
