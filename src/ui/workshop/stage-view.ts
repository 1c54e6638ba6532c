/**
 * The projector view of a workshop session, and the trainer panel beside it (T shows or hides it).
 * The projected part shows the story up to the decision, the options, the vote result once
 * revealed, and the feedback only after the choice is taken. The panel holds what only the trainer
 * needs: discussion prompts, vote counts per group, taking the choice, "what if" replays, the path.
 */
import { PLACES } from '../../story/places.ts';
import { ROUTE_ROLES, type RouteRole } from '../../story/route-roles.ts';
import { routeEntryFor } from '../../workshop/policy.ts';
import type { StoryLine } from '../../story/runner.ts';
import { branchOf, isOnMainPath, lineThrough, pathTo, whatIfs } from '../../workshop/session.ts';
import type { WorkshopNode, WorkshopSession } from '../../workshop/types.ts';
import { isVoteCount, majorityChoice, percentages, voteTotals } from '../../workshop/votes.ts';
import { h, focusHeading, storyText } from '../dom.ts';
import { strings, type AppContext } from '../context.ts';
import { feedbackView } from '../feedback-view.ts';
import type { View } from '../play-view.ts';
import { exportCsv, exportJson } from './list-view.ts';
import { displayOptions, PHONES_GROUP } from '../../live/stage.ts';
import { consoleLive } from '../live/console-live.ts';
import type { WorkshopUi } from './workshop-ui.ts';

/** Whether the trainer panel is open; kept while the page lives, so it stays as the trainer left it. */
let panelOpen = true;

