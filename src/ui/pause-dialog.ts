import { h } from './dom.ts';
import { strings, type AppContext } from './context.ts';
import { helpLinesView } from './help-lines-view.ts';

/** The pause dialog: resume, leave (progress kept), and the help lines. A native modal dialog traps focus and closes on Esc. */
export function pauseDialog(ctx: AppContext): HTMLDialogElement {
  const t = strings(ctx);
  const inCase = ctx.ui.getState().screen.name === 'play';
  const dialog = h('dialog', { class: 'pause-dialog', 'aria-labelledby': 'pause-title' },
    h('h2', { id: 'pause-title' }, t.pauseTitle),
    h('p', {}, t.pauseText),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.ui.getState().setPaused(false) }, t.resume),
      inCase ? h('button', { type: 'button', onclick: () => ctx.leaveCase() }, t.leaveCase) : h('button', { type: 'button', onclick: () => ctx.ui.getState().go({ name: 'title' }) }, t.backToTitle),
    ),
    helpLinesView(ctx, 'h3'),
  );
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    ctx.ui.getState().setPaused(false);
  });
  return dialog;
}
