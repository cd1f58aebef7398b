import { motion } from 'framer-motion';
import type { ReactNode } from 'react';
import { KIND_COLOR, flowLegend, textWidth } from './legend';

/** Which part of one ZeRO-3 training step is drawn. */
export type TrainPhase = 'forward' | 'backward' | 'update';

export interface Zero3StepProps {
  width: number;
  height: number;
  phase: TrainPhase;
  nd: number;
  devices: (number | null)[];
  offloaded: boolean;
  /** Per-GPU persistent shard sizes, already formatted (e.g. "0.23 GB"). */
  sizes: { params: string; grads: string; optim: string };
  labels: {
    layers: string;
    layer: string;
    gpuShort: string;
    more: string;
    keep: string;
    gathered: string;
    fullGrad: string;
    freed: string;
    wire: string;
    allGatherFwd: string;
    allGatherBwd: string;
    reduceScatter: string;
    total: string;
    dpTotal: string;
    update: string;
    cpu: string;
    forwardArrow: string;
    backwardArrow: string;
    title: string;
  };
  reducedMotion: boolean;
}

const LAYERS = 4;
const CUR_LAYER: Record<TrainPhase, number> = { forward: 1, backward: 2, update: -1 };

/**
 * One ZeRO-3 training step, schematic (not to scale): a strip of model layers with the current one
 * lit; each GPU box with its own 1/N_d shards (P, G, O) and a working buffer; the wire below them
 * with the packets of the collective that is running (all-gather of parameters, reduce-scatter of
 * gradients); a tally of the volume, 3Ψ, against plain DP's 2Ψ.
 */
