import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createStoryRunner } from '../../src/story/runner.ts';
import { createGame, memoryLocks, type CaseLocks, type Game } from '../../src/play/game.ts';
import { memoryStorage, sharedMemory, type KeyValueStorage, type StorageWatch } from '../../src/state/persistence.ts';
import { PROGRESS_KEY } from '../../src/state/progress-store.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import type { CatalogEntry } from '../../src/story/catalog.ts';
import type { ActiveCase } from '../../src/play/types.ts';
import { catalogEntryOf, compileFixture } from '../helpers.ts';
import { parseStoryJson } from '../../src/story/story-json.ts';

const json = compileFixture('mini.ink');
const catalog: CatalogEntry[] = [catalogEntryOf('mini', '0000000000000000', json, exploreStory(json))];

type Event = Parameters<Parameters<Game['on']>[0]>[0];

function gameOn(storage: KeyValueStorage, at = '2026-11-30T10:00:00.000Z', options: { cases?: CatalogEntry[]; locks?: CaseLocks; watch?: StorageWatch } = {}) {
  const problems: string[] = [];
  const game = createGame({ createRunner: createStoryRunner, catalog: options.cases ?? catalog, storage, clock: () => new Date(at), random: () => 0.5, onProblem: (p) => problems.push(p.reason), locks: options.locks, watch: options.watch });
  const events: Event[] = [];
  game.on((e) => events.push(e));
  return { game, events, problems };
}

// In mini.ink the first option of each decision is the best one.
/** Two tabs on one storage, with locks and the other tab's writes heard, as in a browser. */
function twoTabs() {
  const locks = memoryLocks();
  const shared = sharedMemory();
  return [shared.tab(), shared.tab()].map((t) => gameOn(t.storage, undefined, { locks: locks.tab(), watch: t.watch })) as [ReturnType<typeof gameOn>, ReturnType<typeof gameOn>];
}

const texts = (g: ReturnType<typeof gameOn>['game']) => g.playOf('mini')!.choices.map((c) => c.text);

