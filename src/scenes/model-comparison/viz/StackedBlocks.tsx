import { motion } from 'framer-motion';
import type { ParamBreakdown } from '../model/architectures';

/** One column of the stacked-blocks chart. */
export interface BlockColumn {
  id: string;
  name: string;
  layers: number;
  b: ParamBreakdown;
  /** lm_head shares the embedding (drawn as an outline, not counted). */
  tiedHead: boolean;
}

export interface StackedBlocksProps {
  width: number;
  height: number;
  columns: BlockColumn[];
  focus: string;
  /** Emphasise the vocabulary blocks (embedding, lm_head). */
  vocabFocus: boolean;
  labels: { embedding: string; attention: string; ffn: string; lmHead: string; layers: string; tied: string; title: string; alt: string };
  onPick: (id: string) => void;
  reducedMotion: boolean;
}

export const MODULE_COLOR = { embedding: 'var(--c2)', attention: 'var(--c1)', ffn: 'var(--c3)', lmHead: 'var(--c4)' } as const;

const fmtB = (n: number) => `${(n / 1e9).toFixed(2)}B`;

/**
 * Columns of parameter blocks, height ∝ parameter count: embedding at the bottom, one stripe per layer
 * (attention below, FFN above), lm_head on top. Click a column to focus that model.
 */
export function StackedBlocks({ width, height, columns, focus, vocabFocus, labels, onPick, reducedMotion }: StackedBlocksProps) {
  const top = 52;
  const bottom = 30;
  const legendH = 18;
  const plotH = Math.max(80, height - top - bottom - legendH);
  const max = Math.max(...columns.map((c) => c.b.total + (c.tiedHead ? c.b.embedding : 0)));
  const k = plotH / max;
  const n = columns.length;
  const gap = Math.max(10, Math.min(36, width * 0.05));
  const colW = Math.min(110, (width - gap * (n + 1)) / n);
  const x0 = (width - (colW * n + gap * (n - 1))) / 2;
  const base = top + plotH;
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.55, ease: 'easeOut' as const };
  const dim = (on: boolean) => (vocabFocus && !on ? 0.35 : 1);
  const small = width < 420;
  return (
    <svg width={width} height={height} role="img" aria-label={labels.alt} className="chart mc-blocks">
      <text x={0} y={12} className="chart-title">
        {labels.title}
      </text>
      {columns.map((c, i) => {
        const x = x0 + i * (colW + gap);
        const hEmb = c.b.embedding * k;
        const perLayerAttn = (c.b.attention / c.layers) * k;
        const perLayerFfn = (c.b.ffn / c.layers) * k;
        const perLayer = perLayerAttn + perLayerFfn + (c.b.norms / (2 * c.layers + 1)) * 2 * k;
        const hHead = (c.tiedHead ? c.b.embedding : c.b.lmHead) * k;
        const yLayers0 = base - hEmb;
        const colTop = yLayers0 - perLayer * c.layers - hHead;
        const sel = c.id === focus;
        return (
          <g key={c.id} className="mc-col" onClick={() => onPick(c.id)} style={{ cursor: 'pointer' }}>
            <title>{`${c.name}: ${c.b.total.toLocaleString('en-US')}`}</title>
            <motion.rect initial={false} animate={{ y: base - hEmb, height: hEmb }} transition={tr} x={x} width={colW} fill={MODULE_COLOR.embedding} opacity={dim(true)} />
            {Array.from({ length: c.layers }, (_, l) => {
              const y = yLayers0 - (l + 1) * perLayer;
              return (
                <g key={l} opacity={dim(false)}>
                  <motion.rect initial={false} animate={{ y: y + perLayer - perLayerAttn, height: Math.max(0.5, perLayerAttn - 0.4) }} transition={tr} x={x} width={colW} fill={MODULE_COLOR.attention} />
                  <motion.rect initial={false} animate={{ y: y + 0.4, height: Math.max(0.5, perLayer - perLayerAttn - 0.8) }} transition={tr} x={x} width={colW} fill={MODULE_COLOR.ffn} />
                </g>
              );
            })}
            <motion.rect
              initial={false}
              animate={{ y: colTop, height: hHead }}
              transition={tr}
              x={c.tiedHead ? x + 1 : x}
              width={c.tiedHead ? colW - 2 : colW}
              fill={c.tiedHead ? 'none' : MODULE_COLOR.lmHead}
              stroke={c.tiedHead ? MODULE_COLOR.lmHead : 'none'}
              strokeDasharray={c.tiedHead ? '4 3' : undefined}
              strokeWidth={1.5}
              opacity={dim(true)}
            />
            {c.tiedHead && hHead >= 14 ? (
              <text x={x + colW / 2} y={colTop + hHead / 2 + 4} textAnchor="middle" className="mc-tied">
                {labels.tied}
              </text>
            ) : null}
            {sel ? <rect x={x - 3} y={colTop - 3} width={colW + 6} height={base - colTop + 6} fill="none" stroke="var(--text)" strokeWidth={2} rx={3} /> : null}
            <text x={x + colW / 2} y={colTop - 22} textAnchor="middle" className={sel ? 'mc-colname sel' : 'mc-colname'} style={colW < 84 ? { fontSize: 10.5 } : undefined}>
              {colW < 84 ? c.name.replace(/-\d+B$/, '') : c.name}
            </text>
            <text x={x + colW / 2} y={colTop - 8} textAnchor="middle" className="mc-colval">
              {fmtB(c.b.total)}
            </text>
            <text x={x + colW / 2} y={base + 14} textAnchor="middle" className="mc-colsub">
              {labels.layers.replace('{n}', String(c.layers))}
            </text>
            <text x={x + colW / 2} y={base + 26} textAnchor="middle" className="mc-colsub">
              V {c.id === 'llama-7b' ? '32K' : `${Math.round((c.b.embedding / 4096) / 1000)}K`}
            </text>
          </g>
        );
      })}
      <g transform={`translate(0, ${height - 6})`}>
        {(['embedding', 'attention', 'ffn', 'lmHead'] as const).map((m, i) => {
          const lw = small ? width / 4 : Math.min(150, width / 4);
          return (
            <g key={m} transform={`translate(${i * lw}, 0)`}>
              <rect x={0} y={-10} width={10} height={10} fill={MODULE_COLOR[m]} />
              <text x={14} y={-1} className="mc-legend">
                {labels[m]}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
