import { HELP_LINES } from '../i18n/strings.ts';
import { h } from './dom.ts';
import { langOf, strings, type AppContext } from './context.ts';

let made = 0;

/**
 * A help line's number or site as a link: one tap on a phone, for a player the subject touched. A
 * site opens in a tab of its own, so the case (or the learning platform's frame) stays where it was.
 */
function contactLink(contact: string): HTMLElement {
  const phone = /^[\d-]+$/.test(contact);
  return phone
    ? h('a', { class: 'contact', href: `tel:${contact.replace(/-/g, '')}` }, contact)
    : h('a', { class: 'contact', href: `https://${contact}`, target: '_blank', rel: 'noopener' }, contact);
}

/** Where a player who is affected by the subject can turn. Each copy gets its own heading id (a debrief and the pause dialog can both show it). */
export function helpLinesView(ctx: AppContext, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const t = strings(ctx);
  const id = `help-lines-title-${++made}`;
  const lang = langOf(ctx);
  return h(
    'section',
    { class: 'help-lines', 'aria-labelledby': id },
    h(headingLevel, { id }, t.helpTitle),
    h('p', {}, t.helpIntro),
    h('ul', {}, ...HELP_LINES.map((l) => h('li', {}, h('strong', {}, l.name), ' ', contactLink(l.contact), h('br'), l.about[lang]))),
  );
}
