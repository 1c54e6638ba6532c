/**
 * The decision id of the stage for a session played on an earlier build (stage.ts): no stop's
 * (those are `n` and a number), so no vote is ever counted at it. Phones know the stage by it, to
 * show its own words instead of the story's end. On its own so the phone page need not load the
 * rest of stage.ts (and the session strings) for it.
 */
export const EARLIER_BUILD_STAGE_ID = 'earlier-build';
