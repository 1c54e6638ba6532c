/**
 * Finds the learning platform's SCORM API the standard way: `API_1484_11` (SCORM 2004) or `API`
 * (SCORM 1.2) on this window or one of its parents, then on the opener and its parents. No DOM
 * types: a window is anything with those properties, so the search is tested in Node.
 */

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 runtime API (every call returns a string; "true"/"false" for success). */
export type Scorm12Api = {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
};

/** The SCORM 2004 runtime API. */
export type Scorm2004Api = {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
};

export type FoundApi = { readonly version: '1.2'; readonly api: Scorm12Api } | { readonly version: '2004'; readonly api: Scorm2004Api };

/** What the search reads of a window. */
export type WindowLike = {
  readonly API?: unknown;
  readonly API_1484_11?: unknown;
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
};

/** The ADL guidance: give up after this many parents. */
const MAX_PARENTS = 500;

const isApi12 = (v: unknown): v is Scorm12Api => typeof v === 'object' && v !== null && typeof (v as Scorm12Api).LMSInitialize === 'function' && typeof (v as Scorm12Api).LMSSetValue === 'function';
const isApi2004 = (v: unknown): v is Scorm2004Api => typeof v === 'object' && v !== null && typeof (v as Scorm2004Api).Initialize === 'function' && typeof (v as Scorm2004Api).SetValue === 'function';

/** Reads a property of a window that may belong to another origin (reading then throws). */
function read<K extends keyof WindowLike>(win: WindowLike, key: K): WindowLike[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

function onWindow(win: WindowLike, version: ScormVersion): FoundApi | null {
  if (version === '2004') {
    const api = read(win, 'API_1484_11');
    return isApi2004(api) ? { version, api } : null;
  }
  const api = read(win, 'API');
  return isApi12(api) ? { version, api } : null;
}

/** This window, then each parent up to the top; also the top window (which `upFrom` reached last, or null when the chain was too long or cut). */
function upFrom(start: WindowLike, version: ScormVersion): { found: FoundApi | null; top: WindowLike | null } {
  let win: WindowLike = start;
  for (let i = 0; i <= MAX_PARENTS; i++) {
    const found = onWindow(win, version);
    if (found) return { found, top: null };
    const parent = read(win, 'parent');
    if (!parent || parent === win) return { found: null, top: win };
    win = parent;
  }
  return { found: null, top: null };
}

/**
 * Looks for the API of the versions given, in order of preference: the package's own version
 * first, then the other, as platforms that offer both expose both. Null when there is none.
 */
export function findApi(win: WindowLike, versions: readonly ScormVersion[] = ['2004', '1.2']): FoundApi | null {
  for (const version of versions) {
    const here = upFrom(win, version);
    if (here.found) return here.found;
    // a platform that opens the player in a window of its own: the window that opened this one, or
    // (the package in a frame of that player) the one that opened the player's top window
    for (const from of [win, here.top]) {
      const opener = from && read(from, 'opener');
      if (!opener) continue;
      const viaOpener = upFrom(opener, version).found;
      if (viaOpener) return viaOpener;
    }
  }
  return null;
}
