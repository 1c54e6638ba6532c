import { describe, expect, it } from 'vitest';
import { inDisplayOrder, newSeed, optionOrder, randomFor } from '../../src/play/option-order.ts';

const ids = ['knot.0.c-0', 'knot.0.c-1', 'knot.0.c-2'];

describe('option order', () => {
  it('is a permutation of the option indices', () => {
    for (let n = 0; n <= 6; n++) {
      const these = Array.from({ length: n }, (_, i) => `k.c-${i}`);
      for (const seed of ['a', 'b', 'seed-3']) expect([...optionOrder(seed, these)].sort()).toEqual(these.map((_, i) => i));
    }
  });

  it('gives the same order for the same seed and decision', () => {
    expect(optionOrder('abc123', ids)).toEqual(optionOrder('abc123', [...ids]));
  });

  it('differs between seeds: every order of three options turns up, the best option is first about a third of the time', () => {
    const seen = new Set<string>();
    let firstIsZero = 0;
    for (let s = 0; s < 600; s++) {
      const order = optionOrder(`seed-${s}`, ids);
      seen.add(order.join(','));
      if (order[0] === 0) firstIsZero++;
    }
    expect(seen.size).toBe(6);
    expect(firstIsZero).toBeGreaterThan(150);
    expect(firstIsZero).toBeLessThan(250);
  });

  it('differs between decisions of one play', () => {
    const orders = new Set(Array.from({ length: 30 }, (_, d) => optionOrder('one-play', [`d${d}.c-0`, `d${d}.c-1`, `d${d}.c-2`]).join(',')));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('puts the options in that order', () => {
    const options = ids.map((id, i) => ({ id, text: `optie ${i}` }));
    const order = optionOrder('xyz', ids);
    expect(inDisplayOrder('xyz', options).map((o) => o.text)).toEqual(order.map((i) => `optie ${i}`));
  });

  it('makes seeds from the random source it is given', () => {
    expect(newSeed(() => 0)).toBe('0000000000000000');
    expect(newSeed(() => 0.5)).toBe('8000800080008000');
    expect(newSeed(Math.random)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('can give back a seed it made, to replay a play with its order', () => {
    for (const seed of ['0000000000000000', 'ffffffffffffffff', '8000800080008000', '1a2b3c4d5e6f7a8b']) expect(newSeed(randomFor(seed)!)).toBe(seed);
    expect(randomFor('v1:sylvia')).toBeNull();
  });
});
