import { motion } from 'framer-motion';
import { useEffect, useRef } from 'react';
import { fmt } from '../../../i18n';
import { drawMatrix, prepareCanvas, short } from './drawMatrix';

/** A placed box in the figure (CSS pixels). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where everything of W₀ + (α/r)·B·A = W sits. */
export interface EquationLayout {
  width: number;
  height: number;
  cs: number;
  W0: Box;
  B: Box;
  A: Box;
  dW: Box;
  W: Box;
  /** Operator glyph centres: plus, scale (α/r ·), equals. */
  plus: { x: number; y: number };
  scale: { x: number; y: number };
  eq: { x: number; y: number };
  narrow: boolean;
  /** Narrow layout: where the word ΔW stands in W₀ + ΔW = W. */
  dwWord?: { x: number; y: number };
}

const TITLE = 20; // room above a matrix for its name
const FOOT = 30; // room below for its shape and colour range
const OP = 30; // width of "+" / "="
const SC = 46; // width of "α/r ·"
const GAP = 6; // between B and ΔW, and A and ΔW

/**
 * Lay out the equation in `width` × at most `maxH`. Wide: one row W₀ + (α/r)·[B·A] = W, A above ΔW and B
 * to its left (so column i of B and row i of A meet in ΔW). Narrow: the product block on top, W₀ + ΔW = W
 * below. Cell size is the largest that fits (fractional, at least 1.5 px, at most 14 px).
 */
export function layoutEquation(width: number, maxH: number, d: number, k: number, r: number): EquationLayout {
  const wideCs = Math.min((width - 2 * OP - SC - GAP - 8) / (3 * k + r), (maxH - 2 * TITLE - FOOT - GAP) / (r + d), 14);
  if (wideCs >= 3.5 || width >= 620) {
    const cs = Math.max(1.5, wideCs);
    const top = TITLE + r * cs + GAP + TITLE; // A's title, A, gap, row titles
    const used = 3 * k * cs + r * cs + 2 * OP + SC + GAP;
    let x = Math.max(0, (width - used) / 2);
    const W0: Box = { x, y: top, w: k * cs, h: d * cs };
    x += k * cs;
    const plus = { x: x + OP / 2, y: top + (d * cs) / 2 };
    x += OP;
    const scale = { x: x + SC / 2 - 2, y: top + (d * cs) / 2 };
    x += SC;
    const B: Box = { x, y: top, w: r * cs, h: d * cs };
    x += r * cs + GAP;
    const dW: Box = { x, y: top, w: k * cs, h: d * cs };
    const A: Box = { x, y: TITLE, w: k * cs, h: r * cs };
    x += k * cs;
    const eq = { x: x + OP / 2, y: top + (d * cs) / 2 };
    x += OP;
    const W: Box = { x, y: top, w: k * cs, h: d * cs };
    return { width, height: top + d * cs + FOOT, cs, W0, B, A, dW, W, plus, scale, eq, narrow: false };
  }
  // narrow: row 1 = (α/r)·B·A = ΔW block; row 2 = W₀ + ΔW = W, with ΔW as a word (it is drawn just above)
  const DW = 34;
  const cs1 = Math.min((width - SC - GAP - 4) / (r + k), 10);
  const cs2 = Math.min((width - 2 * OP - DW - 4) / (2 * k), 10);
  const cs = Math.max(1.5, cs1);
  const rowW = SC + (r + k) * cs + GAP;
  const x0 = Math.max(0, (width - rowW) / 2);
  const top1 = TITLE + r * cs + GAP + TITLE;
  const scale = { x: x0 + SC / 2 - 2, y: top1 + (d * cs) / 2 };
  const B: Box = { x: x0 + SC, y: top1, w: r * cs, h: d * cs };
  const dW: Box = { x: B.x + B.w + GAP, y: top1, w: k * cs, h: d * cs };
  const A: Box = { x: dW.x, y: TITLE, w: k * cs, h: r * cs };
  const c2 = Math.max(1, cs2);
  const top2 = top1 + d * cs + FOOT + TITLE;
  const used2 = 2 * k * c2 + 2 * OP + DW;
  let x = Math.max(0, (width - used2) / 2);
  const W0: Box = { x, y: top2, w: k * c2, h: d * c2 };
  x += k * c2;
  const plus = { x: x + OP / 2, y: top2 + (d * c2) / 2 };
  const dwWord = { x: x + OP + DW / 2, y: top2 + (d * c2) / 2 };
  x += OP + DW;
  const eq = { x: x + OP / 2, y: top2 + (d * c2) / 2 };
  x += OP;
  const W: Box = { x, y: top2, w: k * c2, h: d * c2 };
  return { width, height: top2 + d * c2 + FOOT, cs, W0, B, A, dW, W, plus, scale, eq, narrow: true, dwWord };
}

export interface LoraEquationProps {
  d: number;
  k: number;
  r: number;
  /** The drawn matrices (row-major): W0 [d·k], B [d·r] (null = zeros), A [r·k], ΔW [d·k] (null = zeros), W [d·k]. */
  W0: Float32Array;
  B: Float32Array | null;
  A: Float32Array;
  dW: Float32Array | null;
  W: Float32Array;
  scales: { W: number; B: number; A: number; dW: number };
  layout: EquationLayout;
  /** Rank-one term being added (0-based), or null when none is lit. */
  term: number | null;
  /** Emphasised part of the figure. */
  focus: 'all' | 'factors' | 'product' | 'merged';
  labels: { W0: string; B: string; A: string; dW: string; W: string; frozen: string; trainable: string; zero: string; term: string; alt: string };
  reducedMotion: boolean;
}

