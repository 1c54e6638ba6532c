import type { Lang, Strings } from '../i18n/strings.ts';
import { principleById, type PrincipleId } from '../story/principles.ts';
import { sourceLabel } from '../story/sources.ts';
import type { ChoiceAssessment } from '../story/tags.ts';
import { h, storyText } from './dom.ts';

/** The score badges of a choice: principle name and signed points, with a symbol so colour is never the only cue. */
export function scoreBadges(a: ChoiceAssessment, t: Strings, lang: Lang): HTMLElement {
  const entries = Object.entries(a.scores) as Array<[PrincipleId, number]>;
  if (entries.length === 0) return h('ul', { class: 'badges' }, h('li', { class: 'badge neutral' }, `○ ${t.neutral}`));
  return h(
    'ul',
    { class: 'badges' },
    ...entries.map(([id, v]) =>
      h('li', { class: `badge ${v > 0 ? 'up' : v < 0 ? 'down' : 'neutral'}` }, `${v > 0 ? '▲' : v < 0 ? '▼' : '○'} ${t.scoreChange(principleById(id).name[lang], v)}`),
    ),
  );
}

/** The feedback on a choice: badges, explanation and sources. */
export function feedbackView(a: ChoiceAssessment, t: Strings, lang: Lang): HTMLElement {
  return h(
    'div',
    { class: 'feedback' },
    scoreBadges(a, t, lang),
    a.feedback ? h('p', {}, h('span', { class: 'label' }, `${t.feedback}: `), storyText(a.feedback)) : null,
    a.sources.length > 0 ? h('p', { class: 'sources' }, h('span', { class: 'label' }, `${a.sources.length > 1 ? t.sources : t.source}: `), a.sources.map((s) => sourceLabel(s, lang)).join('; ')) : null,
  );
}
