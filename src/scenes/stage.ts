/**
 * What the picture shows, decided from the story alone: the place, the people drawn there (with
 * the age, family and face the story gives them), a class or a meeting table, and at the phone a
 * call, a video call or chat messages with the contact's name. Plain data from plain data: no
 * `phaser`, so all of it is tested in Node; the scene only draws what this says.
 */
import type { Expression, Person, PhoneMode } from '../story/cast.ts';
import type { PlaceId } from '../story/places.ts';
import type { StoryLine } from '../story/runner.ts';
import { modeOf, nextCall, NO_CALL, ownerOf } from './call-track.ts';
import { sameName } from './names.ts';

/** Someone drawn: who, how old (null: not in the header, drawn as an adult), family, face. */
export type Figure = {
  readonly name: string;
  readonly age: number | null;
  readonly family: string | null;
  readonly expression: Expression;
};

/** What the phone screen shows; null when we are not at the phone. */
export type PhoneScreen = {
  readonly mode: PhoneMode;
  /** The name at the top of the screen; null when nobody is known yet. */
  readonly contact: string | null;
  /** For a video call: the contact's face (a Figure, drawn in the screen). */
  readonly face: Figure | null;
};

/** A class of pupils behind their desks, of about this age. */
export type Crowd = { readonly kind: 'klas'; readonly age: number };

export type Stage = {
  readonly place: PlaceId | null;
  /** Who speaks now (null: narration); drawn lifted if among `figures`. */
  readonly speaker: string | null;
  /** Who is drawn, left to right. */
  readonly figures: readonly Figure[];
  readonly crowd: Crowd | null;
  /** The people sit at a meeting table. */
  readonly table: boolean;
  readonly phone: PhoneScreen | null;
  /** Chat only: the latest messages, oldest first. */
  readonly messages: ReadonlyArray<{ readonly from: string; readonly text: string }>;
  /** Chat only: whose phone it is (their messages are drawn on the right). */
  readonly phoneOwner: string | null;
};

/** At most this many people stand in a place (more would crowd the picture). */
export const MAX_STANDING = 3;
/** How many recent messages the phone shows. */
export const PHONE_MESSAGES = 5;
/** How many people can sit at the meeting table. */
export const MAX_AT_TABLE = 5;
/** The age of a class when the story does not give the child's. */
const CLASS_AGE = 14;

/** One entry of the log: a line of story, or a decision taken (which ends what the phone held). */
export type StageEntry = { readonly kind: 'line'; readonly line: StoryLine } | { readonly kind: string };

const isLine = (e: StageEntry): e is { kind: 'line'; line: StoryLine } => e.kind === 'line' && 'line' in e;

/**
 * The stage after these log entries. `cast` are the people of the story's header; `child` is the
 * child of the case (whose phone the chat is, unless the chat is with the child).
 *
 * A place starts empty; `# aanwezig:` says who is there, and everyone who speaks joins. At the
 * phone, `# telefoon:` says what the screen shows (chat when it says nothing) and who is on it
 * (call-track.ts, shared with the text's call headers); the other end of a call is in the phone,
 * not beside it. When the lines since the last decision
 * showed messages, the phone stays in view even if the story has moved on: those messages are
 * what the decision is about.
 */
export function stageOf(log: readonly StageEntry[], cast: readonly Person[] = [], child: string | null = null): Stage {
  const figure = (name: string, faces: ReadonlyMap<string, Expression>): Figure => {
    const p = cast.find((c) => sameName(c.name, name));
    return { name, age: p?.age ?? null, family: p?.family ?? null, expression: faces.get(name) ?? 'neutraal' };
  };

  let named: string[] = []; // from `# aanwezig:`
  let joined: string[] = []; // who spoke here, in order
  let groups: readonly string[] = [];
  let speaker: string | null = null;
  let call = NO_CALL;
  let messages: Array<{ from: string; text: string }> = [];
  let faces = new Map<string, Expression>();
  let held: Stage | null = null;

  const snapshot = (): Stage => {
    const table = groups.includes('tafel');
    const phoneMode: PhoneMode | null = modeOf(call);
    const calling = phoneMode !== null && phoneMode !== 'chat';
    // On a call, who speaks and was not said to be here is on the other end.
    const heard = calling ? [] : joined;
    const who = call.contact;
    const owner = ownerOf(call, child);
    let present = [...named, ...heard.filter((n) => !named.includes(n))];
    if (phoneMode === 'chat' && messages.length > 0) {
      // Senders are in the phone, as messages; only the owner, who holds it, may stand beside it.
      present = present.filter((n) => sameName(n, owner));
    }
    if (calling) present = present.filter((n) => !sameName(n, who));
    const max = table ? MAX_AT_TABLE : MAX_STANDING;
    const speaking = speaker !== null && present.includes(speaker) ? speaker : null;
    const shown = keepSpeaker(present, speaking, max);
    const classAge = cast.find((c) => sameName(c.name, child))?.age ?? CLASS_AGE;
    return {
      place: call.place,
      speaker,
      figures: shown.map((n) => figure(n, faces)),
      crowd: groups.includes('klas') ? { kind: 'klas', age: classAge } : null,
      table,
      phone: phoneMode === null ? null : { mode: phoneMode, contact: who, face: phoneMode === 'video' && who !== null ? figure(who, faces) : null },
      messages: phoneMode === 'chat' ? messages : [],
      phoneOwner: phoneMode === 'chat' ? owner : null,
    };
  };

  for (const e of log) {
    if (!isLine(e)) {
      held = null;
      continue;
    }
    const line = e.line;
    const before = call.place;
    call = nextCall(call, line, child);
    if (call.place !== before) {
      named = [];
      joined = [];
      groups = [];
      messages = [];
      faces = new Map();
      if (held?.place === call.place) held = null;
    }
    if (line.phone) {
      // A new call or chat: a new screen, and nobody carried over from the last one.
      messages = [];
      named = [];
      joined = [];
    }
    if (line.present) {
      named = [...line.present.names];
      groups = line.present.groups;
      joined = joined.filter((n) => !named.includes(n));
    }
    for (const f of line.faces ?? []) faces.set(f.name, f.expression);
    speaker = line.text ? line.speaker : speaker;
    if (line.speaker && line.text && !named.includes(line.speaker) && !joined.includes(line.speaker)) joined = [...joined, line.speaker];
    if (modeOf(call) === 'chat' && line.speaker && line.text) {
      messages = [...messages, { from: line.speaker, text: line.text }].slice(-PHONE_MESSAGES);
      held = snapshot();
    }
  }
  if (held && modeOf(call) === null) return { ...held, speaker: null };
  return snapshot();
}

/**
 * At most `max` names: with more, the speaker stays and the most recent others fill the remaining
 * places; order is kept.
 */
export function keepSpeaker(names: readonly string[], speaker: string | null, max: number): string[] {
  if (names.length <= max) return [...names];
  const others = names.filter((n) => n !== speaker);
  const keep = new Set(others.slice(others.length - (speaker !== null ? max - 1 : max)));
  if (speaker !== null) keep.add(speaker);
  return names.filter((n) => keep.has(n));
}
