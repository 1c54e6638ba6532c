/**
 * Who is on the phone, decided once for the picture (stage.ts) and the text's call headers
 * (phone-lines.ts), so that the two cannot name different people. Plain data, no Phaser, no DOM.
 *
 * The rule: the contact is the one `# telefoon: mode, Name` names. Without a name it is the first
 * voice from the other end, as the text reads it: on a call the first speaker who is not in the
 * room (`# aanwezig:`); in a chat the first sender who is not the phone's owner and not an app (a
 * bank's notification is no one to chat with). Once known it stays until the next call, chat or
 * place.
 */
import type { PhoneMode } from '../story/cast.ts';
import { PHONE_PLACE, type PlaceId } from '../story/places.ts';
import type { StoryLine } from '../story/runner.ts';
import { isSystemSender, sameName } from './names.ts';

export type CallTrack = {
  readonly place: PlaceId | null;
  /** From `# telefoon:`; null at the phone means chat, as the picture shows it. */
  readonly cue: PhoneMode | null;
  /** Who the phone shows: named by the cue, or the first voice from the other end; null: nobody yet. */
  readonly contact: string | null;
  /** Who `# aanwezig:` puts in the room since this call began: they are beside the phone, not in it. */
  readonly inRoom: readonly string[];
  /** The text has shown this call's header (phone-lines.ts); a new call or chat starts without. */
  readonly announced: boolean;
};

export const NO_CALL: CallTrack = { place: null, cue: null, contact: null, inRoom: [], announced: false };

/** What the phone shows on `t`: a call or a chat, or null away from the phone. */
export function modeOf(t: CallTrack): PhoneMode | null {
  return t.place === PHONE_PLACE ? (t.cue ?? 'chat') : null;
}

/**
 * Whose phone a chat is on: the child's, unless the chat is with the child (then it is the
 * player's, who is not drawn; null).
 */
export function ownerOf(t: CallTrack, child: string | null): string | null {
  return sameName(t.contact, child) ? null : child;
}

/** The track after `line`. `child` is the case's child: their messages in a chat name nobody. */
export function nextCall(t: CallTrack, line: StoryLine, child: string | null): CallTrack {
  let next = t;
  if (line.place && line.place !== t.place) next = { ...NO_CALL, place: line.place };
  if (line.phone) next = { ...next, cue: line.phone.mode, contact: line.phone.contact, inRoom: [], announced: false };
  if (line.present) next = { ...next, inRoom: line.present.names };
  const mode = modeOf(next);
  const voice = line.text.trim() !== '' ? line.speaker : null;
  if (mode === null || next.contact !== null || voice === null) return next;
  // with nobody named yet, a chat is on the child's phone
  const fromOtherEnd = mode === 'chat' ? !sameName(voice, child) && !isSystemSender(voice) : !next.inRoom.some((n) => sameName(n, voice));
  return fromOtherEnd ? { ...next, contact: voice } : next;
}
