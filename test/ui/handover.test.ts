/**
 * A take-over waits for the other tab's last save. The "tabs" use Node's real BroadcastChannel
 * (delivered between instances of one name, as a browser does between tabs of one origin), the
 * game's in-memory locks, and a storage of their own each: what one tab writes reaches the other's
 * only when the test delivers it, as a browser hands a write to the other tabs a moment later.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLocks } from '../../src/play/game.ts';
import { memoryStorage, storedWrite } from '../../src/state/persistence.ts';
import { withHandover } from '../../src/ui/handover.ts';

const KEY = 'niet-pluis.progress';
const open: BroadcastChannel[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** A save as the stores write it, with only its head filled in. */
const save = (rev: number, by: string) => JSON.stringify({ version: 4, rev, by, past: [], state: {} });

function tabs() {
  const locks = memoryLocks();
  const tab = (name: string) => {
    const storage = memoryStorage({ [KEY]: save(4, 'a') });
    const channel = new BroadcastChannel('test.handover');
    open.push(channel);
    /** The revision this tab's stores were made to take in, each time. */
    const takenIn: number[] = [];
    const lost: string[] = [];
    const held = withHandover(locks.tab(), channel as unknown as Parameters<typeof withHandover>[1], {
      storage, keys: [KEY], takeIn: () => takenIn.push(storedWrite(storage, KEY).rev), answerMs: 150, arriveMs: 1000, everyMs: 5,
    });
    return { name, storage, takenIn, lost, locks: held };
  };
  return { a: tab('a'), b: tab('b') };
}

/** Settles to 'pending' if `p` has not settled within `ms`. */
const after = <T,>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<'pending'>((ok) => setTimeout(() => ok('pending'), ms))]);

describe('a take-over waits for the other tab\'s last save', () => {
  it('holds the case once the revision the other tab last read, its save on losing it included, is here; then takes it in', async () => {
    const { a, b } = tabs();
    expect(await b.locks.hold('john', false, () => {
      b.lost.push('john');
      b.storage.setItem(KEY, save(6, 'b')); // what the losing tab saves as it goes
    })).toBe(true);
    b.storage.setItem(KEY, save(5, 'b')); // a count entered in B a moment ago
    const taking = a.locks.hold('john', true, () => undefined);
    // B heard, and said it reads revision 6; A still reads 4
    expect(await after(taking, 300)).toBe('pending');
    expect(b.lost).toEqual(['john']);
    expect(a.takenIn).toEqual([]);
    a.storage.setItem(KEY, save(5, 'b')); // B's first save arrives
    expect(await after(taking, 100)).toBe('pending');
    a.storage.setItem(KEY, save(6, 'b')); // and its last
    expect(await taking).toBe(true);
    expect(a.takenIn).toEqual([6]);
  });

  it('goes on after a moment when no tab says anything (the other tab was closed), and takes in what is stored', async () => {
    const { a } = tabs();
    const started = Date.now();
    expect(await a.locks.hold('john', true, () => undefined)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(a.takenIn).toEqual([4]);
  });

  it('goes on when the revision named never comes (a storage that lost it)', async () => {
    const { a, b } = tabs();
    expect(await b.locks.hold('john', false, () => b.storage.setItem(KEY, save(9, 'b')))).toBe(true);
    const started = Date.now();
    expect(await a.locks.hold('john', true, () => undefined)).toBe(true);
    // the word from B (revision 9) was waited for until arriveMs had passed
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(a.takenIn).toEqual([4]);
  });

  it('asked to take over again while a take-over is under way, waits for that one (the other tab\'s word is not missed)', async () => {
    const { a, b } = tabs();
    expect(await b.locks.hold('john', false, () => b.storage.setItem(KEY, save(6, 'b')))).toBe(true);
    const first = a.locks.hold('john', true, () => undefined);
    await new Promise((ok) => setTimeout(ok, 50));
    const second = a.locks.hold('john', true, () => undefined);
    expect(await after(second, 300)).toBe('pending');
    a.storage.setItem(KEY, save(6, 'b'));
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(a.takenIn).toEqual([6]);
  });

  it('taking over a case this tab holds already waits for nobody', async () => {
    const { a } = tabs();
    expect(await a.locks.hold('john', false, () => undefined)).toBe(true);
    const started = Date.now();
    expect(await a.locks.hold('john', true, () => undefined)).toBe(true);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('a save of its own with the same revision is not the other tab\'s save', async () => {
    const { a, b } = tabs();
    expect(await b.locks.hold('john', false, () => b.storage.setItem(KEY, save(5, 'b')))).toBe(true);
    a.storage.setItem(KEY, save(5, 'a')); // both wrote revision 5
    const taking = a.locks.hold('john', true, () => undefined);
    expect(await after(taking, 300)).toBe('pending');
    a.storage.setItem(KEY, save(5, 'b'));
    expect(await taking).toBe(true);
  });

  it('holding a free case without taking it over waits for nobody', async () => {
    const { a } = tabs();
    const started = Date.now();
    expect(await a.locks.hold('john', false, () => undefined)).toBe(true);
    expect(Date.now() - started).toBeLessThan(100);
    expect(a.takenIn).toEqual([]);
  });
});
