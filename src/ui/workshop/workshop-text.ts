/** The workshop's strings in the language the game shows (Dutch while the chosen one is still loading, as `strings`). */
import { WORKSHOP_STRINGS, type WorkshopStrings } from '../../i18n/workshop-strings.ts';
import { langOf, type AppContext } from '../context.ts';

export const workshopText = (ctx: AppContext): WorkshopStrings => WORKSHOP_STRINGS[langOf(ctx)];
