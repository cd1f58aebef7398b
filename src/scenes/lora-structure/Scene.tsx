import { useEffect, useMemo, useState } from 'react';
import { ensureTf } from '../../compute/tf';
import { fmt } from '../../i18n';
import { Readout } from '../../ui/Readout';
import { useWidth } from '../../viz/useWidth';
import type { SceneProps } from '../types';
import { computeLoraScene, type LoraSceneData } from './model/sceneData';
import { loraBudget, PRESETS, type Target } from './model/presets';
import { targetsOf, toggleTarget, type LoraParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { BlockBudget } from './viz/BlockBudget';
import { ForwardPath } from './viz/ForwardPath';
import { LoraEquation, layoutEquation } from './viz/LoraEquation';
import './lora.css';

export type LoraSceneProps = SceneProps<LoraParams, StepId>;

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  decompose: ['lora-params', 'dense-params', 'param-ratio', 'fit-error'],
  init: ['init-delta', 'lora-params', 'scale'],
  'outer-products': ['lora-params', 'delta-max', 'fit-error'],
  merge: ['scale', 'delta-max', 'unmerge-diff'],
  forward: ['merge-diff', 'branch-ratio', 'scale'],
  placement: ['per-layer', 'trainable', 'trainable-pct', 'adapter-size'],
};

