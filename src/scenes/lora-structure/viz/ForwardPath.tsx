import { motion } from 'framer-motion';
import { diverging } from '../../../viz/colors';
import { short } from './drawMatrix';

export interface ForwardPathProps {
  width: number;
  d: number;
  k: number;
  r: number;
  x: Float32Array;
  /** W0 x [d], A x [r], s·B(Ax) [d], h [d], W x [d]. */
  h0: Float32Array;
  ax: Float32Array;
  bax: Float32Array;
  h: Float32Array;
  hMerged: Float32Array;
  mergeDiff: number;
  labels: {
    x: string;
    h: string;
    hMerged: string;
    W0: string;
    frozen: string;
    A: string;
    B: string;
    h0: string;
    ax: string;
    bax: string;
    maxDiff: string;
    alt: string;
  };
  reducedMotion: boolean;
  /** Scale the drawing down (uniformly) to at most this height, e.g. in an embed. */
  maxHeight?: number;
}

const STRIP = 12;

/** A vector as a strip of coloured cells centred at cx, top at y. */
function Strip({ v, cx, y, cw, scale, label, above = false }: { v: Float32Array; cx: number; y: number; cw: number; scale: number; label: string; above?: boolean }) {
  const w = v.length * cw;
  const x0 = cx - w / 2;
  return (
    <g>
      {Array.from(v, (val, i) => (
        <rect key={i} x={x0 + i * cw} y={y} width={cw + 0.3} height={STRIP} fill={diverging(val / scale)} />
      ))}
      <rect x={x0 - 0.5} y={y - 0.5} width={w + 1} height={STRIP + 1} fill="none" stroke="var(--border)" />
      <text x={above ? x0 : x0 + w + 5} y={above ? y - 4 : y + STRIP - 2} className="fp-label">
        {label}
      </text>
    </g>
  );
}

const maxAbs = (...arrs: Float32Array[]) => Math.max(1e-6, ...arrs.map((a) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0)));

/**
 * The forward pass of a LoRA layer, drawn like Figure 1 of the LoRA paper: x enters at the bottom, the
 * frozen branch W₀x on the left, the adapter branch A (k→r) then B (r→d) scaled by α/r on the right, their sum
 * h at the top, and beside it the merged layer's Wx with the largest difference between the two.
 */
