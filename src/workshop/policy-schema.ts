/** The schema of a session's policy lens, as saved and imported: the checks and the type from one definition. */
import * as v from 'valibot';
import { ROUTE_ROLE_IDS } from '../story/route-roles.ts';
import { GUIDE_TIPS, type GuideTip } from '../story/sources.ts';
import { SWITCH_IDS } from '../story/switches.ts';
import { MAX_POLICY_ACTIONS, MAX_POLICY_TEXT } from './policy.ts';

const text = v.pipe(v.string(), v.maxLength(MAX_POLICY_TEXT, `a text of at most ${MAX_POLICY_TEXT} characters`));
const tip = v.pipe(
  v.number(),
  v.check((n): n is GuideTip => Number.isInteger(n) && Object.hasOwn(GUIDE_TIPS, n), 'a tip of the guide (1 to 10)'),
);

const routeEntry = v.strictObject({ organisation: text, contact: text });

export const WorkshopPolicySchema = v.strictObject({
  switches: v.strictObject(Object.fromEntries(SWITCH_IDS.map((id) => [id, v.optional(v.boolean())]))),
  routeMap: v.strictObject({
    region: text,
    entries: v.strictObject(Object.fromEntries(ROUTE_ROLE_IDS.map((id) => [id, v.optional(routeEntry)]))),
  }),
  answers: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^(10|[1-9]):/, 'an answer is keyed by "tip:question"')), text),
    v.check((r) => Object.keys(r).length <= 200, 'at most 200 answers'),
  ),
  actions: v.pipe(v.array(v.strictObject({ tip, text })), v.maxLength(MAX_POLICY_ACTIONS, `at most ${MAX_POLICY_ACTIONS} actions`)),
});
