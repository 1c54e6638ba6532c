/**
 * The workshop file: sessions as JSON with a format name and a version, to move them to another
 * device or to combine workshops. An import is checked completely before anything is changed; a
 * file that fails any check is refused as a whole, with the reason.
 */
import type { WorkshopSession } from './types.ts';
import { withPolicy } from './policy.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, problemOf, WorkshopExportSchema } from '../state/schema.ts';

export { EXPORT_FORMAT, EXPORT_VERSION };
/** Far beyond any real file (a long session is well under 1 MB); refusing keeps the page responsive. */
export const MAX_IMPORT_CHARS = 20_000_000;

export type WorkshopExport = {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly sessions: readonly WorkshopSession[];
};

/** migrations[v] turns a version-v file into a version-(v+1) file. */
const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  1: (old) => ({ ...old, version: 2, sessions: Array.isArray(old.sessions) ? old.sessions.map(withPolicy) : old.sessions }),
};

/** `not-stored`: the file was fine, but this device could not store it (storage full or blocked). */
export type ImportProblemCode = 'empty' | 'too-large' | 'not-json' | 'wrong-format' | 'wrong-version' | 'invalid' | 'not-stored';
export type ImportProblem = { readonly code: ImportProblemCode; readonly detail: string };
export type ImportResult = { readonly ok: true; readonly sessions: readonly WorkshopSession[] } | { readonly ok: false; readonly problem: ImportProblem };

/** The export file for these sessions (readable JSON). */
export function exportSessions(sessions: readonly WorkshopSession[], now: Date): string {
  const file: WorkshopExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), sessions };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (code: ImportProblemCode, detail: string): ImportResult => ({ ok: false, problem: { code, detail } });

/** Reads an export file; every session in it must be valid, or nothing is returned. */
export function parseExport(text: string): ImportResult {
  if (text.trim() === '') return fail('empty', 'the file is empty');
  if (text.length > MAX_IMPORT_CHARS) return fail('too-large', `the file has ${text.length} characters, at most ${MAX_IMPORT_CHARS} are read`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail('not-json', (e as Error).message);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail('wrong-format', `expected a file with "format": "${EXPORT_FORMAT}"`);
  }
  let file = data as Record<string, unknown>;
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > EXPORT_VERSION) {
    return fail('wrong-version', `file version ${String(version)}, this game reads versions 1 to ${EXPORT_VERSION}`);
  }
  for (let v = version; v < EXPORT_VERSION; v++) file = MIGRATIONS[v]!(file);
  const problem = problemOf(WorkshopExportSchema, file);
  if (problem) return fail('invalid', problem);
  return { ok: true, sessions: file.sessions as WorkshopSession[] };
}

export type MergeReport = { readonly added: number; readonly updated: number; readonly unchanged: number };

/**
 * Adds imported sessions to those on this device. A session already here is replaced only by a
 * copy that was changed later, so importing an old file never undoes newer work.
 */
export function mergeSessions(
  existing: Readonly<Record<string, WorkshopSession>>,
  incoming: readonly WorkshopSession[],
): { readonly sessions: Record<string, WorkshopSession>; readonly report: MergeReport } {
  const sessions = { ...existing };
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const s of incoming) {
    const here = sessions[s.id];
    if (!here) {
      sessions[s.id] = s;
      added++;
    } else if (Date.parse(s.updatedAt) > Date.parse(here.updatedAt)) {
      sessions[s.id] = s;
      updated++;
    } else unchanged++;
  }
  return { sessions, report: { added, updated, unchanged } };
}
