/**
 * What the room sees on the stage: the story up to the decision, with the lines the trainer marked
 * "niet pluis" for the room (each line is the toggle), the options in the session's order, the
 * vote result once revealed, and the feedback only after the choice is taken. Nothing
 * here is a control only the trainer should have, except going on and back to the main path,
 * which the room sees the trainer do.
 */
import { PLACES } from '../../story/places.ts';
import { ROUTE_ROLES, type RouteRole } from '../../story/route-roles.ts';
import type { StoryLine } from '../../story/runner.ts';
import { routeEntryFor } from '../../workshop/policy.ts';
import { branchOf, pathTo } from '../../workshop/session.ts';
import type { WorkshopNode, WorkshopSession } from '../../workshop/types.ts';
import { percentages, voteTotals } from '../../workshop/votes.ts';
import { displayOptions, groupName } from '../../live/stage.ts';
import { isMarkableLine } from '../../play/marks.ts';
import { isMarked, latestMarkableLine, markedAt } from '../../workshop/marks.ts';
import { langOf, strings } from '../context.ts';
import { policyText } from './policy-text.ts';
import { h, storyText } from '../dom.ts';
import { markToggle } from '../mark-toggle.ts';
import { feedbackView } from '../feedback-view.ts';
import { numberOf, type StageContext } from './stage-context.ts';
import { workshopText } from './workshop-text.ts';

export type ProjectorPanel = {
  /** The room's view of the stop the cursor is on. */
  render(s: WorkshopSession, node: WorkshopNode): HTMLElement;
  /** Puts the marks and the options (once revealed, with their result) in place without a new render. */
  refresh(s: WorkshopSession, node: WorkshopNode): void;
  /** Marks the latest line of the stop on screen for the room, or takes its mark away (the M key). */
  markLatest(): void;
};

