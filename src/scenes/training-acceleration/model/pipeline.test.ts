import { describe, expect, it } from 'vitest';
import { bubbleFormula, simulate, stageOrder } from './pipeline';

describe('pipeline schedules', () => {
  it('the paper formula, by hand: p = 4, m = 8 → 3/11; m = 1 → (p−1)/p', () => {
    expect(bubbleFormula(4, 8)).toBeCloseTo(3 / 11, 12);
    expect(bubbleFormula(4, 1)).toBeCloseTo(3 / 4, 12);
    expect(bubbleFormula(1, 5)).toBe(0);
  });

  for (const schedule of ['gpipe', '1f1b'] as const) {
    it(`${schedule}: the bubble measured on the drawn timeline equals (p−1)/(m+p−1) for every p, m`, () => {
      for (let p = 1; p <= 8; p++) {
        for (let m = 1; m <= 16; m++) {
          const t = simulate(schedule, p, m);
          expect(t.cells).toHaveLength(2 * p * m);
          // makespan (m + p − 1)(tf + tb) with tf = 1, tb = 2
          expect(t.makespan, `${schedule} p=${p} m=${m}`).toBe(3 * (m + p - 1));
          expect(t.bubble, `${schedule} p=${p} m=${m}`).toBeCloseTo(bubbleFormula(p, m), 12);
        }
      }
    });
  }

  it('the bubble does not depend on the forward/backward cost ratio', () => {
    for (const [tf, tb] of [
      [1, 1],
      [1, 3],
    ]) {
      expect(simulate('gpipe', 4, 6, tf, tb).bubble).toBeCloseTo(3 / 9, 12);
      expect(simulate('1f1b', 4, 6, tf, tb).bubble).toBeCloseTo(3 / 9, 12);
    }
  });

  it('in-flight activations: GPipe holds all m on every stage, 1F1B at most p − s on stage s', () => {
    for (const [p, m] of [
      [4, 8],
      [4, 2],
      [8, 16],
      [2, 1],
    ]) {
      const g = simulate('gpipe', p, m);
      const o = simulate('1f1b', p, m);
      expect(g.peakInFlight).toEqual(Array.from({ length: p }, () => m));
      expect(o.peakInFlight).toEqual(Array.from({ length: p }, (_, s) => Math.min(p - s, m)));
    }
  });

  it('no stage runs two ops at once; every op waits for its inputs', () => {
    for (const sch of ['gpipe', '1f1b'] as const) {
      const t = simulate(sch, 4, 8);
      for (let s = 0; s < 4; s++) {
        const cs = t.cells.filter((c) => c.stage === s).sort((a, b) => a.start - b.start);
        for (let i = 1; i < cs.length; i++) expect(cs[i].start).toBeGreaterThanOrEqual(cs[i - 1].end);
      }
      const find = (s: number, j: number, k: 'F' | 'B') => t.cells.find((c) => c.stage === s && c.mb === j && c.kind === k)!;
      for (let j = 0; j < 8; j++) {
        for (let s = 1; s < 4; s++) expect(find(s, j, 'F').start).toBeGreaterThanOrEqual(find(s - 1, j, 'F').end);
        for (let s = 0; s < 3; s++) expect(find(s, j, 'B').start).toBeGreaterThanOrEqual(find(s + 1, j, 'B').end);
      }
    }
  });

  it('1F1B order on the first stage of 4 with m = 6: 3 warm-up forwards, then alternating', () => {
    const o = stageOrder('1f1b', 4, 6, 0).map((x) => `${x.kind}${x.mb + 1}`);
    expect(o).toEqual(['F1', 'F2', 'F3', 'F4', 'B1', 'F5', 'B2', 'F6', 'B3', 'B4', 'B5', 'B6']);
  });
});
