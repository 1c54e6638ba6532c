import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { WorkshopPolicySchema } from '../../src/workshop/policy-schema.ts';
import { compileInk } from '../../src/story/compile.ts';
import { createStoryRunner } from '../../src/story/runner.ts';
import { exploreStory } from '../../src/story/explorer.ts';
import { playOption, startSession } from '../../src/workshop/engine.ts';
import { advance, setVotes } from '../../src/workshop/session.ts';
import { addAction, emptyPolicy, policyQuestionKey, removeAction, routeEntryFor, setAnswer, setRegion, setRouteEntry } from '../../src/workshop/policy.ts';
import { canCombinePolicy, combinePolicyProblem, policyCheck, policyCheckCsv, policyCheckJson } from '../../src/workshop/policy-check.ts';
import { parseCsv } from '../../src/workshop/csv.ts';
import { exportSessions, parseExport } from '../../src/workshop/export.ts';
import type { WorkshopSession } from '../../src/workshop/types.ts';
import { ticking } from './helpers.ts';

const SOURCE = [
  '# titel: Beleid', '# kind: Kim, 15 jaar', '# leeftijd: 15', '# thema: t', '# rol: r', '# duur: 5', '# inhoud: i',
  'VAR systeem_faalt = false',
  'Kim vertelt iets. # beleidsvraag: Tip 8: Heeft onze gemeente een routekaart?',
  '+ [Ik bel de zorgcoördinator. #verwijzing: +2 #feedback: f #bron: Tip 8] -> verder',
  '+ [Ik wacht af. #belang: -1 #feedback: f #bron: Tip 4] -> anders',
  '=== verder ===',
  'De zorgcoördinator neemt op. # route: zorgcoordinator # beleidsvraag: Tip 6: Wie betaalt gespecialiseerde zorg na 18?',
  '{ systeem_faalt:', '  -> geen_plek', '}',
  '+ [Ik zoek samen met Kim een plek. #belang: +2 #feedback: f #bron: VRK art. 12] -> eind',
  '=== anders ===',
  'Niemand doet iets. # beleidsvraag: Tip 5: Wat registreren we, en bij wie?',
  '+ [Ik kijk later nog eens. #belang: -1 #feedback: f #bron: Tip 5] -> eind',
  '=== geen_plek ===',
  'Er is geen plek voor Kim in de regio. # einde: geen_plek',
  '-> END',
  '=== eind ===',
  'Kim krijgt hulp. # einde: hulp',
  '-> END',
].join('\n');
const compiled = compileInk('beleid.ink', { resolve: (n) => n, read: () => SOURCE });
if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
const json = compiled.json;

function played(id: string, region: string, choice: 'zorg' | 'wacht', systemFails = false): WorkshopSession {
  const now = ticking();
  const runner = createStoryRunner(json, { switches: { systeem_faalt: systemFails } });
  let s = startSession(runner, { id, name: `Sessie ${id}`, caseId: 'beleid', caseTitle: 'Beleid', groups: [{ id: 'zaal', name: 'Zaal' }], switches: { systeem_faalt: systemFails } }, now());
  s = { ...s, policy: setRegion(s.policy, region) };
  s = setVotes(s, 'n0', 'zaal', [7, 3], now());
  const pick = s.nodes.n0!.options.find((o) => (choice === 'zorg' ? o.text.includes('zorgcoördinator') : o.text.includes('wacht')))!;
  s = playOption(s, runner, 'n0', pick.index, now());
  s = advance(s, now());
  return s;
}

