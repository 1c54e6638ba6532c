/**
 * The principles every choice is scored against. This list is the one source of truth: the tag
 * grammar, the scoring, the explorer and the debriefs all read it.
 */
export const PRINCIPLES = [
  {
    id: 'belang',
    name: { nl: 'Belang van het kind', en: 'Best interest of the child' },
    summary: {
      nl: 'Het belang van dít kind weegt het zwaarst: boven procedures, boven het gemak van de organisatie, boven het opsporen van de dader.',
      en: "This child's interest comes first: above procedure, above the organisation's convenience, above catching the perpetrator.",
    },
  },
  {
    id: 'geen_schuld',
    name: { nl: 'Geen victim blaming', en: 'No victim-blaming' },
    summary: {
      nl: 'Woorden en vragen leggen de verantwoordelijkheid nooit bij het kind, maar bij wie het uitbuit.',
      en: 'Words and questions never put the responsibility on the child, but on whoever exploits them.',
    },
  },
  {
    id: 'verwijzing',
    name: { nl: 'Juiste verwijzing', en: 'Correct referral' },
    summary: {
      nl: 'Het signaal komt op de juiste plek: collega, aandachtsfunctionaris, Veilig Thuis, zorgcoördinator mensenhandel, politie.',
      en: 'The signal reaches the right place: colleague, designated contact, Veilig Thuis, trafficking care coordinator, police.',
    },
  },
] as const;

export type Principle = (typeof PRINCIPLES)[number];
export type PrincipleId = Principle['id'];

/** A score on every principle. */
export type PrincipleScores = Readonly<Record<PrincipleId, number>>;

export const PRINCIPLE_IDS: readonly PrincipleId[] = PRINCIPLES.map((p) => p.id);

export function isPrincipleId(value: string): value is PrincipleId {
  return (PRINCIPLE_IDS as readonly string[]).includes(value);
}

/** A score per principle, each made by `f`. */
export function scoresFrom(f: (id: PrincipleId) => number): PrincipleScores {
  return Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, f(id)])) as Record<PrincipleId, number>;
}

export function zeroScores(): PrincipleScores {
  return scoresFrom(() => 0);
}

export function addScores(a: PrincipleScores, b: Partial<PrincipleScores>): PrincipleScores {
  return scoresFrom((id) => a[id] + (b[id] ?? 0));
}

export function principleById(id: PrincipleId): Principle {
  const found = PRINCIPLES.find((p) => p.id === id);
  if (!found) throw new Error(`Unknown principle ${id}`);
  return found;
}
