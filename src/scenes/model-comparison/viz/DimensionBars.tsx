import { motion } from 'framer-motion';

/** One row (dimension) of the comparison: a value per model. */
export interface DimensionRow {
  key: string;
  label: string;
  values: { id: string; name: string; value: number; text: string }[];
}

export interface DimensionBarsProps {
  width: number;
  rows: DimensionRow[];
  selected: string;
  focus: string;
  title: string;
  alt: string;
  onPick: (key: string) => void;
  reducedMotion: boolean;
}

/**
 * Small multiples: one row per dimension, four bars scaled to that row's maximum. The chosen row is
 * drawn large with model names and values; the others are thin strips with their max / min ratio.
 */
export function DimensionBars({ width, rows, selected, focus, title, alt, onPick, reducedMotion }: DimensionBarsProps) {
  const labelW = width < 420 ? 78 : 92;
  const ratioW = 46;
  const bigBar = 17;
  const thinBar = 5;
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.5 };
  let y = 22;
  const layout = rows.map((r) => {
    const big = r.key === selected;
    const h = big ? 20 + r.values.length * (bigBar + 4) + 6 : r.values.length * (thinBar + 1) + 10;
    const at = y;
    y += h;
    return { r, big, at, h };
  });
  const height = y + 4;
  const barX = labelW;
  const barW = width - labelW - 8;
  const thinW = width - labelW - ratioW;
  return (
    <svg width={width} height={height} role="img" aria-label={alt} className="chart mc-dims">
      <text x={0} y={12} className="chart-title">
        {title}
      </text>
      {layout.map(({ r, big, at, h }) => {
        const max = Math.max(...r.values.map((v) => v.value));
        const min = Math.min(...r.values.map((v) => v.value));
        const bh = big ? bigBar : thinBar;
        return (
          <g key={r.key} onClick={() => onPick(r.key)} style={{ cursor: 'pointer' }}>
            {big ? <rect x={0} y={at} width={width} height={h - 2} rx={4} fill="var(--hl)" fillOpacity={0.14} /> : null}
            <text x={4} y={at + (big ? 16 : h / 2 + 3)} className={big ? 'mc-dimlabel sel' : 'mc-dimlabel'}>
              {r.label}
            </text>
            {r.values.map((v, i) => {
              const w = Math.max(1, (v.value / max) * (big ? barW : thinW));
              const yy = big ? at + 22 + i * (bh + 4) : at + 5 + i * (bh + 1);
              const inside = barX + w + 4 + v.text.length * 7 > width;
              return (
                <g key={v.id}>
                  <motion.rect initial={false} animate={{ width: w }} transition={tr} x={barX} y={yy} height={bh} rx={big ? 2 : 1} fill={v.id === focus ? 'var(--c5)' : 'var(--c1)'} opacity={big ? 0.9 : 0.7} />
                  {big ? (
                    <text x={barX - 4} y={yy + bh - 4} textAnchor="end" className="mc-barname">
                      {v.name}
                    </text>
                  ) : null}
                  {big ? (
                    <text x={inside ? barX + w - 4 : barX + w + 4} y={yy + bh - 4} className={inside ? 'mc-barval in' : 'mc-barval'} textAnchor={inside ? 'end' : 'start'}>
                      {v.text}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <text x={width - 2} y={at + (big ? 16 : h / 2 + 3)} textAnchor="end" className="mc-ratio">
              {`${Number((max / min).toPrecision(3))}×`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