describe('the route map and answers', () => {
  it('fills in, clears and trims entries, and finds the entry for a role the story names', () => {
    let p = setRouteEntry(emptyPolicy(), 'zorgcoordinator', { organisation: '  Zorgcoördinatie Twente ', contact: '053 000 00 00' });
    expect(routeEntryFor(p.routeMap, 'zorgcoordinator')).toEqual({ organisation: 'Zorgcoördinatie Twente', contact: '053 000 00 00' });
    expect(routeEntryFor(p.routeMap, 'csg')).toBeNull();
    expect(routeEntryFor(p.routeMap, null)).toBeNull();
    p = setRouteEntry(p, 'zorgcoordinator', { organisation: ' ', contact: '' });
    expect(p.routeMap.entries).toEqual({});
  });

  it('keeps answers and actions, and removes an answer that is emptied', () => {
    let p = setAnswer(emptyPolicy(), '8:Vraag?', 'Nee, nog niet.');
    p = addAction(p, 8, 'Routekaart maken met de regio');
    p = addAction(p, 5, '   ');
    expect(p.answers).toEqual({ '8:Vraag?': 'Nee, nog niet.' });
    expect(p.actions).toEqual([{ tip: 8, text: 'Routekaart maken met de regio' }]);
    expect(setAnswer(p, '8:Vraag?', '').answers).toEqual({});
    expect(removeAction(p, 0).actions).toEqual([]);
    expect(() => addAction(p, 11 as never, 'x')).toThrow();
  });

  it('keeps at most as many actions as a save may hold: one more is not added, and the session stays valid', () => {
    let p = emptyPolicy();
    for (let i = 0; i < 205; i++) p = addAction(p, 8, `Actie ${i + 1}`);
    expect(p.actions).toHaveLength(200);
    expect(p.actions.at(-1)!.text).toBe('Actie 200');
    expect(v.safeParse(WorkshopPolicySchema, p).success).toBe(true);
  });
});

describe('the system-fails switch in a session', () => {
  it('is kept in the session and leads the room into the branch where the system fails', () => {
    const off = played('a', 'Twente', 'zorg');
    const on = played('b', 'Twente', 'zorg', true);
    expect(on.policy.switches).toEqual({ systeem_faalt: true });
    const endText = (s: WorkshopSession) => Object.values(s.nodes).flatMap((n) => n.lines.map((l) => l.text));
    expect(endText(on)).toContain('Er is geen plek voor Kim in de regio.');
    expect(endText(off)).not.toContain('Er is geen plek voor Kim in de regio.');
  });
});

