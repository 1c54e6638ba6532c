/**
 * Checks the tags of an ink source file line by line, so that every mistake an author can make in
 * a tag is reported with the file and line where it was made. The ink compiler checks the rest.
 */
import { META_KEYS, parseTag, type MetaKey, type TagScope } from './tags.ts';
import { avoidedTermsIn, CORRECTION_WINDOW } from './terminology.ts';
import { isPrincipleId } from './principles.ts';

export type Diagnostic = { readonly file: string; readonly line: number; readonly message: string };

/** Header tags every main story file must have (the case card and content note are built from them). */
export const REQUIRED_META: readonly MetaKey[] = META_KEYS;

type RawTag = { readonly text: string; readonly inChoiceBrackets: boolean };

const CHOICE_LINE = /^\s*([*+]\s*)+/;

/**
 * Where JSON.parse cannot see number sources (Safari, Node 20), inkjs rewrites every ", 10.00" in
 * the story file to mark floats, including inside text, which corrupts the story on load.
 */
const INKJS_FLOAT_REWRITE = /,\s*[0-9]+\.0+/;

/** Removes `//` and `/* *\/` comments, keeping line numbers. */
export function stripComments(source: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const line of source.split(/\r?\n/)) {
    let result = '';
    let i = 0;
    while (i < line.length) {
      if (inBlock) {
        const end = line.indexOf('*/', i);
        if (end === -1) {
          i = line.length;
        } else {
          inBlock = false;
          i = end + 2;
        }
      } else if (line.startsWith('/*', i)) {
        inBlock = true;
        i += 2;
      } else if (line.startsWith('//', i)) {
        i = line.length;
      } else {
        result += line[i];
        i++;
      }
    }
    out.push(result);
  }
  return out;
}

/** Splits a line into its tags; on a choice line, notes whether each tag sits inside the [ ]. */
export function extractTags(line: string, isChoice: boolean): RawTag[] {
  const tags: RawTag[] = [];
  let bracket = 0;
  let current: { text: string; inChoiceBrackets: boolean } | null = null;
  const close = () => {
    if (current) tags.push({ text: current.text.trim(), inChoiceBrackets: current.inChoiceBrackets });
    current = null;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\') {
      if (current) current.text += line[i + 1] ?? '';
      i++;
      continue;
    }
    if (isChoice && ch === '[') bracket++;
    if (isChoice && ch === ']') {
      bracket--;
      if (current?.inChoiceBrackets) close();
      continue;
    }
    if (ch === '#') {
      close();
      current = { text: '', inChoiceBrackets: isChoice && bracket > 0 };
      continue;
    }
    if (current) current.text += ch;
  }
  close();
  return tags;
}

function isContentLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (t.startsWith('#')) return false;
  return !/^(INCLUDE|VAR|CONST|LIST|EXTERNAL)\b/.test(t);
}

/** The names of the people a file declares with `# persoon:` (the main file's header). */
export function declaredPeople(source: string): Set<string> {
  const names = new Set<string>();
  for (const text of stripComments(source)) {
    for (const raw of extractTags(text, CHOICE_LINE.test(text))) {
      const parsed = parseTag(raw.text);
      if (parsed.ok && parsed.tag.kind === 'person') names.add(parsed.tag.person.name);
    }
  }
  return names;
}

/**
 * A case's rule, not ink's (the runner plays any ink): a random pick that steers the story makes
 * each player's path one the build may not have walked, since it walks one seed. A random pick of
 * words alone ({~a|b} without a jump) is fine.
 */
