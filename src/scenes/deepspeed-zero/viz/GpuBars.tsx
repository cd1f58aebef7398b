import { scaleLinear } from 'd3';
import { motion } from 'framer-motion';
import { Axis } from '../../../viz/Axis';
import { formatGB } from '../model/format';
import { GB } from '../model/zero';
import { KINDS, KIND_COLOR, flowLegend, type Kind } from './legend';

export interface GpuBarsProps {
  width: number;
  height: number;
  nd: number;
  /** Device indices to draw; null = the ellipsis column. */
  devices: (number | null)[];
  /** Unpartitioned bytes of each kind on one device: 2Ψ, 2Ψ, KΨ. */
  full: Record<Kind, number>;
  /** Which kinds the stage partitions. */
  part: Record<Kind, boolean>;
  /** Whether the optimizer partition sits in CPU memory. */
  offloaded: boolean;
  /** Offload was asked for at stage 0, where it does not apply. */
  offloadIgnored: boolean;
  gpuBytes: number;
  /** Per-device GPU bytes (model states) and CPU bytes of the current configuration. */
  gpuTotal: number;
  cpuTotal: number;
  labels: {
    kinds: Record<Kind, string>;
    replicated: string;
    gpu: string;
    gpuShort: string;
    more: string;
    memLine: string;
    cpu: string;
    axis: string;
    fits: string;
    overflows: string;
    shard: string;
    offloadIgnored: string;
    title: string;
  };
  reducedMotion: boolean;
}

/**
 * N_d GPUs side by side, each with a stacked bar of its model states (fp16 params, fp16 grads,
 * optimizer states) on a common GB scale. A partitioned kind keeps 1/N_d on each GPU: the other
 * shards slide off towards their owners and fade; the dashed outline is the replicated footprint.
 * With offload the optimizer partition drops into a CPU-memory band below the GPUs.
 */
