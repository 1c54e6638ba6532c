import { describe, expect, it } from 'vitest';
import { isWorkshopScreen, workshopHash, workshopScreenFromHash } from '../../src/ui/workshop/routes.ts';

describe('workshop addresses', () => {
  it('reads and writes the workshop screens', () => {
    const screens = [
      { name: 'workshops' },
      { name: 'workshop', sessionId: 'a1b2c3' },
      { name: 'workshop-debrief', sessionId: 'a1b2c3' },
      { name: 'workshop-combined', sessionIds: ['a1', 'b2', 'c3'] },
      { name: 'workshop-policy', sessionIds: ['a1'] },
      { name: 'workshop-policy', sessionIds: ['a1', 'b2'] },
    ] as const;
    for (const s of screens) {
      expect(isWorkshopScreen(s)).toBe(true);
      expect(workshopScreenFromHash(workshopHash(s))).toEqual(s);
    }
    expect(workshopHash(screens[1])).toBe('#workshop=a1b2c3');
    expect(workshopHash(screens[4])).toBe('#workshop-policy=a1');
  });

  it('leaves other addresses alone', () => {
    for (const hash of ['', '#play=sylvia', '#workshop=', '#workshop=a b', '#workshop-combined=a,,b', '#workshopsx']) expect(workshopScreenFromHash(hash)).toBeNull();
    expect(isWorkshopScreen({ name: 'play', caseId: 'sylvia' })).toBe(false);
  });
});
