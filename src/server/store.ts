/**
 * Where rooms and votes are kept: SQLite on this machine (the default), or Redis when several
 * server processes share rooms. A vote is stored before it is acknowledged, keyed by room,
 * decision and participant, so a retried vote replaces itself and counts once.
 */
import type { Stage } from '../live/protocol.ts';
import type { StoredRoom } from '../live/room.ts';

export interface RoomStore {
  create(room: StoredRoom): Promise<boolean>;
  /** The room, or null when it does not exist or has expired. */
  get(code: string, now: number): Promise<StoredRoom | null>;
  /** Every write below also counts one change in the room's `rev`, in the same transaction. */
  setStage(code: string, stage: Stage): Promise<void>;
  /** Registers a phone's token in a room (again, after a reconnect: no change). */
  addParticipant(code: string, token: string): Promise<void>;
  hasParticipant(code: string, token: string): Promise<boolean>;
  participants(code: string): Promise<number>;
  /** Stores (or replaces) one participant's vote at one decision. */
  putVote(code: string, decisionId: string, token: string, optionId: string): Promise<void>;
  voteOf(code: string, decisionId: string, token: string): Promise<string | null>;
  /** Every vote at a decision: one option id per participant. */
  votes(code: string, decisionId: string): Promise<string[]>;
  /** Removes expired rooms with their votes; returns how many. */
  sweep(now: number): Promise<number>;
  close(): Promise<void>;
}
