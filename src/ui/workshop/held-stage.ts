/**
 * The projector of a session, held by one tab at a time (like a case): the stage opens once this
 * tab holds the session; when another tab has it open, the trainer is told so and may take it
 * over; when another tab takes it over, the stage here gives way to a message. Every change is
 * saved the moment it is made, so nothing is lost either way.
 */
import { focusHeading, h } from '../dom.ts';
import { strings, type AppContext } from '../context.ts';
import type { View } from '../play-view.ts';
import type { WorkshopUi } from './workshop-ui.ts';
import { stageView } from './stage-view.ts';

/** A message in place of the stage, with the way to take the session over. */
function elsewhereView(ctx: AppContext, w: WorkshopUi, sessionId: string, lost: boolean): HTMLElement {
  const t = strings(ctx);
  const takeOver = async () => {
    await w.store.getState().open(sessionId, true);
    ctx.ui.getState().go({ name: 'workshop', sessionId }); // the same address: the stage opens again, held here
  };
  return h('section', { class: 'screen ws-elsewhere', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, lost ? t.keep.sessionLostTitle : t.keep.sessionElsewhereTitle),
    h('p', {}, lost ? t.keep.sessionLost : t.keep.sessionElsewhere),
    h('div', { class: 'ws-button-row' },
      h('button', { type: 'button', class: 'primary', 'data-key': 'take-over', onclick: () => void takeOver() }, t.keep.sessionTakeOver),
      h('button', { type: 'button', onclick: () => ctx.ui.getState().go({ name: 'workshops' }) }, t.workshop.allSessions),
    ),
  );
}

/** The stage of this session once this tab holds it, else the message that it is open elsewhere. */
export async function heldStageView(ctx: AppContext, w: WorkshopUi, sessionId: string): Promise<View> {
  if ((await w.store.getState().open(sessionId)) === 'elsewhere') return { el: elsewhereView(ctx, w, sessionId, false), destroy: () => {} };
  const stage = stageView(ctx, w, sessionId);
  let el = stage.el;
  let stageOn = true;
  const unsubscribe = w.store.subscribe((s) => {
    if (!stageOn || !s.lost.includes(sessionId)) return;
    stageOn = false; // and the lock is the other tab's now: nothing to let go of
    stage.destroy();
    const message = elsewhereView(ctx, w, sessionId, true);
    el.replaceWith(message);
    el = message;
    focusHeading(message.querySelector('h1'));
  });
  return {
    el,
    destroy() {
      unsubscribe();
      if (!stageOn) return;
      stageOn = false;
      stage.destroy();
      w.store.getState().close(sessionId);
    },
  };
}
