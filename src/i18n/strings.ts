/**
 * Every interface string. Dutch is here and defines the keys (`Strings`); English lives in
 * strings-en.ts, typed against it, and loads only when a player chooses it, so that the Dutch
 * first screen does not carry it. Story text is not here: it lives in the stories; nor are the
 * workshop's screens (workshop-strings.ts), which the first screen does not need either.
 */
export type Lang = 'nl' | 'en';

export const nl = {
  appName: 'Niet Pluis',
  tagline: 'Een training over uitbuiting van kinderen: handel in het belang van het kind, zonder schuld bij het kind te leggen, en verwijs naar de juiste plek.',
  startCase: 'Begin casus',
  resumeCase: 'Verder met casus',
  cases: 'Casussen',
  role: 'Jouw rol',
  theme: 'Thema',
  duration: 'Duur',
  minutes: 'min',
  // the title screen and the case cards
  titleKicker: 'Training voor professionals die met kinderen werken',
  titleIntro: 'Je speelt een casus vanuit je eigen rol. Je merkt op wat niet pluis is, weegt af wat je doet, en ziet na afloop wat je keuzes voor het kind betekenden.',
  casesIntro: 'De casussen staan in de volgorde van de handreiking. Ken je het spel nog niet, begin dan bovenaan.',
  ageLabel: 'Leeftijd',
  age: (n: string) => `${n} jaar`,
  aboutMinutes: (n: string) => `ongeveer ${n} minuten`,
  decisionsRange: (min: number, max: number) => (min === max ? `${min} beslissingen` : `${min} tot ${max} beslissingen`),
  bestResult: 'Beste resultaat',
  inProgress: 'Bezig',
  contentNoteTitle: 'Inhoudsnotitie',
  /** Below the case's own note (which says that you can pause or stop) and its role and length: how, and where help is. */
  contentNoteOutro: 'De knop Pauze, of de Esc-toets, zet de casus stil. Daar kun je ook stoppen, en daar staan de hulplijnen als dit onderwerp je raakt.',
  continueToCase: 'Ik begin',
  backToTitle: 'Terug naar het begin',
  pause: 'Pauze',
  pauseTitle: 'Gepauzeerd',
  pauseText: 'Je voortgang is bewaard. Je kunt later verder waar je was.',
  resume: 'Verder spelen',
  pauseTextOutsideCase: 'Neem gerust even pauze. Hieronder staat waar je terechtkunt als dit onderwerp je raakt.',
  closePause: 'Sluiten',
  leaveCase: 'Stoppen en naar het begin',
  helpTitle: 'Raakt dit onderwerp je?',
  helpIntro: 'Praat erover met iemand die je vertrouwt, of neem contact op met een van deze organisaties.',
  storyLog: 'Verhaal',
  choicesLabel: 'Wat doe je?',
  choiceKeysHint: 'Kies met de cijfertoetsen 1 tot 9, of met de pijltjestoetsen en Enter.',
  youChose: 'Jouw keuze',
  feedback: 'Toelichting',
  source: 'Bron',
  sources: 'Bronnen',
  neutral: 'Neutraal',
  toDebrief: 'Naar de nabespreking',
  debriefTitle: 'Nabespreking',
  debriefIntro: 'Zo verhoudt jouw pad zich tot het beste pad dat deze casus toelaat.',
  principleScores: 'Score per principe',
  points: 'punten',
  ofBest: 'van de best haalbare',
  keyMoments: 'Belangrijke momenten',
  keyMomentsNone: 'Bij geen enkele beslissing was een andere keuze beter voor het kind. Goed gedaan.',
  youDid: 'Jij koos',
  betterWas: 'Beter voor het kind was',
  signalsNoticed: 'Signalen die je zag',
  signalsMissed: 'Signalen die je miste',
  signalTimeline: 'Signalen op jouw pad, in de tijd',
  signalSeen: 'Herkend',
  signalMissed: 'Gemist',
  afterDecisions: (n: number) => (n === 0 ? 'bij de start' : `na ${n} ${n === 1 ? 'beslissing' : 'beslissingen'}`),
  signalSummary: (recognised: number, missed: number) => `Op jouw pad herkende je ${recognised} ${recognised === 1 ? 'signaal' : 'signalen'} en miste je er ${missed}.`,
  ending: 'Einde',
  print: 'Afdrukken',
  dossier: 'Dossier',
  time: 'Tijd',
  settings: 'Instellingen',
  highContrast: 'Hoog contrast',
  reducedMotion: 'Minder beweging',
  largeText: 'Grotere tekst',
  /** A new version of the installed web build (src/pwa/). */
  updateReady: 'Er is een nieuwe versie van Niet Pluis. Laden duurt een paar seconden; je voortgang blijft bewaard.',
  updateReload: 'Nieuwe versie laden',
  updateLater: 'Later',
  updateUnsaved: 'Je voortgang kan nu niet worden opgeslagen; met de nieuwe versie zou verloren gaan wat je deed. Laad hem zodra opslaan weer lukt.',
  dismiss: 'Sluiten',
  loading: 'Laden…',
  /** A case that takes a moment to open (src/ui/app.ts). */
  opening: 'De casus wordt geopend…',
  /** A part of the game (a case, the workshop) that could not be loaded over the network. */
  loadFailedTitle: 'Dit deel kon niet worden geladen',
  loadFailedText: 'De verbinding viel weg of de server gaf geen antwoord. Je voortgang is bewaard. Controleer de verbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  scoreChange: (principle: string, delta: number) => `${principle}: ${delta > 0 ? '+' : ''}${delta}`,
  decisionsTaken: (n: number) => (n === 1 ? '1 beslissing genomen' : `${n} beslissingen genomen`),
  shareText: (pct: number) => `${pct}%`,
  /** Marking lines "niet pluis" while playing, and recognition in the debrief. */
  markLine: 'Niet pluis',
  markedState: 'gemarkeerd',
  markHint: 'Valt je iets op? Markeer een regel als „niet pluis” door erop te klikken (de vlag ervoor), of druk op M voor de laatste regel. Nog een keer haalt de markering weg.',
  markedAnnounce: (text: string) => `Gemarkeerd als niet pluis: ${text}`,
  unmarkedAnnounce: (text: string) => `Markering weggehaald: ${text}`,
  nothingToMark: 'Er is nog geen regel om te markeren.',
  dossierIntro: 'Wat jij als niet pluis markeerde, met de tijd in het verhaal.',
  dossierEmpty: 'Nog niets gemarkeerd.',
  recognitionTitle: 'Signalen herkennen',
  recognitionIntro: 'Een eigen maat naast de drie principes: wat jij tijdens het spelen als niet pluis markeerde, tegenover de signalen die in deze casus zitten.',
  recognisedLabel: 'Herkend',
  missedLabel: 'Gemist',
  falseMarksLabel: 'Gemarkeerd, maar geen signaal',
  recognisedOf: (recognised: number, shown: number) => `${recognised} van ${shown}`,
  whySignal: 'Waarom dit een signaal is',
  falseMarksTitle: 'Gemarkeerd, maar in deze casus geen signaal',
  falseMarksIntro: 'Een niet-pluisgevoel is altijd het bespreken waard. Deze regels zijn in deze casus alleen geen signaal van uitbuiting.',
  otherPathsTitle: 'Op andere paden',
  otherPathsIntro: 'Deze signalen kwamen op jouw pad niet in beeld en tellen dus niet als gemist. Ze verschijnen op andere paden, bijvoorbeeld als je verder vraagt of juist langer wacht.',
  noSignalsOnPath: 'Op jouw pad kwamen geen signalen in beeld.',
  /** The title screen's way into the workshop, and its first title (the workshop's own strings: workshop-strings.ts). */
  workshopEntryTitle: 'Workshop',
  workshopEntryText: 'Speel een casus met een groep op een projector: bespreek elke beslissing, laat de zaal stemmen en neem samen een keuze. Daarna volgt een nabespreking voor de trainer.',
  workshopEntryButton: 'Een workshop leiden',
  workshopListTitle: 'Workshops',
  // saved data: set aside, failed writes, story updates, tabs, finished plays (src/play/game.ts)
  keep: {
    asideKept: 'Opgeslagen gegevens konden niet worden gebruikt. Ze zijn apart bewaard in deze browser, dus er gaat niets verloren. Je begint met een schone lei.',
    asideLost: 'Opgeslagen gegevens konden niet worden gebruikt en ook niet apart worden bewaard, want de opslag van deze browser is vol. Ze worden bij de volgende keer opslaan overschreven. Maak ruimte (bijvoorbeeld door oude workshopsessies te exporteren en te verwijderen) als je ze wilt bewaren.',
    writeFailed: 'Je voortgang kon niet worden opgeslagen: de opslag van deze browser is vol of geblokkeerd. Je kunt gewoon verder spelen, maar wat je nu doet is weg als je de pagina sluit of herlaadt. Maak ruimte in de browseropslag of sta opslag toe voor deze site; bij de volgende keuze proberen we het opnieuw.',
    storageRefused: 'Deze browser staat niet toe dat de game iets bewaart. Je kunt spelen, maar je voortgang is weg als je de pagina sluit of herlaadt. Wil je je voortgang houden, sta dan opslag (cookies en sitegegevens) toe voor deze site en laad de pagina opnieuw.',
    newerVersion: 'Je opgeslagen gegevens zijn gemaakt met een nieuwere versie van Niet Pluis, misschien in een ander tabblad. Deze pagina heeft nog de oudere versie en slaat daarom niets op, zodat ze niets overschrijft: wat je hier doet, wordt niet bewaard. Laad de nieuwe versie om verder te gaan.',
    settingsWriteFailed: 'Je instellingen konden niet worden opgeslagen: de opslag van deze browser is vol of geblokkeerd. Ze gelden tot je de pagina sluit.',
    workshopWriteFailed: 'De workshopsessie kon niet op dit apparaat worden opgeslagen: de opslag van deze browser is vol of geblokkeerd. Exporteer de sessies nu naar een bestand, zodat er niets verloren gaat.',
    exportNow: 'Exporteer nu',
    restarted: (kept: boolean) => `Je opgeslagen plek in deze casus kon niet worden hersteld. De casus begint opnieuw. ${kept ? 'Je oude voortgang is apart bewaard.' : 'Je oude voortgang kon niet apart worden bewaard, want de opslag van deze browser is vol.'}`,
    updated: (gone: number, of: number, kept: boolean) =>
      `Deze casus is aangepast sinds je eraan begon. ${gone === 0 ? `Je ${of === 1 ? 'keuze bestaat' : `${of} keuzes bestaan`} nog, maar de tekst of de afloop kan anders zijn.` : `${gone} van je ${of} keuzes ${gone === 1 ? 'bestaat' : 'bestaan'} niet meer in deze versie.`} Daarom begin je opnieuw. ${kept ? 'Je oude voortgang is apart bewaard.' : 'Je oude voortgang kon niet apart worden bewaard, want de opslag van deze browser is vol.'}`,
    updatedEnded: 'Deze casus is aangepast sinds je hem speelde. Je begint aan de nieuwe versie; je eerdere keren blijven te lezen vanaf het startscherm.',
    earlierBuild: 'Deze keer is gespeeld op een eerdere versie van de casus. De casus is sindsdien aangepast: wat hier staat is wat je toen zag en koos.',
    openElsewhere: 'Deze casus is al open in een ander tabblad of venster. Speel daar verder, of neem hem hier over: dan stopt het andere tabblad en gaat er niets verloren.',
    lostToOtherTab: 'Je speelt deze casus nu in een ander tabblad of venster verder. Hier kun je niet meer kiezen; je voortgang is bewaard.',
    takeOver: 'Hier verder spelen',
    restartCase: 'Opnieuw beginnen',
    restartTitle: 'Casus opnieuw beginnen?',
    restartText: 'Je huidige voortgang in deze casus vervalt en je begint vooraan. Eerder afgeronde keren en je beste resultaat blijven bewaard.',
    restartConfirm: 'Ja, opnieuw beginnen',
    cancel: 'Annuleren',
    pastPlays: 'Eerdere keren',
    playedOn: (date: string) => `Gespeeld op ${date}`,
    openDebrief: 'Nabespreking openen',
    lastResult: 'Laatste keer',
    timesFinished: (n: number) => (n === 1 ? '1 keer afgerond' : `${n} keer afgerond`),
    endScreenSaved: 'Je bent aan het einde van de casus.',
    earlierBuildSession: 'Deze sessie is gespeeld op een eerdere versie van de casus. De casus is sindsdien aangepast: wat hier staat is wat de zaal toen zag en koos.',
    sessionElsewhereTitle: 'Sessie open in een ander tabblad',
    sessionElsewhere: 'Deze workshopsessie is al open in een ander tabblad of venster. Ga daar verder, of neem hem hier over: dan stopt het andere tabblad. Alles wat daar is ingevoerd, is bewaard.',
    sessionLostTitle: 'Sessie verder in een ander tabblad',
    sessionLost: 'Deze workshopsessie is nu open in een ander tabblad of venster. Hier kun je niets meer veranderen; alles wat je hebt ingevoerd, is bewaard.',
    sessionTakeOver: 'Hier verdergaan',
  },
  /** Pacing: the story in passages with "Verder" between them, and where the player is in the case. */
  pacing: {
    next: 'Verder',
    nextHint: 'Spatie of Enter',
    showAll: 'Alles in één keer tonen',
    progress: (n: number, total: number, exact: boolean) => `Keuze ${n} van ${exact ? '' : 'ongeveer '}${total}`,
    finished: (n: number) => `${n} ${n === 1 ? 'keuze' : 'keuzes'} gemaakt`,
  },
  /**
   * The header above a call or a chat in the story's text, so it reads (and is heard) as what it
   * is: `with` goes before the other end's name, `alone` stands when the story names nobody.
   */
  call: {
    bellen: { with: 'Telefoongesprek met', alone: 'Telefoongesprek' },
    luidspreker: { with: 'Op de luidspreker:', alone: 'Telefoongesprek op de luidspreker' },
    video: { with: 'Videogesprek met', alone: 'Videogesprek' },
    chat: { with: 'Chatberichten met', alone: 'Chatberichten' },
  },
};

