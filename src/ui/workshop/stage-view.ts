/**
 * The workshop stage: what the room sees (projector-panel.ts) beside the trainer panel
 * (trainer-panel.ts, with the vote table of vote-table.ts; T shows or hides it). This file only
 * composes them: it renders when what is shown changes, lets marks and vote counts update in
 * place, keeps focus where the trainer was, and takes the keys (T for the panel, M to mark the
 * latest line for the room).
 */
import { h, focusHeading } from '../dom.ts';
import { strings, type AppContext } from '../context.ts';
import type { View } from '../play-view.ts';
import { consoleLive, earlierBuildLive } from '../live/console-live.ts';
import type { WorkshopSession } from '../../workshop/types.ts';
import { isPlayable } from '../../workshop/session.ts';
import type { WorkshopUi } from './workshop-ui.ts';
import type { StageContext } from './stage-context.ts';
import { projectorPanel } from './projector-panel.ts';
import { trainerPanel } from './trainer-panel.ts';
import { sessionText } from './session-text.ts';
import { workshopText } from './workshop-text.ts';

export function stageView(ctx: AppContext, w: WorkshopUi, sessionId: string): View {
  const ws = workshopText(ctx);
  const go = ctx.ui.getState().go;
  const el = h('section', { class: 'screen ws-stage', 'aria-labelledby': 'screen-title' });
  const session = () => w.store.getState().sessions[sessionId];

  if (!session() || !ctx.catalog.some((c) => c.id === session()!.caseId)) {
    el.append(
      h('h1', { id: 'screen-title' }, strings(ctx).workshopListTitle),
      h('p', {}, session() ? ws.unknownCase : ws.sessionNotFound),
      h('button', { type: 'button', class: 'primary', onclick: () => go({ name: 'workshops' }) }, ws.toList),
    );
    return { el, destroy: () => {} };
  }

  // a session of an earlier build is not played on: its stops would run other options (session.ts)
  if (!isPlayable(session()!, ctx.catalog.find((c) => c.id === session()!.caseId)!.build)) {
    const s = session()!;
    el.append(
      h('p', { class: 'ws-kicker' }, `${s.caseTitle} · ${s.name}`),
      h('h1', { id: 'screen-title' }, sessionText(ctx).earlierBuildStageTitle),
      h('div', { class: 'ws-note ws-earlier', role: 'note' },
        h('p', {}, sessionText(ctx).earlierBuildStage),
        h('p', {}, sessionText(ctx).earlierBuildKept),
        h('p', {}, sessionText(ctx).earlierBuildNew),
      ),
      h('div', { class: 'ws-button-row' },
        h('button', { type: 'button', class: 'primary', 'data-key': 'start-new', onclick: () => go({ name: 'workshops' }) }, sessionText(ctx).earlierBuildStart),
        h('button', { type: 'button', 'data-key': 'to-debrief', onclick: () => go({ name: 'workshop-debrief', sessionId }) }, ws.toDebrief),
      ),
    );
    // a projector window or live room still open for the session is told too
    return { el, destroy: earlierBuildLive(ctx, w, sessionId).destroy };
  }

  // what marking did, for a screen reader; kept across renders so an announcement is not lost
  const announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'data-testid': 'ws-announcer' });
  let pendingFocus: string | null = null;
  let busy = false;
  let signature = '';
  let shownNode = '';

  const sc: StageContext = {
    ctx,
    w,
    sessionId,
    session,
    announce: (text) => {
      announcer.textContent = text;
    },
    act: (focusKey, f) => () => {
      if (busy) return;
      pendingFocus = focusKey;
      try {
        const result = f();
        if (result instanceof Promise) {
          busy = true;
          result.catch(() => ctx.ui.getState().notify({ key: 'workshop-restore-failed', text: () => workshopText(ctx).restoreFailed })).finally(() => (busy = false));
        }
      } catch {
        ctx.ui.getState().notify({ key: 'workshop-restore-failed', text: () => workshopText(ctx).restoreFailed });
      }
    },
  };
  const live = consoleLive(ctx, w, sessionId, () => update());
  const room = projectorPanel(sc);
  const panel = trainerPanel(sc, live);

  const render = () => {
    const s = session();
    if (!s) {
      go({ name: 'workshops' });
      return;
    }
    const node = s.nodes[s.cursor.node]!;
    const previousKey = (document.activeElement as HTMLElement | null)?.dataset?.key ?? null;
    const nodeChanged = shownNode !== node.id;
    shownNode = node.id;

    const toggle = h('button', { type: 'button', class: 'ws-panel-toggle', 'aria-controls': 'ws-panel', 'aria-expanded': String(w.panelOpen()), 'aria-keyshortcuts': 'T', 'data-key': 'panel-toggle', onclick: () => togglePanel() }, w.panelOpen() ? ws.panelHide : ws.panelShow);
    el.classList.toggle('ws-panel-open', w.panelOpen());
    el.replaceChildren(
      room.render(s, node),
      panel.render(s, node, w.panelOpen()),
      h('footer', { class: 'ws-stage-foot' }, toggle, h('p', { class: 'hint' }, ws.keysHint)),
      announcer,
    );
    refresh(s);

    const key = pendingFocus ?? (nodeChanged ? null : previousKey);
    pendingFocus = null;
    const target = key ? (el.querySelector(`[data-key="${key}"]`) as HTMLElement | null) : null;
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
    else if (nodeChanged || key) {
      if (nodeChanged) window.scrollTo({ top: 0 });
      focusHeading(el.querySelector('h1'));
    }
  };

  /** What changes in place: marks, vote counts and totals, the majority button. */
  const refresh = (s: WorkshopSession) => {
    const node = s.nodes[s.cursor.node]!;
    room.refresh(s, node);
    panel.refresh(s, node);
  };

  const signatureOf = (s: WorkshopSession | undefined) => {
    if (!s) return 'gone';
    const node = s.nodes[s.cursor.node]!;
    // vote counts change in place (the projected bars, the totals, the replays' labels): a count
    // typed is never drawn anew under the trainer's typing
    return JSON.stringify([s.cursor, node.phase, node.taken, Object.keys(s.nodes).length, w.panelOpen(), s.groups.length, live.live(), live.isClosed(node.id)]);
  };

  const update = () => {
    const s = session();
    const next = signatureOf(s);
    if (next !== signature) {
      signature = next;
      render();
    } else if (s) refresh(s);
  };

  const togglePanel = () => {
    w.setPanelOpen(!w.panelOpen());
    pendingFocus = 'panel-toggle';
    update();
  };

  const onKey = (ev: KeyboardEvent) => {
    const key = ev.key.toLowerCase();
    if (key !== 't' && key !== 'm') return;
    if (ctx.ui.getState().paused || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const target = ev.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    ev.preventDefault();
    if (key === 't') togglePanel();
    else room.markLatest();
  };

  update();
  const unsubscribe = w.store.subscribe(update);
  document.addEventListener('keydown', onKey);
  return {
    el,
    destroy() {
      unsubscribe();
      live.destroy();
      document.removeEventListener('keydown', onKey);
    },
  };
}