const int = (n: number) => Math.round(n).toLocaleString('en-US');
/** Parameter counts as the paper prints them: 4.7M, 37.7M, 1.2K. */
function compact(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)}B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e8 ? 0 : 1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)}K`;
  return int(n);
}
function sig(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-3) return v.toExponential(1);
  return Number(v.toPrecision(digits)).toString();
}
function bytes(n: number): string {
  if (n >= 1e9) return `${sig(n / 1e9)} GB`;
  if (n >= 1e6) return `${sig(n / 1e6)} MB`;
  return `${sig(n / 1e3)} KB`;
}

/** Question 18: W = W₀ + (α/r)·BA, live. Layout only; the math is in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, setParams, onReady, onError, onPending }: LoraSceneProps) {
  const L = copy.labels as Record<string, string>;
  // The data and the params it was computed for: while a new computation is in flight, every readout and
  // the figure keep describing one consistent state (the old one), then all change together.
  const [result, setResult] = useState<{ data: LoraSceneData; p: LoraParams } | null>(null);
  const sameCompute = result !== null && (['d', 'k', 'r', 'alpha', 'seed'] as const).every((x) => result.p[x] === p[x]);
  const data = result?.data ?? null;
  const rp: LoraParams = sameCompute || !result ? p : result.p;
  const [wrapRef, width, height] = useWidth<HTMLDivElement>(800);

  // Live computation whenever a demo parameter changes, at most once per animation frame.
  useEffect(() => {
    let live = true;
    let frame = 0;
    const snap = { ...p };
    const q = { d: p.d, k: p.k, r: p.r, alpha: p.alpha, seed: p.seed };
    onPending(true);
    ensureTf()
      .then(() => {
        if (!live) return;
        frame = requestAnimationFrame(() => {
          if (!live) return;
          computeLoraScene(q).then(
            (d) => {
              if (!live) return;
              setResult({ data: d, p: snap });
              onPending(false);
            },
            (e: unknown) => live && onError(e),
          );
        });
      })
      .catch(onError);
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [p.d, p.k, p.r, p.alpha, p.seed, onError, onPending]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (data) onReady();
  }, [data, onReady]);

  // The rank-one terms of BA, added one by one on the outer-products step (all at once under reduced motion).
  const rank = data?.init.r ?? 1;
  const [term, setTerm] = useState<number | null>(null);
  const [playKey, setPlayKey] = useState(0);
  useEffect(() => {
    if (stepId !== 'outer-products' || reducedMotion || !data) {
      setTerm(null);
      return;
    }
    const n = data.init.r;
    const every = Math.max(110, Math.min(650, 3200 / n));
    let i = 0;
    setTerm(0);
    const t = window.setInterval(() => {
      i++;
      if (i >= n) {
        window.clearInterval(t);
        window.setTimeout(() => setTerm(null), every);
      } else setTerm(i);
    }, every);
    return () => window.clearInterval(t);
  }, [stepId, reducedMotion, data, playKey]);

  const targets = targetsOf(rp);
  const preset = PRESETS[rp.model];
  const budget = loraBudget(preset, rp.r, targets);

  // The matrices the equation shows at this step.
  const shown = useMemo(() => {
    if (!data) return null;
    const { d, k, r, W0 } = data.init;
    if (stepId === 'init') return { B: null, A: data.init.A0, dW: null, W: W0 };
    if (stepId === 'outer-products' && term !== null) {
      const part = data.partials.subarray(term * d * k, (term + 1) * d * k);
      const dW = new Float32Array(d * k);
      const W = new Float32Array(d * k);
      for (let i = 0; i < d * k; i++) (dW[i] = data.s * part[i]), (W[i] = W0[i] + dW[i]);
      return { B: data.B, A: data.A, dW, W, r };
    }
    return { B: data.B, A: data.A, dW: data.delta, W: data.W };
  }, [data, stepId, term]);

  if (!data || !shown) {
    return (
      <div ref={wrapRef} className="lora">
        <p className="loading">…</p>
      </div>
    );
  }

  const { d, k, r } = data.init;
  const loraN = r * (d + k);
  const readoutValues: Record<ReadoutKey, string> = {
    scale: sig(data.s),
    'lora-params': int(loraN),
    'dense-params': int(d * k),
    'param-ratio': `${sig((100 * loraN) / (d * k))}%`,
    'init-delta': sig(data.initDelta),
    'fit-error': `${sig(100 * data.fitError)}%`,
    'delta-max': sig(data.deltaMax),
    'merge-diff': sig(data.mergeDiff),
    'unmerge-diff': sig(data.unmergeDiff),
    'branch-ratio': sig(data.branchRatio),
    'per-layer': int(budget.perLayer),
    trainable: int(budget.trainable),
    'trainable-pct': `${sig(100 * budget.fraction)}%`,
    'adapter-size': bytes(budget.fp16Bytes),
  };
  const key = STEP_READOUTS[stepId] ?? [];

  const figW = Math.max(260, width);
  const maxH = embed ? Math.max(150, (height || 320) - 110) : 460;
  const isEquation = stepId === 'decompose' || stepId === 'init' || stepId === 'outer-products' || stepId === 'merge';
  const layout = layoutEquation(figW, maxH, d, k, r);
  const focus = stepId === 'init' ? 'factors' : stepId === 'outer-products' ? 'product' : stepId === 'merge' ? 'merged' : 'all';
  const toggle = (t: Target) => setParams({ targets: toggleTarget(p.targets, t) });
  const clamped = rp.r > r;

  const equation = (
    <>
      <LoraEquation
        d={d}
        k={k}
        r={r}
        W0={data.init.W0}
        B={shown.B}
        A={shown.A}
        dW={shown.dW}
        W={shown.W}
        scales={{ W: data.scaleW, B: data.scaleB, A: data.scaleA, dW: data.scaleDelta }}
        layout={layout}
        term={term}
        focus={focus}
        labels={{
          W0: L.W0,
          B: L.B,
          A: L.A,
          dW: L.dW,
          W: L.W,
          frozen: L.frozen,
          trainable: L.trainable,
          zero: L.zero,
          term: L.term,
          alt: L.equationAlt,
        }}
        reducedMotion={reducedMotion}
      />
      {embed ? null : (
        <div className="lora-legend">
          <span className="lora-swatch" aria-hidden="true" />
          <span>{L.colourNote}</span>
          {clamped ? <span className="lora-warn">{fmt(L.clamped, { r, m: Math.min(d, k) })}</span> : null}
        </div>
      )}
      {stepId === 'outer-products' && !embed ? (
        <div className="lora-terms">
          <button type="button" className="btn small" aria-label={L.prevTerm} onClick={() => setTerm((t) => Math.max(0, (t ?? rank - 1) - 1))}>
            ‹
          </button>
          <span className="lora-term-n">{term === null ? fmt(L.allTerms, { r: rank }) : fmt(L.termN, { i: term + 1, r: rank })}</span>
          <button type="button" className="btn small" aria-label={L.nextTerm} onClick={() => setTerm((t) => (t === null || t + 1 >= rank ? null : t + 1))}>
            ›
          </button>
          <button type="button" className="btn small" onClick={() => setPlayKey((x) => x + 1)}>
            {L.replay}
          </button>
        </div>
      ) : null}
      {stepId === 'merge' && !embed ? (
        <p className="lora-note">{fmt(L.unmergeNote, { e: sig(data.unmergeDiff) })}</p>
      ) : null}
    </>
  );

  const figure = isEquation ? (
    equation
  ) : stepId === 'forward' ? (
    <ForwardPath
      width={figW}
      d={d}
      k={k}
      r={r}
      x={data.init.x}
      h0={data.h0}
      ax={data.ax}
      bax={data.bax}
      h={data.h}
      hMerged={data.hMerged}
      mergeDiff={data.mergeDiff}
      maxHeight={embed ? maxH : undefined}
      labels={{
        x: L.x,
        h: L.h,
        hMerged: L.hMerged,
        W0: L.W0,
        frozen: L.frozen,
        A: L.A,
        B: L.B,
        h0: L.h0,
        ax: L.ax,
        bax: L.bax,
        maxDiff: L.maxDiff,
        alt: L.forwardAlt,
      }}
      reducedMotion={reducedMotion}
    />
  ) : (
    <div className={embed ? 'lora-place embed' : 'lora-place'}>
      <BlockBudget
        preset={preset}
        r={rp.r}
        targets={targets}
        onToggle={toggle}
        count={compact}
        labels={{
          attention: L.attention,
          ffn: fmt(L.ffnKind, { kind: preset.ffnKind === 'swiglu' ? 'SwiGLU' : L.mlp }),
          matrix: L.matrix,
          shape: L.shape,
          lora: fmt(L.loraCol, { r: rp.r }),
          adapted: L.adapted,
          frozen: L.frozen,
          perLayer: L.perLayer,
          layers: L.layers,
          fused: L.fused,
          toggle: L.toggle,
        }}
        reducedMotion={reducedMotion}
      />
      <div className="lora-total" aria-live="polite">
        <div className="lora-total-line">
          {fmt(L.totalLine, { per: compact(budget.perLayer), L: preset.layers, n: compact(budget.trainable) })}
        </div>
        <div className="lora-total-line">
          {fmt(preset.totalFrom === 'paper' ? L.pctPaper : L.pctComputed, { pct: sig(100 * budget.fraction), total: compact(preset.totalParams) })}
        </div>
        <div className="lora-total-line">{fmt(L.sizeLine, { size: bytes(budget.fp16Bytes), full: bytes(2 * preset.totalParams) })}</div>
      </div>
    </div>
  );

  return (
    <div ref={wrapRef} className={embed ? 'lora embed-mode' : 'lora'}>
      <figure className="lora-fig" aria-label={L.figureAlt}>
        {figure}
      </figure>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((x) => !embed || key.includes(x)).map((x) => (
          <Readout key={x} k={x} label={copy.readouts[x] ?? x} value={readoutValues[x]} emphasis={!embed && key.includes(x)} />
        ))}
      </div>
    </div>
  );
}