export type Strings = typeof nl;

const loaded: Partial<Record<Lang, Strings>> = { nl };

/** The strings of `lang` if they have arrived, else Dutch (which is always there). */
export const stringsIn = (lang: Lang): Strings => loaded[lang] ?? nl;

/** Whether the strings of `lang` can be shown at once. */
export const hasStrings = (lang: Lang): boolean => loaded[lang] !== undefined;

/** The language shown when `lang` is chosen: it once its strings are here, Dutch until then (as `stringsIn`). */
export const shownLang = (lang: Lang): Lang => (hasStrings(lang) ? lang : 'nl');

/**
 * What is said while a language's strings are on their way, or when they could not be fetched.
 * In that language itself, since its own strings are not here yet; the failure also in Dutch.
 */
export const LANGUAGE_ARRIVING: Readonly<Record<Exclude<Lang, 'nl'>, { readonly loading: string; readonly failed: string; readonly retry: string }>> = {
  en: {
    loading: 'Loading English…',
    failed: 'English could not be loaded. Check the connection and try again. / Engels kon niet worden geladen.',
    retry: 'Try again',
  },
};

/** Fetches the strings of `lang` (English is a chunk of its own); a failed load may be tried again. */
export async function loadStrings(lang: Lang): Promise<Strings> {
  return (loaded[lang] ??= (await import('./strings-en.ts')).en);
}


