/** The workshop screens and their addresses: #workshops, #workshop=<id>, #workshop-debrief=<id>, #workshop-combined=<id>,<id>, #workshop-policy=<id>[,<id>]. */
import type { Screen } from '../ui-store.ts';

export type WorkshopScreen = Extract<Screen, { name: 'workshops' | 'workshop' | 'workshop-debrief' | 'workshop-combined' | 'workshop-policy' }>;

export const isWorkshopScreen = (s: Screen): s is WorkshopScreen =>
  s.name === 'workshops' || s.name === 'workshop' || s.name === 'workshop-debrief' || s.name === 'workshop-combined' || s.name === 'workshop-policy';

const ID = '[a-z0-9_-]+';

/** The workshop screen an address names, or null when it names none. */
export function workshopScreenFromHash(hash: string): WorkshopScreen | null {
  if (hash === '#workshops') return { name: 'workshops' };
  const one = new RegExp(`^#(workshop|workshop-debrief)=(${ID})$`, 'i').exec(hash);
  if (one) return one[1] === 'workshop' ? { name: 'workshop', sessionId: one[2]! } : { name: 'workshop-debrief', sessionId: one[2]! };
  const many = new RegExp(`^#(workshop-combined|workshop-policy)=(${ID}(?:,${ID})*)$`, 'i').exec(hash);
  if (many) return { name: many[1] === 'workshop-policy' ? 'workshop-policy' : 'workshop-combined', sessionIds: many[2]!.split(',') };
  return null;
}

export function workshopHash(s: WorkshopScreen): string {
  switch (s.name) {
    case 'workshops':
      return '#workshops';
    case 'workshop':
    case 'workshop-debrief':
      return `#${s.name}=${s.sessionId}`;
    case 'workshop-combined':
    case 'workshop-policy':
      return `#${s.name}=${s.sessionIds.join(',')}`;
  }
}
