/**
 * A live session is a workshop session: the phone votes go in as the group "Telefoons", in the
 * story's option order whatever order the screens showed, beside the tables' hand counts; the
 * debrief, the CSV, the JSON export and combining then take them like any group's.
 */
import { describe, expect, it } from 'vitest';
import { buildTrainerDebrief, combineDebriefs } from '../../src/debrief/trainer-debrief.ts';
import { earlierBuildStage, PHONES_GROUP, phoneCountsToKeep, phonesInInkOrder, stageOf } from '../../src/live/stage.ts';
import * as v from 'valibot';
import { MAX_MESSAGE_BYTES, parseMessage, StageSchema } from '../../src/live/protocol.ts';
import { publicView, voteRefusal } from '../../src/live/room.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import { parseCsv, sessionsCsv } from '../../src/workshop/csv.ts';
import { playOption } from '../../src/workshop/engine.ts';
import { exportSessions, parseExport } from '../../src/workshop/export.ts';
import { addGroup, advance, setVotes } from '../../src/workshop/session.ts';
import type { WorkshopSession } from '../../src/workshop/types.ts';
import { miniJson, newMini, playPath, ROOM } from '../workshop/helpers.ts';

const analysis = exploreStory(miniJson);

/** One decision of a live session: hands by the room, phones counted per option id as the phones saw them. */
function decide(s: WorkshopSession, now: () => Date, runner: Parameters<typeof playOption>[1], hands: number[], phonesByInkPosition: number[], choice: number, shownOrder: number[]) {
  const node = s.nodes[s.cursor.node]!;
  s = setVotes(s, node.id, 'zaal', hands, now());
  const stage = stageOf(s, { heading: 'Beslissing', closed: false, lang: 'nl' });
  // what the room's screens showed: the options in the session's display order, the hands with them
  const inkAt = stage.options.map((o) => node.options.findIndex((x) => x.id === o.id));
  expect(inkAt).toEqual(shownOrder);
  expect(stage.hands).toEqual(inkAt.map((i) => hands[i]));
  const phones = inkAt.map((i) => phonesByInkPosition[i]!);
  expect(phonesInInkOrder(stage, node, phones)).toEqual(phonesByInkPosition);
  s = setVotes(s, node.id, PHONES_GROUP, phonesInInkOrder(stage, node, phones), now());
  s = playOption(s, runner, node.id, choice, now());
  return advance(s, now());
}

describe('the phones\' counts a stop keeps', () => {
  it('takes a room\'s counts, but a new room\'s zeros never wipe what an earlier room counted there', () => {
    expect(phoneCountsToKeep(undefined, [0, 0, 0])).toBeNull();
    expect(phoneCountsToKeep(undefined, [2, 0, 1])).toEqual([2, 0, 1]);
    expect(phoneCountsToKeep([2, 0, 1], [2, 0, 1])).toBeNull();
    expect(phoneCountsToKeep([2, 0, 1], [1, 1, 1])).toEqual([1, 1, 1]);
    // the earlier room expired; the new room shows this stop again before anyone voted
    expect(phoneCountsToKeep([12, 3, 5], [0, 0, 0])).toBeNull();
    // the room voted here again: its count is the one now
    expect(phoneCountsToKeep([12, 3, 5], [0, 2, 0])).toEqual([0, 2, 0]);
  });
});

describe('the stage of a stop', () => {
  it('is taken by the server with a tab pasted into the session\'s name, and with an option id in another script', () => {
    const { session } = newMini('tab', ROOM);
    const stage = stageOf({ ...session, name: 'Gemeente Utrecht\t14 mei' }, { heading: 'Beslissing 1', closed: false, lang: 'nl' });
    expect(stage.kicker).toContain('Gemeente Utrecht 14 mei');
    expect(v.safeParse(StageSchema, stage).success).toBe(true);
    const accented = { ...stage, options: stage.options.map((o, i) => ({ ...o, id: `café_×·שָ.0.${i}` })) };
    expect(v.safeParse(StageSchema, accented).success).toBe(true);
    // what is not an id still is not
    expect(v.safeParse(StageSchema, { ...accented, decisionId: 'a b' }).success).toBe(false);
    expect(v.safeParse(StageSchema, { ...accented, decisionId: 'a\u0007b' }).success).toBe(false);
  });

  it('always fits a message the server takes: a stop with very long lines keeps its last lines that fit', () => {
    const { session } = newMini('long', ROOM);
    const node = session.nodes[session.cursor.node]!;
    const long = Array.from({ length: 60 }, (_, i) => ({ ...node.lines[0]!, speaker: null, text: `${i} ${'é'.repeat(1000)}` }));
    const s = { ...session, nodes: { ...session.nodes, [node.id]: { ...node, lines: long } } };
    const stage = stageOf(s, { heading: 'Beslissing', closed: false, lang: 'nl' });
    expect(new TextEncoder().encode(JSON.stringify(stage)).length).toBeLessThanOrEqual(MAX_MESSAGE_BYTES - 1024);
    expect(stage.lines.length).toBeGreaterThan(20);
    expect(stage.lines.length).toBeLessThan(60);
    expect(stage.lines.at(-1)!.text.startsWith('59 ')).toBe(true); // the newest kept
    expect(stage.options.length).toBe(node.options.length);
    // a stop of the shipped size is sent whole
    expect(stageOf(session, { heading: 'Beslissing', closed: false, lang: 'nl' }).lines.length).toBe(node.lines.filter((l) => l.text).length);
  });
});

