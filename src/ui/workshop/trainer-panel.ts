/**
 * The trainer panel beside the stage (T shows or hides it): what only the trainer needs. The live
 * room and the projector window, how to mark lines for the room, discussion prompts, policy questions, running the vote with the
 * counts per table, taking the choice, "what if" replays, the path, and the way to the debrief.
 */
import { displayOptions } from '../../live/stage.ts';
import { marksOf } from '../../workshop/marks.ts';
import { isOnMainPath, lineThrough, pathTo, whatIfs } from '../../workshop/session.ts';
import type { WorkshopNode, WorkshopSession } from '../../workshop/types.ts';
import { majorityChoice, voteTotals } from '../../workshop/votes.ts';
import { langOf } from '../context.ts';
import { policyText } from './policy-text.ts';
import { h } from '../dom.ts';
import type { ConsoleLive } from '../live/console-live.ts';
import { liveStrings } from '../live/live-text.ts';
import { exportCsv, exportJson } from './list-view.ts';
import { numberOf, type StageContext } from './stage-context.ts';
import { voteTable, type VoteTable } from './vote-table.ts';
import { workshopText } from './workshop-text.ts';

export type TrainerPanel = {
  /** The panel for the stop the cursor is on; hidden (but kept) when `open` is false. */
  render(s: WorkshopSession, node: WorkshopNode, open: boolean): HTMLElement;
  /** Follows new vote counts in place: the table's totals, the majority button and the replays' labels. */
  refresh(s: WorkshopSession, node: WorkshopNode): void;
};

