/**
 * The municipal workshop needs more than practice: every case asks policy questions, has a branch
 * where the system fails (a switch the trainer sets), and the cases together cover every tip of
 * the guide. The case rules hold with the switch off and on.
 */
import { describe, expect, it } from 'vitest';
import { analyse, buildStory, storyFiles } from '../../src/build/load-stories.ts';
import { caseInvariantProblems, type StoryAnalysis } from '../../src/story/explorer.ts';
import { uncoveredTips } from '../../src/story/policy-coverage.ts';

const cases: Array<{ file: string; json: string; off: StoryAnalysis; on: StoryAnalysis }> = [];
for (const file of storyFiles('stories')) {
  const built = buildStory(file);
  if (!built.ok) throw new Error(`${file} does not compile`);
  cases.push({ file, json: built.story.json, off: built.story.analysis, on: analyse(built.story.json, { systeem_faalt: true }) });
}

describe('the policy lens in the cases', () => {
  for (const c of cases) {
    describe(c.file, () => {
      it('declares the "system fails" switch, and the case rules hold with it on', () => {
        expect(c.off.switches).toContain('systeem_faalt');
        expect(caseInvariantProblems(c.on)).toEqual([]);
      });

      it('takes another course when the system fails: an ending or a line only met with the switch on', () => {
        const endingsOff = new Set(c.off.endings.map((e) => e.text));
        const questionsOff = new Set(c.off.policyQuestions.map((q) => q.question));
        const differs = c.on.endings.some((e) => !endingsOff.has(e.text)) || c.on.policyQuestions.some((q) => !questionsOff.has(q.question)) || c.on.paths !== c.off.paths;
        expect(differs).toBe(true);
      });

      it('asks at least three policy questions', () => {
        const questions = new Set([...c.off.policyQuestions, ...c.on.policyQuestions].map((q) => q.question));
        expect(questions.size).toBeGreaterThanOrEqual(3);
      });
    });
  }

  it('covers all ten tips of the guide across the cases', () => {
    expect(uncoveredTips(cases.map((c) => ({ meta: c.off.meta, policyQuestions: [...c.off.policyQuestions, ...c.on.policyQuestions] })))).toEqual([]);
  });

  it('has a fifth case played from another role than the first four', () => {
    const roles = cases.map((c) => c.off.meta.rol.toLowerCase());
    expect(cases.length).toBeGreaterThanOrEqual(5);
    expect(roles.some((r) => /huisarts|leerplicht/.test(r))).toBe(true);
  });
});
