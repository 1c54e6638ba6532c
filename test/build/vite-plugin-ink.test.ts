/**
 * The Vite plugin fails the build on a broken story with file and line (a tag, an ink error, a
 * broken case rule), and builds a sound one. Vite builds are slow: the rules themselves are tested
 * through buildStory (test/story/broken-stories.test.ts); these few go through a real build.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { inkStories } from '../../src/build/vite-plugin-ink.ts';

const TEMPLATE = 'stories/templates/mijn-casus.ink';

/** A stories folder with the given files: a fixture name, or [source path, name in the folder]. */
function storiesDir(...files: Array<string | [string, string]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'niet-pluis-plugin-'));
  for (const f of files) {
    const [from, to] = typeof f === 'string' ? [join('test/fixtures/stories', f), f] : f;
    cpSync(from, join(dir, to));
  }
  return dir;
}

const buildWith = (dir: string) =>
  build({ configFile: false, logLevel: 'silent', base: './', plugins: [inkStories({ dir })], build: { outDir: join(dir, 'dist'), emptyOutDir: true } });

describe('vite plugin for ink stories', () => {
  it('fails the build with the file and line of a broken tag', async () => {
    const dir = storiesDir([TEMPLATE, 'mijn-casus.ink'], 'broken-unknown-tag.ink');
    await expect(buildWith(dir)).rejects.toThrow(/broken-unknown-tag\.ink:8: #plekk: gang: onbekende tag "plekk"/);
  }, 60_000);

  it('fails the build with the file and line of an ink error in an included file', async () => {
    const dir = storiesDir('broken-include.ink', '_broken-part.ink');
    await expect(buildWith(dir)).rejects.toThrow(/_broken-part\.ink:3: het doel van de sprong "-> nergens" bestaat niet/);
  }, 60_000);

  it('fails the build with the file and line of a broken case rule the explorer finds', async () => {
    const dir = storiesDir('broken-dead-end.ink');
    await expect(buildWith(dir)).rejects.toThrow(/broken-dead-end\.ink:47: doodlopend pad: het verhaal stopt hier zonder "# einde:"/);
  }, 60_000);

  it('builds the template case into its own chunks (story, analysis), shipping only the ink runtime, and leaves templates/ out of the menu', async () => {
    const dir = storiesDir([TEMPLATE, 'mijn-casus.ink']);
    cpSync('stories/templates', join(dir, 'templates'), { recursive: true });
    await buildWith(dir);
    const assets = readdirSync(join(dir, 'dist/assets'));
    expect(assets.filter((f) => f.startsWith('_story_')).map((f) => f.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['_story_mijn-casus']);
    const js = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8')).join('\n');
    // the compiler's parser (its error messages) must not ship; the runtime's Story must
    expect(js).not.toContain('Expected closing');
    expect(js).toContain('inkVersion');
    // the main script carries the case's card; its analysis (answer key, best path) is a chunk of its own
    const read = (prefix: string) => readFileSync(join(dir, 'dist/assets', assets.find((f) => f.startsWith(prefix) && f.endsWith('.js'))!), 'utf8');
    expect(assets.filter((f) => f.startsWith('_analysis_')).map((f) => f.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['_analysis_mijn-casus']);
    expect(read('index-')).toContain('titel');
    expect(read('index-')).not.toContain('"bestPath":');
    expect(read('_analysis_')).toContain('"bestPath":');
  }, 60_000);
});
