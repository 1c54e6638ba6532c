/**
 * What the game's page loads before its first screen: the entry script, what index.html preloads,
 * and what those import statically. English is a chunk fetched when chosen, and Phaser's chunk
 * waits until after the first choice. One real production build (the project's own config).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { en } from '../../src/i18n/strings-en.ts';
import { nl } from '../../src/i18n/strings.ts';
import { WORKSHOP_STRINGS } from '../../src/i18n/workshop-strings.ts';

const out = mkdtempSync(join(tmpdir(), 'niet-pluis-first-load-'));
const asset = (file: string) => readFileSync(join(out, 'assets', file), 'utf8');

/** The scripts index.html loads, and every chunk they import statically. */
function firstLoad(): Set<string> {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  return withImports([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!));
}

/** The chunks given and every chunk they import statically (`import … from "./x.js"`). */
function withImports(files: string[]): Set<string> {
  const todo = [...files];
  const seen = new Set<string>();
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // static imports only: `import(` (dynamic) is not followed
    for (const m of asset(file).matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?"\.\/([^"]+\.js)"/g)) todo.push(m[1]!);
  }
  return seen;
}

/** Every plain sentence of a string table that is not also in the other (functions have no fixed text). */
function textsOf(table: unknown, other: unknown = {}): string[] {
  const texts: string[] = [];
  const walk = (e: unknown, d: unknown) => {
    if (typeof e === 'string') {
      if (e !== d && e.length >= 20) texts.push(e);
    } else if (e && typeof e === 'object') for (const [k, v] of Object.entries(e)) walk(v, (d as Record<string, unknown> | undefined)?.[k]);
  };
  walk(table, other);
  return texts;
}
/** Every plain English sentence of the game's interface that is not also Dutch. */
const englishTexts = () => textsOf(en, nl);

beforeAll(async () => {
  await build({ logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
}, 120_000);

describe('the first load of the game page', () => {
  it('carries no English interface text; English is a chunk of its own', () => {
    const first = firstLoad();
    expect([...first].some((f) => f.startsWith('main-'))).toBe(true);
    const texts = englishTexts();
    expect(texts.length).toBeGreaterThan(40);
    const firstJs = [...first].map(asset).join('\n');
    expect(texts.filter((t) => firstJs.includes(t))).toEqual([]);
    // the same search finds them in the English chunk, which the first load does not include
    const enChunk = readdirSync(join(out, 'assets')).filter((f) => /^strings-en-.*\.js$/.test(f));
    expect(enChunk).toHaveLength(1);
    expect(first.has(enChunk[0]!)).toBe(false);
    const enJs = [...withImports(enChunk)].filter((f) => !first.has(f)).map(asset).join('\n');
    expect(texts.filter((t) => !enJs.includes(t))).toEqual([]);
    // and the Dutch table is in the first load
    expect(firstJs).toContain(nl.tagline);
  });

  it("carries none of the workshop's screens' text, in either language: a player does not need it", () => {
    const firstJs = [...firstLoad()].map(asset).join('\n');
    // (a sentence the game's own table also has, such as a button's, is the game's)
    const game = new Set([...textsOf(nl), ...textsOf(en)]);
    const texts = [...textsOf(WORKSHOP_STRINGS.nl), ...textsOf(WORKSHOP_STRINGS.en, WORKSHOP_STRINGS.nl)].filter((t) => !game.has(t));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => firstJs.includes(t))).toEqual([]);
    // the way into the workshop is on the title screen, so that is there
    expect(firstJs).toContain(nl.workshopEntryText);
  });

  it('does not load Phaser (the illustration) before the first screen', () => {
    const first = firstLoad();
    const phaser = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js') && asset(f).includes('Phaser v'));
    expect(phaser).toHaveLength(1);
    expect(first.has(phaser[0]!)).toBe(false);
  });

  // A browser opens six connections to one HTTP/1.1 host: a seventh file waits for one of them to
  // be free, a whole round trip later (150 ms on the bench's network), and the first screen with it.
  it("asks for at most six files at once to draw its first screen: scripts, stylesheet and font", () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    const fonts = [...html.matchAll(/<link rel="preload" as="font"[^>]*href="\.\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    const files = [...firstLoad(), ...sheets, ...fonts];
    expect(sheets).toHaveLength(1);
    expect(fonts).toHaveLength(1);
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(6);
  });

  // the font is otherwise asked for only when the first screen is laid out in it, which then waits
  it.each(['index.html', 'join.html', 'projector.html'])('%s asks for its stylesheet\'s font at once, in CORS mode, before the stylesheet', (page) => {
    const html = readFileSync(join(out, page), 'utf8');
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+\.css)"/g)].map((m) => m[1]!);
    expect(sheets.length).toBeGreaterThan(0);
    const named = new Set(sheets.flatMap((css) => [...asset(css).matchAll(/url\(["']?\.?\/?([^"')]+\.woff2)/g)].map((m) => m[1]!)));
    expect([...named].some((f) => f.startsWith('source-sans-3'))).toBe(true);
    for (const font of named) {
      expect(readdirSync(join(out, 'assets'))).toContain(font);
      const preload = html.indexOf(`<link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/${font}">`);
      expect(preload, font).toBeGreaterThan(-1);
      expect(preload).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    }
  });
});
