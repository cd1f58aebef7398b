import { useEffect, useMemo } from 'react';
import { fmt } from '../../i18n';
import type { SceneProps } from '../types';
import { Readout } from '../../ui/Readout';
import { useWidth } from '../../viz/useWidth';
import { formatBillions, formatGB } from './model/format';
import {
  GB,
  allStages,
  commElements,
  commFactor,
  maxPsi,
  partitioned,
  perDeviceBytes,
  placement,
  visibleDevices,
  type Stage,
} from './model/zero';
import type { ZeroParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { GpuBars } from './viz/GpuBars';
import { ShardBreakdown } from './viz/ShardBreakdown';
import { StrategyBars } from './viz/StrategyBars';
import { Zero3Step, type TrainPhase } from './viz/Zero3Step';
import './zero.css';

export type ZeroSceneProps = SceneProps<ZeroParams, StepId>;

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  replicated: ['mem-baseline', 'max-psi', 'mem-gpu'],
  zero1: ['mem-pos', 'reduction', 'comm'],
  zero2: ['mem-posg', 'reduction', 'comm'],
  zero3: ['mem-posgp', 'reduction', 'max-psi'],
  'z3-forward': ['comm', 'comm-gb', 'mem-gpu'],
  'z3-backward': ['comm', 'comm-gb', 'mem-gpu'],
  'z3-update': ['mem-gpu', 'comm', 'comm-gb'],
  offload: ['mem-gpu', 'mem-cpu', 'max-psi'],
};

const PHASE: Partial<Record<StepId, TrainPhase>> = { 'z3-forward': 'forward', 'z3-backward': 'backward', 'z3-update': 'update' };

