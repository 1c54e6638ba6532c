/**
 * The projector window: only what the room should see. The story and options in large type, the
 * join code and QR code, how many have voted, and the distribution only after the reveal. Its
 * view comes from the live room (#room=CODE) or from the console in this browser (#session=ID).
 */
import { io } from 'socket.io-client';
import { nl, type Lang, type Strings } from '../../i18n/strings.ts';
import { en } from '../../i18n/strings-en.ts';
import { LIVE_STRINGS } from '../../i18n/live-strings-all.ts';
import { SOCKET_OPTIONS, watchRoom, type LiveSocket } from '../../live/clients.ts';
import type { PublicView } from '../../live/protocol.ts';
import { percentages } from '../../workshop/votes.ts';
import { h, storyText } from '../dom.ts';
import { projectorChannel, type ProjectorMessage } from './projector-channel.ts';
import { qrSvg } from './qr.ts';
import './projector.css';
import { WORKSHOP_STRINGS } from '../../i18n/workshop-strings.ts';

const root = document.getElementById('projector')!;
const params = new URLSearchParams(location.hash.slice(1));
// the address names what is shown (a room, or a session in this browser): a new one, given to this
// window when the trainer starts a new room and opens the projector again, is shown from the start
addEventListener('hashchange', () => location.reload());
let joinUrl: string | null = params.get('join');
// the projector follows the session's language, so it carries both
const STRINGS: Readonly<Record<Lang, Strings>> = { nl, en };

/** The last three lines, and the lines marked "niet pluis" before them (at most six lines, to fit the screen). */
function storyLines<L extends { readonly marked?: boolean | undefined }>(lines: readonly L[]): L[] {
  return lines.filter((l, i) => i >= lines.length - 3 || l.marked === true).slice(-6);
}

function render(view: PublicView | null, problem: string | null) {
  const lang: Lang = view?.stage?.lang ?? 'nl';
  const t = LIVE_STRINGS[lang];
  const w = WORKSHOP_STRINGS[lang];
  document.documentElement.lang = lang;
  const stage = view?.stage ?? null;
  if (!stage) {
    root.replaceChildren(h('h1', { class: 'pj-wait' }, problem ? t.problem : t.waiting));
    return;
  }
  const counts = view!.counts;
  const shares = counts ? percentages(counts) : [];
  const taken = stage.taken;
  const phaseText = stage.finished ? '' : stage.phase === 'discuss' ? t.phaseDiscuss : stage.phase === 'open' ? (view!.code ? t.phaseOpen : t.phaseOpenHands) : stage.phase === 'closed' ? t.phaseClosed : t.phaseRevealed;
  const main = h('div', { class: 'pj-main' },
    h('p', { class: 'pj-kicker' }, stage.kicker),
    h('h1', {}, stage.heading),
    taken !== null && stage.feedback
      ? h('p', { class: 'pj-feedback' }, storyText(stage.feedback))
      : h('div', { class: 'pj-story' }, ...storyLines(stage.lines).map((l) => h('p', { class: l.marked ? 'pj-marked' : null },
          // a mark shows as a flag and a word, not by colour alone
          l.marked ? h('span', { class: 'pj-flag' }, `⚑ ${STRINGS[lang].markLine}: `) : null,
          l.speaker ? h('strong', {}, `${l.speaker}: `) : null, storyText(l.text)))),
    stage.options.length > 0
      ? h('ol', { class: 'pj-options', 'aria-label': w.optionsTitle },
          ...stage.options.map((o, i) => h('li', { class: `pj-option${taken === o.id ? ' pj-taken' : ''}` },
            h('span', { class: 'pj-num', 'aria-hidden': 'true' }, String(i + 1)),
            h('div', {},
              h('p', { class: 'pj-text' }, h('span', { class: 'pj-sr' }, `${w.optionN(i + 1)}: `), storyText(o.text), taken === o.id ? h('span', { class: 'pj-mark' }, ` ✓ ${t.chosen}`) : null),
              counts
                ? h('p', { class: 'pj-result' },
                    h('span', { class: 'pj-bar', 'aria-hidden': 'true' }, h('span', { class: 'pj-fill', style: `width:${shares[i]}%` })),
                    h('span', { class: 'pj-count' }, w.voteShare(counts[i]!, shares[i]!)))
                : null))))
      : null,
  );
  const side = h('aside', { class: 'pj-side', 'aria-label': t.joinTitle },
    view!.code && joinUrl
      ? h('div', { class: 'pj-join' },
          h('h2', {}, t.joinTitle),
          h('p', {}, `${t.joinWith} `, h('strong', { class: 'pj-url' }, joinUrl.replace(/^https?:\/\//, '')), ` ${t.andCode}`),
          h('p', { class: 'pj-code' }, view!.code),
          h('div', { class: 'pj-qr' }, qrSvg(`${joinUrl}#${view!.code}`, t.qrLabel(`${joinUrl}#${view!.code}`))))
      : null,
    stage.finished ? null : h('p', { class: 'pj-phase', 'aria-live': 'polite' }, phaseText),
    // (no count while the room only discusses: nobody can have voted yet)
    stage.finished || stage.phase === 'discuss' ? null : h('p', { class: 'pj-voted' }, h('span', { class: 'pj-voted-n' }, t.votedCount(view!.voted)), ` ${t.votedSoFar}`),
  );
  root.replaceChildren(main, side);
}

render(null, null);
const room = params.get('room');
const session = params.get('session');
if (room) {
  const socket = io({ transports: ['websocket', 'polling'], ...SOCKET_OPTIONS });
  watchRoom(socket as unknown as LiveSocket, room, render);
} else if (session) {
  const channel = projectorChannel(session);
  channel.onmessage = (e: MessageEvent<ProjectorMessage>) => {
    if (e.data.type !== 'view') return;
    joinUrl = e.data.joinUrl;
    render(e.data.view, null);
  };
  channel.postMessage({ type: 'hello' } satisfies ProjectorMessage);
}
