/**
 * Walks every path of a story by saving and restoring ink state, and reports what the tests and
 * the debrief need: endings, dead ends, unscored or unexplained choices, decisions per path, the
 * best and worst score per principle, the best path overall and every signal a player can meet.
 * States already seen are not walked twice: the future of a state depends only on what the story
 * can still read of it (see ink-graph.ts), so the key leaves the rest out. A budget in states and
 * time stops a walk that would not end, naming the cause.
 */
import { PRINCIPLE_IDS, addScores, scoresFrom, zeroScores, type PrincipleId, type PrincipleScores } from './principles.ts';
import { createStoryRunner, StoryLoopError, type StoryLine, type StoryRunner } from './runner.ts';
import { inkGraph, type InkGraph } from './ink-graph.ts';
import { overall } from './scoring.ts';
import { parseStoryJson } from './story-json.ts';
import { contextOf } from './lines.ts';
import type { StoryMeta } from './meta.ts';
import type { Person } from './cast.ts';
import { PHONE_PLACE, type PlaceId } from './places.ts';
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
  /** The fewest and most decisions from here to an end, this one included (for "decision 3 of about 9"). */
  readonly remaining: { readonly min: number; readonly max: number };
};

/** A policy question (`# beleidsvraag:`) a path can meet. */
export type PolicyQuestionInfo = { readonly tip: GuideTip; readonly question: string };

export type BestPathStep = { readonly choice: string; readonly scores: Partial<PrincipleScores> };

export type StoryAnalysis = {
  readonly meta: StoryMeta;
  /** The people the header names (`# persoon:`), for the pictures. */
  readonly cast: readonly Person[];
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
  /** Always false: a walk past the depth bound now stops with an ExploreStoppedError. */
  readonly loopBoundHit: boolean;
  /** Per principle: the ids (ink paths) of the choices that put it at stake, in the order met. */
  readonly stakeChoices: Readonly<Record<PrincipleId, readonly string[]>>;
  /** Where a path with the fewest decisions ends (an ink path), for the build's error line. */
  readonly shortestPathEnd: string | null;
  /** What the build reports as errors with a line (dead ends, runtime errors, …). */
  readonly findings: readonly Finding[];
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
  /** Where a path with the fewest decisions ends (an ink path). */
  readonly shortestEnd: string | null;
};

export type ExploreOptions = {
  readonly maxDepth?: number;
  /** Compare whole saved states instead of only what the story can still read (slow; for tests). */
  readonly exact?: boolean;
  readonly switches?: Switches;
  /** The budget: the walk stops with an ExploreStoppedError past this many states or milliseconds. */
  readonly maxStates?: number;
  readonly maxMs?: number;
  /**
   * Milliseconds for the time budget. The build passes the process's CPU time, so a busy machine
   * does not fail a sound story; the default is the wall clock.
   */
  readonly clock?: () => number;
};

/** The defaults keep a build under half a minute even for a story that cannot be walked. */
export const EXPLORE_BUDGET = { maxStates: 150_000, maxMs: 15_000, maxDepth: 80 } as const;

/** Why a walk was stopped, with the ink path(s) the build turns into source lines. */
export type StopCause = 'loop-without-choice' | 'repeat-loop' | 'once-with-sequence' | 'too-many-states';

export class ExploreStoppedError extends Error {
  override name = 'ExploreStoppedError';
  constructor(
    readonly reason: StopCause,
    readonly at: string | null,
    readonly also: string | null,
    readonly states: number,
    readonly ms: number,
  ) {
    super(`exploring stopped after ${states} states and ${ms} ms: ${reason} at ${at ?? '?'}`);
  }
}

/** Something the build reports as an error, at an ink path (null: the story as a whole). */
export type Finding =
  | { readonly kind: 'dead-end'; readonly at: string | null; readonly after: string }
  | { readonly kind: 'unscored-choice' | 'choice-without-feedback'; readonly at: string; readonly choice: string }
  | { readonly kind: 'runtime-error'; readonly at: string | null; readonly message: string }
  | { readonly kind: 'not-a-number'; readonly at: string | null; readonly text: string }
  | { readonly kind: 'duplicate-signal'; readonly at: null; readonly signal: string }
  /** A `# telefoon:` cue on a line whose place (on some path) is not the phone: the picture ignores it. */
  | { readonly kind: 'phone-off-place'; readonly at: string | null; readonly text: string; readonly cue: string; readonly place: PlaceId | null };

