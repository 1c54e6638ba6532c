/**
 * The "beleidscheck" at the end of a municipal workshop: per tip of the guide, what the session
 * showed (the decisions, votes and prompts that touched the tip), the room's answers to the
 * policy questions, and the actions the municipality takes home. One session or several sessions
 * of one region combined; also as CSV and JSON.
 */
import type { Lang } from '../i18n/strings.ts';
import type { StoryAnalysis } from '../story/explorer.ts';
import { GUIDE_TIPS, type GuideTip } from '../story/sources.ts';
import type { Switches } from '../story/switches.ts';
import { toCsv, type Cell } from './csv.ts';
import { policyQuestionKey } from './policy.ts';
import { decisionRows } from './report.ts';
import { mainPath } from './session.ts';
import type { WorkshopSession } from './types.ts';

export const TIPS = Object.keys(GUIDE_TIPS).map(Number) as GuideTip[];

type SessionRef = { readonly sessionId: string; readonly sessionName: string; readonly caseTitle: string };

export type TipDecision = SessionRef & {
  readonly decision: number;
  readonly context: string;
  /** The option the room took, or null while undecided. */
  readonly taken: string | null;
  readonly votes: number;
  readonly prompts: readonly string[];
};

export type TipQuestion = SessionRef & {
  readonly key: string;
  readonly question: string;
  readonly answer: string | null;
  /** False when the question sits on a path the room did not take. */
  readonly met: boolean;
};

export type TipAction = SessionRef & { readonly text: string };

export type TipCheck = {
  readonly tip: GuideTip;
  readonly decisions: readonly TipDecision[];
  readonly questions: readonly TipQuestion[];
  readonly actions: readonly TipAction[];
};

export type PolicyCheck = {
  readonly region: string;
  readonly sessions: ReadonlyArray<SessionRef & { readonly switches: Switches; readonly finished: boolean }>;
  readonly tips: readonly TipCheck[];
};

export type PolicyInput = { readonly session: WorkshopSession; readonly analysis: StoryAnalysis | null };

const regionOf = (s: WorkshopSession) => s.policy.routeMap.region.trim();

/**
 * Sessions can share one beleidscheck when they are of one region: the same region name on
 * their route maps (ignoring case), or none filled in at all.
 */
export function canCombinePolicy(sessions: readonly WorkshopSession[]): boolean {
  const regions = new Set(sessions.map((s) => regionOf(s).toLowerCase()));
  return sessions.length > 0 && regions.size === 1;
}

/** Why the sessions chosen in the list cannot be combined into one beleidscheck; null when they can. */
export function combinePolicyProblem(sessions: readonly WorkshopSession[]): 'need-two' | 'different-regions' | null {
  if (sessions.length < 2) return 'need-two';
  return canCombinePolicy(sessions) ? null : 'different-regions';
}

/** The beleidscheck of one or more sessions of one region. */
export function policyCheck(inputs: readonly PolicyInput[]): PolicyCheck {
  if (!canCombinePolicy(inputs.map((i) => i.session))) throw new Error('A beleidscheck combines sessions of one region only');
  const decisions = new Map<GuideTip, TipDecision[]>(TIPS.map((t) => [t, []]));
  const questions = new Map<GuideTip, TipQuestion[]>(TIPS.map((t) => [t, []]));
  const actions = new Map<GuideTip, TipAction[]>(TIPS.map((t) => [t, []]));

  for (const { session: s, analysis } of inputs) {
    const ref: SessionRef = { sessionId: s.id, sessionName: s.name, caseTitle: s.caseTitle };
    const met = new Set<string>();
    for (const row of decisionRows(s)) {
      const node = s.nodes[row.nodeId]!;
      const asked = node.lines.flatMap((l) => l.policy);
      for (const q of asked) met.add(policyQuestionKey(q));
      const cited = new Set<GuideTip>(row.options.flatMap((o) => o.choice.assessment.sources.flatMap((r) => (r.kind === 'tip' ? [r.tip] : []))));
      const touched = new Set<GuideTip>([...asked.map((q) => q.tip), ...cited]);
      for (const tip of touched) {
        decisions.get(tip)!.push({ ...ref, decision: row.number, context: row.context, taken: row.taken?.choice.text ?? null, votes: row.totalVotes, prompts: row.prompts });
      }
    }
    // the questions on the room's path first, then those on other paths of the story
    const seen = new Set<string>();
    const all = [...decisionRows(s).flatMap((r) => s.nodes[r.nodeId]!.lines.flatMap((l) => l.policy)), ...(analysis?.policyQuestions ?? [])];
    for (const q of all) {
      const key = policyQuestionKey(q);
      if (seen.has(key)) continue;
      seen.add(key);
      questions.get(q.tip)!.push({ ...ref, key, question: q.question, answer: s.policy.answers[key] ?? null, met: met.has(key) });
    }
    for (const a of s.policy.actions) actions.get(a.tip)!.push({ ...ref, text: a.text });
  }

  return {
    region: regionOf(inputs[0]!.session),
    sessions: inputs.map(({ session: s }) => ({
      sessionId: s.id,
      sessionName: s.name,
      caseTitle: s.caseTitle,
      switches: s.policy.switches,
      finished: mainPath(s).at(-1)?.finished ?? false,
    })),
    tips: TIPS.map((tip) => ({ tip, decisions: decisions.get(tip)!, questions: questions.get(tip)!, actions: actions.get(tip)! })),
  };
}

export const POLICY_CHECK_FORMAT = 'niet-pluis.beleidscheck';

/** The beleidscheck as a JSON file. */
export const policyCheckJson = (check: PolicyCheck, now: Date): string =>
  `${JSON.stringify({ format: POLICY_CHECK_FORMAT, version: 1, exportedAt: now.toISOString(), ...check }, null, 2)}\n`;

const KIND = {
  nl: { decision: 'beslissing', question: 'beleidsvraag', action: 'actie', head: ['tip', 'tip_titel', 'soort', 'sessie', 'casus', 'tekst', 'antwoord_of_keuze', 'stemmen', 'op_pad'] },
  en: { decision: 'decision', question: 'policy question', action: 'action', head: ['tip', 'tip_title', 'kind', 'session', 'case', 'text', 'answer_or_choice', 'votes', 'on_path'] },
} as const;

/** The beleidscheck as CSV: one row per decision, question and action, per tip. */
export function policyCheckCsv(check: PolicyCheck, lang: Lang): string {
  const k = KIND[lang];
  const rows: Cell[][] = [[...k.head]];
  for (const t of check.tips) {
    const title = GUIDE_TIPS[t.tip][lang];
    for (const d of t.decisions) rows.push([t.tip, title, k.decision, d.sessionName, d.caseTitle, d.context, d.taken ?? '', d.votes, 1]);
    for (const q of t.questions) rows.push([t.tip, title, k.question, q.sessionName, q.caseTitle, q.question, q.answer ?? '', '', q.met ? 1 : 0]);
    for (const a of t.actions) rows.push([t.tip, title, k.action, a.sessionName, a.caseTitle, a.text, '', '', '']);
  }
  return toCsv(rows);
}
