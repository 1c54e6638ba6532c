import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayText, momentText } from '../../src/i18n/dates.ts';

const NOON = '2026-12-02T12:05:00Z'; // the same day in every time zone this could run in, within a day's half

describe('dates as the interface writes them', () => {
  it('writes the day the same way in each language: day, month in words, year', () => {
    expect(dayText(NOON, 'nl')).toBe('2 december 2026');
    expect(dayText(NOON, 'en')).toBe('2 December 2026');
  });

  it('writes a moment with its day first, also in English', () => {
    expect(momentText(NOON, 'en', 'long')).toMatch(/^2 December 2026\b/);
    expect(momentText(NOON, 'nl', 'long')).toMatch(/^2 december 2026\b/);
    expect(momentText(NOON, 'en', 'medium')).toMatch(/^2 Dec 2026\b/);
  });

  it('is the only place the screens turn a date into words (so the session list and its debrief agree)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const writers = files('src')
      .filter((f) => !f.startsWith(join('src', 'cli')) && f !== join('src', 'i18n', 'dates.ts'))
      .filter((f) => /\.toLocale(Date|Time)?String\(|DateTimeFormat/.test(readFileSync(f, 'utf8').replace(/\w+\.toLocaleString\(LOCALE\.\w+\)/g, '')));
    expect(writers).toEqual([]);
  });
});
