import './reflow.css';

/**
 * A table whose rows become cards on a narrow screen (320 px, or 400% zoom: WCAG 1.4.10). Each
 * cell gets its column's header as `data-label`, which the CSS shows before the cell when the
 * rows stack (`table.reflow` in reflow.css). The table roles are set explicitly, because some
 * browsers drop a table's semantics once its parts are no longer displayed as a table.
 */
export function reflowTable(table: HTMLTableElement): HTMLTableElement {
  table.classList.add('reflow');
  table.setAttribute('role', 'table');
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
  for (const group of table.querySelectorAll('thead, tbody, tfoot')) group.setAttribute('role', 'rowgroup');
  for (const row of table.rows) {
    row.setAttribute('role', 'row');
    [...row.cells].forEach((cell, i) => {
      const inHead = row.parentElement?.tagName === 'THEAD';
      cell.setAttribute('role', inHead ? 'columnheader' : cell.tagName === 'TH' ? 'rowheader' : 'cell');
      if (!inHead && headers[i]) cell.dataset.label = headers[i];
    });
  }
  return table;
}
