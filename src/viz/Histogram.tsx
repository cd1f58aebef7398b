import { scaleLinear } from 'd3';
import { motion } from 'framer-motion';
import { Axis } from './Axis';

export interface HistogramSeries {
  lo: number;
  hi: number;
  counts: ArrayLike<number>;
  color: string;
}

export interface HistogramProps {
  series: HistogramSeries;
  width: number;
  height: number;
  title: string;
  reducedMotion?: boolean;
}

/** A histogram of precomputed bin counts (bins equal width over [lo, hi)). */
export function Histogram({ series, width, height, title, reducedMotion }: HistogramProps) {
  const m = { top: 4, right: 8, bottom: 22, left: 8 };
  const n = series.counts.length;
  const max = Math.max(1, ...Array.from(series.counts));
  const x = scaleLinear().domain([series.lo, series.hi]).range([m.left, width - m.right]);
  const y = scaleLinear().domain([0, max]).range([height - m.bottom, m.top]);
  const w = (width - m.left - m.right) / n;
  return (
    <figure className="chart-fig" style={{ width }}>
      <figcaption className="chart-title">{title}</figcaption>
      <svg width={width} height={height} role="img" aria-label={title} className="chart">
      {Array.from(series.counts).map((c, i) => (
        <motion.rect
          key={i}
          x={m.left + i * w + 0.5}
          width={Math.max(0, w - 1)}
          initial={false}
          animate={{ y: y(c), height: y(0) - y(c) }}
          transition={reducedMotion ? { duration: 0 } : { duration: 0.25 }}
          fill={series.color}
        />
      ))}
      <Axis scale={x} orient="bottom" y={height - m.bottom} ticks={5} />
      </svg>
    </figure>
  );
}
