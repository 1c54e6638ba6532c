/**
 * The case being played: the story log (an aria-live log, appended to, never rewritten) in which
 * every line is a toggle the player can mark "niet pluis", the open choices as buttons in the
 * play's seeded order, and the dossier of what the player marked. Keys 1-9 choose by position on
 * screen; arrows move; M marks (or unmarks) the latest line.
 */
import type { ActiveCase, LogEntry } from '../play/types.ts';
import { inDisplayOrder } from '../play/option-order.ts';
import { isMarkable, latestMarkable, markedLines } from '../play/marks.ts';
import { PLACES } from '../story/places.ts';
import { childName, STORY_LANG } from '../story/meta.ts';
import type { StoryLine } from '../story/runner.ts';
import { afterPaint, h, focusHeading, storyText } from './dom.ts';
import { entryOf, strings, type AppContext } from './context.ts';
import { feedbackView } from './feedback-view.ts';
import { pageWorld, worldSource } from './world-bridge.ts';
import { prefersReducedMotion } from './motion.ts';

export type View = { readonly el: HTMLElement; destroy(): void };

/**
 * A choice's text, marked for Element Timing (npm run bench): the browser times the paint of the
 * element that holds the text itself, so the mark sits here, not on the button around it.
 */
function choiceText(text: string): HTMLElement {
  const el = storyText(text);
  el.setAttribute('elementtiming', 'choice');
  return el;
}

