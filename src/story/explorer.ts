/**
 * Walks every path of a story by saving and restoring ink state, and reports what the tests and
 * the debrief need: endings, dead ends, unscored or unexplained choices, decisions per path, the
 * best and worst score per principle, the best path overall and every signal a player can meet.
 * States already seen are not walked twice (the future of a state depends only on the state).
 */
import { PRINCIPLE_IDS, addScores, scoresFrom, zeroScores, type PrincipleId, type PrincipleScores } from './principles.ts';
import { createStoryRunner, type StoryLine, type StoryRunner } from './runner.ts';
import { overall } from './scoring.ts';
import { parseStoryJson } from './story-json.ts';
import { contextOf } from './lines.ts';
import type { StoryMeta } from './meta.ts';
import type { ChoiceAssessment } from './tags.ts';
import type { GuideTip, SourceRef } from './sources.ts';
import { declaredSwitches, type SwitchId, type Switches } from './switches.ts';

export type ChoiceProblem = { readonly choice: string; readonly after: string };

export type SignalInfo = {
  readonly id: string;
  readonly text: string;
  readonly time: string | null;
  readonly after: number;
  /** Why it is a signal (`# waarom:`) and the sources for that; null/empty when the author gave none. */
  readonly why: string | null;
  readonly sources: readonly SourceRef[];
};

/** One decision a player can meet: its options with their own scores, in the story's order. */
export type DecisionInfo = {
  /** The last line before the decision. */
  readonly context: string;
  readonly options: ReadonlyArray<{ readonly id: string; readonly text: string; readonly scores: Partial<PrincipleScores> }>;
};

/** A policy question (`# beleidsvraag:`) a path can meet. */
export type PolicyQuestionInfo = { readonly tip: GuideTip; readonly question: string };

export type BestPathStep = { readonly choice: string; readonly scores: Partial<PrincipleScores> };

export type StoryAnalysis = {
  readonly meta: StoryMeta;
  readonly endings: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  /** Every signal a player can meet, with the fewest decisions before it shows and the story time then. */
  readonly signals: readonly SignalInfo[];
  /** Every distinct decision a player can meet (by its options' ids), in the order first met. */
  readonly decisions: readonly DecisionInfo[];
  /** Every policy question a path can meet, in the order first met. */
  readonly policyQuestions: readonly PolicyQuestionInfo[];
  /** The workshop switches the story declares (e.g. "the system fails"). */
  readonly switches: readonly SwitchId[];
  readonly deadEnds: readonly ChoiceProblem[];
  readonly unscoredChoices: readonly ChoiceProblem[];
  readonly choicesWithoutFeedback: readonly ChoiceProblem[];
  readonly decisionsPerPath: { readonly min: number; readonly max: number };
  readonly best: PrincipleScores;
  readonly worst: PrincipleScores;
  readonly bestPath: readonly BestPathStep[];
  /** Per principle: how many different choices in the story score on it (positive or negative). */
  readonly stakes: Readonly<Record<PrincipleId, number>>;
  readonly paths: number;
  readonly states: number;
  /** True when some path went deeper than the bound (a loop the player could go round forever). */
  readonly loopBoundHit: boolean;
};

type Future = {
  readonly best: PrincipleScores;
  readonly worst: PrincipleScores;
  readonly minDecisions: number;
  readonly maxDecisions: number;
  readonly bestTotal: number;
  readonly bestChoice: { readonly text: string; readonly scores: Partial<PrincipleScores>; readonly next: string } | null;
  readonly paths: number;
  /** Per signal: the fewest decisions from here until it shows. */
  readonly signalAt: Readonly<Record<string, number>>;
};

export type ExploreOptions = { readonly maxDepth?: number; readonly exact?: boolean; readonly switches?: Switches };

type KeyMode = { readonly exact: true } | { readonly exact: false; readonly counted: ReadonlySet<string> };

/**
 * Decides how to recognise a state seen before. The future of a story depends on its position,
 * its variables and the visit counts it reads. When the story reads visit counts only by absolute
 * path (`{knot}` conditions) and uses no turn counts, sequences or randomness, states that differ
 * only in other visit counts and turn numbers have the same future and can be walked once.
 * Otherwise every state is compared whole.
 */
export function keyMode(storyJson: string): KeyMode {
  if (/"(turns|turn|visit|seq|rnd|srnd|readc)"/.test(storyJson)) return { exact: true };
  const counted = new Set<string>();
  for (const m of storyJson.matchAll(/"CNT\?":"([^"]*)"/g)) {
    if (m[1]!.startsWith('.')) return { exact: true };
    counted.add(m[1]!);
  }
  return { exact: false, counted };
}

