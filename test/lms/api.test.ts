/** Finding the platform's API: this window, its parents, the opener and its parents; none on the plain web. */
import { describe, expect, it } from 'vitest';
import { findApi, type WindowLike } from '../../src/lms/api.ts';
import { fake12, fake2004 } from './fake-api.ts';

/** A chain of windows: the first is the top; returns the innermost. */
function frames(...levels: Array<Partial<Record<'API' | 'API_1484_11', unknown>>>): WindowLike {
  let parent: WindowLike | null = null;
  let win: WindowLike | null = null;
  for (const props of levels) {
    const w: { API?: unknown; API_1484_11?: unknown; parent: WindowLike | null } = { ...props, parent: null };
    w.parent = parent ?? w; // the top is its own parent, as in a browser
    win = w;
    parent = w;
  }
  return win!;
}

describe('findApi', () => {
  it('finds no API on a plain page (the web build)', () => {
    expect(findApi(frames({}))).toBeNull();
  });

  it('finds SCORM 1.2 API two frames up', () => {
    const { api } = fake12();
    const found = findApi(frames({ API: api }, {}, {}));
    expect(found?.version).toBe('1.2');
    expect(found?.api).toBe(api);
  });

  it('finds SCORM 2004 API_1484_11 and prefers the version asked for first', () => {
    const a12 = fake12().api;
    const a2004 = fake2004().api;
    const win = frames({ API: a12, API_1484_11: a2004 }, {});
    expect(findApi(win, ['2004', '1.2'])?.api).toBe(a2004);
    expect(findApi(win, ['1.2', '2004'])?.api).toBe(a12);
    expect(findApi(frames({ API: a12 }, {}), ['2004', '1.2'])?.version).toBe('1.2');
  });

  it('finds the API through the opener (a platform that opens the course in a new window) and its parents', () => {
    const { api } = fake2004();
    const opener = frames({ API_1484_11: api }, {});
    const popup: WindowLike = { parent: null, opener };
    expect(findApi(popup)?.api).toBe(api);
  });

  it('finds the API through the opener of the top window (the package in a frame of a player window the platform opened)', () => {
    const { api } = fake12();
    const platform = frames({ API: api });
    const player = frames({}) as WindowLike & { opener?: WindowLike };
    player.opener = platform;
    const content: WindowLike = { parent: player, opener: null };
    expect(findApi(content, ['1.2', '2004'])?.api).toBe(api);
  });

  it('ignores a property that is not an API, and stops at a parent of another origin', () => {
    expect(findApi(frames({ API: { LMSInitialize: 'no' } }, {}))).toBeNull();
    const crossOrigin = new Proxy({}, { get: () => { throw new Error('SecurityError'); } }) as WindowLike;
    expect(findApi({ parent: crossOrigin })).toBeNull();
  });
});
