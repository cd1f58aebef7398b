import { scaleLinear } from 'd3';
import { motion } from 'framer-motion';
import { Axis } from '../../../viz/Axis';
import { flowLegend, textWidth } from '../../deepspeed-zero/viz/legend';
import { formatBytes } from '../model/format';
import { GB, type MethodBytes } from '../model/memory';
import { KINDS, KIND_COLOR, METHODS, type Kind, type Method } from './kinds';

export interface MethodBarsProps {
  width: number;
  height: number;
  bytes: Record<Method, MethodBytes>;
  /** GPU sizes drawn as lines (GB) and the chosen one. */
  gpus: readonly number[];
  gpu: number;
  /** Kinds the current step is about (the others are dimmed); empty = none dimmed. */
  focus: readonly Kind[];
  /** Method the current step is about (its label is bold). */
  method?: Method;
  labels: {
    kinds: Record<Kind, string>;
    frozen: string;
    methods: Record<Method, string>;
    axis: string;
    gpuLine: string;
    title: string;
  };
  reducedMotion: boolean;
  compact?: boolean;
}

/**
 * Full fine-tuning, LoRA and QLoRA as stacked bars of training memory (weights, gradients, optimizer
 * states, adapters, activations) on one linear GB scale, with dashed lines at the GPU sizes. A bar that
 * exceeds the chosen GPU is outlined and marked ✗.
 */
export function MethodBars(props: MethodBarsProps) {
  const { width, height, bytes, gpus, gpu, focus, method, labels: L, reducedMotion, compact } = props;
  const legendLabels = KINDS.map((k) => L.kinds[k]);
  const legendAt = flowLegend(legendLabels, width - 4, 4);
  const legendH = legendAt[legendAt.length - 1].row + 18;
  const fs = compact ? 10 : 11;
  const maxTotal = Math.max(...METHODS.map((m) => bytes[m].total));
  const domainMax = Math.max(maxTotal, gpu * GB) * 1.1;
  const m = { top: legendH + 22, right: compact ? 46 : 56, bottom: 34, left: 50 };
  const plotW = Math.max(80, width - m.left - m.right);
  const bottom = height - m.bottom;
  const y = scaleLinear().domain([0, domainMax]).range([bottom, m.top]);
  const h = (b: number) => Math.max(0, y(0) - y(b));
  const unit = plotW / METHODS.length;
  const bw = Math.min(unit * 0.56, 120);
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.6, ease: [0.4, 0, 0.2, 1] as const };
  const dim = (k: Kind) => focus.length > 0 && !focus.includes(k);

  // GPU lines: label the chosen one always, the others only where they do not crowd it
  const lines = gpus.filter((g) => g * GB <= domainMax);
  const labelled: number[] = [];
  for (const g of [gpu, ...lines.filter((x) => x !== gpu)]) {
    if (!lines.includes(g)) continue;
    if (labelled.every((o) => Math.abs(y(o * GB) - y(g * GB)) >= fs + 2)) labelled.push(g);
  }

  return (
    <svg width={width} height={height} role="img" aria-label={L.title} className="chart ft-bars">
      {legendLabels.map((l, i) => (
        <g key={l} transform={`translate(${legendAt[i].x},${legendAt[i].row + 12})`} opacity={dim(KINDS[i]) ? 0.45 : 1}>
          <rect width={10} height={10} y={-9} fill={KIND_COLOR[KINDS[i]]} />
          <text x={14} className="legend">
            {l}
          </text>
        </g>
      ))}
      <text x={4} y={m.top - 10} className="axis-label">
        {L.axis}
      </text>
      <Axis scale={y} orient="left" x={m.left - 4} ticks={compact ? 3 : 5} format={(v) => (v === 0 ? '0' : formatBytes(v))} />

      {METHODS.map((meth, i) => {
        const b = bytes[meth];
        const cx = m.left + unit * (i + 0.5);
        const x0 = cx - bw / 2;
        let cursor = bottom;
        const fits = b.total <= gpu * GB;
        const segs = KINDS.map((k) => {
          const v = b[k];
          const top = cursor - h(v);
          const seg = { k, v, y: top, hh: h(v) };
          cursor = top;
          return seg;
        });
        const frozen = meth !== 'full';
        return (
          <g key={meth}>
            {segs.map((s) => (
              <motion.rect
                key={s.k}
                initial={false}
                animate={{ y: s.y, height: s.hh }}
                transition={tr}
                x={x0}
                width={bw}
                fill={KIND_COLOR[s.k]}
                fillOpacity={dim(s.k) ? 0.3 : 0.92}
                stroke="var(--surface)"
                strokeWidth={s.hh > 2 ? 1 : 0}
              />
            ))}
            {frozen ? (
              <motion.rect
                initial={false}
                animate={{ y: segs[0].y, height: segs[0].hh }}
                transition={tr}
                x={x0}
                width={bw}
                fill="url(#ft-hatch)"
                opacity={dim('weights') ? 0.3 : 0.8}
              />
            ) : null}
            {segs.map((s) => {
              const txt = `${s.k === 'weights' && frozen ? L.frozen : L.kinds[s.k]} ${formatBytes(s.v)}`;
              const fitsIn = s.hh >= fs + 3 && textWidth(txt, fs) <= bw - 6;
              const short = formatBytes(s.v);
              const shortFits = s.hh >= fs + 3 && textWidth(short, fs) <= bw - 4;
              if (!fitsIn && !shortFits) return null;
              return (
                <text
                  key={`t-${s.k}`}
                  x={cx}
                  y={s.y + s.hh / 2 + fs * 0.36}
                  textAnchor="middle"
                  className={dim(s.k) ? 'ft-seg dimmed' : s.k === 'grads' || s.k === 'acts' || s.k === 'adapters' ? 'ft-seg dark' : 'ft-seg'}
                  style={{ fontSize: fs }}
                >
                  {fitsIn ? txt : short}
                </text>
              );
            })}
            {!fits ? <rect x={x0 - 1.5} y={y(b.total)} width={bw + 3} height={h(b.total)} fill="none" stroke="var(--c5)" strokeWidth={2} /> : null}
            <motion.text initial={false} animate={{ y: y(b.total) - 6 }} transition={tr} x={cx} textAnchor="middle" className={fits ? 'ft-total' : 'ft-total over'}>
              {`${fits ? '✓' : '✗'} ${formatBytes(b.total)}`}
            </motion.text>
            <text x={cx} y={bottom + 16} textAnchor="middle" className={meth === method ? 'ft-method sel' : 'ft-method'}>
              {L.methods[meth]}
            </text>
          </g>
        );
      })}

      {lines.map((g) => (
        <g key={g}>
          <line
            x1={m.left}
            x2={width - m.right + 4}
            y1={y(g * GB)}
            y2={y(g * GB)}
            stroke={g === gpu ? 'var(--c5)' : 'var(--muted)'}
            strokeWidth={g === gpu ? 1.8 : 1}
            strokeDasharray={g === gpu ? '6 3' : '3 3'}
            opacity={g === gpu ? 1 : 0.75}
          />
          {labelled.includes(g) ? (
            <text x={width - m.right + 7} y={y(g * GB) + 4} className={g === gpu ? 'ft-gpu sel' : 'ft-gpu'}>
              {L.gpuLine.replace('{gb}', String(g))}
            </text>
          ) : null}
        </g>
      ))}
      <defs>
        <pattern id="ft-hatch" width={7} height={7} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={7} stroke="var(--surface)" strokeWidth={2} />
        </pattern>
      </defs>
    </svg>
  );
}
