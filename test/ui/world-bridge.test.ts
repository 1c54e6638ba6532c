import { describe, expect, it } from 'vitest';
import { createWorldHost, sceneOf } from '../../src/ui/world-bridge.ts';
import type { World, WorldSource } from '../../src/scenes/world.ts';
import type { LogEntry } from '../../src/play/types.ts';
import { toStoryLine, type StoryLine } from '../../src/story/runner.ts';

const line = (text: string, more: Partial<StoryLine> = {}): LogEntry => ({
  kind: 'line',
  line: { ...toStoryLine(text, []), ...more },
});

describe('sceneOf', () => {
  it('follows the place, the speaker and who is present there', () => {
    const s = sceneOf([line('Klas.', { place: 'klaslokaal' }), line('Hoi.', { speaker: 'Sylvia' }), line('Pas op.', { speaker: 'Inge' }), line('Stilte.')]);
    expect(s).toMatchObject({ place: 'klaslokaal', speaker: null, present: ['Sylvia', 'Inge'], messages: [] });
  });

  it('starts over when the place changes', () => {
    const s = sceneOf([line('Hoi.', { place: 'klaslokaal', speaker: 'Sylvia' }), line('Gang.', { place: 'gang' }), line('Ja?', { speaker: 'Inge' })]);
    expect(s).toMatchObject({ place: 'gang', speaker: 'Inge', present: ['Inge'] });
  });

  it('at the phone, keeps the latest five messages in order', () => {
    const msgs = Array.from({ length: 7 }, (_, i) => line(`bericht ${i}`, { speaker: i % 2 ? 'John' : 'Lisa' }));
    const s = sceneOf([line('Telefoon.', { place: 'telefoon' }), ...msgs]);
    expect(s.messages.map((m) => m.text)).toEqual(['bericht 2', 'bericht 3', 'bericht 4', 'bericht 5', 'bericht 6']);
    expect(s.messages[0]).toEqual({ from: 'Lisa', text: 'bericht 2' });
  });

  it('keeps the phone in view until the next decision when the story moves on after the messages', () => {
    const choice: LogEntry = { kind: 'choice', decision: 0 };
    const shown = [line('Telefoon.', { place: 'telefoon' }), line('Betaal.', { speaker: 'Lisa' }), line('Hij legt de telefoon weg.', { place: 'kantoor' })];
    expect(sceneOf(shown)).toMatchObject({ place: 'telefoon', messages: [{ from: 'Lisa', text: 'Betaal.' }] });
    expect(sceneOf([...shown, choice, line('Later.')])).toMatchObject({ place: 'kantoor', messages: [] });
  });
});

describe('createWorldHost', () => {
  type Call = ['show', object, object] | ['hide'];
  /** A world that records what it is asked to do; Phaser itself cannot start in Node. */
  const recording = () => {
    const calls: Call[] = [];
    let created = 0;
    const load = async () => ({
      createWorld(): World {
        created++;
        return { show: (p, s) => calls.push(['show', p, s]), hide: () => calls.push(['hide']), destroy: () => {} };
      },
    });
    return { calls, load, created: () => created };
  };
  const source = (): WorldSource => ({ get: () => { throw new Error('not drawn in Node'); }, subscribe: () => () => {} });
  const parent = () => ({}) as HTMLElement;
  const idle = () => new Promise((done) => setTimeout(done, 250));

  it('creates the world once and hands it from screen to screen', async () => {
    const w = recording();
    const host = createWorldHost(w.load);
    const [a, b] = [parent(), parent()];
    const [sa, sb] = [source(), source()];
    const releaseA = host.show(a, sa);
    await idle();
    releaseA();
    const releaseB = host.show(b, sb);
    await idle();
    releaseB();
    await idle();
    expect(w.created()).toBe(1);
    expect(w.calls).toEqual([['show', a, sa], ['show', b, sb], ['hide']]);
  });

  it('does not load the world for a screen left before the browser was idle', async () => {
    const w = recording();
    const host = createWorldHost(w.load);
    host.show(parent(), source())();
    await idle();
    expect(w.created()).toBe(0);
    expect(w.calls).toEqual([]);
  });

  it('a screen that gives the canvas back late does not take it from the next one', async () => {
    const w = recording();
    const host = createWorldHost(w.load);
    const releaseA = host.show(parent(), source());
    await idle();
    const b = parent();
    const sb = source();
    host.show(b, sb); // the next screen is built before the old one is destroyed
    releaseA();
    await idle();
    expect(w.calls.at(-1)).toEqual(['show', b, sb]);
    expect(w.calls.filter((c) => c[0] === 'hide')).toEqual([]);
  });

  it('tries to load again on the next screen after a failed load', async () => {
    const w = recording();
    let attempts = 0;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const host = createWorldHost(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : w.load()));
      host.show(parent(), source());
      await idle();
      const b = parent();
      host.show(b, source());
      await idle();
      expect(attempts).toBe(2);
      expect(w.calls.map((c) => c[0])).toEqual(['show']);
    } finally {
      console.warn = warn;
    }
  });
});
