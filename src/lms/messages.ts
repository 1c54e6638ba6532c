/**
 * What the game says about the learning platform, in both languages: only a package needs it, so
 * it comes with the package's code, not with the game's first screen.
 */
import type { Lang } from '../i18n/strings.ts';

const nl = {
  platformRefused: 'Het leerplatform neemt je voortgang op dit moment niet aan; misschien is je sessie daar verlopen. Je kunt verder spelen, maar wat je nu doet, wordt mogelijk niet bewaard. Sluit de cursus en open hem opnieuw vanuit het leerplatform.',
  platformNotStarted: 'Het leerplatform kon deze cursus niet starten. Je kunt spelen, maar je voortgang en resultaat komen niet in het leerplatform. Sluit de cursus en open hem opnieuw vanuit het leerplatform.',
  packageUpdated: 'Deze casus is aangepast sinds je laatste bezoek. Je begint aan de nieuwe versie; je resultaat tot nu toe blijft bewaard in het leerplatform.',
};

export const PLATFORM_TEXT: Readonly<Record<Lang, typeof nl>> = {
  nl,
  en: {
    platformRefused: 'The learning platform is not accepting your progress right now; your session there may have ended. You can play on, but what you do now may not be kept. Close the course and open it again from the learning platform.',
    platformNotStarted: 'The learning platform could not start this course. You can play, but your progress and result do not reach the learning platform. Close the course and open it again from the learning platform.',
    packageUpdated: 'This case has changed since your last visit. You start on the new version; your result so far stays recorded in the learning platform.',
  },
};
