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
};

export const emptyRecord: SuspendRecord = { plays: [], done: {} };

/** The record with this case's play (null: none) put last, as the one played now. */
export function withPlay(r: SuspendRecord, caseId: string, play: SuspendPlay | null): SuspendRecord {
  const others = r.plays.filter((p) => p.caseId !== caseId);
  return { ...r, plays: play ? [...others, play] : others };
}

const pct = (x: number) => Math.max(0, Math.min(100, Math.round(x)));

/**
 * Compact JSON with short keys:
 * {"v":2,"p":[{"c":case,"b":build,"x":[ids],"s":seed,"m":[marks]},…],"d":{case:[p1,p2,p3,signals]}}.
 */
export function encodeSuspend(r: SuspendRecord): string {
  const d: Record<string, number[]> = {};
  for (const [id, res] of Object.entries(r.done)) d[id] = [...PRINCIPLE_IDS.map((p) => pct(res.shares[p])), pct(res.recognition)];
  const text = (withMarks: boolean) =>
    JSON.stringify({
      v: 2,
      p: r.plays.map((p) => ({ c: p.caseId, b: p.build, x: p.choices, ...(p.seed ? { s: p.seed } : {}), ...(withMarks && p.marks?.length ? { m: p.marks } : {}) })),
      d,
    });
  // the marks are the one part without a bound (any line can be marked): over SCORM 1.2's limit
  // they are left out, so the plays themselves still come back
  const full = text(true);
  return full.length <= SUSPEND_LIMIT_12 ? full : text(false);
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
