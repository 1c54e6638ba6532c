import { describe, expect, it } from 'vitest';
import { isMarkable, latestMarkable, markedLines, toggleMark } from '../../src/play/marks.ts';
import type { LogEntry } from '../../src/play/types.ts';
import { createProgressStore, PROGRESS_KEY, PROGRESS_VERSION } from '../../src/state/progress-store.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { toStoryLine } from '../../src/story/runner.ts';

const line = (text: string, tags: string[] = []): LogEntry => ({ kind: 'line', line: toStoryLine(text, tags) });
const log: LogEntry[] = [
  line('Maandag.', ['tijd: Maandag']),
  line('Sam is er niet.'),
  { kind: 'choice', decision: 0 },
  line('', ['tijd: Dinsdag']),
  line('Sam heeft blauwe plekken.'),
  line('Sam lacht.'),
  line('Sam krijgt hulp.', ['einde: hulp']),
];

describe('marks', () => {
  it('marks and unmarks a line, keeping the marks sorted', () => {
    let marks = toggleMark([], 4);
    expect(marks).toEqual([4]);
    marks = toggleMark(marks, 1);
    expect(marks).toEqual([1, 4]);
    marks = toggleMark(marks, 4);
    expect(marks).toEqual([1]);
    expect(toggleMark(marks, 1)).toEqual([]);
  });

  it('only lines with text can be marked, not the ending', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => isMarkable(log, i))).toEqual([true, true, false, false, true, true, false, false]);
  });

  it('finds the latest line that can be marked', () => {
    expect(latestMarkable(log)).toBe(5);
    expect(latestMarkable(log.slice(0, 5))).toBe(4);
    expect(latestMarkable(log.slice(0, 4))).toBe(1);
    expect(latestMarkable([])).toBe(-1);
  });

  it('lists the marked lines with the story time then, in story order', () => {
    expect(markedLines(log, [4, 1])).toEqual([
      { index: 1, text: 'Sam is er niet.', time: 'Maandag' },
      { index: 4, text: 'Sam heeft blauwe plekken.', time: 'Dinsdag' },
    ]);
  });
});

describe('marks and seed in the saved play', () => {
  const lines = [toStoryLine('Maandag.', ['tijd: Maandag']), toStoryLine('Sam is er niet.', [])];
  const choice = { id: 'k.c-0', index: 0, text: 'Ik wacht.', assessment: { scores: {}, neutral: true, feedback: 'x', sources: [] } };

  it('survive a reload; unmarking is saved too', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => {});
    store.getState().begin('mini', undefined, lines, [choice], 'INK', false, 'abc');
    store.getState().toggleMark('mini', 1);
    store.getState().toggleMark('mini', 0);
    expect(createProgressStore(storage, () => {}).getState().plays.mini).toMatchObject({ seed: 'abc', marks: [0, 1] });
    store.getState().toggleMark('mini', 0);
    expect(createProgressStore(storage, () => {}).getState().plays.mini).toMatchObject({ seed: 'abc', marks: [1] });
  });

  it('ignores a mark on something that is not a line of the log', () => {
    const store = createProgressStore(memoryStorage(), () => {});
    store.getState().begin('mini', undefined, lines, [choice], 'INK', false, 'abc');
    store.getState().toggleMark('mini', 7);
    store.getState().toggleMark('mini', -1);
    expect(store.getState().plays.mini!.marks).toEqual([]);
  });

  const saved = (marks: number[], version = PROGRESS_VERSION) => JSON.stringify({
    version,
    state: { plays: { mini: { caseId: 'mini', inkState: 'X', log: [{ kind: 'line', line: lines[1] }], decisions: [], choices: [choice], finished: false, ...(version >= 3 ? { seed: 's', marks } : {}) } }, results: {}, history: {} },
  });

  it('sets aside a save whose marks point outside its log', () => {
    const problems: string[] = [];
    const store = createProgressStore(memoryStorage({ [PROGRESS_KEY]: saved([3]) }), (p) => problems.push(p.reason));
    expect(store.getState().plays.mini).toBeUndefined();
    expect(problems).toEqual(['invalid']);
    expect(createProgressStore(memoryStorage({ [PROGRESS_KEY]: saved([0]) }), () => {}).getState().plays.mini!.marks).toEqual([0]);
  });

  it('migrates a version 2 save: a fixed seed of its own and no marks', () => {
    const store = createProgressStore(memoryStorage({ [PROGRESS_KEY]: saved([], 2) }), () => {});
    expect(store.getState().plays.mini).toMatchObject({ caseId: 'mini', seed: 'v2:mini', marks: [] });
  });
});
