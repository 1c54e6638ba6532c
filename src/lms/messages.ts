/**
 * What the game says about the learning platform, in both languages: only a package needs it, so
 * it comes with the package's code, not with the game's first screen (except `PACKAGE_CODE_FAILED`,
 * which says that this code did not arrive).
 */
import type { Lang } from '../i18n/strings.ts';

/** "A, B and C", with the language's word for "and". */
const list = (xs: readonly string[], and: string) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs.at(-1)}`);

const nl = {
  platformRefused: 'Het leerplatform neemt je voortgang op dit moment niet aan; misschien is je sessie daar verlopen. Je kunt verder spelen, maar wat je nu doet, wordt mogelijk niet bewaard. Sluit de cursus en open hem opnieuw vanuit het leerplatform.',
  platformNotStarted: 'Het leerplatform kon deze cursus niet starten. Je kunt spelen, maar je voortgang en resultaat komen niet in het leerplatform. Sluit de cursus en open hem opnieuw vanuit het leerplatform.',
  noPlatform: 'Deze cursus vindt geen leerplatform. Je kunt spelen, maar je voortgang blijft alleen in deze browser en je resultaat komt niet in het leerplatform. Open de cursus vanuit het leerplatform als je resultaat daar moet komen; deed je dat al, meld het dan aan wie het leerplatform beheert.',
  packageUpdated: 'Een casus die je aan het spelen was, is aangepast sinds je laatste bezoek. Die casus begin je opnieuw, in de nieuwe versie; je resultaat tot nu toe blijft bewaard in het leerplatform.',
  /** `cases`: the titles of the cases held as stored; `others`: whether the package has other cases. */
  recordUnloaded: (cases: readonly string[], others: boolean): string => {
    const one = cases.length === 1;
    return `Je opgeslagen voortgang in ${one ? 'de casus' : 'de casussen'} ${list(cases, 'en')} kon niet worden geladen: een deel van de cursus kwam niet binnen. Die voortgang, en een resultaat dat je er al had, blijven ongewijzigd bewaard in het leerplatform. Wat je nu in ${one ? 'die casus' : 'die casussen'} doet, wordt niet bewaard${others ? '; wat je in de andere casussen doet wel' : ''}. Open ${one ? 'die casus' : 'die casussen'} later nog eens: komt het deel dan wel binnen, dan ga je verder waar je was en wordt je voortgang weer bewaard. Blijft het mislukken, sluit de cursus dan en open hem later opnieuw vanuit het leerplatform.`;
  },
  recordUnreadable: 'Je opgeslagen voortgang in het leerplatform kon niet worden gelezen. Die blijft daar staan, en je voortgang en resultaat van nu worden niet bewaard. Sluit de cursus en open hem later opnieuw vanuit het leerplatform. Wil je dat wat je vanaf nu doet wél bewaard wordt, kies dan "Vanaf nu bewaren": je eerdere voortgang in het leerplatform wordt dan vervangen.',
  startOver: 'Vanaf nu bewaren',
  platformEnded: 'De verbinding met het leerplatform is gesloten toen je deze pagina verliet. Wat je nu doet, wordt niet bewaard. Sluit de cursus en open hem opnieuw vanuit het leerplatform.',
};

export const PLATFORM_TEXT: Readonly<Record<Lang, typeof nl>> = {
  nl,
  en: {
    platformRefused: 'The learning platform is not accepting your progress right now; your session there may have ended. You can play on, but what you do now may not be kept. Close the course and open it again from the learning platform.',
    platformNotStarted: 'The learning platform could not start this course. You can play, but your progress and result do not reach the learning platform. Close the course and open it again from the learning platform.',
    noPlatform: 'This course cannot find a learning platform. You can play, but your progress stays in this browser only and your result does not reach the learning platform. Open the course from the learning platform if your result should be recorded there; if you did, tell whoever manages the learning platform.',
    packageUpdated: 'A case you were playing has changed since your last visit. You start that case again, in the new version; your result so far stays recorded in the learning platform.',
    recordUnloaded: (cases, others) => {
      const one = cases.length === 1;
      return `Your saved progress in ${one ? 'the case' : 'the cases'} ${list(cases, 'and')} could not be loaded: part of the course did not arrive. That progress, and any result you already had in ${one ? 'it' : 'them'}, stays recorded in the learning platform unchanged. What you do in ${one ? 'that case' : 'those cases'} now is not kept${others ? '; what you do in the other cases is' : ''}. Open ${one ? 'that case' : 'those cases'} again later: if that part arrives then, you go on where you were and your progress is kept again. If it keeps failing, close the course and open it again later from the learning platform.`;
    },
    recordUnreadable: 'Your saved progress in the learning platform could not be read. It stays there, and your progress and result from now on are not kept. Close the course and open it again later from the learning platform. If you want what you do from now on to be kept, choose "Save from now on": your earlier progress in the learning platform is then replaced.',
    startOver: 'Save from now on',
    platformEnded: 'The connection with the learning platform was closed when you left this page. What you do now is not kept. Close the course and open it again from the learning platform.',
  },
};

/**
 * When the package's own code did not arrive: shown before anything else of the game, in both
 * languages at once (the chosen one is not known yet). Nothing was started with the platform, so
 * loading the page again is safe.
 */
export const PACKAGE_CODE_FAILED: Readonly<Record<Lang, { readonly title: string; readonly text: string; readonly reload: string }>> = {
  nl: {
    title: 'De cursus kon niet worden geladen',
    text: 'Een deel van de cursus kwam niet binnen, misschien door een haperende verbinding. Er is niets verloren gegaan. Laad de cursus opnieuw; lukt dat niet, sluit hem dan en open hem opnieuw vanuit het leerplatform.',
    reload: 'Opnieuw laden',
  },
  en: {
    title: 'The course could not be loaded',
    text: 'Part of the course did not arrive, perhaps because of a faltering connection. Nothing has been lost. Load the course again; if that does not work, close it and open it again from the learning platform.',
    reload: 'Load again',
  },
};
