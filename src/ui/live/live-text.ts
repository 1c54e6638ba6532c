/** The live room's strings in the language the game shows (Dutch while the chosen one is still loading, as `strings`). */
import { LIVE_STRINGS } from '../../i18n/live-strings-all.ts';
import type { LiveStrings } from '../../i18n/live-strings.ts';
import { shownLang } from '../../i18n/strings.ts';
import type { AppContext } from '../context.ts';

export const liveStrings = (ctx: AppContext): LiveStrings => LIVE_STRINGS[shownLang(ctx.settings.getState().lang)];
