/** The workshop model and the trainer debrief run in Node, like the rest of the pure core. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = [...readdirSync('src/workshop').filter((f) => f.endsWith('.ts')).map((f) => join('src/workshop', f)), 'src/debrief/trainer-debrief.ts'];

describe('workshop core purity', () => {
  for (const file of files) {
    it(`${file} uses no Phaser, no DOM and no Node-only module`, () => {
      const src = readFileSync(file, 'utf8');
      expect(src).not.toMatch(/from ['"]phaser['"]|import\(['"]phaser['"]\)/);
      expect(src).not.toMatch(/\b(document|window|localStorage|navigator)\./);
      expect(src).not.toMatch(/from ['"]node:/);
      expect(src).not.toMatch(/from ['"]\.\.\/ui\//);
    });
  }
});
