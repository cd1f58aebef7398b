import { motion } from 'framer-motion';
import { LinePlot } from '../../../viz/LinePlot';
import { trafficPerGpu } from '../model/ring';

export interface TrafficViewProps {
  n: number;
  width: number;
  labels: { ring: string; ps: string; server: string; ringEach: string; psServer: string; plotTitle: string; plotX: string; plotY: string; ringSeries: string; psSeries: string; current: string; title: string };
  reducedMotion: boolean;
  compact?: boolean;
}

function fmt(v: number): string {
  return String(+v.toFixed(2));
}

/** Ring vs parameter server on n GPUs: the two topologies, and traffic per step against N. */
export function TrafficView({ n, width, labels, reducedMotion, compact }: TrafficViewProps) {
  const side = width >= 560;
  const dw = side ? Math.floor(width / 2) - 8 : width;
  const dh = compact ? 150 : 190;
  const r = Math.max(40, Math.min(dw / 2 - 34, dh / 2 - 24));
  const tr = trafficPerGpu(n);
  const node = (i: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [dw / 2 + r * Math.cos(a), dh / 2 + 6 + r * Math.sin(a)] as const;
  };
  const dur = reducedMotion ? 0 : 0.4;
  const ring = (
    <svg width={dw} height={dh + 22} role="img" aria-label={labels.ring} className="ta-svg">
      <text x={dw / 2} y={12} textAnchor="middle" className="ta-row-title">
        {labels.ring}
      </text>
      {Array.from({ length: n }, (_, i) => {
        const [x1, y1] = node(i);
        const [x2, y2] = node((i + 1) % n);
        const k = 12 / Math.hypot(x2 - x1, y2 - y1);
        return <motion.line key={`${n}-${i}`} x1={x1 + (x2 - x1) * k} y1={y1 + (y2 - y1) * k} x2={x2 - (x2 - x1) * k} y2={y2 - (y2 - y1) * k} className="ta-arrow" markerEnd="url(#ta-head2)" initial={{ opacity: reducedMotion ? 1 : 0 }} animate={{ opacity: 1 }} transition={{ duration: dur }} />;
      })}
      {Array.from({ length: n }, (_, i) => {
        const [x, y] = node(i);
        return (
          <g key={i}>
            <circle cx={x} cy={y} r={10} className="ta-node" />
            <text x={x} y={y + 4} textAnchor="middle" className="ta-tiny">
              {i}
            </text>
          </g>
        );
      })}
      <text x={dw / 2} y={dh + 18} textAnchor="middle" className="ta-note">
        {labels.ringEach.split('{v}').join(fmt(tr.ringSent))}
      </text>
      <defs>
        <marker id="ta-head2" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--c2)" />
        </marker>
      </defs>
    </svg>
  );
  const ps = (
    <svg width={dw} height={dh + 22} role="img" aria-label={labels.ps} className="ta-svg">
      <text x={dw / 2} y={12} textAnchor="middle" className="ta-row-title">
        {labels.ps}
      </text>
      {Array.from({ length: n }, (_, i) => {
        const [x, y] = node(i);
        return <motion.line key={`${n}-${i}`} x1={dw / 2} y1={dh / 2 + 6} x2={x} y2={y} className="ta-wire thick ps" initial={{ opacity: reducedMotion ? 1 : 0 }} animate={{ opacity: 1 }} transition={{ duration: dur }} />;
      })}
      <rect x={dw / 2 - 24} y={dh / 2 - 5} width={48} height={22} rx={5} className="ta-server" />
      <text x={dw / 2} y={dh / 2 + 10} textAnchor="middle" className="ta-tiny strong">
        {labels.server}
      </text>
      {Array.from({ length: n }, (_, i) => {
        const [x, y] = node(i);
        return (
          <g key={i}>
            <circle cx={x} cy={y} r={10} className="ta-node" />
            <text x={x} y={y + 4} textAnchor="middle" className="ta-tiny">
              {i}
            </text>
          </g>
        );
      })}
      <text x={dw / 2} y={dh + 18} textAnchor="middle" className="ta-note">
        {labels.psServer.split('{v}').join(fmt(tr.psServerIn))}
      </text>
    </svg>
  );
  const Ns = Array.from({ length: 15 }, (_, i) => i + 2);
  return (
    <div className="ta-traffic">
      <div className={side ? 'ta-two' : 'ta-one'}>
        {ring}
        {ps}
      </div>
      {compact ? null : (
        <LinePlot
          width={Math.min(width, 560)}
          height={190}
          title={labels.plotTitle}
          xLabel={labels.plotX}
          yLabel={labels.plotY}
          reducedMotion={reducedMotion}
          xTicks={[2, 4, 6, 8, 10, 12, 14, 16]}
          series={[
            { label: labels.psSeries, color: 'var(--c5)', points: Ns.map((k) => ({ x: k, y: trafficPerGpu(k).psServerIn })) },
            { label: labels.ringSeries, color: 'var(--c1)', points: Ns.map((k) => ({ x: k, y: trafficPerGpu(k).ringSent })) },
          ]}
          marker={{ x: n, y: tr.ringSent, label: `${labels.current} N = ${n}` }}
        />
      )}
    </div>
  );
}
