/**
 * The relaunch record: it reads back what was written, refuses what is not ours, replays to the
 * same point, and stays within SCORM 1.2's 4,096 characters on the longest path of every story.
 */
import { describe, expect, it } from 'vitest';
import { buildStory, storyFiles } from '../../src/build/load-stories.ts';
import { storyBuildHash } from '../../src/build/vite-plugin-ink.ts';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT_12, type SuspendRecord } from '../../src/lms/suspend.ts';
import { replay } from '../../src/lms/platform.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { parseStoryJson } from '../../src/story/story-json.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { createProgressStore } from '../../src/state/progress-store.ts';
import { createCaseSession } from '../../src/play/case-session.ts';
import type { CatalogEntry } from '../../src/story/catalog.ts';
import { catalogEntryOf } from '../helpers.ts';

const stories = storyFiles('stories').map((f) => {
  const b = buildStory(f);
  if (!b.ok) throw new Error(`${f} does not compile`);
  return b.story;
});
const entryOf = (s: (typeof stories)[number]): CatalogEntry => catalogEntryOf(s.id, storyBuildHash(s.json), s.json, s.analysis);
const full = { shares: { belang: 100, geen_schuld: 100, verwijzing: 100 }, recognition: 100 };

describe('suspend_data', () => {
  it('reads back what it wrote, and refuses what is not a record of ours', () => {
    const r: SuspendRecord = { play: { caseId: 'sylvia', build: '0123456789abcdef', choices: ['begin.0.42', 'collega.0.70'] }, done: { john: { shares: { belang: 80, geen_schuld: 100, verwijzing: 0 }, recognition: 45 } } };
    expect(decodeSuspend(encodeSuspend(r))).toEqual(r);
    expect(decodeSuspend(encodeSuspend({ play: null, done: {} }))).toEqual({ play: null, done: {} });
    const withOrder: SuspendRecord = { play: { caseId: 'sylvia', build: 'b', choices: ['begin.0.42'], seed: '1a2b3c4d5e6f7a8b', marks: [1, 4] }, done: {} };
    expect(decodeSuspend(encodeSuspend(withOrder))).toEqual(withOrder);
    for (const bad of ['', 'viewed=1,2,3', '{"v":2,"d":{}}', '{"v":1,"d":{"x":[1,2]}}', '{"v":1,"d":{},"c":"x","b":"y","x":[1]}', '{"v":1,"d":{"x":[101,0,0,0]}}']) expect(decodeSuspend(bad)).toBeNull();
  });

  it('leaves out the marks when they would take the record over 4,096 characters, keeping the play', () => {
    const play = { caseId: 'sylvia', build: '0123456789abcdef', choices: ['begin.0.42'], seed: '1a2b3c4d5e6f7a8b' };
    const many = encodeSuspend({ play: { ...play, marks: Array.from({ length: 2000 }, (_, i) => i) }, done: {} });
    expect(many.length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
    expect(decodeSuspend(many)).toEqual({ play, done: {} });
    expect(decodeSuspend(encodeSuspend({ play: { ...play, marks: [3, 7] }, done: {} }))?.play?.marks).toEqual([3, 7]);
  });

  it.each(stories.map((s) => [s.id, s] as const))('%s: the longest record stays within 4,096 characters (from the explorer\'s longest path)', (_id, story) => {
    const a = story.analysis;
    const ids = a.decisions.flatMap((d) => d.options.map((o) => o.id));
    const longestId = ids.reduce((x, y) => (y.length > x.length ? y : x), '');
    // the bound: the explorer's longest path, every choice the longest id, every case of the game done
    const bound = encodeSuspend({
      play: { caseId: story.id, build: storyBuildHash(story.json), choices: Array.from({ length: a.decisionsPerPath.max }, () => longestId), seed: 'ffffffffffffffff' },
      done: Object.fromEntries(stories.map((s) => [s.id, full])),
    });
    expect(a.decisionsPerPath.max).toBeGreaterThan(0);
    expect(bound.length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
    console.log(`suspend_data ${story.id}: longest path ${a.decisionsPerPath.max} decisions, at most ${bound.length} of ${SUSPEND_LIMIT_12} characters`);
  });

  it('replaying the stored choices by id comes back to the same text and choices', async () => {
    const story = stories.find((s) => s.id === 'sylvia')!;
    // a direct play: the second option, then the first, then the third (where open)
    const direct = createProgressStore(memoryStorage(), () => {});
    const runner = createStoryRunner(parseStoryJson(story.json));
    const session = createCaseSession(story.id, runner, direct);
    session.fresh();
    for (const pick of [1, 0, 2]) {
      const open = runner.currentChoices();
      session.choose(open[Math.min(pick, open.length - 1)]!.index);
    }
    const played = direct.getState().plays[story.id]!;
    const storage = memoryStorage();
    expect(await replay(entryOf(story), played.decisions.map((d) => d.chosen.id), storage)).toBe(true);
    const resumed = createProgressStore(storage, () => {}).getState().plays[story.id]!;
    expect(resumed.log).toEqual(played.log);
    expect(resumed.choices).toEqual(played.choices);
    // with the play's seed and marks, the option order and the marks come back too
    direct.getState().toggleMark(story.id, 1);
    const marked = direct.getState().plays[story.id]!;
    const again = memoryStorage();
    expect(await replay(entryOf(story), marked.decisions.map((d) => d.chosen.id), again, marked.seed, marked.marks)).toBe(true);
    expect(createProgressStore(again, () => {}).getState().plays[story.id]).toMatchObject({ seed: marked.seed, marks: [1], log: marked.log });
    // an id that is not open (a changed story): no play is restored
    const other = memoryStorage();
    expect(await replay(entryOf(story), ['no.such.choice'], other)).toBe(false);
    expect(createProgressStore(other, () => {}).getState().plays).toEqual({});
  });
});
