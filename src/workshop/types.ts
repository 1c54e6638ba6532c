/**
 * A workshop session as stored: one case played by a room, as a tree of story stops. Each stop
 * (a decision, or the end) keeps the ink state at that moment, so any branch can be resumed, and
 * the room's votes per group. The main path follows the choice taken at each stop; a "what if"
 * replay of a minority choice is a side branch that leaves the main path as it was.
 */
import type { Saved, WorkshopMarkSchema, WorkshopNodeSchema, WorkshopSessionSchema } from '../state/schema.ts';
import type { WorkshopPolicy } from './policy.ts';

/** A table or group in the room. A session without named groups has one group for the whole room. */
export type WorkshopGroup = { readonly id: string; readonly name: string };

/** Where the room is in the conversation about one decision. */
export type VotePhase = 'discuss' | 'vote' | 'revealed';

/** How the choice was taken: the most votes, or the trainer's pick (a tie, no votes, or a deliberate pick). */
export type TakenBy = 'majority' | 'trainer';

/**
 * One stop in the story: a decision with its open options, or the end (no options, finished).
 * `parent`/`parentChoice`: the stop before and the choice taken there that led here (null for
 * the first). `inkState`: the state at this stop with its options open. `lines`: shown since the
 * previous stop. `votes`: per group id, the votes per option in the order of `options`. `taken`:
 * the ink index of the option the room took, fixed once taken. The type comes from the schema.
 */
export type WorkshopNode = Saved<typeof WorkshopNodeSchema>;

/** A line the trainer marked "niet pluis" for the room: a stop, and the index of the line in its `lines`. */
export type WorkshopMark = Saved<typeof WorkshopMarkSchema>;

/** Where the projector is: a stop, and the option whose feedback is shown there (null before a choice). */
export type WorkshopCursor = { readonly node: string; readonly showing: number | null };

/**
 * A session: its name (e.g. municipality and date; no personal data), the case and its title when
 * the session was made, the story build it was played on, the groups, the tree of stops, the
 * projector's position and the policy lens. The type comes from the schema (src/state/schema.ts).
 */
export type WorkshopSession = Omit<Saved<typeof WorkshopSessionSchema>, 'policy'> & {
  /** The policy lens: switches, the local route map, the room's answers and actions. */
  readonly policy: WorkshopPolicy;
};
