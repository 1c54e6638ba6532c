/**
 * A session's screens that change it (the projector, and the beleidscheck of one session) are
 * held by one tab at a time (like a case): the screen opens once this tab holds the session; when
 * another tab has it open, the trainer is told so and may take it over; when another tab takes it
 * over, the screen here gives way to a message. Every change is saved the moment it is made, so
 * nothing is lost either way; nothing typed here after the session went elsewhere is taken as saved.
 */
import { focusHeading, h } from '../dom.ts';
import { strings, type AppContext } from '../context.ts';
import type { View } from '../play-view.ts';
import type { WorkshopUi } from './workshop-ui.ts';
import { stageView } from './stage-view.ts';
import type { Screen } from '../ui-store.ts';
import { workshopText } from './workshop-text.ts';

/** A message in place of the screen, with the way to take the session over. */
function elsewhereView(ctx: AppContext, w: WorkshopUi, sessionId: string, lost: boolean, again: Screen): HTMLElement {
  const t = strings(ctx);
  const takeOver = async () => {
    await w.store.getState().open(sessionId, true);
    ctx.ui.getState().go({ ...again }); // the same address (a new screen, so that it is shown again): the screen opens, held here
  };
  return h('section', { class: 'screen ws-elsewhere', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, lost ? t.keep.sessionLostTitle : t.keep.sessionElsewhereTitle),
    h('p', {}, lost ? t.keep.sessionLost : t.keep.sessionElsewhere),
    h('div', { class: 'ws-button-row' },
      h('button', { type: 'button', class: 'primary', 'data-key': 'take-over', onclick: () => void takeOver() }, t.keep.sessionTakeOver),
      h('button', { type: 'button', onclick: () => ctx.ui.getState().go({ name: 'workshops' }) }, workshopText(ctx).allSessions),
    ),
  );
}

/** The stage of this session once this tab holds it, else the message that it is open elsewhere. */
export const heldStageView = (ctx: AppContext, w: WorkshopUi, sessionId: string): Promise<View> =>
  heldSessionView(ctx, w, sessionId, () => stageView(ctx, w, sessionId), { name: 'workshop', sessionId });

/** The screen `make` makes once this tab holds the session, else the message that it is open elsewhere; `again` is that screen's own. */
export async function heldSessionView(ctx: AppContext, w: WorkshopUi, sessionId: string, make: () => View, again: Screen): Promise<View> {
  if ((await w.store.getState().open(sessionId)) === 'elsewhere') return { el: elsewhereView(ctx, w, sessionId, false, again), destroy: () => {} };
  const shown = make();
  let el = shown.el;
  let on = true;
  const unsubscribe = w.store.subscribe((s) => {
    if (!on || !s.lost.includes(sessionId)) return;
    on = false; // and the lock is the other tab's now: nothing to let go of
    shown.destroy();
    const message = elsewhereView(ctx, w, sessionId, true, again);
    el.replaceWith(message);
    el = message;
    focusHeading(message.querySelector('h1'));
  });
  return {
    el,
    destroy() {
      unsubscribe();
      if (!on) return;
      on = false;
      shown.destroy();
      w.store.getState().close(sessionId);
    },
  };
}