export function stageView(ctx: AppContext, w: WorkshopUi, sessionId: string): View {
  const t = strings(ctx);
  const ws = t.workshop;
  const lang = ctx.settings.getState().lang;
  const go = ctx.ui.getState().go;
  const el = h('section', { class: 'screen ws-stage', 'aria-labelledby': 'screen-title' });
  const session = () => w.store.getState().sessions[sessionId];

  if (!session() || !ctx.catalog.some((c) => c.id === session()!.caseId)) {
    el.append(
      h('h1', { id: 'screen-title' }, ws.listTitle),
      h('p', {}, session() ? ws.unknownCase : ws.sessionNotFound),
      h('button', { type: 'button', class: 'primary', onclick: () => go({ name: 'workshops' }) }, ws.toList),
    );
    return { el, destroy: () => {} };
  }

  let pendingFocus: string | null = null;
  let busy = false;
  let signature = '';
  let shownNode = '';
  // parts that follow the vote counts without a full render (so typing in a count keeps its focus)
  let optionList: HTMLOListElement | null = null;
  let majorityButton: HTMLButtonElement | null = null;
  let majorityNote: HTMLElement | null = null;
  const totalCells = new Map<number, HTMLElement>();

  // options in the session's display order on every screen; counts stay in the story's order
  const numberOf = (node: WorkshopNode, index: number) => displayOptions(session()!, node).findIndex((o) => o.index === index) + 1;
  const phoneCells = new Map<number, HTMLElement>();
  const live = consoleLive(ctx, w, sessionId, () => update());

  const act = (focusKey: string | null, f: () => void | Promise<void>) => () => {
    if (busy) return;
    pendingFocus = focusKey;
    try {
      const result = f();
      if (result instanceof Promise) {
        busy = true;
        result.catch(() => ctx.ui.getState().notify(ws.restoreFailed)).finally(() => (busy = false));
      }
    } catch {
      ctx.ui.getState().notify(ws.restoreFailed);
    }
  };

  const lineView = (line: StoryLine): HTMLElement[] => {
    const out: HTMLElement[] = [];
    if (line.time) out.push(h('p', { class: 'ws-time' }, line.time));
    if (line.place) out.push(h('p', { class: 'ws-place' }, `— ${PLACES[line.place][lang]} —`));
    if (line.text) {
      // no line is labelled a signal: noticing is the room's job (the debrief holds the answer key)
      out.push(h('p', { class: ['ws-line', line.ending ? 'ws-ending' : ''].filter(Boolean).join(' ') },
        line.ending ? h('span', { class: 'tag' }, `${t.ending}: `) : null,
        line.speaker ? h('strong', {}, `${line.speaker}: `) : null,
        storyText(line.text),
      ));
    }
    // where the story names a role in the referral route, the room sees who that is here
    if (line.route) out.push(routeNote(line.route));
    return out;
  };

  const routeNote = (role: RouteRole): HTMLElement => {
    const entry = routeEntryFor(session()!.policy.routeMap, role);
    const text = entry ? [entry.organisation, entry.contact].filter(Boolean).join(' · ') : t.policy.routeMissing;
    return h('p', { class: `ws-route${entry ? '' : ' ws-route-missing'}` }, h('span', { class: 'label' }, `${t.policy.routeHere}, ${ROUTE_ROLES[role][lang]}: `), text);
  };

  /** The options as projected: numbered, with the result once revealed. */
  const renderOptions = (s: WorkshopSession, node: WorkshopNode) => {
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
                s.groups.length > 1 ? h('span', { class: 'ws-per-group' }, s.groups.map((g) => `${g.name}: ${node.votes[g.id]?.[ip] ?? 0}`).join(' · ')) : null)
            : null,
        ),
      )));
  };

  const refreshVotes = (s: WorkshopSession, node: WorkshopNode) => {
    renderOptions(s, node);
    const totals = voteTotals(node);
    for (const [ip, cell] of totalCells) cell.textContent = String(totals[ip] ?? 0);
    for (const [ip, cell] of phoneCells) cell.textContent = String(node.votes[PHONES_GROUP]?.[ip] ?? 0);
    if (majorityButton && majorityNote) {
      const m = majorityChoice(node);
      majorityButton.disabled = m === null;
      majorityButton.textContent = m === null ? ws.takeMajorityNone : ws.takeMajority(numberOf(node, m));
      majorityNote.hidden = m !== null;
    }
  };

  const countsTable = (s: WorkshopSession, node: WorkshopNode) => {
    totalCells.clear();
    phoneCells.clear();
    const error = h('p', { class: 'ws-error', 'aria-live': 'polite', id: 'ws-count-error' });
    const table = h('table', { class: 'ws-counts' },
      h('caption', {}, ws.countsCaption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ws.option), ...s.groups.map((g) => h('th', { scope: 'col' }, g.name)), h('th', { scope: 'col' }, ws.total))),
      h('tbody', {}, ...displayOptions(s, node).map((o, pos) => {
        const ip = node.options.indexOf(o);
        const total = h('td', { class: 'ws-total' }, '0');
        totalCells.set(ip, total);
        return h('tr', {},
          h('th', { scope: 'row', title: o.text }, String(pos + 1)),
          ...s.groups.map((g) => {
            const value = node.votes[g.id]?.[ip];
            if (g.id === PHONES_GROUP) {
              // counted by the live room, not typed
              const cell = h('td', { class: 'ws-phone-count', 'data-key': `phones-${pos}` }, String(value ?? 0));
              phoneCells.set(ip, cell);
              return cell;
            }
            const input = h('input', {
              type: 'number', min: 0, step: 1, inputmode: 'numeric', class: 'ws-count-input',
              value: value === undefined ? '' : String(value),
              'aria-label': ws.countLabel(pos + 1, g.name),
              'aria-describedby': 'ws-count-error',
              'data-key': `count-${pos}-${g.id}`, 'data-group': g.id, 'data-pos': ip,
            });
            input.addEventListener('input', () => {
              const inputs = [...table.querySelectorAll<HTMLInputElement>(`input[data-group="${g.id}"]`)].sort((a, b) => Number(a.dataset.pos) - Number(b.dataset.pos));
              const counts = inputs.map((i) => (i.value.trim() === '' ? 0 : Number(i.value)));
              const bad = inputs.filter((_, i) => !isVoteCount(counts[i]));
              for (const i of inputs) i.setAttribute('aria-invalid', String(bad.includes(i)));
              error.textContent = bad.length > 0 ? ws.countInvalid : '';
              if (bad.length === 0) w.driver.setVotes(sessionId, node.id, g.id, counts);
            });
            return h('td', {}, input);
          }),
          total,
        );
      })),
    );
    return [table, error];
  };

  const panel = (s: WorkshopSession, node: WorkshopNode): HTMLElement => {
    majorityButton = null;
    majorityNote = null;
    totalCells.clear();
    const showing = s.cursor.showing;
    const parts: Array<HTMLElement | null> = [h('h2', { id: 'ws-panel-title' }, ws.panelTitle), live.el];

    if (!node.finished) {
      parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-prompts-title' },
        h('h3', { id: 'ws-prompts-title' }, ws.prompts),
        node.prompts.length > 0 ? h('ul', { class: 'ws-prompts' }, ...node.prompts.map((p) => h('li', {}, p))) : h('p', {}, ws.noPrompts),
      ));
      // the policy questions at this decision: the room's answers go into the beleidscheck
      const policy = node.lines.flatMap((l) => l.policy);
      if (policy.length > 0) {
        parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-policy-title' },
          h('h3', { id: 'ws-policy-title' }, t.policy.questions),
          h('ul', { class: 'ws-prompts' }, ...policy.map((q) => h('li', {}, h('span', { class: 'label' }, `${t.policy.tipN(q.tip)}: `), q.question))),
          h('button', { type: 'button', onclick: () => ctx.ui.getState().go({ name: 'workshop-policy', sessionIds: [sessionId] }) }, t.policy.open),
        ));
      }

      const vote: Array<HTMLElement | null> = [h('h3', { id: 'ws-vote-title' }, ws.voteTitle)];
      if (node.phase === 'discuss') {
        vote.push(h('button', { type: 'button', class: 'primary', 'data-key': 'start-vote', onclick: act(`count-0-${s.groups[0]!.id}`, () => w.driver.setPhase(sessionId, node.id, 'vote')) }, ws.startVote));
      } else {
        vote.push(...countsTable(s, node));
        const lt = strings(ctx).live;
        if (node.phase === 'vote' && live.live()) {
          vote.push(live.isClosed(node.id)
            ? h('div', {}, h('p', { role: 'status' }, lt.closed), h('button', { type: 'button', 'data-key': 'reopen-vote', onclick: act('close-vote', () => live.setClosed(node.id, false)) }, lt.reopenVote))
            : h('button', { type: 'button', 'data-key': 'close-vote', onclick: act('reopen-vote', () => live.setClosed(node.id, true)) }, lt.closeVote));
        }
        vote.push(node.phase === 'vote'
          ? h('button', { type: 'button', class: 'primary', 'data-key': 'reveal', onclick: act('take-majority', () => w.driver.setPhase(sessionId, node.id, 'revealed')) }, ws.reveal)
          : h('button', { type: 'button', 'data-key': 'hide', onclick: act('reveal', () => w.driver.setPhase(sessionId, node.id, 'vote')) }, ws.hideResult));
      }
      parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-vote-title' }, ...vote));

      if (node.taken === null) {
        majorityButton = h('button', { type: 'button', class: 'primary', 'data-key': 'take-majority', onclick: act('next', () => {
          const m = majorityChoice(w.store.getState().sessions[sessionId]!.nodes[node.id]!);
          if (m !== null) return w.driver.play(sessionId, node.id, m);
        }) });
        majorityNote = h('p', { class: 'hint' }, ws.noMajority);
        parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-take-title' },
          h('h3', { id: 'ws-take-title' }, ws.takeTitle),
          majorityButton,
          majorityNote,
          h('p', {}, ws.orPick),
          h('div', { class: 'ws-button-row' }, ...displayOptions(s, node).map((o, pos) =>
            h('button', { type: 'button', 'data-key': `take-${o.index}`, title: o.text, onclick: act('next', () => w.driver.play(sessionId, node.id, o.index)) }, ws.take(pos + 1)))),
        ));
      } else {
        const totals = voteTotals(node);
        parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-whatif-title' },
          h('h3', { id: 'ws-whatif-title' }, ws.whatIfBanner),
          h('p', {}, ws.decided(numberOf(node, node.taken))),
          showing !== node.taken ? h('button', { type: 'button', 'data-key': 'show-taken', onclick: act('next', () => w.driver.goTo(sessionId, node.id)) }, ws.showTaken) : null,
          h('p', { class: 'hint' }, ws.whatIfIntro),
          h('div', { class: 'ws-button-row' }, ...displayOptions(s, node).flatMap((o, pos) => (o.index === node.taken ? [] : [
            h('button', { type: 'button', 'data-key': `playout-${o.index}`, title: o.text, onclick: act('next', () => w.driver.play(sessionId, node.id, o.index)) }, ws.playOut(pos + 1, ws.votes(totals[node.options.indexOf(o)]!))),
          ]))),
        ));
      }
    }

    const line = lineThrough(s, node.id).filter((n) => !n.finished);
    const onMain = isOnMainPath(s, node.id);
    parts.push(h('section', { class: 'ws-panel-part', 'aria-labelledby': 'ws-path-title' },
      h('h3', { id: 'ws-path-title' }, ws.pathTitle),
      h('ol', { class: 'ws-path' }, ...line.map((n, i) => {
        // on a side path, the choice that leads on along this line, not the main path's
        const via = line[i + 1]?.parentChoice ?? n.taken;
        const chosen = via === null ? null : n.options.find((o) => o.index === via)!;
        return h('li', {}, h('button', { type: 'button', class: 'ws-link', 'data-key': `goto-${n.id}`, 'aria-current': n.id === node.id ? 'step' : null, onclick: act(null, () => w.driver.goTo(sessionId, n.id)) },
          `${ws.decisionN(i + 1)}${chosen ? `: ${chosen.text}` : ''}`));
      })),
      onMain && showing === node.taken ? null : h('button', { type: 'button', 'data-key': 'back-main', onclick: act(null, () => w.driver.returnToMain(sessionId)) }, ws.backToMain),
    ));

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
        h('button', { type: 'button', onclick: () => exportJson([session()!], s.name) }, ws.exportJson),
        h('button', { type: 'button', onclick: () => exportCsv([session()!], s.name, lang) }, ws.exportCsv),
        h('button', { type: 'button', onclick: () => go({ name: 'workshops' }) }, ws.allSessions),
      ),
    ));
    return h('aside', { class: 'ws-panel', id: 'ws-panel', 'aria-labelledby': 'ws-panel-title', hidden: !panelOpen }, ...parts);
  };

  const render = () => {
    const s = session();
    if (!s) {
      go({ name: 'workshops' });
      return;
    }
    const node = s.nodes[s.cursor.node]!;
    const showing = s.cursor.showing;
    const previousKey = (document.activeElement as HTMLElement | null)?.dataset?.key ?? null;
    const nodeChanged = shownNode !== node.id;
    shownNode = node.id;

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
      h('div', { class: 'ws-story', 'aria-live': 'polite' }, ...node.lines.flatMap(lineView)),
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
        h('p', { class: 'ws-chosen-text' }, `${numberOf(node, showing)}. ${option.text}`),
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

    const toggle = h('button', { type: 'button', class: 'ws-panel-toggle', 'aria-controls': 'ws-panel', 'aria-expanded': String(panelOpen), 'aria-keyshortcuts': 'T', 'data-key': 'panel-toggle', onclick: () => togglePanel() }, panelOpen ? ws.panelHide : ws.panelShow);
    el.classList.toggle('ws-panel-open', panelOpen);
    el.replaceChildren(
      h('div', { class: 'ws-stage-main' }, ...main),
      panel(s, node),
      h('footer', { class: 'ws-stage-foot' }, toggle, h('p', { class: 'hint' }, ws.keysHint)),
    );
    if (!node.finished) refreshVotes(s, node);

    const key = pendingFocus ?? (nodeChanged ? null : previousKey);
    pendingFocus = null;
    const target = key ? (el.querySelector(`[data-key="${key}"]`) as HTMLElement | null) : null;
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
    else if (nodeChanged || key) {
      if (nodeChanged) window.scrollTo({ top: 0 });
      focusHeading(el.querySelector('h1'));
    }
  };

  const signatureOf = (s: WorkshopSession | undefined) => {
    if (!s) return 'gone';
    const node = s.nodes[s.cursor.node]!;
    // vote counts change the projected bars in place; once taken they only label the replays
    return JSON.stringify([s.cursor, node.phase, node.taken, Object.keys(s.nodes).length, panelOpen, node.taken === null ? null : node.votes, s.groups.length, live.live(), live.isClosed(node.id)]);
  };

  const update = () => {
    const s = session();
    const next = signatureOf(s);
    if (next !== signature) {
      signature = next;
      render();
    } else if (s) refreshVotes(s, s.nodes[s.cursor.node]!);
  };

  const togglePanel = () => {
    panelOpen = !panelOpen;
    pendingFocus = 'panel-toggle';
    update();
  };

  const onKey = (ev: KeyboardEvent) => {
    if (ev.key !== 't' && ev.key !== 'T') return;
    if (ctx.ui.getState().paused || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const target = ev.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    ev.preventDefault();
    togglePanel();
  };

  update();
  const unsubscribe = w.store.subscribe(update);
  document.addEventListener('keydown', onKey);
  return {
    el,
    destroy() {
      unsubscribe();
      live.destroy();
      document.removeEventListener('keydown', onKey);
    },
  };
}
