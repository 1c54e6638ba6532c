/**
 * The case being played: the story log (an aria-live log, appended to, never rewritten) in which
 * every line is a toggle the player can mark "niet pluis", the open choices as buttons in the
 * play's seeded order, and the dossier of what the player marked. Keys 1-9 choose by position on
 * screen; arrows move; M marks (or unmarks) the latest line shown.
 *
 * Pacing (src/play/passages.ts): the story arrives passage by passage, with "Verder" (Space or
 * Enter) between them, unless the player chose to see everything at once. After a choice or
 * "Verder" the view lands on the new text below the sticky bar, and focus goes to an element that
 * is in view: the feedback, "Verder", the options' heading, or the passage itself.
 */
import type { ActiveCase, LogEntry } from '../play/types.ts';
import { inDisplayOrder } from '../play/option-order.ts';
import { isMarkable, latestMarkable, markedLines } from '../play/marks.ts';
import { passagesOf, shownCount } from '../play/passages.ts';
import { decisionProgress } from '../play/decision-progress.ts';
import { PLACES } from '../story/places.ts';
import { phoneLine, type PhoneHeader } from '../scenes/phone-lines.ts';
import { NO_CALL } from '../scenes/call-track.ts';
import { childName, STORY_LANG } from '../story/meta.ts';
import type { StoryLine } from '../story/runner.ts';
import type { StoryAnalysis } from '../story/explorer.ts';
import { afterPaint, h, focusHeading, storyText } from './dom.ts';
import { markToggle } from './mark-toggle.ts';
import { entryOf, langOf, strings, type AppContext } from './context.ts';
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

