import { h } from './dom.ts';
import { strings, type AppContext } from './context.ts';
import { helpLinesView } from './help-lines-view.ts';

/** The pause dialog: resume, leave (progress kept), and the help lines. A native modal dialog traps focus and closes on Esc. */
export function pauseDialog(ctx: AppContext): HTMLDialogElement {
  const t = strings(ctx);
  const inCase = ctx.ui.getState().screen.name === 'play';
  const dialog = h('dialog', { class: 'pause-dialog', 'aria-labelledby': 'pause-title' },
    h('h2', { id: 'pause-title' }, t.pauseTitle),
    // outside a case there is nothing to resume: say so, and offer to close
    h('p', {}, inCase ? t.pauseText : t.pauseTextOutsideCase),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.ui.getState().setPaused(false) }, inCase ? t.resume : t.closePause),
      inCase ? h('button', { type: 'button', onclick: () => ctx.leaveCase() }, t.leaveCase) : ctx.ui.getState().screen.name === 'title' ? null : h('button', { type: 'button', onclick: () => ctx.ui.getState().go({ name: 'title' }) }, t.backToTitle),
    ),
    helpLinesView(ctx, 'h3'),
  );
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    ctx.ui.getState().setPaused(false);
  });
  return dialog;
}
