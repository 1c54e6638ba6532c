/**
 * A story as the game knows it before loading it: its card (header, switches, length), and
 * loaders for its compiled JSON and for the explorer's analysis. The analysis (answer key,
 * decisions, best path) is a chunk of its own: the title screen and the first choice never wait
 * for it; a debrief, a platform report or a workshop loads it when it needs it.
 */
import type { StoryAnalysis } from './explorer.ts';
import type { StoryJson } from './story-json.ts';
import type { StoryStep } from './runner.ts';

/** What the title card, the content note and the play screen need, shipped with the main script. */
export type StoryCard = Pick<StoryAnalysis, 'meta' | 'switches' | 'decisionsPerPath' | 'cast'> & {
  /**
   * What a new play shows before its first decision (the runner's first step, taken at build): the
   * first choices are on screen while the story's chunk is still on its way.
   */
  readonly opening: StoryStep;
};

export const cardOf = (a: StoryAnalysis, opening: StoryStep): StoryCard => ({ meta: a.meta, switches: a.switches, decisionsPerPath: a.decisionsPerPath, cast: a.cast, opening });

export type CatalogEntry = StoryCard & {
  readonly id: string;
  /** The story build hash: first 16 hex digits of the SHA-256 of the compiled story JSON. */
  readonly build: string;
  readonly load: () => Promise<StoryJson>;
  readonly loadAnalysis: () => Promise<StoryAnalysis>;
};
