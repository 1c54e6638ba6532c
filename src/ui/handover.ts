/**
 * A take-over waits for what the other tab saved last. A browser hands one tab's write to
 * localStorage to the other tabs a moment later, and a stolen lock can come first: the tab taking
 * over would show, and then save from, data older than the other tab's last save (a count just
 * entered there, a choice just made), and one of the two would be lost in the merge.
 *
 * So the tab that loses a lock says, on a BroadcastChannel, which save of each key it reads in
 * storage (its own last write included); the tab that took the lock waits until it reads those
 * saves too, then has its stores take them in (`takeIn`), and only then holds the case. When no
 * word comes (the other tab was closed or is frozen, or nobody held the lock), it goes on after
 * `answerMs`.
 */
import type { CaseLocks } from '../play/game.ts';
import { storedWrite, type KeyValueStorage } from '../state/persistence.ts';

/** A save as a tab reads it in storage: its revision and write id (src/state/persistence.ts). */
type Read = { readonly rev: number; readonly id: string };
/** What a tab that lost a lock says: the lock, and the save it reads for each key. */
type LetGo = { readonly type: 'let-go'; readonly id: string; readonly revs: Readonly<Record<string, Read>> };

/** The part of a BroadcastChannel the handover uses (tests pass Node's). */
export type HandoverChannel = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
};

export type HandoverOptions = {
  readonly storage: KeyValueStorage;
  /** The keys whose saves a holder of these locks writes (the progress, or the workshop sessions). */
  readonly keys: readonly string[];
  /** Makes this tab's stores take in what storage holds now (as the storage event does). */
  readonly takeIn: () => void;
  /** How long a tab that took a lock waits for the other tab's word. */
  readonly answerMs?: number;
  /** How long it then waits for the revisions named to arrive in its storage. */
  readonly arriveMs?: number;
  /** How often it looks meanwhile. */
  readonly everyMs?: number;
};

const isLetGo = (m: unknown): m is LetGo => {
  if (!m || typeof m !== 'object') return false;
  const x = m as Partial<LetGo>;
  return x.type === 'let-go' && typeof x.id === 'string' && !!x.revs && typeof x.revs === 'object'
    && Object.values(x.revs).every((r) => !!r && typeof r === 'object' && Number.isFinite(r.rev) && typeof r.id === 'string');
};

const pause = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** `locks`, whose take-overs wait for the other tab's last save as described above. */
export function withHandover(locks: CaseLocks, channel: HandoverChannel, options: HandoverOptions): CaseLocks {
  const { storage, keys, takeIn, answerMs = 500, arriveMs = 2000, everyMs = 20 } = options;
  /** Take-overs waiting for word, by lock. */
  const waiting = new Map<string, (revs: LetGo['revs']) => void>();
  /** Take-overs under way, by lock: asking again while one is waits for that one. */
  const taking = new Map<string, Promise<boolean>>();
  /** The locks this tab holds. */
  const mine = new Set<string>();
  channel.addEventListener('message', (e) => {
    if (isLetGo(e.data)) waiting.get(e.data.id)?.(e.data.revs);
  });
  // (an unreadable save is left out: the taking tab deals with what it reads)
  const readHere = () => Object.fromEntries(keys.map((k) => [k, storedWrite(storage, k)]).filter(([, r]) => Number.isFinite((r as Read).rev)));
  /** The other tab's saves are here: the same write, or a later one (two tabs may write one revision). */
  const arrived = (revs: LetGo['revs']) => Object.entries(revs).every(([k, theirs]) => {
    if (!keys.includes(k)) return true;
    const here = storedWrite(storage, k);
    return here.id === theirs.id || here.rev > theirs.rev;
  });
  /** Losing the lock: what this tab does about it first (it may save), then word of what is stored. */
  const saying = (id: string, onLost: () => void) => () => {
    mine.delete(id);
    onLost();
    channel.postMessage({ type: 'let-go', id, revs: readHere() } satisfies LetGo);
  };
  const takeOver = async (id: string, onLost: () => void): Promise<boolean> => {
    // listening before the take-over, so that a quick answer is not missed
    const word = new Promise<LetGo['revs'] | null>((ok) => {
      waiting.set(id, ok);
      setTimeout(() => ok(null), answerMs);
    });
    const held = await locks.hold(id, true, saying(id, onLost));
    if (held) mine.add(id);
    const revs = held ? await word : null;
    waiting.delete(id);
    if (revs) for (const end = Date.now() + arriveMs; !arrived(revs) && Date.now() < end; ) await pause(everyMs);
    takeIn();
    // (a third tab may have taken it over meanwhile)
    return held && mine.has(id);
  };
  return {
    async hold(id, steal, onLost) {
      const under = taking.get(id);
      if (under) return under;
      // a case this tab holds already needs no word from anyone
      if (!steal || mine.has(id)) {
        const held = await locks.hold(id, steal, saying(id, onLost));
        if (held) mine.add(id);
        return held;
      }
      const now = takeOver(id, onLost).finally(() => taking.delete(id));
      taking.set(id, now);
      return now;
    },
    release(id) {
      mine.delete(id);
      locks.release(id);
    },
  };
}
