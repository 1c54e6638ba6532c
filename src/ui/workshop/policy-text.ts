/** The beleidscheck's strings in the language the game shows. */
import { POLICY_STRINGS, type PolicyStrings } from '../../i18n/policy-strings.ts';
import { langOf, type AppContext } from '../context.ts';

export const policyText = (ctx: AppContext): PolicyStrings => POLICY_STRINGS[langOf(ctx)];
