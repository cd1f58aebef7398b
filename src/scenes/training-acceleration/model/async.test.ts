import { describe, expect, it } from 'vitest';
import { simulateAsync, simulateSync, workerTimes } from './async';

describe('sync vs async updates', () => {
  it('sync: rounds last as long as the slowest worker; idle share by hand', () => {
    const s = simulateSync([2, 1, 1, 1], 8);
    expect(s.barriers).toEqual([2, 4, 6, 8]);
    expect(s.jobs).toHaveLength(16);
    expect(s.idle).toBeCloseTo(1 - 5 / 8, 12); // busy 5 of 4·2
    expect(s.gradsPerTime).toBe(2);
    expect(s.maxStaleness).toBe(0);
  });

  it('async: equal speeds → every gradient is N − 1 updates stale (after the first round)', () => {
    const a = simulateAsync([1, 1, 1, 1], 5);
    expect(a.jobs).toHaveLength(20);
    // first round: 0,1,2,3; then every push has N−1 = 3 pushes since its read
    expect(a.jobs.slice(0, 4).map((j) => j.staleness)).toEqual([0, 1, 2, 3]);
    for (const j of a.jobs.slice(4)) expect(j.staleness).toBe(3);
  });

  it('async: a straggler’s gradients are the stalest (by hand: times 3, 1)', () => {
    const a = simulateAsync([3, 1], 6);
    // worker 1 pushes at 1, 2, (3 tie: worker 0 first by index) ...
    const w0 = a.jobs.filter((j) => j.worker === 0);
    expect(w0.map((j) => [j.end, j.staleness])).toEqual([
      [3, 2],
      [6, 3],
    ]);
    expect(a.maxStaleness).toBe(3);
    expect(a.gradsPerTime).toBeCloseTo(8 / 6, 12);
  });

  it('async never idles and computes at least as many gradients as sync', () => {
    for (const seed of [1, 2, 3]) {
      const t = workerTimes(6, 2.5, seed);
      expect(t[0]).toBe(2.5);
      const s = simulateSync(t, 20);
      const a = simulateAsync(t, 20);
      expect(a.gradsPerTime).toBeGreaterThanOrEqual(s.gradsPerTime * 0.9);
      expect(s.idle).toBeGreaterThan(0);
    }
  });
});
