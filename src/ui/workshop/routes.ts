/** The workshop screens and their addresses: #workshops, #workshop=<id>, #workshop-debrief=<id>, #workshop-combined=<id>,<id>, #workshop-policy=<id>[,<id>]. */
import type { Screen } from '../ui-store.ts';
import { hashOf, routeOf } from '../routes.ts';

export type WorkshopScreen = Extract<Screen, { name: 'workshops' | 'workshop' | 'workshop-debrief' | 'workshop-combined' | 'workshop-policy' }>;

export const isWorkshopScreen = (s: Screen): s is WorkshopScreen =>
  s.name === 'workshops' || s.name === 'workshop' || s.name === 'workshop-debrief' || s.name === 'workshop-combined' || s.name === 'workshop-policy';

/** The workshop screen an address names, or null when it names none (the table is in ../routes.ts). */
export function workshopScreenFromHash(hash: string): WorkshopScreen | null {
  const screen = routeOf(hash);
  return screen && isWorkshopScreen(screen) ? screen : null;
}

export const workshopHash = (s: WorkshopScreen): string => hashOf(s);