export function Zero3Step({ width, height, phase, nd, devices, offloaded, sizes, labels: L, reducedMotion }: Zero3StepProps) {
  const m = { left: 4, right: 4 };
  const W = width - m.left - m.right;
  // natural layout from the top; compact (no per-GPU size line, no buffer legend) when the slot is short
  const compact = height < 290;
  const layerY = 18;
  const layerH = compact ? 18 : 22;
  const infoY = layerY + layerH + 16;
  const legendItems = phase === 'update' ? [] : phase === 'forward' ? [L.gathered] : [L.gathered, L.fullGrad];
  const legendAt = flowLegend(legendItems, W, m.left);
  const legendRows = legendItems.length ? legendAt[legendAt.length - 1].row / 15 + 1 : 0;
  const boxTop = compact ? infoY - 6 : infoY + 8 + legendRows * 15;
  const boxH = phase === 'backward' ? 84 : 66;
  const busY = boxTop + boxH + (compact ? 18 : 24);
  const cpuH = offloaded ? 22 : 0;
  const tallyY = busY + 14 + cpuH + (compact ? 4 : 8);
  const tallyLabels = [L.allGatherFwd, L.allGatherBwd, L.reduceScatter];
  // three boxes side by side when their labels fit, else one per row
  const stackTally = Math.max(...tallyLabels.map((t) => textWidth(t, 10.5))) + 8 > (W - 4) / 3;
  const rowH = compact ? 22 : 26;
  const tallyH = (stackTally ? 3 * rowH : rowH) + (compact ? 18 : 20);
  const svgH = tallyY + tallyH;
  const nCols = devices.length;
  const gaps = devices.filter((d) => d === null).length;
  const unit = W / (nCols - gaps * 0.45);
  const colX: number[] = [];
  let acc = m.left;
  for (const d of devices) {
    const w = d === null ? unit * 0.55 : unit;
    colX.push(acc + w / 2);
    acc += w;
  }
  const boxW = Math.min(unit - 8, 150);
  const shown = devices.filter((d) => d !== null) as number[];
  const narrow = boxW < 70;
  const cur = CUR_LAYER[phase];

  // layer strip
  const lw = Math.min(70, (W - 30) / LAYERS);
  const lx0 = m.left + (W - lw * LAYERS) / 2;
  const layerStrip = (
    <g>
      <text x={m.left} y={11} className="chart-title">
        {L.layers} {phase === 'forward' ? L.forwardArrow : phase === 'backward' ? L.backwardArrow : ''}
      </text>
      {Array.from({ length: LAYERS }, (_, i) => (
        <g key={i}>
          <rect
            x={lx0 + i * lw + 2}
            y={layerY}
            width={lw - 4}
            height={layerH}
            rx={4}
            fill={i === cur ? 'var(--hl)' : 'var(--surface-2)'}
            fillOpacity={i === cur ? 0.35 : 1}
            stroke={i === cur ? 'var(--hl)' : 'var(--border)'}
            strokeWidth={i === cur ? 2 : 1}
          />
          <text x={lx0 + i * lw + lw / 2} y={layerY + layerH / 2 + 4} textAnchor="middle" className="diagram-text">
            {L.layer}
            {i + 1}
          </text>
        </g>
      ))}
    </g>
  );

  // chips inside a GPU box
  const chipRow = (x: number, yy: number, w: number, d: number): ReactNode => {
    const kinds = offloaded ? (['params', 'grads'] as const) : (['params', 'grads', 'optim'] as const);
    const cw = (w - 4 * (kinds.length - 1)) / kinds.length;
    const hl = phase === 'update';
    return kinds.map((k, i) => (
      <g key={k}>
        <rect
          x={x + i * (cw + 4)}
          y={yy}
          width={cw}
          height={16}
          rx={3}
          fill={KIND_COLOR[k]}
          stroke={hl ? 'var(--text)' : 'none'}
          strokeWidth={hl ? 1.5 : 0}
        />
        <text x={x + i * (cw + 4) + cw / 2} y={yy + 12} textAnchor="middle" className={k === 'params' ? 'zero-chip light' : 'zero-chip'}>
          {k === 'params' ? 'P' : k === 'grads' ? 'G' : 'O'}
          {narrow ? '' : String(d)}
        </text>
      </g>
    ));
  };

  const tr = reducedMotion ? { duration: 0 } : { duration: 0.5 };
  const bufY = (top: number) => top + 44;
  const segs = Math.min(nd, 8);

  // a wide buffer drawn as N segments (one per owner shard)
  const buffer = (x: number, yy: number, w: number, color: string, label: string, dashed: boolean) => (
    <g>
      {Array.from({ length: segs }, (_, i) => (
        <rect
          key={i}
          x={x + (i * w) / segs}
          y={yy}
          width={w / segs}
          height={14}
          fill={dashed ? 'none' : color}
          fillOpacity={0.85}
          stroke={dashed ? color : 'var(--surface)'}
          strokeDasharray={dashed ? '3 2' : undefined}
        />
      ))}
      <title>{label}</title>
    </g>
  );

  const boxes = devices.map((d, ci) => {
    const cx = colX[ci];
    if (d === null)
      return (
        <g key="gap">
          <text x={cx} y={boxTop + boxH / 2} textAnchor="middle" className="zero-ellipsis">
            ⋯
          </text>
          <text x={cx} y={boxTop + boxH / 2 + 16} textAnchor="middle" className="tick-label">
            {L.more.replace('{n}', String(nd - shown.length))}
          </text>
        </g>
      );
    const x = cx - boxW / 2;
    const inner = x + 6;
    const iw = boxW - 12;
    const by = bufY(boxTop);
    return (
      <g key={d}>
        <rect x={x} y={boxTop} width={boxW} height={boxH} rx={6} fill="var(--surface)" stroke="var(--muted)" />
        <text x={x + 6} y={boxTop + 14} className="diagram-text">
          {L.gpuShort} {d}
        </text>
        {chipRow(inner, boxTop + 20, iw, d)}
        {phase === 'forward' ? buffer(inner, by, iw, KIND_COLOR.params, L.gathered, false) : null}
        {phase === 'backward' ? (
          <>
            {buffer(inner, by, iw, KIND_COLOR.params, L.gathered, false)}
            {buffer(inner, by + 18, iw, KIND_COLOR.grads, L.fullGrad, false)}
          </>
        ) : null}
        {phase === 'update' ? (
          <text x={cx} y={by + 10} textAnchor="middle" className="zero-small">
            {textWidth(L.update) + 8 > boxW ? 'P ← Adam' : L.update}
          </text>
        ) : null}
        {offloaded ? (
          <g>
            <line x1={cx} x2={cx} y1={boxTop + boxH} y2={busY + 14} stroke="var(--c3)" strokeDasharray="2 2" />
          </g>
        ) : null}
        <line x1={cx} x2={cx} y1={boxTop + boxH} y2={busY} stroke="var(--muted)" />
      </g>
    );
  });

  // packets on the wire
  const packets: ReactNode[] = [];
  if (phase !== 'update' && shown.length > 1) {
    const pairs: { from: number; to: number; color: string; key: string }[] = [];
    const colOf = (d: number) => colX[devices.indexOf(d)];
    for (const s of shown)
      for (const t of shown)
        if (s !== t) {
          pairs.push({ from: colOf(s), to: colOf(t), color: KIND_COLOR.params, key: `ag-${s}-${t}` });
          if (phase === 'backward') pairs.push({ from: colOf(s), to: colOf(t), color: KIND_COLOR.grads, key: `rs-${s}-${t}` });
        }
    pairs.forEach((p, i) => {
      const off = p.key.startsWith('rs') ? 7 : -7;
      if (reducedMotion) {
        // static: a short arrow leaving each source towards the destination
        const dir = Math.sign(p.to - p.from);
        packets.push(<rect key={p.key} x={p.from + dir * 10 - 5} y={busY + off - 4} width={10} height={7} fill={p.color} />);
        return;
      }
      packets.push(
        <motion.rect
          key={p.key}
          width={10}
          height={7}
          y={busY + off - 4}
          fill={p.color}
          initial={{ x: p.from - 5, opacity: 0 }}
          animate={{ x: [p.from - 5, p.to - 5], opacity: [0, 1, 1, 0] }}
          transition={{ duration: 1.8, repeat: Infinity, repeatDelay: 0.4, delay: (i % 6) * 0.12, ease: 'easeInOut' }}
        />,
      );
    });
  }

  // tally
  const items = [
    { t: L.allGatherFwd, on: phase === 'forward', c: KIND_COLOR.params },
    { t: L.allGatherBwd, on: phase === 'backward', c: KIND_COLOR.params },
    { t: L.reduceScatter, on: phase === 'backward', c: KIND_COLOR.grads },
  ];
  const tw = stackTally ? W - 2 : (W - 4) / 3;
  const tally = (
    <g>
      {items.map((it, i) => {
        const bx = stackTally ? m.left + 1 : m.left + i * tw + 1;
        const by = stackTally ? tallyY + i * rowH : tallyY;
        return (
          <g key={i}>
            <motion.rect
              initial={false}
              animate={{ opacity: it.on ? 1 : 0.45 }}
              transition={tr}
              x={bx}
              y={by}
              width={tw - 4}
              height={rowH - 4}
              rx={4}
              fill="var(--surface-2)"
              stroke={it.on ? it.c : 'var(--border)'}
              strokeWidth={it.on ? 2 : 1}
            />
            <text x={bx + (tw - 4) / 2} y={by + rowH / 2 + 2} textAnchor="middle" className="zero-small">
              {it.t}
            </text>
          </g>
        );
      })}
      <text x={m.left} y={tallyY + (stackTally ? 3 * rowH : rowH) + 12} className="zero-small strong">
        {L.total} · {L.dpTotal}
      </text>
    </g>
  );

  return (
    <svg width={width} height={svgH} role="img" aria-label={L.title} className="chart zero-step">
      {layerStrip}
      {boxes}
      <line x1={m.left} x2={width - m.right} y1={busY} y2={busY} stroke="var(--text)" strokeWidth={2} />
      <text x={width - m.right} y={busY - 6} textAnchor="end" className="zero-small zero-halo">
        {L.wire}
      </text>
      {packets}
      {offloaded ? (
        <g>
          <rect x={m.left} y={busY + 16} width={W} height={cpuH - 4} rx={4} fill="var(--surface-2)" stroke="var(--c3)" strokeDasharray="3 2" />
          <text x={m.left + 6} y={busY + 16 + cpuH / 2 + 2} className="zero-small">
            {L.cpu.replace('{gb}', sizes.optim)}
          </text>
        </g>
      ) : null}
      {compact ? null : (
        <text x={m.left} y={infoY} className="zero-small">
          {L.keep.replace('{p}', sizes.params).replace('{g}', sizes.grads).replace('{o}', sizes.optim)}
        </text>
      )}
      {compact
        ? null
        : legendItems.map((t, i) => (
            <g key={t} transform={`translate(${legendAt[i].x},${infoY + 16 + legendAt[i].row})`}>
              <rect width={10} height={10} y={-9} fill={i === 0 ? KIND_COLOR.params : KIND_COLOR.grads} />
              <text x={14} className="legend">
                {t}
              </text>
            </g>
          ))}
      {tally}
    </svg>
  );
}
