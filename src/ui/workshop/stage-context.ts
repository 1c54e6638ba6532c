/**
 * What the parts of the workshop stage share: the app, the workshop, the session on screen, and
 * how a control runs an action (one at a time, with where focus goes after the next render).
 */
import { displayOptions } from '../../live/stage.ts';
import type { WorkshopNode, WorkshopSession } from '../../workshop/types.ts';
import type { AppContext } from '../context.ts';
import type { WorkshopUi } from './workshop-ui.ts';

export type StageContext = {
  readonly ctx: AppContext;
  readonly w: WorkshopUi;
  readonly sessionId: string;
  /** The session as stored now. */
  session(): WorkshopSession | undefined;
  /** A click handler that runs `f` (unless another action is still running) and then focuses `focusKey`. */
  act(focusKey: string | null, f: () => void | Promise<void>): () => void;
  /** Says something to a screen reader (a polite status that survives renders). */
  announce(text: string): void;
};

/** The number an option has on every screen (1-based, in the session's display order). */
export const numberOf = (s: WorkshopSession, node: WorkshopNode, index: number): number => displayOptions(s, node).findIndex((o) => o.index === index) + 1;
