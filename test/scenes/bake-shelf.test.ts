import { describe, expect, it } from 'vitest';
import { createBakeShelf } from '../../src/scenes/bake-shelf.ts';

/** A shelf of 100 bytes that writes down what it drops. */
function shelf(budget = 100) {
  const dropped: string[] = [];
  return { s: createBakeShelf(budget, (k) => dropped.push(k)), dropped };
}

describe('the shelf of baked drawings', () => {
  it('asks for a bake only the first time a drawing is taken, and keeps it while any use remains', () => {
    const { s, dropped } = shelf();
    expect(s.take('a', 40)).toBe(false);
    expect(s.take('a', 40)).toBe(true);
    s.give('a');
    expect(s.inUse()).toEqual(['a']);
    expect(s.shelved()).toEqual([]);
    s.give('a');
    expect(s.inUse()).toEqual([]);
    expect(s.shelved()).toEqual(['a']);
    expect(s.shelvedBytes()).toBe(40);
    expect(dropped).toEqual([]);
  });

  it('gives a shelved drawing back without a bake', () => {
    const { s } = shelf();
    s.take('a', 40);
    s.give('a');
    expect(s.take('a', 40)).toBe(true);
    expect(s.inUse()).toEqual(['a']);
    expect(s.shelvedBytes()).toBe(0);
  });

  it('over the budget, drops the drawing left longest ago, never one in use', () => {
    const { s, dropped } = shelf(100);
    for (const k of ['a', 'b', 'c']) s.take(k, 40);
    s.take('in-use', 90);
    s.give('a');
    s.give('b');
    expect(dropped).toEqual([]);
    s.give('c'); // 120 bytes shelved: a, left first, goes
    expect(dropped).toEqual(['a']);
    expect(s.shelved()).toEqual(['b', 'c']);
    expect(s.shelvedBytes()).toBe(80);
    expect(s.inUse()).toEqual(['in-use']);
  });

  it('counts a drawing taken from the shelf as left anew when it is given back', () => {
    const { s, dropped } = shelf(100);
    for (const k of ['a', 'b']) s.take(k, 40);
    s.give('a');
    s.give('b');
    s.take('a', 40);
    s.give('a'); // now b was left longest ago
    s.take('c', 40);
    s.give('c');
    expect(dropped).toEqual(['b']);
    expect(s.shelved()).toEqual(['a', 'c']);
  });

  it('drops at once a drawing larger than the whole shelf', () => {
    const { s, dropped } = shelf(100);
    s.take('huge', 150);
    s.give('huge');
    expect(dropped).toEqual(['huge']);
    expect(s.shelved()).toEqual([]);
    expect(s.take('huge', 150)).toBe(false);
  });

  it('shelves every drawing of a case when it ends, and drops them all when the scene ends', () => {
    const { s, dropped } = shelf(100);
    s.take('a', 30);
    s.take('a', 30);
    s.take('b', 30);
    s.giveAll();
    expect(s.inUse()).toEqual([]);
    expect(s.shelved().sort()).toEqual(['a', 'b']);
    expect(dropped).toEqual([]);
    s.take('c', 30);
    s.clear();
    expect(dropped.sort()).toEqual(['a', 'b', 'c']);
    expect(s.shelved()).toEqual([]);
    expect(s.inUse()).toEqual([]);
    expect(s.shelvedBytes()).toBe(0);
  });

  it('empties the shelf and keeps the drawings in use, which a bake is not asked for again', () => {
    const { s, dropped } = shelf(100);
    s.take('a', 30);
    s.take('b', 30);
    s.give('a');
    s.empty();
    expect(dropped).toEqual(['a']);
    expect(s.shelved()).toEqual([]);
    expect(s.shelvedBytes()).toBe(0);
    expect(s.inUse()).toEqual(['b']);
    expect(s.take('b', 30)).toBe(true);
    // the one dropped is baked anew when wanted again
    expect(s.take('a', 30)).toBe(false);
  });

  it('ignores a use given back that was never taken', () => {
    const { s, dropped } = shelf();
    s.give('never');
    expect(s.shelved()).toEqual([]);
    expect(dropped).toEqual([]);
  });
});
