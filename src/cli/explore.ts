/** `npm run explore [files…]`: compiles every story, walks every path, prints a table per story. */
import { buildStory, storyFiles } from '../build/load-stories.ts';
import { describeFailure } from '../story/compile.ts';
import { caseInvariantProblems, type StoryAnalysis } from '../story/explorer.ts';
import { PRINCIPLES } from '../story/principles.ts';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : storyFiles('stories');
let failed = false;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

function report(file: string, a: StoryAnalysis, ms: number): void {
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
}

for (const file of files) {
  const started = Date.now();
  const outcome = buildStory(file);
  if (!outcome.ok) {
    failed = true;
    console.error(describeFailure(outcome.result.diagnostics));
    continue;
  }
  report(file, outcome.story.analysis, Date.now() - started);
}
process.exitCode = failed ? 1 : 0;
