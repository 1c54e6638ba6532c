/**
 * The live part of the trainer's console: the projector window (kept in step through a
 * BroadcastChannel, and through the server when the live room runs), the live room itself (code,
 * join address, participants) and the phone votes, which go into the session as the group
 * "Telefoons" so they mix with the hand counts of the tables and end up in the debrief and exports.
 */
import { io, type Socket } from 'socket.io-client';
import { linkTrainer, SOCKET_OPTIONS, type LiveSocket, type RoomKey, type TrainerLink } from '../../live/clients.ts';
import type { Stage, TrainerView } from '../../live/protocol.ts';
import { publicView } from '../../live/room.ts';
import { earlierBuildStage, PHONES_GROUP, phoneCountsToKeep, phonesInInkOrder, stageOf } from '../../live/stage.ts';
import type { WorkshopSession } from '../../workshop/types.ts';
import { langOf, type AppContext } from '../context.ts';
import { h } from '../dom.ts';
import type { WorkshopUi } from '../workshop/workshop-ui.ts';
import { projectorChannel, type ProjectorMessage } from './projector-channel.ts';
import { liveStrings } from './live-text.ts';
import { workshopText } from '../workshop/workshop-text.ts';

const ROOMS_KEY = 'niet-pluis.live-rooms';

/**
 * Whether this page came from the live server (npm start), and where phones join. Asked once per
 * page when the answer is known; a server that could not be reached (the page came from the
 * offline copy while it was down) is asked again next time.
 */
