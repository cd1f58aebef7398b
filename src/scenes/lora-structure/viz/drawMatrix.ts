import { diverging } from '../../../viz/colors';

/**
 * Paint a row-major matrix [rows·cols] as a heatmap on a 2-D canvas context, cell (i, j) at
 * (x + j·cs, y + i·cs); values at ±scale get the end colours of the diverging (RdBu) table. Cell edges are
 * rounded to whole pixels so fractional cell sizes leave no seams.
 */
export function drawMatrix(
  ctx: CanvasRenderingContext2D,
  values: ArrayLike<number> | null,
  rows: number,
  cols: number,
  x: number,
  y: number,
  cs: number,
  scale: number,
  factor = 1,
): void {
  const xs = Array.from({ length: cols + 1 }, (_, j) => Math.round(x + j * cs));
  for (let i = 0; i < rows; i++) {
    const y0 = Math.round(y + i * cs);
    const y1 = Math.round(y + (i + 1) * cs);
    for (let j = 0; j < cols; j++) {
      const v = values ? values[i * cols + j] * factor : 0;
      ctx.fillStyle = diverging(v / scale);
      ctx.fillRect(xs[j], y0, xs[j + 1] - xs[j], y1 - y0);
    }
  }
}

/** Set a canvas up for CSS size w×h at the device pixel ratio (max 2) and return its cleared context. */
export function prepareCanvas(cv: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  cv.width = Math.max(1, Math.ceil(w * dpr));
  cv.height = Math.max(1, Math.ceil(h * dpr));
  const ctx = cv.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return ctx;
}

/** Short number for labels: 2 significant digits. */
export function short(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 100) return v.toFixed(0);
  return v.toPrecision(2);
}
