import { h } from './dom.ts';
import { strings, type AppContext } from './context.ts';

/**
 * Shown when a part of the game (a case's story, the workshop) could not be fetched: what
 * happened, that nothing is lost, and a way to try again or go back, instead of "Laden…" for ever.
 */
export function loadErrorView(ctx: AppContext, retry: () => void): HTMLElement {
  const t = strings(ctx);
  let busy = false;
  // stays enabled (a disabled button would drop the keyboard focus); a second press waits
  const again = h('button', { type: 'button', class: 'primary', onclick: () => {
    if (busy) return;
    busy = true;
    again.textContent = t.loading;
    retry();
  } }, t.retry);
  return h('section', { class: 'screen load-error-screen', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, t.loadFailedTitle),
    h('p', { role: 'alert' }, t.loadFailedText),
    h('div', { class: 'actions' },
      again,
      h('button', { type: 'button', onclick: () => ctx.ui.getState().go({ name: 'title' }) }, t.backToTitle),
    ),
  );
}
