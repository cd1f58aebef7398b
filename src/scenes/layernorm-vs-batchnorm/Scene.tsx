import { useEffect, useMemo, useRef, useState } from 'react';
import { ensureTf } from '../../compute/tf';
import { fmt } from '../../i18n';
import type { SceneProps } from '../types';
import { Readout } from '../../ui/Readout';
import { Histogram } from '../../viz/Histogram';
import { LinePlot } from '../../viz/LinePlot';
import { PairedBars } from '../../viz/PairedBars';
import { TensorCube, type Box3 } from '../../viz/TensorCube';
import { useWidth } from '../../viz/useWidth';
import { computeDepth, computeSceneData, computeSpreadAt, computeSpreadCurve, type SceneData } from './model/sceneData';
import type { LnBnParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { PlacementDiagram } from './viz/PlacementDiagram';
import { layoutSheets, TensorSheets } from './viz/TensorSheets';

export type LnBnSceneProps = SceneProps<LnBnParams, StepId>;

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  tensor: ['groups', 'group-size'],
  batchnorm: ['groups', 'group-size', 'focus-mean', 'focus-var'],
  layernorm: ['groups', 'group-size', 'outlier-effect'],
  'small-batch': ['batch-mean-spread', 'group-size'],
  padding: ['pad-shift', 'focus-mean'],
  'train-vs-inference': ['train-eval-gap', 'focus-mean'],
  rmsnorm: ['out-mean', 'out-std'],
  placement: ['depth-ratio'],
};

