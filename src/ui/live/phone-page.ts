/**
 * The participant's phone page: join with the code (from the QR code's address or typed), vote,
 * change the vote until voting closes, and see the distribution after the reveal. The token the
 * server hands out stays on the device, so a reload or a dropped connection keeps the vote.
 * Nothing personal is asked or kept.
 */
import { io } from 'socket.io-client';
import { LIVE_STRINGS } from '../../i18n/live-strings-all.ts';
import type { Lang } from '../../i18n/strings.ts';
import { createPhoneClient, SOCKET_OPTIONS, type LiveSocket, type PhoneState } from '../../live/clients.ts';
import { isRoomCode } from '../../live/room-code.ts';
import { EARLIER_BUILD_STAGE_ID } from '../../live/earlier-build.ts';
import { percentages } from '../../workshop/votes.ts';
import { h, storyText } from '../dom.ts';
import './phone.css';

// the phone follows the room's language, so it carries both (the live strings alone are small)

const root = document.getElementById('phone')!;
const LANG_KEY = 'niet-pluis.phone-lang';
const store = {
  get: (k: string) => { try { return localStorage.getItem(k); } catch { return null; } },
  set: (k: string, value: string) => { try { localStorage.setItem(k, value); } catch { /* private mode: this visit only */ } },
};
let lang: Lang = store.get(LANG_KEY) === 'en' ? 'en' : 'nl';
let redraw: () => void = () => {};

const langButton = () => h('button', { type: 'button', class: 'ph-lang', lang: lang === 'nl' ? 'en' : 'nl', onclick: () => {
  lang = lang === 'nl' ? 'en' : 'nl';
  store.set(LANG_KEY, lang);
  redraw();
} }, lang === 'nl' ? 'English' : 'Nederlands');

function keepFocus(render: () => void) {
  const key = (document.activeElement as HTMLElement | null)?.dataset?.key;
  render();
  if (key) (root.querySelector(`[data-key="${key}"]`) as HTMLElement | null)?.focus();
}

