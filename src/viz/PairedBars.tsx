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
  const m = { top: width < 300 ? 36 : 24, right: 8, bottom: 22, left: 36 };
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
  // Label every k-th category so labels never collide (about 18 px each).
  const every = Math.ceil(n / Math.max(2, Math.floor((width - m.left - m.right) / 18)));
  return (
    <figure className="chart-fig" style={{ width }}>
      <figcaption className="chart-title">{title}</figcaption>
      <svg width={width} height={height} role="img" aria-label={title} className="chart">
      {/* Legend: side by side when there is room, else stacked. */}
      {[a, b].map((srs, i) => {
        const stacked = width < 300;
        const lx = stacked ? m.left : m.left + i * ((width - m.left) / 2);
        const ly = stacked ? 10 + i * 14 : 12;
        return (
          <g key={srs.label} transform={`translate(${lx},${ly})`}>
            <rect width={10} height={10} y={-9} fill={srs.color} />
            <text x={14} className="legend">
              {srs.label}
            </text>
          </g>
        );
      })}
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