/** Format a readout number: 4 significant digits, tiny values as 0. */
function num(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (Math.abs(v) < 5e-7) return '0';
  const a = Math.abs(v);
  if (a >= 1000) return v.toFixed(0);
  return v.toPrecision(a < 0.01 ? 2 : 4).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** The lit group's box in [B, T, C] cell coordinates. */
function groupBox(d: SceneData, g: number): Box3 {
  const [B, T, C] = d.shape;
  if (d.mode === 'bn') return { a: [0, B], b: [0, T], c: [g, g + 1] };
  if (d.mode === 'in') {
    const b = Math.floor(g / C);
    return { a: [b, b + 1], b: [0, T], c: [g % C, (g % C) + 1] };
  }
  const b = Math.floor(g / T);
  return { a: [b, b + 1], b: [g % T, (g % T) + 1], c: [0, C] };
}

/** Question 3: LayerNorm vs BatchNorm on a live [B, T, C] tensor. Layout only; the math is in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, onReady, onError, onPending }: LnBnSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [data, setData] = useState<SceneData | null>(null);
  const [pinned, setPinned] = useState(0);
  const [sweep, setSweep] = useState<number | null>(null);
  const [wrapRef, width, height] = useWidth<HTMLDivElement>(800);

  // Live computation on the tfjs backend whenever a parameter changes, at most once per animation
  // frame: while a slider is dragged, intermediate values that a frame never shows are skipped.
  // Only the params the tensor computation reads (layers feeds the depth panel alone).
  const tensorParams = useMemo(
    () => ({ ...p }),
    [p.mode, p.B, p.T, p.C, p.pad, p.outlier, p.phase, p.seed], // eslint-disable-line react-hooks/exhaustive-deps
  );
  useEffect(() => {
    const p = tensorParams;
    let live = true;
    let frame = 0;
    onPending(true);
    ensureTf()
      .then(() => {
        if (!live) return;
        frame = requestAnimationFrame(() => {
          if (!live) return;
          computeSceneData(p).then(
            (d) => {
              if (!live) return;
              setData(d);
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
  }, [tensorParams, onError, onPending]);

  useEffect(() => {
    if (data) onReady();
  }, [data, onReady]);

  // The whole curve costs ~B·T·C·48·7 normal draws: computed only on the step that shows it.
  const showCurve = stepId === 'small-batch';
  const spreadCurve = useMemo(() => (showCurve ? computeSpreadCurve(p) : []), [showCurve, p.T, p.C, p.seed]); // eslint-disable-line react-hooks/exhaustive-deps
  const spreadNow = useMemo(() => computeSpreadAt(p), [p.B, p.T, p.C, p.seed]); // eslint-disable-line react-hooks/exhaustive-deps
  const depth = useMemo(() => computeDepth(p), [p.layers, p.C, p.seed]); // eslint-disable-line react-hooks/exhaustive-deps

  const groupCount = data?.groupCount ?? 1;
  const focus = Math.min(pinned, groupCount - 1);

  // On a new step or mode, sweep the highlight through the first groups (not under reduced motion).
  const hasData = data !== null;
  const groupCountRef = useRef(groupCount);
  groupCountRef.current = groupCount;
  useEffect(() => {
    if (reducedMotion) return;
    const n = Math.min(groupCountRef.current, 10);
    let i = 0;
    setSweep(0);
    const t = window.setInterval(() => {
      i++;
      if (i >= n) {
        window.clearInterval(t);
        setSweep(null);
      } else setSweep(i);
    }, 260);
    return () => {
      window.clearInterval(t);
      setSweep(null);
    };
  }, [stepId, p.mode, reducedMotion, hasData]);

  const shown = sweep ?? focus;
  const narrow = width < 700;
  const sideW = embed ? Math.min(260, Math.floor(width * 0.3)) : narrow ? width : 280;
  // Embeds put input and output side by side (two blocks) to fit a 16:9 slide.
  const mainW = embed ? Math.floor((width - sideW - 16 - 76 - 16) / 2) : narrow ? width : width - sideW - 16;

  if (!data) {
    return (
      <div ref={wrapRef} className="lnbn">
        <p className="loading">…</p>
      </div>
    );
  }

  const [B, T, C] = data.shape;
  const maxH = embed ? Math.max(110, (height || 320) - 120) : narrow ? 300 : 320;
  const layout = layoutSheets(mainW, maxH, B, T, C);
  const focusMean = data.mean[focus] ?? 0;
  const focusVar = data.variance[focus] ?? 0;
  const preRms = depth.pre;
  const readoutValues: Record<ReadoutKey, string> = {
    groups: String(data.groupCount),
    'group-size': String(data.groupSize),
    'focus-mean': num(focusMean),
    'focus-var': num(focusVar),
    'out-mean': num(data.outMean),
    'out-std': num(data.outStd),
    'batch-mean-spread': num(spreadNow.spread),
    'pad-shift': num(data.padShift),
    'outlier-effect': num(data.outlierEffect),
    'train-eval-gap': num(data.trainEvalGap),
    'depth-ratio': num(preRms[preRms.length - 1] / preRms[0]),
  };
  const key = STEP_READOUTS[stepId] ?? [];
  const modeLabel = copy.params.mode.options?.[data.mode] ?? data.mode;

  const sidePanel = () => {
    const h = embed ? 150 : 200;
    if (stepId === 'small-batch') {
      return (
        <LinePlot
          width={sideW}
          height={embed ? 190 : 240}
          title={L.spreadTitle}
          xLabel={L.spreadX}
          yLabel={L.spreadY}
          xLog
          xTicks={[1, 2, 4, 8, 16, 32]}
          reducedMotion={reducedMotion}
          series={[
            { label: L.theory, color: 'var(--muted)', dashed: true, points: spreadCurve.map((q) => ({ x: q.B, y: 1 / Math.sqrt(q.B * T) })) },
            { label: 'BN', color: 'var(--c1)', points: spreadCurve.map((q) => ({ x: q.B, y: q.spread })) },
          ]}
          marker={{ x: spreadNow.B, y: spreadNow.spread, label: `${L.current} = ${spreadNow.B}` }}
        />
      );
    }
    if (stepId === 'padding') {
      return (
        <PairedBars
          width={sideW}
          height={embed ? 190 : 220}
          title={L.meanPerFeature}
          a={{ label: L.withPad, color: 'var(--c5)', values: data.bnMean }}
          b={{ label: L.withoutPad, color: 'var(--c1)', values: data.bnMeanReal }}
          categoryLabel={(i) => String(i)}
          reducedMotion={reducedMotion}
        />
      );
    }
    if (stepId === 'train-vs-inference') {
      return (
        <PairedBars
          width={sideW}
          height={embed ? 190 : 220}
          title={L.runningVsBatch}
          a={{ label: L.batchStats, color: 'var(--c2)', values: data.bnMean }}
          b={{ label: L.runningStats, color: 'var(--c1)', values: data.runningMean }}
          categoryLabel={(i) => String(i)}
          reducedMotion={reducedMotion}
        />
      );
    }
    if (stepId === 'placement') {
      const pts = (a: Float32Array) => Array.from(a, (v, i) => ({ x: i, y: v }));
      return (
        <div className="side-stack">
        {embed ? null : <PlacementDiagram width={sideW} labels={{ pre: L.pre, post: L.post, sublayer: L.sublayer }} />}
        <LinePlot
          width={sideW}
          height={embed ? 190 : 240}
          title={L.depthTitle}
          xLabel={L.depthX}
          yLabel={L.depthY}
          reducedMotion={reducedMotion}
          series={[
            { label: L.pre, color: 'var(--c5)', points: pts(depth.pre) },
            { label: L.post, color: 'var(--c1)', points: pts(depth.post) },
          ]}
        />
        </div>
      );
    }
    return (
      <div className="side-stack">
        <TensorCube
          dims={[B, T, C]}
          axisLabels={['B', 'T', 'C']}
          highlight={groupBox(data, shown)}
          width={sideW}
          height={embed ? 110 : 150}
          title={L.cubeTitle}
          reducedMotion={reducedMotion}
        />
        {embed ? null : (
          <>
            <Histogram width={sideW} height={h / 2 + 10} title={`${L.before}: ${L.histogram}`} series={{ color: 'var(--c6)', ...data.histX }} reducedMotion={reducedMotion} />
            <Histogram width={sideW} height={h / 2 + 10} title={`${L.after} (${modeLabel})`} series={{ color: 'var(--c2)', ...data.histY }} reducedMotion={reducedMotion} />
          </>
        )}
      </div>
    );
  };

  return (
    <div ref={wrapRef} className={embed ? 'lnbn embed-mode' : 'lnbn'}>
      <div className={narrow && !embed ? 'lnbn-grid narrow' : 'lnbn-grid'}>
        <figure className={embed ? 'lnbn-main two-up' : 'lnbn-main'} aria-label={L.figureAlt}>
          <div className="block">
          <figcaption className="sheet-title">
            <span>{L.inputTitle}</span>
            {embed ? null : (
              <>
                <span className="dimtag">
                  [B={B}, T={T}, C={C}]
                </span>
                <span className="legend-pad">
                  <span className="swatch pad" aria-hidden="true" /> {L.padded}
                </span>
              </>
            )}
          </figcaption>
          <TensorSheets
            values={data.x}
            mask={data.mask}
            shape={data.shape}
            scale={Math.max(1e-6, data.xAbsMax)}
            layout={layout}
            mode={data.mode}
            focusGroup={shown}
            groupOf={data.groupOf}
            title={`${L.inputTitle}: ${L.figureAlt}`}
            sampleLabel={L.batch}
            outlierLabel={p.outlier > 1 ? L.outlierSample : undefined}
            padColor="rgba(127,127,127,0.18)"
            reducedMotion={reducedMotion}
            onPick={setPinned}
          />
          </div>
          <div className="norm-arrow" aria-hidden="true">
            ↓ {L.arrow}: <strong>{modeLabel}</strong>
            {data.usesRunning ? <span className="evalnote"> · {L.evalNote}</span> : null}
          </div>
          <div className="block">
          <div className="sheet-title">
            <span>{L.outputTitle}</span>
          </div>
          <TensorSheets
            values={data.y}
            mask={data.mask}
            shape={data.shape}
            scale={3}
            layout={layout}
            mode={data.mode}
            focusGroup={shown}
            groupOf={data.groupOf}
            title={L.outputTitle}
            sampleLabel={L.batch}
            padColor="rgba(127,127,127,0.18)"
            reducedMotion={reducedMotion}
            onPick={setPinned}
          />
          </div>
          {embed ? null : (
            <div className="group-nav">
              <button type="button" className="btn small" aria-label={L.prevGroup} onClick={() => setPinned((focus - 1 + groupCount) % groupCount)}>
                ‹
              </button>
              <span className="group-n">{fmt(L.groupN, { n: focus + 1, total: groupCount })}</span>
              <button type="button" className="btn small" aria-label={L.nextGroup} onClick={() => setPinned((focus + 1) % groupCount)}>
                ›
              </button>
              <span className="group-hint">{L.groupHint}</span>
            </div>
          )}
        </figure>
        <div className="lnbn-side">{sidePanel()}</div>
      </div>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((k) => !embed || key.includes(k)).map((k) => (
          <Readout key={k} k={k} label={copy.readouts[k] ?? k} value={readoutValues[k]} emphasis={!embed && key.includes(k)} />
        ))}
      </div>
    </div>
  );
}
