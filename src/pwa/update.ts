/**
 * The installed web build: registers the service worker, and when a new version is waiting, asks
 * the player before loading it. Never in the middle of a case or a workshop's stage: the question
 * waits until the player is off it. A new version loaded from another tab takes over this tab's
 * worker too; this tab then loads it only where a new page costs nothing.
 */
import { registerSW } from 'virtual:pwa-register';
import { h } from '../ui/dom.ts';
import { strings, type AppContext } from '../ui/context.ts';
import type { Screen } from '../ui/ui-store.ts';

/** Screens a new page would interrupt: a case, a session's stage or its beleidscheck being typed in. */
const busy = (screen: Screen) => screen.name === 'play' || screen.name === 'workshop' || screen.name === 'workshop-policy';

export function offerUpdates(ctx: AppContext): void {
  let waiting = false;
  /** This tab asked for the new version: it loads it at once. */
  let asked = false;
  /** Another tab loaded the new version: this one follows when it is off a case, with everything saved. */
  let follow = false;
  let banner: HTMLElement | null = null;
  const safe = () => !ctx.unsaved() && !busy(ctx.ui.getState().screen);
  const update = registerSW({
    onNeedRefresh() {
      waiting = true;
      show();
    },
    onNeedReload() {
      if (asked || safe()) location.reload();
      else follow = true;
    },
  });

  const note = h('p', { class: 'update-note' }); // (inside the banner's own status region)
  const show = () => {
    if (!waiting || banner || busy(ctx.ui.getState().screen)) return;
    const t = strings(ctx);
    banner = h('div', { class: 'update-banner', role: 'status' },
      h('p', {}, t.updateReady),
      h('button', { type: 'button', class: 'primary', onclick: () => {
        // a new page now would lose what is in memory only: said, and asked again later
        if (ctx.unsaved()) return void (note.textContent = strings(ctx).updateUnsaved);
        asked = true;
        void update(true);
      } }, t.updateReload),
      h('button', { type: 'button', onclick: () => { banner?.remove(); banner = null; waiting = false; } }, t.updateLater),
      note,
    );
    note.textContent = '';
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
    if (follow && safe()) return location.reload();
    if (busy(s.screen) && banner) {
      banner.remove();
      banner = null;
    } else show();
  });
}
