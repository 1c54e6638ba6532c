/**
 * How the text layer reads a line at the phone: a call (on the phone, on the speaker or by video)
 * is spoken, so its lines read as speech under a header that says what kind of call it is and with
 * whom; chat lines are messages. Who is on the phone comes from the same tracker as the picture
 * (call-track.ts), so the header and the picture name the same person.
 * Plain data, no DOM: the play view only renders what this says.
 */
import type { PhoneMode } from '../story/cast.ts';
import type { StoryLine } from '../story/runner.ts';
import { modeOf, nextCall, type CallTrack } from './call-track.ts';

/** The header above a call or a chat: its kind and the other end (null when nobody is known yet). */
export type PhoneHeader = { readonly mode: PhoneMode; readonly contact: string | null };

export type PhoneLine = {
  readonly track: CallTrack;
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
export function phoneLine(track: CallTrack, line: StoryLine, child: string | null): PhoneLine {
  let t = nextCall(track, line, child);
  const mode = modeOf(t);
  if (mode === null) return { track: t, header: null, kind: null };
  const speaks = line.speaker !== null && line.text.trim() !== '';
  let header: PhoneHeader | null = null;
  if (!t.announced && (line.phone !== undefined || speaks)) {
    header = { mode, contact: t.contact };
    t = { ...t, announced: true };
  }
  return { track: t, header, kind: speaks ? (mode === 'chat' ? 'message' : 'call') : null };
}
