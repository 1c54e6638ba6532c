/**
 * The order in which a decision's options are shown: a permutation seeded by the play (or the
 * workshop session) and the decision's option ids. The same seed and the same decision always give
 * the same order, so a reload, the projector, the phones and the trainer's debrief agree; another
 * seed gives another order, so the position of an option says nothing about its worth.
 */

/** FNV-1a over the UTF-16 code units: a 32-bit hash, enough to seed a shuffle. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-mixed PRNG with 32 bits of state; yields floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The display order of a decision's options: element `p` is the index (into `optionIds`) of the
 * option shown at position `p`. Deterministic in `seed` and `optionIds`.
 */
export function optionOrder(seed: string, optionIds: readonly string[]): number[] {
  const order = optionIds.map((_, i) => i);
  const next = mulberry32(hash32(`${seed}\u0000${optionIds.join('\u0000')}`));
  // Fisher-Yates, from the end
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The options in display order. */
export function inDisplayOrder<T extends { readonly id: string }>(seed: string, options: readonly T[]): T[] {
  return optionOrder(seed, options.map((o) => o.id)).map((i) => options[i]!);
}

/** A new seed for a play or a session, from an injected source of randomness (e.g. Math.random). */
export function newSeed(random: () => number = Math.random): string {
  return Array.from({ length: 4 }, () => Math.floor(random() * 0x10000).toString(16).padStart(4, '0')).join('');
}

/**
 * A random source that makes `newSeed` give back `seed`: to start a play again with the order it
 * had (e.g. replayed from a learning platform's record). Null for a seed `newSeed` cannot make.
 */
export function randomFor(seed: string): (() => number) | null {
  if (!/^[0-9a-f]{16}$/.test(seed)) return null;
  const parts = [0, 4, 8, 12].map((i) => parseInt(seed.slice(i, i + 4), 16) / 0x10000);
  let i = 0;
  return () => parts[i++ % parts.length]!;
}
