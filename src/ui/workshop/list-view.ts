/**
 * The workshop start screen: a new session (case, name, optional groups), the sessions on this
 * device (continue, debrief, export, delete, choose to combine) and the import of a file.
 */
import { dayText } from '../../i18n/dates.ts';
import { exportSessions } from '../../workshop/export.ts';
import { sessionsCsv } from '../../workshop/csv.ts';
import { decisionRows } from '../../workshop/report.ts';
import { isPlayable, mainPath } from '../../workshop/session.ts';
import { combinePolicyProblem } from '../../workshop/policy-check.ts';
import { combineProblem } from '../../workshop/combine.ts';
import type { WorkshopGroup, WorkshopSession } from '../../workshop/types.ts';
import { h } from '../dom.ts';
import { STORY_LANG } from '../../story/meta.ts';
import { langOf, strings, type AppContext } from '../context.ts';
import { policyText } from './policy-text.ts';
import type { View } from '../play-view.ts';
import { downloadText, fileName } from './download.ts';
import type { WorkshopUi } from './workshop-ui.ts';
import { sessionText } from './session-text.ts';
import { workshopText } from './workshop-text.ts';
import { groupName, ROOM_GROUP } from '../../live/stage.ts';
import type { Lang } from '../../i18n/strings.ts';

export const MAX_GROUPS = 12;

/** Groups from the text field: one per line; none means the whole room as one group. */
export function parseGroups(text: string, lang: Lang): WorkshopGroup[] {
  const names = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (names.length === 0) return [{ id: ROOM_GROUP, name: groupName({ id: ROOM_GROUP, name: '' }, lang) }];
  return names.map((name, i) => ({ id: `g${i + 1}`, name: name.slice(0, 60) }));
}

export const exportJson = (sessions: readonly WorkshopSession[], base: string) => {
  const now = new Date();
  downloadText(fileName(base, now, 'json'), exportSessions(sessions, now), 'application/json');
};

export const exportCsv = (sessions: readonly WorkshopSession[], base: string, lang: 'nl' | 'en') =>
  // the byte order mark makes spreadsheet programs read the file as UTF-8
  downloadText(fileName(base, new Date(), 'csv'), `\uFEFF${sessionsCsv(sessions, lang)}`, 'text/csv;charset=utf-8');

