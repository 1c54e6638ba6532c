/**
 * Sources that feedback may cite. Authors write them in a `# bron:` tag, e.g.
 * `# bron: VRK art. 12; Tip 6; Meldcode stap 2`. Only what is listed here is accepted, so a typo
 * fails the build instead of printing a wrong reference to a learner.
 */

/** Headings of the articles of the Convention on the Rights of the Child (VRK) we cite. */
export const CRC_ARTICLES = {
  1: { nl: 'Definitie kind', en: 'Definition of a child' },
  2: { nl: 'Geen discriminatie', en: 'Non-discrimination' },
  3: { nl: 'Belang van het kind', en: 'Best interests of the child' },
  5: { nl: 'Rol van ouders bij ontwikkeling kind', en: "Parents' guidance" },
  12: { nl: 'Mening van het kind', en: 'Respect for the views of the child' },
  16: { nl: 'Privacy', en: 'Right to privacy' },
  17: { nl: 'Toegang tot informatie', en: 'Access to information' },
  18: { nl: 'Verantwoordelijkheid van ouders', en: 'Parental responsibilities' },
  19: { nl: 'Geweld, mishandeling en verwaarlozing', en: 'Protection from violence, abuse and neglect' },
  34: { nl: 'Seksuele exploitatie', en: 'Sexual exploitation' },
  35: { nl: 'Ontvoeren, verhandelen of verkopen van kinderen', en: 'Abduction, sale and trafficking' },
  39: { nl: 'Herstel en re-integratie', en: 'Recovery and reintegration' },
} as const;

/** The ten tips of the guide "Geen plaats voor mensenhandel, wel voor kinderrechten" (2023). */
export const GUIDE_TIPS = {
  1: { nl: 'Pas het Kinderrechtenverdrag en andere regels toe', en: 'Apply the CRC and other rules' },
  2: { nl: 'Minderjarigen zijn een bijzondere groep', en: 'Minors are a special group' },
  3: { nl: 'Weet wat uitbuiting is en wat je moet doen', en: 'Know what exploitation is and what to do' },
  4: { nl: 'Ken de signalen en kwetsbaarheden', en: 'Know the signals and vulnerabilities' },
  5: { nl: 'Breng uitbuiting van minderjarigen lokaal in beeld', en: 'Map exploitation of minors locally' },
  6: { nl: 'Organiseer passende hulp voor minderjarige slachtoffers', en: 'Organise adequate help for minor victims' },
  7: { nl: 'Organiseer de juiste hulp voor minderjarige daders', en: 'Organise the right help for minor perpetrators' },
  8: { nl: 'Werk samen', en: 'Work together' },
  9: { nl: 'Betrek kinderen, jongeren en ervaringsdeskundigen', en: 'Involve children, young people and people with lived experience' },
  10: { nl: 'Voorkomen is de beste bestrijding', en: 'Prevention is the best fight' },
} as const;

/** The five steps of the basismodel Meldcode huiselijk geweld en kindermishandeling. */
export const MELDCODE_STEPS = {
  1: { nl: 'Signalen in kaart brengen', en: 'Map the signals' },
  2: { nl: 'Collegiale consultatie, zo nodig Veilig Thuis raadplegen', en: 'Consult a colleague, and Veilig Thuis if needed' },
  3: { nl: 'Gesprek met de betrokkene', en: 'Talk with the person concerned' },
  4: { nl: 'Wegen met het afwegingskader', en: 'Weigh the risk with the assessment framework' },
  5: { nl: 'Beslissen: hulp organiseren en/of melden', en: 'Decide: organise help and/or report' },
} as const;

export type CrcArticle = keyof typeof CRC_ARTICLES;
export type GuideTip = keyof typeof GUIDE_TIPS;
export type MeldcodeStep = keyof typeof MELDCODE_STEPS;

