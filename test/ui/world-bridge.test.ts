import { describe, expect, it } from 'vitest';
import { sceneOf } from '../../src/ui/world-bridge.ts';
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
