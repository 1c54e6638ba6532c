/**
 * What the platform keeps for a relaunch (`suspend_data`): per case played, its story build hash
 * and the ids of the choices taken, which are replayed; and the result of each finished case.
 * Not ink's state: a few hundred characters per case instead of tens of thousands, so that every
 * case of the package at once stays within SCORM 1.2's 4,096.
 */
import { PRINCIPLE_IDS, type PrincipleId } from '../story/principles.ts';

/** SCORM 1.2's limit on `cmi.suspend_data`; SCORM 2004 allows 64,000. */
export const SUSPEND_LIMIT_12 = 4096;

/** A finished case's result in whole percent: one per principle, and signal recognition. */
export type DoneResult = { readonly shares: Readonly<Record<PrincipleId, number>>; readonly recognition: number };

/**
 * A case's play: its build hash and the choices taken (`StoryChoice.id`), in order; the seed of its
 * option order and the lines marked "niet pluis" (indices into the log), when known.
 */
export type SuspendPlay = { readonly caseId: string; readonly build: string; readonly choices: readonly string[]; readonly seed?: string; readonly marks?: readonly number[] };

export type SuspendRecord = {
  /** One play per case, the one played last at the end (a relaunch lands on it). */
  readonly plays: readonly SuspendPlay[];
  readonly done: Readonly<Record<string, DoneResult>>;
  /**
   * Cases held as the platform has them, with their play's JSON as stored: their story did not load
   * this session, so the play could not be replayed. It is written back as it is, in its place;
   * neither it nor the case's result changes this session: a play of the case here starts from
   * nothing and would replace one that may be further along, and the learner is told that the case
   * stays as it was.
   */
  readonly held?: Readonly<Record<string, string>>;
};

export const emptyRecord: SuspendRecord = { plays: [], done: {} };

const isHeld = (r: SuspendRecord, caseId: string) => r.held?.[caseId] !== undefined;

/** The record with this case's play (null: none) put last, as the one played now; a held case's stays. */
export function withPlay(r: SuspendRecord, caseId: string, play: SuspendPlay | null): SuspendRecord {
  if (isHeld(r, caseId)) return r;
  const others = r.plays.filter((p) => p.caseId !== caseId);
  return { ...r, plays: play ? [...others, play] : others };
}

/** The record with this case's result; a held case's stays. */
export function withResult(r: SuspendRecord, caseId: string, result: DoneResult): SuspendRecord {
  return isHeld(r, caseId) ? r : { ...r, done: { ...r.done, [caseId]: result } };
}

/** The play held for this case (see `held`), as a play to replay; null when the case is not held. */
export function heldPlay(r: SuspendRecord, caseId: string): SuspendPlay | null {
  return isHeld(r, caseId) ? (r.plays.find((p) => p.caseId === caseId) ?? null) : null;
}

/**
 * The record with this case no longer held, once its play was replayed after all: that play is an
 * ordinary play from now on, in its place (its stored JSON goes), and the case's play and result
 * change with what the learner does again. Only for a play that was replayed: it is then in the
 * game as the record has it, so nothing the platform holds is lost.
 */
export function unhold(r: SuspendRecord, caseId: string): SuspendRecord {
  if (!isHeld(r, caseId)) return r;
  const { [caseId]: _replayed, ...still } = r.held ?? {};
  const { held: _all, ...rest } = r;
  return Object.keys(still).length > 0 ? { ...rest, held: still } : rest;
}

/**
 * The record a relaunched session goes on from: of the plays in `r` (read from `stored`), the ones
 * replayed, and the ones whose story did not load held as `stored` has them; the rest (of an earlier
 * version of the case, or no longer replayable, or of a case not in this package) are left out,
 * as those cases start again. Every result stays.
 */
export function afterRelaunch(r: SuspendRecord, stored: string, restored: readonly string[], unloaded: readonly string[]): SuspendRecord {
  const plays = r.plays.filter((p) => restored.includes(p.caseId) || unloaded.includes(p.caseId));
  if (unloaded.length === 0) return { ...r, plays };
  const texts = playTexts(stored);
  const held: Record<string, string> = {};
  for (const id of unloaded) if (texts[id] !== undefined) held[id] = texts[id];
  return { ...r, plays, held };
}

