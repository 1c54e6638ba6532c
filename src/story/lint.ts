/**
 * Checks the tags of an ink source file line by line, so that every mistake an author can make in
 * a tag is reported with the file and line where it was made. The ink compiler checks the rest.
 */
import { META_KEYS, parseTag, type MetaKey, type TagScope } from './tags.ts';
import { avoidedTermsIn, CORRECTION_WINDOW } from './terminology.ts';

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

/** Lints one ink file. `isMain` marks the story's entry file, which must carry the header tags. */
export function lintInkSource(file: string, source: string, isMain: boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string) => diagnostics.push({ file, line, message });
  const lines = stripComments(source);
  let headerOpen = isMain;
  const metaSeen = new Set<string>();

  lines.forEach((text, index) => {
    const lineNo = index + 1;
    if (headerOpen && isContentLine(text)) headerOpen = false;
    const isChoice = CHOICE_LINE.test(text);
    if (!/^\s*~/.test(text) && INKJS_FLOAT_REWRITE.test(text.replace(/\{[^}]*\}/g, ''))) {
      report(lineNo, `"${INKJS_FLOAT_REWRITE.exec(text)![0]}": a comma before a number like 10.00 breaks the story in Safari; write e.g. "10.15", "10 uur" or leave out the comma`);
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
        continue;
      }
      const { scope, tag } = parsed;
      if (scope === 'meta') {
        if (!headerOpen) report(lineNo, `#${raw.text}: header tag "${tag.kind === 'meta' ? tag.key : ''}" belongs at the top of the main story file, before the first line of text`);
        else if (tag.kind === 'meta') metaSeen.add(tag.key);
        continue;
      }
      if (scope === 'choice') {
        if (signalLine && tag.kind === 'source') continue;
        if (!isChoice) report(lineNo, `#${raw.text}: this tag belongs to a choice; put it inside the [ ] of a choice line`);
        else if (!raw.inChoiceBrackets) report(lineNo, `#${raw.text}: put choice tags inside the square brackets, e.g. "* [Ik luister. #belang: +1 ...]"${hasBrackets ? '' : ' (this choice has no [ ])'}`);
        else {
          choiceScopes.push(scope);
          choiceKeys.add(tag.kind === 'score' ? 'score' : tag.kind);
        }
        continue;
      }
      if (isChoice && raw.inChoiceBrackets) report(lineNo, `#${raw.text}: this tag belongs on a line of text, not inside a choice`);
    }

    checkWords(text, isChoice, lineNo, lines, report);

    if (isChoice && choiceScopes.length > 0) {
      const has = (k: string) => choiceKeys.has(k);
      if (has('score') && has('neutral')) report(lineNo, 'a choice cannot be both scored and "neutraal"');
      if ((has('score') || has('neutral')) && !has('feedback')) report(lineNo, 'this choice is scored but has no "# feedback:"');
      if (has('feedback') && !has('source')) report(lineNo, 'this choice has feedback but no "# bron:"');
      if ((has('feedback') || has('source')) && !has('score') && !has('neutral')) report(lineNo, 'this choice has feedback but no score (add e.g. "# belang: +1", or "# neutraal")');
    }
  });

  if (isMain) {
    const missing = REQUIRED_META.filter((k) => !metaSeen.has(k));
    if (missing.length > 0) report(1, `the story header misses: ${missing.map((k) => `# ${k}:`).join(', ')}`);
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
      report(lineNo, `"${use.match}" is said here but not corrected in the next ${CORRECTION_WINDOW} lines; have the story correct it with ${use.term.sayInstead}`);
      continue;
    }
    report(lineNo, `"${use.match}": avoid this word${isChoice ? ' (allowed in a choice only when it scores down)' : ' in narration'}; write ${use.term.sayInstead}`);
  }
  for (const t of tags) {
    const p = parseTag(t.text);
    if (!p.ok || (p.tag.kind !== 'feedback' && p.tag.kind !== 'prompt' && p.tag.kind !== 'meta' && p.tag.kind !== 'time')) continue;
    for (const use of avoidedTermsIn(t.text)) report(lineNo, `"${use.match}" in a tag: feedback and other tags never use it; write ${use.term.sayInstead}`);
  }
}

/** Formats a diagnostic the way compilers do, so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.message}`;
}
