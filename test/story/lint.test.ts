import { describe, expect, it } from 'vitest';
import { extractTags, lintInkSource, stripComments } from '../../src/story/lint.ts';

const HEADER = ['titel: T', 'kind: K', 'leeftijd: 15', 'thema: t', 'rol: r', 'duur: 5', 'inhoud: n'].map((t) => `# ${t}`).join('\n');
const lint = (body: string) => lintInkSource('s.ink', `${HEADER}\n${body}`, true);
const at = (line: number) => line + 7;

describe('extractTags', () => {
  it('tells tags inside the brackets of a choice from tags after them', () => {
    expect(extractTags('* [Ja #belang: +1 #feedback: f] #spreker: X', true)).toEqual([
      { text: 'belang: +1', inChoiceBrackets: true },
      { text: 'feedback: f', inChoiceBrackets: true },
      { text: 'spreker: X', inChoiceBrackets: false },
    ]);
  });

  it('ignores an escaped hash', () => {
    expect(extractTags('Nummer \\#3 # plek: gang', false)).toEqual([{ text: 'plek: gang', inChoiceBrackets: false }]);
  });
});

describe('stripComments', () => {
  it('removes line and block comments but keeps line numbers', () => {
    expect(stripComments('a // # belang: x\n/* # x\n# y */b')).toEqual(['a ', '', 'b']);
  });
});

