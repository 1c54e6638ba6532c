/**
 * Build-time compilation of an ink story (Node only: it uses the ink compiler, which never ships
 * to the browser). Returns the runtime JSON, or diagnostics with file and line.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import { declaredPeople, formatDiagnostic, lintInkSource, stripComments, type Diagnostic } from './lint.ts';

/** How the compiler reads files; the real one reads from disk, tests pass a map. */
export type SourceReader = {
  /** Resolves `name` (as written in INCLUDE) against the file that includes it. */
  resolve(name: string, from: string | null): string;
  read(path: string): string;
};

/** Where in the source an ink path (e.g. "start.0.c-1") was written. */
export type SourceLocation = { readonly file: string; readonly line: number };

/** Turns ink paths into source lines, and finds the lines that carry a given tag. */
export type SourceMap = {
  /** The line of the content at `path`, or of its nearest enclosing container that has one. */
  lineOf(path: string | null): SourceLocation | null;
  /** Every line with `# key: value` (e.g. key "signaal", value "verzuim"), in file order. */
  tagLines(key: string, value: string): readonly SourceLocation[];
  /** The first line whose text contains the longest literal piece of `text` (a shown line), if any. */
  findText(text: string): SourceLocation | null;
};

export type CompileResult =
  | { readonly ok: true; readonly json: string; readonly files: readonly string[]; readonly warnings: readonly Diagnostic[]; readonly sourceMap: SourceMap }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly files: readonly string[] };

const INK_MESSAGE = /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*'([^']*)' line (\d+):\s*(.*)$/s;

function toDiagnostic(message: string, fallbackFile: string): Diagnostic {
  const m = INK_MESSAGE.exec(message.trim());
  if (m) return { file: m[1]!, line: Number(m[2]), message: inDutch(m[3]!.trim()) };
  return { file: fallbackFile, line: 1, message: inDutch(message.trim()) };
}

/** The ink compiler's most common messages, explained in Dutch; the original stays for developers. */
const INK_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/^Divert target not found: '-> ?([^']*)'/, 'het doel van de sprong "-> $1" bestaat niet. Controleer de naam van de knoop ("=== naam ==="), de stitch ("= naam") of het label, bijv. "-> afloop"'],
  [/^Expected closing '\]'/, 'de keuze mist haar "]". Vaak staat er een "//" in de regel (dat begint een opmerking) of ontbreekt de haak; bijv. "* [Ik luister. #belang: +1 #feedback: … #bron: Tip 6]"'],
  [/^Expected (.*) but saw/, 'ink begrijpt deze regel niet. Controleer haakjes, accolades en pijlen, bijv. "{ zorg > 2: Tekst }" of "-> knoop"'],
  [/ran out of content|loose end/i, 'hier houdt het verhaal op zonder "-> END", "-> DONE" of een sprong. Sluit af met een einde en "-> END", bijv. "Sam krijgt hulp. # einde: hulp"'],
  [/^Unresolved variable|^Variable .* not found/i, 'een variabele die niet bestaat. Declareer hem bovenaan, bijv. "VAR zorg = 0", of controleer de spelling'],
];

function inDutch(message: string): string {
  for (const [re, hint] of INK_HINTS) {
    const m = re.exec(message);
    if (m) return `${hint.replace('$1', m[1] ?? '')} (ink: ${message})`;
  }
  return `ink-fout: ${message}. Open het bestand in Inky om de regel te bekijken. (ink: ${message})`;
}

/** Compiles the story whose main file is `entry`, checking every file's tags. */
export function compileInk(entry: string, reader: SourceReader): CompileResult {
  const files: string[] = [];
  const lint: Diagnostic[] = [];
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  // ink names an included file as written in its INCLUDE line; report the resolved path instead
  const resolvedNames = new Map<string, string>();
  const located = (d: Diagnostic): Diagnostic => ({ ...d, file: resolvedNames.get(d.file) ?? d.file });

  const sources = new Map<string, string>();
  // the people the main file's header declares; included files may name them too
  let people: ReadonlySet<string> | undefined;
  const load = (path: string, isMain: boolean): string => {
    // a file saved "with BOM" starts with U+FEFF, which would hide the header from ink
    const text = reader.read(path).replace(/^\uFEFF/, '');
    sources.set(path, text);
    if (!files.includes(path)) {
      files.push(path);
      if (isMain) people = declaredPeople(text);
      lint.push(...lintInkSource(path, text, isMain, people ?? declaredPeople(text)));
    }
    return text;
  };

  let mainSource: string;
  try {
    mainSource = load(entry, true);
  } catch (e) {
    return { ok: false, files, diagnostics: [{ file: entry, line: 1, message: `cannot read: ${(e as Error).message}` }] };
  }

  const options = new CompilerOptions(
    entry,
    [],
    false,
    (message: string, type: number) => {
      // ErrorType: 0 author note, 1 warning, 2 error
      if (type === 2) errors.push(located(toDiagnostic(message, entry)));
      else if (type === 1) warnings.push(located(toDiagnostic(message, entry)));
    },
    {
      ResolveInkFilename: (name: string, from?: string | null) => {
        if (name === entry) return entry;
        const path = reader.resolve(name, from ?? entry);
        if (!resolvedNames.has(name)) resolvedNames.set(name, path);
        return path;
      },
      LoadInkFileContents: (path: string) => load(path, false),
    },
  );

  let json: string | null = null;
  let paths = new Map<string, SourceLocation>();
  try {
    const story = new Compiler(mainSource, options).Compile();
    if (errors.length === 0 && story) {
      json = story.ToJson() ?? null;
      paths = pathLines(story.mainContentContainer, (name) => resolvedNames.get(name) ?? name);
      errors.push(...externalsWithoutFallback(sources, new Set(story.mainContentContainer.namedContent.keys())));
    }
  } catch (e) {
    if (errors.length === 0) errors.push({ file: entry, line: 1, message: (e as Error).message });
  }

  if (json !== null && errors.length === 0) {
    const bad = invalidJsonDiagnostic(json, files, reader, entry);
    if (bad) {
      errors.push(bad);
      json = null;
    }
  }

  const diagnostics = [...errors, ...lint].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (diagnostics.length > 0 || json === null) return { ok: false, files, diagnostics };
  return { ok: true, json, files, warnings, sourceMap: sourceMapOf(paths, sources) };
}

