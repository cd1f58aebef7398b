import { describe, expect, it } from 'vitest';
import { flowLegend, textWidth } from './legend';

describe('flowLegend', () => {
  it('keeps items on one row when they fit and wraps when they do not', () => {
    expect(flowLegend(['a', 'b'], 500).map((p) => p.row)).toEqual([0, 0]);
    const rows = flowLegend(['fp16 parameters 2Ψ', 'fp16 gradients 2Ψ', 'optimizer states KΨ'], 200).map((p) => p.row);
    expect(rows[0]).toBe(0);
    expect(rows[2]).toBeGreaterThan(0);
  });
  it('counts CJK glyphs wider than Latin ones', () => {
    expect(textWidth('参数参数')).toBeGreaterThan(textWidth('abcd'));
  });
});
