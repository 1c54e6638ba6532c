/**
 * The pure core (story, play, debrief, state, i18n, workshop) runs in Node: no Phaser, no DOM, and
 * it never reaches into the views. The typecheck
 * of tsconfig.core.json (no DOM types) proves the DOM half; this proves no module imports Phaser
 * or reaches for browser globals at all.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORE = ['src/story', 'src/play', 'src/debrief', 'src/state', 'src/i18n', 'src/workshop', 'src/live'];
const files = CORE.flatMap((dir) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));

describe('pure core', () => {
  it('covers the core folders', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    it(`${file} uses no Phaser, no DOM and no Node-only module`, () => {
      const src = readFileSync(file, 'utf8');
      expect(src).not.toMatch(/from ['"]phaser['"]|import\(['"]phaser['"]\)/);
      expect(src).not.toMatch(/\b(document|window|localStorage|navigator)\./);
      expect(src).not.toMatch(/from ['"]node:/);
      expect(src).not.toMatch(/from ['"](\.\.\/)+ui\//);
    });
  }
});
