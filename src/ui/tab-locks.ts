/**
 * One tab at a time per case (and per workshop session): the first tab holds the case; a second
 * tab is told the case is open elsewhere and may take it over, and the first tab then hears that
 * it lost the case. The stores' merge across tabs keeps each tab's data either way.
 *
 * With the Web Locks API where the browser has it. Web Locks exist only in secure contexts, so
 * the game served over plain http on a LAN address has none: there the tabs ask each other over a
 * BroadcastChannel instead (`channelLocks`), with the same interface. Without either (a very old
 * browser) every tab may play.
 */
import type { CaseLocks } from '../play/game.ts';

/** Locks named `<prefix><id>`: one set for cases, another for workshop sessions. */
export function tabLocks(prefix = 'niet-pluis.case.'): CaseLocks | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return webLocks(locks, prefix);
  if (typeof BroadcastChannel === 'function') return channelLocks(new BroadcastChannel(`${prefix}locks`));
  return undefined;
}

/**
 * Runs `run` only when no other tab of the game is open. Every tab shares one lock for as long as
 * it is open; a tab that finds nobody sharing it runs `run` first, then shares it like the others.
 * Without Web Locks it never runs: whether another tab is open cannot be known then.
 */
export function whenAlone(run: () => void, name = 'niet-pluis.open'): void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return;
  const open = new Promise<void>(() => {}); // held until the tab goes
  const share = () => void locks.request(name, { mode: 'shared' }, () => open).catch(() => undefined);
  locks.request(name, { mode: 'exclusive', ifAvailable: true }, (lock) => void (lock && run())).then(share, share);
}

function webLocks(locks: LockManager, prefix: string): CaseLocks {
  const held = new Map<string, { release: () => void; onLost: () => void }>();
  return {
    hold(caseId, steal, onLost) {
      const mine = held.get(caseId);
      if (mine) {
        held.set(caseId, { ...mine, onLost });
        return Promise.resolve(true);
      }
      return new Promise<boolean>((resolve) => {
        let release!: () => void;
        const until = new Promise<void>((r) => (release = r));
        const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
        locks
          .request(`${prefix}${caseId}`, options, (lock) => {
            if (!lock) {
              resolve(false);
              return undefined;
            }
            held.set(caseId, { release, onLost });
            resolve(true);
            return until;
          })
          .catch(() => {
            // another tab stole the lock
            const h = held.get(caseId);
            if (h?.release === release) {
              held.delete(caseId);
              h.onLost();
            }
            // or the browser refused it before it was held (site data blocked): no tab can share
            // this one's storage then, so there is nobody to wait for (a settled promise ignores this)
            resolve(true);
          });
      });
    },
    release(caseId) {
      held.get(caseId)?.release();
      held.delete(caseId);
    },
  };
}

/** What the tabs say to each other on the channel. */
type Message =
  | { readonly type: 'claim'; readonly id: string; readonly tab: string }
  | { readonly type: 'held'; readonly id: string; readonly tab: string; readonly to: string }
  | { readonly type: 'taken'; readonly id: string; readonly tab: string };

/** The part of a BroadcastChannel the locks use (tests pass Node's). */
export type LockChannel = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
};

/**
 * Locks held by asking: a tab that wants a case sends `claim`; the tab holding it answers `held`
 * at once. When no answer comes within `answerMs`, the case is free: the tab holds it and says
 * `taken`, which also makes any tab that still believed it held the case (one that was frozen
 * while in the background, or too busy to answer in time) give way: the last to take it has it.
 * (Half a second, as for a handover's answer: a busy machine delivered an answer later than a
 * quarter of a second, and the second tab then took the case unasked.) Taking over says `taken` straight away. Two tabs claiming at about the same moment: the
 * tab with the lower id wins, and a tab still waiting answers a claim it outranks as the holder
 * would (that claim may have been made after this tab's went unheard). Nothing is stored, so a tab that closes or crashes
 * holds nothing.
 */
export function channelLocks(channel: LockChannel, answerMs = 500, me = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`): CaseLocks {
  const held = new Map<string, () => void>();
  /** Claims waiting for an answer: `refused` once another tab answers or outranks this one. */
  const pending = new Map<string, { refused: boolean; done: Promise<boolean> }>();
  const say = (m: Message) => channel.postMessage(m);
  channel.addEventListener('message', (e) => {
    const m = e.data as Message;
    if (!m || typeof m !== 'object' || m.tab === me || typeof m.id !== 'string') return;
    const p = pending.get(m.id);
    if (m.type === 'claim') {
      // a claim while this tab waits for its own: the lower id wins; the winner answers, so that a
      // claim made a moment later (after this one's went unheard) gives way too
      if (p && m.tab < me) p.refused = true;
      if (held.has(m.id) || (p && !p.refused)) say({ type: 'held', id: m.id, tab: me, to: m.tab });
    } else if (m.type === 'held') {
      if (p && m.to === me) p.refused = true;
    } else if (m.type === 'taken') {
      // (not a refusal of a claim waiting here: it may have been said before that claim was heard)
      const onLost = held.get(m.id);
      held.delete(m.id);
      onLost?.();
    }
  });
  const take = (id: string, onLost: () => void) => {
    held.set(id, onLost);
    say({ type: 'taken', id, tab: me });
    return true;
  };
  return {
    hold(caseId, steal, onLost) {
      if (held.has(caseId)) {
        held.set(caseId, onLost);
        return Promise.resolve(true);
      }
      if (steal) return Promise.resolve(take(caseId, onLost));
      const waiting = pending.get(caseId);
      if (waiting) return waiting.done;
      const claim = { refused: false, done: Promise.resolve(false) };
      claim.done = new Promise<boolean>((resolve) => {
        say({ type: 'claim', id: caseId, tab: me });
        setTimeout(() => {
          pending.delete(caseId);
          resolve(claim.refused ? false : take(caseId, onLost));
        }, answerMs);
      });
      pending.set(caseId, claim);
      return claim.done;
    },
    release(caseId) {
      held.delete(caseId);
    },
  };
}

/** Another tab's writes to storage, through the `storage` event. */
export const storageEvents = (listener: (key: string | null) => void): (() => void) => {
  const on = (e: StorageEvent) => listener(e.key);
  window.addEventListener('storage', on);
  return () => window.removeEventListener('storage', on);
};
