/**
 * The room's "niet pluis" marks, which the trainer makes: toggling and unmarking, the M key's
 * latest line, and recognition against the story's signals on the room's main path. Expected
 * figures are counted by hand from the stories below.
 */
import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/story/explorer.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { playOption, startSession } from '../../src/workshop/engine.ts';
import { isMarked, latestMarkableLine, marksOf, roomRecognition, toggleRoomMark } from '../../src/workshop/marks.ts';
import { advance, goTo, setVoteClosed, WorkshopError } from '../../src/workshop/session.ts';
import { exportSessions, parseExport } from '../../src/workshop/export.ts';
import { createWorkshopStore } from '../../src/workshop/store.ts';
import { memoryStorage } from '../../src/state/persistence.ts';
import type { WorkshopSession } from '../../src/workshop/types.ts';
import { miniJson, newMini, ROOM, ticking } from './helpers.ts';
import { compileSource, testHeader } from '../helpers.ts';

const lineAt = (s: WorkshopSession, nodeId: string, text: string): number => {
  const i = s.nodes[nodeId]!.lines.findIndex((l) => l.text === text);
  if (i < 0) throw new Error(`no line "${text}" at ${nodeId}`);
  return i;
};

describe('marking lines for the room', () => {
  it('marks a line, and a second toggle takes the mark away; other marks stay', () => {
    let { session, now } = newMini();
    const root = session.root;
    const signal = lineAt(session, root, 'Sam mist al drie dagen.');
    const question = lineAt(session, root, 'Wat doe je?');
    expect(marksOf(session)).toEqual([]);
    session = toggleRoomMark(session, root, signal, now());
    session = toggleRoomMark(session, root, question, now());
    expect(marksOf(session)).toEqual([{ node: 'n0', line: signal }, { node: 'n0', line: question }]);
    expect(isMarked(session, root, signal)).toBe(true);
    session = toggleRoomMark(session, root, signal, now());
    expect(marksOf(session)).toEqual([{ node: 'n0', line: question }]);
    expect(isMarked(session, root, signal)).toBe(false);
  });

  it('records when a mark changed the session', () => {
    const { session, now } = newMini();
    const before = session.updatedAt;
    const after = toggleRoomMark(session, session.root, lineAt(session, session.root, 'Sam mist al drie dagen.'), now());
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before));
  });

  it('refuses a line that is not there, and the ending', () => {
    let { session, runner, now } = newMini();
    expect(() => toggleRoomMark(session, session.root, 99, now())).toThrow(WorkshopError);
    expect(() => toggleRoomMark(session, 'n9', 0, now())).toThrow(WorkshopError);
    session = advance(playOption(session, runner, session.root, 1, now()), now());
    session = advance(playOption(session, runner, session.cursor.node, 1, now()), now());
    const end = session.nodes[session.cursor.node]!;
    expect(end.finished).toBe(true);
    expect(() => toggleRoomMark(session, end.id, lineAt(session, end.id, 'Sam raakt uit beeld.'), now())).toThrow(WorkshopError);
  });

  it('finds the latest line that can be marked (what the room just read)', () => {
    const { session } = newMini();
    const lines = session.nodes[session.root]!.lines;
    expect(lines[latestMarkableLine(lines)]!.text).toBe('Wat doe je?');
    expect(latestMarkableLine([])).toBe(-1);
  });
});

