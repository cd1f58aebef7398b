import { contours, geoPath, geoTransform } from 'd3';
import { useMemo } from 'react';

export interface ContoursProps {
  /** Samples on a regular grid, row-major: values[j·cols + i] is column i of row j. */
  values: ArrayLike<number>;
  cols: number;
  rows: number;
  /** Iso-levels, ascending (e.g. log-spaced for a loss). Each gives the region where value ≥ level. */
  thresholds: readonly number[];
  /** Pixel positions of the first and last sample column and row (rows may run upwards: y0 > y1). */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Fill of the region above threshold k (regions nest, so translucent fills stack). Default none. */
  fill?: (k: number, level: number) => string;
  fillOpacity?: (k: number, level: number) => number;
  stroke?: string;
  strokeWidth?: number;
  className?: string;
}

/**
 * Iso-lines (and optionally filled bands) of a scalar field sampled on a grid, computed with
 * d3-contour and drawn as SVG paths in a <g>. Non-finite samples are treated as +∞ (above every level).
 */
export function Contours({ values, cols, rows, thresholds, x0, x1, y0, y1, fill, fillOpacity, stroke = 'currentColor', strokeWidth = 1, className }: ContoursProps) {
  const paths = useMemo(() => {
    const data = Float64Array.from(values as ArrayLike<number>, (v) => (Number.isFinite(v) ? v : Number.MAX_VALUE));
    const gen = contours().size([cols, rows]).thresholds(thresholds as number[]);
    // d3-contour puts sample i at grid coordinate i + 0.5.
    const sx = (x1 - x0) / Math.max(1, cols - 1);
    const sy = (y1 - y0) / Math.max(1, rows - 1);
    const path = geoPath(
      geoTransform({
        point(u: number, v: number) {
          this.stream.point(x0 + (u - 0.5) * sx, y0 + (v - 0.5) * sy);
        },
      }),
    );
    return gen(data as unknown as number[]).map((g, k) => ({ k, level: g.value, d: path(g) ?? '' }));
  }, [values, cols, rows, thresholds, x0, x1, y0, y1]);
  return (
    <g className={className}>
      {paths.map((p) => (
        <path
          key={p.k}
          d={p.d}
          fill={fill ? fill(p.k, p.level) : 'none'}
          fillOpacity={fillOpacity ? fillOpacity(p.k, p.level) : undefined}
          stroke={stroke}
          strokeWidth={strokeWidth}
          strokeLinejoin="round"
        />
      ))}
    </g>
  );
}