describe('game rules', () => {
  it('leads to the content note first, and back into a play in progress after that', async () => {
    const { game } = gameOn(memoryStorage());
    expect(game.entryScreen('mini')).toBe('note');
    expect(game.mayOpenDirectly('mini')).toBe(false);
    expect((await game.open('mini', 'play')).outcome).toBe('started');
    expect(texts(game)).toEqual(['Ik spreek Sam rustig aan.', 'Ik wacht af.', 'Ik vraag: "Waarom spijbel je?"']);
    expect(game.entryScreen('mini')).toBe('play');
    expect(game.mayOpenDirectly('mini')).toBe(true);
    expect(game.settings.getState().notesSeen).toEqual(['mini']);
  });

  it('records the result at the end with the injected clock, and announces each step', async () => {
    const { game, events } = gameOn(memoryStorage());
    await game.open('mini', 'play');
    game.choose(0);
    game.choose(0);
    expect(events.map((e) => e.type)).toEqual(['opened', 'chose', 'chose', 'finished']);
    const chose = events[1] as Extract<Event, { type: 'chose' }>;
    expect(chose.number).toBe(0);
    expect(chose.decision.chosen.text).toBe('Ik spreek Sam rustig aan.');
    const finished = events[3] as Extract<Event, { type: 'finished' }>;
    expect(finished.result).toEqual({ caseId: 'mini', finishedAt: '2026-11-30T10:00:00.000Z', ending: 'hulp', shares: { belang: 1, geen_schuld: 1, verwijzing: 1 }, build: '0000000000000000' });
    expect(game.progress.getState().results.mini).toEqual(finished.result);
    expect((await game.debrief('mini'))!.debrief.ending).toEqual({ id: 'hulp', text: 'Sam krijgt hulp.' });
    expect((await game.debrief('mini'))!.result).toEqual(finished.result);
  });

  it('has no debrief before the end', async () => {
    const { game } = gameOn(memoryStorage());
    await game.open('mini', 'play');
    game.choose(1);
    expect(await game.debrief('mini')).toBeNull();
  });

  it('comes back to the end screen after a reload, and starts anew only when asked', async () => {
    const storage = memoryStorage();
    const first = gameOn(storage).game;
    await first.open('mini', 'play');
    first.choose(2);
    first.choose(1);

    const { game, events } = gameOn(storage);
    expect(game.entryScreen('mini')).toBe('note');
    expect((await game.open('mini', 'resume')).outcome).toBe('ended');
    expect(events.at(-1)).toMatchObject({ type: 'opened', outcome: 'ended' });
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik vraag: "Waarom spijbel je?"', 'Ik doe niets.']);
    expect((await game.debrief('mini'))!.debrief.ending).toEqual({ id: 'uit_beeld', text: 'Sam raakt uit beeld.' });
    expect(() => game.choose(0)).toThrow();

    expect((await game.open('mini', 'play')).outcome).toBe('started');
    expect(game.playOf('mini')!.decisions).toEqual([]);
  });

  it('resumes a play in progress, and restarts it when asked', async () => {
    const storage = memoryStorage();
    const first = gameOn(storage).game;
    await first.open('mini', 'play');
    first.choose(1);
    const { game } = gameOn(storage);
    expect((await game.open('mini', 'resume')).outcome).toBe('resumed');
    expect(game.playOf('mini')!.decisions).toHaveLength(1);
    expect((await game.open('mini', 'restart')).outcome).toBe('started');
    expect(game.playOf('mini')!.decisions).toHaveLength(0);
  });

  it('restarts a play whose story state cannot be restored, and keeps the old play aside', async () => {
    const storage = memoryStorage();
    const { game } = gameOn(storage);
    await game.open('mini', 'play');
    game.choose(1);
    const broken = { ...game.playOf('mini')!, inkState: '{"broken": true}' };
    game.progress.setState({ plays: { mini: broken } });
    const opened = await game.open('mini', 'resume');
    expect(opened).toMatchObject({ outcome: 'restarted', asideKey: 'niet-pluis.progress.mini.set-aside.2026-11-30T10:00:00.000Z' });
    expect(JSON.parse(storage.getItem(opened.outcome === 'restarted' ? opened.asideKey! : '')!)).toEqual(broken);
    expect(game.playOf('mini')!.decisions).toEqual([]);
    expect(texts(game)).toHaveLength(3);
  });

  it('says when the old play could not be kept aside (storage full)', async () => {
    const storage = memoryStorage();
    const { game } = gameOn(storage);
    await game.open('mini', 'play');
    game.progress.setState({ plays: { mini: { ...game.playOf('mini')!, inkState: '{"broken": true}' } } });
    const full: KeyValueStorage = { ...storage, setItem: (k, v) => (k.includes('set-aside') ? (() => { throw new Error('QuotaExceededError'); })() : storage.setItem(k, v)) };
    const again = gameOn(full).game;
    expect(await again.open('mini', 'resume')).toMatchObject({ outcome: 'restarted', asideKey: null });
  });

  it('restarts a play of an earlier build of the story: says how many choices are gone, keeps the old play aside', async () => {
    const storage = memoryStorage();
    const old = gameOn(storage, undefined, { cases: [{ ...catalog[0]!, build: '1111111111111111' }] }).game;
    await old.open('mini', 'play');
    old.choose(0);
    // the new build: same story, one choice id renamed
    const { game } = gameOn(storage);
    const saved = game.playOf('mini')!;
    game.progress.setState({ plays: { mini: { ...saved, decisions: [{ ...saved.decisions[0]!, chosen: { ...saved.decisions[0]!.chosen, id: 'eerste.c-9' } }] } } });
    const opened = await game.open('mini', 'resume');
    expect(opened).toMatchObject({ outcome: 'updated', gone: { decisions: 1, of: 1, ended: false } });
    expect(storage.getItem((opened as { asideKey: string }).asideKey)).toContain('"build":"1111111111111111"');
    expect(game.playOf('mini')).toMatchObject({ build: '0000000000000000', decisions: [] });
  });

  it('a finished play still waiting for its analysis when the story changed: recorded as of its version, as the debrief and a restart would, not dropped', async () => {
    for (const next of ['resume', 'restart', 'debrief'] as const) {
      const storage = memoryStorage();
      const offline: CatalogEntry = { ...catalog[0]!, build: '1111111111111111', loadAnalysis: async () => { throw new Error('offline'); } };
      const old = gameOn(storage, undefined, { cases: [offline] }).game;
      await old.open('mini', 'play');
      old.choose(0);
      old.choose(0);
      await new Promise((r) => setTimeout(r, 0));
      expect(old.playOf('mini')).toMatchObject({ finished: true, unscored: true });
      // the new build comes before the player is online again
      const { game } = gameOn(storage);
      if (next === 'debrief') expect(await game.debrief('mini')).toMatchObject({ earlierBuild: true });
      else {
        const opened = await game.open('mini', next);
        if (next === 'resume') expect(opened).toMatchObject({ outcome: 'updated', asideKey: null, gone: { ended: true } });
        expect(game.playOf('mini')).toMatchObject({ build: '0000000000000000', decisions: [] });
      }
      const kept = game.finishedPlays('mini');
      expect(kept, next).toHaveLength(1);
      expect(kept[0]!.result).toMatchObject({ build: '1111111111111111', ending: 'hulp' });
      expect((await game.debrief('mini', kept[0]!.result.finishedAt))!.earlierBuild).toBe(true);
    }
  });

  it('a play saved before saves named their build: goes on when each choice it took is still in the story, else restarts as of an earlier build', async () => {
    for (const renamed of [false, true]) {
      const storage = memoryStorage();
      const first = gameOn(storage).game;
      await first.open('mini', 'play');
      first.choose(0);
      const { build: _none, ...saved } = first.playOf('mini')!;
      const chosen = renamed ? { ...saved.decisions[0]!.chosen, id: 'eerste.c-9' } : saved.decisions[0]!.chosen;
      first.progress.setState({ plays: { mini: { ...saved, decisions: [{ ...saved.decisions[0]!, chosen }] } } });
      const { game } = gameOn(storage);
      expect(game.playOf('mini')!.build).toBeUndefined();
      const opened = await game.open('mini', 'resume');
      if (renamed) expect(opened).toMatchObject({ outcome: 'updated', gone: { decisions: 1, of: 1, ended: false } });
      else {
        expect(opened).toEqual({ outcome: 'resumed' });
        expect(game.playOf('mini')!.decisions).toHaveLength(1);
        expect(gameOn(storage).game.playOf('mini')!.build).toBe('0000000000000000'); // checked once: now of this build
      }
    }
  });

  it('keeps the last five finished plays with their results, and opens any of their debriefs', async () => {
    const storage = memoryStorage();
    for (let i = 0; i < 7; i++) {
      const { game } = gameOn(storage, `2026-11-0${i + 1}T10:00:00.000Z`);
      await game.open('mini', 'play');
      game.choose(i % 2 === 0 ? 0 : 2);
      game.choose(i % 2 === 0 ? 0 : 1);
    }
    const { game } = gameOn(storage);
    const kept = game.finishedPlays('mini');
    expect(kept.map((f) => f.result.finishedAt.slice(0, 10))).toEqual(['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07']);
    expect(kept.map((f) => f.result.ending)).toEqual(['hulp', 'uit_beeld', 'hulp', 'uit_beeld', 'hulp']);
    expect((await game.debrief('mini', '2026-11-04T10:00:00.000Z'))!.debrief.ending).toEqual({ id: 'uit_beeld', text: 'Sam raakt uit beeld.' });
    expect((await game.debrief('mini', '2026-11-05T10:00:00.000Z'))!.debrief.ending).toEqual({ id: 'hulp', text: expect.any(String) });
    // a play that dropped out of the five opens nothing
    expect(await game.debrief('mini', '2026-11-02T10:00:00.000Z')).toBeNull();
    expect(game.hasDebrief('mini', '2026-11-02T10:00:00.000Z')).toBe(false);
    // one more finish drops the oldest kept play; the others keep their names (a debrief's address)
    const before = (await game.debrief('mini', '2026-11-04T10:00:00.000Z'))!.play;
    const next = gameOn(storage, '2026-11-08T10:00:00.000Z').game;
    await next.open('mini', 'play');
    next.choose(0);
    next.choose(0);
    expect(next.hasDebrief('mini', '2026-11-03T10:00:00.000Z')).toBe(false);
    expect((await next.debrief('mini', '2026-11-04T10:00:00.000Z'))!.play).toEqual(before);
    // the best result stays the best, whenever it was
    expect(game.progress.getState().results.mini!.ending).toBe('hulp');
  });

  it('opens the past debriefs of a version 3 save, and its play in progress resumes', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: readFileSync('test/fixtures/saves/progress-v3.json', 'utf8') });
    const { game, problems } = gameOn(storage);
    expect(problems).toEqual([]);
    expect(game.finishedPlays('mini').map((f) => f.result.ending)).toEqual(['hulp', 'uit_beeld']);
    expect(game.hasDebrief('mini', '2026-11-02T10:00:00.000Z')).toBe(true);
    const past = (await game.debrief('mini', '2026-11-02T10:00:00.000Z'))!;
    expect(past.debrief.ending).toEqual({ id: 'uit_beeld', text: 'Sam raakt uit beeld.' });
    expect(past.play.decisions.map((d) => d.chosen.text)).toEqual(['Ik vraag: "Waarom spijbel je?"', 'Ik doe niets.']);
    expect(past.result!.finishedAt).toBe('2026-11-02T10:00:00.000Z');
    expect((await game.open('mini', 'resume')).outcome).toBe('resumed');
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.']);
  });

  it('tells a second tab that the case is open elsewhere; taking over stops the first tab', async () => {
    const [a, b] = twoTabs();
    await a.game.open('mini', 'play');
    expect(await b.game.open('mini', 'resume')).toEqual({ outcome: 'elsewhere' });
    expect(b.game.isPlaying('mini')).toBe(false);
    a.game.choose(1);
    expect(b.game.playOf('mini')!.decisions).toHaveLength(1);
    expect((await b.game.open('mini', 'take-over')).outcome).toBe('resumed');
    expect(a.events.at(-1)).toEqual({ type: 'lost', caseId: 'mini' });
    expect(a.game.isPlaying('mini')).toBe(false);
    expect(b.game.isPlaying('mini')).toBe(true);
    b.game.choose(0);
    // nothing lost either way: the first tab sees the choice made in the second
    expect(a.game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.', 'Ik overleg met de aandachtsfunctionaris.']);
    expect(a.game.progress.getState().results.mini!.ending).toBe('hulp');
  });

  it('a finished case\'s end screen holds the case (marks still write its play) until this tab leaves it or opens another case', async () => {
    const locks = memoryLocks();
    const shared = sharedMemory();
    const [ta, tb] = [shared.tab(), shared.tab()];
    const a = gameOn(ta.storage, undefined, { locks: locks.tab(), watch: ta.watch, cases: [catalog[0]!, { ...catalog[0]!, id: 'other' }] });
    const b = gameOn(tb.storage, undefined, { locks: locks.tab(), watch: tb.watch });
    await a.game.open('mini', 'play');
    a.game.choose(2);
    a.game.choose(1); // the end
    a.game.leave();
    expect((await a.game.open('mini', 'resume')).outcome).toBe('ended');
    expect(await b.game.open('mini', 'play')).toEqual({ outcome: 'elsewhere' });
    expect((await a.game.open('other', 'play')).outcome).toBe('started');
    expect((await b.game.open('mini', 'resume')).outcome).toBe('ended');
    b.game.leave();
    expect((await a.game.open('mini', 'resume')).outcome).toBe('ended');
    a.game.leave();
    expect((await b.game.open('mini', 'play')).outcome).toBe('started');
  });

  it('marks and passage steps write the play only in the tab that plays the case or shows its end screen', async () => {
    const [a, b] = twoTabs();
    await a.game.open('mini', 'play');
    a.game.choose(2);
    a.game.mark('mini', 0);
    a.game.reach('mini', 1, 1);
    expect(b.game.playOf('mini')).toMatchObject({ marks: [0], reached: { decision: 1, passage: 1 } });
    // B does not play it (A does): B's marks and steps change nothing
    expect(await b.game.open('mini', 'resume')).toEqual({ outcome: 'elsewhere' });
    b.game.mark('mini', 0);
    b.game.reach('mini', 1, 2);
    expect(a.game.playOf('mini')).toMatchObject({ marks: [0], reached: { decision: 1, passage: 1 } });
    // at its end screen A still writes them; once A has left the case, not any more
    a.game.choose(1);
    a.game.mark('mini', 0);
    expect(b.game.playOf('mini')!.marks).toEqual([]);
    a.game.leave();
    a.game.mark('mini', 0);
    expect(b.game.playOf('mini')!.marks).toEqual([]);
    expect((await a.game.open('mini', 'resume')).outcome).toBe('ended');
    a.game.mark('mini', 0);
    expect(b.game.playOf('mini')!.marks).toEqual([0]);
  });

  it('leaves a case with its progress kept', async () => {
    const storage = memoryStorage();
    const { game, events } = gameOn(storage);
    await game.open('mini', 'play');
    game.choose(0);
    game.leave();
    expect(events.at(-1)).toEqual({ type: 'left', caseId: 'mini' });
    expect(() => game.choose(0)).toThrow('No case is being played');
    expect(gameOn(storage).game.playOf('mini')!.decisions).toHaveLength(1);
  });

  it('an open overtaken while its story loads (Back and Forward in quick succession) changes nothing', async () => {
    // two cases on the mini story; the story of "slow" arrives only when released
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    const slow: CatalogEntry = { ...catalog[0]!, id: 'slow', load: async () => (await arrived, parseStoryJson(json)) };
    const locks = memoryLocks();
    const storage = memoryStorage();
    const { game } = gameOn(storage, undefined, { cases: [catalog[0]!, slow], locks: locks.tab() });
    // both cases in progress (mini.ink has two decisions), one decision taken in each
    release();
    await game.open('slow', 'play');
    game.choose(0);
    await game.open('mini', 'play');
    game.choose(1);
    const before = JSON.stringify(game.progress.getState().plays);

    // a reload: the story must be fetched again, and arrives late
    const again = gameOn(storage, undefined, { cases: [catalog[0]!, { ...slow, load: async () => (await late, parseStoryJson(json)) }], locks: memoryLocks().tab() });
    let releaseLate!: () => void;
    const late = new Promise<void>((r) => (releaseLate = r));
    const back = again.game.open('slow', 'resume'); // Back to the slow case...
    expect((await again.game.open('mini', 'resume')).outcome).toBe('resumed'); // ...and Forward again before it loads
    releaseLate();
    expect(await back).toEqual({ outcome: 'superseded' });
    expect(again.game.isPlaying('mini')).toBe(true);
    again.game.choose(0);
    expect(again.game.playOf('mini')!.decisions).toHaveLength(2);
    expect(again.game.playOf('slow')!.decisions).toHaveLength(1);

    // Back to the title while a case loads: it does not open after all, and its play is as it was
    const third = gameOn(memoryStorage({ 'niet-pluis.progress': storage.getItem('niet-pluis.progress')! }), undefined, { cases: [catalog[0]!, { ...slow, load: async () => (await later, parseStoryJson(json)) }] });
    let releaseLater!: () => void;
    const later = new Promise<void>((r) => (releaseLater = r));
    const opening = third.game.open('slow', 'play');
    third.game.leave();
    releaseLater();
    expect(await opening).toEqual({ outcome: 'superseded' });
    expect(third.game.isPlaying('slow')).toBe(false);
    expect(third.game.playOf('slow')).toEqual(JSON.parse(before).slow);
    expect(third.game.playOf('slow')!.decisions).toHaveLength(1);
  });

  it('shows the first choices without waiting for the analysis, and scores the end when it arrives', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    const slowAnalysis: CatalogEntry = { ...catalog[0]!, loadAnalysis: async () => (await arrived, catalog[0]!.loadAnalysis()) };
    const { game, events } = gameOn(memoryStorage(), undefined, { cases: [slowAnalysis] });
    expect((await game.open('mini', 'play')).outcome).toBe('started');
    expect(texts(game)).toHaveLength(3);
    game.choose(0);
    game.choose(0);
    expect(game.playOf('mini')!.finished).toBe(true);
    expect(events.map((e) => e.type)).toEqual(['opened', 'chose', 'chose']);
    expect(game.progress.getState().results.mini).toBeUndefined();
    release();
    await arrived;
    await new Promise((r) => setTimeout(r, 0));
    expect(events.map((e) => e.type)).toEqual(['opened', 'chose', 'chose', 'finished']);
    expect(game.progress.getState().results.mini!.ending).toBe('hulp');
  });

  it('a finish whose analysis did not come is kept as unscored, and scored on the next open once it comes', async () => {
    const storage = memoryStorage();
    let online = false;
    const flaky: CatalogEntry = { ...catalog[0]!, loadAnalysis: async () => { if (!online) throw new Error('offline'); return catalog[0]!.loadAnalysis(); } };
    const { game } = gameOn(storage, undefined, { cases: [flaky] });
    await game.open('mini', 'play');
    game.choose(0);
    game.choose(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(game.progress.getState().results.mini).toBeUndefined();
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).state.plays.mini.unscored).toBe(true);
    // a reload, still offline: the end screen, and nothing recorded yet
    const offline = gameOn(storage, '2026-11-30T11:00:00.000Z', { cases: [flaky] });
    expect((await offline.game.open('mini', 'resume')).outcome).toBe('ended');
    await new Promise((r) => setTimeout(r, 0));
    expect(offline.game.progress.getState().results.mini).toBeUndefined();
    // online again, a reload: the end is recorded as the play ended, once
    online = true;
    const later = gameOn(storage, '2026-11-30T12:00:00.000Z', { cases: [flaky] });
    expect((await later.game.open('mini', 'resume')).outcome).toBe('ended');
    await new Promise((r) => setTimeout(r, 0));
    expect(later.game.progress.getState().results.mini!.ending).toBe('hulp');
    expect(later.game.finishedPlays('mini')).toHaveLength(1);
    expect(later.game.playOf('mini')!.unscored).toBeUndefined();
    expect((await later.game.debrief('mini'))!.result!.finishedAt).toBe('2026-11-30T12:00:00.000Z');
    expect(later.game.finishedPlays('mini')).toHaveLength(1);
    expect(later.events.filter((e) => e.type === 'finished')).toHaveLength(1);
  });

  it('a play whose result waits for the analysis: its debrief records it first, and a restart records it before it starts anew', async () => {
    for (const next of ['debrief', 'restart'] as const) {
      let release!: () => void;
      const arrived = new Promise<void>((r) => (release = r));
      const slow: CatalogEntry = { ...catalog[0]!, loadAnalysis: async () => (await arrived, catalog[0]!.loadAnalysis()) };
      const { game } = gameOn(memoryStorage(), undefined, { cases: [slow] });
      await game.open('mini', 'play');
      game.choose(1);
      game.choose(0);
      const asked = next === 'debrief' ? game.debrief('mini') : game.open('mini', 'restart');
      await new Promise((r) => setTimeout(r, 0));
      expect(game.progress.getState().results.mini, next).toBeUndefined();
      release();
      const shown = await asked;
      expect(game.finishedPlays('mini'), next).toHaveLength(1);
      expect(game.progress.getState().results.mini!.shares.belang, next).toBeLessThan(1);
      if (next === 'debrief') expect((shown as Awaited<ReturnType<Game['debrief']>>)!.result).toEqual(game.progress.getState().results.mini);
      else expect(game.playOf('mini')!.decisions, next).toHaveLength(0);
    }
  });

  it('an open that fails (the story did not come) lets go of the case: another tab may open it', async () => {
    const locks = memoryLocks();
    const storage = memoryStorage();
    const first = gameOn(storage).game;
    await first.open('mini', 'play');
    first.choose(1);
    const broken: CatalogEntry = { ...catalog[0]!, load: () => new Promise((_, no) => setTimeout(() => no(new Error('offline')), 5)) };
    const a = gameOn(storage, undefined, { cases: [broken], locks: locks.tab() }).game;
    await expect(a.open('mini', 'resume')).rejects.toThrow('offline');
    const b = gameOn(storage, undefined, { locks: locks.tab() }).game;
    expect((await b.open('mini', 'resume')).outcome).toBe('resumed');
  });

  it('writes a new play only once its story state is taken (later), and a reload then resumes it', async () => {
    const storage = memoryStorage();
    const waiting: Array<() => void> = [];
    const game = createGame({ createRunner: createStoryRunner, catalog, storage, clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.5, onProblem: () => {}, later: (run) => void waiting.push(run) });
    expect((await game.open('mini', 'play')).outcome).toBe('started');
    expect(texts(game)).toHaveLength(3);
    // on screen, not yet saved: a reload now would start the case anew
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(gameOn(storage).game.playOf('mini')).toBeNull();
    for (const run of waiting.splice(0)) run();
    const saved = gameOn(storage).game;
    expect(saved.playOf('mini')!.seed).toBe(game.playOf('mini')!.seed);
    expect((await saved.open('mini', 'resume')).outcome).toBe('resumed');
    expect(texts(saved)).toEqual(texts(game));
  });

  it('a choice taken before the new play\'s state is taken saves the state after the choice', async () => {
    const storage = memoryStorage();
    const waiting: Array<() => void> = [];
    const game = createGame({ createRunner: createStoryRunner, catalog, storage, clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.5, onProblem: () => {}, later: (run) => void waiting.push(run) });
    await game.open('mini', 'play');
    game.choose(1);
    for (const run of waiting.splice(0)) run(); // comes too late: it must not put the start's state back
    const again = gameOn(storage).game;
    expect((await again.open('mini', 'resume')).outcome).toBe('resumed');
    expect(texts(again)).toEqual(texts(game));
    expect(again.playOf('mini')!.decisions).toHaveLength(1);
  });

  it('stepping on to a passage or marking a line in a new play saves it at once, not when the browser is next idle', async () => {
    for (const act of [(g: Game) => g.reach('mini', 0, 1), (g: Game) => g.mark('mini', 0)]) {
      const storage = memoryStorage();
      const game = createGame({ createRunner: createStoryRunner, catalog, storage, clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.5, onProblem: () => {}, later: () => {} });
      await game.open('mini', 'play');
      expect(storage.getItem(PROGRESS_KEY)).toBeNull();
      act(game);
      const again = gameOn(storage).game;
      expect(again.playOf('mini')).toEqual(game.playOf('mini'));
      expect((await again.open('mini', 'resume')).outcome).toBe('resumed');
      expect(texts(again)).toEqual(texts(game));
    }
  });

  it('leaving a new play before its state is taken saves it then', async () => {
    const storage = memoryStorage();
    const game = createGame({ createRunner: createStoryRunner, catalog, storage, clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.5, onProblem: () => {}, later: () => {} });
    await game.open('mini', 'play');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    game.leave();
    const again = gameOn(storage).game;
    expect((await again.open('mini', 'resume')).outcome).toBe('resumed');
    expect(texts(again)).toEqual(texts(game));
  });
});

