/**
 * The phone's, projector's and console's ends keep the newest view they have seen: a view read
 * earlier (a join's answer overtaken by a push, or pushes from two processes) arriving later is
 * dropped. The socket here is an in-memory one whose answers the test hands out in any order.
 */
import { describe, expect, it } from 'vitest';
import { createPhoneClient, linkTrainer, watchRoom, type LiveSocket } from '../../src/live/clients.ts';
import type { PublicView, Stage, TrainerView } from '../../src/live/protocol.ts';
import { stageOf } from '../server/helpers.ts';

/** A socket whose events the test fires and whose acknowledgements it answers by hand. */
function handSocket() {
  const listeners = new Map<string, Array<(...a: never[]) => void>>();
  const sent: Array<{ event: string; payload: unknown; answer: (a: unknown) => void }> = [];
  const socket: LiveSocket & { fire(event: string, ...args: unknown[]): void; sent: typeof sent } = {
    connected: true,
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    emit(event, payload, ack) {
      sent.push({ event, payload, answer: ack as (a: unknown) => void });
    },
    fire(event, ...args) {
      for (const l of listeners.get(event) ?? []) (l as (...a: unknown[]) => void)(...args);
    },
    sent,
  };
  return socket;
}

const publicOf = (rev: number, stage: Stage | null, voted = 0): PublicView => {
  if (!stage) return { code: 'ABCDEF', rev, stage: null, voted, participants: 3, counts: null };
  const { hands: _hands, ...shown } = stage;
  return { code: 'ABCDEF', rev, stage: shown, voted, participants: 3, counts: null };
};

describe('live clients keep the newest view', () => {
  it('a phone whose join answer comes after a newer push stays on the newer stop, with its vote there', () => {
    const socket = handSocket();
    let token: string | null = 'a'.repeat(32);
    const phone = createPhoneClient(socket, 'ABCDEF', { get: () => token, set: (t) => (token = t) });
    socket.fire('connect');
    const join = socket.sent.find((m) => m.event === 'join')!;
    // the trainer moved on to n1 while the join was being answered: the push arrives first
    socket.fire('state', publicOf(7, stageOf('n1', 'open')));
    join.answer({ ok: true, token, view: publicOf(5, stageOf('n0', 'open')), myVote: 'n0.b' });
    expect(phone.state().status).toBe('joined');
    expect(phone.state().view?.stage?.decisionId).toBe('n1');
    expect(phone.state().myVote).toBe(null);
    // a view of the same change count (a vote count) is taken; an older one is not
    socket.fire('state', publicOf(7, stageOf('n1', 'open'), 2));
    expect(phone.state().view?.voted).toBe(2);
    socket.fire('state', publicOf(6, stageOf('n0', 'revealed')));
    expect(phone.state().view?.stage?.decisionId).toBe('n1');
    // its vote at n1 is acknowledged, and stays when an older view comes late
    phone.vote('n1.c');
    socket.sent.find((m) => m.event === 'vote')!.answer({ ok: true, decisionId: 'n1', optionId: 'n1.c' });
    socket.fire('state', publicOf(6, stageOf('n1', 'open')));
    expect(phone.state().myVote).toBe('n1.c');
  });

  it('a phone whose storage keeps nothing votes with the token its join was given; a join met by a busy store is asked again', async () => {
    const socket = handSocket();
    const phone = createPhoneClient(socket, 'ABCDEF', { get: () => null, set: () => { throw new Error('SecurityError'); } });
    socket.fire('connect');
    socket.sent.find((m) => m.event === 'join')!.answer({ ok: false, error: 'busy' });
    expect(phone.state().status).toBe('connecting');
    await expect.poll(() => socket.sent.filter((m) => m.event === 'join').length, { timeout: 2000 }).toBe(2);
    socket.sent.filter((m) => m.event === 'join')[1]!.answer({ ok: true, token: 't'.repeat(32), view: publicOf(1, stageOf('n0', 'open')), myVote: null });
    expect(phone.state().status).toBe('joined');
    phone.vote('n0.a');
    expect(socket.sent.find((m) => m.event === 'vote')?.payload).toMatchObject({ token: 't'.repeat(32), decisionId: 'n0', optionId: 'n0.a' });
  });

  it('a projector drops a view older than the one on screen', () => {
    const socket = handSocket();
    const shown: Array<string | null> = [];
    watchRoom(socket, 'ABCDEF', (v) => shown.push(v?.stage?.phase ?? null));
    socket.fire('connect');
    socket.fire('state', publicOf(4, stageOf('n0', 'revealed')));
    socket.sent.find((m) => m.event === 'watch')!.answer({ ok: true, view: publicOf(3, stageOf('n0', 'open')) });
    socket.fire('state', publicOf(4, stageOf('n0', 'revealed')));
    expect(shown).toEqual(['revealed', 'revealed']);
  });

  it("a console drops phone counts older than the ones on screen", () => {
    const socket = handSocket();
    const counts: number[][] = [];
    linkTrainer(socket, { code: 'ABCDEF', trainerToken: 'b'.repeat(64) }, { onKey: () => {}, onView: (v) => v && counts.push([...v.phones]) });
    const view = (rev: number, phones: number[]): TrainerView => ({ code: 'ABCDEF', rev, stage: stageOf('n0', 'open'), participants: 3, phones });
    socket.fire('state', view(10, [2, 1, 0]));
    socket.fire('state', view(9, [1, 1, 0])); // read by another process before the last vote
    socket.fire('state', view(11, [2, 1, 1]));
    expect(counts).toEqual([[2, 1, 0], [2, 1, 1]]);
  });
});

