import { useEffect, useMemo, useRef, useState } from 'react';
import { ensureTf } from '../../compute/tf';
import { fmt } from '../../i18n';
import type { SceneProps } from '../types';
import { Readout } from '../../ui/Readout';
import { useWidth } from '../../viz/useWidth';
import { computeGradients, type GradData } from './model/gradients';
import { computePrecision, computeSystems, HORIZON, normalisedUpdates } from './model/sceneData';
import type { AccelParams } from './params';
import type { ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { MasterWeights } from './viz/MasterWeights';
import { ParallelismDiagram } from './viz/ParallelismDiagram';
import { PipelineTimeline } from './viz/PipelineTimeline';
import { PrecisionView } from './viz/PrecisionView';
import { RingView } from './viz/RingView';
import { TrafficView } from './viz/TrafficView';
import { UpdateTimelines } from './viz/UpdateTimelines';
import './scene.css';

export type AccelSceneProps = SceneProps<AccelParams, StepId>;

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  parallelism: ['model-share', 'ring-bytes'],
  ring: ['ring-step', 'ring-error', 'ring-bytes'],
  'ring-vs-ps': ['ring-bytes', 'ps-bytes'],
  pipeline: ['bubble-formula', 'bubble-drawn', 'inflight'],
  'mixed-precision': ['fp16-underflow', 'fp16-overflow', 'bf16-underflow'],
  'master-weights': ['lost-fp16', 'lost-fp32'],
  async: ['sync-idle', 'stale-mean', 'stale-max'],
};

/** Readout groups on the page (every readout is always shown, so every parameter visibly moves one). */
const GROUPS: { label: string; keys: ReadoutKey[] }[] = [
  { label: 'groupParallel', keys: ['model-share', 'ring-step', 'ring-error', 'ring-bytes', 'ps-bytes'] },
  { label: 'groupPipeline', keys: ['bubble-formula', 'bubble-drawn', 'inflight'] },
  { label: 'groupPrecision', keys: ['fp16-underflow', 'fp16-overflow', 'bf16-underflow', 'lost-fp16', 'lost-fp32'] },
  { label: 'groupUpdates', keys: ['sync-idle', 'stale-mean', 'stale-max'] },
];

function pct(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0%';
  if (v < 0.001) return '<0.1%';
  return `${(v * 100).toFixed(digits)}%`;
}

function dec(v: number, d = 2): string {
  return String(+v.toFixed(d));
}

