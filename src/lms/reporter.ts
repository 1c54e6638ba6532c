/**
 * What the game tells the learning platform, in the words of each SCORM version: start, one
 * interaction per decision, the record for a relaunch, completion with a score and objectives,
 * session time, commit and terminate. Pure: the connection and the clock are handed in.
 */
import type { LmsConnection } from './connection.ts';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from './time.ts';

/** One decision as an interaction: type choice, the chosen option's stable id, result neutral. */
export type DecisionReport = {
  /** Identifies the decision within the package (the same decision has the same id for every learner). */
  readonly id: string;
  /** `StoryChoice.id` of the option taken. */
  readonly chosen: string;
  /** What the decision is about (cut to 250 characters). */
  readonly description: string;
  /** The language of the description. */
  readonly lang: string;
};

/** One objective: a principle, or signal recognition; share 0..1. */
export type ObjectiveReport = { readonly id: string; readonly description: string; readonly share: number };

export type ResultReport = {
  /** 0..1: the mean of the principles' shares of the best. */
  readonly score: number;
  readonly objectives: readonly ObjectiveReport[];
  /** True when everything the package asks for is done (then completion is reported). */
  readonly complete: boolean;
};

export interface LmsReporter {
  readonly version: LmsConnection['version'];
  /**
   * `suspend_data` as the platform kept it from the last session ('' when none); null when the
   * platform could not give it (an error other than "not set"): then something may be kept there
   * that the game must not write over.
   */
  readonly stored: string | null;
  /** False once the platform has refused an interaction, or when it has none. */
  readonly interactions: boolean;
  decision(d: DecisionReport): void;
  /** Keeps the relaunch record and commits; false when the platform refused it. */
  save(suspendData: string): boolean;
  result(r: ResultReport): void;
  /** Session time, then commit: when the tab is hidden. */
  flush(): void;
  /**
   * Session time, exit, commit, terminate: when the player leaves. Only the first call counts. The
   * exit is always "suspend", also after completion: the game is made to be resumed (a 2004
   * "normal" exit ends the attempt, and the next launch would start a new one with no record).
   */
  finish(): void;
  /** Whether the platform refused the last save or commit (its session ended, say): what the learner does now is not kept there. */
  readonly refusing: boolean;
  /** Runs `listener` each time the platform goes from taking what is sent to refusing it. */
  onRefused(listener: () => void): void;
  /** Called when the platform takes what is sent again, after refusing it. */
  onAcceptedAgain(listener: () => void): void;
}

const MAX_DESCRIPTION = 250;

