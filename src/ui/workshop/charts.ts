/**
 * Bar charts as plain HTML tables: every bar has its number and percentage written beside it, so
 * nothing is told by length or colour alone, and a table prints without being cut.
 */
import type { Lang, Strings } from '../../i18n/strings.ts';
import { principleById } from '../../story/principles.ts';
import type { PrincipleResult } from '../../story/scoring.ts';
import { h } from '../dom.ts';
import { reflowTable } from '../table-reflow.ts';
import { WORKSHOP_STRINGS } from '../../i18n/workshop-strings.ts';

export type BarRow = {
  readonly label: string;
  readonly votes: number;
  readonly percent: number;
  /** Short marks after the label, e.g. "✓ chosen". */
  readonly marks?: readonly string[];
};

const bar = (percent: number) => h('span', { class: 'ws-bar', 'aria-hidden': 'true' }, h('span', { class: 'ws-bar-fill', style: `width:${Math.max(0, Math.min(100, percent))}%` }));

/** A vote distribution: one row per option with its bar, count and percentage. */
export function voteChart(rows: readonly BarRow[], caption: string, lang: Lang): HTMLTableElement {
  const w = WORKSHOP_STRINGS[lang];
  return h('table', { class: 'ws-chart' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, w.option), h('th', { scope: 'col' }, w.votesHeader))),
    h('tbody', {}, ...rows.map((r) =>
      h('tr', {},
        h('th', { scope: 'row' }, r.label, ...(r.marks ?? []).map((m) => h('span', { class: 'ws-mark' }, ` ${m}`))),
        h('td', {}, bar(r.percent), h('span', { class: 'ws-count' }, w.voteShare(r.votes, r.percent))),
      ))),
  );
}

/**
 * Principle profiles side by side: one column per path, group or session. On a narrow screen each
 * principle becomes a card that names every column (three sessions and their mean do not fit 320 px).
 */
export function profileTable(columns: ReadonlyArray<{ readonly label: string; readonly results: readonly PrincipleResult[] }>, caption: string, t: Strings, lang: Lang): HTMLTableElement {
  const w = WORKSHOP_STRINGS[lang];
  return reflowTable(h('table', { class: 'ws-profile' },
    // the section heading above says the same; the caption names the table for screen readers
    h('caption', { class: 'ws-sr-only' }, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, w.principle), ...columns.map((c) => h('th', { scope: 'col' }, c.label)))),
    h('tbody', {}, ...(columns[0]?.results ?? []).map((r, i) =>
      h('tr', { 'data-principle': r.principle },
        h('th', { scope: 'row' }, principleById(r.principle).name[lang]),
        ...columns.map((c) => {
          const res = c.results[i]!;
          const pct = Math.round(res.share * 100);
          return h('td', {},
            h('span', { class: 'ws-points' }, w.pointsOfBest(res.points, res.best)),
            ' ',
            h('span', { class: 'ws-share' }, `(${t.shareText(pct)})`),
            bar(pct),
          );
        }),
      ))),
  ));
}
