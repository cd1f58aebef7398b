import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LinePlot } from './LinePlot';

afterEach(cleanup);

const series = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ label: `s${i}`, color: '#000', points: [{ x: 0, y: i }, { x: 1, y: i + 1 }] }));

/** The [x, y] offsets of the legend entries (the `<g>`s that hold a `text.legend`). */
function legendOffsets(container: HTMLElement): [number, number][] {
  return [...container.querySelectorAll('text.legend')].map((t) => {
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(t.parentElement?.getAttribute('transform') ?? '');
    return [Number(m?.[1]), Number(m?.[2])];
  });
}

describe('LinePlot legend', () => {
  it('keeps one row when every entry fits', () => {
    const { container } = render(<LinePlot series={series(3)} width={600} height={200} title="t" xLabel="x" yLabel="y" />);
    const at = legendOffsets(container);
    expect(at).toHaveLength(3);
    expect(new Set(at.map(([, y]) => y))).toEqual(new Set([0]));
  });

  it('wraps into rows on a narrow plot, so no entry starts past the right edge', () => {
    const width = 330;
    const { container } = render(<LinePlot series={series(5)} width={width} height={200} title="t" xLabel="x" yLabel="y" />);
    const at = legendOffsets(container);
    expect(at).toHaveLength(5);
    // each entry needs ~70 px: 44 px margin + 4 entries of 70 = 324 ≤ 330, the fifth goes to row 2
    for (const [x] of at) expect(44 + x + 70).toBeLessThanOrEqual(width);
    expect(new Set(at.map(([, y]) => y)).size).toBe(2);
  });
});
