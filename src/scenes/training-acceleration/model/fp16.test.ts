import { describe, expect, it } from 'vitest';
import fixtures from '../../../../tests/fixtures/fp16.json';
import {
  BF16_MAX,
  BF16_MIN_NORMAL,
  FP16_MAX,
  FP16_MIN_NORMAL,
  FP16_MIN_SUBNORMAL,
  applyUpdate,
  countScaled,
  fp16Fate,
  fp16UlpBelow,
  lostUpdates,
  repeatUpdate,
  toBf16,
  toFp16,
} from './fp16';

/** Parse Python's repr of a float (inf, -inf, nan, -0.0 included). */
function py(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

describe('toFp16 against torch .half()', () => {
  it('matches every fixture bit for bit (incl. sign of zero)', () => {
    const bad: string[] = [];
    for (const c of fixtures.cases) {
      const got = toFp16(py(c.x));
      if (!Object.is(got, py(c.half))) bad.push(`${c.x} → ${got}, torch ${c.half}`);
    }
    expect(bad).toEqual([]);
    expect(fixtures.cases.length).toBeGreaterThan(700);
  });

  it('the named edge cases (facts.md §f)', () => {
    expect(toFp16(65504)).toBe(65504);
    expect(toFp16(65519)).toBe(65504);
    expect(toFp16(65520)).toBe(Infinity);
    expect(toFp16(-65520)).toBe(-Infinity);
    expect(toFp16(2 ** -24)).toBe(2 ** -24);
    expect(toFp16(2 ** -25)).toBe(0); // tie between 0 and 2⁻²⁴: to even (0)
    expect(toFp16(3 * 2 ** -25)).toBe(2 ** -23); // tie between 1 and 2 ulps: to even (2)
    expect(Object.is(toFp16(-(2 ** -26)), -0)).toBe(true);
    expect(toFp16(1 + 2 ** -11)).toBe(1); // tie → even mantissa
    expect(toFp16(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9);
    expect(Number.isNaN(toFp16(NaN))).toBe(true);
  });

  it('the constants agree with torch.finfo', () => {
    expect(FP16_MAX).toBe(py(fixtures.finfo.fp16.max));
    expect(FP16_MIN_NORMAL).toBe(py(fixtures.finfo.fp16.tiny));
    expect(BF16_MAX).toBe(py(fixtures.finfo.bf16.max));
    expect(BF16_MIN_NORMAL).toBe(py(fixtures.finfo.bf16.tiny));
    expect(FP16_MIN_SUBNORMAL).toBe(5.960464477539063e-8);
  });
});

describe('toBf16 against torch .bfloat16()', () => {
  it('matches every fixture', () => {
    const bad: string[] = [];
    for (const c of fixtures.cases) {
      const got = toBf16(py(c.x));
      if (!Object.is(got, py(c.bf16))) bad.push(`${c.x} → ${got}, torch ${c.bf16}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('updates and counts', () => {
  it('w − u in fp16 matches torch (w.half() − u.half()) and fp32', () => {
    for (const c of fixtures.updates) {
      const r = applyUpdate(py(c.w), py(c.u));
      expect(r.after16, `${c.w} − ${c.u}`).toBe(py(c.fp16));
      expect(r.after32, `${c.w} − ${c.u} fp32`).toBe(py(c.fp32));
    }
  });

  it('an update below half an fp16 ulp vanishes; fp32 keeps it', () => {
    // below 1 the fp16 spacing is 2⁻¹¹, so 1 − 1e-4 rounds back to 1
    expect(fp16UlpBelow(1)).toBe(2 ** -11);
    expect(fp16UlpBelow(1.5)).toBe(2 ** -10);
    const r = applyUpdate(1, 1e-4);
    expect(r.lost16).toBe(true);
    expect(r.lost32).toBe(false);
    const big = applyUpdate(1, 1e-3);
    expect(big.lost16).toBe(false);
    const seq = repeatUpdate(1, 1e-4, 1000);
    expect(seq.fp16[1000]).toBe(1);
    expect(seq.fp32[1000]).toBeCloseTo(0.9, 3);
    const l = lostUpdates([1, 1, 0.001], [1e-1, 1e1, 1], 1e-3);
    expect(l.n).toBe(3);
    expect(l.lost16).toBeCloseTo(1 / 3, 10);
    expect(l.lost32).toBe(0);
  });

  it('counts underflow, subnormals and overflow of g·scale', () => {
    const g = [2 ** -26, 2 ** -20, 1e-3, 2 ** -8, 0, 1];
    const c1 = countScaled(g, 1);
    expect(c1).toMatchObject({ total: 5, underflow: 1, subnormal: 1, overflow: 0, bf16Underflow: 0 });
    const c2 = countScaled(g, 2 ** 24);
    expect(c2).toMatchObject({ underflow: 0, subnormal: 0, overflow: 2 }); // 2⁻⁸·2²⁴ = 65536 and 2²⁴
    expect(fp16Fate(70000)).toBe('inf');
    expect(fp16Fate(1e-6)).toBe('subnormal');
  });
});
