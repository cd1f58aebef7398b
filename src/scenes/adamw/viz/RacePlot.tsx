import { animate, motion, useMotionValue, useTransform, type MotionValue } from 'framer-motion';
import { scaleLinear } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import { Axis } from '../../../viz/Axis';
import { Contours } from '../../../viz/Contours';

/** One trajectory to draw: data points [x, y] (non-finite or far-off points end the line). */
export interface RaceLine {
  id: string;
  label: string;
  color: string;
  points: [number, number][];
  width: number;
  dash?: string;
  faded?: boolean;
}

/** An arrow from a data point, in data units (already scaled for visibility). */
export interface RaceArrow {
  id: string;
  from: [number, number];
  vec: [number, number];
  color: string;
  label: string;
}

export interface RacePlotProps {
  size: number;
  domain: number;
  grid: Float32Array;
  gridN: number;
  lines: RaceLine[];
  start: [number, number];
  minimum: [number, number];
  /** The L2-regularised minimum (where Adam+L2 and SGD+L2 settle), if shown. */
  l2Min?: [number, number] | null;
  /** Points marked at the inspected update. */
  marks: { id: string; at: [number, number]; color: string }[];
  arrows: RaceArrow[];
  /** Changing this replays the race (drawing from step 0); same key = redraw in place. */
  raceKey: string;
  reducedMotion: boolean;
  labels: { title: string; x: string; y: string; min: string; l2Min: string; start: string; drag: string };
  onStart: (x: number, y: number) => void;
}

const LIMIT = 50;

/** Cut a trajectory at its first non-finite or far-off point. */
function usable(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) > LIMIT || Math.abs(p[1]) > LIMIT) break;
    out.push(p);
  }
  return out;
}

function Trajectory({ line, px, progress }: { line: RaceLine; px: [number, number][]; progress: MotionValue<number> }) {
  const d = useTransform(progress, (p) => {
    const n = px.length;
    if (!n) return '';
    const f = Math.max(0, Math.min(1, p)) * (n - 1);
    const k = Math.floor(f);
    let s = `M${px[0][0].toFixed(1)},${px[0][1].toFixed(1)}`;
    for (let i = 1; i <= k; i++) s += `L${px[i][0].toFixed(1)},${px[i][1].toFixed(1)}`;
    if (k < n - 1) {
      const r = f - k;
      s += `L${(px[k][0] + r * (px[k + 1][0] - px[k][0])).toFixed(1)},${(px[k][1] + r * (px[k + 1][1] - px[k][1])).toFixed(1)}`;
    }
    return s;
  });
  const head = (axis: 0 | 1) =>
    // eslint-disable-next-line react-hooks/rules-of-hooks
    useTransform(progress, (p) => {
      const n = px.length;
      if (!n) return -99;
      const f = Math.max(0, Math.min(1, p)) * (n - 1);
      const k = Math.min(n - 1, Math.floor(f));
      const r = f - k;
      return k < n - 1 ? px[k][axis] + r * (px[k + 1][axis] - px[k][axis]) : px[k][axis];
    });
  const cx = head(0);
  const cy = head(1);
  return (
    <g opacity={line.faded ? 0.25 : 1} data-line={line.id}>
      <motion.path d={d} fill="none" stroke={line.color} strokeWidth={line.width} strokeDasharray={line.dash} strokeLinecap="round" strokeLinejoin="round" />
      <motion.circle cx={cx} cy={cy} r={line.width + 1.8} fill={line.color} stroke="var(--surface)" strokeWidth={1.2} />
    </g>
  );
}

