import { describe, expect, it } from 'vitest';
import { parseCsv, sessionRows, sessionsCsv, toCsv } from '../../src/workshop/csv.ts';
import { decisionRows } from '../../src/workshop/report.ts';
import { playPath, ROOM, TABLES } from './helpers.ts';
import { groupName, PHONES_GROUP, ROOM_GROUP } from '../../src/live/stage.ts';

const a = playPath('a', TABLES, [
  { votes: [[3, 1, 0], [2, 2, 1], [0, 4, 0]], choice: 1 },
  { votes: [[4, 0, 0], [1, 3, 1], [2, 2, 0]], choice: 0 },
]).session;
const b = playPath('b', ROOM, [{ votes: [[1, 5, 10]], choice: 2 }, { votes: [[0, 3, 8]], choice: 2 }]).session;

describe('CSV', () => {
  it('quotes what needs quoting and reads back the same cells', () => {
    const rows = [['plain', 'with, comma', 'say "hi"', 'two\nlines', 3, ''], ['=SUM(A1)', '-2 as text', '@x', '+1', -2, 'é ü']];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['plain', 'with, comma', 'say "hi"', 'two\nlines', '3', ''],
      ["'=SUM(A1)", "'-2 as text", "'@x", "'+1", '-2', 'é ü'],
    ]);
  });

  it('has one row per decision per session, under one header', () => {
    const rows = parseCsv(sessionsCsv([a, b], 'nl'));
    expect(rows).toHaveLength(1 + 2 + 2);
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual([['a', '1'], ['a', '2'], ['b', '1'], ['b', '2']]);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('writes the votes, the choice taken and its scores', () => {
    const [header, first] = parseCsv(sessionsCsv([a], 'nl'));
    const cell = (name: string) => first![header!.indexOf(name)];
    expect(cell('sessie')).toBe('Gemeente Test a');
    expect(cell('casus')).toBe('mini');
    expect(cell('moment')).toBe('Wat doe je?');
    expect(cell('stemmen_totaal')).toBe('13');
    expect(cell('meerderheid')).toBe('Ik wacht af.');
    expect(cell('gekozen')).toBe('Ik wacht af.');
    expect(cell('gekozen_door')).toBe('meerderheid');
    expect([cell('punten_belang'), cell('punten_geen_schuld'), cell('punten_verwijzing')]).toEqual(['-1', '0', '-1']);
    expect(cell('tegen_principe')).toBe('Belang van het kind; Juiste verwijzing');
    expect(cell('beste_keuze_hier')).toBe('Ik spreek Sam rustig aan.');
    expect(cell('stemmen_per_groep')).toBe('Tafel 1: 3/1/0; Tafel 2: 2/2/1; Tafel 3: 0/4/0');
    expect([cell('optie_1'), cell('stemmen_optie_1'), cell('optie_3'), cell('stemmen_optie_3')]).toEqual(['Ik spreek Sam rustig aan.', '5', 'Ik vraag: "Waarom spijbel je?"', '1']);
  });

  it("names the phones' group and the whole room in the file's language, whatever language they were added in; a table as it was named", () => {
    // the phones' group and the room as a Dutch screen added them, beside a table the trainer named
    const groups = [{ id: PHONES_GROUP, name: 'Telefoons' }, { id: ROOM_GROUP, name: 'Zaal' }, { id: 'g1', name: 'Tafel bij het raam' }];
    const s = playPath('p', groups, [{ votes: [[2, 1, 0], [1, 0, 0], [0, 0, 3]], choice: 0 }]).session;
    const perGroup = (lang: 'nl' | 'en') => {
      const [header, first] = parseCsv(sessionsCsv([s], lang));
      return first![header!.indexOf(lang === 'nl' ? 'stemmen_per_groep' : 'votes_per_group')];
    };
    expect(perGroup('nl')).toBe('Telefoons: 2/1/0; Zaal: 1/0/0; Tafel bij het raam: 0/0/3');
    expect(perGroup('en')).toBe('Phones: 2/1/0; Room: 1/0/0; Tafel bij het raam: 0/0/3');
    expect(groupName({ id: PHONES_GROUP, name: 'Phones' }, 'nl')).toBe('Telefoons');
    expect(groupName({ id: 'g', name: 'Phones' }, 'nl')).toBe('Phones');
  });

  it('has English headers in English', () => {
    const [header] = sessionRows([b], 'en');
    expect(header!.slice(0, 10)).toEqual(['session_id', 'session', 'case', 'date', 'decision', 'moment', 'votes_total', 'majority', 'choice_taken', 'taken_by']);
  });

  it('agrees with the decision rows it is made from', () => {
    const rows = parseCsv(sessionsCsv([b], 'en'));
    const facts = decisionRows(b);
    expect(rows.slice(1).map((r) => Number(r[6]))).toEqual(facts.map((f) => f.totalVotes));
  });
});
