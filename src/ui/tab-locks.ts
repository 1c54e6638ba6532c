/**
 * One tab at a time per case (and per workshop session), with the Web Locks API: the first tab holds the case's lock; a
 * second tab is told the case is open elsewhere and may steal the lock, and the first tab then
 * hears that it lost the case. Without Web Locks (an old browser, an insecure origin) every tab
 * may play, and the stores' merge across tabs still keeps each tab's data.
 */
import type { CaseLocks } from '../play/game.ts';

/** Locks named `<prefix><id>`: one set for cases, another for workshop sessions. */
export function webLocks(prefix = 'niet-pluis.case.'): CaseLocks | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return undefined;
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
          });
      });
    },
    release(caseId) {
      held.get(caseId)?.release();
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