/** A short, collision-safe fingerprint of a state key (two 53-bit hashes), so the memo stays small. */
function fingerprint(text: string): string {
  const hash = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  return `${hash(1)}.${hash(2)}.${text.length}`;
}

type Frame = { cPath?: string; idx?: number; exp?: boolean; type?: number; temp?: unknown };
type Thread = { callstack: Frame[]; threadIndex?: number };
type SavedFlow = { callstack: { threads: Thread[] }; currentChoices?: Array<{ text: string; targetPath: string; isInvisibleDefault?: boolean; tags?: unknown; originalThreadIndex: number }>; choiceThreads?: Record<string, Thread> };
type SavedState = { flows: Record<string, SavedFlow>; currentFlowName?: string; variablesState: Record<string, unknown>; evalStack: unknown[]; visitCounts?: Record<string, number>; turnIndices?: unknown; turnIdx?: unknown; storySeed?: unknown; previousRandom?: unknown };

/**
 * The part of a saved state that decides the story's future: where it is, the variables it reads,
 * the visit counts it can still read from here (seen the way it reads them) and, only when the
 * story uses them, turns and randomness. Two states with the same key are walked once.
 */
function stateKeyOf(graph: InkGraph): (state: string) => string {
  return (state) => {
    const s = JSON.parse(state) as SavedState;
    const positions: Array<{ path: string; index: number }> = [];
    const frames = (t: Thread | undefined) =>
      (t?.callstack ?? []).map((f) => {
        // a frame without a pointer has finished (e.g. the main thread while choices wait)
        if (f.cPath !== undefined) positions.push({ path: f.cPath, index: f.idx ?? 0 });
        return [f.cPath ?? null, f.idx ?? null, f.exp ?? false, f.type ?? 0, f.temp ?? null];
      });
    const flows = Object.keys(s.flows)
      .sort()
      .map((name) => {
        const f = s.flows[name]!;
        const thread = (i: number) => f.choiceThreads?.[String(i)] ?? f.callstack.threads.find((t) => t.threadIndex === i);
        const choices = (f.currentChoices ?? []).map((c) => {
          positions.push({ path: c.targetPath, index: 0 });
          return [c.text, c.targetPath, c.isInvisibleDefault ?? false, c.tags ?? null, frames(thread(c.originalThreadIndex))];
        });
        return [name, f.callstack.threads.map(frames), choices];
      });
    // a global counts only while the story can still read it from here
    const live = graph.liveVariables(positions);
    const vars = Object.keys(s.variablesState)
      .filter((k) => live.has(k))
      .sort()
      .map((k) => [k, s.variablesState[k]]);
    const key = JSON.stringify([
      s.currentFlowName ?? null,
      flows,
      vars,
      s.evalStack,
      graph.relevantCounts(positions, s.visitCounts ?? {}),
      graph.usesTurns ? [s.turnIndices, s.turnIdx] : null,
      graph.usesRandom ? [s.storySeed, s.previousRandom] : null,
    ]);
    return fingerprint(key);
  };
}

/** The story time and place at a point of a path. */
type Where = { readonly time: string | null; readonly place: PlaceId | null };

const describe = (lines: readonly StoryLine[]) => contextOf(lines) || '(start)';

/** How often one path may come back to the same options before the loop counts as endless. */
const MAX_LAPS = 8;

/** Marks where a path ends: at its ending (by id, so the build can name the `# einde:` line) or at an ink path. */
export const ENDING_AT = 'einde:';

/** A number that went wrong (a division by zero) shows as Infinity or NaN in the text. */
const BAD_NUMBER = /(^|[^\p{L}])(-?Infinity|NaN)([^\p{L}]|$)/u;

/**
 * Explores the compiled story completely. Throws an ExploreStoppedError, naming the cause, when the
 * story cannot be walked within the budget (or has a loop that no choice can leave).
 */
