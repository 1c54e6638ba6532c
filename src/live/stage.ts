/**
 * What the room's screens show of a workshop session: the stop on the projector (with the lines
 * the trainer marked "niet pluis" for the room), its options in
 * the session's display order, where voting is, and the hand counts (all tables together). The
 * console builds it; the projector and the phones get it through the server or a BroadcastChannel.
 */
import { inDisplayOrder } from '../play/option-order.ts';
import { markedAt } from '../workshop/marks.ts';
import { SESSION_STRINGS } from '../i18n/session-strings.ts';
import { LIVE_STRINGS } from '../i18n/live-strings-all.ts';
import type { Lang } from '../i18n/strings.ts';
import type { WorkshopGroup, WorkshopNode, WorkshopSession } from '../workshop/types.ts';
import { EARLIER_BUILD_STAGE_ID } from './earlier-build.ts';
import { MAX_MESSAGE_BYTES, type LivePhase, type Stage } from './protocol.ts';

/** The group that holds the phone votes in a session; its counts come from the live room. */
export const PHONES_GROUP = 'telefoons';

/** The one group of a session made without tables: the whole room. */
export const ROOM_GROUP = 'zaal';

/**
 * A group's name as the screens show it: the phones' group and the whole room in the language
 * shown, whatever language they were added in; a table as the trainer named it.
 */
export const groupName = (g: WorkshopGroup, lang: Lang): string =>
  g.id === PHONES_GROUP ? LIVE_STRINGS[lang].phones : g.id === ROOM_GROUP ? LIVE_STRINGS[lang].room : g.name;

/** The seed of a session's option order (sessions made before seeds use their id). */
export const seedOf = (s: WorkshopSession): string => s.seed ?? s.id;

/** A stop's options as every screen shows them. */
export const displayOptions = (s: WorkshopSession, node: WorkshopNode) => inDisplayOrder(seedOf(s), node.options);

/** The live phase of a stop: the session knows discuss, vote and revealed; the console knows whether voting was closed. */
export function livePhase(node: WorkshopNode, closed: boolean): LivePhase {
  if (node.phase === 'discuss') return 'discuss';
  if (node.phase === 'revealed') return 'revealed';
  return closed ? 'closed' : 'open';
}

const MAX_LINES = 60;
/** At most `max` characters, with control characters but newline as spaces (the server refuses them: a tab pasted into a session's name). */
const clip = (raw: string, max: number) => {
  const text = raw.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/gu, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

const kickerOf = (s: WorkshopSession) => clip(`${s.caseTitle} · ${s.name}`, 300);

/**
 * What the room's screens show of a session played on an earlier build of its case, which cannot
 * go on (session.ts): an ended stage, without options, that says why in the session's language.
 * It is an ordinary stage, so the server takes it and screens of any build show it.
 */
export function earlierBuildStage(s: WorkshopSession, lang: Lang): Stage {
  const t = SESSION_STRINGS[lang];
  return {
    decisionId: EARLIER_BUILD_STAGE_ID,
    kicker: kickerOf(s),
    heading: t.earlierBuildStageTitle,
    lines: [{ speaker: null, text: t.earlierBuildRoom }],
    options: [],
    phase: 'discuss',
    finished: true,
    taken: null,
    feedback: null,
    hands: [],
    lang,
  };
}

/** The stage for the stop the session's cursor is on. Hand counts leave out the phones' group. */
export function stageOf(s: WorkshopSession, opts: { heading: string; closed: boolean; lang: 'nl' | 'en' }): Stage {
  const node = s.nodes[s.cursor.node]!;
  const options = node.finished ? [] : displayOptions(s, node);
  const hands = options.map((o) => {
    const at = node.options.indexOf(o);
    return Object.entries(node.votes).reduce((sum, [group, counts]) => (group === PHONES_GROUP ? sum : sum + (counts[at] ?? 0)), 0);
  });
  // the room sees the lines the trainer marked for it
  const marked = markedAt(s, node.id);
  const showing = s.cursor.showing === null ? null : (node.options.find((o) => o.index === s.cursor.showing) ?? null);
  const stage: Stage = {
    decisionId: node.id,
    kicker: kickerOf(s),
    heading: clip(opts.heading, 200),
    lines: node.lines
      .flatMap((l, i) => (l.text ? [{ speaker: l.speaker ? clip(l.speaker, 100) : null, text: clip(l.text, 2000), ...(marked.has(i) ? { marked: true } : {}) }] : []))
      .slice(-MAX_LINES),
    options: options.map((o) => ({ id: o.id, text: clip(o.text, 1000) })),
    phase: node.finished ? 'discuss' : livePhase(node, opts.closed),
    finished: node.finished,
    taken: showing && options.some((o) => o.id === showing.id) ? showing.id : null,
    feedback: showing?.assessment.feedback ? clip(showing.assessment.feedback, 4000) : null,
    hands,
    lang: opts.lang,
  };
  // a stage the server would not take (over its message size) would be sent again and again: the
  // oldest lines go first until it fits, with room for the rest of the message
  let fitting = stage;
  while (fitting.lines.length > 0 && byteLength(JSON.stringify(fitting)) > MAX_MESSAGE_BYTES - MESSAGE_MARGIN) fitting = { ...fitting, lines: fitting.lines.slice(1) };
  return fitting;
}

/** What a stage message carries beside the stage: the event, the room's code and the trainer's key. */
const MESSAGE_MARGIN = 1024;
/** A text's length in UTF-8 bytes, as it goes over the wire (counted by hand: the pure core has no TextEncoder). */
function byteLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * The phones' counts a stop should now hold, or null to leave what it has. A room's counts at a
 * stop never go back to all zeros (a phone can change its vote, not take it back), so all zeros
 * over counts the session holds are a new room's (the old one expired, or its store was lost)
 * that has not voted at this stop: they never wipe what an earlier room counted there.
 */
export function phoneCountsToKeep(had: readonly number[] | undefined, counts: readonly number[]): readonly number[] | null {
  if (had && had.length === counts.length && had.every((n, i) => n === counts[i])) return null;
  if (counts.every((n) => n === 0)) return null;
  return counts;
}

/** Phone counts per option in display order, turned into the session's order (the order of `node.options`). */
export function phonesInInkOrder(stage: Stage, node: WorkshopNode, phones: readonly number[]): number[] {
  return node.options.map((o) => {
    const at = stage.options.findIndex((x) => x.id === o.id);
    return at === -1 ? 0 : (phones[at] ?? 0);
  });
}
