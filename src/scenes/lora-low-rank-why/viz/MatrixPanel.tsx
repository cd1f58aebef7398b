import { interpolateCividis } from 'd3';
import { useEffect, useRef } from 'react';
import { diverging } from '../../../viz/colors';

const SEQ = Array.from({ length: 257 }, (_, i) => interpolateCividis(i / 256));

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
    const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    cv.width = Math.ceil(w * dpr);
    cv.height = Math.ceil(h * dpr);
    const ctx = cv.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const xs = Array.from({ length: cols + 1 }, (_, j) => Math.round((j * w) / cols));
    const s = scale > 0 ? scale : 1;
    for (let i = 0; i < rows; i++) {
      const y0 = Math.round((i * h) / rows);
      const y1 = Math.round(((i + 1) * h) / rows);
      for (let j = 0; j < cols; j++) {
        const v = values[i * cols + j];
        ctx.fillStyle =
          colormap === 'diverging' ? diverging(v / s) : SEQ[Math.max(0, Math.min(256, Math.round((v / s) * 256)))];
        ctx.fillRect(xs[j], y0, xs[j + 1] - xs[j], y1 - y0);
      }
    }
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
