import { motion } from 'framer-motion';
import type { Timeline } from '../model/pipeline';

export interface PipelineTimelineProps {
  /** The schedule drawn. */
  timeline: Timeline;
  /** Both schedules, for the in-flight activations plot. */
  gpipe: Timeline;
  onefoneb: Timeline;
  selected: 'gpipe' | '1f1b';
  width: number;
  labels: { stage: string; time: string; fwd: string; bwd: string; bubble: string; inflight: string; gpipe: string; onefoneb: string; title: string };
  reducedMotion: boolean;
  compact?: boolean;
}

/** The pipeline timeline: stages × time, forward (blue) and backward (orange) cells, idle time hatched; below, activations held on stage 1. */
export function PipelineTimeline({ timeline: t, gpipe, onefoneb, selected, width, labels, reducedMotion, compact }: PipelineTimelineProps) {
  const left = 54;
  const right = 8;
  const rowH = compact ? 18 : Math.max(20, Math.min(30, 180 / t.p));
  const top = 4;
  const span = Math.max(gpipe.makespan, onefoneb.makespan);
  const u = (width - left - right) / span;
  const x = (v: number) => left + v * u;
  const gridH = top + t.p * rowH;
  const plotTop = gridH + (compact ? 36 : 44);
  const plotH = compact ? 40 : 70;
  const maxIn = Math.max(1, ...gpipe.peakInFlight, ...onefoneb.peakInFlight);
  const y = (k: number) => plotTop + plotH - (k / maxIn) * plotH;
  const height = plotTop + plotH + (compact ? 18 : 36);
  const dur = reducedMotion ? 0 : 0.45;
  const stepPath = (tl: Timeline) => {
    let d = `M${x(0)},${y(0)}`;
    let prev = 0;
    for (const e of tl.inFlight0) {
      d += ` L${x(e.t)},${y(prev)} L${x(e.t)},${y(e.n)}`;
      prev = e.n;
    }
    return d;
  };
  return (
    <svg width={width} height={height} role="img" aria-label={labels.title} className="ta-svg">
      <defs>
        <pattern id="ta-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" className="ta-hatch-line" />
        </pattern>
      </defs>
      {Array.from({ length: t.p }, (_, s) => (
        <g key={s}>
          <text x={4} y={top + s * rowH + rowH / 2 + 4} className="ta-label">
            {labels.stage}
            {s + 1}
          </text>
          <rect x={x(0)} y={top + s * rowH + 1} width={t.makespan * u} height={rowH - 2} fill="url(#ta-hatch)" className="ta-bubble" />
        </g>
      ))}
      {t.cells.map((c) => {
        const w = (c.end - c.start) * u;
        return (
          <g key={`${c.stage}-${c.kind}-${c.mb}`}>
            <motion.rect
              y={top + c.stage * rowH + 1}
              height={rowH - 2}
              rx={2}
              className={c.kind === 'F' ? 'ta-fwd' : 'ta-bwd'}
              initial={false}
              animate={{ x: x(c.start) + 0.5, width: Math.max(0.5, w - 1) }}
              transition={{ duration: dur }}
            />
            {u >= 11 ? (
              <motion.text
                y={top + c.stage * rowH + rowH / 2 + 4}
                textAnchor="middle"
                className={c.kind === 'F' ? 'ta-cell-text light' : 'ta-cell-text'}
                initial={false}
                animate={{ x: x(c.start) + w / 2 }}
                transition={{ duration: dur }}
              >
                {c.mb + 1}
              </motion.text>
            ) : null}
          </g>
        );
      })}
      <line x1={x(t.makespan)} x2={x(t.makespan)} y1={top} y2={gridH} className="ta-end" />
      <text x={width - right} y={gridH + 14} textAnchor="end" className="ta-tiny">
        {labels.time}
      </text>
      <g transform={`translate(${left},${gridH + 14})`}>
        <rect x={0} y={-9} width={10} height={10} className="ta-fwd" />
        <text x={14} y={0} className="ta-tiny">
          {labels.fwd}
        </text>
        <rect x={84} y={-9} width={10} height={10} className="ta-bwd" />
        <text x={98} y={0} className="ta-tiny">
          {labels.bwd}
        </text>
        <rect x={168} y={-9} width={10} height={10} fill="url(#ta-hatch)" className="ta-bubble" />
        <text x={182} y={0} className="ta-tiny">
          {labels.bubble}
        </text>
      </g>
      <text x={4} y={plotTop - 8} className="ta-tiny strong">
        {labels.inflight}
      </text>
      <line x1={x(0)} x2={x(span)} y1={y(0)} y2={y(0)} className="ta-axisline" />
      <text x={left - 6} y={y(maxIn) + 8} textAnchor="end" className="ta-tiny">
        {maxIn}
      </text>
      <text x={left - 6} y={y(0) + 4} textAnchor="end" className="ta-tiny">
        0
      </text>
      <motion.path d={stepPath(gpipe)} initial={false} animate={{ d: stepPath(gpipe) }} transition={{ duration: dur }} className={selected === 'gpipe' ? 'ta-step gp on' : 'ta-step gp'} />
      <motion.path d={stepPath(onefoneb)} initial={false} animate={{ d: stepPath(onefoneb) }} transition={{ duration: dur }} className={selected === '1f1b' ? 'ta-step ob on' : 'ta-step ob'} />
      <g transform={`translate(${left},${plotTop + plotH + 16})`}>
        <line x1={0} x2={16} y1={-4} y2={-4} className="ta-step gp on" />
        <text x={20} y={0} className="ta-tiny">
          {labels.gpipe} ({gpipe.peakInFlight[0]})
        </text>
        <line x1={130} x2={146} y1={-4} y2={-4} className="ta-step ob on" />
        <text x={150} y={0} className="ta-tiny">
          {labels.onefoneb} ({onefoneb.peakInFlight[0]})
        </text>
      </g>
    </svg>
  );
}
