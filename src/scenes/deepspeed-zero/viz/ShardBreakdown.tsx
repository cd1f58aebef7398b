import { motion } from 'framer-motion';
import { formatGB } from '../model/format';
import type { StateBytes } from '../model/zero';
import { KINDS, KIND_COLOR, flowLegend, type Kind } from './legend';

export interface ShardBreakdownProps {
  width: number;
  /** One GPU's model states on the GPU, and the bytes it keeps on the CPU (offload). */
  gpu: StateBytes;
  cpu: number;
  title: string;
  short: Record<Kind, string>;
  cpuLabel: string;
  reducedMotion: boolean;
}

/**
 * One GPU up close: its model states as one bar scaled to its own total (so a 1.88 GB ZeRO-3 stack is
 * as readable as a 120 GB one), with the size of each kind; offloaded optimizer states drawn hollow.
 */
export function ShardBreakdown({ width, gpu, cpu, title, short, cpuLabel, reducedMotion }: ShardBreakdownProps) {
  const parts = [...KINDS.map((k) => ({ k, b: k === 'optim' && cpu > 0 ? cpu : gpu[k], hollow: k === 'optim' && cpu > 0 }))];
  const total = parts.reduce((s, p) => s + p.b, 0) || 1;
  const barY = 18;
  const barH = 14;
  const labels = parts.map((p) => `${p.hollow ? cpuLabel : short[p.k]} ${formatGB(p.b)}`);
  const at = flowLegend(labels, width, 0);
  const height = barY + barH + 10 + at[at.length - 1].row + 12;
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.6 };
  let x = 0;
  return (
    <svg width={width} height={height} role="img" aria-label={`${title}: ${labels.join(', ')}`} className="chart zero-breakdown">
      <text x={0} y={11} className="chart-title">
        {title}
      </text>
      {parts.map((p) => {
        const w = (p.b / total) * (width - 2);
        const el = (
          <motion.rect
            key={p.k}
            initial={false}
            animate={{ x: x + 1, width: Math.max(0, w - 1) }}
            transition={tr}
            y={barY}
            height={barH}
            fill={p.hollow ? 'none' : KIND_COLOR[p.k]}
            stroke={p.hollow ? KIND_COLOR[p.k] : 'none'}
            strokeDasharray={p.hollow ? '3 2' : undefined}
          />
        );
        x += w;
        return el;
      })}
      {labels.map((l, i) => (
        <g key={l} transform={`translate(${at[i].x},${barY + barH + 16 + at[i].row})`}>
          <rect width={10} height={10} y={-9} fill={parts[i].hollow ? 'none' : KIND_COLOR[parts[i].k]} stroke={KIND_COLOR[parts[i].k]} />
          <text x={14} className="zero-small">
            {l}
          </text>
        </g>
      ))}
    </svg>
  );
}
