import { scaleLinear } from 'd3';
import { motion } from 'framer-motion';

/** One candidate token row. */
export interface TokenRow {
  id: number;
  label: string;
  /** Probability before the stage (drawn as an outline); omit for a plain bar chart. */
  before?: number;
  /** Probability after the stage (solid bar). */
  after: number;
  /** Removed by the stage (or an earlier one): greyed out. */
  filtered?: boolean;
  /** The token that was chosen: highlighted. */
  chosen?: boolean;
}

export interface TokenBarsProps {
  rows: TokenRow[];
  width: number;
  /** Height of one row in px. */
  rowHeight?: number;
  title: string;
  /** Legend words: before / after / filtered / chosen. Omit `before` for a one-series chart. */
  legend: { before?: string; after: string; filtered?: string; chosen?: string };
  /** Value label of a row (e.g. 38% or 76×). */
  format: (v: number) => string;
  /** Upper end of the x axis (default: the largest value). */
  max?: number;
  color?: string;
  /** Width of the label column (default: 18% of the width, 52–86 px). */
  labelWidth?: number;
  reducedMotion?: boolean;
}

/**
 * Horizontal bars for the top candidate tokens: an outline for the probability before a pipeline
 * stage, a solid bar after it, removed tokens greyed and struck through, the chosen token marked.
 * Rows are keyed by token id, so they glide to their new rank when the stage or the settings change.
 */
export function TokenBars({ rows, width, rowHeight = 24, title, legend, format, max, color = 'var(--c1)', labelWidth, reducedMotion }: TokenBarsProps) {
  const labelW = labelWidth ?? Math.min(86, Math.max(52, width * 0.18));
  const valueW = 48;
  const top = 22;
  const height = top + rows.length * rowHeight + 4;
  const hi = max ?? Math.max(1e-9, ...rows.map((r) => Math.max(r.after, r.before ?? 0)));
  const x = scaleLinear().domain([0, hi]).range([0, Math.max(40, width - labelW - valueW - 8)]);
  const t = reducedMotion ? { duration: 0 } : { duration: 0.35, ease: 'easeOut' as const };
  const barH = rowHeight - 8;
  return (
    <figure className="chart-fig rs-bars" style={{ width }}>
      <figcaption className="chart-title">{title}</figcaption>
      <svg width={width} height={height} role="img" aria-label={`${title}: ${rows.map((r) => `${r.label} ${format(r.after)}`).join(', ')}`} className="chart">
        <g className="legend" transform="translate(0,12)">
          {legend.before ? (
            <g>
              <rect x={0} y={-8} width={14} height={9} fill="none" stroke="var(--muted)" strokeDasharray="3 2" />
              <text x={18} y={0}>
                {legend.before}
              </text>
            </g>
          ) : null}
          <g transform={`translate(${legend.before ? Math.min(120, width / 4) : 0},0)`}>
            <rect x={0} y={-8} width={14} height={9} fill={color} />
            <text x={18} y={0}>
              {legend.after}
            </text>
          </g>
          {legend.filtered ? (
            <g transform={`translate(${(legend.before ? 2 : 1) * Math.min(120, width / 4)},0)`}>
              <rect x={0} y={-8} width={14} height={9} fill="var(--rs-filtered)" />
              <text x={18} y={0}>
                {legend.filtered}
              </text>
            </g>
          ) : null}
          {legend.chosen && width > 420 ? (
            <g transform={`translate(${(legend.before ? 3 : 2) * Math.min(120, width / 4)},0)`}>
              <rect x={0} y={-8} width={14} height={9} fill="none" stroke="var(--c5)" strokeWidth={2} />
              <text x={18} y={0}>
                {legend.chosen}
              </text>
            </g>
          ) : null}
        </g>
        {rows.map((r, i) => {
          const y = top + i * rowHeight;
          const fill = r.filtered ? 'var(--rs-filtered)' : color;
          return (
            <motion.g key={r.id} initial={false} animate={{ y }} transition={t}>
              {r.chosen ? <rect x={1} y={1} width={width - 2} height={rowHeight - 2} rx={4} fill="none" stroke="var(--c5)" strokeWidth={2} /> : null}
              <text x={labelW - 6} y={rowHeight / 2 + 4} textAnchor="end" className={r.filtered ? 'rs-tok filtered' : 'rs-tok'}>
                {r.label}
              </text>
              <motion.rect
                x={labelW}
                y={4}
                height={barH}
                initial={false}
                animate={{ width: Math.max(r.after > 0 ? 1 : 0, x(r.after)) }}
                transition={t}
                fill={fill}
                rx={2}
              />
              {r.before !== undefined ? (
                <motion.rect
                  x={labelW}
                  y={3}
                  height={barH + 2}
                  initial={false}
                  animate={{ width: Math.max(0, x(r.before)) }}
                  transition={t}
                  fill="none"
                  stroke="var(--muted)"
                  strokeDasharray="3 2"
                  rx={2}
                />
              ) : null}
              <text x={width - 4} y={rowHeight / 2 + 4} textAnchor="end" className={r.filtered ? 'rs-val filtered' : 'rs-val'}>
                {r.filtered ? '✕' : format(r.after)}
              </text>
            </motion.g>
          );
        })}
      </svg>
    </figure>
  );
}
