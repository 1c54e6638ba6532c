import { describe, expect, it } from 'vitest';
import { combineProblem, decisionKey } from '../../src/workshop/combine.ts';
import { buildTrainerDebrief, combineDebriefs } from '../../src/debrief/trainer-debrief.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import type { WorkshopSession } from '../../src/workshop/types.ts';
import { miniJson, playPath, TABLES } from './helpers.ts';

describe('combining workshop sessions', () => {
  it('knows a decision by its option ids, in any order, not by their text', () => {
    const a = [{ id: 'eerste.0.c-0', text: 'Ik wacht af.' }, { id: 'eerste.0.c-1', text: 'Ik bel.' }];
    const rewritten = [{ id: 'eerste.0.c-1', text: 'Ik bel meteen.' }, { id: 'eerste.0.c-0', text: 'Ik wacht nog even af.' }];
    expect(decisionKey(rewritten)).toBe(decisionKey(a));
    expect(decisionKey([{ id: 'x.c-0' }])).not.toBe(decisionKey([{ id: 'x.c-1' }]));
  });

  it('combines two or more sessions of one case only', () => {
    expect(combineProblem([{ caseId: 'mini' }])).toBe('need-two');
    expect(combineProblem([{ caseId: 'mini' }, { caseId: 'john' }])).toBe('different-cases');
    expect(combineProblem([{ caseId: 'mini' }, { caseId: 'mini' }])).toBeNull();
  });

  it('adds up the votes of a decision whose option texts were rewritten between sessions', () => {
    const analysis = exploreStory(miniJson);
    const one = playPath('s1', TABLES, [{ votes: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], choice: 0 }]).session;
    const two = playPath('s2', TABLES, [{ votes: [[2, 0, 0], [0, 0, 0], [0, 0, 0]], choice: 0 }]).session;
    // the second session was played on a build where the first option's sentence was rewritten
    const n0 = two.nodes.n0!;
    const edited: WorkshopSession = { ...two, nodes: { ...two.nodes, n0: { ...n0, options: n0.options.map((o, i) => (i === 0 ? { ...o, text: 'Ik spreek Sam rustig en vriendelijk aan.' } : o)) } } };
    const c = combineDebriefs([buildTrainerDebrief(one, analysis), buildTrainerDebrief(edited, analysis)], analysis);
    expect(c.decisions[0]!.options.map((o) => o.votes)).toEqual([3, 1, 1]);
  });
});
