import { describe, expect, it } from 'vitest';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from '../../src/lms/time.ts';

describe('session time formats', () => {
  it('SCORM 1.2 CMITimespan HHHH:MM:SS.SS', () => {
    expect(timespan12(0)).toBe('00:00:00.00');
    expect(timespan12(3_723_450)).toBe('01:02:03.45');
    expect(timespan12(101 * 3600_000)).toBe('101:00:00.00');
  });

  it('SCORM 2004 ISO 8601 duration', () => {
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(duration2004(120_000)).toBe('PT2M');
    expect(duration2004(59_990)).toBe('PT59.99S');
  });

  it('time of day and timestamp', () => {
    const d = new Date(2026, 10, 30, 9, 5, 7);
    expect(timeOfDay12(d)).toBe('09:05:07');
    expect(timestamp2004(d)).toBe('2026-11-30T09:05:07');
  });
});
