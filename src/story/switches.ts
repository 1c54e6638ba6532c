/**
 * Switches a trainer can set for a workshop session before the story starts. A story opts in by
 * declaring the ink variable (e.g. `VAR systeem_faalt = false`); the runner sets it, and the
 * explorer walks the story with every switch off and on.
 */
export const SWITCHES = {
  /** "The system fails": the professional does right, and the municipality's system lets the child down. */
  systeem_faalt: { nl: 'Het systeem faalt', en: 'The system fails' },
} as const;

export type SwitchId = keyof typeof SWITCHES;
export const SWITCH_IDS = Object.keys(SWITCHES) as SwitchId[];

/** The switches set for one play; a missing switch is off. */
export type Switches = Readonly<Partial<Record<SwitchId, boolean>>>;

/** The switches a compiled story declares as global variables. */
export function declaredSwitches(storyJson: string): SwitchId[] {
  return SWITCH_IDS.filter((id) => new RegExp(`"VAR=":"${id}"`).test(storyJson));
}