/** W₀ + (α/r)·B·A = W as five heatmaps on one canvas, names, shapes, operators and the lit rank-one term on SVG. */
export function LoraEquation(props: LoraEquationProps) {
  const { d, k, r, W0, B, A, dW, W, scales, layout: l, term, focus, labels: L, reducedMotion } = props;
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const cv = ref.current;
    if (!cv) return;
    const ctx = prepareCanvas(cv, l.width, l.height);
    if (!ctx) return;
    const cs2 = l.W0.w / k;
    drawMatrix(ctx, W0, d, k, l.W0.x, l.W0.y, cs2, scales.W);
    drawMatrix(ctx, B, d, r, l.B.x, l.B.y, l.cs, scales.B);
    drawMatrix(ctx, A, r, k, l.A.x, l.A.y, l.cs, scales.A);
    drawMatrix(ctx, dW, d, k, l.dW.x, l.dW.y, l.cs, scales.dW);
    drawMatrix(ctx, W, d, k, l.W.x, l.W.y, cs2, scales.W);
  }, [W0, B, A, dW, W, d, k, r, scales, l]);

  const tr = reducedMotion ? { duration: 0 } : { duration: 0.25, ease: 'easeOut' as const };
  const dim = (on: boolean) => ({ opacity: on ? 1 : 0.35, transition: tr });
  const factorsOn = focus === 'all' || focus === 'factors' || focus === 'product';
  const mergedOn = focus === 'all' || focus === 'merged';
  const frame = (b: Box, key: string, strong = false) => (
    <rect key={key} x={b.x - 0.5} y={b.y - 0.5} width={b.w + 1} height={b.h + 1} fill="none" stroke={strong ? 'var(--hl)' : 'var(--border)'} strokeWidth={strong ? 2 : 1} />
  );
  const title = (b: Box, text: string, sub?: string, cls = 'mx-title') => (
    <text x={b.x} y={b.y - 6} className={cls}>
      {text}
      {sub ? <tspan className="mx-sub"> {sub}</tspan> : null}
    </text>
  );
  const foot = (b: Box, dims: string, range: number) => (
    <text x={b.x} y={b.y + b.h + 13} className="mx-foot">
      {dims}
      <tspan className="mx-sub"> ±{short(range)}</tspan>
    </text>
  );
  const cs = l.cs;
  const lit = term !== null && term < r;

  return (
    <div className="lora-eq" style={{ width: l.width, height: l.height }}>
      <canvas ref={ref} style={{ width: l.width, height: l.height }} aria-hidden="true" />
      <svg width={l.width} height={l.height} role="img" aria-label={L.alt}>
        <motion.g animate={dim(mergedOn || focus === 'product')}>
          {title(l.W0, L.W0, L.frozen)}
          {frame(l.W0, 'w0')}
          {foot(l.W0, `${d}×${k}`, scales.W)}
          <text x={l.plus.x} y={l.plus.y} className="mx-op">
            +
          </text>
        </motion.g>
        <motion.g animate={dim(factorsOn)}>
          <text x={l.scale.x} y={l.scale.y} className="mx-op small">
            α/r·
          </text>
          {title(l.B, L.B)}
          {B ? null : (
            <text x={l.B.x + l.B.w / 2} y={l.B.y + l.B.h / 2} className="mx-zero">
              0
            </text>
          )}
          {frame(l.B, 'b')}
          <text x={l.B.x + l.B.w} y={l.B.y + l.B.h + 13} textAnchor="end" className="mx-foot">
            {d}×{r}
          </text>
          <text x={l.A.x + l.A.w + 4} y={l.A.y + Math.min(l.A.h, 12) - 1} className="mx-title">
            {L.A}
            <tspan className="mx-sub">
              {' '}
              {r}×{k}
            </tspan>
          </text>
          {frame(l.A, 'a')}
          {title(l.dW, L.dW, dW ? L.trainable : L.zero)}
          {dW ? null : (
            <text x={l.dW.x + l.dW.w / 2} y={l.dW.y + l.dW.h / 2} className="mx-zero">
              0
            </text>
          )}
          {frame(l.dW, 'dw', focus === 'product')}
          {foot(l.dW, `${d}×${k}`, scales.dW)}
        </motion.g>
        {l.dwWord ? (
          <motion.g animate={dim(mergedOn || focus === 'product')}>
            <text x={l.dwWord.x} y={l.dwWord.y} className="mx-op small">
              ΔW
            </text>
          </motion.g>
        ) : null}
        <motion.g animate={dim(mergedOn || focus === 'product')}>
          <text x={l.eq.x} y={l.eq.y} className="mx-op">
            =
          </text>
          {title(l.W, l.narrow ? 'W' : L.W)}
          {frame(l.W, 'w', focus === 'merged')}
          {foot(l.W, `${d}×${k}`, scales.W)}
        </motion.g>
        {lit ? (
          <g pointerEvents="none">
            <motion.rect
              initial={false}
              animate={{ x: l.B.x + term * cs - 1, y: l.B.y - 1, width: cs + 2, height: l.B.h + 2 }}
              transition={tr}
              fill="none"
              stroke="var(--hl)"
              strokeWidth={2}
            />
            <motion.rect
              initial={false}
              animate={{ x: l.A.x - 1, y: l.A.y + term * cs - 1, width: l.A.w + 2, height: cs + 2 }}
              transition={tr}
              fill="none"
              stroke="var(--hl)"
              strokeWidth={2}
            />
            <text x={l.dW.x + l.dW.w} y={l.dW.y + l.dW.h + 26} textAnchor="end" className="mx-term">
              {fmt(L.term, { i: term + 1, r })}
            </text>
          </g>
        ) : null}
      </svg>
    </div>
  );
}
