import { motion } from 'framer-motion';

export interface KvCacheProps {
  /** Tokens in the context including the new one. */
  t: number;
  width: number;
  labels: { k: string; v: string; q: string; cached: string; fresh: string; title: string };
  reducedMotion: boolean;
  /** Smaller cells (embeds). */
  compact?: boolean;
}

/** The cache at generation step t: t−1 cached K/V columns, the new token's K/V, and its query reading all t. */
export function KvCache({ t, width, labels, reducedMotion, compact }: KvCacheProps) {
  const left = 30;
  const cw = Math.max(4, Math.min(26, (width - left - 10) / Math.max(t, 1)));
  const ch = compact ? 12 : 20;
  const w = left + t * cw + 10;
  const h = 3 * ch + (compact ? 50 : 62);
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.3 };
  const cols = Array.from({ length: t }, (_, j) => j);
  const qx = left + (t - 1) * cw + cw / 2;
  return (
    <svg width={Math.min(width, w)} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={labels.title} className="chart wdo-kv">
      <text x={left - 6} y={ch * 0.7 + 4} textAnchor="end" className="legend">{labels.k}</text>
      <text x={left - 6} y={ch * 1.9 + 4} textAnchor="end" className="legend">{labels.v}</text>
      {cols.map((j) => (
        <g key={j}>
          <motion.rect initial={false} animate={{ x: left + j * cw }} transition={tr} y={2} width={Math.max(1, cw - 1.5)} height={ch - 2} rx={2} className={j === t - 1 ? 'wdo-kv-cell fresh' : 'wdo-kv-cell'} />
          <motion.rect initial={false} animate={{ x: left + j * cw }} transition={tr} y={ch + 4} width={Math.max(1, cw - 1.5)} height={ch - 2} rx={2} className={j === t - 1 ? 'wdo-kv-cell fresh' : 'wdo-kv-cell'} />
          <line x1={qx} y1={3 * ch + 8} x2={left + j * cw + cw / 2} y2={2 * ch + 4} className="wdo-kv-read" />
        </g>
      ))}
      <circle cx={qx} cy={3 * ch + 12} r={6} className="wdo-kv-q" />
      <text x={qx} y={3 * ch + 32} textAnchor={t > 6 ? 'end' : 'start'} className="legend">{labels.q}</text>
      <g transform={`translate(${left},${h - 4})`}>
        <rect y={-10} width={10} height={10} className="wdo-kv-cell" />
        <text x={14} y={0} className="legend">{labels.cached}</text>
        <rect x={Math.min(150, w / 2)} y={-10} width={10} height={10} className="wdo-kv-cell fresh" />
        <text x={Math.min(150, w / 2) + 14} y={0} className="legend">{labels.fresh}</text>
      </g>
    </svg>
  );
}