export type SourceRef =
  | { readonly kind: 'vrk'; readonly article: CrcArticle }
  | { readonly kind: 'tip'; readonly tip: GuideTip }
  | { readonly kind: 'meldcode'; readonly step: MeldcodeStep }
  | { readonly kind: 'terminologiegids' }
  | { readonly kind: 'sr273f' }
  /** Aanwijzing mensenhandel (2022A002) of the Public Prosecution Service: victims are protected from prosecution for what they were forced to do. */
  | { readonly kind: 'aanwijzing' }
  /** Chapter 2 of the guide, on victim-blaming and the words professionals use. */
  | { readonly kind: 'gids-h2' }
  /** Helpwanted (Offlimits): advice on sextortion and online abuse. */
  | { readonly kind: 'helpwanted' };

const PATTERNS: ReadonlyArray<[RegExp, (n: number) => SourceRef | null]> = [
  [/^VRK art\.? ?(\d+)$/i, (n) => (n in CRC_ARTICLES ? { kind: 'vrk', article: n as CrcArticle } : null)],
  [/^Tip (\d+)$/i, (n) => (n in GUIDE_TIPS ? { kind: 'tip', tip: n as GuideTip } : null)],
  [/^Meldcode stap (\d+)$/i, (n) => (n in MELDCODE_STEPS ? { kind: 'meldcode', step: n as MeldcodeStep } : null)],
];

/** Parses one source reference; returns null when it is not one we know. */
export function parseSourceRef(text: string): SourceRef | null {
  const t = text.trim();
  if (/^Terminologiegids$/i.test(t)) return { kind: 'terminologiegids' };
  if (/^art\.? ?273f Sr$/i.test(t)) return { kind: 'sr273f' };
  if (/^Aanwijzing mensenhandel$/i.test(t)) return { kind: 'aanwijzing' };
  if (/^Gids hoofdstuk 2$/i.test(t)) return { kind: 'gids-h2' };
  if (/^Helpwanted$/i.test(t)) return { kind: 'helpwanted' };
  for (const [re, make] of PATTERNS) {
    const m = re.exec(t);
    if (m?.[1]) return make(Number(m[1]));
  }
  return null;
}

/** A short label for a source, as shown to the player. */
export function sourceLabel(ref: SourceRef, lang: 'nl' | 'en'): string {
  switch (ref.kind) {
    case 'vrk':
      return `${lang === 'nl' ? 'VRK art.' : 'CRC art.'} ${ref.article}: ${CRC_ARTICLES[ref.article][lang]}`;
    case 'tip':
      return `${lang === 'nl' ? 'Tip' : 'Tip'} ${ref.tip}: ${GUIDE_TIPS[ref.tip][lang]}`;
    case 'meldcode':
      return `${lang === 'nl' ? 'Meldcode stap' : 'Meldcode step'} ${ref.step}: ${MELDCODE_STEPS[ref.step][lang]}`;
    case 'terminologiegids':
      return lang === 'nl'
        ? 'Terminologiegids seksuele uitbuiting en seksueel misbruik van kinderen'
        : 'Terminology guidelines on sexual exploitation and abuse of children';
    case 'sr273f':
      return lang === 'nl' ? 'Art. 273f Wetboek van Strafrecht (mensenhandel)' : 'Art. 273f Dutch Criminal Code (trafficking)';
    case 'aanwijzing':
      return lang === 'nl'
        ? 'Aanwijzing mensenhandel (OM, 2022): slachtoffers niet vervolgen voor wat zij gedwongen deden'
        : 'Public Prosecution Service instruction on trafficking (2022): victims are not prosecuted for what they were forced to do';
    case 'gids-h2':
      return lang === 'nl'
        ? 'Gids "Geen plaats voor mensenhandel, wel voor kinderrechten", hoofdstuk 2: victim blaming'
        : 'Guide "No place for trafficking, a place for children\'s rights", chapter 2: victim-blaming';
    case 'helpwanted':
      return lang === 'nl' ? 'Helpwanted (Offlimits): hulp bij sextortion en online misbruik' : 'Helpwanted (Offlimits): help with sextortion and online abuse';
  }
}
