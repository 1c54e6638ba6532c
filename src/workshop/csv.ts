/**
 * CSV of workshop sessions for a spreadsheet: one row per decision per session (RFC 4180: commas,
 * quotes doubled, CRLF). Text that a spreadsheet would run as a formula is prefixed with '.
 */
import { PRINCIPLE_IDS, principleById } from '../story/principles.ts';
import type { Lang } from '../i18n/strings.ts';
import { decisionRows } from './report.ts';
import { groupName } from '../live/stage.ts';
import type { WorkshopSession } from './types.ts';

export type Cell = string | number;

const needsQuotes = /[",\r\n]/;

function cellText(c: Cell): string {
  if (typeof c === 'number') return String(c);
  const safe = /^[=+\-@\t\r]/.test(c) ? `'${c}` : c;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes rows as CSV text. */
export const toCsv = (rows: ReadonlyArray<readonly Cell[]>): string => rows.map((r) => r.map(cellText).join(',')).join('\r\n') + '\r\n';

/** Reads CSV text (RFC 4180) into rows of strings: the inverse of toCsv, for tests and checks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const HEADERS = {
  nl: {
    sessionId: 'sessie_id', session: 'sessie', caseId: 'casus', date: 'datum', decision: 'beslissing', moment: 'moment',
    votes: 'stemmen_totaal', majority: 'meerderheid', choice: 'gekozen', takenBy: 'gekozen_door', points: 'punten',
    against: 'tegen_principe', best: 'beste_keuze_hier', perGroup: 'stemmen_per_groep', option: 'optie', optionVotes: 'stemmen_optie',
    byMajority: 'meerderheid', byTrainer: 'trainer',
  },
  en: {
    sessionId: 'session_id', session: 'session', caseId: 'case', date: 'date', decision: 'decision', moment: 'moment',
    votes: 'votes_total', majority: 'majority', choice: 'choice_taken', takenBy: 'taken_by', points: 'points',
    against: 'against_principle', best: 'best_choice_here', perGroup: 'votes_per_group', option: 'option', optionVotes: 'votes_option',
    byMajority: 'majority', byTrainer: 'trainer',
  },
} as const;

/** The CSV rows for these sessions: a header, then one row per decision on each session's path. */
export function sessionRows(sessions: readonly WorkshopSession[], lang: Lang): Cell[][] {
  const h = HEADERS[lang];
  const perSession = sessions.map((s) => ({ s, rows: decisionRows(s) }));
  const width = Math.max(0, ...perSession.flatMap(({ rows }) => rows.map((r) => r.options.length)));
  const header: Cell[] = [
    h.sessionId, h.session, h.caseId, h.date, h.decision, h.moment, h.votes, h.majority, h.choice, h.takenBy,
    ...PRINCIPLE_IDS.map((id) => `${h.points}_${id}`), h.against, h.best, h.perGroup,
    ...Array.from({ length: width }, (_, i) => [`${h.option}_${i + 1}`, `${h.optionVotes}_${i + 1}`]).flat(),
  ];
  const body = perSession.flatMap(({ s, rows }) =>
    rows.map<Cell[]>((r) => [
      s.id,
      s.name,
      s.caseId,
      s.createdAt.slice(0, 10),
      r.number,
      r.context,
      r.totalVotes,
      r.options.find((o) => o.majority)?.choice.text ?? '',
      r.taken?.choice.text ?? '',
      r.takenBy === 'majority' ? h.byMajority : r.takenBy === 'trainer' ? h.byTrainer : '',
      ...PRINCIPLE_IDS.map((id) => (r.taken ? (r.taken.choice.assessment.scores[id] ?? 0) : '')),
      r.against.map((id) => principleById(id).name[lang]).join('; '),
      r.best.choice.text,
      s.groups.map((g, gi) => `${groupName(g, lang)}: ${r.options.map((o) => o.perGroup[gi]).join('/')}`).join('; '),
      ...Array.from({ length: width }, (_, i) => {
        const o = r.options[i];
        return o ? [o.choice.text, o.votes] : ['', ''];
      }).flat(),
    ]),
  );
  return [header, ...body];
}

/** The CSV file for these sessions. */
export const sessionsCsv = (sessions: readonly WorkshopSession[], lang: Lang): string => toCsv(sessionRows(sessions, lang));
