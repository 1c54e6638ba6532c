/**
 * The live room's messages: what the trainer's console, the projector and the phones send to the
 * server, each as a valibot schema with size limits, and what the server sends back. The server
 * refuses anything that does not parse; the types come from the same schemas.
 */
import * as v from 'valibot';
import { CODE_LENGTH, ROOM_CODE_PATTERN } from './room-code.ts';

export { CODE_ALPHABET, CODE_LENGTH } from './room-code.ts';
/** A socket.io message larger than this is dropped before it is parsed (the stage is the largest). */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** A printable string of at most `max` characters, no control characters but newline. */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/u, 'control characters'));
// (an option's id is ink's path to it: a knot may be named in any script and with the signs ink
// allows in names, e.g. `café` or `×`; what is never in an id is a space or a control character)
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[^\s\p{C}]+$/u, 'bad id'));

export const RoomCodeSchema = v.pipe(v.string(), v.length(CODE_LENGTH), v.regex(ROOM_CODE_PATTERN, 'bad room code'));
/** A phone's token: 128 random bits, issued by the server and kept on the device. */
export const ParticipantTokenSchema = v.pipe(v.string(), v.regex(/^[a-f0-9]{32}$/, 'bad token'));
/** The trainer's secret: 256 random bits. It never appears in a join address. */
export const TrainerTokenSchema = v.pipe(v.string(), v.regex(/^[a-f0-9]{64}$/, 'bad trainer token'));

/** Where the room is at one decision: discussing, voting open, voting closed, result shown. */
export const LivePhaseSchema = v.picklist(['discuss', 'open', 'closed', 'revealed']);
export type LivePhase = v.InferOutput<typeof LivePhaseSchema>;

const MAX_OPTIONS = 12;
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

/**
 * What the room sees of one stop in the story: its lines, the options in the order shown on every
 * screen, and where voting is. `hands` are the counts entered by hand (all tables together), in
 * the order of `options`; they are added to the phone votes and shown only after the reveal.
 */
export const StageSchema = v.pipe(
  v.strictObject({
    decisionId: id,
    kicker: text(300),
    heading: text(200),
    // `marked`: the trainer marked the line "niet pluis" for the room
    lines: v.pipe(v.array(v.strictObject({ speaker: v.nullable(text(100)), text: text(2000), marked: v.optional(v.boolean()) })), v.maxLength(60)),
    options: v.pipe(v.array(v.strictObject({ id, text: text(1000) })), v.maxLength(MAX_OPTIONS)),
    phase: LivePhaseSchema,
    finished: v.boolean(),
    taken: v.nullable(id),
    feedback: v.nullable(text(4000)),
    hands: v.pipe(v.array(count), v.maxLength(MAX_OPTIONS)),
    lang: v.picklist(['nl', 'en']),
  }),
  v.check((s) => new Set(s.options.map((o) => o.id)).size === s.options.length, 'option ids must differ'),
  v.check((s) => s.hands.length === s.options.length, 'one hand count per option'),
  v.check((s) => s.taken === null || s.options.some((o) => o.id === s.taken), 'taken must be an option'),
);
export type Stage = v.InferOutput<typeof StageSchema>;

/** Client to server, one schema per event name. Every event takes an acknowledgement callback. */
export const MESSAGES = {
  /** The trainer opens a room; the answer holds its code and the trainer's secret. */
  create: v.strictObject({}),
  /** The trainer's console (again) takes charge of its room. */
  attach: v.strictObject({ code: RoomCodeSchema, trainerToken: TrainerTokenSchema }),
  /** The trainer puts a stop on the room's screens (and opens, closes or reveals its vote). */
  stage: v.strictObject({ code: RoomCodeSchema, trainerToken: TrainerTokenSchema, stage: StageSchema }),
  /** A phone joins, with its token when it had one. */
  join: v.strictObject({ code: RoomCodeSchema, token: v.nullable(ParticipantTokenSchema) }),
  /** The projector watches a room. */
  watch: v.strictObject({ code: RoomCodeSchema }),
  /** One vote: who (a token), where (a decision) and what (an option). Sent again until acknowledged. */
  vote: v.strictObject({ code: RoomCodeSchema, token: ParticipantTokenSchema, decisionId: id, optionId: id }),
} as const;
export type MessageName = keyof typeof MESSAGES;
export type Message<N extends MessageName> = v.InferOutput<(typeof MESSAGES)[N]>;

export const isMessageName = (name: unknown): name is MessageName => typeof name === 'string' && Object.hasOwn(MESSAGES, name);

/** Parses one message: the typed value, or the reason it was refused. */
export function parseMessage<N extends MessageName>(name: N, payload: unknown): { ok: true; value: Message<N> } | { ok: false; reason: string } {
  // valibot takes an array for an object with no required keys: every message is a plain object
  const proto: unknown = typeof payload === 'object' && payload !== null ? Object.getPrototypeOf(payload) : undefined;
  if (proto !== Object.prototype && proto !== null) return { ok: false, reason: 'not an object' };
  const r = v.safeParse(MESSAGES[name], payload);
  return r.success ? { ok: true, value: r.output as Message<N> } : { ok: false, reason: r.issues[0]?.message ?? 'invalid' };
}

/** Why a message was refused. The words are for logs and tests; screens show their own text. */
export type Refusal = 'invalid' | 'unknown-event' | 'no-room' | 'rate-limited' | 'not-open' | 'other-decision' | 'unknown-option' | 'unknown-token' | 'busy';

export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: Refusal };

/** The projector's and the phones' view of a room: the distribution only after the reveal. */
export type PublicView = {
  readonly code: string;
  /** The room's change count when this view was read: a screen keeps the newest it has seen. */
  readonly rev: number;
  readonly stage: Omit<Stage, 'hands'> | null;
  /** Everyone who voted at this stop: phones and hands. */
  readonly voted: number;
  readonly participants: number;
  /** Votes per option (phones and hands) in the order of the options; null until revealed. */
  readonly counts: readonly number[] | null;
};

/** The trainer's view: the live phone counts at every moment. */
export type TrainerView = {
  readonly code: string;
  readonly rev: number;
  readonly stage: Stage | null;
  readonly participants: number;
  /** Phone votes per option at the current stop, in the order of the options. */
  readonly phones: readonly number[];
};

export type CreateAck = Ack<{ code: string; trainerToken: string; view: TrainerView }>;
export type AttachAck = Ack<{ view: TrainerView }>;
export type JoinAck = Ack<{ token: string; view: PublicView; myVote: string | null }>;
export type WatchAck = Ack<{ view: PublicView }>;
export type VoteAck = Ack<{ decisionId: string; optionId: string }>;
