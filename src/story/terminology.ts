/**
 * Words to avoid, after the Terminologiegids (the Dutch Luxembourg Guidelines), with what to say
 * instead. The story build refuses them in narration and feedback. They may appear only in a choice
 * the player can pick and is scored down for, or in a character's line that the story corrects
 * within the next few lines with the right word.
 */
export type AvoidedTerm = {
  readonly avoid: RegExp;
  /** What to write instead, shown in the build error. */
  readonly sayInstead: string;
  /** A correction uses one of these. */
  readonly correction: RegExp;
};

export const AVOIDED_TERMS: readonly AvoidedTerm[] = [
  { avoid: /\bloverboys?\b/i, sayInstead: 'mensenhandelaar of uitbuiter', correction: /mensenhandel|uitbuit/i },
  { avoid: /kinderprostitu(tie|ee|ees)\b|jeugdprostitutie/i, sayInstead: 'seksuele uitbuiting van een kind', correction: /seksuele uitbuiting|uitgebuit/i },
  { avoid: /kinderporno(grafie)?\b/i, sayInstead: 'seksueel misbruikmateriaal van kinderen', correction: /misbruikmateriaal|misbruikbeelden/i },
  { avoid: /kindersekstoerisme/i, sayInstead: 'seksuele uitbuiting van kinderen in reizen en toerisme', correction: /seksuele uitbuiting/i },
  { avoid: /prostitueerde (zich|zichzelf)|bood zich(zelf)? (online )?aan/i, sayInstead: 'wat er met het kind gebeurde, en wie het deed (bijv. "werd seksueel uitgebuit")', correction: /uitgebuit|uitbuiting/i },
  { avoid: /\bpooiers?\b/i, sayInstead: 'een kind dat zelf wordt uitgebuit (slachtoffer én dader)', correction: /slachtoffer|uitgebuit|uitbuiting/i },
  // criminal exploitation: a child forced to deal, carry or lend an account is a victim, not a perpetrator
  { avoid: /\bdrugs(runner|koerier)(tje)?s?\b/i, sayInstead: 'een kind dat wordt uitgebuit in de drugshandel (criminele uitbuiting)', correction: /uitgebuit|uitbuiting|slachtoffer/i },
  { avoid: /\bgeldezels?\b|\bmoney mules?\b/i, sayInstead: 'een kind dat wordt gedwongen zijn bankrekening af te staan (criminele uitbuiting)', correction: /uitgebuit|uitbuiting|slachtoffer|gedwongen|afgeperst/i },
  {
    // the noun, about a person; "crimineel geld" or "een crimineel netwerk" describe the exploiters' world
    avoid: /\b(?:een|die|kleine|jonge|echte|zelf)\s+crimineel\b(?!\s+(?:geld|netwerk|milieu|circuit|gedrag|verleden|werk))/i,
    sayInstead: 'een kind dat wordt gedwongen tot strafbare feiten: een slachtoffer van criminele uitbuiting',
    correction: /slachtoffer|uitgebuit|uitbuiting/i,
  },
];

/** How far (in source lines) a correction may come after a character's line. */
export const CORRECTION_WINDOW = 12;

export type TermUse = { readonly term: AvoidedTerm; readonly match: string };

export function avoidedTermsIn(text: string): TermUse[] {
  const found: TermUse[] = [];
  for (const term of AVOIDED_TERMS) {
    const m = term.avoid.exec(text);
    if (m) found.push({ term, match: m[0] });
  }
  return found;
}
