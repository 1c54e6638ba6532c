/**
 * A SCORM package's launch page names its SCORM version and, for a one-case package, its case in
 * two meta tags (written by `npm run package`). The web build has neither, and runs as ever.
 */
import type { ScormVersion } from './api.ts';

export type PackageConfig = { readonly version: ScormVersion; readonly caseId: string | null };

export const VERSION_META = 'niet-pluis-scorm';
export const CASE_META = 'niet-pluis-case';

/** Reads the meta tags of a document; null when this is not a SCORM package. */
export function readPackageConfig(meta: (name: string) => string | null): PackageConfig | null {
  const version = meta(VERSION_META);
  if (version !== '1.2' && version !== '2004') return null;
  const caseId = meta(CASE_META);
  return { version, caseId: caseId && /^[a-z0-9_-]+$/i.test(caseId) ? caseId : null };
}
