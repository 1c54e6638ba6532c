/**
 * The places a story can be in (`# plek:` tag). The scene draws each of them; an unknown place is
 * a build error, so the list here and the drawings stay in step.
 */
export const PLACES = {
  klaslokaal: { nl: 'Klaslokaal', en: 'Classroom' },
  gang: { nl: 'Schoolgang', en: 'School corridor' },
  spreekkamer: { nl: 'Spreekkamer', en: 'Meeting room' },
  kantoor: { nl: 'Kantoor', en: 'Office' },
  straat_avond: { nl: 'Straat, avond', en: 'Street at night' },
  telefoon: { nl: 'Telefoon', en: 'Phone' },
  jongerencentrum: { nl: 'Jongerencentrum', en: 'Youth centre' },
  wijkteam: { nl: 'Kantoor van het wijkteam', en: 'District team office' },
  huisartspraktijk: { nl: 'Huisartspraktijk', en: "GP's practice" },
  thuis: { nl: 'Bij het gezin thuis', en: "At the family's home" },
} as const;

export type PlaceId = keyof typeof PLACES;

/** The phone: a call, a video call or a chat is shown there (`# telefoon:`), nowhere else. */
export const PHONE_PLACE = 'telefoon' satisfies PlaceId;

export function isPlaceId(value: string): value is PlaceId {
  return Object.hasOwn(PLACES, value);
}
