import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { byMenuOrder, readMeta, type StoryMeta } from '../../src/story/meta.ts';
import { nl } from '../../src/i18n/strings.ts';

const HEADER = ['titel: T', 'kind: K', 'leeftijd: 15', 'thema: t', 'rol: r', 'duur: 5', 'inhoud: n'];
const meta = (...extra: string[]): StoryMeta => readMeta([...HEADER, ...extra]);

describe('readMeta', () => {
  it('reads the optional header tags volgorde and kaartbeeld, and leaves them out when absent', () => {
    expect(meta('volgorde: 4', 'kaartbeeld: gang')).toMatchObject({ volgorde: '4', kaartbeeld: 'gang' });
    expect(meta()).not.toHaveProperty('volgorde');
    expect(meta()).not.toHaveProperty('kaartbeeld');
  });
});

describe('byMenuOrder', () => {
  it('orders by volgorde as a number (10 after 9), then by id; a case without volgorde comes last', () => {
    const cases = [
      { id: 'a', meta: meta('volgorde: 10') },
      { id: 'b', meta: meta() },
      { id: 'c', meta: meta('volgorde: 9') },
      { id: 'd', meta: meta('volgorde: 1') },
      { id: 'aa', meta: meta() },
      { id: 'e', meta: meta('volgorde: 9') },
    ];
    expect(byMenuOrder(cases).map((c) => c.id)).toEqual(['d', 'c', 'e', 'a', 'aa', 'b']);
    // the input is left as it was
    expect(cases.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'aa', 'e']);
  });

  it("puts the guide's four cases first, in the guide's order: Sylvia, Nuria, John, Dorian", () => {
    // the header is read from the files as written, so this fails when a header changes
    const stories = readdirSync('stories')
      .filter((f) => f.endsWith('.ink') && !f.startsWith('_'))
      .map((f) => {
        const tags = readFileSync(`stories/${f}`, 'utf8').split('\n').filter((l) => l.startsWith('# ')).map((l) => l.slice(2));
        return { id: f.replace(/\.ink$/, ''), meta: readMeta(tags) };
      });
    expect(byMenuOrder(stories).map((s) => s.id).slice(0, 4)).toEqual(['sylvia', 'nuria', 'john', 'dorian']);
  });
});

describe("the content note's words around each case's own note", () => {
  it('says once that you can pause or stop, and then how, with the Pause button or Esc, and where the help lines are', () => {
    // each case's note says that you can pause or stop; the words the screen adds below it (after the
    // role and length) must not say it again, and stand on their own
    const notes = readdirSync('stories')
      .filter((f) => f.endsWith('.ink') && !f.startsWith('_'))
      .map((f) => readMeta(readFileSync(`stories/${f}`, 'utf8').split('\n').filter((l) => l.startsWith('# ')).map((l) => l.slice(2))).inhoud);
    expect(notes.length).toBeGreaterThanOrEqual(4);
    for (const note of notes) {
      const screen = `${note} ${nl.contentNoteOutro}`;
      expect(screen.match(/pauzeren|pauzeer/gi) ?? [], note).toHaveLength(1);
      expect(screen).toMatch(/knop Pauze/);
      expect(screen).toMatch(/Esc/);
      expect(nl.contentNoteOutro).toMatch(/hulplijnen/);
      expect(nl.contentNoteOutro).not.toMatch(/^(Dat|Dit|Daar)\b/);
    }
  });
});