export function exploreStory(json: string, options: ExploreOptions = {}): StoryAnalysis {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const graph = inkGraph(json);
  if (graph.loopWithoutChoice) throw new ExploreStoppedError('loop-without-choice', graph.loopWithoutChoice, null, 0, clock() - started);
  const maxDepth = options.maxDepth ?? EXPLORE_BUDGET.maxDepth;
  const maxStates = options.maxStates ?? EXPLORE_BUDGET.maxStates;
  const deadline = started + (options.maxMs ?? EXPLORE_BUDGET.maxMs);
  const runner: StoryRunner = createStoryRunner(parseStoryJson(json), { switches: options.switches ?? {}, guard: { maxLines: 5000, maxMs: 3000 } });
  const keyOf = options.exact ? fingerprint : stateKeyOf(graph);
  const memo = new Map<string, Future>();
  const endings = new Map<string, string>();
  const signals = new Map<string, { text: string; time: string | null; why: string | null; sources: readonly SourceRef[] }>();
  const decisions = new Map<string, Omit<DecisionInfo, 'remaining'>>();
  /** Per decision: the fewest and most decisions to an end, over every state it is met in. */
  const remaining = new Map<string, { min: number; max: number }>();
  const policy = new Map<string, PolicyQuestionInfo>();
  const deadEnds: ChoiceProblem[] = [];
  const findings: Finding[] = [];
  const unscored = new Map<string, ChoiceProblem>();
  const noFeedback = new Map<string, ChoiceProblem>();
  const stakes = new Map<PrincipleId, Set<string>>(PRINCIPLE_IDS.map((id) => [id, new Set()]));
  const stakeChoices = new Map<PrincipleId, string[]>(PRINCIPLE_IDS.map((id) => [id, []]));
  const duplicateSignals = new Set<string>();
  /** Where the walk spent its states, per decision (for naming the line when the budget runs out). */
  const statesPerDecision = new Map<string, { count: number; choice: string }>();
  let revisit: { choice: string; decision: string } | null = null;
  /** States walked so far, finished or not (the memo holds only finished ones). */
  let walked = 0;

  /**
   * Notes endings and signals in a stretch of lines; returns the story time and place at its end.
   * The place carries on from line to line as the pictures read it (stage.ts), so a phone cue where
   * the place is not the phone is found on the path that shows it.
   */
  const note = (lines: readonly StoryLine[], at: Where): Where => {
    let { time, place } = at;
    for (const l of lines) {
      time = l.time ?? time;
      place = l.place ?? place;
      if (l.phone && place !== PHONE_PLACE && !findings.some((f) => f.kind === 'phone-off-place' && f.text === l.text)) {
        const cue = l.phone.contact ? `${l.phone.mode}, ${l.phone.contact}` : l.phone.mode;
        findings.push({ kind: 'phone-off-place', at: runner.position(), text: l.text, cue, place });
      }
      if (l.signal && !signals.has(l.signal)) signals.set(l.signal, { text: l.text, time, why: l.signalWhy, sources: l.signalSources });
      for (const q of l.policy) if (!policy.has(q.question)) policy.set(q.question, q);
      if (l.ending && !endings.has(l.ending)) endings.set(l.ending, l.text);
      if (BAD_NUMBER.test(l.text) && !findings.some((f) => f.kind === 'not-a-number' && f.text === l.text)) findings.push({ kind: 'not-a-number', at: runner.position(), text: l.text });
    }
    return { time, place };
  };
  const signalIds = (lines: readonly StoryLine[]) => lines.flatMap((l) => (l.signal ? [l.signal] : []));

  const check = (choice: { id: string; text: string; assessment: ChoiceAssessment }, after: string) => {
    const { text, assessment: a } = choice;
    const key = `${text}\u0000${after}`;
    if (Object.keys(a.scores).length === 0 && !a.neutral && !unscored.has(key)) {
      unscored.set(key, { choice: text, after });
      findings.push({ kind: 'unscored-choice', at: choice.id, choice: text });
    }
    if (!a.feedback && !noFeedback.has(key)) {
      noFeedback.set(key, { choice: text, after });
      findings.push({ kind: 'choice-without-feedback', at: choice.id, choice: text });
    }
    for (const [id, v] of Object.entries(a.scores) as Array<[PrincipleId, number]>) {
      if (v === 0) continue;
      if (!stakes.get(id)!.has(text)) stakeChoices.get(id)!.push(choice.id);
      stakes.get(id)!.add(text);
    }
  };

  const leaf = (paths: number, at: string | null): Future => ({ best: zeroScores(), worst: zeroScores(), minDecisions: 0, maxDecisions: 0, bestTotal: 0, bestChoice: null, paths, signalAt: {}, shortestEnd: at });

  const stop = (): never => {
    const ms = clock() - started;
    if (revisit) throw new ExploreStoppedError('repeat-loop', revisit.choice, null, walked, ms);
    if (graph.onceOnlyChoices.length > 0 && graph.sequences.length > 0) throw new ExploreStoppedError('once-with-sequence', graph.onceOnlyChoices[0]!, graph.sequences[0]!, walked, ms);
    const busiest = [...statesPerDecision.values()].sort((a, b) => b.count - a.count)[0];
    throw new ExploreStoppedError('too-many-states', busiest?.choice ?? null, null, walked, ms);
  };

  /** Runs on after a choice (or at the start); a runtime error ends the path and is reported. */
  const step = (): { lines: readonly StoryLine[]; failed: boolean } => {
    try {
      return { lines: runner.continue().lines, failed: false };
    } catch (e) {
      if (e instanceof StoryLoopError) throw new ExploreStoppedError('loop-without-choice', e.path, null, walked, clock() - started);
      const message = (e as Error).message;
      const at = /\(([\w.-]+)\)/.exec(message)?.[1] ?? runner.position();
      if (!findings.some((f) => f.kind === 'runtime-error' && f.message === message)) findings.push({ kind: 'runtime-error', at, message });
      return { lines: [], failed: true };
    }
  };

  const onPathKeys = new Set<string>();
  const onPathDecisions: Array<{ decision: string; choice: string }> = [];
  const pathSignals = new Map<string, number>();
  const enterSignals = (ids: readonly string[]) => {
    for (const id of ids) {
      if (pathSignals.has(id)) duplicateSignals.add(id);
      pathSignals.set(id, (pathSignals.get(id) ?? 0) + 1);
    }
  };
  const leaveSignals = (ids: readonly string[]) => {
    for (const id of ids) {
      const n = pathSignals.get(id)! - 1;
      if (n === 0) pathSignals.delete(id);
      else pathSignals.set(id, n);
    }
  };
  const CYCLE: Future = { ...leaf(0, null), minDecisions: Infinity };

  // Explores from the current runner state, which sits at a decision or an end.
  const visit = (lines: readonly StoryLine[], depth: number, failed: boolean, where: Where): { key: string; future: Future } => {
    const state = runner.saveState();
    const choices = failed ? [] : runner.currentChoices();
    // where the story ends, what it showed last decides the future (an ending, or a dead end there)
    const ending = choices.length === 0 ? lines.find((l) => l.ending)?.ending : undefined;
    const key = choices.length > 0 ? keyOf(state) : `end:${ending ?? ''}:${failed ? 'failed' : describe(lines)}`;
    if (onPathKeys.has(key)) return { key, future: CYCLE };
    const known = memo.get(key);
    if (known) {
      for (const id of Object.keys(known.signalAt)) if (pathSignals.has(id)) duplicateSignals.add(id);
      return { key, future: known };
    }
    // reading the clock costs a system call: look every 32 states
    if (++walked > maxStates || (walked % 32 === 0 && clock() > deadline)) stop();
    const after = describe(lines);
    if (choices.length === 0) {
      const at = ending ? `${ENDING_AT}${ending}` : runner.position();
      if (!failed && !lines.some((l) => l.ending)) {
        deadEnds.push({ choice: '(no choice)', after });
        findings.push({ kind: 'dead-end', at, after });
      }
      const future = leaf(1, at);
      memo.set(key, future);
      return { key, future };
    }
    const decisionId = choices.map((c) => c.id).join(' ');
    const counted = statesPerDecision.get(decisionId) ?? { count: 0, choice: choices[0]!.id };
    counted.count++;
    statesPerDecision.set(decisionId, counted);
    // the same options again on one path, in a different state: a loop the player can go round;
    // a few laps are fine (a counter that ends it), many mean the loop never ends
    const laps = onPathDecisions.filter((d) => d.decision === decisionId);
    if (laps.length > 0 && !revisit) revisit = laps[0]!;
    if (laps.length >= MAX_LAPS) {
      revisit = laps[0]!;
      stop();
    }
    if (depth >= maxDepth) stop();
    let best: PrincipleScores | null = null;
    let worst: PrincipleScores | null = null;
    let minDecisions = Infinity;
    let maxDecisions = 0;
    let bestTotal = -Infinity;
    let bestChoice: Future['bestChoice'] = null;
    let shortestEnd: string | null = null;
    let paths = 0;
    const signalAt: Record<string, number> = {};
    const earliest = (id: string, n: number) => {
      if (signalAt[id] === undefined || n < signalAt[id]) signalAt[id] = n;
    };
    if (!decisions.has(decisionId)) decisions.set(decisionId, { context: after, options: choices.map((c) => ({ id: c.id, text: c.text, scores: c.assessment.scores })) });
    onPathKeys.add(key);
    for (const [i, choice] of choices.entries()) {
      check(choice, after);
      onPathDecisions.push({ decision: decisionId, choice: choice.id });
      // the runner still stands at this decision for the first option; later ones rewind to it
      if (i > 0) runner.rewind(state);
      let result: { lines: readonly StoryLine[]; failed: boolean };
      try {
        runner.choose(choice.index);
        result = step();
      } catch (e) {
        if (e instanceof ExploreStoppedError) throw e;
        result = { lines: [], failed: true };
        findings.push({ kind: 'runtime-error', at: choice.id, message: (e as Error).message });
      }
      const ids = signalIds(result.lines);
      enterSignals(ids);
      const sub = visit(result.lines, depth + 1, result.failed, note(result.lines, where));
      leaveSignals(ids);
      onPathDecisions.pop();
      if (sub.future === CYCLE) continue;
      for (const id of ids) earliest(id, 1);
      for (const [id, n] of Object.entries(sub.future.signalAt)) earliest(id, n + 1);
      const gain = choice.assessment.scores;
      const withGain = (f: PrincipleScores) => addScores(f, gain);
      const b = withGain(sub.future.best);
      const w = withGain(sub.future.worst);
      best = best ? pick(best, b, Math.max) : b;
      worst = worst ? pick(worst, w, Math.min) : w;
      if (1 + sub.future.minDecisions < minDecisions) {
        minDecisions = 1 + sub.future.minDecisions;
        shortestEnd = sub.future.shortestEnd;
      }
      maxDecisions = Math.max(maxDecisions, 1 + sub.future.maxDecisions);
      const total = overall(gain) + sub.future.bestTotal;
      if (total > bestTotal) {
        bestTotal = total;
        bestChoice = { text: choice.text, scores: gain, next: sub.key };
      }
      paths += sub.future.paths;
    }
    onPathKeys.delete(key);
    // every option loops straight back: the player can never leave this decision
    if (best === null) {
      revisit = revisit ?? { decision: decisionId, choice: choices[0]!.id };
      stop();
    }
    const future: Future = { best: best!, worst: worst!, minDecisions, maxDecisions, bestTotal, bestChoice, paths, signalAt, shortestEnd };
    memo.set(key, future);
    const r = remaining.get(decisionId);
    remaining.set(decisionId, { min: Math.min(r?.min ?? Infinity, minDecisions), max: Math.max(r?.max ?? 0, maxDecisions) });
    return { key, future };
  };

  const first = step();
  const firstIds = signalIds(first.lines);
  enterSignals(firstIds);
  const root = visit(first.lines, 0, first.failed, note(first.lines, { time: null, place: null }));
  const after = (id: string) => (firstIds.includes(id) ? 0 : (root.future.signalAt[id] ?? 0));
  for (const id of duplicateSignals) findings.push({ kind: 'duplicate-signal', at: null, signal: id });

  const bestPath: BestPathStep[] = [];
  for (let f: Future | undefined = root.future; f?.bestChoice; f = memo.get(f.bestChoice.next)) {
    bestPath.push({ choice: f.bestChoice.text, scores: f.bestChoice.scores });
  }

  return {
    meta: runner.meta,
    cast: runner.cast,
    endings: [...endings].map(([id, text]) => ({ id, text })),
    signals: [...signals].map(([id, s]) => ({ id, text: s.text, time: s.time, after: after(id), why: s.why, sources: s.sources })).sort((a, b) => a.after - b.after),
    decisions: [...decisions].map(([id, d]) => ({ ...d, remaining: remaining.get(id) ?? { min: 1, max: 1 } })),
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
    stakeChoices: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, stakeChoices.get(id)!])) as Record<PrincipleId, string[]>,
    shortestPathEnd: root.future.shortestEnd,
    findings,
    paths: root.future.paths,
    states: memo.size,
    loopBoundHit: false,
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