export function workshopsView(ctx: AppContext, w: WorkshopUi): View {
  const t = strings(ctx);
  const ws = workshopText(ctx);
  const lang = langOf(ctx);
  const go = ctx.ui.getState().go;

  // new session
  const formError = h('p', { class: 'ws-error', role: 'alert', id: 'ws-form-error' });
  const nameInput = h('input', { type: 'text', id: 'ws-name', name: 'name', required: true, maxlength: 120, autocomplete: 'off', 'aria-describedby': 'ws-name-hint ws-form-error' });
  const groupsInput = h('textarea', { id: 'ws-groups', name: 'groups', rows: 3, 'aria-describedby': 'ws-groups-hint' });
  const cases = ctx.catalog.map((entry, i) =>
    h('label', { class: 'ws-case-option' },
      h('input', { type: 'radio', name: 'case', value: entry.id, checked: i === 0 }),
      h('span', {}, h('strong', {}, entry.meta.titel), ' ', h('span', { class: 'ws-muted' }, `(${strings(ctx).age(entry.meta.leeftijd)}; `, h('span', { lang: STORY_LANG }, entry.meta.rol), ')')),
    ),
  );
  const failsInput = h('input', { type: 'checkbox', id: 'ws-system-fails', name: 'systeem_faalt', 'aria-describedby': 'ws-system-fails-hint' });
  const failsField = h('div', { class: 'ws-field ws-switch' },
    h('label', { for: 'ws-system-fails' }, failsInput, ` ${policyText(ctx).systemFails}`),
    h('p', { class: 'hint', id: 'ws-system-fails-hint' }, policyText(ctx).systemFailsHint),
  );
  const caseOf = (): string | undefined => (form.querySelector('input[name=case]:checked') as HTMLInputElement | null)?.value;
  // the switch is offered only for a case whose story has a "system fails" branch
  const showSwitch = () => {
    const entry = ctx.catalog.find((c) => c.id === caseOf());
    failsField.hidden = !(entry?.switches ?? []).includes('systeem_faalt');
    if (failsField.hidden) failsInput.checked = false;
  };
  const startButton = h('button', { type: 'submit', class: 'primary' }, ws.start);
  const form = h('form', { class: 'ws-new', 'aria-labelledby': 'ws-new-title', novalidate: true },
    h('h2', { id: 'ws-new-title' }, ws.newTitle),
    h('fieldset', {}, h('legend', {}, ws.caseLegend), ...cases),
    h('div', { class: 'ws-field' },
      h('label', { for: 'ws-name' }, ws.nameLabel),
      h('p', { class: 'hint', id: 'ws-name-hint' }, ws.nameHint),
      nameInput,
    ),
    h('div', { class: 'ws-field' },
      h('label', { for: 'ws-groups' }, ws.groupsLabel),
      h('p', { class: 'hint', id: 'ws-groups-hint' }, ws.groupsHint),
      groupsInput,
    ),
    failsField,
    formError,
    startButton,
  );
  form.addEventListener('change', showSwitch);
  showSwitch();
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const name = nameInput.value.trim();
    const groups = parseGroups(groupsInput.value, lang);
    const caseId = caseOf();
    formError.textContent = !name ? ws.nameMissing : groups.length > MAX_GROUPS ? ws.tooManyGroups(MAX_GROUPS) : '';
    nameInput.setAttribute('aria-invalid', String(!name));
    if (formError.textContent || !caseId) {
      (name ? groupsInput : nameInput).focus();
      return;
    }
    const entry = ctx.catalog.find((c) => c.id === caseId)!;
    startButton.disabled = true;
    w.driver
      .start({ name, caseId, caseTitle: entry.meta.titel, build: entry.build, groups, switches: { systeem_faalt: failsInput.checked } })
      .then((s) => go({ name: 'workshop', sessionId: s.id }))
      .catch((e: unknown) => {
        startButton.disabled = false;
        formError.textContent = (e as Error).message;
      });
  });

  // sessions on this device
  const status = h('p', { class: 'ws-status', role: 'status' });
  const alert = h('div', { class: 'ws-error', role: 'alert', id: 'ws-list-alert' });
  const list = h('ul', { class: 'ws-sessions' });
  const chosen = new Set<string>();
  const confirming = new Set<string>();

  const sessionItem = (s: WorkshopSession) => {
    const titleId = `ws-s-${s.id}`;
    const path = mainPath(s);
    const finished = path.at(-1)?.finished ?? false;
    const decided = decisionRows(s, path).filter((r) => r.taken).length;
    const entry = ctx.catalog.find((c) => c.id === s.caseId);
    const known = entry !== undefined;
    // a session of an earlier build of its case is not played on (session.ts): said here, in
    // words, so the trainer knows before opening it; its debrief is what it offers first
    const earlier = known && !isPlayable(s, entry.build);
    const earlierId = `ws-s-${s.id}-earlier`;
    const removeButton = confirming.has(s.id)
      ? h('button', { type: 'button', class: 'ws-danger', 'aria-describedby': titleId, 'data-key': `remove-${s.id}`, onclick: async () => {
          confirming.delete(s.id);
          // a session open in another tab (the room may be running it) is not deleted under it
          if ((await w.store.getState().open(s.id)) === 'elsewhere') {
            renderList(`remove-${s.id}`);
            status.textContent = sessionText(ctx).removeElsewhere(s.name);
            return;
          }
          chosen.delete(s.id);
          w.store.getState().remove(s.id);
          w.store.getState().close(s.id);
          status.textContent = ws.removed(s.name);
          status.focus();
        } }, ws.confirmRemove)
      : h('button', { type: 'button', 'aria-describedby': titleId, 'data-key': `remove-${s.id}`, onclick: () => {
          confirming.add(s.id);
          renderList(`remove-${s.id}`);
        } }, ws.remove);
    return h('li', { class: 'ws-session' },
      h('h3', { id: titleId }, s.name),
      h('p', { class: 'ws-muted' },
        // (not "busy" when it cannot go on: the mark below says why)
        [s.caseTitle, dayText(s.createdAt, lang), ws.decisionsCount(decided), ws.groupsCount(s.groups.length), finished ? ws.finished : earlier ? null : ws.busy].filter(Boolean).join(' · '),
      ),
      known ? null : h('p', { class: 'ws-error' }, ws.unknownCase),
      earlier ? h('p', { class: 'ws-note', id: earlierId, role: 'note' }, sessionText(ctx).earlierBuildListMark) : null,
      h('div', { class: 'actions' },
        known && !earlier ? h('button', { type: 'button', class: 'primary', 'aria-describedby': titleId, onclick: () => go({ name: 'workshop', sessionId: s.id }) }, ws.continue) : null,
        known ? h('button', { type: 'button', class: earlier ? 'primary' : null, 'aria-describedby': earlier ? `${titleId} ${earlierId}` : titleId, onclick: () => go({ name: 'workshop-debrief', sessionId: s.id }) }, ws.debrief) : null,
        known ? h('button', { type: 'button', 'aria-describedby': titleId, onclick: () => go({ name: 'workshop-policy', sessionIds: [s.id] }) }, policyText(ctx).open) : null,
        h('button', { type: 'button', 'aria-describedby': titleId, onclick: () => exportJson([s], s.name) }, ws.exportJson),
        h('button', { type: 'button', 'aria-describedby': titleId, onclick: () => exportCsv([s], s.name, lang) }, ws.exportCsv),
        removeButton,
        h('label', { class: 'ws-check' },
          h('input', { type: 'checkbox', 'aria-describedby': titleId, checked: chosen.has(s.id), onchange: (ev: Event) => {
            if ((ev.target as HTMLInputElement).checked) chosen.add(s.id);
            else chosen.delete(s.id);
          } }),
          ` ${ws.selectForCombine}`,
        ),
      ),
    );
  };

  const combineButton = h('button', { type: 'button', onclick: () => {
    const sessions = [...chosen]
      .map((id) => w.store.getState().sessions[id])
      .filter((s): s is WorkshopSession => !!s)
      .sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.name.localeCompare(y.name));
    const problem = combineProblem(sessions);
    alert.textContent = problem === 'need-two' ? ws.combineNeedTwo : problem === 'different-cases' ? ws.combineSameCase : '';
    if (!alert.textContent) go({ name: 'workshop-combined', sessionIds: sessions.map((s) => s.id) });
  } }, ws.combine);
  const combinePolicyButton = h('button', { type: 'button', onclick: () => {
    const sessions = [...chosen].map((id) => w.store.getState().sessions[id]).filter((s): s is WorkshopSession => !!s);
    const problem = combinePolicyProblem(sessions);
    alert.textContent = problem === 'need-two' ? ws.combineNeedTwo : problem === 'different-regions' ? policyText(ctx).combineRegion : '';
    if (!alert.textContent) go({ name: 'workshop-policy', sessionIds: sessions.map((s) => s.id) });
  } }, policyText(ctx).combine);
  const exportAllButton = h('button', { type: 'button', onclick: () => exportJson(Object.values(w.store.getState().sessions), 'workshops') }, ws.exportAll);
  const listActions = h('div', { class: 'actions' }, combineButton, combinePolicyButton, exportAllButton);

  const renderList = (focusKey?: string) => {
    const sessions = Object.values(w.store.getState().sessions).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    for (const id of [...chosen]) if (!sessions.some((s) => s.id === id)) chosen.delete(id);
    list.replaceChildren(...(sessions.length === 0 ? [h('li', {}, ws.noSessions)] : sessions.map(sessionItem)));
    listActions.hidden = sessions.length === 0;
    if (focusKey) (list.querySelector(`[data-key="${focusKey}"]`) as HTMLElement | null)?.focus();
  };

  // import
  const fileInput = h('input', { type: 'file', id: 'ws-import', accept: 'application/json,.json' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    // a file that cannot be read, or a check that fails on it, is told as a damaged file (never nothing)
    const reading = file.text().then((text) => w.store.getState().importFile(text));
    void reading.catch((e: unknown) => ({ ok: false, problem: { code: 'invalid', detail: e instanceof Error ? e.message : String(e) } }) as const).then((outcome) => {
      if (outcome.ok) {
        alert.replaceChildren();
        status.textContent = ws.importDone(outcome.report.added, outcome.report.updated, outcome.report.unchanged);
      } else {
        status.textContent = '';
        alert.replaceChildren(
          h('p', {}, h('strong', {}, ws.importFailed), ' ', ws.importProblems[outcome.problem.code]),
          h('p', { class: 'ws-muted' }, `${ws.details}: ${outcome.problem.detail}`),
        );
      }
      fileInput.value = '';
    });
  });

  const el = h('section', { class: 'screen ws-list-screen', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, strings(ctx).workshopListTitle),
    h('p', { class: 'tagline' }, ws.listIntro),
    form,
    h('section', { 'aria-labelledby': 'ws-saved-title' },
      h('h2', { id: 'ws-saved-title' }, ws.savedTitle),
      status,
      alert,
      list,
      listActions,
    ),
    h('section', { 'aria-labelledby': 'ws-import-title' },
      h('h2', { id: 'ws-import-title' }, ws.importTitle),
      h('label', { for: 'ws-import' }, ws.importLabel),
      ' ',
      fileInput,
    ),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => go({ name: 'title' }) }, t.backToTitle)),
  );
  status.setAttribute('tabindex', '-1');

  renderList();
  const unsubscribe = w.store.subscribe((s, prev) => {
    if (s.sessions !== prev.sessions) renderList();
  });
  return { el, destroy: unsubscribe };
}
