import { describe, expect, it } from 'vitest';
import { stageOf, keepSpeaker, type StageEntry } from '../../src/scenes/stage.ts';
import { figureLook, heightForAge } from '../../src/scenes/look.ts';
import { toStoryLine, type StoryLine } from '../../src/story/runner.ts';
import type { Person } from '../../src/story/cast.ts';

const line = (text: string, ...tags: string[]): StageEntry => ({ kind: 'line', line: toStoryLine(text, tags) as StoryLine });
const choice: StageEntry = { kind: 'choice' };

const cast: Person[] = [
  { name: 'Dorian', age: 17, family: 'dorian' },
  { name: 'Moeder van Dorian', age: 46, family: 'dorian' },
  { name: 'Roos', age: 12, family: 'dorian' },
  { name: 'Esther', age: 50, family: null },
  { name: 'Inge', age: 54, family: null },
  { name: 'Sylvia', age: 15, family: 'sylvia' },
];

describe('stageOf: rooms hold the people the text says are there', () => {
  it('puts a class behind the child when the text says the class is there', () => {
    const s = stageOf([line('Les.', 'plek: klaslokaal'), line('De halve klas kijkt naar jou.', 'aanwezig: Sylvia, klas')], cast, 'Sylvia');
    expect(s.figures).toEqual([{ name: 'Sylvia', age: 15, family: 'sylvia', expression: 'neutraal' }]);
    expect(s.crowd).toEqual({ kind: 'klas', age: 15 });
    expect(s.table).toBe(false);
  });

  it('seats a meeting of four at the table, all of them drawn', () => {
    const s = stageOf([line('Overleg.', 'plek: wijkteam', 'aanwezig: Esther, Inge, Moeder van Dorian, Dorian, tafel')], cast, 'Dorian');
    expect(s.table).toBe(true);
    expect(s.figures.map((f) => f.name)).toEqual(['Esther', 'Inge', 'Moeder van Dorian', 'Dorian']);
  });

  it('keeps at most three standing, the speaker among them', () => {
    const s = stageOf([line('Gang.', 'plek: gang', 'aanwezig: Esther, Inge, Roos, Dorian'), line('Hoi.', 'spreker: Esther')], cast);
    expect(s.figures.map((f) => f.name)).toEqual(['Esther', 'Roos', 'Dorian']);
    expect(keepSpeaker(['a', 'b', 'c', 'd', 'e'], 'a', 3)).toEqual(['a', 'd', 'e']);
  });

  it('gives each person the age and family from the header, and the face from the story', () => {
    const s = stageOf([line('Thuis.', 'plek: thuis', 'aanwezig: Moeder van Dorian, Roos'), line('Ze kijkt weg.', 'gezicht: Roos, gesloten'), line('Wie ben jij?', 'spreker: Onbekend')], cast);
    expect(s.figures).toEqual([
      { name: 'Moeder van Dorian', age: 46, family: 'dorian', expression: 'neutraal' },
      { name: 'Roos', age: 12, family: 'dorian', expression: 'gesloten' },
      { name: 'Onbekend', age: null, family: null, expression: 'neutraal' },
    ]);
  });

  it('starts a new place empty, with neutral faces', () => {
    const s = stageOf([line('A.', 'plek: thuis', 'aanwezig: Roos', 'gezicht: Roos, bezorgd'), line('B.', 'plek: gang'), line('Hoi.', 'spreker: Roos')], cast);
    expect(s.figures).toEqual([{ name: 'Roos', age: 12, family: 'dorian', expression: 'neutraal' }]);
  });
});