export function ForwardPath(props: ForwardPathProps) {
  const { width, d, k, r, x, h0, ax, bax, h, hMerged, mergeDiff, labels: L, reducedMotion, maxHeight } = props;
  const W = Math.min(width, 720);
  const narrow = W < 520;
  const Lx = W * (narrow ? 0.27 : 0.3);
  const Rx = W * (narrow ? 0.73 : 0.7);
  const mid = W / 2;
  const colW = W * (narrow ? 0.42 : 0.34);
  const cw = Math.max(1.5, Math.min(9, colW / Math.max(d, k)));
  const vScale = maxAbs(h0, bax, h, hMerged);
  const xScale = maxAbs(x);
  const aScale = maxAbs(ax);

  // rows (top → bottom); an embed (maxHeight) packs them tighter before scaling anything down
  const g = maxHeight && maxHeight < 300 ? 0.62 : 1;
  const yTop = 34; // h and Wx (labels above)
  const yPlus = yTop + 48 * g;
  const yBranchOut = yPlus + 34 * g;
  const yMatTop = yBranchOut + STRIP + 12;
  const yB = [yMatTop, yMatTop + 46 * g];
  const yAx = yB[1] + 14 * g;
  const yA = [yAx + STRIP + 14 * g, yAx + STRIP + 14 * g + 46 * g];
  const yW0 = [yMatTop, yA[1]];
  const yX = yA[1] + 34 * g;
  const H = yX + STRIP + 26;
  const scaleDown = maxHeight && maxHeight < H ? maxHeight / H : 1;

  const wideB = Math.max(d * cw, 30);
  const wideA = Math.max(k * cw, 30);
  const neck = Math.max(r * cw, 10);
  const trap = (cx: number, yTopEdge: number, yBot: number, topW: number, botW: number) =>
    `M${cx - topW / 2},${yTopEdge} L${cx + topW / 2},${yTopEdge} L${cx + botW / 2},${yBot} L${cx - botW / 2},${yBot} Z`;

  const hx = narrow ? mid : W * 0.3;
  const mx = narrow ? mid : W * 0.72;
  // paths for the flowing dots: x → W0 → ⊕ → h ; x → A → B → ⊕
  const left: [number, number][] = [
    [mid, yX],
    [Lx, yW0[1] + 2],
    [Lx, yW0[0]],
    [Lx, yBranchOut + STRIP],
    [mid, yPlus],
    [hx, yTop + STRIP],
  ];
  const right: [number, number][] = [
    [mid, yX],
    [Rx, yA[1]],
    [Rx, yA[0]],
    [Rx, yAx + STRIP],
    [Rx, yB[1]],
    [Rx, yB[0]],
    [Rx, yBranchOut + STRIP],
    [mid, yPlus],
    [hx, yTop + STRIP],
  ];
  const poly = (pts: [number, number][]) => pts.map((p) => p.join(',')).join(' ');
  const dot = (pts: [number, number][], color: string, delay: number) =>
    reducedMotion ? null : (
      <motion.circle
        r={4}
        fill={color}
        initial={{ cx: pts[0][0], cy: pts[0][1], opacity: 0 }}
        animate={{ cx: pts.map((p) => p[0]), cy: pts.map((p) => p[1]), opacity: [0, 1, 1, 1, 0] }}
        transition={{ duration: 2.6, repeat: Infinity, ease: 'linear', delay, repeatDelay: 0.4 }}
      />
    );
  const topY = yTop;

  return (
    <svg
      width={scaleDown < 1 ? W * scaleDown : W}
      height={scaleDown < 1 ? maxHeight : H}
      viewBox={`0 0 ${W} ${H}`}
      className="fp"
      role="img"
      aria-label={L.alt}
    >
      <g transform={narrow ? 'translate(0,0)' : undefined}>
        <polyline points={poly(left)} fill="none" stroke="var(--muted)" strokeOpacity={0.45} strokeWidth={1.5} />
        <polyline points={poly(right)} fill="none" stroke="var(--c2)" strokeOpacity={0.6} strokeWidth={1.5} />
        {/* frozen W0 */}
        <rect x={Lx - colW / 2} y={yW0[0]} width={colW} height={yW0[1] - yW0[0]} rx={4} fill="var(--c1)" fillOpacity={0.14} stroke="var(--c1)" />
        <text x={Lx} y={(yW0[0] + yW0[1]) / 2} textAnchor="middle" className="fp-mat">
          {L.W0}
        </text>
        <text x={Lx} y={(yW0[0] + yW0[1]) / 2 + 16} textAnchor="middle" className="fp-label">
          {d}×{k} · {L.frozen}
        </text>
        {/* adapter: A narrows k → r, B widens r → d */}
        <path d={trap(Rx, yA[0], yA[1], neck, wideA)} fill="var(--c2)" fillOpacity={0.18} stroke="var(--c2)" />
        <text x={Rx} y={(yA[0] + yA[1]) / 2 + 4} textAnchor="middle" className="fp-mat">
          {L.A}
        </text>
        <path d={trap(Rx, yB[0], yB[1], wideB, neck)} fill="var(--c2)" fillOpacity={0.18} stroke="var(--c2)" />
        <text x={Rx} y={(yB[0] + yB[1]) / 2 + 4} textAnchor="middle" className="fp-mat">
          {L.B}
        </text>
        <Strip v={ax} cx={Rx} y={yAx} cw={cw} scale={aScale} label={`${L.ax} (r=${r})`} />
        <Strip v={h0} cx={Lx} y={yBranchOut} cw={cw} scale={vScale} label={L.h0} above />
        <Strip v={bax} cx={Rx} y={yBranchOut} cw={cw} scale={vScale} label={L.bax} above />
        <circle cx={mid} cy={yPlus} r={11} fill="var(--surface)" stroke="var(--text)" />
        <text x={mid} y={yPlus + 5} textAnchor="middle" className="fp-plus">
          +
        </text>
        <Strip v={x} cx={mid} y={yX} cw={cw} scale={xScale} label={`${L.x} (k=${k})`} />
        <Strip v={h} cx={hx} y={topY} cw={cw} scale={vScale} label={L.h} above />
        {narrow ? null : (
          <>
            <Strip v={hMerged} cx={mx} y={topY} cw={cw} scale={vScale} label={L.hMerged} above />
            <text x={(hx + mx) / 2} y={topY + STRIP - 2} textAnchor="middle" className="fp-eq">
              =
            </text>
          </>
        )}
        <text x={narrow ? mid : (hx + mx) / 2} y={g < 1 ? yTop - 20 : topY + STRIP + 18} textAnchor="middle" className="fp-diff">
          {L.maxDiff} {mergeDiff === 0 ? '0' : mergeDiff.toExponential(1)}
          {narrow ? '' : ` · ±${short(vScale)}`}
        </text>
        {dot(left, 'var(--c1)', 0)}
        {dot(right, 'var(--c5)', 0)}
      </g>
    </svg>
  );
}
