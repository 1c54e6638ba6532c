/**
 * What a played case consists of, as stored: the log on screen and the decisions taken. The types
 * come from the save schema (src/state/schema.ts), so what is saved and what is checked agree.
 */
import type { Saved } from '../state/schema.ts';
import type { ActiveCaseSchema, CaseResultSchema, DecisionRecordSchema, LogEntrySchema } from '../state/schema.ts';

/** One decision: the choice taken, the others that were open then, the last line before it (to recognise the moment) and its prompts. */
export type DecisionRecord = Saved<typeof DecisionRecordSchema>;

export type LogEntry = Saved<typeof LogEntrySchema>;

/** A play of a case: its story build, ink state, log, decisions and open choices; finished at its end. */
export type ActiveCase = Saved<typeof ActiveCaseSchema>;

export type CaseResult = Saved<typeof CaseResultSchema>;

/** A finished play kept in the history, with its result, so its debrief can be opened again. */
