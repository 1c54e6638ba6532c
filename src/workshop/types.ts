/**
 * A workshop session as stored: one case played by a room, as a tree of story stops. Each stop
 * (a decision, or the end) keeps the ink state at that moment, so any branch can be resumed, and
 * the room's votes per group. The main path follows the choice taken at each stop; a "what if"
 * replay of a minority choice is a side branch that leaves the main path as it was.
 */
import type { StoryChoice, StoryLine } from '../story/runner.ts';
import type { WorkshopPolicy } from './policy.ts';

/** A table or group in the room. A session without named groups has one group for the whole room. */
export type WorkshopGroup = { readonly id: string; readonly name: string };

/** Where the room is in the conversation about one decision. */
export type VotePhase = 'discuss' | 'vote' | 'revealed';

/** How the choice was taken: the most votes, or the trainer's pick (a tie, no votes, or a deliberate pick). */
export type TakenBy = 'majority' | 'trainer';

/** One stop in the story: a decision with its open options, or the end (no options, finished). */
export type WorkshopNode = {
  readonly id: string;
  /** The stop before this one, and the choice taken there that led here (null for the first). */
  readonly parent: string | null;
  readonly parentChoice: number | null;
  /** Ink state at this stop, with its options open: restoring it lets any option be played. */
  readonly inkState: string;
  /** The lines shown between the previous stop and this one. */
  readonly lines: readonly StoryLine[];
  readonly options: readonly StoryChoice[];
  readonly finished: boolean;
  /** Discussion prompts for the trainer (the `# gespreksvraag:` tags before this decision). */
  readonly prompts: readonly string[];
  /** Per group id: the number of votes per option, in the order of `options`. */
  readonly votes: Readonly<Record<string, readonly number[]>>;
  readonly phase: VotePhase;
  /** The ink index of the option the room took here, or null while undecided. Fixed once taken. */
  readonly taken: number | null;
  readonly takenBy: TakenBy | null;
};

/** Where the projector is: a stop, and the option whose feedback is shown there (null before a choice). */
export type WorkshopCursor = { readonly node: string; readonly showing: number | null };

export type WorkshopSession = {
  readonly id: string;
  /** E.g. municipality and date. No personal data is needed. */
  readonly name: string;
  readonly caseId: string;
  /** The case title when the session was made, for a device that does not have the case. */
  readonly caseTitle: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly groups: readonly WorkshopGroup[];
  readonly nodes: Readonly<Record<string, WorkshopNode>>;
  readonly root: string;
  readonly cursor: WorkshopCursor;
  readonly nextNode: number;
  /** The policy lens: switches, the local route map, the room's answers and actions. */
  readonly policy: WorkshopPolicy;
};
