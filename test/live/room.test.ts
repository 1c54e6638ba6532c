/** The live room's rules and message schemas, without a server. */
import { describe, expect, it } from 'vitest';
import { parseMessage, StageSchema } from '../../src/live/protocol.ts';
import { createRateLimiter } from '../../src/live/rate-limit.ts';
import { publicView, roomCode, tally, trainerView, voteRefusal, type StoredRoom } from '../../src/live/room.ts';
import * as v from 'valibot';
import { stageOf } from '../server/helpers.ts';

const room = (stage: StoredRoom['stage']): StoredRoom => ({ code: 'ABCDEF', trainerHash: 'h', createdAt: 0, expiresAt: 1, stage, rev: 0 });

describe('live room rules', () => {
  it('makes codes from the unambiguous alphabet', () => {
    expect(roomCode(new Uint8Array([0, 1, 31, 32, 255, 8]))).toBe('AB9A9J');
    expect(() => roomCode(new Uint8Array(5))).toThrow();
  });

  it('counts one option per vote, in the order of the options, and ignores unknown options', () => {
    expect(tally(stageOf('n0', 'open'), ['n0.c', 'n0.a', 'n0.c', 'n9.a'])).toEqual([1, 0, 2]);
    expect(tally(null, ['n0.a'])).toEqual([]);
  });

  it('takes votes only while open, at the current decision, for one of its options', () => {
    expect(voteRefusal(stageOf('n0', 'open'), 'n0', 'n0.b')).toBe(null);
    expect(voteRefusal(stageOf('n0', 'discuss'), 'n0', 'n0.b')).toBe('not-open');
    expect(voteRefusal(stageOf('n0', 'closed'), 'n0', 'n0.b')).toBe('not-open');
    expect(voteRefusal(stageOf('n0', 'revealed'), 'n0', 'n0.b')).toBe('not-open');
    expect(voteRefusal(stageOf('n0', 'open'), 'n1', 'n0.b')).toBe('other-decision');
    expect(voteRefusal(stageOf('n0', 'open'), 'n0', 'n1.b')).toBe('unknown-option');
    expect(voteRefusal(null, 'n0', 'n0.b')).toBe('other-decision');
  });

  it('shows the room how many voted, and how only once revealed (phones plus hands)', () => {
    const open = publicView(room(stageOf('n0', 'open', [4, 0, 1])), [1, 2, 0], 3);
    expect(open.voted).toBe(8);
    expect(open.counts).toBe(null);
    expect(open.stage && 'hands' in open.stage).toBe(false);
    expect(publicView(room(stageOf('n0', 'closed', [4, 0, 1])), [1, 2, 0], 3).counts).toBe(null);
    expect(publicView(room(stageOf('n0', 'revealed', [4, 0, 1])), [1, 2, 0], 3).counts).toEqual([5, 2, 1]);
    expect(trainerView(room(stageOf('n0', 'open')), [1, 2, 0], 3).phones).toEqual([1, 2, 0]);
  });

  it('refuses stages that break the rules types cannot hold', () => {
    expect(v.safeParse(StageSchema, stageOf('n0', 'open')).success).toBe(true);
    expect(v.safeParse(StageSchema, { ...stageOf('n0', 'open'), hands: [1, 2] }).success).toBe(false);
    expect(v.safeParse(StageSchema, { ...stageOf('n0', 'open'), taken: 'n1.a' }).success).toBe(false);
    const twice = stageOf('n0', 'open');
    expect(v.safeParse(StageSchema, { ...twice, options: [twice.options[0], twice.options[0], twice.options[1]] }).success).toBe(false);
    expect(v.safeParse(StageSchema, { ...stageOf('n0', 'open'), kicker: 'a\u0000b' }).success).toBe(false);
    expect(v.safeParse(StageSchema, { ...stageOf('n0', 'open'), lines: Array(61).fill({ speaker: null, text: 'x' }) }).success).toBe(false);
  });

  it('parses messages strictly: no extra keys, no arrays for objects', () => {
    expect(parseMessage('create', {}).ok).toBe(true);
    expect(parseMessage('create', []).ok).toBe(false);
    expect(parseMessage('watch', { code: 'ABCDEF' }).ok).toBe(true);
    expect(parseMessage('watch', { code: 'ABCDE0' }).ok).toBe(false);
    expect(parseMessage('watch', { code: 'abcdef' }).ok).toBe(false);
    expect(parseMessage('watch', { code: 'ABCDEF', extra: 1 }).ok).toBe(false);
    expect(parseMessage('join', { code: 'ABCDEF', token: 'a'.repeat(32) }).ok).toBe(true);
    expect(parseMessage('join', { code: 'ABCDEF', token: 'A'.repeat(32) }).ok).toBe(false);
  });
});

describe('rate limiter', () => {
  it('allows `limit` events per window per key', () => {
    let t = 0;
    const l = createRateLimiter(2, 1000, () => t);
    expect([l.take('a'), l.take('a'), l.take('a'), l.take('b')]).toEqual([true, true, false, true]);
    t = 1001;
    expect(l.take('a')).toBe(true);
  });
});