/** Loss contours with the optimizers' trajectories racing on them; drag or click to move the start. */
export function RacePlot(props: RacePlotProps) {
  const { size, domain, grid, gridN, lines, start, minimum, l2Min, marks, arrows, raceKey, reducedMotion, labels, onStart } = props;
  const m = { top: 8, right: 8, bottom: 30, left: 34 };
  const w = size;
  const h = size;
  const x = useMemo(() => scaleLinear().domain([-domain, domain]).range([m.left, w - m.right]), [domain, w, m.left, m.right]);
  const y = useMemo(() => scaleLinear().domain([-domain, domain]).range([h - m.bottom, m.top]), [domain, h, m.top, m.bottom]);
  const thresholds = useMemo(() => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of grid) if (Number.isFinite(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
    const a = Math.log10(Math.max(lo, 1e-3) + 1e-3);
    const b = Math.log10(hi);
    return Array.from({ length: 14 }, (_, i) => 10 ** (a + ((i + 0.6) * (b - a)) / 14));
  }, [grid]);

  const progress = useMotionValue(reducedMotion ? 1 : 0);
  useEffect(() => {
    if (reducedMotion) {
      progress.set(1);
      return;
    }
    progress.set(0);
    const c = animate(progress, 1, { duration: 2.4, ease: 'linear' });
    return () => c.stop();
  }, [raceKey, reducedMotion, progress]);

  const drawn = lines.map((l) => ({ line: l, px: usable(l.points).map(([a, b]) => [x(a), y(b)] as [number, number]) }));

  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const toData = (e: React.PointerEvent): [number, number] | null => {
    const r = svgRef.current?.getBoundingClientRect();
    if (!r) return null;
    const clamp = (v: number) => Math.max(-domain, Math.min(domain, Math.round(v * 20) / 20));
    return [clamp(x.invert(e.clientX - r.left)), clamp(y.invert(e.clientY - r.top))];
  };
  const move = (e: React.PointerEvent) => {
    const p = toData(e);
    if (p && (p[0] !== start[0] || p[1] !== start[1])) onStart(p[0], p[1]);
  };

  return (
    <figure className="chart-fig adamw-race" style={{ width: w }}>
      <figcaption className="chart-title">{labels.title}</figcaption>
      <svg
        ref={svgRef}
        width={w}
        height={h}
        className="chart race-svg"
        role="img"
        aria-label={`${labels.title}. ${labels.drag}`}
        onPointerDown={(e) => {
          dragging.current = true;
          (e.currentTarget as SVGSVGElement).setPointerCapture?.(e.pointerId);
          move(e);
        }}
        onPointerMove={(e) => dragging.current && move(e)}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        <defs>
          <clipPath id="adamw-clip">
            <rect x={m.left} y={m.top} width={w - m.left - m.right} height={h - m.top - m.bottom} />
          </clipPath>
          {arrows.map((a) => (
            <marker key={a.id} id={`adamw-head-${a.id}`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path d="M0,0L10,5L0,10z" fill={a.color} />
            </marker>
          ))}
        </defs>
        <rect x={m.left} y={m.top} width={w - m.left - m.right} height={h - m.top - m.bottom} fill="var(--surface)" stroke="var(--border)" />
        <g clipPath="url(#adamw-clip)">
          <Contours
            values={grid}
            cols={gridN}
            rows={gridN}
            thresholds={thresholds}
            x0={x(-domain)}
            x1={x(domain)}
            y0={y(-domain)}
            y1={y(domain)}
            fill={() => 'var(--contour)'}
            fillOpacity={() => 0.028}
            stroke="var(--contour-line)"
            strokeWidth={0.8}
          />
          <line x1={x(0)} x2={x(0)} y1={m.top} y2={h - m.bottom} stroke="var(--border)" strokeDasharray="2 3" />
          <line x1={m.left} x2={w - m.right} y1={y(0)} y2={y(0)} stroke="var(--border)" strokeDasharray="2 3" />
          {drawn.map(({ line, px }) => (
            <Trajectory key={`${raceKey}-${line.id}`} line={line} px={px} progress={progress} />
          ))}
          {marks.map((mk) =>
            Number.isFinite(mk.at[0]) && Number.isFinite(mk.at[1]) ? (
              <circle key={mk.id} cx={x(mk.at[0])} cy={y(mk.at[1])} r={5.5} fill="none" stroke={mk.color} strokeWidth={2} />
            ) : null,
          )}
          {arrows.map((a) => {
            const ok = [...a.from, ...a.vec].every(Number.isFinite);
            if (!ok) return null;
            const x1 = x(a.from[0]);
            const y1 = y(a.from[1]);
            const x2 = x(a.from[0] + a.vec[0]);
            const y2 = y(a.from[1] + a.vec[1]);
            if (Math.hypot(x2 - x1, y2 - y1) < 1) return null;
            return (
              <g key={a.id}>
                <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={a.color} strokeWidth={2.4} markerEnd={`url(#adamw-head-${a.id})`} />
              </g>
            );
          })}
          <g transform={`translate(${x(minimum[0])},${y(minimum[1])})`}>
            <path d="M0,-7L2,-2L7,-2L3,1L5,6L0,3L-5,6L-3,1L-7,-2L-2,-2Z" fill="var(--text)" />

          </g>
          {l2Min ? (
            <g transform={`translate(${x(l2Min[0])},${y(l2Min[1])})`}>
              <rect x={-4.5} y={-4.5} width={9} height={9} transform="rotate(45)" fill="var(--surface)" stroke="var(--text)" strokeWidth={1.6} />

            </g>
          ) : null}
          <g transform={`translate(${x(start[0])},${y(start[1])})`} className="start-handle">
            <circle r={8} fill="var(--surface)" stroke="var(--text)" strokeWidth={2} />
            <circle r={2.5} fill="var(--text)" />
          </g>
        </g>
        <Axis scale={x} orient="bottom" y={h - m.bottom} ticks={6} />
        <Axis scale={y} orient="left" x={m.left} ticks={6} />
        <text x={w - m.right} y={h - 2} textAnchor="end" className="axis-label">
          {labels.x}
        </text>
        <text x={4} y={m.top + 10} className="axis-label">
          {labels.y}
        </text>
      </svg>
    </figure>
  );
}
