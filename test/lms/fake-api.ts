/** A small in-memory SCORM API for the adapter's tests: it logs every call and can be told to fail. */
import type { Scorm12Api, Scorm2004Api } from '../../src/lms/api.ts';

export type FakeOptions = {
  /** Elements (by prefix) whose SetValue fails with this error code. */
  readonly refuse?: ReadonlyArray<{ readonly prefix: string; readonly code: string }>;
  /** Every call answers "false" with error 101. */
  readonly broken?: boolean;
  readonly data?: Record<string, string>;
  /** Elements whose GetValue fails with 401 (not implemented). */
  readonly unimplemented?: readonly string[];
  /** Elements (by prefix) whose GetValue fails with this error code. */
  readonly failGet?: ReadonlyArray<{ readonly prefix: string; readonly code: string }>;
};

export type Fake = { readonly calls: string[]; readonly data: Record<string, string> };

function core(opts: FakeOptions) {
  const calls: string[] = [];
  const data: Record<string, string> = { ...opts.data };
  let last = '0';
  const fail = (code: string) => {
    last = code;
    return 'false';
  };
  const ok = (v = 'true') => {
    last = '0';
    return v;
  };
  return {
    fake: { calls, data } as Fake,
    init: () => (calls.push('init'), opts.broken ? fail('101') : ok()),
    finish: () => (calls.push('finish'), opts.broken ? fail('101') : ok()),
    commit: () => (calls.push('commit'), opts.broken ? fail('101') : ok()),
    get(e: string) {
      calls.push(`get ${e}`);
      if (opts.broken) return (fail('101'), '');
      if (opts.unimplemented?.some((u) => e.startsWith(u))) return (fail('401'), '');
      const failed = opts.failGet?.find((f) => e.startsWith(f.prefix));
      if (failed) return (fail(failed.code), '');
      if (e.endsWith('._count')) {
        const prefix = e.slice(0, -'_count'.length);
        const n = new Set(Object.keys(data).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('.')[0])).size;
        return ok(String(n));
      }
      return ok(data[e] ?? '');
    },
    set(e: string, v: string) {
      calls.push(`set ${e}=${v}`);
      if (opts.broken) return fail('101');
      const refused = opts.refuse?.find((r) => e.startsWith(r.prefix));
      if (refused) return fail(refused.code);
      data[e] = v;
      return ok();
    },
    lastError: () => last,
    errorString: (c: string) => `error ${c}`,
  };
}

export function fake12(opts: FakeOptions = {}): { api: Scorm12Api; fake: Fake } {
  const c = core(opts);
  return {
    fake: c.fake,
    api: { LMSInitialize: c.init, LMSFinish: c.finish, LMSGetValue: c.get, LMSSetValue: c.set, LMSCommit: c.commit, LMSGetLastError: c.lastError, LMSGetErrorString: c.errorString },
  };
}

export function fake2004(opts: FakeOptions = {}): { api: Scorm2004Api; fake: Fake } {
  const c = core(opts);
  return {
    fake: c.fake,
    api: { Initialize: c.init, Terminate: c.finish, GetValue: c.get, SetValue: c.set, Commit: c.commit, GetLastError: c.lastError, GetErrorString: c.errorString },
  };
}
