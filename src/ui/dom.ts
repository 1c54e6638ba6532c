/** A small element builder: every text goes in with textContent, never as HTML. */
import { STORY_LANG } from '../story/lang.ts';
export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Moves focus to an element that may not be focusable by itself (e.g. a heading). */
export function focusHeading(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
}

/** Where `el` sits under `root`: the child indices from root down (null when it is not under root). */
export function placeOf(el: Element, root: Element): number[] | null {
  const path: number[] = [];
  for (let at: Element | null = el; at !== root; at = at.parentElement) {
    if (!at?.parentElement) return null;
    path.unshift([...at.parentElement.children].indexOf(at));
  }
  return path;
}

/**
 * The element at `path` under `root` if it is the same kind as `like` (tag, class, index): the
 * one drawn again in its place, when a screen is drawn anew with the same shape (a change of language).
 */
export function atPlace(root: Element, path: readonly number[], like: Element): HTMLElement | null {
  let at: Element | undefined = root;
  for (const i of path) at = at?.children[i];
  return at instanceof HTMLElement && at.tagName === like.tagName && at.className === like.className && at.getAttribute('data-index') === like.getAttribute('data-index') ? at : null;
}

/** Runs after the next paint: for work (like moving focus, which forces a layout) that must not delay it. */
export function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.hidden) return void setTimeout(fn, 0);
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 1000); // a tab hidden meanwhile paints no frames, and runs no frame callbacks
}

/** Runs `fn` when the browser is idle, at most `timeout` ms later; without idle callbacks, after a tenth of that. */
export function whenIdle(fn: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, timeout / 10);
}

/**
 * Text from a story, marked with the story's language: with the interface in English, a screen
 * reader must still read the Dutch story as Dutch (WCAG 3.1.2).
 */
export function storyText(text: string, tag: 'span' | 'p' = 'span'): HTMLElement {
  return h(tag, { lang: STORY_LANG }, text);
}
