import { motion } from 'framer-motion';

export interface ParallelismDiagramProps {
  n: number;
  width: number;
  labels: { dp: string; tp: string; pp: string; dpWire: string; tpWire: string; ppWire: string; gpu: string; shard: string; fullBatch: string; microBatches: string; title: string };
  reducedMotion: boolean;
  compact?: boolean;
}

/** Layers of the toy model drawn inside every GPU. */
const LAYERS = 8;

/**
 * Data, tensor and pipeline parallelism on n GPUs, one row each: what every GPU holds (the model's
 * layers as bars, filled where the GPU holds the weights) and what crosses the wires (moving packets).
 */
export function ParallelismDiagram({ n, width, labels, reducedMotion, compact }: ParallelismDiagramProps) {
  const rowH = compact ? 70 : 110;
  const head = compact ? 14 : 30;
  const gap = Math.max(4, Math.min(16, width / (n * 6)));
  const bw = Math.min(compact ? 96 : 140, (width - gap * (n - 1)) / n);
  const bh = compact ? 40 : 56;
  const x0 = (width - (bw * n + gap * (n - 1))) / 2;
  const rows = ['dp', 'tp', 'pp'] as const;
  const lh = (bh - 12) / LAYERS;
  const packet = (fromX: number, toX: number, y: number, color: string, delay: number, key: string) =>
    reducedMotion ? null : (
      <motion.circle
        key={`${key}-${n}`}
        r={3.5}
        cy={y}
        fill={color}
        initial={{ cx: fromX, opacity: 0 }}
        animate={{ cx: [fromX, toX], opacity: [0, 1, 1, 0] }}
        transition={{ duration: 1.2, repeat: 2, repeatDelay: 0.5, delay, ease: 'easeInOut' }}
      />
    );
  return (
    <svg width={width} height={rowH * 3} role="img" aria-label={labels.title} className="ta-svg">
      {rows.map((r, ri) => {
        const y0 = ri * rowH;
        const by = y0 + head;
        const wireY = by + bh + (compact ? 8 : 10);
        return (
          <g key={r}>
            <text x={0} y={y0 + 11} className="ta-row-title">
              {labels[r]}
            </text>
            {compact ? null : (
              <text x={0} y={y0 + 25} className="ta-note">
                {r === 'dp' ? labels.dpWire : r === 'tp' ? labels.tpWire : labels.ppWire}
              </text>
            )}
            {Array.from({ length: n }, (_, g) => {
              const bx = x0 + g * (bw + gap);
              return (
                <g key={g}>
                  <rect x={bx} y={by} width={bw} height={bh} rx={5} className="ta-gpu" />
                  <text x={bx + 4} y={by + 9} className="ta-tiny">
                    {labels.gpu}
                    {g}
                  </text>
                  {Array.from({ length: LAYERS }, (_, l) => {
                    const ly = by + 11 + l * lh;
                    const lw = bw - 8;
                    if (r === 'dp') return <motion.rect key={l} x={bx + 4} y={ly} width={lw} height={lh - 1} className="ta-w-on" initial={false} animate={{ opacity: 1 }} />;
                    if (r === 'tp') {
                      const sw = lw / n;
                      return (
                        <g key={l}>
                          <rect x={bx + 4} y={ly} width={lw} height={lh - 1} className="ta-w-off" />
                          <motion.rect x={bx + 4 + g * sw} y={ly} height={lh - 1} className="ta-w-on" initial={false} animate={{ width: sw }} transition={{ duration: reducedMotion ? 0 : 0.3 }} />
                        </g>
                      );
                    }
                    const mine = Math.floor((l * n) / LAYERS) === g;
                    return <rect key={l} x={bx + 4} y={ly} width={lw} height={lh - 1} className={mine ? 'ta-w-on' : 'ta-w-off'} />;
                  })}
                  {compact ? null : (
                    <text x={bx + bw / 2} y={wireY + 14} textAnchor="middle" className="ta-tiny">
                      {r === 'dp' ? `${labels.shard} ${g + 1}/${n}` : r === 'tp' ? labels.fullBatch : labels.microBatches}
                    </text>
                  )}
                </g>
              );
            })}
            {r !== 'pp' ? (
              <g>
                <line x1={x0} x2={x0 + n * bw + (n - 1) * gap} y1={wireY} y2={wireY} className={r === 'tp' ? 'ta-wire thick' : 'ta-wire'} />
                {Array.from({ length: n }, (_, g) => {
                  const cx = x0 + g * (bw + gap) + bw / 2;
                  const nx = x0 + ((g + 1) % n) * (bw + gap) + bw / 2;
                  return (
                    <g key={g}>
                      <line x1={cx} x2={cx} y1={by + bh} y2={wireY} className={r === 'tp' ? 'ta-wire thick' : 'ta-wire'} />
                      {packet(cx, nx, wireY, r === 'tp' ? 'var(--c4)' : 'var(--c2)', g * 0.15, `p${g}`)}
                    </g>
                  );
                })}
              </g>
            ) : (
              Array.from({ length: n - 1 }, (_, g) => {
                const ax = x0 + g * (bw + gap) + bw;
                const cx = ax + gap / 2;
                const yy = by + bh / 2;
                return (
                  <g key={g}>
                    <line x1={ax} x2={ax + gap} y1={yy} y2={yy} className="ta-wire" />
                    {packet(cx - bw / 2, cx + bw / 2, yy, 'var(--c1)', g * 0.4, `f${g}`)}
                  </g>
                );
              })
            )}
          </g>
        );
      })}
    </svg>
  );
}
