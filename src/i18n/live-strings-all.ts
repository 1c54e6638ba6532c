/**
 * The live room's strings in both languages, for its pages (phone, projector) and the trainer's
 * panel: apart from the game's strings, so the game's first screen does not carry them.
 */
import type { Lang } from './strings.ts';
import { liveNl, type LiveStrings } from './live-strings.ts';
import { liveEn } from './live-strings-en.ts';

export const LIVE_STRINGS: Readonly<Record<Lang, LiveStrings>> = { nl: liveNl, en: liveEn };
