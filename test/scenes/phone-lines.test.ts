import { describe, expect, it } from 'vitest';
import { phoneLine, type PhoneLine } from '../../src/scenes/phone-lines.ts';
import { NO_CALL } from '../../src/scenes/call-track.ts';
import { toStoryLine } from '../../src/story/runner.ts';

/** Reads lines in order, as the play view does, and returns what each one is at the phone. */
function read(lines: ReadonlyArray<readonly [string, ...string[]]>, child: string | null = 'Sylvia'): PhoneLine[] {
  let track = NO_CALL;
  return lines.map(([text, ...tags]) => {
    const r = phoneLine(track, toStoryLine(text, tags), child);
    track = r.track;
    return r;
  });
}

describe('phoneLine: a call reads as a call in the text, a chat as messages', () => {
  it('puts a speakerphone header with the contact on the tag line, and reads the other end as speech', () => {
    const r = read([
      ['Inge luistert.', 'plek: kantoor'],
      ['Inge zet de telefoon op de speaker.', 'plek: telefoon', 'telefoon: luidspreker, Mirjam', 'aanwezig: Inge'],
      ['Wat jullie beschrijven, zie ik vaker.', 'spreker: Mirjam'],
      ['Je schrijft het op.'],
    ]);
    expect(r.map((x) => x.header)).toEqual([null, { mode: 'luidspreker', contact: 'Mirjam' }, null, null]);
    expect(r.map((x) => x.kind)).toEqual([null, null, 'call', null]);
  });

  it('tells a phone call, a video call and a chat apart, each with its own header', () => {
    const r = read([
      ['Je belt.', 'plek: telefoon', 'telefoon: bellen, Moeder van Sylvia'],
      ['Is er iets?', 'spreker: Moeder van Sylvia'],
      ['Later beeldbel je.', 'telefoon: video, Sylvia'],
      ['Ja. Dat zal wel.', 'spreker: Sylvia'],
      ['Een bericht.', 'telefoon: chat, Sylvia'],
      ['niet zoeken', 'spreker: Sylvia'],
    ]);
    expect(r.flatMap((x) => (x.header ? [x.header] : []))).toEqual([
      { mode: 'bellen', contact: 'Moeder van Sylvia' },
      { mode: 'video', contact: 'Sylvia' },
      { mode: 'chat', contact: 'Sylvia' },
    ]);
    expect(r.map((x) => x.kind)).toEqual([null, 'call', null, 'call', null, 'message']);
  });

  it('names the other end of a call from the first voice when the tag names nobody', () => {
    const r = read([['Je telefoon gaat.', 'plek: telefoon', 'telefoon: bellen'], ['Ik ben het.', 'spreker: Dorian']]);
    expect(r[0]!.header).toEqual({ mode: 'bellen', contact: null });
    expect(r[1]!.kind).toBe('call');
  });

  it('gives a chat the story does not announce its header with the first message, not the child as contact', () => {
    const r = read([['John schuift zijn telefoon naar je toe.', 'plek: kantoor'], ['heb het overgemaakt', 'plek: telefoon', 'spreker: John'], ['Goed zo.', 'spreker: Lisa']], 'John');
    expect(r.map((x) => x.header)).toEqual([null, { mode: 'chat', contact: null }, null]);
    expect(r.map((x) => x.kind)).toEqual([null, 'message', 'message']);
  });

  it('says nothing away from the phone, and starts again after leaving it', () => {
    const r = read([
      ['Bel.', 'plek: telefoon', 'telefoon: bellen, Esther'],
      ['Overleg.', 'plek: wijkteam'],
      ['Wat nu?', 'spreker: Esther'],
      ['Weer aan de telefoon.', 'plek: telefoon'],
      ['Hallo?', 'spreker: Esther'],
    ]);
    expect(r.map((x) => x.kind)).toEqual([null, null, null, null, 'message']);
    // back at the phone without a tag: a chat, as the picture shows it
    expect(r[4]!.header).toEqual({ mode: 'chat', contact: 'Esther' });
  });
});
