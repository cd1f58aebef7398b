import { motion } from 'framer-motion';

export interface MaskGridProps {
  /** 0/1 mask [rows][cols]: 1 = row (query) may attend to column (key). */
  mask: number[][];
  rowLabels: string[];
  colLabels: string[];
  title: string;
  /** Largest drawing width in px. */
  maxWidth: number;
  colour: string;
  reducedMotion: boolean;
}

const short = (s: string) => (s.length > 5 ? `${s.slice(0, 4)}…` : s);

/** An attention mask as a grid of cells (SVG, ≤ 28×28 cells), queries down, keys across, with token labels. */
export function MaskGrid({ mask, rowLabels, colLabels, title, maxWidth, colour, reducedMotion }: MaskGridProps) {
  const rows = mask.length;
  const cols = rows ? mask[0].length : 0;
  const fit = (lw: number) => Math.max(4, Math.min(14, Math.floor((maxWidth - lw - 4) / Math.max(1, cols))));
  const showLabels = fit(40) >= 9;
  const labelW = showLabels ? 40 : 2;
  const labelH = showLabels ? 40 : 2;
  const cell = fit(labelW);
  const w = labelW + cols * cell + 2;
  const h = labelH + rows * cell + 2;
  return (
    <div className="bgb-grid-box" style={{ maxWidth: Math.max(w, 120) }}>
      <div className="bgb-grid-title">{title}</div>
    <svg width={w} height={h} role="img" aria-label={title} className="bgb-grid">
      <g transform={`translate(${labelW},${labelH})`}>
        {mask.map((r, i) =>
          r.map((v, j) => (
            <motion.rect
              key={`${i}-${j}`}
              x={j * cell}
              y={i * cell}
              width={cell - 1}
              height={cell - 1}
              initial={false}
              animate={{ fill: v ? colour : 'var(--surface-2)', opacity: v ? 0.9 : 1 }}
              transition={{ duration: reducedMotion ? 0 : 0.3, delay: reducedMotion ? 0 : (i + j) * 0.004 }}
            />
          )),
        )}
        {showLabels
          ? rowLabels.map((t, i) => (
              <text key={`r${i}`} x={-3} y={i * cell + cell * 0.75} textAnchor="end" className="bgb-grid-label">
                {short(t)}
              </text>
            ))
          : null}
        {showLabels
          ? colLabels.map((t, j) => (
              <text key={`c${j}`} transform={`translate(${j * cell + cell * 0.7},-3) rotate(-60)`} className="bgb-grid-label">
                {short(t)}
              </text>
            ))
          : null}
      </g>
    </svg>
    </div>
  );
}
