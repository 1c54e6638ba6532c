/**
 * One way to talk to either SCORM version: initialize, get, set, commit, terminate. Every call is
 * guarded: a platform that answers "false", throws, or errs is recorded, never a crash of the game.
 */
import type { FoundApi, ScormVersion } from './api.ts';

export type LmsError = { readonly call: string; readonly code: string; readonly message: string };

export interface LmsConnection {
  readonly version: ScormVersion;
  initialize(): boolean;
  /** The value, or null when the platform reports an error for the element. */
  get(element: string): string | null;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** The errors seen so far, oldest first (at most the last 50). */
  readonly errors: readonly LmsError[];
}

export function connect(found: FoundApi): LmsConnection {
  const errors: LmsError[] = [];
  const calls = found.version === '1.2'
    ? {
        initialize: () => found.api.LMSInitialize(''),
        terminate: () => found.api.LMSFinish(''),
        get: (e: string) => found.api.LMSGetValue(e),
        set: (e: string, v: string) => found.api.LMSSetValue(e, v),
        commit: () => found.api.LMSCommit(''),
        lastError: () => found.api.LMSGetLastError(),
        errorString: (c: string) => found.api.LMSGetErrorString(c),
      }
    : {
        initialize: () => found.api.Initialize(''),
        terminate: () => found.api.Terminate(''),
        get: (e: string) => found.api.GetValue(e),
        set: (e: string, v: string) => found.api.SetValue(e, v),
        commit: () => found.api.Commit(''),
        lastError: () => found.api.GetLastError(),
        errorString: (c: string) => found.api.GetErrorString(c),
      };

  const note = (call: string, fallback: string) => {
    let code = fallback;
    let message = '';
    try {
      code = String(calls.lastError() ?? fallback);
      message = String(calls.errorString(code) ?? '');
    } catch {
      // the platform cannot even say what went wrong; the call's name is still recorded
    }
    errors.push({ call, code, message });
    if (errors.length > 50) errors.shift();
  };

  /** Runs a call that answers "true"/"false". */
  const bool = (call: string, f: () => string): boolean => {
    try {
      const r = String(f());
      if (r === 'true') return true;
      note(call, 'false');
      return false;
    } catch (e) {
      errors.push({ call, code: 'exception', message: (e as Error)?.message ?? String(e) });
      return false;
    }
  };

  return {
    version: found.version,
    errors,
    initialize: () => bool('initialize', calls.initialize),
    terminate: () => bool('terminate', calls.terminate),
    commit: () => bool('commit', calls.commit),
    set: (element, value) => bool(`set ${element}`, () => calls.set(element, value)),
    get(element) {
      try {
        const value = String(calls.get(element) ?? '');
        const code = String(calls.lastError() ?? '0');
        if (code !== '0' && code !== '') {
          note(`get ${element}`, code);
          return null;
        }
        return value;
      } catch (e) {
        errors.push({ call: `get ${element}`, code: 'exception', message: (e as Error)?.message ?? String(e) });
        return null;
      }
    },
  };
}
