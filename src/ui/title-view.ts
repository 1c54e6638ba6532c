import { momentText } from '../i18n/dates.ts';
import { PRINCIPLES } from '../story/principles.ts';
import { h, storyText } from './dom.ts';
import { STORY_LANG } from '../story/meta.ts';
import { entryOf, langOf, strings, type AppContext } from './context.ts';
import { isPlaceId, type PlaceId } from '../story/places.ts';
import type { View } from './play-view.ts';

/**
 * The title screen: what the game is, and a card per case. The cards follow the progress: a case
 * played or finished in another tab shows here as it happens, with the keyboard focus kept.
 */
export function titleView(ctx: AppContext): View {
  const cardsOf = (): HTMLElement[] => ctx.catalog.map((entry) => caseCard(ctx, entry.id, cardArtSlots));
  const cardArtSlots: Array<readonly [HTMLElement, PlaceId | undefined]> = [];
  const list = h('ul', { class: 'case-list' }, ...cardsOf());
  let art: Art | null = null;
  const t = strings(ctx);
  // the drawings come in a chunk of their own: a reload in the middle of a case does not wait for them
  const heroArt = h('div', { class: 'hero-art' });
  const paint = () => {
    if (!art) return;
    for (const [slot, place] of cardArtSlots.splice(0)) slot.append(art.cardArt(place));
  };
  import('./art.ts')
    .then((m) => {
      art = m;
      heroArt.append(m.keyArt());
      paint();
    })
    // decoration only: without it the screen is whole
    .catch(() => undefined);
  const el = h(
    'section',
    { class: 'screen title-screen', 'aria-labelledby': 'screen-title' },
    h('div', { class: 'hero' },
      h('div', { class: 'hero-text' },
        h('p', { class: 'kicker' }, t.titleKicker),
        h('h1', { id: 'screen-title' }, t.appName),
        h('p', { class: 'tagline' }, t.tagline),
        h('p', { class: 'hero-intro' }, t.titleIntro),
      ),
      heroArt,
    ),
    h('section', { class: 'cases', 'aria-labelledby': 'cases-title' },
      h('h2', { id: 'cases-title' }, t.cases),
      h('p', { class: 'cases-intro' }, t.casesIntro),
      list,
    ),
    // workshop mode: a trainer plays a case with a room (src/ui/workshop/)
    h('section', { class: 'workshop-entry', 'aria-labelledby': 'workshop-entry-title' },
      h('h2', { id: 'workshop-entry-title' }, t.workshopEntryTitle),
      h('p', {}, t.workshopEntryText),
      h('button', { type: 'button', 'aria-describedby': 'workshop-entry-title', onclick: () => ctx.ui.getState().go({ name: 'workshops' }) }, t.workshopEntryButton),
    ),
  );
  // a card is made again when its case's play, result or finished plays changed (another tab
  // played it): the same control keeps the focus, and what was unfolded stays unfolded
  const unsubscribe = ctx.progress.subscribe((now, before) => {
    ctx.catalog.forEach((entry, i) => {
      const id = entry.id;
      if (now.plays[id] === before.plays[id] && now.results[id] === before.results[id] && now.history[id] === before.history[id]) return;
      const old = list.children[i];
      if (!(old instanceof HTMLElement)) return;
      const focused = document.activeElement instanceof HTMLElement && old.contains(document.activeElement) ? document.activeElement.dataset.key ?? '' : null;
      const unfolded = new Set([...old.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.key));
      const card = caseCard(ctx, entry.id, cardArtSlots);
      for (const d of card.querySelectorAll<HTMLDetailsElement>('details')) if (unfolded.has(d.dataset.key)) d.open = true;
      old.replaceWith(card);
      paint();
      if (focused !== null) (card.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`) ?? card.querySelector<HTMLElement>('button.primary'))?.focus();
    });
  });
  return { el, destroy: unsubscribe };
}

type Art = typeof import('./art.ts');

/**
 * The card of a case, from the progress as it is now; its drawing's slot goes to `slots`. Its
 * controls and folds carry a `data-key` that names them the same in a card made again.
 */
function caseCard(ctx: AppContext, caseId: string, slots: Array<readonly [HTMLElement, PlaceId | undefined]>): HTMLElement {
  const t = strings(ctx);
  const { results } = ctx.progress.getState();
  const lang = langOf(ctx);
  const k = t.keep;
  const when = (iso: string) => momentText(iso, lang, 'medium');
  const sharesText = (shares: Readonly<Record<string, number>>) => PRINCIPLES.map((p) => `${p.name[lang]} ${Math.round((shares[p.id] ?? 0) * 100)}%`).join(' · ');
  const { meta: m, decisionsPerPath: decisions } = entryOf(ctx, caseId);
  const result = results[caseId];
  const active = ctx.game.playOf(caseId);
  const playing = active !== null && !active.finished;
  const past = ctx.game.finishedPlays(caseId);
  // the finished plays, newest first, each with its debrief
  const pastList = past.length === 0 ? null : h('details', { class: 'past-plays', 'data-key': 'past' },
    h('summary', { 'data-key': 'past-summary' }, `${k.pastPlays} (${k.timesFinished(past.length)})`),
    h('ol', { reversed: true },
      ...past.map((f) => h('li', {},
        h('span', {}, `${when(f.result.finishedAt)}: ${sharesText(f.result.shares)}`), ' ',
        h('button', { type: 'button', 'data-key': `debrief-${f.result.finishedAt}`, 'aria-label': `${k.openDebrief}: ${m.titel}, ${when(f.result.finishedAt)}`, onclick: () => ctx.ui.getState().go({ name: 'debrief', caseId: caseId, finishedAt: f.result.finishedAt }) }, k.openDebrief),
      )).reverse(),
    ),
  );
  const last = past.at(-1);
  const place = m.kaartbeeld !== undefined && isPlaceId(m.kaartbeeld) ? m.kaartbeeld : undefined;
  const artSlot = h('div', { class: 'case-art' });
  slots.push([artSlot, place]);
  // the title once; the card's facts below it say what the title does not (no "Dorian" / "Dorian, 17 jaar")
  return h(
    'li',
    { class: 'case-card' },
    artSlot,
    h('div', { class: 'case-body' },
      h('h3', { id: `case-${caseId}` }, m.titel),
      h('p', { class: 'case-theme', lang: STORY_LANG }, m.thema),
      h('dl', { class: 'case-facts' },
        h('div', {}, h('dt', {}, t.ageLabel), h('dd', {}, t.age(m.leeftijd))),
        h('div', {}, h('dt', {}, t.role), h('dd', { lang: STORY_LANG }, m.rol)),
        // the author's estimate of the time, and from the explorer how many decisions a path has
        h('div', {}, h('dt', {}, t.duration), h('dd', {}, `${t.aboutMinutes(m.duur)}, ${t.decisionsRange(decisions.min, decisions.max)}`)),
      ),
      h('details', { class: 'case-note', 'data-key': 'note' }, h('summary', { 'data-key': 'note-summary' }, t.contentNoteTitle), storyText(m.inhoud, 'p')),
      result ? h('p', { class: 'case-result' }, `${t.bestResult}: ${sharesText(result.shares)}`) : null,
      last ? h('p', { class: 'case-last' }, `${k.lastResult} (${when(last.result.finishedAt)}): ${sharesText(last.result.shares)}`) : null,
      pastList,
      playing ? h('p', { class: 'case-progress' }, `${t.inProgress}: ${t.decisionsTaken(active.decisions.length)}`) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-key': 'open', 'aria-describedby': `case-${caseId}`, onclick: () => ctx.openCase(caseId) }, playing ? t.resumeCase : t.startCase),
        playing ? h('button', { type: 'button', 'data-key': 'restart', 'aria-describedby': `case-${caseId}`, onclick: () => void ctx.restartCase(caseId) }, k.restartCase) : null,
        // finished, its result still waiting for the case's analysis (offline at the end): not in the list yet, its debrief is here
        active?.unscored ? h('button', { type: 'button', 'data-key': 'unscored', 'aria-describedby': `case-${caseId}`, onclick: () => ctx.ui.getState().go({ name: 'debrief', caseId }) }, k.openDebrief) : null,
      ),
    ),
  );
}
