import { PRINCIPLES } from '../story/principles.ts';
import { h, storyText } from './dom.ts';
import { STORY_LANG } from '../story/meta.ts';
import { entryOf, strings, type AppContext } from './context.ts';

/** The title screen: what the game is, and a card per case. */
export function titleView(ctx: AppContext): HTMLElement {
  const t = strings(ctx);
  const { active, results } = ctx.progress.getState();
  const cards = ctx.catalog.map((entry) => {
    const m = entryOf(ctx, entry.id).analysis.meta;
    const result = results[entry.id];
    const playing = active?.caseId === entry.id && !active.finished;
    return h(
      'li',
      { class: 'case-card' },
      h('h3', { id: `case-${entry.id}` }, m.titel),
      h('p', { class: 'case-child', lang: STORY_LANG }, m.kind),
      h('details', { class: 'case-note' }, h('summary', {}, t.contentNoteTitle), storyText(m.inhoud, 'p')),
      h('dl', {},
        h('dt', {}, t.theme), h('dd', { lang: STORY_LANG }, m.thema),
        h('dt', {}, t.role), h('dd', { lang: STORY_LANG }, m.rol),
        h('dt', {}, t.duration), h('dd', {}, `${m.duur} ${t.minutes}`),
      ),
      result
        ? h('p', { class: 'case-result' }, `${t.bestResult}: `, PRINCIPLES.map((p) => `${p.name[ctx.settings.getState().lang]} ${Math.round(result.shares[p.id] * 100)}%`).join(' · '))
        : null,
      playing ? h('p', { class: 'case-progress' }, `${t.inProgress}: ${t.decisionsTaken(active.decisions.length)}`) : null,
      h('button', { type: 'button', class: 'primary', 'aria-describedby': `case-${entry.id}`, onclick: () => ctx.openCase(entry.id) }, playing ? t.resumeCase : t.startCase),
    );
  });
  return h(
    'section',
    { class: 'screen title-screen', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, t.appName),
    h('p', { class: 'tagline' }, t.tagline),
    h('h2', {}, t.cases),
    h('ul', { class: 'case-list' }, ...cards),
    // workshop mode: a trainer plays a case with a room (src/ui/workshop/)
    h('section', { class: 'workshop-entry', 'aria-labelledby': 'workshop-entry-title' },
      h('h2', { id: 'workshop-entry-title' }, t.workshop.entryTitle),
      h('p', {}, t.workshop.entryText),
      h('button', { type: 'button', 'aria-describedby': 'workshop-entry-title', onclick: () => ctx.ui.getState().go({ name: 'workshops' }) }, t.workshop.entryButton),
    ),
  );
}
