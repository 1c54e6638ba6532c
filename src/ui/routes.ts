/**
 * The one route table: every screen and its address (the part after #), both ways, and how a
 * change of screen goes into the browser's history. Pure: no DOM, tested in Node.
 *
 *   (no hash)               title                #workshops                      session list
 *   #note=<case>            content note         #workshop=<session>             projector
 *   #play=<case>            the case             #workshop-debrief=<session>     trainer's debrief
 *   #debrief=<case>         personal debrief     #workshop-combined=<id>,<id>    sessions combined
 *   #debrief=<case>/<time>  a past play's one    #workshop-policy=<id>[,<id>]    beleidscheck
 */
import { FINISHED_AT } from '../state/progress-store.ts';
import type { Screen } from './ui-store.ts';

type Name = Screen['name'];
/** What follows the `=` in a screen's address, by the screen's own field. */
type Param = 'caseId' | 'sessionId' | 'sessionIds';
type ParamOf<S> = Exclude<keyof S, 'name'> & Param;

/** Per screen: the field its address carries, or null for none. Every screen must be here. */
const ROUTES: { readonly [S in Screen as S['name']]: ParamOf<S> extends never ? null : ParamOf<S> } = {
  title: null,
  note: 'caseId',
  play: 'caseId',
  debrief: 'caseId',
  workshops: null,
  workshop: 'sessionId',
  'workshop-debrief': 'sessionId',
  'workshop-combined': 'sessionIds',
  'workshop-policy': 'sessionIds',
};

const ID = /^[a-z0-9_-]+$/i;
const DEBRIEF = new RegExp(`^([^/]*)(?:/(${FINISHED_AT}))?$`);

/** The screen an address names, or null when it names none (e.g. `#main`, the skip link's target). */
export function routeOf(hash: string): Screen | null {
  if (hash === '' || hash === '#') return { name: 'title' };
  const m = /^#([a-z-]+)(?:=(.*))?$/.exec(hash);
  if (!m || !Object.hasOwn(ROUTES, m[1]!)) return null;
  const name = m[1] as Name;
  const param = ROUTES[name];
  const value = m[2];
  if (name === 'title') return null; // the title's address is no hash at all
  if (param === null) return value === undefined ? ({ name } as Screen) : null;
  if (value === undefined) return null;
  if (name === 'debrief') {
    // the latest play's debrief, or with /<time> a past play's (its place in the list shifts as plays drop out)
    const d = DEBRIEF.exec(value);
    if (!d || !ID.test(d[1]!)) return null;
    return d[2] === undefined ? { name, caseId: d[1]! } : { name, caseId: d[1]!, finishedAt: d[2] };
  }
  if (param === 'sessionIds') {
    const ids = value.split(',');
    return ids.every((id) => ID.test(id)) ? ({ name, sessionIds: ids } as Screen) : null;
  }
  return ID.test(value) ? ({ name, [param]: value } as Screen) : null;
}

/** The screen an address names; the title when it names none. */
export function screenFromHash(hash: string): Screen {
  return routeOf(hash) ?? { name: 'title' };
}

/** The address of a screen: `''` for the title, else `#name` or `#name=value`. */
export function hashOf(screen: Screen): string {
  if (screen.name === 'title') return '';
  if (screen.name === 'debrief' && screen.finishedAt !== undefined) return `#debrief=${screen.caseId}/${screen.finishedAt}`;
  const param = ROUTES[screen.name];
  if (param === null) return `#${screen.name}`;
  const value = (screen as { readonly [K in Param]?: string | readonly string[] })[param] ?? '';
  return `#${screen.name}=${Array.isArray(value) ? value.join(',') : value}`;
}

/** Two screens are the same when their addresses are. */
export const sameScreen = (a: Screen, b: Screen): boolean => hashOf(a) === hashOf(b);

/**
 * Why the screen changes: the player went somewhere (`go`), the app put the player somewhere else
 * than the address asked (`redirect`, e.g. a case's content note instead of its play screen), or
 * the address itself changed (`address`: Back, Forward, a typed or linked hash).
 */
export type Cause = 'go' | 'redirect' | 'address';

/**
 * What to do with the browser's history when the screen becomes `to` while it says `current`.
 * A new screen the player chose is a new entry, so Back undoes it; a correction replaces the
 * entry; an address that already names the screen stays as it is.
 */
export function historyStep(current: string, to: Screen, cause: Cause): 'push' | 'replace' | 'none' {
  if (hashOf(to) === normalHash(current)) return 'none';
  return cause === 'go' ? 'push' : 'replace';
}

/** `#` alone is the title's address too. */
const normalHash = (hash: string): string => (hash === '#' ? '' : hash);