describe('lintInkSource', () => {
  it('asks every signal for why it is one and a source', () => {
    const d = lint('Sam is er niet. # signaal: verzuim\nSam is moe. # signaal: moe # waarom: Moeheid kan op nachten elders wijzen.\nSam zwijgt. # signaal: stil # bron: Tip 4\nSam lacht. # signaal: lacht # waarom: Hij lacht niet meer. # bron: Tip 4\n-> END');
    expect(d.map((x) => [x.line, x.message.split(':')[0]])).toEqual([
      [at(1), 'dit signaal heeft geen "# waarom'],
      [at(1), 'dit signaal heeft geen "# bron'],
      [at(2), 'dit signaal heeft geen "# bron'],
      [at(3), 'dit signaal heeft geen "# waarom'],
    ]);
  });

  it('passes a correct story', () => {
    expect(lint('Hallo. # plek: gang\n* [Ja #belang: +1 #feedback: f #bron: Tip 6]\n-> END')).toEqual([]);
  });

  it('reports each mistake with its line', () => {
    const d = lint('Hallo. # plekk: gang\n* [Ja #belang: +1]\n* [Nee] #belang: -1 #feedback: f #bron: Tip 1\n* [Hm #spreker: X #neutraal #feedback: f #bron: Tip 1]\nTekst # feedback: los #bron: Tip 1');
    expect(d.map((x) => [x.line, x.message.split(':')[0]])).toEqual([
      [at(1), '#plekk'],
      [at(2), 'deze keuze heeft een score maar geen "# feedback'],
      [at(3), '#belang'],
      [at(3), '#feedback'],
      [at(3), '#bron'],
      [at(4), '#spreker'],
      [at(5), '#feedback'],
      [at(5), '#bron'],
    ]);
  });

  it('wants a source with feedback, and no score together with neutraal', () => {
    expect(lint('* [Ja #belang: +1 #feedback: f]').map((d) => d.message)).toEqual([expect.stringContaining('deze keuze heeft feedback maar geen "# bron:"')]);
    expect(lint('* [Ja #belang: +1 #neutraal #feedback: f #bron: Tip 1]').map((d) => d.message)).toEqual([expect.stringContaining('niet tegelijk een score hebben en "neutraal"')]);
  });

  it('wants the header at the top of the main file', () => {
    expect(lintInkSource('s.ink', 'Hallo.\n', true)).toEqual([{ file: 's.ink', line: 1, message: expect.stringContaining('de kop van het verhaal mist: # titel:') }]);
    expect(lint('Hallo.\n# titel: Laat')).toEqual([{ file: 's.ink', line: at(2), message: expect.stringContaining('hoort bovenaan het hoofdbestand') }]);
  });

  it('does not want the header in an included file', () => {
    expect(lintInkSource('part.ink', '=== k ===\nHallo.\n-> END\n', false)).toEqual([]);
  });

  it('allows an avoided word in a choice that scores down, and in a line a character says and the story corrects', () => {
    expect(lint('* [Ik noem hem een loverboy. #geen_schuld: -2 #feedback: Dat woord verhult mensenhandel. #bron: Terminologiegids]\n-> END')).toEqual([]);
    expect(lint('Het is een loverboy. # spreker: Agent\nJe zegt dat het om een mensenhandelaar gaat.\n-> END')).toEqual([]);
    expect(lint('Loverboy is een te mooi woord: het is mensenhandel. # spreker: Esther\n-> END')).toEqual([]);
  });

  it('counts a header tag with a bad value as present, and wants duur and leeftijd as whole numbers', () => {
    const header = HEADER.replace('duur: 5', 'duur: 15 minuten').replace('leeftijd: 15', 'leeftijd: 15 jaar');
    expect(lintInkSource('s.ink', `${header}\nHallo.`, true).map((d) => [d.line, d.message.split(';')[0]])).toEqual([
      [3, '#leeftijd: 15 jaar: leeftijd moet een heel getal zijn, in jaren, bijv. "# leeftijd: 15"'],
      [6, '#duur: 15 minuten: duur moet een heel getal zijn, in minuten, zonder eenheid, bijv. "# duur: 20"'],
    ]);
  });

  it('accepts the optional header tags volgorde and kaartbeeld, and wants volgorde as a number and kaartbeeld as a place', () => {
    expect(lintInkSource('s.ink', `${HEADER}\n# volgorde: 3\n# kaartbeeld: gang\nHallo.`, true)).toEqual([]);
    expect(lintInkSource('s.ink', `${HEADER}\n# volgorde: eerste\n# kaartbeeld: strand\nHallo.`, true).map((d) => [d.line, d.message.split(':').slice(0, 3).join(':')])).toEqual([
      [8, '#volgorde: eerste: volgorde moet een heel getal zijn, in de plaats in het menu, bijv. "# volgorde'],
      [9, '#kaartbeeld: strand: onbekend kaartbeeld "strand"'],
    ]);
    // a header tag below the first line of text is out of place, as the other header tags are
    expect(lintInkSource('s.ink', `${HEADER}\nHallo.\n# volgorde: 2`, true).map((d) => d.line)).toEqual([9]);
  });

  it('allows criminal-exploitation words where the story scores them down or corrects them, and refuses them elsewhere', () => {
    expect(lint('* [Ik noem hem een geldezel. #geen_schuld: -2 #feedback: Hij wordt gedwongen. #bron: Tip 6]\n-> END')).toEqual([]);
    expect(lint('Ben ik nu een crimineel? # spreker: John\nNee, jij bent het slachtoffer van uitbuiting. # spreker: Mentor\n-> END')).toEqual([]);
    expect(lint('Er gaat crimineel geld over zijn rekening; het is een crimineel netwerk.\n-> END')).toEqual([]);
    expect(lint('Zij is een drugskoerier.\n-> END').map((d) => d.message)).toEqual([expect.stringContaining('"drugskoerier": vermijd dit woord in de vertelling')]);
    expect(lint('Ben ik nu een crimineel? # spreker: John\n-> END').map((d) => d.message)).toEqual([expect.stringContaining('"een crimineel" wordt hier gezegd maar niet gecorrigeerd')]);
  });

  it('explains a web address cut short by an ink comment, but not a comment line with one', () => {
    expect(lint('Kijk op https://www.voorbeeld.nl voor meer.\n-> END').map((d) => d.message)).toEqual([expect.stringContaining('een webadres met "//"')]);
    expect(lint('// bron: https://www.voorbeeld.nl\nHallo.\n-> END')).toEqual([]);
  });
});
