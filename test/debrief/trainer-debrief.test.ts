import { describe, expect, it } from 'vitest';
import { buildTrainerDebrief, combineDebriefs, CombineError } from '../../src/debrief/trainer-debrief.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import { playOption } from '../../src/workshop/engine.ts';
import { advance, goTo } from '../../src/workshop/session.ts';
import { toggleRoomMark } from '../../src/workshop/marks.ts';
import type { WorkshopSession } from '../../src/workshop/types.ts';
import { miniJson, playPath, ROOM, TABLES, ticking } from '../workshop/helpers.ts';
import { WORKSHOP_STRINGS } from '../../src/i18n/workshop-strings.ts';

const analysis = exploreStory(miniJson);

const best = playPath('best', ROOM, [{ votes: [[14, 2, 1]], choice: 0 }, { votes: [[12, 0, 5]], choice: 0 }]).session;
const tables = playPath('tables', TABLES, [
  { votes: [[1, 0, 4], [3, 1, 1], [0, 0, 5]], choice: 2 },
  { votes: [[2, 3, 0], [0, 4, 1], [1, 1, 3]], choice: 1 },
]);

describe('trainer debrief', () => {
  it('puts the path taken beside the best path the story allows', () => {
    const d = buildTrainerDebrief(best, analysis);
    expect(d.bestPath.map((r) => [r.best?.choice, r.taken?.text, r.same])).toEqual([
      ['Ik spreek Sam rustig aan.', 'Ik spreek Sam rustig aan.', true],
      ['Ik overleg met de aandachtsfunctionaris.', 'Ik overleg met de aandachtsfunctionaris.', true],
    ]);
    expect(d.leftBestPathAt).toBeNull();
    expect(d.results.map((r) => [r.principle, r.points, r.share])).toEqual([['belang', 2, 1], ['geen_schuld', 0, 1], ['verwijzing', 2, 1]]);
    expect(d.against).toEqual([]);
    expect(d.finished).toBe(true);
    expect(d.ending).toEqual({ id: 'hulp', text: 'Sam krijgt hulp.' });

    const t = buildTrainerDebrief(tables.session, analysis);
    expect(t.leftBestPathAt).toBe(1);
    expect(t.bestPath.map((r) => r.same)).toEqual([false, false]);
  });

  it('gives the vote distribution, the choice taken and its scores at each decision', () => {
    const d = buildTrainerDebrief(tables.session, analysis);
    expect(d.decisions).toHaveLength(2);
    const [first, second] = d.decisions;
    expect(first!.options.map((o) => [o.votes, o.percent, o.perGroup])).toEqual([
      // 26.7, 6.7 and 66.7: the two spare points go to the larger counts
      [4, 27, [1, 3, 0]],
      [1, 6, [0, 1, 0]],
      [10, 67, [4, 1, 5]],
    ]);
    expect(first!.totalVotes).toBe(15);
    expect(first!.taken?.choice.text).toBe('Ik vraag: "Waarom spijbel je?"');
    expect(first!.takenBy).toBe('majority');
    expect(first!.taken?.choice.assessment.scores).toEqual({ geen_schuld: -2 });
    expect(first!.prompts).toEqual(['Wanneer spreek je een leerling aan?']);
    expect(second!.options.map((o) => o.votes)).toEqual([3, 8, 4]);
    expect(second!.takenBy).toBe('majority');
    expect(d.totalVotes).toBe(30);
  });

  it('names where the room went against a principle, and what the child needed there', () => {
    const d = buildTrainerDebrief(tables.session, analysis);
    expect(d.against.map((x) => [x.decision, x.principle, x.points, x.needed.text])).toEqual([
      [1, 'geen_schuld', -2, 'Ik spreek Sam rustig aan.'],
      [2, 'verwijzing', -2, 'Ik overleg met de aandachtsfunctionaris.'],
      [2, 'belang', -1, 'Ik overleg met de aandachtsfunctionaris.'],
    ]);
    expect(d.results.map((r) => r.points)).toEqual([-1, -2, -2]);
    expect(d.results.every((r) => r.share === 0)).toBe(true);
  });

  it('gives each group a profile weighted by its votes', () => {
    const d = buildTrainerDebrief(tables.session, analysis);
    const [t1, t2, t3] = d.groupProfiles;
    // table 1: decision 1 = (1*+2 belang, 4*-2 geen_schuld)/5; decision 2 = 2/5 overleg, 3/5 niets
    expect(t1!.group.name).toBe('Tafel 1');
    expect(t1!.votes).toBe(10);
    expect(t1!.results.map((r) => r.points)).toEqual([0.4 - 0.6, -1.6, 0.8 - 1.2].map((x) => Math.round(x * 10) / 10));
    expect(t2!.votes).toBe(10);
    expect(t3!.results.find((r) => r.principle === 'geen_schuld')!.points).toBe(-2);
  });

  it('counts the decisions each group voted at, as only those weigh in its points', () => {
    // table 2 typed no count at the second decision: its points are those of the first alone
    const partial = playPath('partial', TABLES, [
      { votes: [[1, 0, 4], [3, 1, 1], [0, 0, 5]], choice: 2 },
      { votes: [[2, 3, 0], [0, 0, 0], [1, 1, 3]], choice: 1 },
    ]).session;
    const d = buildTrainerDebrief(partial, analysis);
    expect(d.decisions).toHaveLength(2);
    expect(d.groupProfiles.map((g) => [g.group.name, g.decisionsVoted, g.votes])).toEqual([['Tafel 1', 2, 10], ['Tafel 2', 1, 5], ['Tafel 3', 2, 10]]);
    expect(WORKSHOP_STRINGS.nl.groupVotedAt('Tafel 2', 1, 2)).toBe('Tafel 2 (stemde bij 1 van 2 beslissingen)');
    expect(WORKSHOP_STRINGS.en.groupVotedAt('Table 2', 1, 1)).toBe('Table 2 (voted on 1 of 1 decision)');
  });

  it("writes a group's points as its screen's language does: a decimal comma in Dutch, a point in English", () => {
    const t1 = buildTrainerDebrief(tables.session, analysis).groupProfiles[0]!;
    const noBlame = t1.results.find((r) => r.principle === 'geen_schuld')!;
    expect(noBlame.points).toBe(-1.6);
    expect(WORKSHOP_STRINGS.nl.pointsOfBest(noBlame.points, 2.5)).toBe('-1,6 van 2,5');
    expect(WORKSHOP_STRINGS.en.pointsOfBest(noBlame.points, 2.5)).toBe('-1.6 of 2.5');
    expect(WORKSHOP_STRINGS.nl.againstItem(1, 'Geen schuld', -1.5)).toBe('Beslissing 1: Geen schuld -1,5');
  });

  it('lists the room\'s recognition (no marks: every signal on the path missed), the prompts and the "what if" replays', () => {
    let { session, runner } = tables;
    const now = ticking(Date.parse('2026-03-13T10:00:00Z'));
    session = goTo(session, session.root, now());
    session = advance(playOption(session, runner, session.root, 0, now()), now());
    session = playOption(session, runner, session.cursor.node, 0, now());
    const d = buildTrainerDebrief(session, analysis);
    expect(d.recognition.timeline.map((s) => s.id)).toEqual(['verzuim', 'blauwe_plekken']);
    expect([d.recognition.recognised, d.recognition.missed, d.recognition.falseMarks.length]).toEqual([0, 2, 0]);
    expect(d.prompts).toEqual([{ decision: 1, context: 'Wat doe je?', prompts: ['Wanneer spreek je een leerling aan?'] }]);
    expect(d.whatIfs).toHaveLength(1);
    expect(d.whatIfs[0]).toMatchObject({ fromDecision: 1, choice: { text: 'Ik spreek Sam rustig aan.' }, decisions: 1, ending: { id: 'hulp', text: 'Sam krijgt hulp.' }, points: { belang: 2, geen_schuld: 0, verwijzing: 2 } });
    // the replay leaves the debrief of the main path as it was
    expect(d.decisions.map((x) => x.taken?.choice.text)).toEqual(buildTrainerDebrief(tables.session, analysis).decisions.map((x) => x.taken?.choice.text));
  });
});