export function projectorPanel(sc: StageContext): ProjectorPanel {
  const { ctx, w, sessionId, act } = sc;
  const t = strings(ctx);
  const ws = workshopText(ctx);
  const lang = langOf(ctx);
  const go = ctx.ui.getState().go;
  let optionList: HTMLOListElement | null = null;
  /** The mark toggle of each markable line of the stop on screen, by its index in the stop's lines. */
  const toggles = new Map<number, HTMLButtonElement>();

  /** Marks a line for the room (or takes the mark away), and says so to a screen reader. */
  const mark = (nodeId: string, index: number) => {
    const s = sc.session();
    const line = s?.nodes[nodeId]?.lines[index];
    if (!s || !isMarkableLine(line)) return;
    const marking = !isMarked(s, nodeId, index);
    w.driver.toggleMark(sessionId, nodeId, index);
    sc.announce(marking ? t.markedAnnounce(line!.text) : t.unmarkedAnnounce(line!.text));
  };

  /** M: the latest line of the stop on screen. */
  const markLatest = () => {
    const s = sc.session();
    if (!s) return;
    const node = s.nodes[s.cursor.node]!;
    const latest = latestMarkableLine(node.lines);
    if (latest < 0) sc.announce(t.nothingToMark);
    else mark(node.id, latest);
  };

  const refreshMarks = (s: WorkshopSession, node: WorkshopNode) => {
    const marked = markedAt(s, node.id);
    for (const [i, b] of toggles) b.setAttribute('aria-pressed', String(marked.has(i)));
  };

  const routeNote = (s: WorkshopSession, role: RouteRole): HTMLElement => {
    const entry = routeEntryFor(s.policy.routeMap, role);
    const text = entry ? [entry.organisation, entry.contact].filter(Boolean).join(' · ') : policyText(ctx).routeMissing;
    return h('p', { class: `ws-route${entry ? '' : ' ws-route-missing'}` }, h('span', { class: 'label' }, `${policyText(ctx).routeHere}, ${ROUTE_ROLES[role][lang]}: `), text);
  };

  const lineView = (s: WorkshopSession, node: WorkshopNode, line: StoryLine, index: number): HTMLElement[] => {
    const out: HTMLElement[] = [];
    if (line.time) out.push(h('p', { class: 'ws-time' }, line.time));
    if (line.place) out.push(h('p', { class: 'ws-place' }, `— ${PLACES[line.place][lang]} —`));
    if (line.text) {
      // no line is labelled a signal: noticing is the room's job (the debrief holds the answer key)
      const content = [
        line.ending ? h('span', { class: 'tag' }, `${t.ending}: `) : null,
        line.speaker ? h('strong', {}, `${line.speaker}: `) : null,
        storyText(line.text),
      ];
      const cls = ['ws-line', line.ending ? 'ws-ending' : ''].filter(Boolean).join(' ');
      if (!isMarkableLine(line)) out.push(h('p', { class: cls }, ...content));
      else {
        const toggle = markToggle(t.markLine, { 'data-line': index, 'data-key': `line-${index}` }, () => mark(node.id, index), content);
        toggles.set(index, toggle);
        out.push(h('p', { class: `${cls} markable` }, toggle));
      }
    }
    // where the story names a role in the referral route, the room sees who that is here
    if (line.route) out.push(routeNote(s, line.route));
    return out;
  };

  /** The options as projected: numbered, with the result once revealed. */
  const refreshOptions = (s: WorkshopSession, node: WorkshopNode) => {
    if (!optionList) return;
    const totals = voteTotals(node);
    const shares = percentages(totals);
    const revealed = node.phase === 'revealed';
    const showing = s.cursor.node === node.id ? s.cursor.showing : null;
    optionList.replaceChildren(...displayOptions(s, node).map((o, pos) => [o, pos, node.options.indexOf(o)] as const).map(([o, pos, ip]) =>
      h('li', { class: `ws-option${showing === o.index ? ' ws-shown' : ''}`, 'data-index': o.index },
        h('span', { class: 'ws-num', 'aria-hidden': 'true' }, String(pos + 1)),
        h('div', { class: 'ws-option-body' },
          h('p', { class: 'ws-option-text' }, h('span', { class: 'ws-sr-only' }, `${ws.optionN(pos + 1)}: `), storyText(o.text),
            showing === o.index ? h('span', { class: 'ws-mark' }, ` ✓ ${ws.chosenMark}`) : null),
          revealed
            ? h('p', { class: 'ws-result' },
                h('span', { class: 'ws-bar', 'aria-hidden': 'true' }, h('span', { class: 'ws-bar-fill', style: `width:${shares[ip]}%` })),
                h('span', { class: 'ws-count' }, ws.voteShare(totals[ip]!, shares[ip]!)),
                s.groups.length > 1 ? h('span', { class: 'ws-per-group' }, s.groups.map((g) => `${groupName(g, lang)}: ${node.votes[g.id]?.[ip] ?? 0}`).join(' · ')) : null)
            : null,
        ),
      )));
  };

  const render = (s: WorkshopSession, node: WorkshopNode): HTMLElement => {
    toggles.clear();
    const showing = s.cursor.showing;
    const branch = branchOf(s, node.id);
    const whatIfHere = node.taken !== null && showing !== null && showing !== node.taken;
    const from = branch ?? (whatIfHere ? { from: node, choice: showing } : null);
    const fromText = from ? from.from.options.find((o) => o.index === from.choice)!.text : '';
    const number = pathTo(s, node.id).length;

    const main: Array<HTMLElement | null> = [
      h('header', { class: 'ws-stage-head' },
        h('p', { class: 'ws-kicker' }, `${s.caseTitle} · ${s.name}`),
        h('h1', { id: 'screen-title' }, node.finished ? ws.end : ws.decisionN(number)),
      ),
      from
        ? h('div', { class: 'ws-whatif', role: 'note' },
            h('strong', {}, `${ws.whatIfBanner} `), ws.whatIfNote(pathTo(s, from.from.id).length, fromText), ' ',
            h('button', { type: 'button', 'data-key': 'back-main-banner', onclick: act(null, () => w.driver.returnToMain(sessionId)) }, ws.backToMain))
        : null,
      h('div', { class: 'ws-story', 'aria-live': 'polite' }, ...node.lines.flatMap((l, i) => lineView(s, node, l, i))),
    ];

    optionList = null;
    if (!node.finished) {
      optionList = h('ol', { class: 'ws-option-list', 'aria-labelledby': 'ws-options-title' });
      main.push(h('section', { class: 'ws-options', 'aria-labelledby': 'ws-options-title' },
        h('h2', { id: 'ws-options-title' }, ws.optionsTitle),
        showing === null ? h('p', { class: 'ws-phase' }, node.phase === 'discuss' ? ws.phaseDiscuss : node.phase === 'vote' ? ws.phaseVote : ws.phaseRevealed) : null,
        optionList,
      ));
    }
    if (showing !== null) {
      const option = node.options.find((o) => o.index === showing)!;
      const heading = showing !== node.taken ? ws.whatIfChosen : node.takenBy === 'majority' ? ws.chosenByGroup : ws.chosenByTrainer;
      main.push(h('section', { class: 'ws-feedback', 'aria-labelledby': 'ws-feedback-title' },
        h('h2', { id: 'ws-feedback-title' }, heading),
        h('p', { class: 'ws-chosen-text' }, `${numberOf(s, node, showing)}. ${option.text}`),
        feedbackView(option.assessment, t, lang),
        h('button', { type: 'button', class: 'primary ws-next', 'data-key': 'next', onclick: act(null, () => w.driver.advance(sessionId)) }, ws.next, h('span', { 'aria-hidden': 'true' }, ' →')),
      ));
    }
    if (node.finished) {
      main.push(h('section', { class: 'ws-feedback' },
        h('p', {}, ws.ended),
        h('button', { type: 'button', class: 'primary', 'data-key': 'to-debrief', onclick: () => go({ name: 'workshop-debrief', sessionId }) }, ws.toDebrief),
      ));
    }
    return h('div', { class: 'ws-stage-main' }, ...main);
  };

  const refresh = (s: WorkshopSession, node: WorkshopNode) => {
    refreshMarks(s, node);
    refreshOptions(s, node);
  };

  return { render, refresh, markLatest };
}