/** Cuts text to the limit on a word where it can, with an ellipsis. */
export function cut(text: string, max = MAX_DESCRIPTION): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const room = t.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${space > max / 2 ? room.slice(0, space) : room}…`;
}

const round = (x: number, digits: number) => String(Number(Math.max(0, Math.min(1, x)).toFixed(digits)));
const percent = (share: number) => String(Number((Math.max(0, Math.min(1, share)) * 100).toFixed(1)));

/**
 * Starts a session on the platform; null when it refuses to initialize (the game then runs as on
 * the web). `finishedIn` says whether a stored record shows finished cases: then the status is not
 * set back to incomplete (their result is reported again by the game).
 */
export function startReporter(conn: LmsConnection, now: () => Date = () => new Date(), finishedIn: (suspendData: string) => boolean = () => false): LmsReporter | null {
  if (!conn.initialize()) return null;
  const v12 = conn.version === '1.2';
  const startedAt = now().getTime();
  let finished = false;
  let refusing = false;
  const refusedListeners: Array<() => void> = [];
  const acceptedListeners: Array<() => void> = [];
  /** Notes whether the platform took what was just sent; says so once when it starts refusing, and once when it takes things again. */
  const taken = (ok: boolean): boolean => {
    const was = refusing;
    refusing = !ok;
    if (refusing && !was) for (const l of refusedListeners) l();
    if (!refusing && was) for (const l of acceptedListeners) l();
    return ok;
  };

  const el = {
    status: v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status',
    exit: v12 ? 'cmi.core.exit' : 'cmi.exit',
    sessionTime: v12 ? 'cmi.core.session_time' : 'cmi.session_time',
    score: v12 ? 'cmi.core.score' : 'cmi.score',
  };

  const status = conn.get(el.status);
  const complete = status === 'completed' || status === 'passed';
  const kept = conn.get('cmi.suspend_data');
  // 403 (2004): never set, which is an empty record; any other error may hide a record
  const stored = kept ?? (conn.errors.at(-1)?.code === '403' ? '' : null);
  // (a status that could not be read is not set: it may be a completion on record)
  if (status !== null && !complete && !(stored && finishedIn(stored))) conn.set(el.status, 'incomplete');

  const count = (element: string): number | null => {
    const n = Number.parseInt(conn.get(element) ?? '', 10);
    return Number.isInteger(n) && n >= 0 ? n : null;
  };
  let nextInteraction = count('cmi.interactions._count');
  let interactions = nextInteraction !== null;

  // objectives already on record (a relaunch) keep their slot
  const objectiveSlots = new Map<string, number>();
  let objectiveCount = count('cmi.objectives._count');
  for (let i = 0; i < (objectiveCount ?? 0); i++) {
    const id = conn.get(`cmi.objectives.${i}.id`);
    if (id) objectiveSlots.set(id, i);
  }

  const sessionTime = () => {
    const ms = now().getTime() - startedAt;
    conn.set(el.sessionTime, v12 ? timespan12(ms) : duration2004(ms));
  };

  const setScore = (prefix: string, share: number) => {
    if (!v12) conn.set(`${prefix}.scaled`, round(share, 4));
    conn.set(`${prefix}.min`, '0');
    conn.set(`${prefix}.max`, '100');
    conn.set(`${prefix}.raw`, percent(share));
  };

  return {
    version: conn.version,
    stored,
    get interactions() {
      return interactions;
    },
    decision(d) {
      if (!interactions || nextInteraction === null || finished) return;
      const p = `cmi.interactions.${nextInteraction}`;
      const at = now();
      const ok =
        conn.set(`${p}.id`, d.id) &&
        conn.set(`${p}.type`, 'choice') &&
        (v12 ? conn.set(`${p}.time`, timeOfDay12(at)) : conn.set(`${p}.timestamp`, timestamp2004(at))) &&
        conn.set(`${p}.${v12 ? 'student_response' : 'learner_response'}`, d.chosen) &&
        conn.set(`${p}.result`, 'neutral');
      // a platform that refuses interactions is not asked again; the description is a 2004 extra
      if (!ok) interactions = false;
      else {
        if (!v12) conn.set(`${p}.description`, `{lang=${d.lang}}${cut(d.description)}`);
        nextInteraction++;
      }
    },
    save(suspendData) {
      if (finished) return false;
      const kept = conn.set('cmi.suspend_data', suspendData);
      conn.set(el.exit, 'suspend');
      return taken(conn.commit() && kept);
    },
    result(r) {
      if (finished) return;
      setScore(el.score, r.score);
      for (const o of r.objectives) {
        let slot = objectiveSlots.get(o.id);
        if (slot === undefined) {
          slot = objectiveCount ?? objectiveSlots.size;
          if (!conn.set(`cmi.objectives.${slot}.id`, o.id)) continue;
          objectiveSlots.set(o.id, slot);
          objectiveCount = slot + 1;
        }
        const p = `cmi.objectives.${slot}`;
        setScore(`${p}.score`, o.share);
        if (v12) conn.set(`${p}.status`, 'completed');
        else {
          conn.set(`${p}.success_status`, 'unknown');
          conn.set(`${p}.completion_status`, 'completed');
          conn.set(`${p}.description`, `{lang=nl}${cut(o.description)}`);
        }
      }
      if (r.complete) {
        conn.set(el.status, 'completed');
        // a training, not an exam: no pass mark, so success stays unknown
        if (!v12) conn.set('cmi.success_status', 'unknown');
      }
      taken(conn.commit());
    },
    flush() {
      if (finished) return;
      sessionTime();
      taken(conn.commit());
    },
    finish() {
      if (finished) return;
      finished = true;
      sessionTime();
      conn.set(el.exit, 'suspend');
      conn.commit();
      conn.terminate();
    },
    get refusing() {
      return refusing;
    },
    onRefused(listener) {
      refusedListeners.push(listener);
    },
    onAcceptedAgain(listener) {
      acceptedListeners.push(listener);
    },
  };
}
