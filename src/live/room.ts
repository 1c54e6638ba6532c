/**
 * The rules of a live room, without a server: whether a vote may be cast, how votes are counted,
 * and what each screen may see. The server keeps rooms in a store and applies these.
 */
import type { PublicView, Refusal, Stage, TrainerView } from './protocol.ts';
import { CODE_ALPHABET, CODE_LENGTH } from './protocol.ts';

/** A room as stored. The trainer's secret is kept only as a hash. */
export type StoredRoom = {
  readonly code: string;
  readonly trainerHash: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly stage: Stage | null;
  /**
   * How many changes the room has had (stage, votes, participants). Every view carries it, so a
   * screen can drop a view older than one it has shown: views read at different moments (a join's
   * answer, pushes from two processes) may arrive out of order.
   */
  readonly rev: number;
};

/** Rooms live for a working day; a workshop that runs longer opens a new one. */
export const ROOM_TTL_MS = 12 * 60 * 60 * 1000;

/** A room code from random bytes (one byte per character; 256 is a multiple of 32, so no bias). */
export function roomCode(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error('roomCode needs six random bytes');
  return Array.from(bytes.subarray(0, CODE_LENGTH), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** Why a vote cannot be counted now, or null when it can. */
export function voteRefusal(stage: Stage | null, decisionId: string, optionId: string): Refusal | null {
  if (!stage || stage.decisionId !== decisionId) return 'other-decision';
  if (stage.phase !== 'open') return 'not-open';
  if (!stage.options.some((o) => o.id === optionId)) return 'unknown-option';
  return null;
}

/** Counts votes (one option id per participant) per option, in the order of the stage's options. */
export function tally(stage: Stage | null, votes: Iterable<string>): number[] {
  if (!stage) return [];
  const at = new Map(stage.options.map((o, i) => [o.id, i]));
  const out = stage.options.map(() => 0);
  for (const optionId of votes) {
    const i = at.get(optionId);
    if (i !== undefined) out[i]! += 1;
  }
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function trainerView(room: StoredRoom, phones: readonly number[], participants: number): TrainerView {
  return { code: room.code, rev: room.rev, stage: room.stage, participants, phones };
}

/** What the room may see: how many voted, and the distribution (phones plus hands) only once revealed. */
export function publicView(room: StoredRoom, phones: readonly number[], participants: number): PublicView {
  const stage = room.stage;
  if (!stage) return { code: room.code, rev: room.rev, stage: null, voted: 0, participants, counts: null };
  const { hands, ...shown } = stage;
  const all = stage.options.map((_, i) => (phones[i] ?? 0) + (hands[i] ?? 0));
  return { code: room.code, rev: room.rev, stage: shown, voted: sum(all), participants, counts: stage.phase === 'revealed' ? all : null };
}