export function randomSteering(file: string, source: string): Diagnostic[] {
  return stripComments(source).flatMap((text, index) => (/\{\s*~[^}]*->|\{\s*shuffle\s*:|\b(SEED_)?RANDOM\s*\(/.test(text)
    ? [{ file, line: index + 1, message: 'een willekeurige keuze die het verhaal stuurt ({~a|b} met een sprong "->", een shuffle-blok of RANDOM) laat elke speler een ander pad lopen dan de build heeft nagelopen: een pad dat zo doodloopt, vindt de build niet. Kies met een reeks die voor iedereen gelijk is, bijv. {&a|b} (om de beurt) of {a|b|c} (tot de laatste); alleen woorden afwisselen mag met {~a|b}' }]
    : []));
}

/**
 * Lints one ink file. `isMain` marks the story's entry file, which must carry the header tags.
 * `people` are the names the main file declares (`# persoon:`); by default, this file's own.
 */
export function lintInkSource(file: string, source: string, isMain: boolean, people: ReadonlySet<string> = declaredPeople(source)): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string) => diagnostics.push({ file, line, message });
  const personSeen = new Set<string>();
  const unknownPerson = (name: string, tag: string) =>
    `${tag} noemt "${name}", maar die persoon staat niet in de kop. Zet bovenaan bijv. "# persoon: ${name}, 40" (naam, leeftijd, familie), of schrijf de naam zoals in de kop${people.size > 0 ? ` (bekend: ${[...people].join(', ')})` : ''}`;
  const lines = stripComments(source);
  const rawLines = source.split(/\r?\n/);
  let headerOpen = isMain;
  const metaSeen = new Set<string>();

  lines.forEach((text, index) => {
    const lineNo = index + 1;
    if (headerOpen && isContentLine(text)) headerOpen = false;
    const isChoice = CHOICE_LINE.test(text);
    if (!/^\s*~/.test(text) && INKJS_FLOAT_REWRITE.test(text.replace(/\{[^}]*\}/g, ''))) {
      report(lineNo, `"${INKJS_FLOAT_REWRITE.exec(text)![0]}": een komma vóór een heel uur zoals 9.00 breekt het verhaal in Safari. Laat de komma weg of schrijf het uur anders, bijv. "# tijd: Dinsdag 9.00 uur" of "# tijd: Dinsdag, 9 uur"`);
    }
    // "https://" cut short by ink's comment: the text before the comment ends in "https:"
    if (/:\/\//.test(rawLines[index] ?? '') && /[a-z]+:$/i.test(text.trimEnd())) {
      report(lineNo, 'een webadres met "//": in ink begint "//" een opmerking, dus de rest van de regel valt weg (bij een keuze ook de "]" en de tags). Schrijf het adres zonder "https://", bijv. "www.voorbeeld.nl"');
    }
    const hasBrackets = isChoice && text.includes('[');
    const choiceScopes: TagScope[] = [];
    const choiceKeys = new Set<string>();

    const lineTags = extractTags(text, isChoice);
    // a signal line may carry its sources, for the explanation in `# waarom:`
    const signalLine = !isChoice && lineTags.some((t) => /^signaal\s*:/i.test(t.text));
    for (const raw of lineTags) {
      const parsed = parseTag(raw.text);
      if (!parsed.ok) {
        report(lineNo, `#${raw.text}: ${parsed.error}`);
        // count the tag as written, so a bad value is not reported a second time as a missing tag
        const key = raw.text.split(':')[0]!.trim().toLowerCase();
        if ((META_KEYS as readonly string[]).includes(key)) metaSeen.add(key);
        if (isChoice && raw.inChoiceBrackets) choiceKeys.add(isPrincipleId(key) ? 'score' : key === 'bron' ? 'source' : key);
        continue;
      }
      const { scope, tag } = parsed;
      if (tag.kind === 'person') {
        if (personSeen.has(tag.person.name)) report(lineNo, `#${raw.text}: "${tag.person.name}" staat al eerder als persoon in de kop; noem iedere persoon één keer`);
        personSeen.add(tag.person.name);
      }
      if (tag.kind === 'present') for (const name of tag.presence.names) if (!people.has(name)) report(lineNo, `#${raw.text}: ${unknownPerson(name, 'aanwezig')}`);
      if (tag.kind === 'face' && !people.has(tag.face.name)) report(lineNo, `#${raw.text}: ${unknownPerson(tag.face.name, 'gezicht')}`);
      if (scope === 'meta') {
        if (!headerOpen) report(lineNo, `#${raw.text}: de koptag "${tag.kind === 'meta' ? tag.key : 'persoon'}" hoort bovenaan het hoofdbestand, vóór de eerste regel tekst; zet hem bij de andere koptags, bijv. "# titel: Sam" op regel 1`);
        else if (tag.kind === 'meta') metaSeen.add(tag.key);
        continue;
      }
      if (scope === 'choice') {
        if (signalLine && tag.kind === 'source') continue;
        if (!isChoice) report(lineNo, `#${raw.text}: deze tag hoort bij een keuze; zet hem binnen de [ ] van een keuzeregel, bijv. "* [Ik luister. #belang: +1 #feedback: … #bron: Tip 6]"`);
        else if (!raw.inChoiceBrackets) report(lineNo, `#${raw.text}: zet keuzetags binnen de vierkante haken, bijv. "* [Ik luister. #belang: +1 #feedback: … #bron: Tip 6]"${hasBrackets ? '' : ' (deze keuze heeft geen [ ])'}`);
        else {
          choiceScopes.push(scope);
          choiceKeys.add(tag.kind === 'score' ? 'score' : tag.kind);
        }
        continue;
      }
      if (isChoice && raw.inChoiceBrackets) report(lineNo, `#${raw.text}: deze tag hoort bij een regel tekst, niet binnen de [ ] van een keuze; zet hem achter de regel die volgt, bijv. "Sam kijkt weg. # plek: gang"`);
    }

    // the signal is the author's answer key: the debrief shows why it is one, with a source
    if (signalLine) {
      const kinds = new Set(lineTags.map((t) => parseTag(t.text)).flatMap((p) => (p.ok ? [p.tag.kind] : [])));
      if (!kinds.has('signal-why')) report(lineNo, 'dit signaal heeft geen "# waarom:": zeg in een of twee zinnen waarom een professional het moet opmerken, bijv. "# waarom: Plotseling verzuim kan op druk wijzen."');
      if (!kinds.has('source')) report(lineNo, 'dit signaal heeft geen "# bron:": geef de bron voor waarom het een signaal is, bijv. "# bron: Tip 4"');
    }

    checkWords(text, isChoice, lineNo, lines, report);

    if (isChoice && choiceScopes.length > 0) {
      const has = (k: string) => choiceKeys.has(k);
      if (has('score') && has('neutral')) report(lineNo, 'een keuze kan niet tegelijk een score hebben en "neutraal" zijn; haal "#neutraal" of de score weg');
      if ((has('score') || has('neutral')) && !has('feedback')) report(lineNo, 'deze keuze heeft een score maar geen "# feedback:"; schrijf wat de keuze voor het kind betekent, bijv. "#feedback: Zo voelt Sam zich gehoord. #bron: Tip 6"');
      if (has('feedback') && !has('source')) report(lineNo, 'deze keuze heeft feedback maar geen "# bron:"; noem waar de feedback op steunt, bijv. "#bron: VRK art. 12; Tip 6"');
      if ((has('feedback') || has('source')) && !has('score') && !has('neutral')) report(lineNo, 'deze keuze heeft feedback maar geen score; voeg er een toe, bijv. "#belang: +1", of "#neutraal"');
    }
  });

  if (isMain) {
    const missing = REQUIRED_META.filter((k) => !metaSeen.has(k));
    if (missing.length > 0) report(1, `de kop van het verhaal mist: ${missing.map((k) => `# ${k}:`).join(', ')}. Zet ze bovenaan, vóór de eerste regel tekst, bijv. "# ${missing[0]}: …" (zie stories/README.md, deel 1)`);
  }
  return diagnostics;
}

