/** `npm run explore [files…]`: compiles every story, walks every path, prints a table per story and its balance (do the options give the answer away?). */
import { buildStory, storyFiles } from '../build/load-stories.ts';
import { describeFailure } from '../story/compile.ts';
import { caseInvariantProblems, type StoryAnalysis } from '../story/explorer.ts';
import { PRINCIPLES } from '../story/principles.ts';
import { balanceProblems, storyBalance, type Balance } from '../story/balance.ts';
import { exploreStory } from '../story/explorer.ts';
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
    ['principle', 'best', 'worst', 'choices at stake'],
    ...PRINCIPLES.map((p) => [p.name.nl, String(a.best[p.id]), String(a.worst[p.id]), String(a.stakes[p.id])]),
  ]));
  console.log(`endings (${a.endings.length}): ${a.endings.map((e) => e.id).join(', ')}`);
  console.log(`signals (${a.signals.length}): ${a.signals.map((s) => s.id).join(', ')}`);
  console.log(`dead ends: ${a.deadEnds.length}, unscored choices: ${a.unscoredChoices.length}, without feedback: ${a.choicesWithoutFeedback.length}`);
  for (const d of a.deadEnds.slice(0, 5)) console.log(`  dead end after: ${d.after}`);
  for (const u of a.unscoredChoices.slice(0, 5)) console.log(`  unscored: ${u.choice}`);
  const problems = caseInvariantProblems(a);
  console.log(problems.length === 0 ? 'invariants: OK' : `invariants: FAIL\n  - ${problems.join('\n  - ')}`);
  if (problems.length > 0) failed = true;
  for (const id of a.switches) {
    const on = exploreStory(json, { switches: { [id]: true } });
    const switched = caseInvariantProblems(on);
    console.log(`with "${SWITCHES[id].nl}" on: endings ${on.endings.map((e) => e.id).join(', ')}; decisions per path ${on.decisionsPerPath.min}-${on.decisionsPerPath.max}; ` +
      (switched.length === 0 ? 'invariants: OK' : `invariants: FAIL\n  - ${switched.join('\n  - ')}`));
    if (switched.length > 0) failed = true;
  }
  console.log(`policy questions (${a.policyQuestions.length}):${a.policyQuestions.map((q) => `\n  Tip ${q.tip}: ${q.question}`).join('')}`);
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
  if (!outcome.ok) {
    failed = true;
    console.error(describeFailure(outcome.result.diagnostics));
    continue;
  }
  report(file, outcome.story.json, outcome.story.analysis, Date.now() - started);
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
