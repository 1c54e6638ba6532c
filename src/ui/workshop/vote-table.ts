/**
 * The hand counts per table at a decision: one number field per option and table, the phones'
 * column counted by the live room, and the total per option. Typing keeps its focus: the totals
 * follow in place, without a new render.
 *
 * A count that is not a whole number from 0 to MAX_VOTES is never stored, so its table's column
 * is not counted until it is put right. The line under the table names every such cell, the cells
 * are marked invalid, and what was typed stays on screen, also through a new render of the panel
 * and a reload of the tab (count-drafts.ts keeps it aside until the column is put right): nothing
 * typed is dropped without a word. `check` refuses the result and the choice meanwhile.
 */
import { displayOptions, groupName, PHONES_GROUP } from '../../live/stage.ts';
import type { WorkshopNode, WorkshopSession } from '../../workshop/types.ts';
import { isVoteCount, MAX_VOTES, voteTotals } from '../../workshop/votes.ts';
import { langOf } from '../context.ts';
import { h } from '../dom.ts';
import type { StageContext } from './stage-context.ts';
import { workshopText } from './workshop-text.ts';

export type VoteTable = {
  /** The table's name, the table (in a region of its own that scrolls when it is wider than the panel) and the line for the counts that are not right. */
  readonly parts: readonly HTMLElement[];
  /** Puts the current totals and phone counts in their cells. */
  refresh(node: WorkshopNode): void;
  /** True when every typed count is stored; otherwise says which are not, puts the focus on the first, and is false. */
  check(): boolean;
};

const countOf = (input: HTMLInputElement) => (input.value.trim() === '' ? 0 : Number(input.value));
/**
 * A field the browser could not read as a number ("1e", "--") has the value '' and `badInput`;
 * it is not an empty field (0). After a new render that text is gone, so the field keeps a mark
 * until it is typed in again.
 */
const isBad = (input: HTMLInputElement) => input.validity.badInput || input.dataset.unread === 'true' || !isVoteCount(countOf(input));

export function voteTable(sc: StageContext, s: WorkshopSession, node: WorkshopNode): VoteTable {
  const ws = workshopText(sc.ctx);
  const lang = langOf(sc.ctx);
  const totalCells = new Map<number, HTMLElement>();
  const phoneCells = new Map<number, HTMLElement>();
  const drafts = sc.w.drafts;
  const draftKey = (groupId: string) => ({ session: sc.sessionId, node: node.id, group: groupId });
  const error = h('p', { class: 'ws-error', 'aria-live': 'polite', id: 'ws-count-error' });
  const shown = displayOptions(s, node);
  const typed = s.groups.filter((g) => g.id !== PHONES_GROUP);
  // the table's name stands above its scrolling region (a caption would scroll out of view with it)
  const caption = h('p', { class: 'ws-counts-caption', id: 'ws-counts-caption' }, ws.countsCaption);
  const table = h('table', { class: 'ws-counts', 'aria-labelledby': 'ws-counts-caption' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ws.option), ...s.groups.map((g) => h('th', { scope: 'col' }, groupName(g, lang))), h('th', { scope: 'col' }, ws.total))),
    h('tbody', {}, ...shown.map((o, pos) => {
      const ip = node.options.indexOf(o);
      const total = h('td', { class: 'ws-total' }, '0');
      totalCells.set(ip, total);
      return h('tr', {},
        h('th', { scope: 'row', title: o.text }, String(pos + 1)),
        ...s.groups.map((g) => {
          const value = node.votes[g.id]?.[ip];
          if (g.id === PHONES_GROUP) {
            // counted by the live room, not typed
            const cell = h('td', { class: 'ws-phone-count', 'data-key': `phones-${pos}` }, String(value ?? 0));
            phoneCells.set(ip, cell);
            return cell;
          }
          const draft = drafts.get(draftKey(g.id));
          const kept = draft?.get(ip);
          const text = draft ? (kept?.value ?? '') : value === undefined ? '' : String(value);
          const input = h('input', {
            type: 'number', min: 0, max: MAX_VOTES, step: 1, inputmode: 'numeric', class: 'ws-count-input',
            value: text,
            'aria-label': ws.countLabel(pos + 1, groupName(g, lang)),
            'aria-describedby': 'ws-count-error',
            'data-key': `count-${pos}-${g.id}`, 'data-group': g.id, 'data-pos': ip,
          });
          if (kept?.bad && text === '') input.dataset.unread = 'true';
          input.addEventListener('input', () => {
            delete input.dataset.unread;
            const column = columnOf(g.id);
            if (column.some(isBad)) drafts.set(draftKey(g.id), new Map(column.map((i) => [Number(i.dataset.pos), { value: i.value, bad: isBad(i) }])));
            else {
              drafts.delete(draftKey(g.id));
              sc.w.driver.setVotes(sc.sessionId, node.id, g.id, column.map(countOf));
            }
            showProblems();
          });
          return h('td', {}, input);
        }),
        total,
      );
    })),
  );

  /** The column's fields in the story's order of the options, as the counts are stored. */
  const columnOf = (groupId: string) => [...table.querySelectorAll<HTMLInputElement>(`input[data-group="${groupId}"]`)].sort((a, b) => Number(a.dataset.pos) - Number(b.dataset.pos));

  /** Marks every field that is not right and names them all, table by table, in the order shown. */
  const showProblems = (): HTMLInputElement[] => {
    const named: Array<{ group: string; options: number[] }> = [];
    const bad: HTMLInputElement[] = [];
    for (const g of typed) {
      const options: number[] = [];
      shown.forEach((o, pos) => {
        const input = table.querySelector<HTMLInputElement>(`input[data-group="${g.id}"][data-pos="${node.options.indexOf(o)}"]`);
        if (!input) return;
        const wrong = isBad(input);
        input.setAttribute('aria-invalid', String(wrong));
        if (!wrong) return;
        bad.push(input);
        options.push(pos + 1);
      });
      if (options.length > 0) named.push({ group: groupName(g, lang), options });
    }
    const text = named.length > 0 ? ws.countsInvalid(MAX_VOTES, named) : '';
    if (error.textContent !== text) error.textContent = text;
    return bad;
  };
  showProblems();

  // four or more tables do not fit a phone or a narrow panel: the table scrolls in a region of its
  // own (WCAG 1.4.10 allows that for a data table), which a keyboard can reach and scroll
  const region = h('div', { class: 'ws-counts-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'ws-counts-caption' }, table);

  return {
    parts: [caption, region, error],
    refresh(current) {
      // counts changed elsewhere (another tab, an import) show here, except in the box being typed
      // in and in a column with a count that is not right (what is typed there is not stored)
      for (const input of table.querySelectorAll<HTMLInputElement>('input.ws-count-input')) {
        if (input === document.activeElement || drafts.has(draftKey(input.dataset.group!))) continue;
        const value = current.votes[input.dataset.group!]?.[Number(input.dataset.pos)];
        const text = value === undefined ? '' : String(value);
        if (input.value !== text) input.value = text;
      }
      const totals = voteTotals(current);
      for (const [ip, cell] of totalCells) cell.textContent = String(totals[ip] ?? 0);
      for (const [ip, cell] of phoneCells) cell.textContent = String(current.votes[PHONES_GROUP]?.[ip] ?? 0);
    },
    check() {
      const bad = showProblems();
      if (bad.length === 0) return true;
      // the field is described by the line that names what is wrong, so moving there says it
      bad[0]!.focus();
      return false;
    },
  };
}