const pct = (x: number) => Math.max(0, Math.min(100, Math.round(x)));

/**
 * Compact JSON with short keys:
 * {"v":2,"p":[{"c":case,"b":build,"x":[ids],"s":seed,"m":[marks]},…],"d":{case:[p1,p2,p3,signals]}}.
 */
export function encodeSuspend(r: SuspendRecord): string {
  const d: Record<string, number[]> = {};
  for (const [id, res] of Object.entries(r.done)) d[id] = [...PRINCIPLE_IDS.map((p) => pct(res.shares[p])), pct(res.recognition)];
  const text = (marks: 'all' | 'held' | 'none') =>
    JSON.stringify({
      v: 2,
      p: r.plays.map((p) => {
        const stored = r.held?.[p.caseId];
        if (stored === undefined) return { c: p.caseId, b: p.build, x: p.choices, ...(p.seed ? { s: p.seed } : {}), ...(marks === 'all' && p.marks?.length ? { m: p.marks } : {}) };
        // as the platform has it: read back and written again, the same text
        const kept = JSON.parse(stored) as Record<string, unknown>;
        return marks === 'none' ? Object.fromEntries(Object.entries(kept).filter(([k]) => k !== 'm')) : kept;
      }),
      d,
    });
  // the marks are the one part without a bound (any line can be marked): over SCORM 1.2's limit
  // they are left out, so the plays themselves still come back. A held play's marks go last (they
  // cannot be set again this session), but they go: a record over the limit may be cut off and lost whole
  for (const marks of ['all', 'held'] as const) {
    const t = text(marks);
    if (t.length <= SUSPEND_LIMIT_12) return t;
  }
  return text('none');
}

const isPercent = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A play as written ({c,b,x,s,m}); null when it is not one. */
function playOf(o: Record<string, unknown>): SuspendPlay | null {
  if (typeof o.c !== 'string' || typeof o.b !== 'string' || !Array.isArray(o.x) || !o.x.every((x) => typeof x === 'string')) return null;
  const seed = typeof o.s === 'string' ? { seed: o.s } : {};
  const marks = Array.isArray(o.m) && o.m.every((m) => Number.isInteger(m) && m >= 0) ? { marks: o.m as number[] } : {};
  return { caseId: o.c, build: o.b, choices: o.x as string[], ...seed, ...marks };
}

/**
 * Each play's JSON as `text` has it, by case (one of version 1 in the form of version 2, with the
 * same fields); {} when `text` is not a record.
 */
function playTexts(text: string): Record<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isObject(raw)) return {};
  if (raw.v === 1 && typeof raw.c === 'string') {
    const { c, b, x, s, m } = raw;
    return { [raw.c]: JSON.stringify({ c, b, x, s, m }) }; // (a field that is not there is left out)
  }
  if (raw.v !== 2 || !Array.isArray(raw.p)) return {};
  return Object.fromEntries((raw.p as unknown[]).flatMap((p) => (isObject(p) && typeof p.c === 'string' ? [[p.c, JSON.stringify(p)]] : [])));
}

/**
 * Reads a record back, also one of version 1 (one play, at the top level); null for anything that
 * is not one of ours (empty, another game's, damaged, or of a later version of the game).
 */
export function decodeSuspend(text: string): SuspendRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || (raw.v !== 1 && raw.v !== 2) || !isObject(raw.d)) return null;
  const done: Record<string, DoneResult> = {};
  for (const [id, v] of Object.entries(raw.d)) {
    if (!Array.isArray(v) || v.length !== PRINCIPLE_IDS.length + 1 || !v.every(isPercent)) return null;
    done[id] = { shares: Object.fromEntries(PRINCIPLE_IDS.map((p, i) => [p, v[i]])) as Record<PrincipleId, number>, recognition: v[PRINCIPLE_IDS.length] as number };
  }
  if (raw.v === 1) {
    if (raw.c === undefined) return { plays: [], done };
    const play = playOf(raw);
    return play && { plays: [play], done };
  }
  if (!Array.isArray(raw.p)) return null;
  const plays: SuspendPlay[] = [];
  for (const p of raw.p as unknown[]) {
    const play = isObject(p) ? playOf(p) : null;
    if (!play || plays.some((q) => q.caseId === play.caseId)) return null;
    plays.push(play);
  }
  return { plays, done };
}
