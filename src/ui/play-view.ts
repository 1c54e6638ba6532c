/**
 * The case being played: the story log (an aria-live log, appended to, never rewritten), the
 * open choices as buttons, and the dossier of signals noticed. Keys 1-9 choose; arrows move.
 */
import type { ActiveCase, LogEntry } from '../play/types.ts';
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
  const meta = entryOf(ctx, caseId).analysis.meta;

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
  const world = h('div', { class: 'world', 'aria-hidden': 'true' });
  const heading = h('h1', { id: 'screen-title' }, meta.titel);

  // The picture and the dossier sit in a side column that stays in view while the story scrolls.
  const el = h('section', { class: 'screen play-screen', 'aria-labelledby': 'screen-title' },
    h('div', { class: 'case-header' }, heading, status),
    h('div', { class: 'play-layout' },
      h('div', { class: 'story-column' }, log, choicesArea, heldArea, endArea),
      // focusable: the column scrolls on its own, and keyboard users must be able to scroll it
      h('div', { class: 'side-column', role: 'region', tabindex: 0, 'aria-labelledby': 'dossier-title' },
        world,
        h('aside', { class: 'dossier', 'aria-labelledby': 'dossier-title' },
          h('h2', { id: 'dossier-title' }, t.dossier),
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

  const lineView = (line: StoryLine): HTMLElement[] => {
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
    const cls = ['line', line.speaker ? 'speech' : 'narration', message ? 'phone-message' : '', own ? 'own' : '', line.signal ? 'signal' : '', line.ending ? 'ending' : ''].filter(Boolean).join(' ');
    out.push(
      h('p', { class: cls },
        line.signal ? h('span', { class: 'tag' }, lang === 'nl' ? '⚑ Signaal: ' : '⚑ Signal: ') : null,
        line.ending ? h('span', { class: 'tag' }, `${t.ending}: `) : null,
        line.speaker ? h('strong', { class: 'speaker' }, `${line.speaker}: `) : null,
        storyText(line.text),
      ),
    );
    if (line.signal) dossierList.append(h('li', {}, lastTime ? h('span', { class: 'when', lang: STORY_LANG }, `${lastTime}: `) : null, storyText(line.text)));
    return out;
  };

  const entryView = (entry: LogEntry, decisions: ActiveCase['decisions']): HTMLElement[] => {
    if (entry.kind === 'line') return lineView(entry.line);
    const d = decisions[entry.decision];
    if (!d) return [];
    return [h('div', { class: 'choice-made' }, h('p', {}, h('span', { class: 'label' }, `${t.youChose}: `), storyText(d.chosen.text)), feedbackView(d.chosen.assessment, t, lang))];
  };

  const update = (focusChoices: boolean) => {
    const active = ctx.game.playOf(caseId);
    if (!active) return;
    if (active.log.length < rendered) {
      log.replaceChildren();
      dossierList.replaceChildren();
      rendered = 0;
      lastPlace = null;
      lastTime = null;
    }
    const fresh: HTMLElement[] = [];
    for (const entry of active.log.slice(rendered)) fresh.push(...entryView(entry, active.decisions));
    rendered = active.log.length;
    log.append(...fresh);
    if (fresh.length > 0 && rendered > fresh.length) fresh[0]!.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });

    const lines = active.log.flatMap((e) => (e.kind === 'line' ? [e.line] : []));
    const time = [...lines].reverse().find((l) => l.time)?.time;
    const place = [...lines].reverse().find((l) => l.place)?.place;
    status.replaceChildren(...(time ? [`${t.time}: `, storyText(time)] : []), time && place ? ' · ' : '', place ? PLACES[place][lang] : '');

    const mine = ctx.game.isPlaying(caseId) || active.finished;
    heldArea.hidden = mine;
    if (shownChoices !== active.choices || shownMine !== mine) {
      shownChoices = active.choices;
      shownMine = mine;
      choiceList.replaceChildren(
        ...active.choices.map((c, i) =>
          h('li', {}, h('button', { type: 'button', class: 'choice', 'data-index': c.index, 'aria-describedby': 'choices-hint', onclick: () => ctx.choose(c.index) },
            h('span', { class: 'key', 'aria-hidden': 'true' }, `${i + 1}`), choiceText(c.text))),
        ),
      );
      choicesArea.hidden = active.choices.length === 0 || !mine;
      endArea.hidden = !active.finished;
      if (focusChoices) {
        const first = active.finished ? endArea.querySelector('button') : choiceList.querySelector('button');
        first?.focus({ preventScroll: true });
      }
    }
  };

  const buttons = () => [...choiceList.querySelectorAll<HTMLButtonElement>('button.choice')];
  const onKey = (ev: KeyboardEvent) => {
    if (ctx.ui.getState().paused || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const target = ev.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const all = buttons();
    if (/^[1-9]$/.test(ev.key)) {
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
  const unmountWorld = pageWorld.show(world, worldSource(ctx.progress, ctx.settings, caseId, childName(meta)));

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
