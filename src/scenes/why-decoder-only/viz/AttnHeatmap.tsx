import { useEffect, useRef } from 'react';
import { paintGrid } from '../../../viz/canvasGrid';
import { sequential } from '../../../viz/colors';
/** Block colours of the encoder–decoder panel (Okabe–Ito: blue, orange, bluish green). */
export const BLOCK_COLOURS = ['#0072B2', '#E69F00', '#009E73'] as const;
const MASKED = 'rgba(128,128,128,0.18)';

export interface AttnHeatmapProps {
  rows: number;
  cols: number;
  cell: number;
  /** Weights in [0, 1] (drawn as √w on cividis) or null where masked. */
  value: (i: number, j: number) => number | null;
  /** Or a block index (0..2) per cell for categorical panels. */
  block?: (i: number, j: number) => number | null;
  title: string;
  sub?: string;
  alt: string;
  /** Draw a boundary after this many rows / columns (the prefix). */
  split?: number;
}

/** An attention pattern as a canvas heatmap: masked cells grey, allowed cells coloured by √weight. */
export function AttnHeatmap({ rows, cols, cell, value, block, title, sub, alt, split }: AttnHeatmapProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const w = Math.max(1, Math.round(cols * cell));
  const h = Math.max(1, Math.round(rows * cell));
  useEffect(() => {
    const cv = ref.current;
    if (!cv) return;
    const grid = paintGrid(cv, w, h, rows, cols, (i, j) => {
      if (block) {
        const b = block(i, j);
        return b === null ? MASKED : BLOCK_COLOURS[b];
      }
      const v = value(i, j);
      return v === null ? MASKED : sequential(Math.sqrt(Math.max(0, v)));
    });
    if (!grid) return;
    const { ctx, xs, ys } = grid;
    if (split !== undefined && split > 0 && split < Math.max(rows, cols)) {
      ctx.strokeStyle = '#D55E00';
      ctx.lineWidth = 1.5;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      const x = xs[Math.min(split, cols)];
      ctx.moveTo(x, 0);
      ctx.lineTo(x, h);
      if (split < rows) {
        const y = ys[split];
        ctx.moveTo(0, y);
        ctx.lineTo(w, y);
      }
      ctx.stroke();
    }
  }, [rows, cols, w, h, value, block, split]);
  return (
    <div className="wdo-panel" style={{ width: Math.max(w, 90) }}>
      <div className="wdo-panel-title">
        {title}
        {sub ? <span className="wdo-panel-sub">{sub}</span> : null}
      </div>
      <canvas ref={ref} style={{ width: w, height: h }} role="img" aria-label={alt} />
    </div>
  );
}
