/** The Vite plugin fails the build on a broken story with file and line, and builds a sound one. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { inkStories } from '../../src/build/vite-plugin-ink.ts';

function storiesDir(...fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'niet-pluis-plugin-'));
  for (const f of fixtures) cpSync(join('test/fixtures/stories', f), join(dir, f));
  return dir;
}

const buildWith = (dir: string) =>
  build({ configFile: false, logLevel: 'silent', base: './', plugins: [inkStories({ dir })], build: { outDir: join(dir, 'dist'), emptyOutDir: true } });

describe('vite plugin for ink stories', () => {
  it('fails the build with the file and line of a broken tag', async () => {
    const dir = storiesDir('mini.ink', '_mini-end.ink', 'broken-unknown-tag.ink');
    await expect(buildWith(dir)).rejects.toThrow(/broken-unknown-tag\.ink:8: #plekk: gang: unknown tag "plekk"/);
  }, 60_000);

  it('fails the build with the file and line of an ink error in an included file', async () => {
    const dir = storiesDir('broken-include.ink', '_broken-part.ink');
    await expect(buildWith(dir)).rejects.toThrow(/_broken-part\.ink:3: Divert target not found/);
  }, 60_000);

  it('builds a sound story into its own chunk, shipping only the ink runtime', async () => {
    const dir = storiesDir('mini.ink', '_mini-end.ink');
    await buildWith(dir);
    const assets = readdirSync(join(dir, 'dist/assets'));
    expect(assets.some((f) => f.startsWith('_story_mini'))).toBe(true);
    const js = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8')).join('\n');
    // the compiler's parser (its error messages) must not ship; the runtime's Story must
    expect(js).not.toContain('Expected closing');
    expect(js).toContain('inkVersion');
  }, 60_000);
});
