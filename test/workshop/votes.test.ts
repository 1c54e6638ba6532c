import { describe, expect, it } from 'vitest';
import { addCounts, isVoteCount, majorityChoice, majorityPosition, percentages, sumOf, voteTotals } from '../../src/workshop/votes.ts';
import { newMini, TABLES } from './helpers.ts';
import { setVotes } from '../../src/workshop/session.ts';

describe('vote aggregation', () => {
  it('adds counts per option over groups, treating a missing group as zeros', () => {
    expect(addCounts(3, [[1, 2, 3], undefined, [4, 0, 1]])).toEqual([5, 2, 4]);
    expect(addCounts(3, [])).toEqual([0, 0, 0]);
  });

  it('totals the votes of every table at a decision', () => {
    let { session, now } = newMini('s', TABLES);
    const at = session.root;
    session = setVotes(session, at, 't1', [3, 1, 0], now());
    session = setVotes(session, at, 't3', [0, 4, 2], now());
    expect(voteTotals(session.nodes[at]!)).toEqual([3, 5, 2]);
    expect(majorityChoice(session.nodes[at]!)).toBe(1);
    // a table that counts again replaces its own numbers, not the others'
    session = setVotes(session, at, 't1', [9, 0, 0], now());
    expect(voteTotals(session.nodes[at]!)).toEqual([9, 4, 2]);
    expect(majorityChoice(session.nodes[at]!)).toBe(0);
  });

  it('finds the majority, and none on a tie or without votes', () => {
    expect(majorityPosition([2, 7, 1])).toBe(1);
    expect(majorityPosition([4, 4, 1])).toBeNull();
    expect(majorityPosition([1, 4, 4])).toBeNull();
    expect(majorityPosition([0, 0, 0])).toBeNull();
    expect(majorityPosition([])).toBeNull();
    expect(majorityPosition([0, 0, 1])).toBe(2);
  });

  it('gives whole percentages, equal for equal counts, adding up to 100 where equal counts allow it', () => {
    expect(percentages([1, 1, 1])).toEqual([33, 33, 33]);
    expect(percentages([2, 1])).toEqual([67, 33]);
    expect(percentages([0, 5, 0])).toEqual([0, 100, 0]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    // 31 and 31 of 93 votes are 33.3% each, 31 more: never 34 beside 33
    expect(percentages([31, 31, 31])).toEqual([33, 33, 33]);
    // 3, 3, 1 of 7: 42.9, 42.9, 14.3 -> the two equal ones get the spare points together
    expect(percentages([3, 3, 1])).toEqual([43, 43, 14]);
    for (const counts of [[7, 11, 13, 2], [1, 2, 3, 4, 5, 6], [5, 3]]) expect(sumOf(percentages(counts))).toBe(100);
  });

  it('accepts only whole, non-negative counts', () => {
    expect([0, 1, 40].every(isVoteCount)).toBe(true);
    expect([-1, 1.5, NaN, Infinity, '3', null].some(isVoteCount)).toBe(false);
  });
});
