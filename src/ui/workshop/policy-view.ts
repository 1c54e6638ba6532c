/**
 * The beleidscheck screen: the local route map, and per tip of the guide what the session showed,
 * the room's answers to the policy questions and the actions the municipality takes home. For one
 * session everything can be typed in; several sessions of one region are shown side by side.
 * Printable on A4, one tip per block; exportable as CSV and JSON.
 */
import { canCombinePolicy, policyCheck, policyCheckCsv, policyCheckJson, type TipCheck } from '../../workshop/policy-check.ts';
import { addAction, MAX_POLICY_ACTIONS, removeAction, setAnswer, setRegion, setRouteEntry, type WorkshopPolicy } from '../../workshop/policy.ts';
import type { WorkshopSession } from '../../workshop/types.ts';
import { ROUTE_ROLE_IDS, ROUTE_ROLES } from '../../story/route-roles.ts';
import { GUIDE_TIPS } from '../../story/sources.ts';
import { focusHeading, h, storyText } from '../dom.ts';
import { langOf, type AppContext } from '../context.ts';
import { policyText } from './policy-text.ts';
import type { View } from '../play-view.ts';
import { downloadText, fileName } from './download.ts';
import type { WorkshopUi } from './workshop-ui.ts';
import { sessionText } from './session-text.ts';
import { workshopText } from './workshop-text.ts';