function askCode(problem: string | null) {
  redraw = () => keepFocus(() => {
    const t = LIVE_STRINGS[lang];
    document.documentElement.lang = lang;
    const input = h('input', { id: 'ph-code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 6, inputmode: 'text', 'aria-describedby': 'ph-code-hint ph-code-error', 'data-key': 'code', 'aria-invalid': problem ? 'true' : 'false' });
    const form = h('form', { class: 'ph-form', novalidate: true },
      h('label', { for: 'ph-code' }, t.codeLabel),
      h('p', { id: 'ph-code-hint', class: 'ph-hint' }, t.codeHint),
      input,
      h('p', { id: 'ph-code-error', class: 'ph-error', role: 'alert' }, problem ?? ''),
      h('button', { type: 'submit', class: 'ph-primary', 'data-key': 'join' }, t.join),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const code = input.value.trim().toUpperCase();
      if (!isRoomCode(code)) {
        askCode(t.badCode);
        (root.querySelector('#ph-code') as HTMLInputElement | null)?.focus();
        return;
      }
      location.hash = code;
      join(code);
    });
    root.replaceChildren(h('header', { class: 'ph-head' }, h('h1', {}, t.phoneTitle), langButton()), form, h('p', { class: 'ph-hint' }, t.anonymous));
  });
  redraw();
}

function join(code: string) {
  const socket = io({ transports: ['websocket', 'polling'], ...SOCKET_OPTIONS });
  let online = false;
  const tokenKey = `niet-pluis.live.${code}`;
  const phone = createPhoneClient(socket as unknown as LiveSocket, code, { get: () => store.get(tokenKey), set: (tk) => store.set(tokenKey, tk) });
  socket.on('connect', () => { online = true; redraw(); });
  socket.on('disconnect', () => { online = false; redraw(); });
  redraw = () => keepFocus(() => show(phone.state(), online, (id) => phone.vote(id)));
  phone.subscribe(() => {
    const s = phone.state();
    if (s.status === 'no-room' || s.status === 'refused') {
      socket.disconnect();
      askCode(s.status === 'no-room' ? LIVE_STRINGS[lang].badCode : LIVE_STRINGS[lang].tooMany);
    } else redraw();
  });
  redraw();
}

function show(s: PhoneState, online: boolean, vote: (optionId: string) => void) {
  const t = LIVE_STRINGS[lang];
  document.documentElement.lang = lang;
  const stage = s.view?.stage ?? null;
  const chosen = s.pending ?? s.myVote;
  const number = (id: string | null) => (stage && id ? stage.options.findIndex((o) => o.id === id) + 1 : 0);
  let status: string;
  /** The status's language when it is not the page's: the stage's own words are in the session's. */
  let statusLang: string | null = null;
  if (!online) status = s.status === 'connecting' ? t.connecting : t.reconnecting;
  else if (!stage) status = t.wait;
  // a session that was stopped (played on an earlier version) did not reach the story's end: the stage says why, in the session's language
  else if (stage.decisionId === EARLIER_BUILD_STAGE_ID && stage.lines.length > 0) {
    status = stage.lines.map((l) => l.text).join(' ');
    if (stage.lang !== lang) statusLang = stage.lang;
  }
  else if (stage.finished) status = t.ended;
  else if (s.refused === 'not-open') status = t.notCounted;
  else if (s.pending) status = t.sending;
  else if (stage.phase === 'open') status = s.myVote ? t.received(number(s.myVote)) : t.voteNow;
  else if (stage.phase === 'discuss') status = t.wait;
  else status = s.myVote ? `${t.closedPhone} ${t.received(number(s.myVote))}` : t.closedPhone;

  const counts = s.view?.counts ?? null;
  const shares = counts ? percentages(counts) : [];
  const parts: Array<HTMLElement | null> = [
    // the stage's heading is in the session's language, which need not be the one this phone shows
    h('header', { class: 'ph-head' }, h('h1', { lang: stage && stage.lang !== lang ? stage.lang : null }, stage ? stage.heading : t.phoneTitle), langButton()),
    h('p', { class: 'ph-status', role: 'status', lang: statusLang }, status),
  ];
  if (stage && !stage.finished && stage.options.length > 0) {
    if (counts) {
      parts.push(h('h2', {}, t.result), h('ol', { class: 'ph-results' }, ...stage.options.map((o, i) =>
        h('li', {},
          h('p', { class: 'ph-result-text' }, `${i + 1}. `, storyText(o.text), s.myVote === o.id ? h('strong', {}, ` (${t.yourVote})`) : null),
          h('p', { class: 'ph-result-count' }, h('span', { class: 'ph-bar', 'aria-hidden': 'true' }, h('span', { class: 'ph-fill', style: `width:${shares[i]}%` })), t.voteShare(counts[i]!, shares[i]!))))));
    } else {
      const open = stage.phase === 'open' && online;
      parts.push(h('div', { class: 'ph-options', role: 'group', 'aria-label': t.optionsLabel }, ...stage.options.map((o, i) =>
        h('button', { type: 'button', class: 'ph-option', 'data-key': `opt-${o.id}`, 'aria-pressed': String(chosen === o.id), 'aria-disabled': open ? null : 'true',
          onclick: () => { if (open) vote(o.id); } },
          h('span', { class: 'ph-num', 'aria-hidden': 'true' }, String(i + 1)),
          h('span', { class: 'ph-sr' }, `${t.optionN(i + 1)}: `),
          storyText(o.text),
          chosen === o.id ? h('span', { class: 'ph-check', 'aria-hidden': 'true' }, ' ✓') : null))));
    }
  }
  parts.push(h('p', { class: 'ph-hint' }, t.anonymous));
  root.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
}

const fromHash = location.hash.slice(1).toUpperCase();
if (isRoomCode(fromHash)) join(fromHash);
else askCode(null);