describe('stageOf: the phone', () => {
  it('shows a speakerphone call with the contact name and no bubbles; who is in the room stands beside it', () => {
    const s = stageOf(
      [line('Inge zet de telefoon op de speaker.', 'plek: telefoon', 'telefoon: luidspreker, Mirjam', 'aanwezig: Inge'), line('Wat jullie beschrijven, zie ik vaker.', 'spreker: Mirjam')],
      cast,
      'Sylvia',
    );
    expect(s.phone).toEqual({ mode: 'luidspreker', contact: 'Mirjam', face: null });
    expect(s.messages).toEqual([]);
    expect(s.figures.map((f) => f.name)).toEqual(['Inge']);
  });

  it('names the caller from who speaks when the tag gives no name', () => {
    const s = stageOf([line('Je telefoon gaat.', 'plek: telefoon', 'telefoon: bellen'), line('Ik ben het.', 'spreker: Dorian')], cast);
    expect(s.phone).toEqual({ mode: 'bellen', contact: 'Dorian', face: null });
    expect(s.figures).toEqual([]);
  });

  it('shows a video call with the contact as a face', () => {
    const s = stageOf([line('Je mag Sylvia beeldbellen.', 'plek: telefoon', 'telefoon: video, Sylvia'), line('Het is mijn eigen schuld.', 'spreker: Sylvia', 'gezicht: Sylvia, gesloten')], cast, 'Sylvia');
    expect(s.phone).toEqual({ mode: 'video', contact: 'Sylvia', face: { name: 'Sylvia', age: 15, family: 'sylvia', expression: 'gesloten' } });
    expect(s.figures).toEqual([]);
  });

  it('shows chat messages with the contact at the top; a chat with the child is on the player\'s phone', () => {
    const s = stageOf([line('Een bericht.', 'plek: telefoon', 'telefoon: chat, Sylvia'), line('ik wil niet', 'spreker: Sylvia')], cast, 'Sylvia');
    expect(s.phone).toEqual({ mode: 'chat', contact: 'Sylvia', face: null });
    expect(s.messages).toEqual([{ from: 'Sylvia', text: 'ik wil niet' }]);
    expect(s.phoneOwner).toBeNull();
  });

  it('without a tag the phone is the child\'s chat, as before', () => {
    const s = stageOf([line('Lisa schrijft.', 'plek: telefoon'), line('Hoi', 'spreker: Lisa'), line('Hoi', 'spreker: John')], [], 'John');
    expect(s.phone).toEqual({ mode: 'chat', contact: 'Lisa', face: null });
    expect(s.phoneOwner).toBe('John');
    expect(s.figures.map((f) => f.name)).toEqual(['John']);
  });

  it('a new phone tag at the phone starts a new screen', () => {
    const s = stageOf([line('A.', 'plek: telefoon', 'telefoon: chat, Lina'), line('hoi', 'spreker: Lina'), line('B.', 'telefoon: bellen, Esther')], cast);
    expect(s.phone).toEqual({ mode: 'bellen', contact: 'Esther', face: null });
    expect(s.messages).toEqual([]);
  });

  it('keeps the chat in view until the next decision', () => {
    const shown = [line('A.', 'plek: telefoon'), line('Betaal.', 'spreker: Lisa'), line('Weg.', 'plek: kantoor')];
    expect(stageOf(shown).phone?.mode).toBe('chat');
    expect(stageOf([...shown, choice, line('Later.')]).phone).toBeNull();
  });
});

describe('looks by age and family', () => {
  it('draws a 12-year-old visibly shorter than adults, teenagers close to grown', () => {
    expect(heightForAge(null)).toBe(1);
    expect(heightForAge(40)).toBe(1);
    expect(heightForAge(12)).toBeCloseTo(0.832, 3);
    expect(heightForAge(17)).toBeCloseTo(0.962, 3);
    // the tallest a 12-year-old gets is below the shortest adult (0.92)
    expect(figureLook({ name: 'Roos', age: 12, family: 'dorian' }).height).toBeLessThan(0.9);
    // and slighter: children are drawn with a child's shoulders, adults (and unknown ages) not
    expect(figureLook({ name: 'Roos', age: 12, family: 'dorian' }).young).toBe(true);
    expect(figureLook({ name: 'Dorian', age: 17, family: 'dorian' }).young).toBe(true);
    expect(figureLook({ name: 'Moeder van Dorian', age: 46, family: 'dorian' }).young).toBe(false);
    expect(figureLook({ name: 'Onbekend', age: null, family: null }).young).toBe(false);
  });

  it('gives a family the same skin and hair, and others their own', () => {
    const son = figureLook({ name: 'Dorian', age: 17, family: 'dorian' });
    const mother = figureLook({ name: 'Moeder van Dorian', age: 46, family: 'dorian' });
    const sister = figureLook({ name: 'Roos', age: 12, family: 'dorian' });
    expect(mother.skin).toBe(son.skin);
    expect(sister.skin).toBe(son.skin);
    // colouring follows the family, not the name: the same boy in another family changes with it
    const other = figureLook({ name: 'Dorian', age: 17, family: 'de vries' });
    const otherMother = figureLook({ name: 'Mevrouw De Vries', age: 44, family: 'de vries' });
    expect([other.skin, other.hair]).toEqual([otherMother.skin, otherMother.hair]);
    expect([other.skin, other.hair]).not.toEqual([son.skin, son.hair]);
    // the hair of a 12-year-old and her brother is the family's (no grey below 50)
    expect(sister.hair).toBe(son.hair);
  });
});
