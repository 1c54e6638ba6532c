/**
 * The header: the name, one settings menu (a disclosure button and its panel) and Pause, in one
 * slim row on a phone. The panel drops over the page instead of growing the bar, so the sticky
 * bar stays small; Esc and a click outside close it, and focus goes back to its button.
 */
import { append, h } from './dom.ts';
import { strings, type AppContext } from './context.ts';
import { hasStrings, loadStrings, shownLang } from '../i18n/strings.ts';

export type HeaderView = {
  readonly el: HTMLElement;
  /**
   * Applies the settings to the page and draws the header for them, keeping focus on the control
   * that was used. Until `show` only the name is drawn.
   */
  render(): void;
  /**
   * Draws the settings menu and Pause from now on. Their symbols (⚙, ❚❚) send the browser looking
   * through the system's fonts, a costly first layout, so the app shows them once the first screen
   * is up rather than before it.
   */
  show(): void;
};

export function headerView(ctx: AppContext): HeaderView {
  const el = h('header', { class: 'bar' });
  let open = false;
  let shown = false;

  const setOpen = (value: boolean, focusToggle = false) => {
    open = value;
    const toggle = el.querySelector<HTMLButtonElement>('.settings-toggle');
    const panel = el.querySelector<HTMLElement>('#settings-panel');
    toggle?.setAttribute('aria-expanded', String(open));
    if (panel) panel.hidden = !open;
    if (focusToggle) toggle?.focus();
    // English is fetched when the menu that offers it opens, so choosing it usually switches at once
    // (English chosen before, when its fetch failed: the game shows it as soon as it is here)
    if (open && !hasStrings('en')) loadStrings('en').then(() => ctx.settings.getState().lang === 'en' && ctx.chooseLanguage('en'), () => {}); // a failure is reported if it is chosen
  };

  // Esc closes the open menu first; only then does it mean Pause (the document listener).
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && open) {
      ev.preventDefault();
      ev.stopPropagation();
      setOpen(false, true);
    }
  });
  // the path, not the target: a setting's click re-renders the header and detaches its button
  document.addEventListener('click', (ev) => {
    if (open && !ev.composedPath().includes(el)) setOpen(false);
  });
  el.addEventListener('focusout', (ev) => {
    const next = ev.relatedTarget as Node | null;
    if (open && next && !el.contains(next)) setOpen(false);
  });

  const toggle = (label: string, pressed: boolean, onClick: () => void) =>
    h('button', { type: 'button', class: 'toggle', 'aria-pressed': String(pressed), onclick: onClick }, label);

  const render = () => {
    const t = strings(ctx);
    const s = ctx.settings.getState();
    // the language shown: the chosen one once its strings are here (app.ts fetches them)
    const lang = shownLang(s.lang);
    // re-rendering replaces the buttons: keep the keyboard focus on the control that was used
    const buttons = () => [...el.querySelectorAll('button')];
    const focused = el.contains(document.activeElement) ? buttons().indexOf(document.activeElement as HTMLButtonElement) : -1;
    el.replaceChildren();
    append(el,
      h('span', { class: 'brand' }, t.appName),
      shown && h('div', { class: 'bar-controls' },
        h('div', { class: 'settings-menu' },
          h('button', {
            type: 'button', class: 'settings-toggle', 'aria-expanded': String(open), 'aria-controls': 'settings-panel',
            onclick: () => setOpen(!open),
          }, h('span', { class: 'settings-icon', 'aria-hidden': 'true' }, '⚙'), h('span', { class: 'settings-label' }, t.settings)),
          h('div', { id: 'settings-panel', class: 'settings-panel', role: 'group', 'aria-label': t.settings, hidden: !open },
            h('button', { type: 'button', lang: lang === 'nl' ? 'en' : 'nl', onclick: () => ctx.chooseLanguage(lang === 'nl' ? 'en' : 'nl') }, lang === 'nl' ? 'English' : 'Nederlands'),
            toggle(t.highContrast, s.highContrast, () => s.update({ highContrast: !s.highContrast })),
            toggle(t.largeText, s.largeText, () => s.update({ largeText: !s.largeText })),
            toggle(t.reducedMotion, s.motion === 'reduced', () => s.update({ motion: s.motion === 'reduced' ? 'system' : 'reduced' })),
            toggle(t.pacing.showAll, s.pacing === 'all', () => s.update({ pacing: s.pacing === 'all' ? 'passages' : 'all' })),
          ),
        ),
        h('button', { type: 'button', class: 'pause-button', 'aria-keyshortcuts': 'Escape', onclick: () => ctx.ui.getState().setPaused(true) },
          h('span', { 'aria-hidden': 'true' }, '❚❚ '), t.pause),
      ),
    );
    if (focused >= 0) buttons()[focused]?.focus();
    document.documentElement.lang = lang;
    document.documentElement.classList.toggle('high-contrast', s.highContrast);
    document.documentElement.classList.toggle('reduce-motion', s.motion === 'reduced');
    document.documentElement.classList.toggle('large-text', s.largeText);
  };

  return {
    el,
    render,
    show() {
      if (shown) return;
      shown = true;
      render();
    },
  };
}