function stateKey(state: string, mode: KeyMode): string {
  if (mode.exact) return state;
  const s = JSON.parse(state) as { visitCounts?: Record<string, number>; turnIndices?: unknown; turnIdx?: unknown; storySeed?: unknown; previousRandom?: unknown };
  const kept: Record<string, number> = {};
  for (const [k, v] of Object.entries(s.visitCounts ?? {})) if (mode.counted.has(k)) kept[k] = v;
  s.visitCounts = kept;
  delete s.turnIndices;
  delete s.turnIdx;
  delete s.storySeed;
  delete s.previousRandom;
  return JSON.stringify(s);
}

class RevisitedDecision extends Error {}

const describe = (lines: readonly StoryLine[]) => contextOf(lines) || '(start)';

/** Explores the compiled story completely. */
export function exploreStory(json: string, options: ExploreOptions = {}): StoryAnalysis {
  const mode = options.exact ? ({ exact: true } as const) : keyMode(json);
  if (mode.exact) return walk(json, options, mode);
  try {
    return walk(json, options, mode);
  } catch (e) {
    // a decision came round again: once-only choices now depend on visit counts, so compare whole states
    if (e instanceof RevisitedDecision) return walk(json, options, { exact: true });
    throw e;
  }
}

function walk(json: string, options: ExploreOptions, mode: KeyMode): StoryAnalysis {
  const maxDepth = options.maxDepth ?? 80;
  const runner: StoryRunner = createStoryRunner(parseStoryJson(json), { switches: options.switches ?? {} });
  const memo = new Map<string, Future>();
  const endings = new Map<string, string>();
  const signals = new Map<string, { text: string; time: string | null; why: string | null; sources: readonly SourceRef[] }>();
  const decisions = new Map<string, DecisionInfo>();
  const policy = new Map<string, PolicyQuestionInfo>();
  const deadEnds: ChoiceProblem[] = [];
  const unscored = new Map<string, ChoiceProblem>();
  const noFeedback = new Map<string, ChoiceProblem>();
  let loopBoundHit = false;
  const stakes = new Map<PrincipleId, Set<string>>(PRINCIPLE_IDS.map((id) => [id, new Set()]));

  /** Notes endings and signals in a stretch of lines; returns the story time at its end. */
  const note = (lines: readonly StoryLine[], time: string | null): string | null => {
    for (const l of lines) {
      time = l.time ?? time;
      if (l.signal && !signals.has(l.signal)) signals.set(l.signal, { text: l.text, time, why: l.signalWhy, sources: l.signalSources });
      for (const q of l.policy) if (!policy.has(q.question)) policy.set(q.question, q);
      if (l.ending && !endings.has(l.ending)) endings.set(l.ending, l.text);
    }
    return time;
  };
  const signalIds = (lines: readonly StoryLine[]) => lines.flatMap((l) => (l.signal ? [l.signal] : []));

  const check = (text: string, a: ChoiceAssessment, after: string) => {
    const key = `${text}\u0000${after}`;
    if (Object.keys(a.scores).length === 0 && !a.neutral) unscored.set(key, { choice: text, after });
    if (!a.feedback) noFeedback.set(key, { choice: text, after });
    for (const [id, v] of Object.entries(a.scores) as Array<[PrincipleId, number]>) if (v !== 0) stakes.get(id)!.add(text);
  };

  const leaf = (paths: number): Future => ({ best: zeroScores(), worst: zeroScores(), minDecisions: 0, maxDecisions: 0, bestTotal: 0, bestChoice: null, paths, signalAt: {} });

  const onPath: string[] = [];

  // Explores from the current runner state, which sits at a decision or an end.
  const visit = (lines: readonly StoryLine[], depth: number, time: string | null): { key: string; future: Future } => {
    const state = runner.saveState();
    const key = stateKey(state, mode);
    const known = memo.get(key);
    if (known) return { key, future: known };
    const choices = runner.currentChoices();
    const decisionId = `${describe(lines)}\u0000${choices.map((c) => c.text).join('\u0000')}`;
    if (!mode.exact && choices.length > 0 && onPath.includes(decisionId)) throw new RevisitedDecision();
    const after = describe(lines);
    if (choices.length === 0) {
      if (!lines.some((l) => l.ending)) deadEnds.push({ choice: '(no choice)', after });
      const future = leaf(1);
      memo.set(key, future);
      return { key, future };
    }
    if (depth >= maxDepth) {
      loopBoundHit = true;
      return { key, future: leaf(0) };
    }
    let best: PrincipleScores | null = null;
    let worst: PrincipleScores | null = null;
    let minDecisions = Infinity;
    let maxDecisions = 0;
    let bestTotal = -Infinity;
    let bestChoice: Future['bestChoice'] = null;
    let paths = 0;
    const signalAt: Record<string, number> = {};
    const earliest = (id: string, n: number) => {
      if (signalAt[id] === undefined || n < signalAt[id]) signalAt[id] = n;
    };
    const optionsKey = choices.map((c) => c.id).join(' ');
    if (!decisions.has(optionsKey)) decisions.set(optionsKey, { context: after, options: choices.map((c) => ({ id: c.id, text: c.text, scores: c.assessment.scores })) });
    onPath.push(decisionId);
    for (const choice of choices) {
      check(choice.text, choice.assessment, after);
      runner.rewind(state);
      runner.choose(choice.index);
      const step = runner.continue();
      const subTime = note(step.lines, time);
      const sub = visit(step.lines, depth + 1, subTime);
      for (const id of signalIds(step.lines)) earliest(id, 1);
      for (const [id, n] of Object.entries(sub.future.signalAt)) earliest(id, n + 1);
      const gain = choice.assessment.scores;
      const withGain = (f: PrincipleScores) => addScores(f, gain);
      const b = withGain(sub.future.best);
      const w = withGain(sub.future.worst);
      best = best ? pick(best, b, Math.max) : b;
      worst = worst ? pick(worst, w, Math.min) : w;
      minDecisions = Math.min(minDecisions, 1 + sub.future.minDecisions);
      maxDecisions = Math.max(maxDecisions, 1 + sub.future.maxDecisions);
      const total = overall(gain) + sub.future.bestTotal;
      if (total > bestTotal) {
        bestTotal = total;
        bestChoice = { text: choice.text, scores: gain, next: sub.key };
      }
      paths += sub.future.paths;
    }
    onPath.pop();
    const future: Future = { best: best!, worst: worst!, minDecisions, maxDecisions, bestTotal, bestChoice, paths, signalAt };
    memo.set(key, future);
    return { key, future };
  };

  const first = runner.continue();
  const root = visit(first.lines, 0, note(first.lines, null));
  const after = (id: string) => (signalIds(first.lines).includes(id) ? 0 : (root.future.signalAt[id] ?? 0));

  const bestPath: BestPathStep[] = [];
  for (let f: Future | undefined = root.future; f?.bestChoice; f = memo.get(f.bestChoice.next)) {
    bestPath.push({ choice: f.bestChoice.text, scores: f.bestChoice.scores });
  }

  return {
    meta: runner.meta,
    endings: [...endings].map(([id, text]) => ({ id, text })),
    signals: [...signals].map(([id, s]) => ({ id, text: s.text, time: s.time, after: after(id), why: s.why, sources: s.sources })).sort((a, b) => a.after - b.after),
    decisions: [...decisions.values()],
    policyQuestions: [...policy.values()],
    switches: declaredSwitches(json),
    deadEnds,
    unscoredChoices: [...unscored.values()],
    choicesWithoutFeedback: [...noFeedback.values()],
    decisionsPerPath: { min: root.future.minDecisions, max: root.future.maxDecisions },
    best: root.future.best,
    worst: root.future.worst,
    bestPath,
    stakes: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, stakes.get(id)!.size])) as Record<PrincipleId, number>,
    paths: root.future.paths,
    states: memo.size,
    loopBoundHit,
  };
}

