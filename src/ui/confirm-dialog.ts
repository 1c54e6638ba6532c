import { h } from './dom.ts';

/**
 * Asks before something that cannot be undone: a native modal dialog (focus trapped, Esc cancels).
 * Resolves true on confirm; false on cancel, or when `signal` aborts (what it asked about is gone).
 */
export function confirmDialog(root: HTMLElement, text: { title: string; body: string; confirm: string; cancel: string }, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const back = document.activeElement as HTMLElement | null;
    let open = true;
    const close = (yes: boolean) => {
      if (!open) return;
      open = false;
      dialog.close();
      dialog.remove();
      // (what had the focus may have been drawn anew meanwhile: the caller finds a place then)
      if (back?.isConnected) back.focus();
      resolve(yes);
    };
    signal?.addEventListener('abort', () => close(false), { once: true });
    const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' },
      h('h2', { id: 'confirm-title' }, text.title),
      h('p', { id: 'confirm-text' }, text.body),
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => close(false) }, text.cancel),
        h('button', { type: 'button', class: 'primary danger', onclick: () => close(true) }, text.confirm),
      ),
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      close(false);
    });
    root.append(dialog);
    dialog.showModal();
    dialog.querySelector('button')?.focus();
  });
}
