/** Running totals per principle, and the player's result as a share of the best the story allows. */
import { addScores, PRINCIPLE_IDS, zeroScores, type PrincipleId, type PrincipleScores } from './principles.ts';

/** Adds up the scores of the choices taken. */
export function totalScores(taken: ReadonlyArray<{ readonly scores: Partial<PrincipleScores> }>): PrincipleScores {
  return taken.reduce<PrincipleScores>((sum, c) => addScores(sum, c.scores), zeroScores());
}

export type PrincipleResult = {
  readonly principle: PrincipleId;
  readonly points: number;
  readonly best: number;
  readonly worst: number;
  /** 0..1: points as a share of the best achievable; 0 when the result is zero or negative. */
  readonly share: number;
};

/** The player's result per principle against the story's best and worst. */
export function principleResults(points: PrincipleScores, best: PrincipleScores, worst: PrincipleScores): PrincipleResult[] {
  return PRINCIPLE_IDS.map((principle) => {
    const p = points[principle];
    const b = best[principle];
    const share = b > 0 ? Math.min(1, Math.max(0, p / b)) : p >= b ? 1 : 0;
    return { principle, points: p, best: b, worst: worst[principle], share };
  });
}

/** The sum over all principles: used to rank choices and paths overall. */
export function overall(scores: Partial<PrincipleScores>): number {
  return PRINCIPLE_IDS.reduce((sum, id) => sum + (scores[id] ?? 0), 0);
}

/** The choice that scores highest over all principles (the first of equals): what served the child best there. */
export function bestChoice<C extends { readonly assessment: { readonly scores: Partial<PrincipleScores> } }>(choices: readonly C[]): C | undefined {
  return choices.reduce<C | undefined>((best, c) => (best === undefined || overall(c.assessment.scores) > overall(best.assessment.scores) ? c : best), undefined);
}
