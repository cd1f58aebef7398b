import { describe, expect, it } from 'vitest';
import { chunkRange, makeVectors, popcount, ringSends, runRing, trafficPerGpu } from './ring';

/** The reference: the plain elementwise sum. */
function trueSum(v: number[][]): number[] {
  return v[0].map((_, j) => v.reduce((s, row) => s + row[j], 0));
}

describe('ring all-reduce', () => {
  for (const n of [1, 2, 3, 4, 5, 8]) {
    for (const len of [n, 2 * n + 1, 3]) {
      it(`every worker ends with the true sum (N=${n}, len=${len})`, () => {
        const v = makeVectors(n, len, 42 + n);
        const r = runRing(v, 99);
        expect(r.t).toBe(2 * (n - 1));
        const want = trueSum(v);
        for (const row of r.data) expect(row).toEqual(want);
        for (const row of r.contributors) for (const m of row) expect(popcount(m)).toBe(n);
      });
    }
  }

  it('after reduce-scatter (N−1 steps) worker i holds the full sum of chunk i+1 only', () => {
    const n = 4;
    const v = makeVectors(n, 8, 3);
    const r = runRing(v, n - 1);
    const want = trueSum(v);
    for (let i = 0; i < n; i++) {
      const c = (i + 1) % n;
      const [a, b] = chunkRange(8, n, c);
      expect(r.data[i].slice(a, b)).toEqual(want.slice(a, b));
      expect(popcount(r.contributors[i][c])).toBe(n);
      // partial sums elsewhere: chunk i+1−k has k+1 … contributors, never all
      for (let k = 0; k < n; k++) if (k !== c) expect(popcount(r.contributors[i][k])).toBeLessThan(n);
    }
  });

  it('step 1: each worker adds its left neighbour’s chunk', () => {
    const v = [
      [1, 2, 3],
      [10, 20, 30],
      [100, 200, 300],
    ];
    const r = runRing(v, 1);
    // worker i sends chunk i to i+1
    expect(r.sends).toEqual([
      { from: 0, to: 1, chunk: 0, op: 'add' },
      { from: 1, to: 2, chunk: 1, op: 'add' },
      { from: 2, to: 0, chunk: 2, op: 'add' },
    ]);
    expect(r.data).toEqual([
      [1, 2, 303],
      [11, 20, 30],
      [100, 220, 300],
    ]);
  });

  it('each worker sends 2(N−1) chunks = 2(N−1)/N of the vector (Patarasuk & Yuan 2009)', () => {
    for (const n of [2, 3, 4, 6, 8]) {
      const len = n * 5;
      const r = runRing(makeVectors(n, len, 1), 2 * (n - 1));
      for (const s of r.sentElems) expect(s / len).toBeCloseTo((2 * (n - 1)) / n, 12);
      expect(trafficPerGpu(n).ringSent).toBeCloseTo((2 * (n - 1)) / n, 12);
      expect(trafficPerGpu(n).psServerIn).toBe(n);
    }
    // e.g. N = 4: 1.5× the gradient size; tends to 2 as N grows
    expect(trafficPerGpu(4).ringSent).toBe(1.5);
    expect(trafficPerGpu(1024).ringSent).toBeLessThan(2);
  });

  it('every step uses every link exactly once, in one direction', () => {
    for (let s = 0; s < 6; s++) {
      const sends = ringSends(4, s);
      expect(new Set(sends.map((x) => x.from)).size).toBe(4);
      expect(new Set(sends.map((x) => x.to)).size).toBe(4);
      expect(new Set(sends.map((x) => x.chunk)).size).toBe(4);
    }
  });

  it('is seeded', () => {
    expect(makeVectors(3, 4, 7)).toEqual(makeVectors(3, 4, 7));
    expect(makeVectors(3, 4, 7)).not.toEqual(makeVectors(3, 4, 8));
  });
});