describe('the stage of a session played on an earlier version of its case', () => {
  it('tells the room in the session\'s language that it cannot go on, as a stage the server takes and no vote is counted at', () => {
    const { session: played } = playPath('oud', ROOM, [{ votes: [[3, 1, 0]], choice: 0 }]);
    const session = { ...played, build: '0000000000000000', name: 'Gemeente Utrecht\t14 mei' };
    const nl = earlierBuildStage(session, 'nl');
    expect(nl).toMatchObject({ heading: 'Gespeeld op een eerdere versie van de casus', finished: true, options: [], hands: [], taken: null, lang: 'nl' });
    expect(nl.kicker).toBe(`${session.caseTitle} · Gemeente Utrecht 14 mei`);
    expect(nl.lines.map((l) => l.text).join(' ')).toContain('kan daarom niet verder');
    const en = earlierBuildStage(session, 'en');
    expect(en).toMatchObject({ heading: 'Played on an earlier version of the case', lang: 'en' });
    expect(en.lines.map((l) => l.text).join(' ')).toContain('cannot go on');

    // the server's own check of a stage message, unchanged
    const code = 'ABCDEF';
    expect(parseMessage('stage', { code, trainerToken: 'a'.repeat(64), stage: nl })).toMatchObject({ ok: true });
    // at no stop of the session: a phone's vote, for it or for an option of the stop before, is refused
    expect(Object.keys(session.nodes)).not.toContain(nl.decisionId);
    const before = stageOf(played, { heading: 'Beslissing 1', closed: false, lang: 'nl' });
    expect(voteRefusal(nl, nl.decisionId, 'x')).not.toBeNull();
    expect(voteRefusal(nl, before.decisionId, before.options[0]?.id ?? 'x')).not.toBeNull();
    const room = { code, trainerHash: '', createdAt: 0, expiresAt: 0, stage: nl, rev: 1 };
    expect(publicView(room, [], 3)).toMatchObject({ voted: 0, counts: null });
  });
});

describe('a live session', () => {
  it('keeps the phone votes as a group through debrief, CSV, JSON and combining', () => {
    let { session, runner, now } = newMini('live', ROOM);
    session = addGroup(session, { id: PHONES_GROUP, name: 'Telefoons' }, now());
    session = decide(session, now, runner, [1, 0, 2], [4, 0, 1], 0, [0, 1, 2]);
    // this session's seed shows the second decision's first two options swapped
    session = decide(session, now, runner, [0, 3, 0], [2, 0, 0], 0, [1, 0, 2]);

    const d = buildTrainerDebrief(session, analysis);
    expect(d.totalVotes).toBe(8 + 5);
    expect(d.groupProfiles.map((g) => [g.group.name, g.votes])).toEqual([['Zaal', 6], ['Telefoons', 7]]);

    const [header, first] = parseCsv(sessionsCsv([session], 'nl'));
    expect(first![header!.indexOf('stemmen_totaal')]).toBe('8');

    const back = parseExport(exportSessions([session], now()));
    if (!back.ok) throw new Error(back.problem.detail);
    expect(back.sessions[0]!.nodes[session.root]!.votes[PHONES_GROUP]).toEqual([4, 0, 1]);

    const hands = playPath('hands', ROOM, [{ votes: [[14, 2, 1]], choice: 0 }, { votes: [[12, 0, 5]], choice: 0 }]).session;
    const both = combineDebriefs([d, buildTrainerDebrief(hands, analysis)], analysis);
    expect(both.sessions.length).toBe(2);
    expect(both.decisions[0]!.options.map((o) => o.votes)).toEqual([5 + 14, 0 + 2, 3 + 1]);
  });
});
