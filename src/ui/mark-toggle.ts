/**
 * A line the player (or, in a workshop, the trainer) can mark "niet pluis". The line itself is
 * the toggle: its name is the line, its state is pressed or not, and the flag with the word
 * beside it show the mark without relying on colour. One markup for the play view and the stage.
 */
import { h, type Attrs, type Child } from './dom.ts';

/** The toggle, unpressed, holding the line's own content; `markWord` is the word shown when marked. */
export function markToggle(markWord: string, attrs: Attrs, toggle: () => void, content: readonly Child[]): HTMLButtonElement {
  return h('button', { ...attrs, type: 'button', class: 'mark-toggle', 'aria-pressed': 'false', onclick: toggle },
    h('span', { class: 'mark-flag', 'aria-hidden': 'true' }, h('span', { class: 'flag-off' }, '⚐'), h('span', { class: 'flag-on' }, `⚑ ${markWord}`)),
    ...content,
  );
}
