import { useEffect, useRef } from 'react';
import { interpolateBlues } from 'd3';
import { diverging } from '../../../viz/colors';

export interface MatrixCanvasProps {
  /** [rows][cols]; −Infinity cells (masked) are drawn grey. */
  data: readonly ArrayLike<number>[];
  cell: number;
  /** 'diverging' (centred at 0, scaled by the max |value|) or 'seq' for weights in [0, 1]. */
  scale: 'diverging' | 'seq';
  label: string;
  /** Column range to outline (e.g. one head's slice of the concat). */
  band?: [number, number];
  title?: string;
}

/** A matrix as a canvas heatmap (no SVG: attention grids have thousands of cells), with its shape as the label. */
export function MatrixCanvas({ data, cell, scale, label, band, title }: MatrixCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const rows = data.length;
  const cols = rows ? data[0].length : 0;
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    let m = 1e-9;
    if (scale === 'diverging') for (const r of data) for (let j = 0; j < r.length; j++) if (Number.isFinite(r[j])) m = Math.max(m, Math.abs(r[j]));
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const v = data[i][j];
        ctx.fillStyle = !Number.isFinite(v) ? '#9a9da3' : scale === 'seq' ? interpolateBlues(0.05 + 0.95 * Math.min(1, v)) : diverging(v / m);
        ctx.fillRect(j * cell, i * cell, cell, cell);
      }
    if (band) {
      ctx.strokeStyle = '#d55e00';
      ctx.lineWidth = 2;
      ctx.strokeRect(band[0] * cell + 1, 1, (band[1] - band[0]) * cell - 2, rows * cell - 2);
    }
  }, [data, cell, scale, rows, cols, band]);
  return (
    <figure className="ta-mat">
      <canvas ref={ref} width={Math.max(1, cols * cell)} height={Math.max(1, rows * cell)} role="img" aria-label={`${title ?? ''} ${label}`} />
      <figcaption>
        {title ? <strong>{title}</strong> : null} <span className="ta-mat-shape">{label}</span>
      </figcaption>
    </figure>
  );
}
