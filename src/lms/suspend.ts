/**
 * What the platform keeps for a relaunch (`suspend_data`): the case being played, its story build
 * hash and the ids of the choices taken, which are replayed; and the result of each finished case.
 * Not ink's state: a few hundred characters instead of tens of thousands, well within SCORM 1.2's
 * 4,096.
 */
import { PRINCIPLE_IDS, type PrincipleId } from '../story/principles.ts';

/** SCORM 1.2's limit on `cmi.suspend_data`; SCORM 2004 allows 64,000. */
export const SUSPEND_LIMIT_12 = 4096;

/** A finished case's result in whole percent: one per principle, and signal recognition. */
export type DoneResult = { readonly shares: Readonly<Record<PrincipleId, number>>; readonly recognition: number };

export type SuspendRecord = {
  /**
   * The case on screen: its build hash and the choices taken (`StoryChoice.id`), in order; the
   * seed of its option order and the lines marked "niet pluis" (indices into the log), when known.
   */
  readonly play: { readonly caseId: string; readonly build: string; readonly choices: readonly string[]; readonly seed?: string; readonly marks?: readonly number[] } | null;
  readonly done: Readonly<Record<string, DoneResult>>;
};

export const emptyRecord: SuspendRecord = { play: null, done: {} };

const pct = (x: number) => Math.max(0, Math.min(100, Math.round(x)));

/** Compact JSON with short keys: {"v":1,"c":case,"b":build,"x":[ids],"s":seed,"m":[marks],"d":{case:[p1,p2,p3,signals]}}. */
export function encodeSuspend(r: SuspendRecord): string {
  const d: Record<string, number[]> = {};
  for (const [id, res] of Object.entries(r.done)) d[id] = [...PRINCIPLE_IDS.map((p) => pct(res.shares[p])), pct(res.recognition)];
  const p = r.play;
  const text = (withMarks: boolean) =>
    JSON.stringify({ v: 1, ...(p ? { c: p.caseId, b: p.build, x: p.choices, ...(p.seed ? { s: p.seed } : {}), ...(withMarks && p.marks?.length ? { m: p.marks } : {}) } : {}), d });
  // the marks are the one part without a bound (any line can be marked): over SCORM 1.2's limit
  // they are left out, so the play itself still comes back
  const full = text(true);
  return full.length <= SUSPEND_LIMIT_12 ? full : text(false);
}

const isPercent = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;

/** Reads a record back; null for anything that is not one of ours (empty, another game's, damaged). */
export function decodeSuspend(text: string): SuspendRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  if (o.v !== 1 || typeof o.d !== 'object' || o.d === null || Array.isArray(o.d)) return null;
  const done: Record<string, DoneResult> = {};
  for (const [id, v] of Object.entries(o.d as Record<string, unknown>)) {
    if (!Array.isArray(v) || v.length !== PRINCIPLE_IDS.length + 1 || !v.every(isPercent)) return null;
    done[id] = { shares: Object.fromEntries(PRINCIPLE_IDS.map((p, i) => [p, v[i]])) as Record<PrincipleId, number>, recognition: v[PRINCIPLE_IDS.length] as number };
  }
  if (o.c === undefined) return { play: null, done };
  if (typeof o.c !== 'string' || typeof o.b !== 'string' || !Array.isArray(o.x) || !o.x.every((x) => typeof x === 'string')) return null;
  const seed = typeof o.s === 'string' ? { seed: o.s } : {};
  const marks = Array.isArray(o.m) && o.m.every((m) => Number.isInteger(m) && m >= 0) ? { marks: o.m as number[] } : {};
  return { play: { caseId: o.c, build: o.b, choices: o.x as string[], ...seed, ...marks }, done };
}
