/**
 * What a workshop adds to test the municipality's policy, not only practice: the switches the
 * trainer set for the session, the local route map (who plays each role in the referral route
 * here), the room's answers to the story's policy questions, and the actions the municipality
 * takes home. Stored with the session; every change returns a new value.
 */
import { isRouteRole, type RouteRole } from '../story/route-roles.ts';
import { GUIDE_TIPS, type GuideTip } from '../story/sources.ts';
import type { Switches } from '../story/switches.ts';

/** One role in the local route: the organisation and how to reach it (no personal data needed). */
export type RouteEntry = { readonly organisation: string; readonly contact: string };

export type RouteMap = {
  /** The region or municipality the map is for, e.g. "Regio Twente". */
  readonly region: string;
  readonly entries: Readonly<Partial<Record<RouteRole, RouteEntry>>>;
};

export type PolicyAction = { readonly tip: GuideTip; readonly text: string };

export type WorkshopPolicy = {
  readonly switches: Switches;
  readonly routeMap: RouteMap;
  /** The room's answer per policy question, keyed by `policyQuestionKey`. */
  readonly answers: Readonly<Record<string, string>>;
  readonly actions: readonly PolicyAction[];
};

/** Longest text a trainer can type in one field: room notes, not documents. */
export const MAX_POLICY_TEXT = 2000;
/** Most actions a session keeps: more would not be a list a municipality takes home (and a save must stay readable). */
export const MAX_POLICY_ACTIONS = 200;

export const emptyPolicy = (switches: Switches = {}): WorkshopPolicy => ({ switches, routeMap: { region: '', entries: {} }, answers: {}, actions: [] });

/** A policy question is known by its tip and its text (the same question in two sessions of one case). */
export const policyQuestionKey = (q: { readonly tip: GuideTip; readonly question: string }): string => `${q.tip}:${q.question}`;

const clean = (text: string): string => text.trim().slice(0, MAX_POLICY_TEXT);

export function setRegion(p: WorkshopPolicy, region: string): WorkshopPolicy {
  return { ...p, routeMap: { ...p.routeMap, region: clean(region) } };
}

/** Fills in (or, with two empty fields, clears) one role of the local route. */
export function setRouteEntry(p: WorkshopPolicy, role: RouteRole, entry: RouteEntry): WorkshopPolicy {
  if (!isRouteRole(role)) throw new Error(`Unknown route role ${role as string}`);
  const organisation = clean(entry.organisation);
  const contact = clean(entry.contact);
  const { [role]: _old, ...rest } = p.routeMap.entries;
  const entries = organisation || contact ? { ...rest, [role]: { organisation, contact } } : rest;
  return { ...p, routeMap: { ...p.routeMap, entries } };
}

export function setAnswer(p: WorkshopPolicy, key: string, answer: string): WorkshopPolicy {
  const text = clean(answer);
  const { [key]: _old, ...rest } = p.answers;
  return { ...p, answers: text ? { ...rest, [key]: text } : rest };
}

export function addAction(p: WorkshopPolicy, tip: GuideTip, text: string): WorkshopPolicy {
  if (!(tip in GUIDE_TIPS)) throw new Error(`The guide has no tip ${tip}`);
  const t = clean(text);
  // (beyond the most a save may hold, the whole store would be set aside on the next load)
  return t && p.actions.length < MAX_POLICY_ACTIONS ? { ...p, actions: [...p.actions, { tip, text: t }] } : p;
}

export function removeAction(p: WorkshopPolicy, index: number): WorkshopPolicy {
  return { ...p, actions: p.actions.filter((_, i) => i !== index) };
}

/** The local entry for a role the story names, if the trainer filled it in. */
export const routeEntryFor = (map: RouteMap, role: RouteRole | null): RouteEntry | null => (role ? (map.entries[role] ?? null) : null);

/** Version 1 sessions were saved before the policy lens: they get an empty one. */
export function withPolicy(session: unknown): unknown {
  if (typeof session !== 'object' || session === null || 'policy' in session) return session;
  return { ...session, policy: emptyPolicy() };
}
