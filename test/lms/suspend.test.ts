/**
 * The relaunch record: it reads back what was written, refuses what is not ours, replays to the
 * same point, and stays within SCORM 1.2's 4,096 characters on the longest path of every story.
 */
import { describe, expect, it } from 'vitest';
import { buildStory, storyFiles } from '../../src/build/load-stories.ts';
import { storyBuildHash } from '../../src/build/vite-plugin-ink.ts';
import { afterRelaunch, decodeSuspend, emptyRecord, encodeSuspend, heldPlay, SUSPEND_LIMIT_12, unhold, withPlay, withResult, type SuspendRecord } from '../../src/lms/suspend.ts';
import { better, resultReport } from '../../src/lms/play-report.ts';
import { replay, replayHeld } from '../../src/lms/platform.ts';
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
/** Per story the explorer's longest path, every choice its longest id, the longest seed: the longest play a record can hold. */
const longestPlays = () =>
  stories.map((story) => {
    const a = story.analysis;
    const longestId = a.decisions.flatMap((d) => d.options.map((o) => o.id)).reduce((x, y) => (y.length > x.length ? y : x), '');
    return { caseId: story.id, build: storyBuildHash(story.json), choices: Array.from({ length: a.decisionsPerPath.max }, () => longestId), seed: 'ffffffffffffffff' };
  });
/** Each play's JSON exactly as `text` has it, by case. */
const playsIn = (text: string): Record<string, string> => Object.fromEntries((JSON.parse(text) as { p: Array<{ c: string }> }).p.map((p) => [p.c, JSON.stringify(p)]));
const res = (belang: number, geen_schuld: number, verwijzing: number, recognition: number) => ({ shares: { belang, geen_schuld, verwijzing }, recognition });