describe("live clients after a 'busy' refusal", () => {
  it('send the vote and the stage again, since the server stored neither', async () => {
    const socket = handSocket();
    let token: string | null = 'a'.repeat(32);
    const phone = createPhoneClient(socket, 'ABCDEF', { get: () => token, set: (t) => (token = t) });
    socket.fire('connect');
    socket.sent.find((m) => m.event === 'join')!.answer({ ok: true, token, view: publicOf(1, stageOf('n0', 'open')), myVote: null });
    phone.vote('n0.a');
    socket.sent.filter((m) => m.event === 'vote')[0]!.answer({ ok: false, error: 'busy' });
    expect(phone.state().pending).toBe('n0.a');
    expect(phone.state().refused).toBe(null);
    await new Promise((r) => setTimeout(r, 500));
    const again = socket.sent.filter((m) => m.event === 'vote');
    expect(again.map((m) => m.payload)).toEqual([
      { code: 'ABCDEF', token, decisionId: 'n0', optionId: 'n0.a' },
      { code: 'ABCDEF', token, decisionId: 'n0', optionId: 'n0.a' },
    ]);
    again[1]!.answer({ ok: true, decisionId: 'n0', optionId: 'n0.a' });
    expect(phone.state().myVote).toBe('n0.a');

    const console_ = handSocket();
    const link = linkTrainer(console_, { code: 'ABCDEF', trainerToken: 'b'.repeat(64) }, { onKey: () => {}, onView: () => {} });
    console_.fire('connect');
    console_.sent.find((m) => m.event === 'attach')!.answer({ ok: true, view: { code: 'ABCDEF', rev: 0, stage: null, participants: 0, phones: [] } });
    link.stage(stageOf('n1', 'open'));
    console_.sent.filter((m) => m.event === 'stage')[0]!.answer({ ok: false, error: 'busy' });
    await new Promise((r) => setTimeout(r, 500));
    expect(console_.sent.filter((m) => m.event === 'stage').map((m) => (m.payload as { stage: Stage }).stage.decisionId)).toEqual(['n1', 'n1']);
    expect(link.problem()).toBe(null);
  });

  it('a stop the server refused stays said while the room\'s counts come in, until a stop is taken', () => {
    const socket = handSocket();
    const link = linkTrainer(socket, { code: 'ABCDEF', trainerToken: 'b'.repeat(64) }, { onKey: () => {}, onView: () => {} });
    socket.fire('connect');
    const view = (rev: number) => ({ code: 'ABCDEF', rev, stage: null, participants: 0, phones: [] });
    socket.sent.find((m) => m.event === 'attach')!.answer({ ok: true, view: view(0) });
    link.stage(stageOf('n1', 'open'));
    socket.sent.filter((m) => m.event === 'stage')[0]!.answer({ ok: false, error: 'invalid' });
    expect(link.problem()).toBe('invalid');
    socket.fire('state', view(1)); // a phone joined
    expect(link.problem()).toBe('invalid');
    link.stage(stageOf('n2', 'open'));
    socket.sent.filter((m) => m.event === 'stage')[1]!.answer({ ok: true });
    expect(link.problem()).toBe(null);
  });

  it('take the room up again when attaching met a busy store, and then put the stop up', async () => {
    const console_ = handSocket();
    const link = linkTrainer(console_, { code: 'ABCDEF', trainerToken: 'b'.repeat(64) }, { onKey: () => {}, onView: () => {} });
    console_.fire('connect');
    console_.sent.find((m) => m.event === 'attach')!.answer({ ok: false, error: 'busy' });
    link.stage(stageOf('n1', 'open'));
    await new Promise((r) => setTimeout(r, 500));
    const attaches = console_.sent.filter((m) => m.event === 'attach');
    expect(attaches).toHaveLength(2);
    attaches[1]!.answer({ ok: true, view: { code: 'ABCDEF', rev: 0, stage: null, participants: 0, phones: [] } });
    expect(console_.sent.filter((m) => m.event === 'stage').map((m) => (m.payload as { stage: Stage }).stage.decisionId)).toEqual(['n1']);
    expect(link.problem()).toBe(null);
  });
});