/** `landing`: move the focus and scroll to where the player is (not when the screen is only drawn again, in another language). */
export function playView(ctx: AppContext, caseId: string, landing = true): View {
  const t = strings(ctx);
  const lang = langOf(ctx);
  const entry = entryOf(ctx, caseId);
  const meta = entry.meta;
  // The count of decisions ahead sits in the case's analysis, a chunk of its own: until it has
  // loaded (after the first paint), the estimate comes from the card's shortest and longest path.
  let counts: Pick<StoryAnalysis, 'decisions' | 'decisionsPerPath'> = { decisions: [], decisionsPerPath: entry.decisionsPerPath };
  let alive = true;

  // where the player is in the case: plain text; a new decision is said once by the announcer below
  const status = h('p', { class: 'status progress' });
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.storyLog });
  const choiceList = h('ol', { class: 'choices', 'aria-labelledby': 'choices-title' });
  const choicesTitle = h('h2', { id: 'choices-title', tabindex: -1 }, t.choicesLabel);
  const choicesArea = h('div', { class: 'choices-area' },
    choicesTitle,
    h('p', { class: 'hint', id: 'choices-hint' }, t.choiceKeysHint),
    choiceList,
  );
  const nextButton = h('button', { type: 'button', class: 'primary continue', 'aria-keyshortcuts': 'Space Enter', onclick: () => next() },
    t.pacing.next, h('span', { class: 'continue-arrow', 'aria-hidden': 'true' }, ' ↓'));
  const nextArea = h('div', { class: 'continue-area', hidden: true }, nextButton, h('span', { class: 'hint', 'aria-hidden': 'true' }, t.pacing.nextHint));
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
  // what marking did, for a screen reader (the toggle's pressed state says it too), and the next decision's number
  const announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const world = h('div', { class: 'world', 'aria-hidden': 'true' });
  const heading = h('h1', { id: 'screen-title' }, meta.titel);

  // The picture and the dossier sit in a side column that stays in view while the story scrolls.
  const el = h('section', { class: 'screen play-screen', 'aria-labelledby': 'screen-title' },
    h('div', { class: 'case-header' }, heading, status),
    h('div', { class: 'play-layout' },
      h('div', { class: 'story-column' }, h('p', { class: 'hint mark-hint', id: 'mark-hint' }, t.markHint), log, announcer, nextArea, choicesArea, heldArea, endArea),
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
  /** At the phone: what kind of call or chat the text is in (phone-lines.ts). */
  let phone = NO_CALL;
  let shownChoices: unknown = null;
  let shownMine = true;
  let shownMore = false;
  let shownMarks: unknown = null;
  let seenDecisions = -1;
  /** The decision the progress line last spoke of: said again only when it changes, not when the estimate is refined. */
  let saidProgress: string | null = null;
  /** Set by "Verder" until the passage it asked for is on screen. */
  let stepped = false;
  /** The mark toggle of each markable log entry, by its index in the log. */
  const toggles = new Map<number, HTMLButtonElement>();
  /** The element of each passage shown, by its first log entry. */
  const passageEls = new Map<number, HTMLElement>();
  const showAll = () => ctx.settings.getState().pacing === 'all';
  const reduced = () => ctx.settings.getState().motion === 'reduced' || prefersReducedMotion();

  const toggleMark = (index: number) => {
    const before = ctx.game.playOf(caseId);
    const entry = before?.log[index];
    if (!before || entry?.kind !== 'line' || !isMarkable(before.log, index)) return;
    const marking = !before.marks.includes(index);
    ctx.game.mark(caseId, index);
    // refused (the case is open in another tab, which the screen says): nothing to announce
    if (ctx.game.playOf(caseId)?.marks.includes(index) !== marking) return;
    announcer.textContent = marking ? t.markedAnnounce(entry.line.text) : t.unmarkedAnnounce(entry.line.text);
  };

  /**
   * What kind of call (or chat) begins, in words only: no icon (an emoji the system font lacks
   * shows as an empty box), and the words are what a screen reader says.
   */
  const callHeader = ({ mode, contact }: PhoneHeader): HTMLElement =>
    h('p', { class: `call-header call-${mode}`, 'data-call': mode },
      h('strong', {}, contact ? t.call[mode].with : t.call[mode].alone, contact ? ' ' : null, contact ? storyText(contact) : null),
    );

  const lineView = (line: StoryLine, index: number, markable: boolean): HTMLElement[] => {
    const out: HTMLElement[] = [];
    // the story time and a new place, on one line: the time is shown here only, not again in the header
    const newPlace = line.place && line.place !== lastPlace ? line.place : null;
    if (newPlace) lastPlace = newPlace;
    if (line.time || newPlace) {
      out.push(h('p', { class: 'when' },
        line.time ? h('span', { class: 'time' }, h('span', { class: 'label' }, `${t.time}: `), storyText(line.time)) : null,
        line.time && newPlace ? h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · ') : null,
        newPlace ? h('span', { class: 'place' }, PLACES[newPlace][lang]) : null,
      ));
    }
    const atPhone = phoneLine(phone, line, childName(meta));
    phone = atPhone.track;
    if (atPhone.header) out.push(callHeader(atPhone.header));
    if (!line.text) return out;
    // a call is spoken: its lines read as speech under the call's header; chat lines are messages
    const message = atPhone.kind === 'message';
    const own = message && line.speaker === childName(meta);
    const cls = ['line', line.speaker ? 'speech' : 'narration', message ? 'phone-message' : '', atPhone.kind === 'call' ? 'call-line' : '', own ? 'own' : '', line.ending ? 'ending' : ''].filter(Boolean).join(' ');
    const content = [line.ending ? h('span', { class: 'tag' }, `${t.ending}: `) : null, line.speaker ? h('strong', { class: 'speaker' }, `${line.speaker}: `) : null, storyText(line.text)];
    if (!markable) {
      out.push(h('p', { class: cls }, ...content));
      return out;
    }
    const toggle = markToggle(t.markLine, { 'data-log': index }, () => toggleMark(index), content);
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

  /** How far the sticky bar reaches down the viewport (0 when it does not stick, as on short screens). */
  const stickyBottom = (): number => {
    const bar = document.querySelector<HTMLElement>('header.bar');
    if (!bar) return 0;
    const pos = getComputedStyle(bar).position;
    return pos === 'sticky' || pos === 'fixed' ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
  };

  /**
   * Lands on a passage: its top just below the sticky bar, or, when the controls under it (Verder,
   * the options) fit too, only as far down as needed to show them. Returns how far it scrolled.
   */
  const land = (passage: HTMLElement, controls: HTMLElement | null, instant = false): number => {
    const gap = 12;
    const toTop = passage.getBoundingClientRect().top - stickyBottom() - gap;
    let delta = toTop;
    if (toTop >= 0) {
      const need = controls ? controls.getBoundingClientRect().bottom - (innerHeight - gap) : 0;
      delta = Math.min(Math.max(need, 0), toTop);
    }
    if (Math.abs(delta) >= 1) scrollBy({ top: delta, behavior: instant || reduced() ? 'instant' : 'smooth' });
    return delta;
  };

  /** Is the element in view once the page has scrolled by `delta` (not under the sticky bar)? */
  const inViewAfter = (e: HTMLElement, delta: number): boolean => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.top - delta >= stickyBottom() && r.bottom - delta <= innerHeight;
  };

  /** After a choice or "Verder": land on the new passage and focus what a keyboard user needs next, in view. */
  const landOn = (passage: HTMLElement, afterChoice: boolean, instant = false) => {
    const controls = !nextArea.hidden ? nextArea : !choicesArea.hidden ? choicesArea : !endArea.hidden ? endArea : null;
    const delta = land(passage, controls, instant);
    const made = afterChoice ? passage.querySelector<HTMLElement>('.choice-made') : null;
    // after a choice its feedback is read first; else the way on: Verder, the options' heading, the end
    const wanted = made ?? (!nextArea.hidden ? nextButton : !choicesArea.hidden ? choicesTitle : !endArea.hidden ? endArea.querySelector('button') : null);
    const target = wanted && inViewAfter(wanted, delta) ? wanted : passage;
    if (target === passage && !passage.hasAttribute('tabindex')) passage.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  };

  const update = () => {
    const active = ctx.game.playOf(caseId);
    if (!active) return;
    if (active.log.length < rendered) {
      log.replaceChildren();
      toggles.clear();
      passageEls.clear();
      shownMarks = null;
      rendered = 0;
      lastPlace = null;
      phone = NO_CALL;
    }
    const passages = passagesOf(active.log, active.decisions);
    // never take back what is on screen (e.g. after switching from everything at once to passages)
    const shown = Math.max(rendered, shownCount(passages, active, showAll()));
    if (!showAll() && shown > shownCount(passages, active)) {
      // more is on screen than the play says was reached (it was all shown at once): the play says
      // so too, or a screen drawn anew would take back text already read
      const last = passages.find((p) => p.round === active.decisions.length && p.start < shown && shown <= p.end);
      if (last) queueMicrotask(() => ctx.game.reach(caseId, last.round, last.index));
    }
    const more = shown < active.log.length;
    const chose = seenDecisions >= 0 && active.decisions.length > seenDecisions;
    const opening = seenDecisions < 0;
    seenDecisions = active.decisions.length;

    let firstNew: HTMLElement | null = null;
    for (const p of passages) {
      if (p.end <= rendered || p.start >= shown) continue;
      let box = passageEls.get(p.start);
      if (!box) {
        box = h('div', { class: 'passage', 'data-round': p.round, 'data-passage': p.index });
        passageEls.set(p.start, box);
        log.append(box);
        firstNew ??= box;
      }
      const from = Math.max(p.start, rendered);
      const to = Math.min(p.end, shown);
      const fresh: HTMLElement[] = [];
      for (let i = from; i < to; i++) fresh.push(...entryView(active.log[i]!, i, active));
      box.append(...fresh);
    }
    const current = [...passageEls.values()].at(-1);
    for (const box of passageEls.values()) box.classList.toggle('current', box === current);
    rendered = shown;
    renderMarks(active);

    const progress = decisionProgress(counts, active);
    const progressText = progress.finished ? t.pacing.finished(progress.number) : t.pacing.progress(progress.number, progress.total, progress.exact);
    if (status.textContent !== progressText) status.textContent = progressText;
    const progressKey = `${progress.number}${progress.finished ? '.' : ''}`;
    if (saidProgress !== null && saidProgress !== progressKey) announcer.textContent = progressText;
    saidProgress = progressKey;

    const mine = ctx.game.isPlaying(caseId) || active.finished;
    // the case taken by another tab while a choice or "Verder" had the focus: on to the way to take it back
    const toHeld = !mine && heldArea.hidden && [nextArea, choicesArea].some((a) => a.contains(document.activeElement));
    heldArea.hidden = mine;
    nextArea.hidden = !more || !mine;
    if (shownChoices !== active.choices || shownMine !== mine || shownMore !== more) {
      shownChoices = active.choices;
      shownMine = mine;
      shownMore = more;
      // shown in the play's seeded order: the position of an option says nothing about its worth;
      // not before the last passage of the round is read
      choiceList.replaceChildren(
        ...(more ? [] : inDisplayOrder(active.seed, active.choices)).map((c, i) =>
          h('li', {}, h('button', { type: 'button', class: 'choice', 'data-index': c.index, 'aria-describedby': 'choices-hint', onclick: () => ctx.choose(c.index) },
            h('span', { class: 'key', 'aria-hidden': 'true' }, `${i + 1}`), choiceText(c.text))),
        ),
      );
      choicesArea.hidden = more || active.choices.length === 0 || !mine;
      endArea.hidden = more || !active.finished;
    }
    if (toHeld) heldArea.querySelector('button')?.focus();
    // Landing: after a choice on its feedback, after "Verder" on the new passage. It never lands
    // focus on an option by itself: Enter pressed to go on must not choose.
    if (firstNew && !opening && (chose || stepped)) {
      stepped = false;
      landOn(firstNew, chose);
    }
  };

  /** "Verder": the next passage of this round. */
  const next = () => {
    const active = ctx.game.playOf(caseId);
    if (!active || nextArea.hidden) return;
    const p = passagesOf(active.log, active.decisions).find((x) => x.start <= rendered && rendered < x.end);
    if (!p) return;
    stepped = true;
    ctx.game.reach(caseId, p.round, p.index);
  };

  const buttons = () => [...choiceList.querySelectorAll<HTMLButtonElement>('button.choice')];
  const onKey = (ev: KeyboardEvent) => {
    if (ctx.ui.getState().paused || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const target = ev.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const all = buttons();
    if ((ev.key === 'Enter' || ev.key === ' ') && !nextArea.hidden) {
      // Space or Enter goes on, unless it is meant for a control that has the focus
      if (target && target !== nextButton && target.closest('button, a[href], summary, [contenteditable], header, dialog')) return;
      ev.preventDefault();
      next();
    } else if (ev.key === 'm' || ev.key === 'M') {
      ev.preventDefault();
      const active = ctx.game.playOf(caseId);
      const latest = active ? latestMarkable(active.log.slice(0, rendered)) : -1;
      if (latest < 0) announcer.textContent = t.nothingToMark;
      else toggleMark(latest);
    } else if (/^[1-9]$/.test(ev.key)) {
      const b = all[Number(ev.key) - 1];
      if (b) {
        ev.preventDefault();
        // a choice is one press: a key held down does not choose again at the next decision
        if (!ev.repeat) b.click();
      }
    } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (all.length === 0) return;
      ev.preventDefault();
      const at = all.indexOf(document.activeElement as HTMLButtonElement);
      const next = ev.key === 'ArrowDown' ? (at + 1) % all.length : (at - 1 + all.length) % all.length;
      all[at === -1 ? 0 : next]!.focus();
    }
  };

  update();
  const unsubscribe = ctx.progress.subscribe(() => update());
  const unsettle = ctx.settings.subscribe(() => update());
  const unlisten = ctx.game.on((e) => (e.type === 'lost' || e.type === 'opened') && e.caseId === caseId && update());
  document.addEventListener('keydown', onKey);
  // On opening: the screen's heading, when the play is at its first passage and the way on is in
  // view; else (a resume further on) land on the passage the player was at, so nothing is focused
  // out of view. The view lands by itself, also on a reload (app.ts turns the browser's own
  // restore off for this screen's history entry).
  if (landing) afterPaint(() => {
    if (!alive) return; // left within a frame: the next screen lands by itself
    const current = [...passageEls.values()].at(-1);
    const controls = [nextArea, choicesArea, endArea].find((a) => !a.hidden);
    const fits = !controls || controls.getBoundingClientRect().bottom <= innerHeight;
    if (!current || (current === log.firstElementChild && fits)) focusHeading(heading);
    else landOn(current, false, true);
  });
  afterPaint(() => {
    void entry.loadAnalysis().then((a) => {
      counts = a;
      if (alive) update();
    }, () => undefined); // without it the estimate stays the card's
  });
  const unmountWorld = pageWorld.show(world, worldSource(ctx.progress, ctx.settings, caseId, childName(meta), entry.cast));

  return {
    el,
    destroy() {
      alive = false;
      unsubscribe();
      unsettle();
      unlisten();
      document.removeEventListener('keydown', onKey);
      unmountWorld();
    },
  };
}
