/** A sliding-window limit per key (an address): at most `limit` events in `windowMs`. The clock is injected. */
export type RateLimiter = {
  /** Whether the key is still under its limit. */
  allowed(key: string): boolean;
  /** Records one event for the key. */
  hit(key: string): void;
  /** Records an event when allowed; false (and nothing recorded) when the key is over its limit. */
  take(key: string): boolean;
  /** Forgets keys with no event in the window, so the map does not grow without end. */
  sweep(): void;
};

export function createRateLimiter(limit: number, windowMs: number, now: () => number): RateLimiter {
  const hits = new Map<string, number[]>();
  const recent = (key: string) => {
    const from = now() - windowMs;
    const list = (hits.get(key) ?? []).filter((at) => at > from);
    hits.set(key, list);
    return list;
  };
  const limiter: RateLimiter = {
    allowed: (key) => recent(key).length < limit,
    hit: (key) => void recent(key).push(now()),
    take: (key) => (limiter.allowed(key) ? (limiter.hit(key), true) : false),
    sweep() {
      for (const key of [...hits.keys()]) if (recent(key).length === 0) hits.delete(key);
    },
  };
  return limiter;
}
