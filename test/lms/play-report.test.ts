import { describe, expect, it } from 'vitest';
import { better, resultReport, SIGNALS_OBJECTIVE } from '../../src/lms/play-report.ts';

const r = (belang: number, geen_schuld: number, verwijzing: number, recognition: number) => ({ shares: { belang, geen_schuld, verwijzing }, recognition });

describe('result for the platform', () => {
  it('score is the mean share of the best over the three principles; one objective each, and one for signals', () => {
    const out = resultReport({ sylvia: r(100, 50, 60, 40) }, ['sylvia']);
    expect(out.score).toBeCloseTo(0.7, 10);
    expect(out.objectives.map((o) => [o.id, o.share])).toEqual([['belang', 1], ['geen_schuld', 0.5], ['verwijzing', 0.6], [SIGNALS_OBJECTIVE, 0.4]]);
    expect(out.complete).toBe(true);
  });

  it('a package of several cases: the mean over the finished ones, complete only when all are finished', () => {
    const partial = resultReport({ john: r(100, 100, 100, 100) }, ['john', 'sylvia']);
    expect(partial.complete).toBe(false);
    expect(partial.score).toBe(1);
    const all = resultReport({ john: r(100, 100, 100, 100), sylvia: r(0, 0, 0, 0) }, ['john', 'sylvia']);
    expect(all.complete).toBe(true);
    expect(all.score).toBe(0.5);
    expect(resultReport({}, ['john']).score).toBe(0);
  });

  it('keeps the better result of a case played twice', () => {
    expect(better(r(100, 100, 0, 0), r(50, 50, 50, 100))).toEqual(r(100, 100, 0, 0));
    expect(better(undefined, r(1, 1, 1, 1))).toEqual(r(1, 1, 1, 1));
  });
});
