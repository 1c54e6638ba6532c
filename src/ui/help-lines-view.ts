import { HELP_LINES } from '../i18n/strings.ts';
import { h } from './dom.ts';
import { strings, type AppContext } from './context.ts';

/** Where a player who is affected by the subject can turn. */
export function helpLinesView(ctx: AppContext, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const t = strings(ctx);
  const lang = ctx.settings.getState().lang;
  return h(
    'section',
    { class: 'help-lines', 'aria-labelledby': 'help-lines-title' },
    h(headingLevel, { id: 'help-lines-title' }, t.helpTitle),
    h('p', {}, t.helpIntro),
    h('ul', {}, ...HELP_LINES.map((l) => h('li', {}, h('strong', {}, l.name), ' ', h('span', { class: 'contact' }, l.contact), h('br'), l.about[lang]))),
  );
}