/** The words of a line without its tags (and without the choice brackets' tags). */
function textWithoutTags(line: string): string {
  return line.replace(/(?<!\\)#[^#\]]*/g, ' ');
}

/** Applies the terminology rules (see terminology.ts) to one line. */
function checkWords(line: string, isChoice: boolean, lineNo: number, lines: readonly string[], report: (line: number, message: string) => void): void {
  const tags = extractTags(line, isChoice);
  const words = textWithoutTags(line);
  const negative = tags.some((t) => {
    const p = parseTag(t.text);
    return p.ok && p.tag.kind === 'score' && p.tag.value < 0;
  });
  const speaks = tags.some((t) => /^spreker\s*:/i.test(t.text));
  for (const use of avoidedTermsIn(words)) {
    if (isChoice && negative) continue;
    if (!isChoice && speaks) {
      const after = lines.slice(lineNo - 1, lineNo + CORRECTION_WINDOW).map((l) => textWithoutTags(l) + ' ' + extractTags(l, CHOICE_LINE.test(l)).map((t) => t.text).join(' '));
      if (after.some((l) => use.term.correction.test(l.replace(use.term.avoid, '')))) continue;
      report(lineNo, `"${use.match}" wordt hier gezegd maar niet gecorrigeerd in de volgende ${CORRECTION_WINDOW} regels. Laat het verhaal het rechtzetten met ${use.term.sayInstead}, bijv. in de volgende regel of een keuze`);
      continue;
    }
    report(lineNo, `"${use.match}": vermijd dit woord${isChoice ? ' (in een keuze mag het alleen als die keuze negatief scoort)' : ' in de vertelling'}; schrijf ${use.term.sayInstead}`);
  }
  for (const t of tags) {
    const p = parseTag(t.text);
    if (!p.ok || (p.tag.kind !== 'feedback' && p.tag.kind !== 'prompt' && p.tag.kind !== 'meta' && p.tag.kind !== 'time')) continue;
    for (const use of avoidedTermsIn(t.text)) report(lineNo, `"${use.match}" in een tag: feedback en andere tags gebruiken dit woord nooit; schrijf ${use.term.sayInstead}`);
  }
}

/** Formats a diagnostic the way compilers do, so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.message}`;
}
