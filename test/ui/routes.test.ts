import { describe, expect, it } from 'vitest';
import { hashOf, historyStep, routeOf, sameScreen, screenFromHash } from '../../src/ui/routes.ts';
import type { Screen } from '../../src/ui/ui-store.ts';

/** Every screen the game has, with the address written out by hand. */
const EVERY_SCREEN: ReadonlyArray<readonly [Screen, string]> = [
  [{ name: 'title' }, ''],
  [{ name: 'note', caseId: 'sylvia' }, '#note=sylvia'],
  [{ name: 'play', caseId: 'sylvia' }, '#play=sylvia'],
  [{ name: 'debrief', caseId: 'sylvia' }, '#debrief=sylvia'],
  [{ name: 'debrief', caseId: 'sylvia', finishedAt: '2026-12-01T13:26:05.123Z' }, '#debrief=sylvia/2026-12-01T13:26:05.123Z'],
  [{ name: 'workshops' }, '#workshops'],
  [{ name: 'workshop', sessionId: 'k3x9' }, '#workshop=k3x9'],
  [{ name: 'workshop-debrief', sessionId: 'k3x9' }, '#workshop-debrief=k3x9'],
  [{ name: 'workshop-combined', sessionIds: ['a1', 'b2'] }, '#workshop-combined=a1,b2'],
  [{ name: 'workshop-policy', sessionIds: ['a1'] }, '#workshop-policy=a1'],
];

describe('the route table', () => {
  it('gives every screen its address, and reads it back', () => {
    for (const [screen, hash] of EVERY_SCREEN) {
      expect(hashOf(screen)).toBe(hash);
      expect(screenFromHash(hash)).toEqual(screen);
    }
  });

  it('covers every screen name of the game', () => {
    // a screen added to the Screen type without a route fails the type check of ROUTES; this
    // checks the list above is complete too
    expect(new Set(EVERY_SCREEN.map(([s]) => s.name)).size).toBe(9);
  });

  it('reads "#" as the title, ids in any case, and lists of sessions', () => {
    expect(routeOf('#')).toEqual({ name: 'title' });
    expect(routeOf('#play=Case_2-b')).toEqual({ name: 'play', caseId: 'Case_2-b' });
    expect(routeOf('#workshop-combined=a,b,c')).toEqual({ name: 'workshop-combined', sessionIds: ['a', 'b', 'c'] });
  });

  it('names no screen for anything else', () => {
    for (const hash of ['#debrief=sylvia/', '#debrief=sylvia/x', '#debrief=sylvia/01', '#debrief=sylvia/3', '#debrief=sylvia/2026-12-01', '#debrief=sylvia/2026-12-01T13:26:05', '#debrief=sylvia/2026-12-01 13:26:05Z', '#debrief=/2026-12-01T13:26:05.123Z', '#note=sylvia/2', '#main', '#title', '#play', '#play=', '#play=a b', '#play=../x', '#note=a=b', '#workshops=x', '#workshop=', '#workshop-combined=a,,b', '#PLAY=sylvia', '#toString', '#constructor=x', 'play=sylvia']) {
      expect(routeOf(hash), hash).toBeNull();
      expect(screenFromHash(hash), hash).toEqual({ name: 'title' });
    }
  });

  it('knows two screens are the same by their address', () => {
    expect(sameScreen({ name: 'play', caseId: 'a' }, { name: 'play', caseId: 'a' })).toBe(true);
    expect(sameScreen({ name: 'play', caseId: 'a' }, { name: 'note', caseId: 'a' })).toBe(false);
    expect(sameScreen({ name: 'debrief', caseId: 'a' }, { name: 'debrief', caseId: 'a', finishedAt: '2026-12-01T13:26:05.123Z' })).toBe(false);
    expect(sameScreen({ name: 'workshop-policy', sessionIds: ['a', 'b'] }, { name: 'workshop-policy', sessionIds: ['a'] })).toBe(false);
  });
});

describe('history', () => {
  const note: Screen = { name: 'note', caseId: 'sylvia' };
  const play: Screen = { name: 'play', caseId: 'sylvia' };

  it('a screen the player goes to is a new entry, so Back returns', () => {
    expect(historyStep('', note, 'go')).toBe('push');
    expect(historyStep('#note=sylvia', play, 'go')).toBe('push');
    expect(historyStep('#play=sylvia', { name: 'title' }, 'go')).toBe('push');
  });

  it('a correction of the address replaces the entry', () => {
    // the address asked for the play screen; the case had to show its content note first
    expect(historyStep('#play=sylvia', note, 'redirect')).toBe('replace');
    expect(historyStep('#main', { name: 'title' }, 'address')).toBe('replace');
  });

  it('leaves the history alone when the address already names the screen', () => {
    expect(historyStep('#play=sylvia', play, 'address')).toBe('none');
    expect(historyStep('#play=sylvia', play, 'go')).toBe('none');
    expect(historyStep('#', { name: 'title' }, 'go')).toBe('none');
    expect(historyStep('', { name: 'title' }, 'redirect')).toBe('none');
  });
});