describe('combined debrief', () => {
  const third = playPath('third', ROOM, [{ votes: [[2, 9, 1]], choice: 1 }, { votes: [[6, 0, 1]], choice: 0 }]).session;
  const debriefs = [best, tables.session, third].map((s) => buildTrainerDebrief(s, analysis));

  it('adds up the votes per decision over sessions', () => {
    const c = combineDebriefs(debriefs, analysis);
    expect(c.sessions.map((s) => s.sessionId)).toEqual(['best', 'tables', 'third']);
    const first = c.decisions[0]!;
    expect(first.sessions).toBe(3);
    expect(first.options.map((o) => [o.votes, o.perSession])).toEqual([
      [20, [14, 4, 2]],
      [12, [2, 1, 9]],
      [12, [1, 10, 1]],
    ]);
    expect(first.options.map((o) => o.takenIn)).toEqual([1, 1, 1]);
    expect(first.options.map((o) => o.bestHere)).toEqual([true, false, false]);
    expect(first.totalVotes).toBe(44);
  });

  it('keeps decisions that only some sessions met apart, in story order', () => {
    const c = combineDebriefs(debriefs, analysis);
    // the second decision reads the same whichever way it was reached
    expect(c.decisions).toHaveLength(2);
    expect(c.decisions[1]!.sessions).toBe(3);
    expect(c.decisions[1]!.options.map((o) => o.votes)).toEqual([12 + 3 + 6, 0 + 8 + 0, 5 + 4 + 1]);
  });

  it('puts the profiles side by side, with the mean', () => {
    const c = combineDebriefs(debriefs, analysis);
    expect(c.sessions.map((s) => s.results.map((r) => r.points))).toEqual([[2, 0, 2], [-1, -2, -2], [-1, 0, 1]]);
    expect(c.meanResults.map((r) => r.points)).toEqual([0, -1, 0]); // means 0, -0.7 and 0.3, shown as whole points
  });

  it('refuses to combine sessions of different cases', () => {
    const other = { ...debriefs[0]!, caseId: 'sylvia', caseTitle: 'Sylvia' };
    expect(() => combineDebriefs([debriefs[0]!, other], analysis)).toThrow(CombineError);
    expect(() => combineDebriefs([], analysis)).toThrow(/Nothing/);
  });

  it("scores the room's marks on its main path against the signals, and adds them up over sessions", () => {
    const now = ticking(Date.parse('2026-03-14T10:00:00Z'));
    const lineOf = (s: WorkshopSession, node: string, text: string) => s.nodes[node]!.lines.findIndex((l) => l.text === text);
    // main path of "best": n0 shows "Sam mist al drie dagen." (verzuim), n1 "Sam heeft blauwe plekken." (blauwe_plekken)
    let marked = toggleRoomMark(best, 'n0', lineOf(best, 'n0', 'Sam mist al drie dagen.'), now());
    marked = toggleRoomMark(marked, 'n0', lineOf(marked, 'n0', 'Wat doe je?'), now());
    marked = toggleRoomMark(marked, 'n1', lineOf(marked, 'n1', 'Sam kijkt op.'), now());
    const d = buildTrainerDebrief(marked, analysis);
    expect(d.recognition.timeline.map((x) => [x.id, x.recognised])).toEqual([['verzuim', true], ['blauwe_plekken', false]]);
    expect([d.recognition.recognised, d.recognition.missed]).toEqual([1, 1]);
    expect(d.recognition.falseMarks.map((m) => m.text)).toEqual(['Wat doe je?', 'Sam kijkt op.']);

    // "tables" marked both signals: together 3 of 4 recognised, 1 missed, 2 false marks
    let other = toggleRoomMark(tables.session, 'n0', lineOf(tables.session, 'n0', 'Sam mist al drie dagen.'), now());
    other = toggleRoomMark(other, 'n1', lineOf(other, 'n1', 'Sam heeft blauwe plekken.'), now());
    const c = combineDebriefs([d, buildTrainerDebrief(other, analysis)], analysis);
    expect(c.recognition).toEqual({ shown: 4, recognised: 3, missed: 1, falseMarks: 2 });
  });
});
