import { scaleLinear } from 'd3';
import { motion } from 'framer-motion';
import { formatGB } from '../model/format';
import type { StateBytes } from '../model/zero';
import { KINDS, KIND_COLOR } from './legend';

export interface StrategyBarsProps {
  width: number;
  /** Per-device model states of the four strategies (baseline, P_os, P_os+g, P_os+g+p). */
  rows: { label: string; bytes: StateBytes; gpu: number }[];
  /** Index of the selected stage (highlighted). */
  selected: number;
  gpuBytes: number;
  /** Whether the optimizer part of stages 1–3 sits on the CPU (drawn hollow). */
  offloaded: boolean;
  title: string;
  memLabel: string;
  reducedMotion: boolean;
  compact?: boolean;
}

/**
 * All four strategies at once: one horizontal stacked bar per strategy (params, grads, optimizer
 * states per GPU) against the GPU-memory line; ✓ where the GPU part fits.
 */
export function StrategyBars({ width, rows, selected, gpuBytes, offloaded, title, memLabel, reducedMotion, compact }: StrategyBarsProps) {
  const rowH = compact ? 24 : 30;
  const labelW = compact ? 58 : 70;
  const valueW = compact ? 52 : 60;
  const top = 18;
  const height = top + rows.length * rowH + 16;
  const max = Math.max(rows[0].bytes.total, gpuBytes) * 1.02;
  const x = scaleLinear().domain([0, max]).range([labelW, width - valueW]);
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.6 };
  return (
    <svg width={width} height={height} role="img" aria-label={title} className="chart zero-strategies">
      <text x={0} y={11} className="chart-title">
        {title}
      </text>
      {rows.map((r, i) => {
        const yy = top + i * rowH + 4;
        const bh = rowH - 10;
        let cx = x(0);
        const fits = r.gpu <= gpuBytes;
        return (
          <g key={r.label}>
            {i === selected ? <rect x={0} y={yy - 3} width={width} height={bh + 6} rx={4} fill="var(--hl)" fillOpacity={0.16} /> : null}
            <text x={2} y={yy + bh / 2 + 4} className={i === selected ? 'zero-row sel' : 'zero-row'}>
              {r.label}
            </text>
            {KINDS.map((k) => {
              const w = x(r.bytes[k]) - x(0);
              const hollow = k === 'optim' && offloaded && i > 0;
              const el = (
                <motion.rect
                  key={k}
                  initial={false}
                  animate={{ x: cx, width: Math.max(0, w) }}
                  transition={tr}
                  y={yy}
                  height={bh}
                  fill={hollow ? 'none' : KIND_COLOR[k]}
                  stroke={hollow ? KIND_COLOR[k] : 'none'}
                  strokeDasharray={hollow ? '3 2' : undefined}
                />
              );
              cx += Math.max(0, w);
              return el;
            })}
            <text x={width - valueW + 4} y={yy + bh / 2 + 4} className={fits ? 'zero-val' : 'zero-val over'}>
              {fits ? '✓' : '✗'} {formatGB(r.gpu)}
            </text>
          </g>
        );
      })}
      <line x1={x(gpuBytes)} x2={x(gpuBytes)} y1={top} y2={top + rows.length * rowH} stroke="var(--c5)" strokeWidth={1.5} strokeDasharray="5 3" />
      <text x={Math.min(x(gpuBytes), width - valueW)} y={height - 3} textAnchor="middle" className="zero-memline">
        {memLabel}
      </text>
    </svg>
  );
}
