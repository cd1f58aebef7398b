import { useEffect, useRef } from 'react';
import { paintGrid } from '../../../viz/canvasGrid';
import { diverging, sequential } from '../../../viz/colors';

export interface MatrixPanelProps {
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** CSS pixels per cell (fractional allowed). */
  cell: number;
  /** Diverging: ±scale → end colours (RdBu). Sequential: [0, scale] → cividis. */
  scale: number;
  colormap: 'diverging' | 'sequential';
  title: string;
  sub?: string;
  alt: string;
}

/** A matrix as a canvas heatmap with an HTML title (colour-blind-safe maps: RdBu, cividis). */
export function MatrixPanel({ values, rows, cols, cell, scale, colormap, title, sub, alt }: MatrixPanelProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const w = Math.max(1, Math.round(cols * cell));
  const h = Math.max(1, Math.round(rows * cell));
  useEffect(() => {
    const cv = ref.current;
    if (!cv) return;
    const s = scale > 0 ? scale : 1;
    paintGrid(cv, w, h, rows, cols, (i, j) => {
      const v = values[i * cols + j] / s;
      return colormap === 'diverging' ? diverging(v) : sequential(v);
    });
  }, [values, rows, cols, w, h, scale, colormap]);
  return (
    <div className="lrw-panel" style={{ width: Math.max(w, 60) }}>
      <div className="lrw-panel-title">
        {title}
        {sub ? <span className="lrw-panel-sub"> {sub}</span> : null}
      </div>
      <canvas ref={ref} style={{ width: w, height: h }} role="img" aria-label={alt} />
    </div>
  );
}