export function playView(ctx: AppContext, caseId: string): View {
  const t = strings(ctx);
  const lang = ctx.settings.getState().lang;
  const meta = entryOf(ctx, caseId).meta;

  const status = h('p', { class: 'status' });
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.storyLog });
  const choiceList = h('ol', { class: 'choices', 'aria-labelledby': 'choices-title' });
  const choicesArea = h('div', { class: 'choices-area' },
    h('h2', { id: 'choices-title' }, t.choicesLabel),
    h('p', { class: 'hint', id: 'choices-hint' }, t.choiceKeysHint),
    choiceList,
  );
  const endArea = h('div', { class: 'end-area', hidden: true },
    h('button', { type: 'button', class: 'primary', onclick: () => ctx.ui.getState().go({ name: 'debrief', caseId }) }, t.toDebrief),
  );
  // another tab took this case over: say so, and offer to take it back
  const heldArea = h('div', { class: 'held-area', hidden: true },
    h('p', {}, t.keep.lostToOtherTab),
    h('button', { type: 'button', class: 'primary', onclick: () => void ctx.playCase(caseId, 'take-over') }, t.keep.takeOver),
  );
  const dossierList = h('ul', { class: 'dossier-list' });
  const dossierEmpty = h('p', { class: 'hint' }, t.dossierEmpty);
  // what marking did, for a screen reader (the toggle's pressed state says it too)
  const announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const world = h('div', { class: 'world', 'aria-hidden': 'true' });
  const heading = h('h1', { id: 'screen-title' }, meta.titel);

  // The picture and the dossier sit in a side column that stays in view while the story scrolls.
  const el = h('section', { class: 'screen play-screen', 'aria-labelledby': 'screen-title' },
    h('div', { class: 'case-header' }, heading, status),
    h('div', { class: 'play-layout' },
      h('div', { class: 'story-column' }, h('p', { class: 'hint mark-hint', id: 'mark-hint' }, t.markHint), log, announcer, choicesArea, heldArea, endArea),
      // focusable: the column scrolls on its own, and keyboard users must be able to scroll it
      h('div', { class: 'side-column', role: 'region', tabindex: 0, 'aria-labelledby': 'dossier-title' },
        world,
        h('aside', { class: 'dossier', 'aria-labelledby': 'dossier-title' },
          h('h2', { id: 'dossier-title' }, t.dossier),
          h('p', { class: 'hint' }, t.dossierIntro),
          dossierEmpty,
          dossierList,
        ),
      ),
    ),
  );

  let rendered = 0;
  let lastPlace: string | null = null;
  let lastTime: string | null = null;
  let shownChoices: unknown = null;
  let shownMine = true;
  let shownMarks: unknown = null;
  /** The mark toggle of each markable log entry, by its index in the log. */
  const toggles = new Map<number, HTMLButtonElement>();

  const toggleMark = (index: number) => {
    const before = ctx.game.playOf(caseId);
    const entry = before?.log[index];
    if (!before || entry?.kind !== 'line' || !isMarkable(before.log, index)) return;
    const marking = !before.marks.includes(index);
    ctx.progress.getState().toggleMark(caseId, index);
    announcer.textContent = marking ? t.markedAnnounce(entry.line.text) : t.unmarkedAnnounce(entry.line.text);
  };

  const lineView = (line: StoryLine, index: number, markable: boolean): HTMLElement[] => {
    const out: HTMLElement[] = [];
    lastTime = line.time ?? lastTime;
    if (line.time) out.push(h('p', { class: 'time' }, h('span', { class: 'label' }, `${t.time}: `), storyText(line.time)));
    if (line.place && line.place !== lastPlace) {
      lastPlace = line.place;
      out.push(h('p', { class: 'place' }, `— ${PLACES[line.place][lang]} —`));
    }
    if (!line.text) return out;
    const message = lastPlace === 'telefoon' && line.speaker !== null;
    const own = message && line.speaker === childName(meta);
    const cls = ['line', line.speaker ? 'speech' : 'narration', message ? 'phone-message' : '', own ? 'own' : '', line.ending ? 'ending' : ''].filter(Boolean).join(' ');
    const content = [line.ending ? h('span', { class: 'tag' }, `${t.ending}: `) : null, line.speaker ? h('strong', { class: 'speaker' }, `${line.speaker}: `) : null, storyText(line.text)];
    if (!markable) {
      out.push(h('p', { class: cls }, ...content));
      return out;
    }
    // The line itself is the toggle: its name is the line, its state is pressed or not; the flag
    // and the word beside it show the mark without relying on colour.
    const toggle = h('button', { type: 'button', class: 'mark-toggle', 'aria-pressed': 'false', 'data-log': index, onclick: () => toggleMark(index) },
      h('span', { class: 'mark-flag', 'aria-hidden': 'true' }, h('span', { class: 'flag-off' }, '⚐'), h('span', { class: 'flag-on' }, `⚑ ${t.markLine}`)),
      ...content,
    );
    toggles.set(index, toggle);
    out.push(h('p', { class: `${cls} markable` }, toggle));
    return out;
  };

  const entryView = (entry: LogEntry, index: number, active: ActiveCase): HTMLElement[] => {
    if (entry.kind === 'line') return lineView(entry.line, index, isMarkable(active.log, index));
    const d = active.decisions[entry.decision];
    if (!d) return [];
    return [h('div', { class: 'choice-made', tabindex: -1 }, h('p', {}, h('span', { class: 'label' }, `${t.youChose}: `), storyText(d.chosen.text)), feedbackView(d.chosen.assessment, t, lang))];
  };

  const renderMarks = (active: ActiveCase) => {
    if (shownMarks === active.marks) return;
    shownMarks = active.marks;
    const marked = new Set(active.marks);
    for (const [i, b] of toggles) b.setAttribute('aria-pressed', String(marked.has(i)));
    const items = markedLines(active.log, active.marks);
    dossierEmpty.hidden = items.length > 0;
    dossierList.replaceChildren(...items.map((m) => h('li', {}, m.time ? h('span', { class: 'when', lang: STORY_LANG }, `${m.time}: `) : null, storyText(m.text))));
  };

  const update = (focusAfterChoice: boolean) => {
    const active = ctx.game.playOf(caseId);
    if (!active) return;
    if (active.log.length < rendered) {
      log.replaceChildren();
      toggles.clear();
      shownMarks = null;
      rendered = 0;
      lastPlace = null;
      lastTime = null;
    }
    const fresh: HTMLElement[] = [];
    active.log.slice(rendered).forEach((entry, k) => fresh.push(...entryView(entry, rendered + k, active)));
    rendered = active.log.length;
    log.append(...fresh);
    if (fresh.length > 0 && rendered > fresh.length) fresh[0]!.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
    renderMarks(active);

    const lines = active.log.flatMap((e) => (e.kind === 'line' ? [e.line] : []));
    const time = [...lines].reverse().find((l) => l.time)?.time;
    const place = [...lines].reverse().find((l) => l.place)?.place;
    status.replaceChildren(...(time ? [`${t.time}: `, storyText(time)] : []), time && place ? ' · ' : '', place ? PLACES[place][lang] : '');

    const mine = ctx.game.isPlaying(caseId) || active.finished;
    heldArea.hidden = mine;
    if (shownChoices !== active.choices || shownMine !== mine) {
      shownChoices = active.choices;
      shownMine = mine;
      // shown in the play's seeded order: the position of an option says nothing about its worth
      choiceList.replaceChildren(
        ...inDisplayOrder(active.seed, active.choices).map((c, i) =>
          h('li', {}, h('button', { type: 'button', class: 'choice', 'data-index': c.index, 'aria-describedby': 'choices-hint', onclick: () => ctx.choose(c.index) },
            h('span', { class: 'key', 'aria-hidden': 'true' }, `${i + 1}`), choiceText(c.text))),
        ),
      );
      choicesArea.hidden = active.choices.length === 0 || !mine;
      endArea.hidden = !active.finished;
      // After a choice the focus goes to its feedback, to be read first; the new lines and the
      // next options follow it in the tab order. It never lands on an option by itself.
      if (focusAfterChoice) [...log.querySelectorAll<HTMLElement>('.choice-made')].at(-1)?.focus({ preventScroll: true });
    }
  };

  const buttons = () => [...choiceList.querySelectorAll<HTMLButtonElement>('button.choice')];
  const onKey = (ev: KeyboardEvent) => {
    if (ctx.ui.getState().paused || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const target = ev.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const all = buttons();
    if (ev.key === 'm' || ev.key === 'M') {
      ev.preventDefault();
      const active = ctx.game.playOf(caseId);
      const latest = active ? latestMarkable(active.log) : -1;
      if (latest < 0) announcer.textContent = t.nothingToMark;
      else toggleMark(latest);
    } else if (/^[1-9]$/.test(ev.key)) {
      const b = all[Number(ev.key) - 1];
      if (b) {
        ev.preventDefault();
        b.click();
      }
    } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (all.length === 0) return;
      ev.preventDefault();
      const at = all.indexOf(document.activeElement as HTMLButtonElement);
      const next = ev.key === 'ArrowDown' ? (at + 1) % all.length : (at - 1 + all.length) % all.length;
      all[at === -1 ? 0 : next]!.focus();
    }
  };

  update(false);
  const unsubscribe = ctx.progress.subscribe(() => update(true));
  const unlisten = ctx.game.on((e) => (e.type === 'lost' || e.type === 'opened') && e.caseId === caseId && update(false));
  document.addEventListener('keydown', onKey);
  afterPaint(() => focusHeading(heading));
  const unmountWorld = pageWorld.show(world, worldSource(ctx.progress, ctx.settings, caseId, childName(meta), entryOf(ctx, caseId).cast));

  return {
    el,
    destroy() {
      unsubscribe();
      unlisten();
      document.removeEventListener('keydown', onKey);
      unmountWorld();
    },
  };
}
