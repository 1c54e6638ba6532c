/**
 * The hand counts per table at a decision: one number field per option and table, the phones'
 * column counted by the live room, and the total per option. Typing keeps its focus: the totals
 * follow in place, without a new render.
 */
import { displayOptions, PHONES_GROUP } from '../../live/stage.ts';
import type { WorkshopNode, WorkshopSession } from '../../workshop/types.ts';
import { isVoteCount, MAX_VOTES, voteTotals } from '../../workshop/votes.ts';
import { strings } from '../context.ts';
import { h } from '../dom.ts';
import type { StageContext } from './stage-context.ts';

export type VoteTable = {
  /** The table and the line for a count that is not a whole number. */
  readonly parts: readonly HTMLElement[];
  /** Puts the current totals and phone counts in their cells. */
  refresh(node: WorkshopNode): void;
};

export function voteTable(sc: StageContext, s: WorkshopSession, node: WorkshopNode): VoteTable {
  const ws = strings(sc.ctx).workshop;
  const totalCells = new Map<number, HTMLElement>();
  const phoneCells = new Map<number, HTMLElement>();
  const error = h('p', { class: 'ws-error', 'aria-live': 'polite', id: 'ws-count-error' });
  const table = h('table', { class: 'ws-counts' },
    h('caption', {}, ws.countsCaption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ws.option), ...s.groups.map((g) => h('th', { scope: 'col' }, g.name)), h('th', { scope: 'col' }, ws.total))),
    h('tbody', {}, ...displayOptions(s, node).map((o, pos) => {
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
          const input = h('input', {
            type: 'number', min: 0, max: MAX_VOTES, step: 1, inputmode: 'numeric', class: 'ws-count-input',
            value: value === undefined ? '' : String(value),
            'aria-label': ws.countLabel(pos + 1, g.name),
            'aria-describedby': 'ws-count-error',
            'data-key': `count-${pos}-${g.id}`, 'data-group': g.id, 'data-pos': ip,
          });
          input.addEventListener('input', () => {
            const inputs = [...table.querySelectorAll<HTMLInputElement>(`input[data-group="${g.id}"]`)].sort((a, b) => Number(a.dataset.pos) - Number(b.dataset.pos));
            const counts = inputs.map((i) => (i.value.trim() === '' ? 0 : Number(i.value)));
            const bad = inputs.filter((_, i) => !isVoteCount(counts[i]));
            for (const i of inputs) i.setAttribute('aria-invalid', String(bad.includes(i)));
            error.textContent = bad.length > 0 ? ws.countInvalid(MAX_VOTES) : '';
            if (bad.length === 0) sc.w.driver.setVotes(sc.sessionId, node.id, g.id, counts);
          });
          return h('td', {}, input);
        }),
        total,
      );
    })),
  );
  return {
    parts: [table, error],
    refresh(current) {
      // counts changed elsewhere (another tab, an import) show here, except in the box being typed in
      for (const input of table.querySelectorAll<HTMLInputElement>('input.ws-count-input')) {
        if (input === document.activeElement) continue;
        const value = current.votes[input.dataset.group!]?.[Number(input.dataset.pos)];
        const shown = value === undefined ? '' : String(value);
        if (input.value !== shown && input.getAttribute('aria-invalid') !== 'true') input.value = shown;
      }
      const totals = voteTotals(current);
      for (const [ip, cell] of totalCells) cell.textContent = String(totals[ip] ?? 0);
      for (const [ip, cell] of phoneCells) cell.textContent = String(current.votes[PHONES_GROUP]?.[ip] ?? 0);
    },
  };
}