/** Question 5: training-acceleration frameworks. Layout only; the math is in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, setParams, onReady, onError, onPending }: AccelSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [grad, setGrad] = useState<{ seed: number; data: GradData; ghat: Float32Array } | null>(null);
  const [wrapRef, width] = useWidth<HTMLDivElement>(800);
  const [ringPlay, setRingPlay] = useState(false);

  // Real gradients (tfjs) depend only on the seed: recomputed when it changes, at most once per frame.
  useEffect(() => {
    let live = true;
    let frame = 0;
    onPending(true);
    ensureTf()
      .then(() => {
        if (!live) return;
        frame = requestAnimationFrame(() => {
          if (!live) return;
          computeGradients(p.seed).then(
            (data) => {
              if (!live) return;
              setGrad({ seed: p.seed, data, ghat: normalisedUpdates(data) });
              onPending(false);
            },
            (e: unknown) => live && onError(e),
          );
        });
      })
      .catch((e: unknown) => live && onError(e));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [p.seed, onError, onPending]);

  useEffect(() => {
    if (grad) onReady();
  }, [grad, onReady]);

  // While the gradients for a new seed are computed, the whole figure and every readout keep showing
  // the last complete state (params whose seed matches the gradients), then switch at once: never a
  // mix of new arithmetic and old gradients.
  const shownRef = useRef<AccelParams | null>(null);
  if (grad && grad.seed === p.seed) shownRef.current = p;
  const q = shownRef.current ?? p;
  const sys = useMemo(
    () => computeSystems({ n: q.n, t: q.t, p: q.p, m: q.m, straggler: q.straggler, seed: q.seed }),
    [q.n, q.t, q.p, q.m, q.straggler, q.seed],
  );
  const prec = useMemo(() => (grad ? computePrecision(grad.data, q.scale, q.lr, grad.ghat) : null), [grad, q.scale, q.lr]);

  // The ring's own play button: advance t every 700 ms up to 2(N−1).
  const ringMax = 2 * (q.n - 1);
  const tNow = Math.min(q.t, ringMax);
  const tRef = useRef(tNow);
  tRef.current = tNow;
  useEffect(() => {
    if (!ringPlay) return;
    if (tRef.current >= ringMax) setParams({ t: 0 });
    const id = window.setInterval(() => {
      const next = tRef.current + 1;
      if (next > ringMax) {
        setRingPlay(false);
        return;
      }
      setParams({ t: next });
    }, 700);
    return () => window.clearInterval(id);
  }, [ringPlay, ringMax, setParams]);
  useEffect(() => {
    if (stepId !== 'ring') setRingPlay(false);
  }, [stepId]);

  if (!grad || !prec) {
    return (
      <div ref={wrapRef} className="ta-root">
        <p className="loading">…</p>
      </div>
    );
  }

  const sel = q.schedule === '1f1b' ? sys.onefoneb : sys.gpipe;
  const total = prec.counts.total;
  const countPct = (c: number) => `${c} (${pct(c / total)})`;
  const values: Record<ReadoutKey, string> = {
    'model-share': pct(1 / q.n, 1),
    'ring-step': `${tNow}/${ringMax}`,
    'ring-error': dec(sys.ringError, 6),
    'ring-bytes': dec(sys.traffic.ringSent, 3),
    'ps-bytes': String(sys.traffic.psServerIn),
    'bubble-formula': pct(sys.bubble),
    'bubble-drawn': pct(sel.bubble),
    inflight: String(sel.peakInFlight[0]),
    'fp16-underflow': countPct(prec.counts.underflow),
    'fp16-overflow': countPct(prec.counts.overflow),
    'bf16-underflow': countPct(prec.counts.bf16Underflow + prec.counts.bf16Overflow),
    'lost-fp16': pct(prec.lost16),
    'lost-fp32': pct(prec.lost32, 2),
    'sync-idle': pct(sys.sync.idle),
    'stale-mean': dec(sys.async.meanStaleness, 2),
    'stale-max': String(sys.async.maxStaleness),
  };
  const key = STEP_READOUTS[stepId] ?? [];
  const w = Math.max(260, width);

  const figure = () => {
    switch (stepId) {
      case 'parallelism':
        return (
          <ParallelismDiagram
            n={q.n}
            width={w}
            compact={embed}
            reducedMotion={reducedMotion}
            labels={{ dp: L.dp, tp: L.tp, pp: L.pp, dpWire: L.dpWire, tpWire: L.tpWire, ppWire: L.ppWire, gpu: L.gpu, shard: L.shard, fullBatch: L.fullBatch, microBatches: L.microBatches, title: L.parallelTitle }}
          />
        );
      case 'ring': {
        const rs = sys.ring;
        const phase =
          tNow === 0
            ? L.notStarted
            : tNow <= q.n - 1
              ? `${L.reduceScatter} · ${fmt(L.stepOf, { k: tNow, n: q.n - 1 })}`
              : tNow < ringMax
                ? `${L.allGather} · ${fmt(L.stepOf, { k: tNow - (q.n - 1), n: q.n - 1 })}`
                : L.done;
        return (
          <div>
            <div className="ta-ringbar">
              <button type="button" className="btn small" aria-label={L.prevRing} disabled={tNow === 0} onClick={() => setParams({ t: tNow - 1 })}>
                ‹
              </button>
              <button type="button" className="btn small" aria-label={ringPlay ? L.pauseRing : L.playRing} aria-pressed={ringPlay} onClick={() => setRingPlay((v) => !v)}>
                {ringPlay ? '❚❚' : '▶'}
              </button>
              <button type="button" className="btn small" aria-label={L.nextRing} disabled={tNow >= ringMax} onClick={() => setParams({ t: tNow + 1 })}>
                ›
              </button>
              <span className="ta-phase" aria-live="polite">
                {phase}
              </span>
            </div>
            <RingView state={rs} trueSum={sys.trueSum} width={w} compact={embed} reducedMotion={reducedMotion} labels={{ gpu: L.gpu, chunk: L.chunk, sum: L.sum, title: L.ringTitle }} />
            {embed ? null : (
              <div className="ta-legend">
                <span>
                  <span className="ta-sw" style={{ background: 'var(--c1)', opacity: 0.5 }} />
                  {L.legendShade}
                </span>
                <span>
                  <span className="ta-sw" style={{ border: '2px solid var(--c3)' }} />
                  {L.legendFull}
                </span>
                <span>
                  <span className="ta-sw" style={{ border: '2px dashed var(--c2)' }} />
                  {L.legendSend}
                </span>
              </div>
            )}
          </div>
        );
      }
      case 'ring-vs-ps':
        return (
          <TrafficView
            n={q.n}
            width={w}
            compact={embed}
            reducedMotion={reducedMotion}
            labels={{ ring: L.ring, ps: L.ps, server: L.server, ringEach: L.ringEach, psServer: L.psServer, plotTitle: L.plotTitle, plotX: L.plotX, plotY: L.plotY, ringSeries: L.ringSeries, psSeries: L.psSeries, current: L.current, title: L.trafficTitle }}
          />
        );
      case 'pipeline':
        return (
          <PipelineTimeline
            timeline={sel}
            gpipe={sys.gpipe}
            onefoneb={sys.onefoneb}
            selected={q.schedule}
            width={w}
            compact={embed}
            reducedMotion={reducedMotion}
            labels={{ stage: L.stage, time: L.time, fwd: L.fwd, bwd: L.bwd, bubble: L.bubble, inflight: L.inflight, gpipe: L.gpipe, onefoneb: L.onefoneb, title: L.pipelineTitle }}
          />
        );
      case 'mixed-precision':
        return (
          <div>
            <PrecisionView
            hist={prec.hist}
            range={prec.range}
            scale={q.scale}
            width={w}
            compact={embed}
            reducedMotion={reducedMotion}
            labels={{ lines: L.lines, hist: L.hist, zero: L.zero, subnormal: L.subnormal, normal: L.normal, inf: L.inf, grads: L.grads, max: L.max, minNormal: L.minNormal, minSub: L.minSub, axis: L.axis, title: L.precisionTitle }}
            />
            <div className="ta-legend">
              <span>
                <span className="ta-sw" style={{ background: 'var(--c2)', opacity: 0.45, border: '1px solid var(--c2)' }} />
                {L.grads}
              </span>
              <span>
                <span className="ta-sw" style={{ background: 'var(--c6)', opacity: 0.6 }} />
                {L.subRange}
              </span>
              <span>
                <span className="ta-sw" style={{ background: 'var(--c1)' }} />
                {L.normalRange}
              </span>
            </div>
          </div>
        );
      case 'master-weights':
        return (
          <div>
            <MasterWeights
            data={prec}
            lr={q.lr}
            width={w}
            compact={embed}
            reducedMotion={reducedMotion}
            labels={{ zoom: L.zoom, w: L.w, exact: L.exact, fp16: L.fp16, fp32: L.fp32, grid: L.grid, trend: L.trend, steps: L.steps, title: L.masterTitle }}
            />
            <div className="ta-legend">
              <span>
                <span className="ta-sw" style={{ background: 'var(--c5)', opacity: 0.3 }} />
                {L.zone}
              </span>
              <span>
                <span className="ta-sw" style={{ background: 'var(--c1)' }} />
                {L.fp32}
              </span>
              <span>
                <span className="ta-sw" style={{ border: '2px dashed var(--c5)' }} />
                {L.fp16}
              </span>
            </div>
          </div>
        );
      case 'async':
      default:
        return (
          <UpdateTimelines
            sync={sys.sync}
            async={sys.async}
            horizon={HORIZON}
            width={w}
            compact={embed}
            reducedMotion={reducedMotion}
            labels={{ sync: L.sync, async: L.async, worker: L.worker, idle: L.idle, barrier: L.barrier, staleness: L.staleness, time: L.time, title: L.updatesTitle }}
          />
        );
    }
  };

  return (
    <div ref={wrapRef} className={embed ? 'ta-root embed-mode' : 'ta-root'}>
      <figure className="ta-fig" aria-label={copy.steps[stepId]?.title}>
        {figure()}
      </figure>
      {embed ? (
        <div className="readouts compact" aria-label="readouts">
          {key.map((k) => (
            <Readout key={k} k={k} label={copy.readouts[k] ?? k} value={values[k]} />
          ))}
        </div>
      ) : (
        <div className="ta-groups" aria-label="readouts">
          {GROUPS.map((g) => (
            <div key={g.label} className="ta-group">
              <p className="ta-group-title">{L[g.label]}</p>
              <div className="readouts compact">
                {g.keys.map((k) => (
                  <Readout key={k} k={k} label={copy.readouts[k] ?? k} value={values[k]} emphasis={key.includes(k)} />
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
