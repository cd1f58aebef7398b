/**
 * Paints a rows×cols grid of cells onto a canvas whose CSS size is w×h: HiDPI backing store (up to
 * 2×), cell edges rounded to whole CSS pixels so neighbouring cells never leave seams. Returns the
 * context and the cell edges (xs: cols+1, ys: rows+1) for overlays, or null without a 2-D context.
 */
export function paintGrid(
  cv: HTMLCanvasElement,
  w: number,
  h: number,
  rows: number,
  cols: number,
  colourAt: (i: number, j: number) => string,
): { ctx: CanvasRenderingContext2D; xs: number[]; ys: number[] } | null {
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  cv.width = Math.ceil(w * dpr);
  cv.height = Math.ceil(h * dpr);
  const ctx = cv.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const xs = Array.from({ length: cols + 1 }, (_, j) => Math.round((j * w) / cols));
  const ys = Array.from({ length: rows + 1 }, (_, i) => Math.round((i * h) / rows));
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      ctx.fillStyle = colourAt(i, j);
      ctx.fillRect(xs[j], ys[i], xs[j + 1] - xs[j], ys[i + 1] - ys[i]);
    }
  return { ctx, xs, ys };
}
