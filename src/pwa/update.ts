/**
 * The installed web build: registers the service worker, and when a new version is waiting, asks
 * the player before loading it. Never in the middle of a case: the question waits until the
 * player is off the play screen.
 */
import { registerSW } from 'virtual:pwa-register';
import { h } from '../ui/dom.ts';
import { strings, type AppContext } from '../ui/context.ts';

export function offerUpdates(ctx: AppContext): void {
  let waiting = false;
  let banner: HTMLElement | null = null;
  const update = registerSW({
    onNeedRefresh() {
      waiting = true;
      show();
    },
  });

  const show = () => {
    if (!waiting || banner || ctx.ui.getState().screen.name === 'play') return;
    const t = strings(ctx);
    banner = h('div', { class: 'update-banner', role: 'status' },
      h('p', {}, t.updateReady),
      h('button', { type: 'button', class: 'primary', onclick: () => void update(true) }, t.updateReload),
      h('button', { type: 'button', onclick: () => { banner?.remove(); banner = null; waiting = false; } }, t.updateLater),
    );
    document.body.append(banner);
  };
  // the question in the language chosen since
  ctx.onLanguage(() => {
    if (!banner) return;
    banner.remove();
    banner = null;
    show();
  });
  // a case started while the question was open: take it away until the case is left
  ctx.ui.subscribe((s) => {
    if (s.screen.name === 'play' && banner) {
      banner.remove();
      banner = null;
    } else show();
  });
}
