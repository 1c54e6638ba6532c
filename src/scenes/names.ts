/**
 * Who is who at the phone: the same person, an app. A file of its own, so the
 * stage and the play view's text use them without the phone's layout in the first script.
 */

/** The same person: names compared without case or surrounding spaces (an empty name is nobody). */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';
}

/** Senders that are apps, not people: their messages are notifications, not chat. */
const SYSTEM_SENDERS: ReadonlySet<string> = new Set(['bankapp', 'bank']);

export function isSystemSender(from: string): boolean {
  return SYSTEM_SENDERS.has(from.trim().toLowerCase());
}