describe('suspend_data', () => {
  it('reads back what it wrote, and refuses what is not a record of ours', () => {
    const r: SuspendRecord = {
      plays: [
        { caseId: 'sylvia', build: '0123456789abcdef', choices: ['begin.0.42', 'collega.0.70'] },
        { caseId: 'nuria', build: 'fedcba9876543210', choices: ['start.0.3'], seed: '1a2b3c4d5e6f7a8b', marks: [1, 4] },
      ],
      done: { john: { shares: { belang: 80, geen_schuld: 100, verwijzing: 0 }, recognition: 45 } },
    };
    expect(decodeSuspend(encodeSuspend(r))).toEqual(r);
    expect(decodeSuspend(encodeSuspend(emptyRecord))).toEqual(emptyRecord);
    for (const bad of ['', 'viewed=1,2,3', '{"v":3,"p":[],"d":{}}', '{"v":2,"d":{}}', '{"v":1,"d":{"x":[1,2]}}', '{"v":1,"d":{},"c":"x","b":"y","x":[1]}', '{"v":1,"d":{"x":[101,0,0,0]}}', '{"v":2,"p":[{"c":"x","b":"y","x":[]},{"c":"x","b":"z","x":[]}],"d":{}}', '{"v":2,"p":[{"c":"x"}],"d":{}}', '{"v":2,"p":[{"c":"x","b":"y","x":[]}],"d":{}'])
      expect(decodeSuspend(bad), bad).toBeNull();
  });

  it('reads a record of version 1 (one play) as one with that play, so a learner keeps it after the update', () => {
    expect(decodeSuspend('{"v":1,"c":"sylvia","b":"0123456789abcdef","x":["begin.0.42"],"s":"1a2b3c4d5e6f7a8b","m":[2],"d":{"john":[80,100,0,45]}}')).toEqual({
      plays: [{ caseId: 'sylvia', build: '0123456789abcdef', choices: ['begin.0.42'], seed: '1a2b3c4d5e6f7a8b', marks: [2] }],
      done: { john: { shares: { belang: 80, geen_schuld: 100, verwijzing: 0 }, recognition: 45 } },
    });
    expect(decodeSuspend('{"v":1,"d":{}}')).toEqual(emptyRecord);
  });

  it('keeps one play per case, the one played last at the end', () => {
    const a = { caseId: 'sylvia', build: 'b', choices: ['x'] };
    const b = { caseId: 'nuria', build: 'b', choices: ['y'] };
    const r = withPlay(withPlay(emptyRecord, 'sylvia', a), 'nuria', b);
    expect(r.plays.map((p) => p.caseId)).toEqual(['sylvia', 'nuria']);
    const again = withPlay(r, 'sylvia', { ...a, choices: ['x', 'z'] });
    expect(again.plays).toEqual([b, { ...a, choices: ['x', 'z'] }]);
    expect(withPlay(again, 'nuria', null).plays).toEqual([{ ...a, choices: ['x', 'z'] }]);
  });

  it('leaves out the marks when they would take the record over 4,096 characters, keeping the plays', () => {
    const play = { caseId: 'sylvia', build: '0123456789abcdef', choices: ['begin.0.42'], seed: '1a2b3c4d5e6f7a8b' };
    const many = encodeSuspend({ plays: [{ ...play, marks: Array.from({ length: 2000 }, (_, i) => i) }], done: {} });
    expect(many.length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
    expect(decodeSuspend(many)).toEqual({ plays: [play], done: {} });
    expect(decodeSuspend(encodeSuspend({ plays: [{ ...play, marks: [3, 7] }], done: {} }))?.plays[0]?.marks).toEqual([3, 7]);
  });

  it('the longest record, every case in play at once and every case done, stays within 4,096 characters (from the explorer\'s longest paths)', () => {
    // the bound: per story the explorer's longest path, every choice its longest id, the longest seed
    for (const story of stories) expect(story.analysis.decisionsPerPath.max).toBeGreaterThan(0);
    const plays = longestPlays();
    const bound = encodeSuspend({ plays, done: Object.fromEntries(stories.map((s) => [s.id, full])) });
    expect(stories.length).toBeGreaterThanOrEqual(5);
    expect(bound.length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
    expect(decodeSuspend(bound)?.plays).toEqual(plays); // every play is in it, none left out to fit
    console.log(`suspend_data with all ${stories.length} cases in play and done: at most ${bound.length} of ${SUSPEND_LIMIT_12} characters`);
  });

  it('a play whose story did not load is written back exactly as the platform has it, while the other cases\' plays are saved as usual', () => {
    // as stored, with a field this build does not read: it goes back as it came
    const sylvia = '{"c":"sylvia","b":"0123456789abcdef","x":["begin.0.42","collega.0.70"],"s":"1a2b3c4d5e6f7a8b","m":[1,4],"n":"?"}';
    const stored = `{"v":2,"p":[${sylvia},{"c":"nuria","b":"fedcba9876543210","x":["start.0.3"]},{"c":"dorian","b":"00000000000000aa","x":["a.0.1"]}],"d":{"john":[80,100,0,45]}}`;
    const read = decodeSuspend(stored)!;
    // Sylvia's story did not load; Nuria's play was replayed; Dorian's case changed since (left out)
    const kept = afterRelaunch(read, stored, ['nuria'], ['sylvia']);
    expect(playsIn(encodeSuspend(kept))).toEqual({ sylvia, nuria: '{"c":"nuria","b":"fedcba9876543210","x":["start.0.3"]}' });
    // this session plays on: Nuria further, Yasin new, and Sylvia from the start (her story came after all)
    let now = withPlay(kept, 'nuria', { caseId: 'nuria', build: 'fedcba9876543210', choices: ['start.0.3', 'later.1.9'], seed: 'aaaaaaaaaaaaaaaa' });
    now = withPlay(now, 'yasin', { caseId: 'yasin', build: '1111111111111111', choices: ['begin.0.1'], marks: [2] });
    now = withPlay(now, 'sylvia', { caseId: 'sylvia', build: '0123456789abcdef', choices: ['begin.0.41'] });
    now = withPlay(now, 'sylvia', null);
    const text = encodeSuspend(now);
    expect(text).toContain(sylvia); // byte for byte
    expect(playsIn(text).sylvia).toBe(sylvia);
    expect(decodeSuspend(text)).toEqual({
      plays: [
        { caseId: 'sylvia', build: '0123456789abcdef', choices: ['begin.0.42', 'collega.0.70'], seed: '1a2b3c4d5e6f7a8b', marks: [1, 4] },
        { caseId: 'nuria', build: 'fedcba9876543210', choices: ['start.0.3', 'later.1.9'], seed: 'aaaaaaaaaaaaaaaa' },
        { caseId: 'yasin', build: '1111111111111111', choices: ['begin.0.1'], marks: [2] },
      ],
      done: read.done,
    });
    // a record of version 1: its play goes back with the same fields, in the form of version 2
    const v1 = '{"v":1,"c":"sylvia","b":"0123456789abcdef","x":["begin.0.42"],"s":"1a2b3c4d5e6f7a8b","d":{}}';
    const carried = withPlay(afterRelaunch(decodeSuspend(v1)!, v1, [], ['sylvia']), 'nuria', { caseId: 'nuria', build: 'b', choices: [] });
    expect(playsIn(encodeSuspend(carried))).toEqual({ sylvia: '{"c":"sylvia","b":"0123456789abcdef","x":["begin.0.42"],"s":"1a2b3c4d5e6f7a8b"}', nuria: '{"c":"nuria","b":"b","x":[]}' });
  });

  it('a held case\'s result stays as stored and counts in the score; the results of the other cases are added to it', () => {
    const stored = encodeSuspend({ plays: [{ caseId: 'sylvia', build: 'b', choices: ['x'] }], done: { sylvia: res(100, 50, 60, 40), john: res(20, 20, 20, 20) } });
    const kept = afterRelaunch(decodeSuspend(stored)!, stored, [], ['sylvia']);
    let now = kept;
    for (const [caseId, r] of [['nuria', res(40, 70, 80, 100)], ['john', res(60, 60, 60, 60)], ['sylvia', full], ['john', res(10, 10, 10, 10)]] as const) now = withResult(now, caseId, better(now.done[caseId], r));
    const done = decodeSuspend(encodeSuspend(now))!.done;
    expect(done).toEqual({ sylvia: res(100, 50, 60, 40), john: res(60, 60, 60, 60), nuria: res(40, 70, 80, 100) });
    // the score on record: the mean over all three finished cases, the held one's stored result among them
    const report = resultReport(done, ['sylvia', 'nuria', 'john']);
    expect(report.score).toBeCloseTo((210 / 3 + 190 / 3 + 180 / 3) / 3 / 100, 10);
    expect(report.objectives.find((o) => o.id === 'belang')!.share).toBeCloseTo(200 / 3 / 100, 10);
    expect(report.complete).toBe(true);
  });

  it('a held case whose play is replayed after all is held no more: its play is an ordinary one in its place, and its play and result change as any other case\'s', () => {
    const sylvia = '{"c":"sylvia","b":"0123456789abcdef","x":["begin.0.42","collega.0.70"],"s":"1a2b3c4d5e6f7a8b","m":[1,4]}';
    const yasin = '{"c":"yasin","b":"1111111111111111","x":["begin.0.1"]}';
    const nuria = '{"c":"nuria","b":"fedcba9876543210","x":["start.0.3"]}';
    const stored = `{"v":2,"p":[${sylvia},${nuria},${yasin}],"d":{"sylvia":[90,60,30,50]}}`;
    // Sylvia's and Yasin's stories did not load at the relaunch
    const kept = afterRelaunch(decodeSuspend(stored)!, stored, ['nuria'], ['sylvia', 'yasin']);
    const sylviaPlay = { caseId: 'sylvia', build: '0123456789abcdef', choices: ['begin.0.42', 'collega.0.70'], seed: '1a2b3c4d5e6f7a8b', marks: [1, 4] };
    expect(heldPlay(kept, 'sylvia')).toEqual(sylviaPlay);
    expect(heldPlay(kept, 'nuria')).toBeNull(); // replayed at the relaunch
    expect(heldPlay(kept, 'john')).toBeNull(); // no play at all
    // Sylvia's story came and her play was replayed: she is held no more, her play stays in its place
    const back = unhold(kept, 'sylvia');
    expect(heldPlay(back, 'sylvia')).toBeNull();
    expect(back.held).toEqual({ yasin });
    expect(decodeSuspend(encodeSuspend(back))!.plays).toEqual([sylviaPlay, decodeSuspend(`{"v":2,"p":[${nuria}],"d":{}}`)!.plays[0], decodeSuspend(`{"v":2,"p":[${yasin}],"d":{}}`)!.plays[0]]);
    // what the learner does in her case now is kept, and her result changes; Yasin's play still stays as stored
    let now = withPlay(back, 'sylvia', { ...sylviaPlay, choices: [...sylviaPlay.choices, 'later.2.1'] });
    now = withResult(now, 'sylvia', full);
    now = withPlay(now, 'yasin', { caseId: 'yasin', build: '1111111111111111', choices: [] });
    const text = encodeSuspend(now);
    expect(playsIn(text)).toEqual({ nuria, yasin, sylvia: '{"c":"sylvia","b":"0123456789abcdef","x":["begin.0.42","collega.0.70","later.2.1"],"s":"1a2b3c4d5e6f7a8b","m":[1,4]}' });
    expect(decodeSuspend(text)!.done.sylvia).toEqual(full);
    // the last case held comes back too: the record is an ordinary one; a case not held is left as it is
    const none = unhold(back, 'yasin');
    expect(none).toEqual({ plays: back.plays, done: back.done });
    expect(unhold(none, 'yasin')).toBe(none);
    expect(unhold(kept, 'nuria')).toBe(kept);
  });

  it('with a held play the record stays within 4,096 characters: the other plays\' marks go first, the held play\'s only when it cannot fit otherwise', () => {
    const [first, ...rest] = longestPlays();
    const heldWith = (n: number) => {
      const stored = encodeSuspend({ plays: [{ ...first!, marks: Array.from({ length: n }, (_, i) => i) }], done: {} });
      expect(stored.length).toBeLessThanOrEqual(SUSPEND_LIMIT_12); // it was written within the limit
      let r = afterRelaunch(decodeSuspend(stored)!, stored, [], [first!.caseId]);
      for (const p of rest) r = withPlay(r, p.caseId, { ...p, marks: Array.from({ length: 300 }, (_, i) => i) });
      return { stored, r: withResult(r, first!.caseId, full) };
    };
    // room for the held play's marks, not for the others' too
    const some = heldWith(300);
    const text = encodeSuspend(some.r);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
    expect(text).toContain(playsIn(some.stored)[first!.caseId]);
    expect(decodeSuspend(text)!.plays).toEqual([{ ...first!, marks: Array.from({ length: 300 }, (_, i) => i) }, ...rest]);
    // so many marks that the record cannot hold them beside every other play: they go too, the plays stay
    const many = heldWith(900);
    const over = encodeSuspend(many.r);
    expect(over.length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
    expect(decodeSuspend(over)!.plays).toEqual([first, ...rest]);
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
    expect(await replay(entryOf(story), played.decisions.map((d) => d.chosen.id), storage)).toBe('restored');
    const resumed = createProgressStore(storage, () => {}).getState().plays[story.id]!;
    expect(resumed.log).toEqual(played.log);
    expect(resumed.choices).toEqual(played.choices);
    // with the play's seed and marks, the option order and the marks come back too
    direct.getState().toggleMark(story.id, 1);
    const marked = direct.getState().plays[story.id]!;
    const again = memoryStorage();
    expect(await replay(entryOf(story), marked.decisions.map((d) => d.chosen.id), again, marked.seed, marked.marks)).toBe('restored');
    expect(createProgressStore(again, () => {}).getState().plays[story.id]).toMatchObject({ seed: marked.seed, marks: [1], log: marked.log });
    // an id that is not open (a changed story): no play is restored
    const other = memoryStorage();
    expect(await replay(entryOf(story), ['no.such.choice'], other)).toBe('closed');
    expect(createProgressStore(other, () => {}).getState().plays).toEqual({});
  });

  it('a held play is replayed for the game to take in when its story comes after all: the play the learner left, option order and marks with it; not one of another build, nor one whose story does not come again', async () => {
    const story = stories.find((s) => s.id === 'sylvia')!;
    const entry = entryOf(story);
    const direct = createProgressStore(memoryStorage(), () => {});
    const runner = createStoryRunner(parseStoryJson(story.json));
    const session = createCaseSession(story.id, runner, direct);
    session.fresh();
    for (const pick of [1, 0]) session.choose(runner.currentChoices()[pick]!.index);
    direct.getState().toggleMark(story.id, 1);
    const played = direct.getState().plays[story.id]!;
    const held = { caseId: story.id, build: entry.build, choices: played.decisions.map((d) => d.chosen.id), seed: played.seed, marks: played.marks };
    const back = await replayHeld(entry, held);
    expect(back).toMatchObject({ caseId: story.id, build: entry.build, seed: played.seed, marks: [1], log: played.log, choices: played.choices, finished: false });
    expect(back).not.toHaveProperty('unscored');
    // of an earlier build: not replayed, as at a relaunch (its story is not even asked for)
    let asked = 0;
    const counted: CatalogEntry = { ...entry, load: () => (asked++, entry.load()) };
    expect(await replayHeld(counted, { ...held, build: '0000000000000000' })).toBeNull();
    expect(asked).toBe(0);
    // the story does not come this time either: asked for once (the learner is waiting), nothing to take in
    let tries = 0;
    const never: CatalogEntry = { ...entry, load: () => (tries++, Promise.reject(new Error('network'))) };
    expect(await replayHeld(never, held)).toBeNull();
    expect(tries).toBe(1);
    // a choice no longer open
    expect(await replayHeld(entry, { ...held, choices: ['no.such.choice'] })).toBeNull();
    // a play replayed to its end is given unscored: the game that takes it in records its result
    const whole = createProgressStore(memoryStorage(), () => {});
    const all = createStoryRunner(parseStoryJson(story.json));
    const through = createCaseSession(story.id, all, whole);
    through.fresh();
    while (!whole.getState().plays[story.id]!.finished) through.choose(all.currentChoices()[0]!.index);
    const ended = whole.getState().plays[story.id]!;
    const done = await replayHeld(entry, { caseId: story.id, build: entry.build, choices: ended.decisions.map((d) => d.chosen.id), seed: ended.seed });
    expect(done).toMatchObject({ finished: true, unscored: true, log: ended.log });
  });

  it('a story that does not arrive is asked for again; one that never does is told apart from a changed story', async () => {
    const story = stories.find((s) => s.id === 'sylvia')!;
    const entry = entryOf(story);
    const choices = [entry.opening.choices[0]!.id];
    let asked = 0;
    const once: CatalogEntry = { ...entry, load: () => (++asked === 1 ? Promise.reject(new Error('network')) : entry.load()) };
    const storage = memoryStorage();
    expect(await replay(once, choices, storage)).toBe('restored');
    expect(asked).toBe(2);
    expect(createProgressStore(storage, () => {}).getState().plays[story.id]?.decisions).toHaveLength(1);
    let tries = 0;
    const never: CatalogEntry = { ...entry, load: () => (tries++, Promise.reject(new Error('network'))) };
    const nothing = memoryStorage();
    expect(await replay(never, choices, nothing)).toBe('unloaded');
    expect(tries).toBe(3);
    expect(createProgressStore(nothing, () => {}).getState().plays).toEqual({});
  });
});
