import { motion } from 'framer-motion';
import { chunkRange, popcount, type RingState } from '../model/ring';

export interface RingViewProps {
  state: RingState;
  trueSum: number[];
  width: number;
  labels: { gpu: string; chunk: string; sum: string; title: string };
  reducedMotion: boolean;
  compact?: boolean;
}

/**
 * Ring all-reduce as a worker × chunk grid of live numbers. Shade = how many GPUs' values are summed
 * into a cell; green outline = fully reduced; orange = this step's sends (arrows to the next GPU).
 */
export function RingView({ state, trueSum, width, labels, reducedMotion, compact }: RingViewProps) {
  const n = state.data.length;
  const len = state.data[0].length;
  const left = 58;
  const right = 6;
  const top = 18;
  const cw = Math.min(compact ? 78 : 100, (width - left - right) / n);
  const ch = compact ? 26 : 34;
  const rowGap = compact ? 6 : 10;
  const rows = n + 1;
  const height = top + rows * (ch + rowGap) + 4;
  const gx = (c: number) => left + c * cw;
  const gy = (r: number) => top + r * (ch + rowGap);
  const dur = reducedMotion ? 0 : 0.35;
  const stacked = cw < 50;
  const num = (v: number) => (v < 0 ? `−${-v}` : String(v));
  const cell = (vals: number[], x: number, y: number) =>
    stacked ? (
      vals.map((v, k) => (
        <text key={k} x={x + cw / 2} y={y + (ch / vals.length) * (k + 0.5) + 4} textAnchor="middle" className="ta-num">
          {num(v)}
        </text>
      ))
    ) : (
      <text x={x + cw / 2} y={y + ch / 2 + 4} textAnchor="middle" className="ta-num">
        {vals.map(num).join('   ')}
      </text>
    );
  return (
    <svg width={width} height={height} role="img" aria-label={labels.title} className="ta-svg">
      {Array.from({ length: n }, (_, c) => (
        <text key={c} x={gx(c) + cw / 2} y={12} textAnchor="middle" className="ta-tiny">
          {labels.chunk}
          {c}
        </text>
      ))}
      {state.data.map((row, w) => (
        <g key={w}>
          <text x={4} y={gy(w) + ch / 2 + 4} className="ta-label">
            {labels.gpu}
            {w}
          </text>
          {Array.from({ length: n }, (_, c) => {
            const [a, b] = chunkRange(len, n, c);
            const k = popcount(state.contributors[w][c]);
            const full = k === n;
            const sending = state.sends.some((s) => s.from === w && s.chunk === c);
            const receiving = state.sends.some((s) => s.to === w && s.chunk === c);
            return (
              <g key={c}>
                <motion.rect
                  x={gx(c) + 2}
                  y={gy(w)}
                  width={cw - 4}
                  height={ch}
                  rx={4}
                  fill="var(--c1)"
                  initial={false}
                  animate={{ fillOpacity: 0.08 + (0.5 * (k - 1)) / Math.max(1, n - 1) }}
                  transition={{ duration: dur }}
                  stroke={receiving ? 'var(--c2)' : full ? 'var(--c3)' : 'none'}
                  strokeWidth={receiving || full ? 2.5 : 0}
                  strokeDasharray={sending && !receiving ? '4 3' : undefined}
                />
                {sending ? <rect x={gx(c) + 2} y={gy(w)} width={cw - 4} height={ch} rx={4} fill="none" stroke="var(--c2)" strokeWidth={1.5} strokeDasharray="4 3" /> : null}
                {cell(row.slice(a, b), gx(c) + 2, gy(w))}
              </g>
            );
          })}
        </g>
      ))}
      {state.sends.map((s, i) => {
        const x = gx(s.chunk) + cw / 2;
        if (s.to === s.from + 1) {
          const y1 = gy(s.from) + ch;
          const y2 = gy(s.to);
          return <motion.path key={`${state.t}-${i}`} d={`M${x},${y1} L${x},${y2 - 1}`} className="ta-arrow" markerEnd="url(#ta-head)" initial={{ pathLength: reducedMotion ? 1 : 0 }} animate={{ pathLength: 1 }} transition={{ duration: dur }} />;
        }
        // the wrap-around link (last GPU → GPU 0) is the loop drawn on the left margin
        return null;
      })}
      <path
        d={`M${left - 6},${gy(n - 1) + ch / 2} C${left - 14},${gy(n - 1) + ch / 2} ${left - 14},${gy(n - 1) + ch / 2} ${left - 14},${gy(n - 1)} L${left - 14},${gy(0) + ch} C${left - 14},${gy(0) + ch / 2} ${left - 14},${gy(0) + ch / 2} ${left - 6},${gy(0) + ch / 2}`}
        className={state.sends.length ? 'ta-loop on' : 'ta-loop'}
        markerEnd="url(#ta-head)"
      />
      <text x={4} y={gy(n) + ch / 2 + 4} className="ta-label">
        {labels.sum}
      </text>
      {Array.from({ length: n }, (_, c) => {
        const [a, b] = chunkRange(len, n, c);
        return (
          <g key={c}>
            <rect x={gx(c) + 2} y={gy(n)} width={cw - 4} height={ch} rx={4} className="ta-sumcell" />
            {cell(trueSum.slice(a, b), gx(c) + 2, gy(n))}
          </g>
        );
      })}
      <defs>
        <marker id="ta-head" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--c2)" />
        </marker>
      </defs>
    </svg>
  );
}
