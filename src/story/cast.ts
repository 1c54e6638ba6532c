/**
 * The people of a story and how the pictures show them: who they are (`# persoon:` in the
 * header), who is in a scene (`# aanwezig:`), how someone looks (`# gezicht:`) and what the phone
 * shows (`# telefoon:`). Parsed here, once, into plain data; the scenes only draw it.
 */

/** A person of the story, from `# persoon: Naam, leeftijd, familie`. */
export type Person = {
  readonly name: string;
  /** Age in whole years. */
  readonly age: number;
  /** People with the same family look alike (skin, hair); null = related to no one. */
  readonly family: string | null;
};

/** Faces the pictures can show. */
export const EXPRESSIONS = ['neutraal', 'bezorgd', 'gesloten', 'opgelucht'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

export function isExpression(v: string): v is Expression {
  return (EXPRESSIONS as readonly string[]).includes(v);
}

/** What a phone shows: a call, a call on the speaker, a video call, or chat messages. */
export const PHONE_MODES = ['bellen', 'luidspreker', 'video', 'chat'] as const;
export type PhoneMode = (typeof PHONE_MODES)[number];

/** `# telefoon: bellen, Mirjam`: the mode, and whom the phone shows (null: worked out from who speaks). */
export type PhoneCue = { readonly mode: PhoneMode; readonly contact: string | null };

/** Groups a scene can hold besides named people: a class of pupils, a table for a meeting. */
export const GROUPS = ['klas', 'tafel'] as const;
export type Group = (typeof GROUPS)[number];

/** `# aanwezig: Inge, Mirjam, tafel`: the named people in the scene now, and any groups. */
export type Presence = { readonly names: readonly string[]; readonly groups: readonly Group[] };

/** `# gezicht: Dorian, gesloten`. */
export type Face = { readonly name: string; readonly expression: Expression };

/** The oldest age the header accepts; anything above is a typing mistake. */
export const MAX_AGE = 99;

const parts = (v: string): string[] => v.split(',').map((p) => p.trim());

/** Parses the value of `# persoon:`; a string is the error, in Dutch. */
export function parsePerson(v: string): Person | string {
  const example = 'bijv. "# persoon: Dorian, 17, Dorian" (naam, leeftijd, familie; de familie mag weg)';
  const [name = '', age = '', family = '', ...rest] = parts(v);
  if (!name) return `persoon heeft een naam nodig, ${example}`;
  if (rest.length > 0) return `persoon heeft hoogstens drie delen, gescheiden door komma's; ${example}`;
  if (!/^\d+$/.test(age) || Number(age) > MAX_AGE) {
    return `de leeftijd van ${name} moet een heel getal van 0 tot ${MAX_AGE} zijn, in jaren; nu staat er "${age}". ${example}`;
  }
  return { name, age: Number(age), family: family === '' ? null : family.toLowerCase() };
}

/** Parses the value of `# telefoon:`. */
export function parsePhoneCue(v: string): PhoneCue | string {
  const [mode = '', ...rest] = parts(v);
  const contact = rest.join(', ').trim();
  const modes = PHONE_MODES.join(', ');
  if (!(PHONE_MODES as readonly string[]).includes(mode.toLowerCase())) {
    return `telefoon kent "${v}" niet. Schrijf een van ${modes}, eventueel met wie er op het scherm staat, bijv. "# telefoon: bellen, Mirjam" of "# telefoon: chat"`;
  }
  return { mode: mode.toLowerCase() as PhoneMode, contact: contact === '' ? null : contact };
}

/** Parses the value of `# aanwezig:` (names and groups separated by commas). */
export function parsePresence(v: string): Presence | string {
  const items = v.split(',').map((p) => p.trim());
  if (items.length === 0 || items.some((i) => i === '')) {
    return 'aanwezig heeft namen nodig, gescheiden door komma\'s, bijv. "# aanwezig: Inge, Mirjam, tafel" of "# aanwezig: klas"';
  }
  const names: string[] = [];
  const groups: Group[] = [];
  for (const item of items) {
    const lower = item.toLowerCase();
    if ((GROUPS as readonly string[]).includes(lower)) {
      if (!groups.includes(lower as Group)) groups.push(lower as Group);
    } else if (!names.includes(item)) names.push(item);
  }
  return { names, groups };
}

/** Parses the value of `# gezicht:`. */
export function parseFace(v: string): Face | string {
  const [name = '', expression = '', ...rest] = parts(v);
  if (!name || !isExpression(expression.toLowerCase()) || rest.length > 0) {
    return `gezicht heeft een naam en een van ${EXPRESSIONS.join(', ')} nodig, bijv. "# gezicht: Dorian, gesloten"; nu staat er "${v}"`;
  }
  return { name, expression: expression.toLowerCase() as Expression };
}
