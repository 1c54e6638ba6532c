/**
 * The two ends of a live room that are not the server, as plain state machines over a socket:
 * a phone (join with the token kept on the device, vote until acknowledged, keep its vote through
 * a reconnect) and the trainer's console (create or re-attach its room, put the stage up again
 * after a reconnect). The phone page, the console, the tests and the benchmark all use these.
 */
import type { AttachAck, CreateAck, JoinAck, PublicView, Stage, TrainerView, VoteAck, WatchAck } from './protocol.ts';

/** What these need of a socket.io client socket. */
export type LiveSocket = {
  readonly connected: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, payload: unknown, ack: (answer: never) => void): unknown;
};

/**
 * Reconnection for every live screen (phones, console, projector; the benchmark uses the same).
 * socket.io's default waits 1 s and backs off to 5 s, so a phone could sit idle for seconds after
 * the server is back; here the first retry comes after about 0.1-0.3 s and the wait never passes
 * 0.5 s. The jitter spreads a room's phones so they do not all come back in the same instant.
 * An attempt that is cut off while it connects (the network drops again) is only noticed when it
 * times out: 20 s by default, 2.5 s here, far more than a handshake on a room's Wi-Fi takes.
 * A network that lets plain requests through but not WebSockets (some guest Wi-Fi, some phones'
 * security apps) is met with long-polling: socket.io tries the next transport only when asked.
 */
export const SOCKET_OPTIONS = { reconnectionDelay: 200, reconnectionDelayMax: 500, randomizationFactor: 0.5, timeout: 2500, tryAllTransports: true } as const;

/** After a 'busy' refusal (the store failed for a moment) a vote or a stage is sent again after this long, with jitter. */
export const BUSY_RETRY_MS = 300;
const busyDelay = () => BUSY_RETRY_MS * (0.5 + Math.random());
/** The host's timer (browser or Node); this module is compiled without either's types. */
const later = (f: () => void, ms: number) => void (globalThis as unknown as { setTimeout(f: () => void, ms: number): unknown }).setTimeout(f, ms);

/** Where a phone keeps its token between visits (localStorage in the browser). */
export type TokenShelf = { get(): string | null; set(token: string): void };

export type PhoneState = {
  readonly status: 'connecting' | 'joined' | 'no-room' | 'refused';
  readonly view: PublicView | null;
  /** The vote the server has acknowledged at the current stop. */
  readonly myVote: string | null;
  /** A vote sent and not yet acknowledged (sent again after a reconnect). */
  readonly pending: string | null;
  /** Why the last vote was refused (e.g. voting closed), until the next one. */
  readonly refused: string | null;
};

export type PhoneClient = {
  state(): PhoneState;
  vote(optionId: string): void;
  subscribe(listener: (s: PhoneState) => void): () => void;
};

