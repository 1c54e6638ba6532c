/**
 * The live room's interface strings (console panel, projector, phone) in Dutch; they define the
 * keys, and live-strings-en.ts has the English. Apart from the game's strings so the phone page
 * loads only these; strings.ts and strings-en.ts include them as `live`.
 */
export const liveNl = {
  panelTitle: 'Live stemmen en projector',
  openProjector: 'Open het projectorscherm',
  projectorHint: 'Sleep het nieuwe venster naar de projector. Daar staan alleen het verhaal, de opties, de code en na de uitslag de verdeling; de bediening blijft hier.',
  noServer: 'Zonder server tel je handen per tafel. Live stemmen met telefoons kan als de game met zijn eigen server draait.',
  start: 'Start live stemmen met telefoons',
  starting: 'Verbinden met de server…',
  code: 'Code',
  joinAt: (url: string) => `Deelnemers gaan naar ${url}`,
  people: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
  phones: 'Telefoons',
  /** The one group of a session made without tables: the whole room. */
  room: 'Zaal',
  offline: 'Geen verbinding met de server; de telling loopt door zodra die terug is.',
  problem: 'De server weigert deze kamer (verlopen of onbekend). Start live stemmen opnieuw.',
  stageRefused: 'De server neemt deze stap niet aan; telefoons en projector zien hem niet. Tel deze stemming met de hand.',
  closeVote: 'Sluit de stemming',
  reopenVote: 'Open de stemming weer',
  closed: 'De stemming is gesloten.',
  phoneColumnNote: 'De kolom Telefoons telt live mee; de tafels vul je met de hand in.',
  // the projector
  projectorTitle: 'Projector',
  waiting: 'Wachten op de trainer…',
  joinTitle: 'Doe mee',
  joinWith: 'Ga naar',
  andCode: 'en typ de code',
  qrLabel: (url: string) => `QR-code naar ${url}`,
  votedCount: (n: number) => (n === 1 ? '1 stem' : `${n} stemmen`),
  votedSoFar: 'uitgebracht',
  phaseDiscuss: 'Bespreek de keuze.',
  phaseOpen: 'Stem nu op je telefoon of steek je hand op.',
  phaseOpenHands: 'Stem nu: steek je hand op.',
  phaseClosed: 'De stemming is gesloten.',
  phaseRevealed: 'De uitslag',
  chosen: 'gekozen',
  noServerProjector: 'Dit venster volgt de console in dit browservenster.',
  // the phone
  phoneTitle: 'Stemmen',
  codeLabel: 'Code van de sessie',
  codeHint: 'Zes tekens, op het scherm voorin de zaal.',
  join: 'Doe mee',
  badCode: 'Geen sessie met deze code. Kijk nog eens op het scherm.',
  tooMany: 'Te veel pogingen. Wacht een paar minuten.',
  connecting: 'Verbinden…',
  reconnecting: 'Verbinding kwijt. Opnieuw verbinden… Je stem blijft bewaard.',
  anonymous: 'Je stemt anoniem. Er wordt niets over jou bewaard.',
  wait: 'Wacht tot de trainer de stemming opent.',
  voteNow: 'Kies één optie. Je kunt je keuze veranderen tot de stemming sluit.',
  sending: 'Versturen…',
  received: (n: number) => `Je stem is ontvangen: optie ${n}.`,
  notCounted: 'Je stem is niet meer geteld: de stemming is gesloten.',
  closedPhone: 'De stemming is gesloten.',
  result: 'Uitslag',
  yourVote: 'jouw stem',
  ended: 'Het verhaal is afgelopen. Bedankt voor het meedoen!',
  optionButton: (n: number, text: string) => `Optie ${n}: ${text}`,
  // the phone page (it loads only these strings)
  optionsLabel: 'Wat doen we?',
  optionN: (n: number) => `Optie ${n}`,
  voteShare: (n: number, pct: number) => `${n === 1 ? '1 stem' : `${n} stemmen`} (${pct}%)`,
};

export type LiveStrings = typeof liveNl;
