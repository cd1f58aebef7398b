import { scaleBand, scaleLinear } from 'd3';
import { motion } from 'framer-motion';
import { Axis } from './Axis';

export interface PairedBarsProps {
  /** Two series over the same categories (e.g. per-feature mean with and without padding). */
  a: { label: string; color: string; values: ArrayLike<number> };
  b: { label: string; color: string; values: ArrayLike<number> };
  categoryLabel: (i: number) => string;
  width: number;
  height: number;
  title: string;
  reducedMotion?: boolean;
}

/** Grouped bars: two values per category around a zero line. */
export function PairedBars({ a, b, categoryLabel, width, height, title, reducedMotion }: PairedBarsProps) {
  const m = { top: 24, right: 8, bottom: 22, left: 36 };
  const n = a.values.length;
  const all = [...Array.from(a.values), ...Array.from(b.values), 0];
  const y = scaleLinear()
    .domain([Math.min(...all), Math.max(...all)])
    .nice()
    .range([height - m.bottom, m.top]);
  const x = scaleBand<number>()
    .domain(Array.from({ length: n }, (_, i) => i))
    .range([m.left, width - m.right])
    .padding(0.2);
  const bw = x.bandwidth() / 2;
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.3 };
  const every = Math.ceil(n / 16);
  return (
    <figure className="chart-fig" style={{ width }}>
      <figcaption className="chart-title">{title}</figcaption>
      <svg width={width} height={height} role="img" aria-label={title} className="chart">
      <g transform={`translate(${m.left},12)`}>
        <rect width={10} height={10} y={-9} fill={a.color} />
        <text x={14} className="legend">
          {a.label}
        </text>
        <rect x={width / 2 - m.left} width={10} height={10} y={-9} fill={b.color} />
        <text x={width / 2 - m.left + 14} className="legend">
          {b.label}
        </text>
      </g>
      <Axis scale={y} orient="left" x={m.left} ticks={4} />
      <line x1={m.left} x2={width - m.right} y1={y(0)} y2={y(0)} stroke="var(--muted)" />
      {Array.from({ length: n }, (_, i) => {
        const va = a.values[i];
        const vb = b.values[i];
        return (
          <g key={i}>
            <motion.rect x={x(i)} width={bw} initial={false} animate={{ y: y(Math.max(0, va)), height: Math.abs(y(va) - y(0)) }} transition={tr} fill={a.color} />
            <motion.rect x={(x(i) ?? 0) + bw} width={bw} initial={false} animate={{ y: y(Math.max(0, vb)), height: Math.abs(y(vb) - y(0)) }} transition={tr} fill={b.color} />
            {i % every === 0 ? (
              <text x={(x(i) ?? 0) + bw} y={height - 6} textAnchor="middle" className="tick-label">
                {categoryLabel(i)}
              </text>
            ) : null}
          </g>
        );
      })}
      </svg>
    </figure>
  );
}
