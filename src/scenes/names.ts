/**
 * Who is who at the phone: the same person, an app, the chat's contact. A file of its own, so the
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

/**
 * The name in the chat header: the first sender who is not the owner. A person goes before an
 * app (a bank notification in the middle of a chat does not rename the chat); with only app
 * messages the app is the contact. Null when nobody but the owner writes.
 */
export function chatContact(messages: ReadonlyArray<{ readonly from: string }>, owner: string | null): string | null {
  const others = messages.map((m) => m.from.trim()).filter((f) => f !== '' && !sameName(f, owner));
  return others.find((f) => !isSystemSender(f)) ?? others[0] ?? null;
}
