import { scaleLinear, scaleLog } from 'd3';
import { motion } from 'framer-motion';
import { Axis } from '../../../viz/Axis';

export interface SpectrumSeries {
  label: string;
  color: string;
  values: ArrayLike<number>;
}

export interface SpectrumPlotProps {
  series: SpectrumSeries[];
  width: number;
  height: number;
  title: string;
  xLabel: string;
  yLabel: string;
  /** Current rank: a vertical line between index r and r + 1. */
  r: number;
  rLabel: string;
  /** A horizontal reference level (e.g. the fp16 noise floor), drawn dashed. */
  floor?: { value: number; label: string };
  reducedMotion?: boolean;
}

/** Singular values σ₁ ≥ σ₂ ≥ … of several matrices on a log y axis, index i = 1..p on x. */
export function SpectrumPlot({ series, width, height, title, xLabel, yLabel, r, rLabel, floor, reducedMotion }: SpectrumPlotProps) {
  const m = { top: 30, right: 14, bottom: 36, left: 52 };
  const p = Math.max(...series.map((s) => s.values.length), 1);
  const all = series.flatMap((s) => Array.from(s.values)).filter((v) => v > 0);
  const hi = Math.max(...all, floor?.value ?? 0) * 1.6;
  const lo = Math.max(Math.min(...all, floor?.value ?? Infinity) / 1.6, hi * 1e-6);
  const x = scaleLinear().domain([0.5, p + 0.5]).range([m.left, width - m.right]);
  const y = scaleLog().domain([lo, hi]).range([height - m.bottom, m.top]).clamp(true);
  const path = (v: ArrayLike<number>) =>
    Array.from(v)
      .map((s, i) => `${i === 0 ? 'M' : 'L'}${x(i + 1).toFixed(1)},${y(Math.max(s, lo)).toFixed(1)}`)
      .join('');
  const rx = x(Math.min(p, r) + 0.5);
  const t = reducedMotion ? { duration: 0 } : { duration: 0.35 };
  const decades: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) decades.push(10 ** e);
  return (
    <figure className="chart-fig" style={{ width }}>
      <figcaption className="chart-title">{title}</figcaption>
      <svg width={width} height={height} role="img" aria-label={title} className="chart">
        <Axis scale={x} orient="bottom" y={height - m.bottom} ticks={Math.min(8, p)} format={(v) => String(v)} />
        <Axis scale={y} orient="left" x={m.left} tickValues={decades} format={(v) => (v >= 0.01 && v < 1000 ? String(+v.toPrecision(2)) : `1e${Math.round(Math.log10(v))}`)} />
        <text x={(m.left + width - m.right) / 2} y={height - 4} textAnchor="middle" className="axis-label">
          {xLabel}
        </text>
        <text transform={`translate(12,${(m.top + height - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="axis-label">
          {yLabel}
        </text>
        <rect x={m.left} y={m.top} width={Math.max(0, rx - m.left)} height={height - m.top - m.bottom} className="lrw-kept" />
        <motion.line initial={false} animate={{ x1: rx, x2: rx }} transition={t} y1={m.top} y2={height - m.bottom} stroke="var(--hl)" strokeWidth={2} />
        <text x={Math.min(rx + 5, width - m.right - 60)} y={m.top + 12} className="marker-label">
          {rLabel}
        </text>
        {floor ? (
          <g>
            <line x1={m.left} x2={width - m.right} y1={y(floor.value)} y2={y(floor.value)} stroke="var(--muted)" strokeDasharray="5 4" strokeWidth={1.5} />
            <text x={width - m.right - 4} y={y(floor.value) - 5} textAnchor="end" className="legend">
              {floor.label}
            </text>
          </g>
        ) : null}
        {series.map((s) => (
          <g key={s.label}>
            <motion.path initial={false} animate={{ d: path(s.values) }} transition={t} fill="none" stroke={s.color} strokeWidth={2} />
            {Array.from(s.values).map((v, i) =>
              p <= 64 ? <circle key={i} cx={x(i + 1)} cy={y(Math.max(v, lo))} r={2} fill={s.color} /> : null,
            )}
          </g>
        ))}
        <g transform={`translate(${m.left},14)`}>
          {series.map((s, i) => (
            <g key={s.label} transform={`translate(${i * Math.max(90, (width - m.left - m.right) / series.length)},0)`}>
              <line x1={0} x2={18} y1={-4} y2={-4} stroke={s.color} strokeWidth={2.2} />
              <text x={22} y={0} className="legend">
                {s.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
