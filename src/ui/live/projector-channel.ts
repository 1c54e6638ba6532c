/**
 * Console and projector windows of one browser without a server: the console posts what the room
 * may see on a BroadcastChannel; a projector that opens asks for it.
 */
import type { PublicView } from '../../live/protocol.ts';

export type ProjectorMessage =
  | { readonly type: 'view'; readonly view: PublicView; readonly joinUrl: string | null }
  | { readonly type: 'hello' };

export const projectorChannel = (sessionId: string) => new BroadcastChannel(`niet-pluis.projector.${sessionId}`);
