import { scaleLinear } from 'd3';
import { motion } from 'framer-motion';
import { textWidth } from '../../deepspeed-zero/viz/legend';
import { sig } from '../model/format';
import { KIND_COLOR, METHODS, type Kind, type Method } from './kinds';

/** One piece of a method's bytes per parameter. */
export interface BytePiece {
  kind: Kind;
  /** Short label drawn inside the piece when it fits (e.g. "m", "fp32 W"). */
  label: string;
  bytes: number;
  frozen?: boolean;
}

export interface ByteStripProps {
  width: number;
  rows: Record<Method, BytePiece[]>;
  methods: Record<Method, string>;
  title: string;
  note: string;
  /** Method to emphasise. */
  method?: Method;
  reducedMotion: boolean;
}

/**
 * Bytes of model state per parameter of the base model, one strip per method on a common scale
 * (full FT with AdamW: 2 + 2 + 4 + 4 + 4 = 16). Activations are not per parameter and are left out.
 */
export function ByteStrip({ width, rows, methods, title, note, method, reducedMotion }: ByteStripProps) {
  const rowH = 26;
  const gap = 22;
  const left = 4;
  const right = 44;
  const top = 22;
  const max = Math.max(16, ...METHODS.map((m) => rows[m].reduce((s, p) => s + p.bytes, 0)));
  const x = scaleLinear().domain([0, max]).range([left, width - right]);
  const height = top + METHODS.length * (rowH + gap);
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.6, ease: [0.4, 0, 0.2, 1] as const };
  return (
    <figure className="ft-strip">
      <svg width={width} height={height} role="img" aria-label={title}>
        <text x={left} y={13} className="ft-strip-title">
          {title}
        </text>
        {METHODS.map((m, i) => {
          const y0 = top + i * (rowH + gap) + 14;
          let acc = 0;
          const total = rows[m].reduce((s, p) => s + p.bytes, 0);
          return (
            <g key={m} opacity={method && method !== m ? 0.55 : 1}>
              <text x={left} y={y0 - 4} className={method === m ? 'ft-strip-label sel' : 'ft-strip-label'}>
                {methods[m]}
              </text>
              {rows[m].map((p, j) => {
                const x0 = x(acc);
                acc += p.bytes;
                const w = Math.max(p.bytes > 0 ? 1 : 0, x(acc) - x0);
                const showLabel = textWidth(p.label, 10) + 4 <= w;
                return (
                  <g key={`${p.kind}-${j}`}>
                    <motion.rect initial={false} animate={{ x: x0, width: w }} transition={tr} y={y0} height={rowH} fill={KIND_COLOR[p.kind]} stroke="var(--surface)" strokeWidth={1} />
                    {p.frozen ? <motion.rect initial={false} animate={{ x: x0, width: w }} transition={tr} y={y0} height={rowH} fill="url(#ft-hatch-strip)" opacity={0.8} /> : null}
                    {showLabel ? (
                      <text x={x0 + w / 2} y={y0 + rowH / 2 + 4} textAnchor="middle" className={p.kind === 'grads' || p.kind === 'adapters' ? 'ft-seg dark' : 'ft-seg'} style={{ fontSize: 10 }}>
                        {p.label}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              <text x={x(total) + 4} y={y0 + rowH / 2 + 4} className="ft-strip-total">
                {`${sig(total)} B`}
              </text>
            </g>
          );
        })}
        <defs>
          <pattern id="ft-hatch-strip" width={7} height={7} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1={0} y1={0} x2={0} y2={7} stroke="var(--surface)" strokeWidth={2} />
          </pattern>
        </defs>
      </svg>
      <figcaption className="ft-note">{note}</figcaption>
    </figure>
  );
}