let serverInfo: Promise<{ joinBase: string } | null> | null = null;
function liveServer(): Promise<{ joinBase: string } | null | 'unreachable'> {
  const asking = (serverInfo ??= fetch('./api/live', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .then((j: { live?: boolean; joinBase?: string } | null) => (j?.live && typeof j.joinBase === 'string' ? { joinBase: j.joinBase } : null)));
  return asking.catch(() => {
    if (serverInfo === asking) serverInfo = null;
    return 'unreachable' as const;
  });
}
/** How long the console waits before asking an unreachable server again. */
const ASK_AGAIN_MS = 5000;

function readRooms(): Record<string, RoomKey> {
  try {
    const v = JSON.parse(localStorage.getItem(ROOMS_KEY) ?? '{}') as unknown;
    return typeof v === 'object' && v !== null ? (v as Record<string, RoomKey>) : {};
  } catch {
    return {};
  }
}
function saveRoom(sessionId: string, key: RoomKey | null) {
  const rooms = readRooms();
  if (key) rooms[sessionId] = key;
  else delete rooms[sessionId];
  try {
    localStorage.setItem(ROOMS_KEY, JSON.stringify(rooms));
  } catch {
    // storage full: the room lives as long as this page
  }
}

/** Posts a stage to a projector window that follows the console through the channel. */
function postView(channel: BroadcastChannel, stage: Stage, code: string, phones: readonly number[], participants: number, joinUrl: string | null) {
  const room = { code, trainerHash: '', createdAt: 0, expiresAt: 0, stage, rev: 0 };
  channel.postMessage({ type: 'view', view: publicView(room, phones, participants), joinUrl } satisfies ProjectorMessage);
}

/**
 * The room's screens of a session played on an earlier build, which is not played on here
 * (stage-view.ts): a projector window or a live room still open for it would otherwise keep the
 * last stop it was given, voting and all. Both are given an ended stage that says why. Only a
 * room this session already has is taken up: none is made for it.
 */
export function earlierBuildLive(ctx: AppContext, w: WorkshopUi, sessionId: string): { destroy(): void } {
  const session = (): WorkshopSession | undefined => w.store.getState().sessions[sessionId];
  const stage = earlierBuildStage(session()!, langOf(ctx));
  const channel = projectorChannel(sessionId);
  const post = () => postView(channel, stage, '', [], 0, null);
  channel.onmessage = (e: MessageEvent<ProjectorMessage>) => {
    if (e.data.type === 'hello') post();
  };
  post();
  let socket: Socket | null = null;
  let destroyed = false;
  let askAgain: ReturnType<typeof setTimeout> | undefined;

  /**
   * Phones may have voted at the open stop after the console was closed: the room is told their
   * choice is kept, so their counts go into the session (as the console does) before the ended
   * stage replaces that stop. It is not played on, but its votes still count in the debrief.
   */
  const takePhoneVotes = (view: TrainerView) => {
    const s = session();
    if (!s || !view.stage) return;
    const node = s.nodes[s.cursor.node];
    if (!node || node.finished || view.stage.decisionId !== node.id || !s.groups.some((g) => g.id === PHONES_GROUP)) return;
    const counts = phoneCountsToKeep(node.votes[PHONES_GROUP], phonesInInkOrder(view.stage, node, view.phones));
    if (counts) w.driver.setVotes(sessionId, node.id, PHONES_GROUP, [...counts]);
  };

  const tellRoom = (key: RoomKey) => {
    const s = (socket = io({ transports: ['websocket', 'polling'], ...SOCKET_OPTIONS }));
    const link = linkTrainer(s as unknown as LiveSocket, key, {
      onKey: () => {},
      onView(view, problem) {
        if (view) takePhoneVotes(view);
        // the room expired or is not ours: there is nothing left to tell
        if (problem !== 'no-room') return;
        saveRoom(sessionId, null);
        s.disconnect();
      },
    });
    // sent once the room is taken up, after its view (and the phones' counts) came in
    link.stage(stage);
  };

  const key = readRooms()[sessionId];
  // a server that could not be reached (just restarted, say) is asked again, as the console does:
  // otherwise the room is never told and the phones keep the open vote
  const askServer = (key: RoomKey) => void liveServer().then((info) => {
    if (destroyed) return;
    if (info === 'unreachable') askAgain = setTimeout(() => askServer(key), ASK_AGAIN_MS);
    else if (info) tellRoom(key);
  });
  if (key) askServer(key);
  return {
    destroy() {
      destroyed = true;
      clearTimeout(askAgain);
      channel.close();
      socket?.disconnect();
    },
  };
}

export type ConsoleLive = {
  /** The panel section (the same element across renders; it updates itself). */
  readonly el: HTMLElement;
  /** Whether voting at a stop has been closed (votes no longer taken; not yet revealed). Saved with the session. */
  isClosed(nodeId: string): boolean;
  setClosed(nodeId: string, closed: boolean): void;
  /** Phone votes at the stop on screen, when the live room runs. */
  live(): boolean;
  destroy(): void;
};

export function consoleLive(ctx: AppContext, w: WorkshopUi, sessionId: string, onChange: () => void): ConsoleLive {
  const el = h('section', { class: 'ws-panel-part ws-live', 'aria-labelledby': 'ws-live-title' });
  const channel = projectorChannel(sessionId);
  let socket: Socket | null = null;
  let link: TrainerLink | null = null;
  let key: RoomKey | null = readRooms()[sessionId] ?? null;
  let view: TrainerView | null = null;
  let problem: string | null = null;
  let online = false;
  let joinBase: string | null = null;
  let server: 'unknown' | 'none' | 'here' = 'unknown';
  let lastStage = '';
  let destroyed = false;
  let seenView = false;

  const session = (): WorkshopSession | undefined => w.store.getState().sessions[sessionId];
  const joinUrl = () => (joinBase ? `${joinBase}/join.html` : null);

  const currentStage = (): Stage | null => {
    const s = session();
    if (!s) return null;
    const node = s.nodes[s.cursor.node]!;
    const ws = workshopText(ctx);
    const number = (() => {
      let n = 0;
      for (let at: string | null = node.id; at !== null; at = s.nodes[at]?.parent ?? null) n++;
      return n;
    })();
    return stageOf(s, { heading: node.finished ? ws.end : ws.decisionN(number), closed: node.voteClosed === true, lang: langOf(ctx) });
  };

  /** What the projector shows when it follows this window (no server, or before the room runs). */
  const postToProjector = () => {
    const stage = currentStage();
    if (!stage) return;
    const phones = view && view.stage?.decisionId === stage.decisionId ? view.phones : [];
    postView(channel, stage, key?.code ?? '', phones, view?.participants ?? 0, key ? joinUrl() : null);
  };

  /** Phone counts of the stop on screen go into the session as the phones' group. */
  const takePhoneVotes = () => {
    const s = session();
    if (!s || !view?.stage) return;
    const node = s.nodes[s.cursor.node]!;
    if (node.finished || view.stage.decisionId !== node.id || !s.groups.some((g) => g.id === PHONES_GROUP)) return;
    const counts = phoneCountsToKeep(node.votes[PHONES_GROUP], phonesInInkOrder(view.stage, node, view.phones));
    if (counts) w.driver.setVotes(sessionId, node.id, PHONES_GROUP, [...counts]);
  };

  const sync = () => {
    if (destroyed) return;
    const stage = currentStage();
    if (!stage) return;
    const text = JSON.stringify(stage);
    if (text !== lastStage) {
      lastStage = text;
      link?.stage(stage);
    }
    takePhoneVotes();
    postToProjector();
    paint();
  };

  const connect = () => {
    if (socket) return;
    const s = session();
    if (!s) return;
    const t = liveStrings(ctx);
    if (!s.groups.some((g) => g.id === PHONES_GROUP)) w.driver.addGroup(sessionId, { id: PHONES_GROUP, name: t.phones });
    socket = io({ transports: ['websocket', 'polling'], ...SOCKET_OPTIONS });
    socket.on('connect', () => { online = true; paint(); });
    socket.on('disconnect', () => { online = false; paint(); });
    lastStage = '';
    link = linkTrainer(socket as unknown as LiveSocket, key, {
      onKey(k) {
        key = k;
        saveRoom(sessionId, k);
      },
      onView(v, p) {
        // the session keeps a closed vote; a room that says closed where an older session does not is believed
        const node = v?.stage ? session()?.nodes[v.stage.decisionId] : undefined;
        if (!seenView && v?.stage?.phase === 'closed' && node && node.voteClosed !== true) w.driver.setVoteClosed(sessionId, node.id, true);
        if (v) seenView = true;
        view = v;
        problem = p;
        if (p === 'no-room') {
          // the room expired or is not ours: forget it; a new one can be started
          saveRoom(sessionId, null);
          key = null;
          socket?.disconnect();
          socket = null;
          link = null;
        }
        sync();
      },
    });
    sync();
    onChange();
  };

  const openProjector = () => {
    const hash = key && socket ? `room=${key.code}&join=${encodeURIComponent(joinUrl() ?? '')}` : `session=${sessionId}`;
    window.open(`./projector.html#${hash}`, `niet-pluis-projector-${sessionId}`, 'popup,width=1280,height=720');
  };

  function paint() {
    const t = liveStrings(ctx);
    const parts: Array<HTMLElement | null> = [h('h3', { id: 'ws-live-title' }, t.panelTitle)];
    parts.push(h('button', { type: 'button', 'data-key': 'open-projector', onclick: openProjector }, t.openProjector), h('p', { class: 'hint' }, t.projectorHint));
    if (server === 'none') parts.push(h('p', {}, t.noServer));
    else if (server === 'here') {
      if (!socket) parts.push(h('button', { type: 'button', class: 'primary', 'data-key': 'start-live', onclick: connect }, t.start));
      else if (!key) parts.push(h('p', { role: 'status' }, problem ? t.problem : t.starting));
      else {
        parts.push(
          h('p', { class: 'ws-live-code' }, `${t.code}: `, h('strong', { 'data-testid': 'room-code' }, key.code)),
          h('p', {}, t.joinAt(joinUrl() ?? '')),
          h('p', { role: 'status' }, online ? t.people(view?.participants ?? 0) : t.offline),
          // a stop the server refused (its room is still there): the room's screens stay behind
          problem ? h('p', { class: 'ws-error', role: 'alert' }, t.stageRefused) : null,
          h('p', { class: 'hint' }, t.phoneColumnNote),
        );
      }
    }
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    el.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
    if (focused && el.contains(document.activeElement) === false) (el.querySelector(`[data-key="${focused}"]`) as HTMLElement | null)?.focus();
  }

  channel.onmessage = (e: MessageEvent<ProjectorMessage>) => {
    if (e.data.type === 'hello') postToProjector();
  };
  const unsubscribe = w.store.subscribe(sync);
  paint();
  let askAgain: ReturnType<typeof setTimeout> | undefined;
  const askServer = () => void liveServer().then((info) => {
    if (destroyed) return;
    if (info === 'unreachable') askAgain = setTimeout(askServer, ASK_AGAIN_MS); // down for now: hands are counted meanwhile
    server = info && info !== 'unreachable' ? 'here' : 'none';
    joinBase = info && info !== 'unreachable' ? info.joinBase : null;
    if (server === 'here' && key) connect(); // a room this session had: take it up again
    sync();
  });
  askServer();

  return {
    el,
    isClosed: (nodeId) => session()?.nodes[nodeId]?.voteClosed === true,
    setClosed(nodeId, value) {
      w.driver.setVoteClosed(sessionId, nodeId, value);
      sync();
      onChange();
    },
    live: () => socket !== null,
    destroy() {
      destroyed = true;
      clearTimeout(askAgain);
      unsubscribe();
      channel.close();
      socket?.disconnect();
    },
  };
}
