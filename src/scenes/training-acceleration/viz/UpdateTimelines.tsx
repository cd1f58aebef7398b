import { motion } from 'framer-motion';
import type { UpdateTimeline } from '../model/async';

export interface UpdateTimelinesProps {
  sync: UpdateTimeline;
  async: UpdateTimeline;
  horizon: number;
  width: number;
  labels: { sync: string; async: string; worker: string; idle: string; barrier: string; staleness: string; time: string; title: string };
  reducedMotion: boolean;
  compact?: boolean;
}

/**
 * Sync vs async data parallelism on the same workers: sync rounds end at a barrier (waiting hatched);
 * async gradients are applied on arrival, each cell labelled with its staleness (updates applied since
 * the worker read the weights), darker = staler.
 */
export function UpdateTimelines({ sync, async: asy, horizon, width, labels, reducedMotion, compact }: UpdateTimelinesProps) {
  const n = Math.max(...sync.jobs.map((j) => j.worker)) + 1;
  const left = 54;
  const right = 8;
  const rowH = compact ? 14 : n > 6 ? 18 : 22;
  const X = (t: number) => left + (t / horizon) * (width - left - right);
  const panel = (which: 'sync' | 'async', y0: number) => {
    const tl = which === 'sync' ? sync : asy;
    const maxS = Math.max(1, asy.maxStaleness);
    return (
      <g>
        <text x={0} y={y0 + 11} className="ta-row-title">
          {which === 'sync' ? labels.sync : labels.async}
        </text>
        {Array.from({ length: n }, (_, w) => (
          <g key={w}>
            <text x={4} y={y0 + 18 + w * rowH + rowH / 2 + 4} className="ta-tiny">
              {labels.worker}
              {w}
            </text>
            {which === 'sync' ? (
              <rect x={X(0)} y={y0 + 18 + w * rowH + 1} width={X(Math.min(horizon, sync.barriers[sync.barriers.length - 1])) - X(0)} height={rowH - 2} fill="url(#ta-hatch2)" className="ta-bubble" />
            ) : null}
          </g>
        ))}
        {tl.jobs.map((j, i) => {
          const x = X(j.start) + 0.5;
          const w = Math.max(0.5, X(Math.min(j.end, horizon)) - X(j.start) - 1);
          const yy = y0 + 18 + j.worker * rowH + 1;
          const k = which === 'sync' ? 1 : j.staleness / maxS;
          // solid colours from light to full pink (dark text stays readable on all of them)
          const fill = which === 'sync' ? 'var(--c6)' : `rgb(${Math.round(246 - 42 * k)},${Math.round(222 - 101 * k)},${Math.round(235 - 68 * k)})`;
          return (
            <g key={`${which}-${i}`}>
              <motion.rect x={x} y={yy} height={rowH - 2} rx={2} initial={false} animate={{ width: w, fill }} transition={{ duration: reducedMotion ? 0 : 0.3 }} />
              {which === 'async' && w >= 14 ? (
                <text x={x + w / 2} y={yy + rowH / 2 + 3} textAnchor="middle" className="ta-cell-text">
                  {j.staleness}
                </text>
              ) : null}
            </g>
          );
        })}
        {which === 'sync'
          ? sync.barriers.map((b) => <line key={b} x1={X(b)} x2={X(b)} y1={y0 + 14} y2={y0 + 18 + n * rowH + 2} className="ta-barrier" />)
          : null}
      </g>
    );
  };
  const ph = 18 + n * rowH + (compact ? 10 : 18);
  return (
    <svg width={width} height={2 * ph + 34} role="img" aria-label={labels.title} className="ta-svg">
      <defs>
        <pattern id="ta-hatch2" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" className="ta-hatch-line" />
        </pattern>
      </defs>
      {panel('sync', 0)}
      {panel('async', ph)}
      <line x1={X(0)} x2={X(horizon)} y1={2 * ph} y2={2 * ph} className="ta-axisline" />
      {Array.from({ length: horizon / 2 + 1 }, (_, k) => (
        <text key={k} x={X(2 * k)} y={2 * ph + 13} textAnchor="middle" className="ta-tiny">
          {2 * k}
        </text>
      ))}
      <text x={X(0)} y={2 * ph + 28} className="ta-tiny">
        {labels.time} · {labels.barrier} · {labels.staleness}
      </text>
    </svg>
  );
}
