import { h, storyText } from './dom.ts';
import { STORY_LANG } from '../story/meta.ts';
import { entryOf, strings, type AppContext } from './context.ts';

/** The content note shown before a case starts. */
export function noteView(ctx: AppContext, caseId: string): HTMLElement {
  const t = strings(ctx);
  const meta = entryOf(ctx, caseId).meta;
  return h(
    'section',
    { class: 'screen note-screen', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, `${t.contentNoteTitle}: ${meta.titel}`),
    h('p', { class: 'note-text', lang: STORY_LANG }, meta.inhoud),
    h('p', {}, `${t.role}: `, storyText(meta.rol), `. ${t.duration}: ${meta.duur} ${t.minutes}.`),
    h('p', {}, t.contentNoteOutro),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => void ctx.playCase(caseId) }, t.continueToCase),
      h('button', { type: 'button', onclick: () => ctx.ui.getState().go({ name: 'title' }) }, t.backToTitle),
    ),
  );
}
