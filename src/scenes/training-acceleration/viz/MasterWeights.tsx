import { motion } from 'framer-motion';
import type { PrecisionData } from '../model/sceneData';

export interface MasterWeightsProps {
  data: PrecisionData;
  lr: number;
  width: number;
  labels: { zoom: string; w: string; exact: string; fp16: string; fp32: string; grid: string; trend: string; steps: string; title: string };
  reducedMotion: boolean;
  compact?: boolean;
}

function e3(v: number): string {
  return v.toExponential(2).replace('e+', 'e');
}

/**
 * Why master weights stay fp32. Top: a zoom on one real weight w with the fp16 grid around it, where
 * w − lr·ĝ lands and where fp16 rounds it. Bottom: the same update applied 1000 times, fp16 vs fp32.
 */
export function MasterWeights({ data, width, labels, reducedMotion, compact }: MasterWeightsProps) {
  const { w, u, ulp, result } = data.example;
  const left = 16;
  const right = 16;
  // window: from w − 2.5 ulp to w + 0.5 ulp, unless the update is much larger
  const span = Math.max(3 * ulp, 1.3 * u);
  const x0 = w - span + 0.5 * ulp;
  const X = (v: number) => left + ((v - x0) / span) * (width - left - right);
  const y = 44;
  const dur = reducedMotion ? 0 : 0.4;
  const grid: number[] = [];
  for (let k = span / ulp > 60 ? 2 : -Math.ceil(span / ulp) - 1; k <= 1; k++) {
    const g = w + k * ulp;
    if (g >= x0 && g <= x0 + span) grid.push(g);
  }
  const exact = w - u;
  const plotTop = y + (compact ? 50 : 70);
  const plotH = compact ? 70 : 120;
  const n = data.repeat.fp32.length - 1;
  const lo = Math.min(data.repeat.fp32[n], data.repeat.fp16[n], w) ;
  const hi = w;
  const PX = (i: number) => left + 30 + (i / n) * (width - left - right - 30);
  const PY = (v: number) => plotTop + 10 + (hi === lo ? 0 : ((hi - v) / (hi - lo)) * (plotH - 20));
  const line = (a: Float64Array) => {
    let d = '';
    const stride = Math.max(1, Math.floor(n / 200));
    for (let i = 0; i <= n; i += stride) d += `${i ? 'L' : 'M'}${PX(i).toFixed(1)},${PY(a[i]).toFixed(1)}`;
    return d;
  };
  return (
    <svg width={width} height={plotTop + plotH + 30} role="img" aria-label={labels.title} className="ta-svg">
      <text x={0} y={12} className="ta-row-title">
        {labels.zoom}
      </text>
      <rect x={X(w - ulp / 2)} y={y - 12} width={Math.max(1, X(w + ulp / 2) - X(w - ulp / 2))} height={24} className="ta-snapzone" />
      <line x1={left} x2={width - right} y1={y} y2={y} className="ta-axisline" />
      {grid.map((g) => (
        <g key={g}>
          <line x1={X(g)} x2={X(g)} y1={y - 8} y2={y + 8} className="ta-gridtick" />
        </g>
      ))}
      <text x={X(w - ulp)} y={y + 22} textAnchor="middle" className="ta-tiny">
        {labels.grid} {e3(ulp)}
      </text>
      <circle cx={X(w)} cy={y} r={5} className="ta-dot-w" />
      <text x={X(w)} y={y - 14} textAnchor="middle" className="ta-tiny strong">
        {labels.w} = {w.toPrecision(5)}
      </text>
      <motion.circle cy={y} r={4} className="ta-dot-exact" initial={false} animate={{ cx: X(exact) }} transition={{ duration: dur }} />
      <motion.text y={y + 34} textAnchor="middle" className="ta-tiny" initial={false} animate={{ x: Math.max(60, Math.min(width - 60, X(exact))) }} transition={{ duration: dur }}>
        {labels.exact} ({e3(u)})
      </motion.text>
      <motion.path
        initial={false}
        animate={{ d: `M${X(exact)},${y - 4} Q${(X(exact) + X(result.after16)) / 2},${y - 26} ${X(result.after16)},${y - 6}` }}
        transition={{ duration: dur }}
        className={result.lost16 ? 'ta-snap lost' : 'ta-snap'}
        markerEnd="url(#ta-head3)"
      />
      <defs>
        <marker id="ta-head3" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--c5)" />
        </marker>
      </defs>
      <text x={0} y={plotTop - 6} className="ta-row-title">
        {labels.trend}
      </text>
      <line x1={PX(0)} x2={PX(n)} y1={plotTop + plotH} y2={plotTop + plotH} className="ta-axisline" />
      <motion.path initial={false} animate={{ d: line(data.repeat.fp32) }} transition={{ duration: dur }} className="ta-trend fp32" />
      <motion.path initial={false} animate={{ d: line(data.repeat.fp16) }} transition={{ duration: dur }} className="ta-trend fp16" />
      <text x={PX(Math.round(n * 0.5))} y={PY(data.repeat.fp32[Math.round(n * 0.5)]) + 18} textAnchor="end" className="ta-tiny strong">
        {labels.fp32}: {data.repeat.fp32[n].toPrecision(5)}
      </text>
      <text x={PX(n) - 4} y={PY(data.repeat.fp16[n]) + (Math.abs(PY(data.repeat.fp16[n]) - PY(data.repeat.fp32[n])) < 14 ? 16 : -6)} textAnchor="end" className="ta-tiny strong">
        {labels.fp16}: {data.repeat.fp16[n].toPrecision(5)}
      </text>
      <text x={PX(0)} y={plotTop + plotH + 14} className="ta-tiny">
        0
      </text>
      <text x={PX(n)} y={plotTop + plotH + 14} textAnchor="end" className="ta-tiny">
        {n} {labels.steps}
      </text>
    </svg>
  );
}
