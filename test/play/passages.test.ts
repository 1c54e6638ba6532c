import { describe, expect, it } from 'vitest';
import { currentPassage, passagesOf, shownCount } from '../../src/play/passages.ts';
import type { LogEntry } from '../../src/play/types.ts';
import { toStoryLine } from '../../src/story/runner.ts';

const line = (text: string, tags: string[] = []): LogEntry => ({ kind: 'line', line: toStoryLine(text, tags) });
const words = (n: number) => 'x'.repeat(n);
const decision = (feedback: string | null) => ({ chosen: { assessment: { feedback } } });
const spans = (log: LogEntry[], decisions = [decision('Goed.')], budget?: number) => passagesOf(log, decisions, budget).map((p) => [p.start, p.end, p.round, p.index]);

describe('passages', () => {
  it('keeps short lines of one scene together, up to the next decision', () => {
    const log = [line('Maandag.', ['tijd: Maandag', 'plek: klaslokaal']), line('Sam is er niet.'), line('De klas is stil.')];
    expect(spans(log)).toEqual([[0, 3, 0, 0]]);
  });

  it('starts a new passage where the time or the place changes', () => {
    const log = [
      line('In de les.', ['tijd: Maandag', 'plek: klaslokaal']),
      line('Sam slaapt.'),
      line('In de gang.', ['plek: gang']),
      line('Later.', ['tijd: Dinsdag']),
      line('Nog steeds dinsdag.', ['tijd: Dinsdag']),
    ];
    expect(spans(log)).toEqual([[0, 2, 0, 0], [2, 3, 0, 1], [3, 5, 0, 2]]);
  });

  it('splits a long scene where the budget runs out, never inside a line', () => {
    // 200 + 50 per line: two lines make 500, over a budget of 460
    const log = [line(words(200)), line(words(200)), line(words(200)), line(words(50))];
    expect(spans(log)).toEqual([[0, 1, 0, 0], [1, 2, 0, 1], [2, 4, 0, 2]]);
    // one line longer than the budget is a passage of its own
    expect(spans([line(words(900)), line('kort')])).toEqual([[0, 1, 0, 0], [1, 2, 0, 1]]);
  });

  it('opens each round with the choice and its feedback, which count toward the budget', () => {
    const log = [line('Begin.'), { kind: 'choice', decision: 0 } as LogEntry, line(words(100)), line(words(100))];
    // 160 + 5 for the feedback, then 150 + 150: all 465 is over 460, so the second line moves on
    expect(spans(log)).toEqual([[0, 1, 0, 0], [1, 3, 1, 0], [3, 4, 1, 1]]);
    // a long feedback stands alone
    expect(spans(log, [decision(words(400))])).toEqual([[0, 1, 0, 0], [1, 2, 1, 0], [2, 4, 1, 1]]);
  });

  it('puts a new scene right after a choice in a passage of its own', () => {
    const log = [line('Begin.'), { kind: 'choice', decision: 0 } as LogEntry, line('Dinsdag.', ['tijd: Dinsdag'])];
    expect(spans(log)).toEqual([[0, 1, 0, 0], [1, 2, 1, 0], [2, 3, 1, 1]]);
  });
});

describe('where the player is', () => {
  const log = [
    line('Een.', ['tijd: Maandag']), line('Twee.', ['tijd: Dinsdag']), line('Drie.', ['tijd: Woensdag']),
    { kind: 'choice', decision: 0 } as LogEntry,
    line('Vier.', ['tijd: Donderdag']), line('Vijf.', ['tijd: Vrijdag']),
  ];
  const decisions = [decision('Goed.')];
  const passages = passagesOf(log.slice(0, 3), []);

  it('shows up to the end of the passage reached in this round', () => {
    const play = { log: log.slice(0, 3), decisions: [], reached: { decision: 0, passage: 1 } };
    expect(currentPassage(passages, play)).toEqual({ start: 1, end: 2, round: 0, index: 1 });
    expect(shownCount(passages, play)).toBe(2);
    expect(shownCount(passages, play, true)).toBe(3);
    expect(shownCount(passages, { ...play, reached: { decision: 0, passage: 2 } })).toBe(3);
  });

  it('after a choice, is at the first passage of the new round; a passage past the last is the last', () => {
    const all = passagesOf(log, decisions);
    const play = { log, decisions: decisions as never, reached: { decision: 0, passage: 2 } };
    expect(currentPassage(all, play)).toEqual({ start: 3, end: 4, round: 1, index: 0 });
    expect(shownCount(all, play)).toBe(4);
    expect(shownCount(all, { ...play, reached: { decision: 1, passage: 9 } })).toBe(6);
  });

  it('shows all of a play saved before pacing', () => {
    expect(shownCount(passages, { log: log.slice(0, 3), decisions: [] })).toBe(3);
  });
});
