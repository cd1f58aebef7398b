import { motion } from 'framer-motion';
import { BF16_MAX, BF16_MIN_NORMAL, BF16_MIN_SUBNORMAL, FP16_MAX, FP16_MIN_NORMAL, FP16_MIN_SUBNORMAL, FP32_MAX, FP32_MIN_SUBNORMAL, type Fate } from '../model/fp16';
import { HIST_HI, HIST_LO } from '../model/sceneData';

export interface PrecisionViewProps {
  hist: Record<Fate, Uint32Array>;
  /** log₂ of the smallest and largest |S·g|. */
  range: [number, number];
  scale: number;
  width: number;
  labels: { lines: string; hist: string; zero: string; subnormal: string; normal: string; inf: string; grads: string; max: string; minNormal: string; minSub: string; axis: string; title: string };
  reducedMotion: boolean;
  compact?: boolean;
}

const FORMATS = [
  { key: 'fp32', sub: FP32_MIN_SUBNORMAL, normal: 2 ** -126, max: FP32_MAX },
  { key: 'bf16', sub: BF16_MIN_SUBNORMAL, normal: BF16_MIN_NORMAL, max: BF16_MAX },
  { key: 'fp16', sub: FP16_MIN_SUBNORMAL, normal: FP16_MIN_NORMAL, max: FP16_MAX },
] as const;

const FATE_CLASS: Record<Fate, string> = { zero: 'ta-zero', subnormal: 'ta-sub', normal: 'ta-normal', inf: 'ta-inf' };

function sci(v: number): string {
  if (v >= 1e5 || v < 1e-3) return v.toExponential(1).replace('e+', 'e');
  return String(v);
}

/**
 * Three number lines on one log₂ axis (fp32, bf16, fp16: subnormal range light, normal range solid,
 * with the span of the scaled gradients), then the histogram of log₂|S·g| coloured by what fp16 makes
 * of each value (→ 0, subnormal, normal, → inf).
 */
export function PrecisionView({ hist, range, scale, width, labels, reducedMotion, compact }: PrecisionViewProps) {
  const left = 44;
  const right = 10;
  const lo = -152;
  const hi = 132;
  const X = (e: number) => left + ((e - lo) / (hi - lo)) * (width - left - right);
  const rowH = compact ? 16 : 30;
  const linesH = 16 + FORMATS.length * rowH + 6;
  const dur = reducedMotion ? 0 : 0.3;
  // histogram
  const bins = HIST_HI - HIST_LO;
  const hTop = linesH + (compact ? 30 : 34);
  const hH = compact ? 90 : 150;
  const hx = (e: number) => left + ((e - HIST_LO) / bins) * (width - left - right);
  const bw = (width - left - right) / bins;
  const totals = Array.from({ length: bins }, (_, i) => hist.zero[i] + hist.subnormal[i] + hist.normal[i] + hist.inf[i]);
  const maxC = Math.max(1, ...totals);
  const hy = (c: number) => (c / maxC) * (hH - 20);
  const base = hTop + hH;
  const zones: { from: number; to: number; fate: Fate }[] = [
    { from: HIST_LO, to: -24, fate: 'zero' },
    { from: -24, to: -14, fate: 'subnormal' },
    { from: -14, to: 16, fate: 'normal' },
    { from: 16, to: HIST_HI, fate: 'inf' },
  ];
  const height = base + 34;
  return (
    <svg width={width} height={height} role="img" aria-label={labels.title} className="ta-svg">
      <text x={0} y={11} className="ta-row-title">
        {labels.lines}
      </text>
      <motion.rect
        y={14}
        height={FORMATS.length * rowH}
        className="ta-gradband"
        initial={false}
        animate={{ x: X(range[0]), width: Math.max(2, X(range[1]) - X(range[0])) }}
        transition={{ duration: dur }}
      />
      {FORMATS.map((f, i) => {
        const y = 16 + i * rowH;
        const a = X(Math.log2(f.sub));
        const b = X(Math.log2(f.normal));
        const c = X(Math.log2(f.max));
        return (
          <g key={f.key}>
            <text x={4} y={y + 11} className="ta-label strong">
              {f.key}
            </text>
            <rect x={a} y={y + 2} width={b - a} height={10} className="ta-range sub" />
            <rect x={b} y={y + 2} width={c - b} height={10} className="ta-range" />
            {compact ? null : (
              <text x={f.key === 'fp16' && width >= 700 ? c + 4 : width - right} y={y + 25} textAnchor={f.key === 'fp16' && width >= 700 ? 'start' : 'end'} className="ta-tiny">
                {`${labels.minSub} ${sci(f.sub)} · ${labels.minNormal} ${sci(f.normal)} · ${labels.max} ${sci(f.max)}`}
              </text>
            )}
          </g>
        );
      })}
      {[-149, -126, -24, -14, 0, 16, 128].map((e) =>
        ((compact || width < 900) && (e === -126 || e === -14)) || (width < 500 && e === 0) ? null : (
          <text key={e} x={X(e)} y={linesH + 8} textAnchor={e === -149 ? 'start' : e === 128 ? 'end' : 'middle'} className="ta-tiny">
            {e === 0 ? '1' : `2^${e}`}
          </text>
        ),
      )}
      <text x={0} y={hTop - 6} className="ta-row-title">
        {labels.hist} (S = 2^{scale})
      </text>
      {zones.map((z) => (
        <g key={z.fate}>
          <rect x={hx(z.from)} y={hTop} width={hx(z.to) - hx(z.from)} height={hH} className={`ta-zone ${FATE_CLASS[z.fate]}`} />
          <text x={(hx(z.from) + hx(z.to)) / 2} y={hTop + 12} textAnchor="middle" className="ta-tiny strong">
            {labels[z.fate]}
          </text>
        </g>
      ))}
      {totals.map((_, i) => {
        let acc = 0;
        return (['zero', 'subnormal', 'normal', 'inf'] as Fate[]).map((f) => {
          const h = hy(hist[f][i]);
          const yy = base - hy(acc) - h;
          acc += hist[f][i];
          return <motion.rect key={`${i}-${f}`} x={hx(HIST_LO + i) + 0.5} width={Math.max(0.5, bw - 1)} className={`ta-bar ${FATE_CLASS[f]}`} initial={false} animate={{ y: yy, height: h }} transition={{ duration: dur }} />;
        });
      })}
      <line x1={left} x2={width - right} y1={base} y2={base} className="ta-axisline" />
      {[-56, -48, -40, -32, -24, -14, -8, 0, 8, 16, 24].map((e) =>
        (width < 500 && e % 16 !== 0 && e !== -24 && e !== -14) ? null : (
          <text key={e} x={hx(e)} y={base + 13} textAnchor="middle" className="ta-tiny">
            {e}
          </text>
        ),
      )}
      <text x={(left + width - right) / 2} y={base + 28} textAnchor="middle" className="ta-tiny">
        {labels.axis}
      </text>
    </svg>
  );
}
