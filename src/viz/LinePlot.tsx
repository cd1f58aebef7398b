import { line, scaleLinear, scaleLog } from 'd3';
import { motion } from 'framer-motion';
import { Axis } from './Axis';

export interface LineSeries {
  label: string;
  color: string;
  points: { x: number; y: number }[];
  dashed?: boolean;
}

export interface LinePlotProps {
  series: LineSeries[];
  width: number;
  height: number;
  title: string;
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  yMin?: number;
  /** A highlighted point (e.g. the current parameter). */
  marker?: { x: number; y: number; label: string };
  xTicks?: number[];
  reducedMotion?: boolean;
}

/** Height of one legend row (px). */
const LEGEND_ROW = 14;

/** Lines over a shared x axis (linear or log₂), with a legend (wrapped into rows when narrow) and an optional marker. */
export function LinePlot({ series, width, height, title, xLabel, yLabel, xLog, yMin = 0, marker, xTicks, reducedMotion }: LinePlotProps) {
  // the legend takes as many rows as it needs (a narrow plot with many series wraps it)
  const legendW = Math.max(70, (width - 44) / Math.max(1, series.length));
  const perRow = Math.max(1, Math.floor((width - 44) / legendW));
  const legendRows = Math.ceil(series.length / perRow);
  const m = { top: 24 + (legendRows - 1) * LEGEND_ROW, right: 12, bottom: 36, left: 44 };
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).concat(marker ? [marker.y] : []);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const x = (xLog ? scaleLog().base(2) : scaleLinear()).domain([x0, x1 === x0 ? x0 + 1 : x1]).range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([yMin, Math.max(...ys) * 1.08 || 1])
    .nice()
    .range([height - m.bottom, m.top]);
  const path = line<{ x: number; y: number }>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  return (
    <figure className="chart-fig" style={{ width }}>
      <figcaption className="chart-title">{title}</figcaption>
      <svg width={width} height={height} role="img" aria-label={title} className="chart">
      <Axis scale={x} orient="bottom" y={height - m.bottom} tickValues={xTicks} ticks={6} format={(v) => String(+v.toPrecision(3))} />
      <Axis scale={y} orient="left" x={m.left} ticks={4} />
      <text x={(m.left + width - m.right) / 2} y={height - 4} textAnchor="middle" className="axis-label">
        {xLabel}
      </text>
      <text transform={`translate(12,${(m.top + height - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="axis-label">
        {yLabel}
      </text>
      {series.map((s) => (
        <motion.path
          key={s.label}
          initial={false}
          animate={{ d: path(s.points) ?? '' }}
          transition={reducedMotion ? { duration: 0 } : { duration: 0.3 }}
          fill="none"
          stroke={s.color}
          strokeWidth={2.2}
          strokeDasharray={s.dashed ? '5 4' : undefined}
        />
      ))}
      {series.map((s) =>
        s.dashed ? null : s.points.map((p, i) => <circle key={`${s.label}-${i}`} cx={x(p.x)} cy={y(p.y)} r={2.5} fill={s.color} />),
      )}
      {marker ? (
        <g>
          <circle cx={x(marker.x)} cy={y(marker.y)} r={6} fill="none" stroke="var(--hl)" strokeWidth={2.5} />
          <text x={x(marker.x) + 9} y={y(marker.y) - 8} className="marker-label">
            {marker.label}
          </text>
        </g>
      ) : null}
      <g transform={`translate(${m.left},12)`}>
        {series.map((s, i) => (
          <g key={s.label} transform={`translate(${(i % perRow) * legendW},${Math.floor(i / perRow) * LEGEND_ROW})`}>
            <line x1={0} x2={18} y1={-4} y2={-4} stroke={s.color} strokeWidth={2.2} strokeDasharray={s.dashed ? '5 4' : undefined} />
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