function pick(a: PrincipleScores, b: PrincipleScores, f: (x: number, y: number) => number): PrincipleScores {
  return scoresFrom((id) => f(a[id], b[id]));
}

/** The invariants every playable case must meet; returns the broken ones in words (empty = fine). */
export function caseInvariantProblems(a: StoryAnalysis, rules = { minDecisions: 7, minEndings: 3, minStakes: 3 }): string[] {
  const problems: string[] = [];
  if (a.deadEnds.length > 0) problems.push(`${a.deadEnds.length} dead end(s), e.g. after "${a.deadEnds[0]!.after}"`);
  if (a.unscoredChoices.length > 0) problems.push(`${a.unscoredChoices.length} unscored choice(s), e.g. "${a.unscoredChoices[0]!.choice}"`);
  if (a.choicesWithoutFeedback.length > 0) problems.push(`${a.choicesWithoutFeedback.length} choice(s) without feedback, e.g. "${a.choicesWithoutFeedback[0]!.choice}"`);
  if (a.loopBoundHit) problems.push('a path loops past the depth bound');
  if (a.endings.length < rules.minEndings) problems.push(`only ${a.endings.length} ending(s), need ${rules.minEndings}`);
  if (a.decisionsPerPath.min < rules.minDecisions) problems.push(`a path has only ${a.decisionsPerPath.min} decision(s), need ${rules.minDecisions}`);
  for (const id of PRINCIPLE_IDS) if (a.best[id] <= 0) problems.push(`no path scores above 0 on "${id}"`);
  for (const id of PRINCIPLE_IDS) if (a.stakes[id] < rules.minStakes) problems.push(`only ${a.stakes[id]} choice(s) put "${id}" at stake, need ${rules.minStakes}`);
  return problems;
}
