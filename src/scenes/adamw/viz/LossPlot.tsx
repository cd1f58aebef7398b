import { line, scaleLinear, scaleLog } from 'd3';
import { motion } from 'framer-motion';
import { Axis } from '../../../viz/Axis';

export interface LossSeries {
  id: string;
  color: string;
  dash?: string;
  width?: number;
  /** Loss after each update (index = step); non-finite values end the line. */
  values: ArrayLike<number>;
}

export interface LossPlotProps {
  series: LossSeries[];
  steps: number;
  width: number;
  height: number;
  title: string;
  xLabel: string;
  yLabel: string;
  /** The inspected update, marked with a vertical line. */
  marker?: number;
  reducedMotion?: boolean;
}

const FLOOR = 1e-8;

/** Loss against update number on a log axis, one line per optimizer (colours as in the race). */
export function LossPlot({ series, steps, width, height, title, xLabel, yLabel, marker, reducedMotion }: LossPlotProps) {
  const m = { top: 10, right: 10, bottom: 30, left: 44 };
  let hi = 1e-6;
  let lo = Infinity;
  for (const s of series)
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i];
      if (Number.isFinite(v) && v < 1e12) (hi = Math.max(hi, v)), (lo = Math.min(lo, Math.max(FLOOR, v)));
    }
  if (!Number.isFinite(lo)) lo = FLOOR;
  const x = scaleLinear().domain([0, Math.max(1, steps)]).range([m.left, width - m.right]);
  const y = scaleLog()
    .domain([Math.max(FLOOR, Math.min(lo, hi / 10)), hi])
    .nice()
    .range([height - m.bottom, m.top])
    .clamp(true);
  const every = Math.max(1, Math.ceil(steps / 150));
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.25 };
  return (
    <figure className="chart-fig" style={{ width }}>
      <figcaption className="chart-title">{title}</figcaption>
      <svg width={width} height={height} role="img" aria-label={title} className="chart">
        <Axis scale={x} orient="bottom" y={height - m.bottom} ticks={5} />
        <Axis scale={y} orient="left" x={m.left} ticks={4} format={(v) => (Math.log10(v) % 1 === 0 ? `1e${Math.log10(v)}`.replace('-', '−') : '')} />
        <text x={(m.left + width - m.right) / 2} y={height - 3} textAnchor="middle" className="axis-label">
          {xLabel}
        </text>
        <text transform={`translate(11,${(m.top + height - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="axis-label">
          {yLabel}
        </text>
        {marker !== undefined ? <line x1={x(marker)} x2={x(marker)} y1={m.top} y2={height - m.bottom} stroke="var(--hl)" strokeWidth={1.5} strokeDasharray="3 3" /> : null}
        {series.map((s) => {
          const pts: [number, number][] = [];
          const n = s.values.length;
          const idx: number[] = [];
          for (let i = 0; i < n; i += every) idx.push(i);
          if (n && idx[idx.length - 1] !== n - 1) idx.push(n - 1);
          for (const i of idx) {
            const v = s.values[i];
            if (!Number.isFinite(v) || v > 1e12) break;
            pts.push([x(i), y(Math.max(FLOOR, v))]);
          }
          return (
            <motion.path
              key={s.id}
              initial={false}
              animate={{ d: line()(pts) ?? '' }}
              transition={tr}
              fill="none"
              stroke={s.color}
              strokeWidth={s.width ?? 2}
              strokeDasharray={s.dash}
            />
          );
        })}
      </svg>
    </figure>
  );
}