export function GpuBars(props: GpuBarsProps) {
  const { width, height, nd, devices, full, part, offloaded, offloadIgnored, gpuBytes, gpuTotal, cpuTotal, labels: L, reducedMotion } = props;
  const fits = gpuTotal <= gpuBytes;
  const memText = `${L.memLine.replace('{gb}', String(gpuBytes / GB))} · ${fits ? L.fits : L.overflows}`;
  const legendLabels = [...KINDS.map((k) => L.kinds[k]), L.replicated, memText];
  const legendAt = flowLegend(legendLabels, width - 4, 4);
  const legendH = legendAt[legendAt.length - 1].row + 18;
  const cpuH = offloaded ? 44 : 0;
  const m = { top: legendH + 26, right: 8, bottom: 22 + cpuH, left: 40 };
  const plotW = Math.max(60, width - m.left - m.right);
  const bottom = height - m.bottom;
  const fullTotal = full.params + full.grads + full.optim;
  const y = scaleLinear()
    .domain([0, Math.max(fullTotal, gpuBytes) * 1.04])
    .range([bottom, m.top]);
  const h = (b: number) => Math.max(0, y(0) - y(b));
  // Column widths: the ellipsis column is narrower.
  const nCols = devices.length;
  const gapCols = devices.filter((d) => d === null).length;
  const unit = plotW / (nCols - gapCols * 0.4);
  const colX: number[] = [];
  let acc = m.left;
  for (const d of devices) {
    const w = d === null ? unit * 0.6 : unit;
    colX.push(acc + w / 2);
    acc += w;
  }
  const bw = Math.min(unit * 0.58, 56);
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.7, ease: [0.4, 0, 0.2, 1] as const };
  const shownCount = devices.filter((d) => d !== null).length;
  const narrowCol = unit < 52;
  const cpuY = bottom + 22;

  return (
    <svg width={width} height={height} role="img" aria-label={L.title} className="chart zero-bars">
      {/* legend */}
      {legendLabels.map((l, i) => (
        <g key={l} transform={`translate(${legendAt[i].x},${legendAt[i].row + 12})`}>
          {i < KINDS.length ? (
            <rect width={10} height={10} y={-9} fill={KIND_COLOR[KINDS[i]]} />
          ) : i === KINDS.length ? (
            <rect width={10} height={10} y={-9} fill="none" stroke="var(--muted)" strokeDasharray="3 2" />
          ) : (
            <line x1={0} x2={11} y1={-4} y2={-4} stroke="var(--c5)" strokeWidth={2} strokeDasharray="4 2" />
          )}
          <text x={14} className={i === KINDS.length + 1 ? 'legend zero-memline' : 'legend'}>
            {l}
          </text>
        </g>
      ))}
      <text x={4} y={m.top - 10} className="axis-label">
        {L.axis}
      </text>
      <Axis scale={y} orient="left" x={m.left - 4} ticks={4} format={(v) => formatGB(v)} />

      {offloaded ? (
        <g>
          <rect x={m.left} y={cpuY} width={plotW} height={cpuH} rx={4} fill="var(--surface-2)" stroke="var(--border)" />
          <text x={m.left + 4} y={cpuY + 12} className="zero-cpu">
            {L.cpu.replace('{gb}', formatGB(cpuTotal))}
          </text>
        </g>
      ) : null}
      {devices.map((d, ci) => {
        const cx = colX[ci];
        if (d === null) {
          return (
            <g key="gap">
              <text x={cx} y={bottom - 20} textAnchor="middle" className="zero-ellipsis">
                ⋯
              </text>
              <text x={cx} y={bottom + 15} textAnchor="middle" className="tick-label">
                {L.more.replace('{n}', String(nd - shownCount))}
              </text>
            </g>
          );
        }
        const x0 = cx - bw / 2;
        let cursor = bottom;
        const rects: React.ReactNode[] = [];
        const slide = (ci < nCols / 2 ? 1 : -1) * unit * 0.55;
        for (const k of KINDS) {
          const mine = full[k] / nd;
          const rest = full[k] - mine;
          const isPart = part[k] && nd > 1;
          const toCpu = k === 'optim' && offloaded;
          const mineY = cursor - h(mine);
          const restY = mineY - h(rest);
          // others' shards: on top of mine while replicated; slide towards their owners and fade once partitioned
          rects.push(
            <motion.rect
              key={`${k}-rest`}
              initial={false}
              animate={{ x: isPart || toCpu ? x0 + slide : x0, y: restY, height: h(rest), opacity: isPart || toCpu ? 0 : 1 }}
              transition={tr}
              width={bw}
              fill={KIND_COLOR[k]}
              fillOpacity={0.9}
            />,
          );
          rects.push(
            <motion.rect
              key={`${k}-mine`}
              initial={false}
              animate={toCpu ? { x: x0, y: cpuY + 17, height: cpuH - 21, opacity: 1 } : { x: x0, y: mineY, height: h(mine), opacity: 1 }}
              transition={tr}
              width={bw}
              fill={KIND_COLOR[k]}
              stroke={isPart ? 'var(--surface)' : 'none'}
              strokeWidth={isPart ? 1 : 0}
            />,
          );
          if (!toCpu) cursor = isPart ? mineY : restY;
        }
        const topY = cursor;
        const label = `${fits ? '✓' : '✗'} ${formatGB(gpuTotal)}`;
        return (
          <g key={d}>
            <rect
              x={x0 - 2}
              y={y(fullTotal)}
              width={bw + 4}
              height={h(fullTotal)}
              fill="none"
              stroke="var(--muted)"
              strokeDasharray="4 3"
              opacity={topY > y(fullTotal) + 1 ? 1 : 0}
            />
            {rects}
            {!fits ? <rect x={x0 - 1} y={topY} width={bw + 2} height={bottom - topY} fill="none" stroke="var(--c5)" strokeWidth={2} /> : null}
            <motion.text
              initial={false}
              animate={{ y: topY - 5 }}
              transition={tr}
              x={cx}
              textAnchor="middle"
              className={fits ? 'zero-total' : 'zero-total over'}
            >
              {narrowCol ? formatGB(gpuTotal) : label}
            </motion.text>
            <text x={cx} y={bottom + 15} textAnchor="middle" className="tick-label">
              {narrowCol ? String(d) : `${L.gpuShort} ${d}`}
            </text>
            {part.optim && nd > 1 && !narrowCol ? (
              <title>{L.shard.replace('{i}', String(d + 1)).replace('{n}', String(nd))}</title>
            ) : null}
          </g>
        );
      })}

      {/* GPU memory line */}
      <line x1={m.left} x2={width - m.right} y1={y(gpuBytes)} y2={y(gpuBytes)} stroke="var(--c5)" strokeWidth={1.5} strokeDasharray="6 3" />

      {offloadIgnored ? (
        <text x={m.left + 4} y={m.top + 4} className="zero-note">
          {L.offloadIgnored}
        </text>
      ) : null}
    </svg>
  );
}
