import { momentText } from '../i18n/dates.ts';
import { principleById } from '../story/principles.ts';
import { h, storyText } from './dom.ts';
import { STORY_LANG } from '../story/meta.ts';
import { entryOf, langOf, strings, type AppContext } from './context.ts';
import { feedbackView } from './feedback-view.ts';
import { helpLinesView } from './help-lines-view.ts';
import { sourceLabel, type SourceRef } from '../story/sources.ts';
import type { DebriefView } from '../play/game.ts';

/** The personal debrief after a case. Printable: the print stylesheet hides the controls. */
export function debriefView(ctx: AppContext, caseId: string, shown: DebriefView | null): HTMLElement {
  const t = strings(ctx);
  const lang = langOf(ctx);
  const entry = entryOf(ctx, caseId);
  if (!shown) {
    return h('section', { class: 'screen' }, h('h1', { id: 'screen-title' }, t.debriefTitle), h('button', { type: 'button', onclick: () => ctx.ui.getState().go({ name: 'title' }) }, t.backToTitle));
  }

  const d = shown.debrief;
  const k = t.keep;
  const principles = h('table', { class: 'principle-table' },
    h('caption', {}, t.principleScores),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, lang === 'nl' ? 'Principe' : 'Principle'), h('th', { scope: 'col' }, lang === 'nl' ? 'Jouw punten' : 'Your points'), h('th', { scope: 'col' }, t.ofBest))),
    h('tbody', {}, ...d.results.map((r) => {
      const pct = Math.round(r.share * 100);
      return h('tr', { 'data-principle': r.principle },
        h('th', { scope: 'row' }, principleById(r.principle).name[lang]),
        h('td', {}, `${r.points} / ${r.best}`),
        h('td', {},
          h('span', { class: 'share-value' }, t.shareText(pct)),
          h('span', { class: 'share-bar', 'aria-hidden': 'true' }, h('span', { class: 'share-bar-fill', style: `width:${pct}%` })),
        ),
      );
    })),
  );

  const moments = d.keyMoments.length === 0
    ? h('p', {}, t.keyMomentsNone)
    : h('ol', { class: 'moments' }, ...d.keyMoments.map((m) => h('li', { class: 'moment' },
        h('p', { class: 'context', lang: STORY_LANG }, `“${m.context}”`),
        // (no cross: a choice here can have been a good one, only not the best for the child)
        h('div', { class: 'moment-choice mine' }, h('h3', {}, t.youDid), storyText(m.chosen.text, 'p'), feedbackView(m.chosen.assessment, t, lang)),
        h('div', { class: 'moment-choice better' }, h('h3', {}, `✓ ${t.betterWas}`), storyText(m.better.text, 'p'), feedbackView(m.better.assessment, t, lang)),
      )));

  const r = d.recognition;
  const recognition = h('section', { class: 'recognition', 'aria-labelledby': 'recognition-title' },
    h('h2', { id: 'recognition-title' }, t.recognitionTitle),
    h('p', {}, t.recognitionIntro),
    h('dl', { class: 'recognition-figures' },
      h('div', { 'data-measure': 'recognised' }, h('dt', {}, `✓ ${t.recognisedLabel}`), h('dd', {}, t.recognisedOf(r.recognised, r.timeline.length))),
      h('div', { 'data-measure': 'missed' }, h('dt', {}, `✗ ${t.missedLabel}`), h('dd', {}, String(r.missed))),
      h('div', { 'data-measure': 'false-marks' }, h('dt', {}, `⚑ ${t.falseMarksLabel}`), h('dd', {}, String(r.falseMarks.length))),
    ),
  );

  const sourcesLine = (sources: readonly SourceRef[]) =>
    sources.length > 0 ? h('p', { class: 'sources' }, h('span', { class: 'label' }, `${sources.length > 1 ? t.sources : t.source}: `), sources.map((s) => sourceLabel(s, lang)).join('; ')) : null;
  const why = (text: string | null) => (text ? h('p', { class: 'why' }, h('span', { class: 'label' }, `${t.whySignal}: `), storyText(text)) : null);
  const timeline = r.timeline.length === 0 ? h('p', {}, t.noSignalsOnPath) : h('ol', { class: 'signal-timeline' }, ...r.timeline.map((s) =>
    h('li', { class: s.recognised ? 'seen' : 'missed' },
      h('span', { class: 'mark' }, s.recognised ? `✓ ${t.signalSeen}` : `✗ ${t.signalMissed}`),
      h('span', { class: 'when' }, [s.time, t.afterDecisions(s.after)].filter(Boolean).join(' · ')),
      h('div', { class: 'what' }, storyText(s.text, 'p'), why(s.why), sourcesLine(s.sources)),
    )));
  const falseMarks = r.falseMarks.length === 0 ? null : h('div', { class: 'false-marks' },
    h('h3', {}, t.falseMarksTitle),
    h('p', {}, t.falseMarksIntro),
    h('ul', {}, ...r.falseMarks.map((m) => h('li', {}, m.time ? h('span', { class: 'when', lang: STORY_LANG }, `${m.time}: `) : null, storyText(m.text)))),
  );
  const otherPaths = r.otherPaths.length === 0 ? null : h('div', { class: 'other-paths' },
    h('h3', {}, t.otherPathsTitle),
    h('p', {}, t.otherPathsIntro),
    h('ul', {}, ...r.otherPaths.map((s) => h('li', {}, storyText(s.text, 'p'), why(s.why), sourcesLine(s.sources)))),
  );

  return h('section', { class: 'screen debrief-screen', 'aria-labelledby': 'screen-title' },
    h('h1', { id: 'screen-title' }, `${t.debriefTitle}: ${entry.meta.titel}`),
    shown.result ? h('p', { class: 'played-on' }, k.playedOn(momentText(shown.result.finishedAt, lang, 'long'))) : null,
    shown.earlierBuild ? h('p', { class: 'note-earlier', role: 'note' }, `ⓘ ${k.earlierBuild}`) : null,
    h('p', {}, t.debriefIntro, ' ', t.decisionsTaken(d.decisions), '.'),
    d.ending ? h('div', { class: 'ending-box' }, h('h2', {}, t.ending), storyText(d.ending.text, 'p')) : null,
    principles,
    recognition,
    h('h2', {}, t.keyMoments),
    moments,
    h('h2', {}, t.signalTimeline),
    h('p', {}, t.signalSummary(r.recognised, r.missed)),
    timeline,
    falseMarks,
    otherPaths,
    helpLinesView(ctx),
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', onclick: () => window.print() }, t.print),
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.ui.getState().go({ name: 'title' }) }, t.backToTitle),
    ),
  );
}