/** Question 15: ZeRO's per-GPU memory, live from (Ψ, N_d, stage, K). Layout only; the arithmetic is in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, onReady }: ZeroSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width, height] = useWidth<HTMLDivElement>(800);

  useEffect(() => {
    onReady();
  }, [onReady]);

  const psi = Number(p.psi) * 1e9;
  const nd = Math.max(1, Number(p.nd) || 1);
  const stage = Math.min(3, Math.max(0, Number(p.stage) || 0)) as Stage;
  const k = Number(p.k);
  const gpuBytes = Number(p.gpu) * GB;
  const offload = Boolean(p.offload);

  const d = useMemo(() => {
    const all = allStages(psi, nd, k);
    const here = placement(psi, nd, k, stage, offload);
    const rows = ([0, 1, 2, 3] as Stage[]).map((s) => ({ bytes: perDeviceBytes(psi, nd, k, s), gpu: placement(psi, nd, k, s, offload).gpu.total }));
    return { all, here, rows, maxPsi: maxPsi(gpuBytes, nd, k, stage, offload) };
  }, [psi, nd, k, stage, offload, gpuBytes]);

  const narrow = width < 720;
  const sideW = embed ? Math.min(230, Math.floor(width * 0.36)) : narrow ? width : 300;
  const mainW = embed || !narrow ? width - sideW - 16 : width;
  const figH = embed ? Math.max(170, (height || 320) - 100) : narrow ? 340 : 390;
  const maxCols = Math.max(3, Math.floor((mainW - 44) / (embed ? 50 : 58)));
  const phase = PHASE[stepId];
  const devices = visibleDevices(nd, phase ? Math.min(maxCols, Math.max(3, Math.floor(mainW / 92))) : Math.min(maxCols, 9));

  const baseline = d.all[0];
  const gpuTotal = d.here.gpu.total;
  const stageShort = [L.dp, L.zero1, L.zero2, L.zero3];
  const readoutValues: Record<ReadoutKey, string> = {
    'mem-baseline': formatGB(d.all[0]),
    'mem-pos': formatGB(d.all[1]),
    'mem-posg': formatGB(d.all[2]),
    'mem-posgp': formatGB(d.all[3]),
    'mem-gpu': formatGB(gpuTotal),
    'mem-cpu': offload && stage === 0 ? L.needsZero : formatGB(d.here.cpu),
    reduction: `${Number((baseline / gpuTotal).toPrecision(3))}×`,
    'max-psi': formatBillions(d.maxPsi),
    comm: nd > 1 ? `${commFactor(stage)}Ψ` : '0',
    'comm-gb': formatGB(2 * commElements(psi, nd, stage)),
  };
  const keyReadouts = STEP_READOUTS[stepId] ?? [];
  const part = partitioned(stage);
  const full = { params: 2 * psi, grads: 2 * psi, optim: k * psi };

  const main = phase ? (
    <Zero3Step
      width={mainW}
      height={figH}
      phase={phase}
      nd={nd}
      devices={devices}
      offloaded={d.here.offloaded}
      sizes={{
        params: `${formatGB(d.here.gpu.params)} GB`,
        grads: `${formatGB(d.here.gpu.grads)} GB`,
        optim: `${formatGB(d.here.offloaded ? d.here.cpu : d.here.gpu.optim)} GB`,
      }}
      labels={{
        layers: L.layers,
        layer: L.layer,
        gpuShort: L.gpuShort,
        more: L.more,
        keep: L.keep,
        gathered: L.gathered,
        fullGrad: L.fullGrad,
        freed: L.freed,
        wire: L.wire,
        allGatherFwd: L.allGatherFwd,
        allGatherBwd: L.allGatherBwd,
        reduceScatter: L.reduceScatter,
        total: L.total3,
        dpTotal: L.dpTotal,
        update: L.update,
        cpu: L.cpuStep,
        forwardArrow: L.forwardArrow,
        backwardArrow: L.backwardArrow,
        title: fmt(L.stepAlt, { n: nd }),
      }}
      reducedMotion={reducedMotion}
    />
  ) : (
    <GpuBars
      width={mainW}
      height={figH}
      nd={nd}
      devices={devices}
      full={full}
      part={part}
      offloaded={d.here.offloaded}
      offloadIgnored={offload && stage === 0}
      gpuBytes={gpuBytes}
      gpuTotal={gpuTotal}
      cpuTotal={d.here.cpu}
      labels={{
        kinds: { params: L.params, grads: fmt(L.grads, {}), optim: fmt(L.optim, { k }) },
        replicated: L.replicated,
        gpu: L.gpu,
        gpuShort: L.gpuShort,
        more: L.more,
        memLine: L.memLine,
        cpu: L.cpuBand,
        axis: L.axis,
        fits: L.fits,
        overflows: L.overflows,
        shard: L.shard,
        offloadIgnored: L.offloadIgnored,
        title: fmt(L.barsAlt, { n: nd, stage: stageShort[stage] }),
      }}
      reducedMotion={reducedMotion}
    />
  );

  return (
    <div ref={wrapRef} className={embed ? 'zero embed-mode' : 'zero'}>
      <div className={narrow && !embed ? 'zero-grid narrow' : 'zero-grid'}>
        <figure className="zero-main" aria-label={L.figureAlt}>
          <figcaption className="zero-caption">
            {fmt(L.caption, { psi: formatBillions(psi), nd, stage: stageShort[stage], gb: formatGB(gpuTotal) })}
          </figcaption>
          {main}
        </figure>
        <div className="zero-side">
          <StrategyBars
            width={sideW}
            rows={d.rows.map((r, i) => ({ label: stageShort[i], ...r }))}
            selected={stage}
            gpuBytes={gpuBytes}
            offloaded={offload}
            title={fmt(L.strategiesTitle, { nd })}
            memLabel={fmt(L.memLineShort, { gb: Number(p.gpu) })}
            reducedMotion={reducedMotion}
            compact={embed}
          />
          {embed ? null : (
            <ShardBreakdown
              width={sideW}
              gpu={d.here.gpu}
              cpu={d.here.cpu}
              title={fmt(L.closeUp, { stage: stageShort[stage] })}
              short={{ params: L.shortP, grads: L.shortG, optim: L.shortO }}
              cpuLabel={L.shortCpu}
              reducedMotion={reducedMotion}
            />
          )}
          {embed ? null : <p className="zero-side-note">{L.sideNote}</p>}
        </div>
      </div>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((r) => !embed || keyReadouts.includes(r)).map((r) => (
          <Readout key={r} k={r} label={copy.readouts[r] ?? r} value={readoutValues[r]} emphasis={!embed && keyReadouts.includes(r)} />
        ))}
      </div>
    </div>
  );
}
