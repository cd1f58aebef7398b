/** Rough text width in px for an SVG label (CJK glyphs count about twice a Latin one). */
export function textWidth(s: string, px = 11): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFFF]/.test(ch) ? px : px * 0.58;
  return w;
}

/** Flow legend items left to right, wrapping to a new row when the next item would not fit. */
export function flowLegend(labels: string[], width: number, x0 = 0, swatch = 14, gap = 12, rowH = 15): { x: number; row: number }[] {
  let x = x0;
  let row = 0;
  return labels.map((l) => {
    const w = swatch + textWidth(l) + gap;
    if (x > x0 && x + w > width) {
      x = x0;
      row++;
    }
    const at = { x, row };
    x += w;
    return at;
  }).map((p) => ({ x: p.x, row: p.row * rowH }));
}

/** Kinds of model state, bottom to top in every stack, with their Okabe–Ito colours. */
export const KINDS = ['params', 'grads', 'optim'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_COLOR: Record<Kind, string> = { params: 'var(--c1)', grads: 'var(--c2)', optim: 'var(--c3)' };
