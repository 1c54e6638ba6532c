/**
 * The tab locks without Web Locks: "tabs" are channel locks on Node's real BroadcastChannel, which
 * delivers between instances of one name as a browser does between tabs of one origin.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { channelLocks } from '../../src/ui/tab-locks.ts';

const open: BroadcastChannel[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** A tab: its own channel of the shared name, its locks, and what it heard about lost cases. */
function tab(id: string, answerMs = 100) {
  const channel = new BroadcastChannel('test.locks');
  open.push(channel);
  const lost: string[] = [];
  const locks = channelLocks(channel as unknown as Parameters<typeof channelLocks>[0], answerMs, id);
  return { channel, lost, locks, hold: (caseId: string, steal = false) => locks.hold(caseId, steal, () => lost.push(caseId)) };
}

describe('tab locks over a BroadcastChannel', () => {
  it('holds a free case; a second tab is refused; a take-over tells the first tab it lost the case', async () => {
    const a = tab('a');
    const b = tab('b');
    expect(await a.hold('john')).toBe(true);
    expect(await b.hold('john')).toBe(false);
    expect(await b.hold('sylvia')).toBe(true); // another case is free
    expect(await b.hold('john', true)).toBe(true);
    await expect.poll(() => a.lost).toEqual(['john']);
    // and back: now the first tab is refused, and may take it back
    expect(await a.hold('john')).toBe(false);
    expect(await a.hold('john', true)).toBe(true);
    await expect.poll(() => b.lost).toEqual(['john']);
    expect(a.lost).toEqual(['john']);
  });

  it('a case let go of, or held by a tab that closed, is free again', async () => {
    const a = tab('a');
    const b = tab('b');
    expect(await a.hold('john')).toBe(true);
    a.locks.release('john');
    expect(await b.hold('john')).toBe(true);
    b.channel.close(); // the tab is closed: nobody answers for it
    const c = tab('c');
    expect(await c.hold('john')).toBe(true);
  });

  it('of two tabs claiming one case at the same moment, exactly one gets it', async () => {
    const a = tab('a');
    const b = tab('b');
    const got = await Promise.all([b.hold('john'), a.hold('john')]);
    expect(got).toEqual([false, true]);
  });

  it('of two tabs claiming one case a moment apart, exactly one gets it, and keeps it', async () => {
    // the first claim goes out before the second tab waits for answers, so the second never hears it
    for (const [first, second] of [['a', 'b'], ['b', 'a']]) {
      const one = tab(first!);
      const two = tab(second!);
      const asked = one.hold('john');
      await new Promise((r) => setTimeout(r, 30));
      const got = await Promise.all([asked, two.hold('john')]);
      await new Promise((r) => setTimeout(r, 20));
      // the lower id wins, whichever asked first
      expect({ got, lost: [...one.lost, ...two.lost] }, `${first} first`).toEqual({ got: first === 'a' ? [true, false] : [false, true], lost: [] });
      for (const c of open.splice(0)) c.close();
    }
  });

  it('a tab that did not answer in time (busy, or frozen in the background) gives way when it hears the case was taken', async () => {
    // the first tab's channel holds back what it hears while the tab is frozen, as a frozen page does
    const channel = new BroadcastChannel('test.locks');
    open.push(channel);
    let frozen = false;
    const heldBack: MessageEvent[] = [];
    const listeners: Array<(e: MessageEvent) => void> = [];
    channel.addEventListener('message', (e) => (frozen ? heldBack.push(e) : listeners.forEach((l) => l(e))));
    const lost: string[] = [];
    const a = channelLocks({ postMessage: (m) => channel.postMessage(m), addEventListener: (_t, l) => void listeners.push(l) }, 100, 'a');
    expect(await a.hold('john', false, () => lost.push('john'))).toBe(true);
    frozen = true;
    const b = tab('b');
    expect(await b.hold('john')).toBe(true); // nobody answered
    await expect.poll(() => heldBack.map((e) => (e.data as { type: string }).type)).toEqual(['claim', 'taken']);
    expect(lost).toEqual([]);
    frozen = false;
    for (const e of heldBack.splice(0)) listeners.forEach((l) => l(e));
    expect(lost).toEqual(['john']);
    // and the first tab's late "held" did not take the case from the second
    expect(b.lost).toEqual([]);
  });
});
