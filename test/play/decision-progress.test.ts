import { describe, expect, it } from 'vitest';
import { decisionProgress } from '../../src/play/decision-progress.ts';

const option = (id: string) => ({ id, text: id, scores: {} });
const analysis = {
  decisionsPerPath: { min: 7, max: 11 },
  decisions: [
    { context: 'a', options: [option('a1'), option('a2')], remaining: { min: 7, max: 11 } },
    { context: 'b', options: [option('b1'), option('b2'), option('b3')], remaining: { min: 4, max: 4 } },
  ],
};
const choice = (id: string) => ({ id, index: 0, text: id, assessment: { scores: {}, neutral: false, feedback: null, sources: [] } });
const taken = (n: number) => Array.from({ length: n }, () => ({ chosen: choice('x'), alternatives: [], context: '', prompts: [] }));

describe('decision progress', () => {
  it('at the first decision: number 1 of about the middle of the fewest and most ahead', () => {
    expect(decisionProgress(analysis, { decisions: [], choices: [choice('a2'), choice('a1')], finished: false })).toEqual({ number: 1, total: 9, exact: false, finished: false });
  });

  it('later on: the decisions taken plus those ahead, exact when every way on is as long', () => {
    expect(decisionProgress(analysis, { decisions: taken(5), choices: [choice('b1'), choice('b2'), choice('b3')], finished: false })).toEqual({ number: 6, total: 9, exact: true, finished: false });
  });

  it('finds a decision shown with fewer options (a conditional option) by the ids it has', () => {
    expect(decisionProgress(analysis, { decisions: taken(5), choices: [choice('b1'), choice('b3')], finished: false }).total).toBe(9);
  });

  it('falls back to the paths of the story for a decision it does not know, never below the number', () => {
    expect(decisionProgress(analysis, { decisions: taken(2), choices: [choice('zz')], finished: false })).toEqual({ number: 3, total: 9, exact: false, finished: false });
    expect(decisionProgress(analysis, { decisions: taken(12), choices: [choice('zz')], finished: false }).total).toBe(13);
  });

  it('at the end: how many were made', () => {
    expect(decisionProgress(analysis, { decisions: taken(8), choices: [], finished: true })).toEqual({ number: 8, total: 8, exact: true, finished: true });
  });
});
