/**
 * Dates and times as the interface writes them: one locale per language, so a session's date reads
 * the same in the session list as in its debrief ('2 December 2026', not 'December 2, 2026' there).
 */
import type { Lang } from './strings.ts';

export const LOCALE: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** The day: '2 december 2026' / '2 December 2026'. */
export const dayText = (iso: string, lang: Lang): string => new Date(iso).toLocaleDateString(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' });

/** A moment: the day and the time, in short ('2 dec 2026, 10:05') or in full ('2 december 2026 om 10:05'). */
export const momentText = (iso: string, lang: Lang, style: 'medium' | 'long'): string =>
  new Date(iso).toLocaleString(LOCALE[lang], { dateStyle: style, timeStyle: 'short' });
