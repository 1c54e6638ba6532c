/**
 * How the text layer reads a line at the phone, decided from the story alone, as the picture does
 * (stage.ts): a call (on the phone, on the speaker or by video) is spoken, so its lines read as
 * speech under a header that says what kind of call it is and with whom; chat lines are messages.
 * Plain data, no DOM: the play view only renders what this says.
 */
import type { PhoneMode } from '../story/cast.ts';
import type { PlaceId } from '../story/places.ts';
import type { StoryLine } from '../story/runner.ts';
import { sameName } from './names.ts';

/** Where the text is, line after line: the place, and at the phone what the screen shows. */
export type PhoneTrack = {
  readonly place: PlaceId | null;
  /** From `# telefoon:`; null at the phone means chat, as in the picture. */
  readonly mode: PhoneMode | null;
  readonly contact: string | null;
  /** The header of this call or chat is shown already. */
  readonly announced: boolean;
};

export const NO_PHONE: PhoneTrack = { place: null, mode: null, contact: null, announced: false };

/** The header above a call or a chat: its kind and the other end (null when the story names nobody). */
export type PhoneHeader = { readonly mode: PhoneMode; readonly contact: string | null };

export type PhoneLine = {
  readonly track: PhoneTrack;
  /** Shown before this line: a call or a chat begins here. */
  readonly header: PhoneHeader | null;
  /** A spoken line of a call, a chat message, or neither (narration, or not at the phone). */
  readonly kind: 'call' | 'message' | null;
};

/**
 * The line after `track`. A call's header comes on the line with its `# telefoon:` tag; a chat the
 * story does not announce gets its header with its first message. `child` is the child of the case:
 * in a chat without a named contact, a message from the child names nobody (it is their phone).
 */
export function phoneLine(track: PhoneTrack, line: StoryLine, child: string | null = null): PhoneLine {
  let t = track;
  if (line.place && line.place !== t.place) t = { place: line.place, mode: null, contact: null, announced: false };
  if (line.phone) t = { ...t, mode: line.phone.mode, contact: line.phone.contact, announced: false };
  if (t.place !== 'telefoon') return { track: t, header: null, kind: null };
  const mode = t.mode ?? 'chat';
  const speaks = line.speaker !== null && line.text.trim() !== '';
  let header: PhoneHeader | null = null;
  if (!t.announced && (line.phone !== undefined || speaks)) {
    // nobody named: on a call the first voice is the other end; in a chat, the first sender but the child
    const contact = t.contact ?? (speaks && (mode !== 'chat' || !sameName(line.speaker, child)) ? line.speaker : null);
    header = { mode, contact };
    t = { ...t, announced: true };
  }
  return { track: t, header, kind: speaks ? (mode === 'chat' ? 'message' : 'call') : null };
}