export function trainerPanel(sc: StageContext, live: ConsoleLive): TrainerPanel {
  const { ctx, w, sessionId, act } = sc;
  const ws = workshopText(ctx);
  const lang = langOf(ctx);
  const go = ctx.ui.getState().go;
  let table: VoteTable | null = null;
  let majorityButton: HTMLButtonElement | null = null;
  let majorityNote: HTMLElement | null = null;
  /** The "what if" buttons, by the option's place in the node and its number on screen. */
  let playouts: Array<{ readonly button: HTMLElement; readonly at: number; readonly number: number }> = [];
  const markCount = h('p', { class: 'ws-mark-count' });

  /** A step that takes the counts as they are stored: refused, with the table saying why, while a typed count is not stored. */
  const counted = (f: () => void) => () => {
    if (table && !table.check()) return;
    f();
  };

  const refresh = (s: WorkshopSession, node: WorkshopNode) => {
    table?.refresh(node);
    markCount.textContent = ws.roomMarkCount(marksOf(s).length);
    if (majorityButton && majorityNote) {
      const m = majorityChoice(node);
      majorityButton.disabled = m === null;
      majorityButton.textContent = m === null ? ws.takeMajorityNone : ws.takeMajority(numberOf(s, node, m));
      majorityNote.hidden = m !== null;
    }
    if (playouts.length > 0) {
      const totals = voteTotals(node);
      for (const p of playouts) p.button.textContent = ws.playOut(p.number, ws.votes(totals[p.at] ?? 0));
    }
  };

  const voteSection = (s: WorkshopSession, node: WorkshopNode): HTMLElement => {
    const vote: Array<HTMLElement | null> = [h('h3', { id: 'ws-vote-title' }, ws.voteTitle)];
    if (node.phase === 'discuss') {
      vote.push(h('button', { type: 'button', class: 'primary', 'data-key': 'start-vote', onclick: act(`count-0-${s.groups[0]!.id}`, () => w.driver.setPhase(sessionId, node.id, 'vote')) }, ws.startVote));
    } else {
      table = voteTable(sc, s, node);
      vote.push(...table.parts);
      const lt = liveStrings(ctx);
      if (node.phase === 'vote' && live.live()) {
        vote.push(live.isClosed(node.id)
          ? h('div', {}, h('p', { role: 'status' }, lt.closed), h('button', { type: 'button', 'data-key': 'reopen-vote', onclick: act('close-vote', () => live.setClosed(node.id, false)) }, lt.reopenVote))
          : h('button', { type: 'button', 'data-key': 'close-vote', onclick: act('reopen-vote', () => live.setClosed(node.id, true)) }, lt.closeVote));
      }
      vote.push(node.phase === 'vote'
        ? h('button', { type: 'button', class: 'primary', 'data-key': 'reveal', onclick: counted(act('take-majority', () => w.driver.setPhase(sessionId, node.id, 'revealed'))) }, ws.reveal)
        : h('button', { type: 'button', 'data-key': 'hide', onclick: act('reveal', () => w.driver.setPhase(sessionId, node.id, 'vote')) }, ws.hideResult));
    }
    return h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-vote-title' }, ...vote);
  };

  const takeSection = (s: WorkshopSession, node: WorkshopNode): HTMLElement => {
    if (node.taken === null) {
      majorityButton = h('button', { type: 'button', class: 'primary', 'data-key': 'take-majority', onclick: counted(act('next', () => {
        const m = majorityChoice(w.store.getState().sessions[sessionId]!.nodes[node.id]!);
        if (m !== null) return w.driver.play(sessionId, node.id, m);
      })) });
      majorityNote = h('p', { class: 'hint' }, ws.noMajority);
      return h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-take-title' },
        h('h3', { id: 'ws-take-title' }, ws.takeTitle),
        majorityButton,
        majorityNote,
        h('p', {}, ws.orPick),
        h('div', { class: 'ws-button-row' }, ...displayOptions(s, node).map((o, pos) =>
          h('button', { type: 'button', 'data-key': `take-${o.index}`, title: o.text, onclick: counted(act('next', () => w.driver.play(sessionId, node.id, o.index))) }, ws.take(pos + 1)))),
      );
    }
    const totals = voteTotals(node);
    return h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-whatif-title' },
      h('h3', { id: 'ws-whatif-title' }, ws.whatIfBanner),
      h('p', {}, ws.decided(numberOf(s, node, node.taken))),
      s.cursor.showing !== node.taken ? h('button', { type: 'button', 'data-key': 'show-taken', onclick: act('next', () => w.driver.goTo(sessionId, node.id)) }, ws.showTaken) : null,
      h('p', { class: 'hint' }, ws.whatIfIntro),
      h('div', { class: 'ws-button-row' }, ...displayOptions(s, node).flatMap((o, pos) => {
        if (o.index === node.taken) return [];
        const at = node.options.indexOf(o);
        const button = h('button', { type: 'button', 'data-key': `playout-${o.index}`, title: o.text, onclick: act('next', () => w.driver.play(sessionId, node.id, o.index)) }, ws.playOut(pos + 1, ws.votes(totals[at]!)));
        playouts.push({ button, at, number: pos + 1 });
        return [button];
      })),
    );
  };

  const pathSection = (s: WorkshopSession, node: WorkshopNode): HTMLElement => {
    const line = lineThrough(s, node.id).filter((n) => !n.finished);
    const onMain = isOnMainPath(s, node.id);
    return h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-path-title' },
      h('h3', { id: 'ws-path-title' }, ws.pathTitle),
      h('ol', { class: 'ws-path' }, ...line.map((n, i) => {
        // on a side path, the choice that leads on along this line, not the main path's
        const via = line[i + 1]?.parentChoice ?? n.taken;
        const chosen = via === null ? null : n.options.find((o) => o.index === via)!;
        return h('li', {}, h('button', { type: 'button', class: 'ws-link', 'data-key': `goto-${n.id}`, 'aria-current': n.id === node.id ? 'step' : null, onclick: act(null, () => w.driver.goTo(sessionId, n.id)) },
          `${ws.decisionN(i + 1)}${chosen ? `: ${chosen.text}` : ''}`));
      })),
      onMain && s.cursor.showing === node.taken ? null : h('button', { type: 'button', 'data-key': 'back-main', onclick: act(null, () => w.driver.returnToMain(sessionId)) }, ws.backToMain),
    );
  };

  const render = (s: WorkshopSession, node: WorkshopNode, open: boolean): HTMLElement => {
    table = null;
    majorityButton = null;
    majorityNote = null;
    playouts = [];
    const parts: Array<HTMLElement | null> = [h('h2', { id: 'ws-panel-title' }, ws.panelTitle), live.el];

    // marking is the trainer's control; the room sees only the marks
    parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-marks-title' },
      h('h3', { id: 'ws-marks-title' }, ws.roomMarkTitle),
      h('p', { class: 'hint' }, ws.roomMarkHint),
      markCount,
    ));

    if (!node.finished) {
      parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-prompts-title' },
        h('h3', { id: 'ws-prompts-title' }, ws.prompts),
        node.prompts.length > 0 ? h('ul', { class: 'ws-prompts' }, ...node.prompts.map((p) => h('li', {}, p))) : h('p', {}, ws.noPrompts),
      ));
      // the policy questions at this decision: the room's answers go into the beleidscheck
      const policy = node.lines.flatMap((l) => l.policy);
      if (policy.length > 0) {
        parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-policy-title' },
          h('h3', { id: 'ws-policy-title' }, policyText(ctx).questions),
          h('ul', { class: 'ws-prompts' }, ...policy.map((q) => h('li', {}, h('span', { class: 'label' }, `${policyText(ctx).tipN(q.tip)}: `), q.question))),
          h('button', { type: 'button', onclick: () => go({ name: 'workshop-policy', sessionIds: [sessionId] }) }, policyText(ctx).open),
        ));
      }
      parts.push(voteSection(s, node), takeSection(s, node));
    }

    parts.push(pathSection(s, node));

    const branches = whatIfs(s);
    if (branches.length > 0) {
      parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-branches-title' },
        h('h3', { id: 'ws-branches-title' }, ws.whatIfsTitle),
        h('ul', {}, ...branches.map((b) => {
          const text = b.from.options.find((o) => o.index === b.choice)!.text;
          const from = isOnMainPath(s, b.from.id) ? pathTo(s, b.from.id).length : null;
          return h('li', {}, h('button', { type: 'button', class: 'ws-link', onclick: act(null, () => w.driver.goTo(sessionId, b.path[0]!.id)) }, ws.whatIfFrom(from, text)));
        })),
      ));
    }

    parts.push(h('section', { class: 'ws-panel-part' },
      h('div', { class: 'ws-button-row' },
        h('button', { type: 'button', onclick: () => go({ name: 'workshop-debrief', sessionId }) }, ws.debrief),
        h('button', { type: 'button', onclick: () => exportJson([sc.session()!], s.name) }, ws.exportJson),
        h('button', { type: 'button', onclick: () => exportCsv([sc.session()!], s.name, lang) }, ws.exportCsv),
        h('button', { type: 'button', onclick: () => go({ name: 'workshops' }) }, ws.allSessions),
      ),
    ));
    return h('aside', { class: 'ws-panel', id: 'ws-panel', 'aria-labelledby': 'ws-panel-title', hidden: !open }, ...parts);
  };

  return { render, refresh };
}
