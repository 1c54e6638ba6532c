/**
 * Pacing: the story arrives in short passages, and the player steps from one to the next with
 * "Verder". A round is what follows a decision (or the start) up to the next decision; it splits
 * into passages where the story time or place changes, or where a passage would grow too long to
 * sit above the options on one screen. The feedback on a choice opens its round. Pure: the store
 * keeps how far the player got (`reached`), the view shows the passages.
 */
import type { LogEntry } from './types.ts';
import type { ActiveCase } from './types.ts';

/** A stretch of the log shown at once: entries `start` up to (not including) `end`. */
export type Passage = {
  readonly start: number;
  readonly end: number;
  /** The number of decisions taken before it (the round it belongs to). */
  readonly round: number;
  /** Its place in the round, from 0. */
  readonly index: number;
};

/**
 * How much text a passage holds at most, in characters (with a little for each line's spacing and
 * for a heading of time or place). About what fits above three options on a 1280×800 screen.
 */
export const PASSAGE_BUDGET = 460;
/** Every line costs this much beside its text: the gap between lines, a short last row. */
const LINE_COST = 50;
/** A time or place shown before a line. */
const HEADING_COST = 50;
/** The choice taken, its score badges and sources, beside the feedback's own text. */
const CHOICE_COST = 160;

type Feedback = { readonly chosen: { readonly assessment: { readonly feedback: string | null } } };

/**
 * Splits the whole log into passages, round by round. `decisions` gives each choice's feedback,
 * which counts toward the passage it opens.
 */
export function passagesOf(log: readonly LogEntry[], decisions: readonly Feedback[], budget = PASSAGE_BUDGET): Passage[] {
  const out: Passage[] = [];
  let round = 0;
  let index = 0;
  let start = 0;
  let weight = 0;
  let lines = 0;
  let time: string | null = null;
  let place: string | null = null;
  const close = (end: number) => {
    if (end > start) out.push({ start, end, round, index: index++ });
    start = end;
    weight = 0;
    lines = 0;
  };
  log.forEach((e, i) => {
    if (e.kind === 'choice') {
      close(i);
      round = e.decision + 1;
      index = 0;
      weight = CHOICE_COST + (decisions[e.decision]?.chosen.assessment.feedback?.length ?? 0);
      return;
    }
    const l = e.line;
    const newTime = l.time !== null && l.time !== time;
    const newPlace = l.place !== null && l.place !== place;
    const cost = (l.text ? l.text.length + LINE_COST : 0) + (newTime ? HEADING_COST : 0) + (newPlace ? HEADING_COST : 0);
    // a new time or place starts a scene: a new passage, unless nothing of this one is shown yet
    const sceneChange = (newTime || newPlace) && (lines > 0 || weight > 0);
    if (sceneChange || (weight + cost > budget && (lines > 0 || weight > 0))) close(i);
    if (l.time) time = l.time;
    if (l.place) place = l.place;
    weight += cost;
    if (l.text) lines++;
  });
  close(log.length);
  return out;
}

/**
 * The passage the player is at. `reached` is what the store keeps: the round it was written in
 * and the passage of that round. In a later round (a choice was made since) the player is at its
 * first passage. A play saved before pacing has no `reached`: all of it is shown.
 */
export function currentPassage(passages: readonly Passage[], play: Pick<ActiveCase, 'decisions' | 'reached'>): Passage | null {
  const round = play.decisions.length;
  const inRound = passages.filter((p) => p.round === round);
  if (inRound.length === 0) return passages.at(-1) ?? null;
  if (!play.reached) return inRound.at(-1)!;
  const k = play.reached.decision === round ? play.reached.passage : 0;
  return inRound[Math.min(k, inRound.length - 1)]!;
}

/** How many log entries are shown: up to the end of the current passage (all of them when `all`). */
export function shownCount(passages: readonly Passage[], play: Pick<ActiveCase, 'decisions' | 'reached' | 'log'>, all = false): number {
  if (all) return play.log.length;
  return currentPassage(passages, play)?.end ?? play.log.length;
}