type RuntimeObject = { readonly path: { toString(): string }; readonly debugMetadata: { readonly fileName: string | null; readonly startLineNumber: number } | null; readonly content?: readonly RuntimeObject[]; readonly namedOnlyContent?: ReadonlyMap<string, RuntimeObject> | null };

/** Every ink path of the compiled story with the source line it came from (the compiler keeps them until ToJson). */
function pathLines(root: unknown, fileOf: (name: string) => string): Map<string, SourceLocation> {
  const out = new Map<string, SourceLocation>();
  const walk = (o: RuntimeObject) => {
    const dm = o.debugMetadata;
    if (dm && dm.fileName) out.set(o.path.toString(), { file: fileOf(dm.fileName), line: dm.startLineNumber });
    for (const c of o.content ?? []) walk(c);
    for (const c of o.namedOnlyContent?.values() ?? []) walk(c);
  };
  walk(root as RuntimeObject);
  return out;
}

function sourceMapOf(paths: ReadonlyMap<string, SourceLocation>, sources: ReadonlyMap<string, string>): SourceMap {
  return {
    lineOf(path) {
      if (path === null) return null;
      const parts = path.split('.');
      while (parts.length > 0) {
        const found = paths.get(parts.join('.'));
        if (found) return found;
        parts.pop();
      }
      return null;
    },
    tagLines(key, value) {
      const re = new RegExp(`#\\s*${key}\\s*:\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(#|\\]|$)`, 'i');
      const found: SourceLocation[] = [];
      for (const [file, text] of sources) stripComments(text).forEach((l, i) => re.test(l) && found.push({ file, line: i + 1 }));
      return found;
    },
    findText(text) {
      const pieces = text.split(/-?Infinity|NaN|\d+/).map((p) => p.trim()).filter((p) => p.length >= 4).sort((a, b) => b.length - a.length);
      for (const piece of pieces) {
        for (const [file, source] of sources) {
          const index = source.split(/\r?\n/).findIndex((l) => l.includes(piece));
          if (index >= 0) return { file, line: index + 1 };
        }
      }
      return null;
    },
  };
}

/** `EXTERNAL name(...)` needs an ink function of the same name to fall back on: the game binds none. */
function externalsWithoutFallback(sources: ReadonlyMap<string, string>, knots: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [file, text] of sources) {
    stripComments(text).forEach((l, i) => {
      const m = /^\s*EXTERNAL\s+([A-Za-z_][\w]*)/.exec(l);
      if (m && !knots.has(m[1]!)) {
        out.push({
          file,
          line: i + 1,
          message: `EXTERNAL ${m[1]}: het spel levert zelf geen functies, dus deze functie heeft een ink-versie nodig met dezelfde naam. Schrijf bijv. "=== function ${m[1]}(x) ===" met "~ return x", of haal de EXTERNAL-regel weg. (EXTERNAL without an ink fallback function)`,
        });
      }
    });
  }
  return out;
}

/** One error message listing every diagnostic, for a failed build. */
export function describeFailure(diagnostics: readonly Diagnostic[]): string {
  return `Story has ${diagnostics.length} error(s):\n${diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}`;
}

/**
 * The ink compiler can, on rare input, write JSON that does not parse. Catch that here and point
 * at the source line whose text appears where the JSON breaks.
 */
function invalidJsonDiagnostic(json: string, files: readonly string[], reader: SourceReader, entry: string): Diagnostic | null {
  try {
    JSON.parse(json);
    return null;
  } catch (e) {
    const at = Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? 0);
    const near = json.slice(Math.max(0, at - 80), at + 20);
    const words = near.match(/[\p{L}]{5,}/gu) ?? [];
    for (const file of files) {
      const lines = reader.read(file).split(/\r?\n/);
      for (const word of words.reverse()) {
        const index = lines.findIndex((l) => l.includes(word));
        if (index >= 0) return { file, line: index + 1, message: `the ink compiler produced invalid JSON for this line (near ${JSON.stringify(near)}); rewrite it, e.g. without inline logic or numbers inside a tag` };
      }
    }
    return { file: entry, line: 1, message: `the ink compiler produced invalid JSON near ${JSON.stringify(near)}` };
  }
}
