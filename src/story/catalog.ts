/** A story as the game knows it before loading it: header and analysis, and a loader for its JSON. */
import type { StoryAnalysis } from './explorer.ts';
import type { StoryJson } from './story-json.ts';

export type CatalogEntry = {
  readonly id: string;
  /** The story build hash: first 16 hex digits of the SHA-256 of the compiled story JSON. */
  readonly build: string;
  readonly analysis: StoryAnalysis;
  readonly load: () => Promise<StoryJson>;
};