export function policyView(ctx: AppContext, w: WorkshopUi, sessionIds: readonly string[]): View {
  const p = policyText(ctx);
  const lang = langOf(ctx);
  const go = ctx.ui.getState().go;
  const el = h('section', { class: 'screen ws-policy-screen', 'aria-labelledby': 'screen-title' });
  const status = h('p', { class: 'ws-status ws-no-print', role: 'status' });

  const sessionsNow = (): WorkshopSession[] => sessionIds.map((id) => w.store.getState().sessions[id]).filter((s): s is WorkshopSession => !!s);
  const editable = sessionIds.length === 1;
  const change = (f: (policy: WorkshopPolicy) => WorkshopPolicy) => {
    // deleted in another tab meanwhile: say so, rather than type into nothing
    if (!w.store.getState().sessions[sessionIds[0]!]) return render();
    w.store.getState().update(sessionIds[0]!, (s) => ({ ...s, policy: f(s.policy), updatedAt: new Date().toISOString() }));
    status.textContent = p.saved;
  };

  const routeMapSection = (s: WorkshopSession): HTMLElement => {
    const map = s.policy.routeMap;
    // the map as a list: the only view of another session's map, and what is printed of this one
    const list = (cls: string) => h('dl', { class: cls }, ...ROUTE_ROLE_IDS.flatMap((role) => {
      const e = map.entries[role];
      return [h('dt', {}, ROUTE_ROLES[role][lang]), h('dd', {}, e ? [e.organisation, e.contact].filter(Boolean).join(' · ') : p.routeMissing)];
    }));
    if (!editable) {
      return h('section', { class: 'ws-routemap', 'aria-labelledby': `ws-rm-${s.id}` },
        h('h2', { id: `ws-rm-${s.id}` }, `${p.routeMap}: ${s.name}`),
        list('ws-routemap-list'));
    }
    const field = (id: string, label: string, value: string, onChange: (v: string) => void) => {
      const input = h('input', { type: 'text', id, value, maxlength: 200, autocomplete: 'off' });
      input.addEventListener('input', () => onChange(input.value));
      return h('div', { class: 'ws-field' }, h('label', { for: id }, label), input);
    };
    return h('section', { class: 'ws-routemap', 'aria-labelledby': 'ws-rm-title' },
      h('h2', { id: 'ws-rm-title' }, p.routeMap),
      list('ws-routemap-list ws-print-only'),
      h('div', { class: 'ws-routemap-form ws-no-print' },
      h('p', { class: 'hint' }, p.routeMapIntro),
      field('ws-rm-region', p.region, map.region, (v) => change((pol) => setRegion(pol, v))),
      ...ROUTE_ROLE_IDS.map((role) => {
        const e = map.entries[role] ?? { organisation: '', contact: '' };
        return h('fieldset', { class: 'ws-rm-role' },
          h('legend', {}, ROUTE_ROLES[role][lang]),
          field(`ws-rm-${role}-org`, p.organisation, e.organisation, (v) => change((pol) => setRouteEntry(pol, role, { organisation: v, contact: pol.routeMap.entries[role]?.contact ?? '' }))),
          field(`ws-rm-${role}-contact`, p.contact, e.contact, (v) => change((pol) => setRouteEntry(pol, role, { organisation: pol.routeMap.entries[role]?.organisation ?? '', contact: v }))),
        );
      })),
    );
  };

  const tipBlock = (tip: TipCheck, multi: boolean): HTMLElement => {
    const id = `ws-tip-${tip.tip}`;
    const who = (x: { sessionName: string }) => (multi ? `${x.sessionName}: ` : '');
    const questions = tip.questions.length === 0
      ? h('p', { class: 'ws-muted' }, p.noQuestions)
      : h('ul', { class: 'ws-policy-questions' }, ...tip.questions.map((q, i) => {
          const label = h('p', { class: 'ws-question' }, who(q), storyText(q.question), q.met ? null : h('span', { class: 'ws-muted' }, ` (${p.otherPath})`));
          if (!editable) return h('li', {}, label, h('p', {}, q.answer ?? p.noAnswer));
          const areaId = `${id}-q${i}`;
          const area = h('textarea', { id: areaId, rows: 2, maxlength: 2000, 'aria-label': p.answerLabel(q.question) });
          area.value = q.answer ?? '';
          area.addEventListener('input', () => change((pol) => setAnswer(pol, q.key, area.value)));
          return h('li', {}, label, area, h('p', { class: 'ws-print-answer' }, q.answer ?? p.noAnswer));
        }));
    const actionList = tip.actions.length === 0
      ? h('p', { class: 'ws-muted' }, p.noActions)
      : h('ul', {}, ...tip.actions.map((a, i) => h('li', {}, who(a), a.text, editable
          ? h('button', { type: 'button', class: 'ws-no-print', 'aria-label': `${p.removeAction}: ${a.text}`, onclick: () => {
            change((pol) => removeAction(pol, indexOfAction(pol, tip.tip, i)));
            render(`${id}-new`); // (the button is gone: the focus goes to adding an action to this tip)
          } }, p.removeAction)
          : null)));
    let adder: HTMLElement | null = null;
    if (editable) {
      const inputId = `${id}-new`;
      const input = h('input', { type: 'text', id: inputId, maxlength: 2000, autocomplete: 'off' });
      const form = h('form', { class: 'ws-add-action ws-no-print' }, h('label', { for: inputId }, p.actionLabel(tip.tip)), input, h('button', { type: 'submit' }, p.addAction));
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        if (!input.value.trim()) return input.focus();
        if (sessionsNow()[0]!.policy.actions.length >= MAX_POLICY_ACTIONS) {
          status.textContent = p.actionsFull(MAX_POLICY_ACTIONS);
          return input.focus();
        }
        change((pol) => addAction(pol, tip.tip, input.value));
        render(inputId);
      });
      adder = form;
    }
    return h('article', { class: 'ws-tip', 'aria-labelledby': id, 'data-tip': tip.tip },
      h('h2', { id }, `${p.tipN(tip.tip)}: ${GUIDE_TIPS[tip.tip][lang]}`),
      h('h3', {}, p.decisionsTouched),
      tip.decisions.length === 0
        ? h('p', { class: 'ws-muted' }, p.noDecisions)
        : h('ul', {}, ...tip.decisions.map((d) => h('li', {},
            h('span', { class: 'label' }, `${who(d)}${p.decisionLine(d.decision, d.votes)}`), ' ',
            d.context ? storyText(`“${d.context}”`) : null, ' ',
            h('span', {}, `${p.takenLabel}: `), d.taken ? storyText(d.taken) : p.notTaken))),
      h('h3', {}, p.questions),
      questions,
      h('h3', {}, p.actions),
      actionList,
      adder,
    );
  };

  const render = (focusId?: string) => {
    const sessions = sessionsNow();
    if (sessions.length !== sessionIds.length || !canCombinePolicy(sessions)) {
      const wasHere = el.contains(document.activeElement);
      const missing = sessionIds.length - sessions.length;
      const why = missing === 0 ? p.combineRegion : sessionIds.length === 1 ? workshopText(ctx).sessionNotFound : sessionText(ctx).sessionsMissing(missing, sessionIds.length);
      el.replaceChildren(h('h1', { id: 'screen-title' }, p.title), h('p', {}, why),
        h('button', { type: 'button', class: 'primary', onclick: () => go({ name: 'workshops' }) }, workshopText(ctx).toList));
      if (wasHere) focusHeading(el.querySelector('h1'));
      return;
    }
    const checkOf = (now: readonly WorkshopSession[]) => policyCheck(now.map((s) => ({ session: s, analysis: w.analysisOf(s.caseId) })));
    const check = checkOf(sessions);
    // an export takes what is saved at the click, also what was typed since this screen was drawn
    const exported = (kind: 'csv' | 'json') => {
      const now = checkOf(sessionsNow());
      const base = sessions.length === 1 ? sessions[0]!.name : now.region || 'beleidscheck';
      if (kind === 'csv') downloadText(fileName(`beleidscheck-${base}`, new Date(), 'csv'), `\uFEFF${policyCheckCsv(now, lang)}`, 'text/csv;charset=utf-8');
      else downloadText(fileName(`beleidscheck-${base}`, new Date(), 'json'), policyCheckJson(now, new Date()), 'application/json');
    };
    el.replaceChildren(
      h('h1', { id: 'screen-title' }, `${p.title}${check.region ? `: ${check.region}` : ''}`),
      h('p', { class: 'tagline' }, p.intro),
      h('section', { 'aria-labelledby': 'ws-pol-sessions' },
        h('h2', { id: 'ws-pol-sessions' }, p.sessions),
        h('ul', {}, ...check.sessions.map((s) => h('li', {}, `${s.sessionName} · ${s.caseTitle} · ${s.finished ? p.finished : p.unfinished}${s.switches.systeem_faalt ? ` · ${p.systemFailsOn}` : ''}`)))),
      ...sessions.map(routeMapSection),
      status,
      ...check.tips.map((tip) => tipBlock(tip, sessions.length > 1)),
      h('div', { class: 'actions ws-no-print' },
        // (the printed copies are drawn again before any print: `beforePrint` below)
        h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, p.print),
        h('button', { type: 'button', onclick: () => exported('csv') }, p.exportCsv),
        h('button', { type: 'button', onclick: () => exported('json') }, p.exportJson),
        sessions.length === 1 ? h('button', { type: 'button', onclick: () => go({ name: 'workshop', sessionId: sessions[0]!.id }) }, p.toSession) : null,
        h('button', { type: 'button', onclick: () => go({ name: 'workshops' }) }, workshopText(ctx).toList),
      ),
    );
    const target = focusId ? (el.querySelector(`#${focusId}`) as HTMLElement | null) : null;
    target?.focus();
    // (typing goes on where it was: at the end of what is there)
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) target.setSelectionRange(target.value.length, target.value.length);
  };

  render();
  // re-render on changes from elsewhere (another tab), but not under the trainer's typing
  const unsubscribe = w.store.subscribe((s, prev) => {
    if (s.sessions === prev.sessions) return;
    const typing = el.contains(document.activeElement) && document.activeElement?.matches('input, textarea');
    // a session deleted in another tab is said at once, also under the trainer's typing
    if (typing && sessionIds.every((id) => s.sessions[id])) return;
    render();
  });
  // the printed copies (the answers, the route map, the region in the heading) are drawn again
  // first, with what was typed since: from the button and from the browser's own print alike
  const beforePrint = () => render(el.contains(document.activeElement) && document.activeElement?.id ? document.activeElement.id : undefined);
  addEventListener('beforeprint', beforePrint);
  return { el, destroy: () => (unsubscribe(), removeEventListener('beforeprint', beforePrint)) };
}

/** The position in the session's action list of the i-th action of one tip. */
function indexOfAction(policy: WorkshopPolicy, tip: number, i: number): number {
  let seen = -1;
  return policy.actions.findIndex((a) => a.tip === tip && ++seen === i);
}