/** Help lines shown at the end of a case and in the pause menu (only numbers confirmed in our fact sheet). */
export const HELP_LINES: ReadonlyArray<{ readonly name: string; readonly contact: string; readonly about: Readonly<Record<Lang, string>> }> = [
  { name: 'Veilig Thuis', contact: '0800-2000', about: { nl: 'Advies of een melding bij huiselijk geweld en kindermishandeling; gratis, dag en nacht; ook anoniem advies.', en: 'Advice or a report about domestic violence and child abuse; free, day and night; anonymous advice possible.' } },
  { name: 'Centrum Seksueel Geweld', contact: '0800-0188', about: { nl: 'Hulp na seksueel geweld; gratis, dag en nacht.', en: 'Help after sexual violence; free, day and night.' } },
  { name: 'De Kindertelefoon', contact: '0800-0432', about: { nl: 'Voor kinderen en jongeren van 8 tot 18; gratis en anoniem, ook via chat.', en: 'For children and young people aged 8 to 18; free and anonymous, also by chat.' } },
  { name: 'Chat met Fier', contact: 'chatmetfier.nl', about: { nl: 'Anoniem chatten met een hulpverlener over geweld, ook over uitbuiting.', en: 'Anonymous chat with a professional about violence, including exploitation.' } },
  { name: 'Helpwanted', contact: 'helpwanted.nl', about: { nl: 'Gratis en anoniem advies bij online misbruik, zoals afpersing met beelden.', en: 'Free and anonymous advice on online abuse, such as extortion with images.' } },
  { name: 'Politie', contact: '112', about: { nl: 'Bij acuut gevaar. Geen spoed: 0900‑8844.', en: 'In acute danger. Not urgent: 0900‑8844.' } },
];