describe('the beleidscheck', () => {
  const analysis = exploreStory(json);

  it('lists per tip the decisions that touched it, the questions met and not met with their answers, and the actions', () => {
    let s = played('a', 'Twente', 'zorg');
    const q8 = policyQuestionKey({ tip: 8, question: 'Heeft onze gemeente een routekaart?' });
    s = { ...s, policy: addAction(setAnswer(s.policy, q8, 'Er is er een, maar niemand kent hem.'), 8, 'Routekaart delen met scholen') };
    const check = policyCheck([{ session: s, analysis }]);
    expect(check.tips.map((t) => t.tip)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const tip8 = check.tips.find((t) => t.tip === 8)!;
    expect(tip8.decisions).toHaveLength(1);
    expect(tip8.decisions[0]).toMatchObject({ decision: 1, votes: 10, taken: 'Ik bel de zorgcoördinator.' });
    expect(tip8.questions).toEqual([expect.objectContaining({ question: 'Heeft onze gemeente een routekaart?', answer: 'Er is er een, maar niemand kent hem.', met: true })]);
    expect(tip8.actions.map((a) => a.text)).toEqual(['Routekaart delen met scholen']);
    // tip 4 is cited by the option the room did not take at the first decision: still touched there
    expect(check.tips.find((t) => t.tip === 4)!.decisions).toHaveLength(1);
    // the tip-5 question lies on the path not taken; the tip-6 question on the path taken
    expect(check.tips.find((t) => t.tip === 5)!.questions[0]).toMatchObject({ met: false, answer: null });
    expect(check.tips.find((t) => t.tip === 6)!.questions[0]).toMatchObject({ met: true });
    expect(check.tips.find((t) => t.tip === 1)).toEqual({ tip: 1, decisions: [], questions: [], actions: [] });
  });

  it('combines sessions of one region only', () => {
    const a = played('a', 'Twente', 'zorg');
    const b = played('b', 'twente ', 'wacht');
    const c = played('c', 'Utrecht', 'zorg');
    expect(canCombinePolicy([a, b])).toBe(true);
    expect(canCombinePolicy([a, c])).toBe(false);
    expect([combinePolicyProblem([a]), combinePolicyProblem([a, b]), combinePolicyProblem([a, c])]).toEqual(['need-two', null, 'different-regions']);
    expect(() => policyCheck([{ session: a, analysis }, { session: c, analysis }])).toThrow(/one region/);
    const both = policyCheck([{ session: a, analysis }, { session: b, analysis }]);
    expect(both.sessions.map((s) => s.sessionId)).toEqual(['a', 'b']);
    const tip5 = both.tips.find((t) => t.tip === 5)!;
    expect(tip5.questions.map((q) => [q.sessionId, q.met])).toEqual([['a', false], ['b', true]]);
  });

  it('writes CSV with a row per decision, question and action, and JSON that reads back', () => {
    let s = played('a', 'Twente', 'zorg');
    s = { ...s, policy: addAction(s.policy, 9, '=Jongeren laten meelezen') };
    const check = policyCheck([{ session: s, analysis }]);
    const rows = parseCsv(policyCheckCsv(check, 'nl'));
    expect(rows[0]).toEqual(['tip', 'tip_titel', 'soort', 'sessie', 'casus', 'tekst', 'antwoord_of_keuze', 'stemmen', 'op_pad']);
    expect(rows.filter((r) => r[2] === 'actie')).toEqual([['9', 'Betrek kinderen, jongeren en ervaringsdeskundigen', 'actie', 'Sessie a', 'Beleid', "'=Jongeren laten meelezen", '', '', '']]);
    expect(rows.filter((r) => r[2] === 'beleidsvraag').map((r) => [r[0], r[8]])).toEqual([['5', '0'], ['6', '1'], ['8', '1']]);
    const back = JSON.parse(policyCheckJson(check, new Date('2026-11-30T12:00:00Z')));
    expect(back.format).toBe('niet-pluis.beleidscheck');
    expect(back.tips).toHaveLength(10);
  });
});

describe('sessions with a policy lens in export files', () => {
  it('export and import the route map, answers and switches; a version-1 file gets an empty lens', () => {
    let s = played('a', 'Twente', 'zorg', true);
    s = { ...s, policy: setRouteEntry(s.policy, 'veilig_thuis', { organisation: 'Veilig Thuis Twente', contact: '0800-2000' }) };
    const back = parseExport(exportSessions([s], new Date()));
    expect(back.ok && back.sessions[0]!.policy).toEqual(s.policy);
    const { policy: _gone, ...old } = s;
    const v1 = parseExport(JSON.stringify({ format: 'niet-pluis.workshop-sessions', version: 1, exportedAt: new Date().toISOString(), sessions: [old] }));
    expect(v1.ok && v1.sessions[0]!.policy).toEqual(emptyPolicy());
  });

  it('refuses a session whose route map names an unknown role or whose action names no tip', () => {
    const s = played('a', 'Twente', 'zorg');
    const bad1 = { ...s, policy: { ...s.policy, routeMap: { region: '', entries: { burgemeester: { organisation: 'x', contact: 'y' } } } } };
    const bad2 = { ...s, policy: { ...s.policy, actions: [{ tip: 12, text: 'x' }] } };
    for (const bad of [bad1, bad2]) {
      const r = parseExport(JSON.stringify({ format: 'niet-pluis.workshop-sessions', version: 2, exportedAt: new Date().toISOString(), sessions: [bad] }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.detail).toMatch(/policy/);
    }
  });
});
