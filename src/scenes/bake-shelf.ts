/**
 * Which baked drawings the scene keeps. A drawing in use stays. One no longer shown goes on a shelf,
 * so a place visited again, or a case played again, is not drawn again: baking a place is a long
 * task on a slow phone, at every change of place. The shelf holds at most `budget` bytes;
 * over that, the drawing left longest ago goes. Plain TypeScript: the scene says how to drop one.
 */
export type BakeShelf = {
  /** Takes a use of `key`, `bytes` in size. True: it is baked already (in use, or from the shelf); false: bake it now. */
  take(key: string, bytes: number): boolean;
  /** Gives a use back. The last one puts the drawing on the shelf (or drops it, if the shelf cannot hold it). */
  give(key: string): void;
  /** Gives back every use (a case ends): all its drawings go on the shelf, within the budget. */
  giveAll(): void;
  /** Drops every drawing on the shelf; those in use stay. */
  empty(): void;
  /** Drops every drawing, in use or on the shelf. */
  clear(): void;
  /** The drawings in use, and on the shelf (least recently left first), for a look from outside. */
  inUse(): string[];
  shelved(): string[];
  shelvedBytes(): number;
};

/**
 * Bytes the shelf may hold, counted as the scene holds each drawing (place-scene.ts: its canvas and
 * the GPU's copy). At one pixel per world unit the drawings of all five cases come to about 30 MB a
 * copy, 60 MB held, and fit (measured with `npm run bench`, which plays them in turn, when Phaser
 * still kept a third copy in the JS heap). At two pixels per unit, as on most phones, they take four
 * times as much, so the shelf holds about one case's drawings there.
 */
export const SHELF_BUDGET = 64 * 1024 * 1024;

export function createBakeShelf(budget: number, drop: (key: string) => void): BakeShelf {
  const uses = new Map<string, { count: number; bytes: number }>();
  // A Map keeps insertion order: the first entry is the one left longest ago.
  const shelf = new Map<string, number>();
  let shelfBytes = 0;

  const trim = (): void => {
    for (const [key, bytes] of shelf) {
      if (shelfBytes <= budget) return;
      shelf.delete(key);
      shelfBytes -= bytes;
      drop(key);
    }
  };
  const putAway = (key: string, bytes: number): void => {
    shelf.set(key, bytes);
    shelfBytes += bytes;
    trim();
  };

  return {
    take(key, bytes) {
      const used = uses.get(key);
      if (used) {
        used.count++;
        return true;
      }
      const shelved = shelf.get(key);
      if (shelved !== undefined) {
        shelf.delete(key);
        shelfBytes -= shelved;
        uses.set(key, { count: 1, bytes: shelved });
        return true;
      }
      uses.set(key, { count: 1, bytes });
      return false;
    },
    give(key) {
      const used = uses.get(key);
      if (!used) return;
      if (--used.count > 0) return;
      uses.delete(key);
      putAway(key, used.bytes);
    },
    giveAll() {
      const all = [...uses];
      uses.clear();
      for (const [key, { bytes }] of all) putAway(key, bytes);
    },
    empty() {
      const all = [...shelf.keys()];
      shelf.clear();
      shelfBytes = 0;
      for (const key of all) drop(key);
    },
    clear() {
      const all = [...uses.keys(), ...shelf.keys()];
      uses.clear();
      shelf.clear();
      shelfBytes = 0;
      for (const key of all) drop(key);
    },
    inUse: () => [...uses.keys()],
    shelved: () => [...shelf.keys()],
    shelvedBytes: () => shelfBytes,
  };
}