describe('a new play before its story has come', () => {
  /** The mini case, its story held back until released (or failed). */
  function held(storage: KeyValueStorage = memoryStorage(), deps: { afterPaint?: (run: () => void) => void; locks?: CaseLocks; later?: (run: () => void) => void } = {}, opening = catalog[0]!.opening) {
    let release!: () => void;
    let fail!: (e: Error) => void;
    const gate = new Promise<void>((ok, no) => ((release = ok), (fail = no)));
    const entry: CatalogEntry = { ...catalog[0]!, opening, load: async () => (await gate, parseStoryJson(json)) };
    const events: Event[] = [];
    const game = createGame({ createRunner: createStoryRunner, catalog: [entry], storage, clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.5, onProblem: () => {}, ...deps });
    game.on((e) => events.push(e));
    return { game, events, release, fail, entry };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('shows the opening from the catalog at once, the same lines and choices the story then shows', async () => {
    const { game, release } = held();
    expect((await game.open('mini', 'play')).outcome).toBe('started');
    const shown = game.playOf('mini')!;
    expect(shown.log.map((e) => (e.kind === 'line' ? e.line.text : '')).join(' ')).toContain('Sam');
    expect(texts(game)).toEqual(['Ik spreek Sam rustig aan.', 'Ik wacht af.', 'Ik vraag: "Waarom spijbel je?"']);
    expect(game.isPlaying('mini')).toBe(true);
    release();
    await game.ready();
    // the story, run to the same point, changed nothing on screen; its state is taken (no `later` here: at once)
    const { inkState, ...now } = game.playOf('mini')!;
    expect(now).toEqual({ ...shown, inkState: undefined });
    expect(shown.inkState).toBe('');
    expect(JSON.parse(inkState)).toHaveProperty('flows');
  });

  it('a passage stepped on while the story is on its way is saved as soon as the story comes', async () => {
    const storage = memoryStorage();
    const { game, release } = held(storage, { later: () => {} }); // never idle
    await game.open('mini', 'play');
    game.progress.getState().reach('mini', 0, 1);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull(); // no story state yet: nothing to resume from
    release();
    await game.ready();
    expect(gameOn(storage).game.playOf('mini')!.reached).toEqual({ decision: 0, passage: 1 });
  });

  it('a choice taken meanwhile is taken when the story comes; a second click on the same screen is the same click', async () => {
    const { game, events, release } = held();
    await game.open('mini', 'play');
    game.choose(2);
    game.choose(0);
    expect(game.playOf('mini')!.decisions).toHaveLength(0);
    release();
    await game.ready();
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik vraag: "Waarom spijbel je?"']);
    expect(events.map((e) => e.type)).toEqual(['opened', 'chose']);
    game.choose(0); // from here on at once
    expect(game.playOf('mini')!.decisions).toHaveLength(2);
  });

  it('a story that does not come: the play is dropped, the player is told, and a new open tries again', async () => {
    const storage = memoryStorage();
    const locks = memoryLocks();
    const { game, events, fail, entry } = held(storage, { locks: locks.tab() });
    await game.open('mini', 'play');
    game.choose(0);
    fail(new Error('offline'));
    await game.ready();
    expect(events.map((e) => e.type)).toEqual(['opened', 'unavailable']);
    expect(game.playOf('mini')).toBeNull();
    expect(game.isPlaying('mini')).toBe(false);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    // the lock is let go: another tab may open the case
    const other = createGame({ createRunner: createStoryRunner, catalog: [{ ...entry, load: async () => parseStoryJson(json) }], storage: memoryStorage(), clock: () => new Date(), random: () => 0.5, onProblem: () => {}, locks: locks.tab() });
    expect((await other.open('mini', 'play')).outcome).toBe('started');
  });

  it('leaving before the story comes keeps the new play: its state is taken on arrival, and a reload resumes it', async () => {
    const storage = memoryStorage();
    const { game, release } = held(storage);
    await game.open('mini', 'play');
    const shown = texts(game);
    game.leave();
    expect(game.isPlaying('mini')).toBe(false);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    release();
    await settle();
    const again = gameOn(storage).game;
    expect((await again.open('mini', 'resume')).outcome).toBe('resumed');
    expect(texts(again)).toEqual(shown);
  });

  it('opening the case again before its story came resumes the same new play', async () => {
    const storage = memoryStorage();
    const { game, release } = held(storage);
    await game.open('mini', 'play');
    const seed = game.playOf('mini')!.seed;
    const again = game.open('mini', 'resume');
    release();
    expect((await again).outcome).toBe('resumed');
    expect(game.playOf('mini')!.seed).toBe(seed);
    game.choose(0);
    expect(game.playOf('mini')!.decisions).toHaveLength(1);
  });

  it('shows the opening while the lock is asked for; refused (the case is open in another tab), the play is dropped and nothing is written', async () => {
    const locks = memoryLocks();
    const first = gameOn(memoryStorage(), undefined, { locks: locks.tab() });
    await first.game.open('mini', 'play');
    const storage = memoryStorage();
    const { game, events, release } = held(storage, { locks: locks.tab() });
    expect((await game.open('mini', 'play')).outcome).toBe('started');
    expect(texts(game)).toHaveLength(3);
    game.choose(0);
    release();
    await game.ready();
    expect(events.map((e) => e.type)).toEqual(['opened', 'elsewhere']);
    expect(game.playOf('mini')).toBeNull();
    expect(game.isPlaying('mini')).toBe(false);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(first.game.isPlaying('mini')).toBe(true);
  });

  it('a choice taken before leaving is kept when the story comes after', async () => {
    const storage = memoryStorage();
    const { game, release } = held(storage);
    await game.open('mini', 'play');
    game.choose(1);
    game.leave();
    release();
    await new Promise((r) => setTimeout(r, 0));
    const again = gameOn(storage).game;
    expect((await again.open('mini', 'resume')).outcome).toBe('resumed');
    expect(again.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.']);
  });

  it('taken over by another tab before its story came: nothing of the new play is written', async () => {
    const locks = memoryLocks();
    const storage = memoryStorage();
    const { game, events, release } = held(storage, { locks: locks.tab() });
    await game.open('mini', 'play');
    game.choose(0);
    const other = gameOn(memoryStorage(), undefined, { locks: locks.tab() });
    expect((await other.game.open('mini', 'take-over')).outcome).toBe('started');
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(events.map((e) => e.type)).toEqual(['opened', 'lost']);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('a finished play is kept when its story does not come for a new play', async () => {
    const storage = memoryStorage();
    const first = gameOn(storage);
    await first.game.open('mini', 'play');
    first.game.choose(0);
    first.game.choose(0);
    const finished = first.game.playOf('mini')!;
    expect(finished.finished).toBe(true);
    const { game, fail } = held(storage);
    const opening = game.open('mini', 'play');
    fail(new Error('offline'));
    await expect(opening).rejects.toThrow('offline');
    expect(game.playOf('mini')).toEqual(finished);
  });

  it('leaving and coming back before the story came: the same new play, with the choice taken before', async () => {
    const storage = memoryStorage();
    const { game, release } = held(storage);
    await game.open('mini', 'play');
    const seed = game.playOf('mini')!.seed;
    game.choose(1);
    game.leave();
    const back = game.open('mini', 'resume');
    release();
    expect((await back).outcome).toBe('resumed');
    expect(game.playOf('mini')!.seed).toBe(seed);
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.']);
    game.choose(0);
    expect(game.playOf('mini')!.decisions).toHaveLength(2);
  });

  it('with afterPaint the story is built only once the opening is painted, even when it is here already', async () => {
    const painted: Array<() => void> = [];
    const { game, release } = held(memoryStorage(), { afterPaint: (run) => void painted.push(run) });
    release();
    await game.open('mini', 'play');
    game.choose(1);
    await settle();
    expect(painted).toHaveLength(1);
    expect(game.playOf('mini')!.decisions).toHaveLength(0); // not built yet: the choice waits
    painted.shift()!();
    await game.ready();
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.']);
  });

  it('a catalog opening that the story does not show (another build) gives way to what the story shows', async () => {
    const real = catalog[0]!.opening;
    const { game, release } = held(memoryStorage(), {}, { ...real, choices: real.choices.slice(0, 2) });
    await game.open('mini', 'play');
    expect(texts(game)).toHaveLength(2);
    release();
    await game.ready();
    expect(texts(game)).toEqual(real.choices.map((c) => c.text));
  });

  /** Tab A, and tab B whose story is held back and who hears of A's saves only when `deliver()` is called. */
  function tabsWithLateB() {
    const locks = memoryLocks();
    const shared = sharedMemory();
    const [ta, tb] = [shared.tab(), shared.tab()];
    const a = createGame({ createRunner: createStoryRunner, catalog, storage: ta.storage, clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.5, onProblem: () => {}, locks: locks.tab(), watch: ta.watch });
    const heard: Array<string | null> = [];
    tb.watch((k) => void heard.push(k));
    const listeners: Array<(k: string | null) => void> = [];
    const late: StorageWatch = (l) => (listeners.push(l), () => undefined);
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const entry: CatalogEntry = { ...catalog[0]!, load: async () => (await gate, parseStoryJson(json)) };
    // B's answer on the lock comes when `grant()` is called
    let grant!: () => void;
    const granting = new Promise<void>((ok) => (grant = ok));
    const inner = locks.tab();
    const bLocks: CaseLocks = { hold: async (id, steal, onLost) => (await granting, inner.hold(id, steal, onLost)), release: (id) => inner.release(id) };
    const b = createGame({ createRunner: createStoryRunner, catalog: [entry], storage: tb.storage, clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.25, onProblem: () => {}, locks: bLocks, watch: late });
    const deliver = () => { for (const k of heard.splice(0)) for (const l of listeners) l(k); };
    const stored = () => JSON.parse(shared.data.getItem(PROGRESS_KEY)!).state.plays.mini;
    return { a, b, release, grant, deliver, stored };
  }

  it('refused the lock while another tab\'s play of the case arrives: that play is kept, and the other tab plays on', async () => {
    const { a, b, release, grant, deliver, stored } = tabsWithLateB();
    await a.open('mini', 'play');
    a.choose(0);
    expect((await b.open('mini', 'play')).outcome).toBe('started'); // the opening at once; the lock is asked for
    deliver(); // A's save comes to B while B's story is on its way
    grant();
    release();
    await b.ready();
    expect(b.isPlaying('mini')).toBe(false);
    expect(stored()?.decisions).toHaveLength(1);
    expect(a.playOf('mini')?.decisions).toHaveLength(1);
    expect(() => a.choose(0)).not.toThrow();
  });

  it('given the lock, when a play the other tab has left arrives meanwhile: goes on with that play', async () => {
    const { a, b, release, grant, deliver, stored } = tabsWithLateB();
    await a.open('mini', 'play');
    a.choose(0);
    a.leave();
    expect((await b.open('mini', 'play')).outcome).toBe('started');
    deliver(); // before the lock is granted
    grant();
    release();
    await b.ready();
    await settle();
    await b.ready();
    expect(b.isPlaying('mini')).toBe(true);
    expect(b.playOf('mini')?.decisions).toHaveLength(1);
    expect(stored()?.decisions).toHaveLength(1);
  });
});

describe('the code that runs a story', () => {
  it('is fetched with the first story when none is given: a new play shows its opening first, and plays on once both are here', async () => {
    const game = createGame({ catalog, storage: memoryStorage(), clock: () => new Date(), random: () => 0.5, onProblem: () => {} });
    expect((await game.open('mini', 'play')).outcome).toBe('started');
    expect(texts(game)).toHaveLength(3);
    game.choose(0);
    await game.ready();
    expect(game.playOf('mini')!.decisions).toHaveLength(1);
    // a play in progress resumes with it (fetched once)
    game.leave();
    expect((await game.open('mini', 'resume')).outcome).toBe('resumed');
    game.choose(0);
    expect(game.playOf('mini')!.finished).toBe(true);
  });
});

describe('a play kept elsewhere (a learning platform\'s record)', () => {
  /** A play of mini made in a game of its own: the choices taken by index. */
  const playedElsewhere = async (picks: number[]) => {
    const { game } = gameOn(memoryStorage(), undefined, { cases: [catalog[0]!] });
    await game.open('mini', 'play');
    for (const i of picks) game.choose(i);
    return game.playOf('mini')!;
  };
  function withRestore(storage: KeyValueStorage, restore: (caseId: string) => Promise<ActiveCase | null>, options: { cases?: CatalogEntry[]; locks?: CaseLocks; afterPaint?: (run: () => void) => void } = {}) {
    const game = createGame({ createRunner: createStoryRunner, catalog: options.cases ?? catalog, storage, clock: () => new Date('2026-11-30T10:00:00.000Z'), random: () => 0.25, onProblem: () => {}, locks: options.locks, restore, ...(options.afterPaint && { afterPaint: options.afterPaint }) });
    const events: Event[] = [];
    game.on((e) => events.push(e));
    return { game, events };
  }

  it('is taken in when its case is opened, in place of the play here, and the case opens on it: announced before, played on and saved as any play; a restart asks for none', async () => {
    const elsewhere = await playedElsewhere([1]);
    const storage = memoryStorage();
    let given: ActiveCase | null = null;
    const asked: string[] = [];
    const { game, events } = withRestore(storage, async (caseId) => (asked.push(caseId), given));
    // none to take in yet: a new play here, as without
    expect((await game.open('mini', 'play')).outcome).toBe('started');
    game.choose(0);
    game.leave();
    // now there is one: it replaces the play here, and the case resumes on it
    given = elsewhere;
    events.length = 0;
    expect((await game.open('mini', 'play')).outcome).toBe('resumed');
    expect(events.map((e) => e.type)).toEqual(['restored', 'opened']);
    expect(events[0]).toEqual({ type: 'restored', caseId: 'mini', play: elsewhere });
    const play = game.playOf('mini')!;
    expect(play.seed).toBe(elsewhere.seed);
    expect(play.log).toEqual(elsewhere.log);
    expect(play.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.']);
    expect(asked).toEqual(['mini', 'mini']);
    game.choose(0);
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.', 'Ik overleg met de aandachtsfunctionaris.']);
    expect(game.progress.getState().results.mini!.ending).toBe('hulp');
    // saved: a reload comes back to it
    expect(gameOn(storage).game.playOf('mini')!.decisions).toHaveLength(2);
    // a restart is a new play, whatever is kept elsewhere
    expect((await game.open('mini', 'restart')).outcome).toBe('started');
    expect(asked).toHaveLength(2);
    expect(game.playOf('mini')!.decisions).toEqual([]);
    // (a play is taken in only as its own case's)
    expect(() => game.progress.getState().adopt('mini', { ...elsewhere, caseId: 'other' })).toThrow();
  });

  it('a finished play taken in opens at its end, scored here, also when the case is opened to play (not a new play over it)', async () => {
    const elsewhere = await playedElsewhere([1, 0]);
    expect(elsewhere.finished).toBe(true);
    // (given once, as a platform's record gives it: taken in, the case is held there no more)
    let given: ActiveCase | null = { ...elsewhere, unscored: true };
    const { game, events } = withRestore(memoryStorage(), async () => {
      const play = given;
      given = null;
      return play;
    });
    expect((await game.open('mini', 'play')).outcome).toBe('ended');
    expect(events.map((e) => e.type)).toEqual(['restored', 'opened']);
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.', 'Ik overleg met de aandachtsfunctionaris.']);
    // its debrief (the end screen's next step) records its result here
    expect((await game.debrief('mini'))!.debrief).toBeTruthy();
    expect(game.progress.getState().results.mini!.ending).toBe('hulp');
    // opened to play again once it is here: a new play, as for any finished play
    game.leave();
    expect((await game.open('mini', 'play')).outcome).toBe('started');
  });

  it('is opened in a page too, where a case with no play here would show a new play\'s opening at once', async () => {
    const elsewhere = await playedElsewhere([1]);
    const { game } = withRestore(memoryStorage(), async () => elsewhere, { afterPaint: (run) => run() });
    expect((await game.open('mini', 'play')).outcome).toBe('resumed');
    expect(game.playOf('mini')!.decisions.map((d) => d.chosen.text)).toEqual(['Ik wacht af.']);
    game.choose(0);
    expect(game.playOf('mini')!.finished).toBe(true);
  });

  it('an open overtaken while the play is fetched takes nothing in; a fetch that fails opens the case as without', async () => {
    const elsewhere = await playedElsewhere([1]);
    let answer!: (play: ActiveCase | null) => void;
    let askedFor!: () => void;
    const asking = new Promise<void>((r) => (askedFor = r));
    let restore = (_caseId: string): Promise<ActiveCase | null> => new Promise((r) => ((answer = r), askedFor()));
    const { game, events } = withRestore(memoryStorage(), (caseId) => restore(caseId));
    const opening = game.open('mini', 'play');
    await asking;
    game.leave(); // Back to the title while the play is replayed
    answer(elsewhere);
    expect(await opening).toEqual({ outcome: 'superseded' });
    expect(game.playOf('mini')).toBeNull();
    expect(events.map((e) => e.type)).toEqual([]);
    restore = () => Promise.reject(new Error('network'));
    expect((await game.open('mini', 'play')).outcome).toBe('started');
    expect(game.playOf('mini')!.decisions).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['opened']);
  });

  it('is taken in through the store, under the case\'s lock: a play of the case another tab saved unheard here gives way, and what else that tab saved stays', async () => {
    const elsewhere = await playedElsewhere([1]);
    const cases = [catalog[0]!, { ...catalog[0]!, id: 'other' }];
    const locks = memoryLocks();
    const shared = sharedMemory();
    // this tab hears nothing of the other's saves (a frozen tab, say)
    const here = withRestore(shared.tab().storage, async () => elsewhere, { cases, locks: locks.tab() });
    const other = gameOn(shared.tab().storage, undefined, { cases, locks: locks.tab() }).game;
    await other.open('other', 'play');
    other.choose(0);
    other.choose(0);
    await other.open('mini', 'play');
    other.choose(0);
    other.leave();
    expect((await here.game.open('mini', 'resume')).outcome).toBe('resumed');
    const stored = JSON.parse(shared.data.getItem(PROGRESS_KEY)!).state;
    expect(stored.plays.mini.seed).toBe(elsewhere.seed);
    expect(stored.plays.mini.decisions.map((d: { chosen: { text: string } }) => d.chosen.text)).toEqual(['Ik wacht af.']);
    expect(stored.plays.other.finished).toBe(true);
    expect(stored.results.other.ending).toBe('hulp');
    expect(stored.history.other).toHaveLength(1);
  });
});
