import { motion } from 'framer-motion';

/** One row of tokens: each cell's fill says whether its position produces a loss, and why. */
export interface TokenRow {
  label: string;
  /** Per position: null = no loss, otherwise a class name suffix (target, mask, random, keep, prefix). */
  cells: (string | null)[];
  count: string;
}

export interface TokenRowsProps {
  rows: TokenRow[];
  width: number;
  legend: { kind: string; label: string }[];
  title: string;
  reducedMotion: boolean;
}

/** Token rows as SVG: filled = a position with a loss term. */
export function TokenRows({ rows, width, legend, title, reducedMotion }: TokenRowsProps) {
  const n = rows[0]?.cells.length ?? 1;
  const labelW = Math.min(150, Math.max(90, width * 0.24));
  const countW = 44;
  const cw = Math.max(3, Math.min(22, (width - labelW - countW - 8) / n));
  const rh = Math.max(14, Math.min(26, cw * 1.2));
  const gap = 12;
  const h = rows.length * (rh + gap);
  const w = labelW + n * cw + countW + 4;
  return (
    <div className="wdo-tokens-wrap">
    <svg width={Math.min(width, w)} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={title} className="chart wdo-tokens">
      {rows.map((r, ri) => {
        const y = ri * (rh + gap);
        return (
          <g key={r.label}>
            <text x={labelW - 6} y={y + rh / 2 + 4} textAnchor="end" className="legend">
              {r.label}
            </text>
            {r.cells.map((c, j) => (
              <motion.rect
                key={j}
                x={labelW + j * cw + 0.5}
                y={y}
                width={Math.max(1, cw - 1.5)}
                height={rh}
                rx={Math.min(3, cw / 4)}
                className={c ? `wdo-tok ${c}` : 'wdo-tok none'}
                initial={false}
                animate={{ opacity: 1 }}
                transition={reducedMotion ? { duration: 0 } : { duration: 0.25, delay: Math.min(0.4, j * 0.01) }}
              />
            ))}
            <text x={labelW + n * cw + 6} y={y + rh / 2 + 4} className="wdo-count">
              {r.count}
            </text>
          </g>
        );
      })}
    </svg>
      <div className="wdo-legend" aria-hidden="true">
        {legend.map((l) => (
          <span key={l.kind}>
            <svg width={12} height={12} aria-hidden="true">
              <rect width={12} height={12} rx={2} className={`wdo-tok ${l.kind}`} />
            </svg>
            {l.label}
          </span>
        ))}
      </div>
    </div>
  );
}