describe("the room's recognition", () => {
  it('mini: one signal recognised, one missed, one line marked that is no signal', () => {
    // Mini shows "Sam mist al drie dagen." (verzuim) before the first decision and "Sam heeft
    // blauwe plekken." (blauwe_plekken) before the second, on every path.
    let { session, runner, now } = newMini();
    session = toggleRoomMark(session, 'n0', lineAt(session, 'n0', 'Sam mist al drie dagen.'), now());
    session = toggleRoomMark(session, 'n0', lineAt(session, 'n0', 'Wat doe je?'), now());
    session = advance(playOption(session, runner, 'n0', 0, now()), now());
    const r = roomRecognition(session, exploreStory(miniJson).signals);
    expect(r.recognised).toBe(1);
    expect(r.missed).toBe(1);
    expect(r.timeline.map((x) => [x.id, x.recognised])).toEqual([['verzuim', true], ['blauwe_plekken', false]]);
    expect(r.falseMarks.map((m) => m.text)).toEqual(['Wat doe je?']);
    expect(r.otherPaths).toEqual([]);
  });

  it('a mark on a "what if" branch does not count for the main path; signals only elsewhere are apart', () => {
    const source = `${testHeader('Paden')}Maandag. # plek: klaslokaal # tijd: Maandag
Sam komt te laat. # signaal: te_laat # waarom: Steeds te laat komen kan wijzen op nachten elders. # bron: Tip 4
Sam draagt een nieuwe jas.
* [Ik vraag hoe het gaat. #belang: +1 #feedback: Contact. #bron: Tip 6] -> gesprek
* [Ik laat het. #belang: -1 #feedback: Afwachten. #bron: Tip 4] -> later
=== gesprek ===
Sam zegt dat hij geld moet terugbetalen. # signaal: schuld # waarom: Een opgelegde schuld houdt iemand vast. # bron: Tip 4
Sam kijkt op zijn telefoon.
-> einde
=== later ===
Sam is weggebleven. # signaal: verzuim # waarom: Verzuim is een bekend signaal. # bron: Tip 4
-> einde
=== einde ===
Klaar. # einde: klaar
-> END
`;
    const json = compileSource('paden.ink', source);
    const runner = createStoryRunner(json);
    const now = ticking();
    let s = startSession(runner, { id: 'p1', name: 'Paden', caseId: 'paden', caseTitle: 'Paden', groups: ROOM }, now());
    s = toggleRoomMark(s, 'n0', lineAt(s, 'n0', 'Sam komt te laat.'), now());
    s = advance(playOption(s, runner, 'n0', 0, now()), now()); // the room takes "gesprek"
    s = toggleRoomMark(s, s.cursor.node, lineAt(s, s.cursor.node, 'Sam kijkt op zijn telefoon.'), now());
    // "what if we had waited": the branch shows verzuim, and the trainer marks it there
    s = playOption(goTo(s, 'n0', now()), runner, 'n0', 1, now());
    s = advance(s, now());
    const branch = s.cursor.node;
    s = toggleRoomMark(s, branch, lineAt(s, branch, 'Sam is weggebleven.'), now());

    const r = roomRecognition(s, exploreStory(json).signals);
    expect(r.timeline.map((x) => [x.id, x.recognised])).toEqual([['te_laat', true], ['schuld', false]]);
    expect([r.recognised, r.missed]).toEqual([1, 1]);
    expect(r.falseMarks.map((m) => m.text)).toEqual(['Sam kijkt op zijn telefoon.']);
    expect(r.otherPaths.map((x) => x.id)).toEqual(['verzuim']);
    expect(r.share).toBe(0.5);
  });
});

describe('kept with the session', () => {
  it('marks and a closed vote survive storage (a reload) and the export file; a session without them loads with none', () => {
    let { session, now } = newMini();
    const signal = lineAt(session, 'n0', 'Sam mist al drie dagen.');
    session = toggleRoomMark(session, 'n0', signal, now());
    session = setVoteClosed(session, 'n0', true, now());

    const storage = memoryStorage();
    createWorkshopStore(storage, () => {}).getState().put(session);
    const reloaded = createWorkshopStore(storage, () => {}).getState().sessions.s1!;
    expect(reloaded.marks).toEqual([{ node: 'n0', line: signal }]);
    expect(reloaded.nodes.n0!.voteClosed).toBe(true);

    const imported = parseExport(exportSessions([session], now()));
    if (!imported.ok) throw new Error(imported.problem.detail);
    expect(imported.sessions[0]!.marks).toEqual([{ node: 'n0', line: signal }]);
    expect(imported.sessions[0]!.nodes.n0!.voteClosed).toBe(true);

    // an export from before marks: no "marks" and no "voteClosed" at all
    const { marks: _gone, ...old } = session;
    const oldFile = exportSessions([{ ...old, nodes: { ...old.nodes, n0: { ...old.nodes.n0!, voteClosed: undefined } } } as WorkshopSession], now());
    expect(oldFile).not.toContain('"marks"');
    expect(oldFile).not.toContain('"voteClosed"');
    const older = parseExport(oldFile);
    if (!older.ok) throw new Error(older.problem.detail);
    expect(marksOf(older.sessions[0]!)).toEqual([]);
    expect(older.sessions[0]!.nodes.n0!.voteClosed).toBeUndefined();
  });

  it('closes voting at a decision and opens it again', () => {
    let { session, now } = newMini();
    expect(session.nodes.n0!.voteClosed).toBeUndefined();
    session = setVoteClosed(session, 'n0', true, now());
    expect(session.nodes.n0!.voteClosed).toBe(true);
    const same = setVoteClosed(session, 'n0', true, now());
    expect(same).toBe(session);
    session = setVoteClosed(session, 'n0', false, now());
    expect('voteClosed' in session.nodes.n0!).toBe(false);
    expect(() => setVoteClosed(session, 'n9', true, now())).toThrow(WorkshopError);
  });
});
