/**
 * Every saved or imported shape: what the game itself writes is accepted, and each rule a type
 * cannot hold is refused with its reason.
 */
import { describe, expect, it } from 'vitest';
import { createStoryRunner } from '../../src/story/runner.ts';
import { createGame } from '../../src/play/game.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import { PROGRESS_KEY } from '../../src/state/progress-store.ts';
import { SETTINGS_KEY } from '../../src/state/settings-store.ts';
import {
  ActiveCaseSchema, CaseResultSchema, problemOf, ProgressDataSchema, SettingsDataSchema, WorkshopDataSchema, WorkshopExportSchema, WorkshopSessionSchema,
} from '../../src/state/schema.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import { exportSessions } from '../../src/workshop/export.ts';
import { createWorkshopStore, WORKSHOPS_KEY } from '../../src/workshop/store.ts';
import { miniJson, playPath, TABLES } from '../workshop/helpers.ts';
import { catalogEntryOf } from '../helpers.ts';

const catalog = [catalogEntryOf('mini', 'abcdef0123456789', miniJson, exploreStory(miniJson))];
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The progress and settings the game writes after a play in progress, a finished play, and a restart. */
async function writtenByTheGame() {
  const storage = memoryStorage();
  const game = createGame({ createRunner: createStoryRunner, catalog, storage, clock: () => new Date('2026-11-30T10:00:00Z'), random: () => 0.5, onProblem: () => {} });
  await game.open('mini', 'play');
  game.choose(1);
  game.choose(0);
  await game.open('mini', 'play');
  game.choose(2);
  game.settings.getState().update({ lang: 'en', largeText: true });
  return { progress: JSON.parse(storage.getItem(PROGRESS_KEY)!).state, settings: JSON.parse(storage.getItem(SETTINGS_KEY)!).state };
}

const session = () => clone(playPath('s1', TABLES, [{ votes: [[1, 2, 0], [0, 3, 1], [2, 0, 0]], choice: 1 }, { votes: [[1, 1, 1], [0, 0, 2], [1, 0, 0]], choice: 0 }]).session);

describe('what the game writes is accepted', () => {
  it('progress: a play in progress, a finished play in the history, the best result', async () => {
    const { progress } = await writtenByTheGame();
    expect(progress.plays.mini.decisions).toHaveLength(1);
    expect(progress.history.mini).toHaveLength(1);
    expect(problemOf(ProgressDataSchema, progress)).toBeNull();
  });

  it('settings', async () => {
    expect(problemOf(SettingsDataSchema, (await writtenByTheGame()).settings)).toBeNull();
  });

  it('workshop sessions as stored, and the export file', () => {
    const storage = memoryStorage();
    const store = createWorkshopStore(storage, () => {});
    store.getState().put(session());
    expect(problemOf(WorkshopDataSchema, JSON.parse(storage.getItem(WORKSHOPS_KEY)!).state)).toBeNull();
    expect(problemOf(WorkshopExportSchema, JSON.parse(exportSessions([session()], new Date())))).toBeNull();
  });
});

