import { interpolateRdBu } from 'd3';

/** Diverging colour for a value in [-1, 1] (blue negative, red positive; ColorBrewer RdBu, colour-blind safe). */
export function diverging(t: number): string {
  return interpolateRdBu(0.5 - Math.max(-1, Math.min(1, t)) / 2);
}

/** Series colours (Okabe–Ito) as CSS variables, so they follow the theme. */
export const SERIES = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)'] as const;
