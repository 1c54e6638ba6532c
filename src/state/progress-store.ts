/**
 * Progress of the self-paced player: the case being played (ink state plus what is on screen)
 * and the best result per finished case. Saved after every choice; versioned with migrations.
 */
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { ActiveCase, CaseResult, DecisionRecord, LogEntry } from '../play/types.ts';
import type { StoryChoice, StoryLine } from '../story/runner.ts';
import { versionedPersist, type KeyValueStorage, type SaveProblem } from './persistence.ts';

export const PROGRESS_KEY = 'niet-pluis.progress';
export const PROGRESS_VERSION = 1;

export type ProgressData = {
  readonly active: ActiveCase | null;
  readonly results: Readonly<Record<string, CaseResult>>;
};

export type ProgressState = ProgressData & {
  begin(caseId: string, lines: readonly StoryLine[], choices: readonly StoryChoice[], inkState: string, finished: boolean): void;
  advance(decision: DecisionRecord, lines: readonly StoryLine[], choices: readonly StoryChoice[], inkState: string, finished: boolean): void;
  /** Replaces the open choices and ink state, e.g. after restoring the story from a save. */
  resync(choices: readonly StoryChoice[]): void;
  recordResult(result: CaseResult): void;
  abandon(): void;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isActiveCase(v: unknown): v is ActiveCase {
  return (
    isObject(v) &&
    typeof v.caseId === 'string' &&
    typeof v.inkState === 'string' &&
    Array.isArray(v.log) &&
    v.log.every((e) => isObject(e) && (e.kind === 'line' ? isObject(e.line) && typeof e.line.text === 'string' : e.kind === 'choice' && typeof e.decision === 'number')) &&
    Array.isArray(v.decisions) &&
    v.decisions.every((d) => isObject(d) && isObject(d.chosen) && Array.isArray(d.alternatives)) &&
    Array.isArray(v.choices) &&
    typeof v.finished === 'boolean'
  );
}

export function isProgressData(v: unknown): v is ProgressData {
  return isObject(v) && (v.active === null || isActiveCase(v.active)) && isObject(v.results) && Object.values(v.results).every((r) => isObject(r) && typeof r.caseId === 'string' && isObject(r.shares));
}

const toLog = (lines: readonly StoryLine[]): LogEntry[] => lines.map((line) => ({ kind: 'line', line }));

export function createProgressStore(storage: KeyValueStorage, onProblem: (p: SaveProblem) => void) {
  return createStore<ProgressState>()(
    persist(
      (set) => ({
        active: null,
        results: {},
        begin: (caseId, lines, choices, inkState, finished) =>
          set({ active: { caseId, inkState, log: toLog(lines), decisions: [], choices, finished } }),
        advance: (decision, lines, choices, inkState, finished) =>
          set(({ active }) => {
            if (!active) throw new Error('advance() without an active case');
            const n = active.decisions.length;
            return {
              active: {
                ...active,
                inkState,
                choices,
                finished,
                decisions: [...active.decisions, decision],
                log: [...active.log, { kind: 'choice', decision: n }, ...toLog(lines)],
              },
            };
          }),
        resync: (choices) => set(({ active }) => (active ? { active: { ...active, choices } } : {})),
        recordResult: (result) =>
          set(({ results }) => {
            const previous = results[result.caseId];
            const sum = (r: CaseResult) => Object.values(r.shares).reduce((a, b) => a + b, 0);
            const keep = previous && sum(previous) > sum(result) ? { ...previous, finishedAt: result.finishedAt } : result;
            return { results: { ...results, [result.caseId]: keep } };
          }),
        abandon: () => set({ active: null }),
      }),
      versionedPersist<ProgressState, ProgressData>(
        { name: PROGRESS_KEY, version: PROGRESS_VERSION, storage, migrations: {}, validate: isProgressData, onProblem },
        ({ active, results }) => ({ active, results }),
      ),
    ),
  );
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
