import { motion } from 'framer-motion';

export interface Box3 {
  /** Ranges along the three axes, in cells: [start, end). */
  a: [number, number];
  b: [number, number];
  c: [number, number];
}

export interface TensorCubeProps {
  /** Sizes of the three axes (drawn as depth, height, width). */
  dims: [number, number, number];
  /** Axis names, e.g. ['B', 'T', 'C']. */
  axisLabels: [string, string, string];
  /** The highlighted sub-box (e.g. one normalisation group). */
  highlight: Box3;
  width: number;
  height: number;
  title: string;
  reducedMotion?: boolean;
}

/**
 * An oblique drawing of a 3-D tensor [A × H × W] with one sub-box lit: axis 0 goes into the page
 * (up-right), axis 1 down, axis 2 right. Shows at a glance which axes a reduction spans.
 */
export function TensorCube({ dims, axisLabels, highlight, width, height, title, reducedMotion }: TensorCubeProps) {
  const [A, H, W] = dims;
  const pad = 26;
  const depthFrac = 0.45;
  const frontW = (width - 2 * pad) / (1 + depthFrac * 0.8);
  const frontH = (height - 2 * pad) / (1 + depthFrac * 0.6);
  const dx = (frontW * depthFrac * 0.8) / A;
  const dy = (frontH * depthFrac * 0.6) / A;
  const sw = frontW / W;
  const sh = frontH / H;
  const ox = pad;
  const oy = pad + dy * A;
  const P = (a: number, h: number, w: number) => [ox + w * sw + a * dx, oy + h * sh - a * dy] as const;
  const face = (pts: (readonly [number, number])[]) => `M${pts.map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join('L')}Z`;
  const box = (r: Box3) => {
    const [a0, a1] = r.a;
    const [h0, h1] = r.b;
    const [w0, w1] = r.c;
    return {
      front: face([P(a0, h0, w0), P(a0, h0, w1), P(a0, h1, w1), P(a0, h1, w0)]),
      top: face([P(a0, h0, w0), P(a1, h0, w0), P(a1, h0, w1), P(a0, h0, w1)]),
      side: face([P(a0, h0, w1), P(a1, h0, w1), P(a1, h1, w1), P(a0, h1, w1)]),
    };
  };
  const outer = box({ a: [0, A], b: [0, H], c: [0, W] });
  const hl = box(highlight);
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.35, ease: 'easeInOut' as const };
  const backEdges = [
    [P(A, 0, 0), P(A, H, 0)],
    [P(A, H, 0), P(A, H, W)],
    [P(A, H, 0), P(0, H, 0)],
  ];
  return (
    <svg width={width} height={height} role="img" aria-label={title} className="chart tensor-cube">
      {backEdges.map(([p, q], i) => (
        <line key={i} x1={p[0]} y1={p[1]} x2={q[0]} y2={q[1]} stroke="var(--muted)" strokeDasharray="3 3" strokeWidth={1} />
      ))}
      <path d={outer.top} fill="var(--surface-2)" fillOpacity={0.5} stroke="var(--muted)" />
      <path d={outer.side} fill="var(--surface-2)" fillOpacity={0.5} stroke="var(--muted)" />
      <path d={outer.front} fill="var(--surface-2)" fillOpacity={0.35} stroke="var(--muted)" />
      {(['top', 'side', 'front'] as const).map((k) => (
        <motion.path key={k} initial={false} animate={{ d: hl[k] }} transition={tr} fill="var(--hl)" fillOpacity={k === 'front' ? 0.9 : 0.65} stroke="var(--text)" strokeWidth={1} />
      ))}
      {/* axis labels */}
      <text x={P(0, H, W / 2)[0]} y={P(0, H, W / 2)[1] + 16} textAnchor="middle" className="axis-label">
        {axisLabels[2]} →
      </text>
      <text x={P(0, H / 2, 0)[0] - 6} y={P(0, H / 2, 0)[1]} textAnchor="end" className="axis-label" dominantBaseline="middle">
        {axisLabels[1]} ↓
      </text>
      <text x={P(A / 2, 0, 0)[0] - 8} y={P(A / 2, 0, 0)[1] - 4} textAnchor="end" className="axis-label">
        {axisLabels[0]} ↗
      </text>
    </svg>
  );
}
