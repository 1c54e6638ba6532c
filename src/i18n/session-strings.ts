/**
 * What the workshop's screens say about sessions themselves (one on an earlier version of its case,
 * in the list, on the stage and on the room's screens; ones missing from this device, one open
 * elsewhere), in both languages: apart from the game's strings, so the game's first screen does
 * not carry them.
 */
import type { Lang } from './strings.ts';

const nl = {
  removeElsewhere: (name: string) => `Sessie „${name}” is open in een ander tabblad of venster en is niet verwijderd. Sluit hem daar eerst.`,
  sessionsMissing: (missing: number, of: number) => `${missing} van de ${of} sessies ${missing === 1 ? 'staat' : 'staan'} niet op dit apparaat. Importeer eerst hun exportbestand, of kies in de lijst andere sessies.`,
  earlierBuildStageTitle: 'Gespeeld op een eerdere versie van de casus',
  earlierBuildStage: 'Deze sessie is gespeeld op een eerdere versie van de casus. De casus is sindsdien aangepast, dus hier kan niet verder worden gespeeld: een keuze zou in de nieuwe versie iets anders uitspelen dan wat de zaal koos.',
  earlierBuildKept: 'Wat gespeeld is, blijft bewaard: de nabespreking, de exports en het combineren met andere sessies werken zoals altijd.',
  earlierBuildNew: 'Wil je de casus verder spelen, start dan een nieuwe sessie: die speelt de nieuwe versie.',
  earlierBuildStart: 'Start een nieuwe sessie',
  earlierBuildListMark: 'Gespeeld op een eerdere versie van de casus: verder spelen kan niet, de nabespreking openen wel.',
  earlierBuildRoom: 'Deze sessie is gespeeld op een eerdere versie van de casus en kan daarom niet verder. Wat de zaal koos, blijft bewaard voor de nabespreking.',
};

export type SessionStrings = typeof nl;

const en: SessionStrings = {
  removeElsewhere: (name: string) => `Session “${name}” is open in another tab or window and has not been deleted. Close it there first.`,
  sessionsMissing: (missing: number, of: number) => `${missing} of the ${of} sessions ${missing === 1 ? 'is' : 'are'} not on this device. Import their export file first, or choose other sessions in the list.`,
  earlierBuildStageTitle: 'Played on an earlier version of the case',
  earlierBuildStage: 'This session was played on an earlier version of the case. The case has been changed since, so it cannot be played on here: a choice would play out something else in the new version than what the room chose.',
  earlierBuildKept: 'What was played is kept: the debrief, the exports and combining with other sessions work as always.',
  earlierBuildNew: 'To play the case on, start a new session: it plays the new version.',
  earlierBuildStart: 'Start a new session',
  earlierBuildListMark: 'Played on an earlier version of the case: it cannot be played on, but its debrief opens.',
  earlierBuildRoom: 'This session was played on an earlier version of the case, so it cannot go on. What the room chose is kept for the debrief.',
};

export const SESSION_STRINGS: Readonly<Record<Lang, SessionStrings>> = { nl, en };