export function createPhoneClient(socket: LiveSocket, code: string, shelf: TokenShelf): PhoneClient {
  let state: PhoneState = { status: 'connecting', view: null, myVote: null, pending: null, refused: null };
  /** Acknowledged votes per decision, so going back to a stop shows the vote given there. */
  const mine = new Map<string, string>();
  let pendingFor: string | null = null;
  const listeners = new Set<(s: PhoneState) => void>();
  const set = (patch: Partial<PhoneState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };
  const decision = () => state.view?.stage?.decisionId ?? null;
  // the token is kept here too: a phone whose storage keeps nothing (all cookies blocked, a
  // scanner app's browser) still votes with the token its join was given
  let token: string | null = shelf.get();

  const send = (decisionId: string, optionId: string) => {
    if (!token || !socket.connected) return; // sent on the next join
    socket.emit('vote', { code, token, decisionId, optionId }, (a: VoteAck) => {
      if (a.ok) {
        mine.set(a.decisionId, a.optionId);
        if (decision() === a.decisionId) set({ myVote: a.optionId, pending: state.pending === a.optionId ? null : state.pending, refused: null });
      } else if (a.error === 'busy') {
        // the server could not store it just now: the vote is still wanted, so it goes again
        later(() => {
          if (decision() === decisionId && state.pending === optionId) send(decisionId, optionId);
        }, busyDelay());
      } else if (decision() === decisionId && state.pending === optionId) {
        set({ pending: null, refused: a.error });
      }
    });
  };

  const showView = (view: PublicView) => {
    if (state.view && view.rev < state.view.rev) {
      // read before the view on screen (a join's answer overtaken by a push): keep the newer one
      const mineHere = mine.get(decision() ?? '');
      if (mineHere !== undefined && mineHere !== state.myVote) set({ myVote: mineHere });
      return;
    }
    const id = view.stage?.decisionId ?? null;
    const moved = id !== decision();
    const pending = moved ? null : state.pending;
    if (moved) pendingFor = null;
    set({ view, myVote: id === null ? null : (mine.get(id) ?? null), pending, refused: moved ? null : state.refused });
  };

  const join = () => {
    socket.emit('join', { code, token: token ?? shelf.get() }, (a: JoinAck) => {
      if (!a.ok && a.error === 'busy') {
        // the server could not read or store the room just now: not a refusal, so it asks again
        later(() => socket.connected && join(), busyDelay());
        return;
      }
      if (!a.ok) return set({ status: a.error === 'no-room' ? 'no-room' : 'refused' });
      token = a.token;
      try {
        shelf.set(a.token);
      } catch {
        // (kept in memory only: a reload here joins as a new participant)
      }
      const id = a.view.stage?.decisionId;
      if (id && a.myVote) mine.set(id, a.myVote);
      set({ status: 'joined' });
      showView(a.view);
      if (state.pending && pendingFor === decision()) send(pendingFor!, state.pending);
    });
  };
  socket.on('connect', join);
  socket.on('state', (view: PublicView) => showView(view));

  return {
    state: () => state,
    vote(optionId) {
      const id = decision();
      if (!id) return;
      pendingFor = id;
      set({ pending: optionId, refused: null });
      send(id, optionId);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The projector's end: watches a room and hands on every view. */
export function watchRoom(socket: LiveSocket, code: string, onView: (view: PublicView | null, problem: string | null) => void): void {
  let rev = -1;
  const show = (view: PublicView) => {
    if (view.rev < rev) return; // older than the view on screen
    rev = view.rev;
    onView(view, null);
  };
  socket.on('connect', () => {
    socket.emit('watch', { code }, (a: WatchAck) => (a.ok ? show(a.view) : onView(null, a.error)));
  });
  socket.on('state', show);
}

/** The room a console drives: its code and the trainer's secret, kept on the trainer's device. */
export type RoomKey = { readonly code: string; readonly trainerToken: string };

export type TrainerLink = {
  /** Puts a stop on the room's screens; sent again after every reconnect until acknowledged. */
  stage(stage: Stage): void;
  view(): TrainerView | null;
  problem(): string | null;
};

/**
 * The console's end. With no key it creates a room and hands the key to `onKey`; with a key it
 * re-attaches. Every reconnect attaches again and puts the latest stage up again.
 */
export function linkTrainer(socket: LiveSocket, key: RoomKey | null, hooks: { onKey(key: RoomKey): void; onView(view: TrainerView | null, problem: string | null): void }): TrainerLink {
  let current = key;
  let latest: Stage | null = null;
  let view: TrainerView | null = null;
  let problem: string | null = null;
  let attached = false;
  /** Why the server refused the stop last sent, until one is taken: pushes of the room's counts do not clear it. */
  let refusedStage: string | null = null;
  const show = (v: TrainerView | null, p: string | null) => {
    if (v && view && view.code === v.code && v.rev < view.rev) return; // older than the view on screen
    if (v) view = v;
    problem = p;
    hooks.onView(view, problem);
  };
  const sendStage = () => {
    if (!current || !latest || !attached) return;
    const sent = latest;
    socket.emit('stage', { ...current, stage: sent }, (a: { ok: boolean; error?: string }) => {
      if (a.ok) {
        if (refusedStage !== null) show(null, (refusedStage = null));
        return;
      }
      // a store that failed for a moment: put the stop up again, unless a newer one went out since
      if (a.error === 'busy') later(() => latest === sent && sendStage(), busyDelay());
      else show(null, (refusedStage = a.error ?? 'refused'));
    });
  };
  /** Connections so far: a retry belongs to the connection it was made on (a reconnect enters by itself). */
  let connections = 0;
  /** Takes the room up (or makes one); a store that failed for a moment is asked again, as long as this connection holds. */
  const enter = () => {
    const on = connections;
    const refused = (error: string) => {
      if (error === 'busy') later(() => on === connections && socket.connected && !attached && enter(), busyDelay());
      else show(null, error);
    };
    if (current) {
      socket.emit('attach', current, (a: AttachAck) => {
        if (!a.ok) return refused(a.error);
        attached = true;
        show(a.view, null);
        sendStage();
      });
    } else {
      socket.emit('create', {}, (a: CreateAck) => {
        if (!a.ok) return refused(a.error);
        current = { code: a.code, trainerToken: a.trainerToken };
        attached = true;
        hooks.onKey(current);
        show(a.view, null);
        sendStage();
      });
    }
  };
  socket.on('connect', () => {
    connections++;
    attached = false;
    enter();
  });
  socket.on('disconnect', () => {
    attached = false;
  });
  socket.on('state', (v: TrainerView) => show(v, refusedStage));
  return {
    stage(stage) {
      latest = stage;
      sendStage();
    },
    view: () => view,
    problem: () => problem,
  };
}