describe('each rule is refused with its reason', () => {
  it('progress and its parts', async () => {
    const { progress } = await writtenByTheGame();
    const play = progress.plays.mini;
    const line = play.log.find((e: { kind: string }) => e.kind === 'line').line;
    const cases: Array<[string, unknown, unknown, string]> = [
      ['a line in an unknown place', ActiveCaseSchema, { ...play, log: [{ kind: 'line', line: { ...line, place: 'maan' } }] }, 'log.0.line.place: must be a place the game knows'],
      ['a speaker that is not text', ActiveCaseSchema, { ...play, log: [{ kind: 'line', line: { ...line, speaker: 5 } }] }, 'log.0.line.speaker: must be text'],
      ['an unknown route role', ActiveCaseSchema, { ...play, log: [{ kind: 'line', line: { ...line, route: 'brandweer' } }] }, 'log.0.line.route: must be a route role the game knows'],
      ['a decision without assessment', ActiveCaseSchema, { ...play, decisions: [{ ...play.decisions[0], chosen: { ...play.decisions[0].chosen, assessment: undefined } }] }, 'decisions.0.chosen.assessment: is missing'],
      ['a score for an unknown principle', ActiveCaseSchema, { ...play, choices: [{ ...play.choices[0], assessment: { ...play.choices[0].assessment, scores: { geluk: 1 } } }] }, 'choices.0.assessment.scores.geluk: must be a principle the game knows'],
      ['a score beyond the scale', ActiveCaseSchema, { ...play, choices: [{ ...play.choices[0], assessment: { ...play.choices[0].assessment, scores: { belang: 40 } } }] }, 'choices.0.assessment.scores.belang: a score must be at most 3'],
      ['a choice without its id', ActiveCaseSchema, { ...play, choices: [{ ...play.choices[0], id: '' }] }, 'choices.0.id: a choice needs its id'],
      ['a play with no choices that is not finished', ActiveCaseSchema, { ...play, choices: [] }, 'a play must have choices open unless it is finished'],
      ['a log that skips a decision', ActiveCaseSchema, { ...play, decisions: [] }, 'the log must name each decision once, in order'],
      ['a play in progress waiting for its result', ActiveCaseSchema, { ...play, unscored: true }, 'only a finished play can wait for its result'],
      ['unscored, but not true', ActiveCaseSchema, { ...play, unscored: false }, 'unscored: unscored must be true or absent'],
      ['a story build that is not a hash', ActiveCaseSchema, { ...play, build: 'v2' }, 'build: must be a story build (16 hex characters)'],
      ['no shares', CaseResultSchema, { ...progress.results.mini, shares: {} }, 'shares.belang: must have a share for every principle'],
      ['an infinite share', CaseResultSchema, { ...progress.results.mini, shares: { ...progress.results.mini.shares, belang: 1e308 * 10 } }, 'shares.belang: a share must be finite'],
      ['a share above 1', CaseResultSchema, { ...progress.results.mini, shares: { ...progress.results.mini.shares, belang: 1e308 } }, 'shares.belang: a share must be at most 1'],
      ['a share below 0', CaseResultSchema, { ...progress.results.mini, shares: { ...progress.results.mini.shares, belang: -0.5 } }, 'shares.belang: a share must be at least 0'],
      ['a finish that is not a date', CaseResultSchema, { ...progress.results.mini, finishedAt: 'gisteren' }, 'finishedAt: must be a date'],
      ['a play filed under another case', ProgressDataSchema, { ...progress, plays: { john: play } }, 'plays: a play must be filed under its own case'],
      ['six finished plays of one case', ProgressDataSchema, { ...progress, history: { mini: Array(6).fill(progress.history.mini[0]) } }, 'history.mini: at most 5 finished plays per case'],
    ];
    for (const [what, schema, value, reason] of cases) expect(problemOf(schema as never, value), what).toBe(reason);
    // an infinite share in JSON is null: refused as not a number
    expect(problemOf(CaseResultSchema, JSON.parse(JSON.stringify({ ...progress.results.mini, shares: { ...progress.results.mini.shares, belang: Infinity } })))).toBe('shares.belang: a share must be a number');
  });

  it('settings', () => {
    const ok = { lang: 'nl', highContrast: false, motion: 'system', largeText: false, notesSeen: [] };
    expect(problemOf(SettingsDataSchema, { ...ok, motion: 'fast' })).toBe('motion: motion must be system or reduced');
    expect(problemOf(SettingsDataSchema, { ...ok, notesSeen: [3] })).toBe('notesSeen.0: must be text');
  });

  it('workshop sessions', () => {
    const s = session();
    const n1 = s.nodes.n1!;
    const cases: Array<[string, unknown, string]> = [
      ['a cursor on an option that does not exist', { ...s, cursor: { node: 'n1', showing: 99 } }, 'its current position shows an option that does not exist'],
      ['a cursor on a stop that does not exist', { ...s, cursor: { node: 'n9', showing: null } }, 'its current position is not one of its decisions'],
      ['a cursor named as an object\'s own method', { ...s, cursor: { node: 'constructor', showing: null } }, 'its current position is not one of its decisions'],
      ['a parent named as an object\'s own method', { ...s, nodes: { ...s.nodes, n1: { ...n1, parent: 'toString' } } }, 'decision n1: its previous decision is missing'],
      ['a next number that is already taken', { ...s, nextNode: 0 }, 'decision n0 is beyond the next free number 0'],
      ['a stop whose id differs inside', { ...s, nodes: { ...s.nodes, n1: { ...n1, id: 'n0' } } }, 'decision n1 has a different id inside'],
      ['two stops for one choice', { ...s, nextNode: 10, nodes: { ...s.nodes, n7: { ...n1, id: 'n7' } } }, 'decision n7 repeats a choice already played from n0'],
      ['a stop whose parent is missing', { ...s, nodes: { ...s.nodes, n1: { ...n1, parent: 'n8' } } }, 'decision n1: its previous decision is missing'],
      ['a second start', { ...s, nodes: { ...s.nodes, n1: { ...n1, parent: null, parentChoice: null } } }, 'decision n1 is a second start'],
      ['a loop', { ...s, nodes: { ...s.nodes, n0: { ...s.nodes.n0!, parent: 'n1', parentChoice: n1.options[0]!.index } } }, 'decision n0: the decisions form a loop'],
      ['votes of an unknown group', { ...s, nodes: { ...s.nodes, n1: { ...n1, votes: { ...n1.votes, t9: [0, 0, 0] } } } }, 'decision n1 has votes of an unknown group "t9"'],
      ['two groups with one id', { ...s, groups: [...s.groups, s.groups[0]!] }, 'two groups have the same id'],
      ['a vote count per option missing', { ...s, nodes: { ...s.nodes, n1: { ...n1, votes: { t1: [1] } } } }, 'nodes.n1: must have one vote count per option'],
      ['a taken choice that is not an option', { ...s, nodes: { ...s.nodes, n1: { ...n1, taken: 42 } } }, 'nodes.n1: took a choice that is not one of its options'],
    ];
    for (const [what, value, reason] of cases) expect(problemOf(WorkshopSessionSchema, value), what).toBe(reason);
  });

  it("workshop sessions: the room's marks and a closed vote", () => {
    const s = session();
    const n0 = s.nodes.n0!;
    const signal = n0.lines.findIndex((l) => l.text === 'Sam mist al drie dagen.');
    // a line with tags only (no text) at the end of the first decision
    const place = n0.lines.length;
    const withPlace = { ...s.nodes, n0: { ...n0, lines: [...n0.lines, { ...n0.lines[signal]!, text: '', signal: null, signalWhy: null, signalSources: [] }] } };
    const end = Object.values(s.nodes).find((n) => n.finished)!;
    const ending = end.lines.findIndex((l) => l.ending !== null);
    expect([signal, place, ending].every((i) => i >= 0)).toBe(true);
    // a session from before marks and closed votes (neither field) still loads; so do both fields
    expect('marks' in s).toBe(false);
    expect(problemOf(WorkshopSessionSchema, s)).toBeNull();
    expect(problemOf(WorkshopSessionSchema, { ...s, marks: [{ node: 'n0', line: signal }], nodes: { ...s.nodes, n0: { ...n0, voteClosed: true } } })).toBeNull();
    const cases: Array<[string, unknown, string]> = [
      ['marks that are not a list', { ...s, marks: { n0: 1 } }, 'marks: must be a list'],
      ['a mark without its line', { ...s, marks: [{ node: 'n0' }] }, 'marks.0.line: is missing'],
      ['a mark with a negative line', { ...s, marks: [{ node: 'n0', line: -1 }] }, 'marks.0.line: must not be negative'],
      ['a mark with more than a decision and a line', { ...s, marks: [{ node: 'n0', line: signal, who: 'Anna' }] }, 'marks.0: a mark names a decision and a line, nothing more'],
      ['a mark on a decision the session does not have', { ...s, marks: [{ node: 'n9', line: 0 }] }, 'a mark names decision n9, which the session does not have'],
      ['a mark on a line that is not there', { ...s, marks: [{ node: 'n0', line: 99 }] }, 'a mark names line 99 of decision n0, which is not there'],
      ['a mark on a line without text', { ...s, nodes: withPlace, marks: [{ node: 'n0', line: place }] }, `a mark names line ${place} of decision n0, which cannot be marked`],
      ['a mark on the ending', { ...s, marks: [{ node: end.id, line: ending }] }, `a mark names line ${ending} of decision ${end.id}, which cannot be marked`],
      ['a line marked twice', { ...s, marks: [{ node: 'n0', line: signal }, { node: 'n0', line: signal }] }, `line ${signal} of decision n0 is marked twice`],
      ['a closed vote that is not true or false', { ...s, nodes: { ...s.nodes, n0: { ...n0, voteClosed: 'ja' } } }, 'nodes.n0.voteClosed: "vote closed" must be true or false'],
    ];
    for (const [what, value, reason] of cases) expect(problemOf(WorkshopSessionSchema, value), what).toBe(reason);
  });

  it('the export file', () => {
    const file = JSON.parse(exportSessions([session()], new Date()));
    expect(problemOf(WorkshopExportSchema, { ...file, sessions: [file.sessions[0], file.sessions[0]] })).toBe('the same session appears twice');
    expect(problemOf(WorkshopExportSchema, { ...file, sessions: [] })).toBe('sessions: the file holds no sessions');
    expect(problemOf(WorkshopDataSchema, { sessions: { other: file.sessions[0] } })).toBe('a session must be filed under its own id');
  });
});
