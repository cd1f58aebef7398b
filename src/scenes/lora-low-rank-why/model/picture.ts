/**
 * The intuitive instance: a small procedural picture (a seeded "landscape": sky gradient, sun, two
 * mountain ridges, a few soft clouds), drawn in code — no image file. Smooth pictures are close to low
 * rank: most of their energy sits in a few singular values.
 */
import { mulberry32 } from '../../../compute/rng';

export const PIC_ROWS = 48;
export const PIC_COLS = 64;

/** [PIC_ROWS·PIC_COLS] row-major grey values in [0, 1] (1 = bright). Same seed → same picture. */
export function makePicture(seed: number, rows = PIC_ROWS, cols = PIC_COLS): Float64Array {
  const u = mulberry32((seed ^ 0x5eed) >>> 0);
  const sunX = 0.2 + 0.6 * u();
  const sunY = 0.18 + 0.2 * u();
  const sunR = 0.08 + 0.05 * u();
  const ridges = [0, 1].map((k) => ({
    base: 0.55 + 0.17 * k + 0.05 * u(),
    a1: 0.06 + 0.06 * u(),
    f1: 1 + 2 * u(),
    p1: u() * 6.283,
    a2: 0.02 + 0.03 * u(),
    f2: 4 + 5 * u(),
    p2: u() * 6.283,
    shade: k === 0 ? 0.45 : 0.22,
  }));
  const clouds = Array.from({ length: 3 }, () => ({ x: u(), y: 0.08 + 0.25 * u(), sx: 0.08 + 0.08 * u(), sy: 0.03 + 0.03 * u() }));
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const y = rows > 1 ? i / (rows - 1) : 0;
    for (let j = 0; j < cols; j++) {
      const x = cols > 1 ? j / (cols - 1) : 0;
      let v = 0.95 - 0.45 * y; // sky: brighter at the top
      for (const c of clouds) v += 0.18 * Math.exp(-(((x - c.x) / c.sx) ** 2) - ((y - c.y) / c.sy) ** 2);
      const dx = (x - sunX) * (cols / rows);
      if (Math.hypot(dx, y - sunY) < sunR) v = 1;
      for (const r of ridges) {
        const h = r.base - r.a1 * Math.sin(r.f1 * 6.283 * x + r.p1) - r.a2 * Math.sin(r.f2 * 6.283 * x + r.p2);
        if (y > h) v = r.shade - 0.15 * (y - h);
      }
      out[i * cols + j] = Math.max(0, Math.min(1, v));
    }
  }
  return out;
}
