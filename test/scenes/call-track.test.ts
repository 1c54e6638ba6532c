import { describe, expect, it } from 'vitest';
import { modeOf, nextCall, NO_CALL, ownerOf, type CallTrack } from '../../src/scenes/call-track.ts';
import { phoneLine, type PhoneHeader } from '../../src/scenes/phone-lines.ts';
import { stageOf, type StageEntry } from '../../src/scenes/stage.ts';
import { compileInk } from '../../src/story/compile.ts';
import { diskReader } from '../../src/build/node-reader.ts';
import { storyFiles } from '../../src/build/load-stories.ts';
import { childName } from '../../src/story/meta.ts';
import { createStoryRunner, toStoryLine, type StoryLine } from '../../src/story/runner.ts';

/** The track after each line, read in order. */
function track(lines: ReadonlyArray<readonly [string, ...string[]]>, child: string | null = 'John'): CallTrack[] {
  let t = NO_CALL;
  return lines.map(([text, ...tags]) => (t = nextCall(t, toStoryLine(text, tags), child)));
}

describe('nextCall: who is on the phone', () => {
  it('takes the name the cue gives, whoever speaks first', () => {
    const t = track([['Je belt.', 'plek: telefoon', 'telefoon: bellen, Esther'], ['Hallo, met Inge.', 'spreker: Inge']]);
    expect(t.map((x) => x.contact)).toEqual(['Esther', 'Esther']);
    expect(modeOf(t[1]!)).toBe('bellen');
  });

  it('on a call without a name: the first voice that is not in the room', () => {
    const t = track([
      ['Op de speaker.', 'plek: telefoon', 'telefoon: luidspreker', 'aanwezig: Inge'],
      ['Zet hem harder.', 'spreker: Inge'],
      ['Met Mirjam.', 'spreker: Mirjam'],
      ['Dag Mirjam.', 'spreker: Inge'],
    ]);
    expect(t.map((x) => x.contact)).toEqual([null, null, 'Mirjam', 'Mirjam']);
  });

  it("in a chat without a name: the first sender who is not the phone's owner and not an app", () => {
    const t = track([
      ['Zijn telefoon.', 'plek: telefoon'],
      ['hallo?', 'spreker: John'],
      ['Bijschrijving € 10', 'spreker: Bankapp'],
      ['Goed zo.', 'spreker: Lisa'],
      ['Wie ben jij?', 'spreker: Onbekend'],
    ]);
    expect(t.map((x) => x.contact)).toEqual([null, null, null, 'Lisa', 'Lisa']);
    expect(ownerOf(t[4]!, 'John')).toBe('John');
  });

  it("a chat with the child is on the player's phone", () => {
    const [t] = track([['Een bericht.', 'plek: telefoon', 'telefoon: chat, john']]);
    expect(ownerOf(t!, 'John')).toBeNull();
    expect(ownerOf(t!, 'Sylvia')).toBe('Sylvia');
  });

  it('forgets the contact with a new cue or a new place, and is nowhere away from the phone', () => {
    const t = track([
      ['A.', 'plek: telefoon'],
      ['hoi', 'spreker: Lisa'],
      ['B.', 'telefoon: bellen'],
      ['C.', 'plek: kantoor'],
      ['Wat nu?', 'spreker: Esther'],
      ['D.', 'plek: telefoon'],
    ]);
    expect(t.map((x) => x.contact)).toEqual([null, 'Lisa', null, null, null, null]);
    expect(t.map(modeOf)).toEqual(['chat', 'chat', 'bellen', null, null, 'chat']);
  });
});

/** The stories, compiled once. */
const stories = storyFiles('stories').map((file) => {
  const compiled = compileInk(file, diskReader());
  if (!compiled.ok) throw new Error(`${file} does not compile`);
  return { file, json: compiled.json };
});

type Seen = { header: PhoneHeader; picture: { mode: string; contact: string | null } | null; text: string };

/**
 * Every state of a story once (states with the same ink state and the same call are one): at each
 * line at the phone, the header the text last showed for this call and what the picture shows.
 */
function walk(json: string): Seen[] {
  const runner = createStoryRunner(json);
  const child = childName(runner.meta);
  const first = runner.continue();
  const seen: Seen[] = [];
  const visited = new Set<string>();
  const go = (step: { lines: readonly StoryLine[]; choices: ReadonlyArray<{ index: number }> }, log: StageEntry[], phone: CallTrack, header: PhoneHeader | null) => {
    let here = log;
    for (const line of step.lines) {
      here = [...here, { kind: 'line', line }];
      const r = phoneLine(phone, line, child);
      if (!r.track.announced || r.header) header = r.header;
      phone = r.track;
      if (header && modeOf(phone) !== null) {
        const p = stageOf(here, runner.cast, child).phone;
        seen.push({ header, picture: p && { mode: p.mode, contact: p.contact }, text: line.text });
      }
    }
    const key = `${runner.saveState()}|${JSON.stringify(phone)}|${JSON.stringify(header)}`;
    if (visited.has(key)) return;
    visited.add(key);
    const saved = runner.saveState();
    for (const c of step.choices) {
      runner.rewind(saved);
      runner.choose(c.index);
      go(runner.continue(), [...here, { kind: 'choice' }], phone, header);
    }
  };
  go(first, [], NO_CALL, null);
  return seen;
}

describe('the picture and the call header name the same person in the real stories', () => {
  const all = new Map(stories.map((s) => [s.file, walk(s.json)]));

  it('on every path, at every line of a call or chat', () => {
    for (const [file, seen] of all) {
      expect(seen.length, file).toBeGreaterThan(0);
      for (const s of seen) expect({ file, text: s.text, picture: s.picture }).toEqual({ file, text: s.text, picture: s.header });
    }
  });

  it('names the people the stories mean', () => {
    const headerAt = (file: string, text: string) => all.get(file)?.find((s) => s.text.startsWith(text))?.header;
    // John's phone: the chat is with "Lisa", not with John, whose phone it is
    expect(headerAt('stories/john.ink', 'Ik kan met jou echt over alles praten.')).toEqual({ mode: 'chat', contact: 'Lisa' });
    expect(headerAt('stories/john.ink', 'Dacht je dat blokkeren hielp?')).toEqual({ mode: 'chat', contact: 'Onbekend' });
    // Inge is in the room; Mirjam is on the speaker
    expect(headerAt('stories/sylvia.ink', 'Inge zet de telefoon op de speaker.')).toEqual({ mode: 'luidspreker', contact: 'Mirjam' });
    // two calls in a row: the second header is the second call's
    expect(headerAt('stories/dorian.ink', 'Morgenochtend is er overleg.')).toEqual({ mode: 'bellen', contact: 'Esther' });
    expect(headerAt('stories/dorian.ink', 'De agent aan de telefoon')).toEqual({ mode: 'bellen', contact: 'Politie' });
  });
});
