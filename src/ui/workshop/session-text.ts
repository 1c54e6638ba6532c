/** What the workshop's screens say about sessions themselves, in the language the game shows. */
import { SESSION_STRINGS, type SessionStrings } from '../../i18n/session-strings.ts';
import { langOf, type AppContext } from '../context.ts';

export const sessionText = (ctx: AppContext): SessionStrings => SESSION_STRINGS[langOf(ctx)];
