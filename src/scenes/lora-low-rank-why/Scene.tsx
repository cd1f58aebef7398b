import { useEffect, useMemo, useState } from 'react';
import { fmt } from '../../i18n';
import { Readout } from '../../ui/Readout';
import { LinePlot } from '../../viz/LinePlot';
import { SERIES } from '../../viz/colors';
import { useWidth } from '../../viz/useWidth';
import type { ParsedModelFile } from '../../model/format';
import type { SceneProps } from '../types';
import { amplification, analyseMatrix, analysePicture, loraCounts, rankView, EFFECTIVE_ENERGY, type MatrixAnalysis } from './model/analysis';
import { getWeights } from './model/loadWeights';
import type { LowRankParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { MatrixPanel } from './viz/MatrixPanel';
import { SpectrumPlot } from './viz/SpectrumPlot';
import './scene.css';

export type LowRankSceneProps = SceneProps<LowRankParams, StepId>;

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  picture: ['pic-err', 'pic-energy'],
  delta: ['shape', 'err-delta', 'energy-delta', 'ft-loss'],
  spectrum: ['err-delta', 'err-random', 'fp16-margin'],
  energy: ['energy-delta', 'energy-random', 'eff-delta', 'eff-random'],
  budget: ['lora-params', 'dense-params', 'param-ratio'],
  paper: ['amp-factor', 'eff-delta', 'err-delta'],
};

/** GPT-3 175B (LoRA §5.1, Table 4): d_model, layers, total parameters. */
const GPT3 = { d: 12288, layers: 96, total: 175_255.8e6 };

const int = (n: number) => Math.round(n).toLocaleString('en-US');
function sig(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  if (Math.abs(v) < 1e-3) return v.toExponential(1);
  return Number(v.toPrecision(digits)).toString();
}
const pct = (v: number) => `${sig(100 * v)}%`;
function compact(n: number): string {
  if (n >= 1e9) return `${sig(n / 1e9)}B`;
  if (n >= 1e6) return `${sig(n / 1e6)}M`;
  if (n >= 1e4) return `${sig(n / 1e3)}K`;
  return int(n);
}

/** Question 4: why a low-rank update suffices. Layout only; the math is in model/ and src/compute/svd.ts. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, onReady, onError, onPending }: LowRankSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width, height] = useWidth<HTMLDivElement>(800);
  const [files, setFiles] = useState<{ base: ParsedModelFile; ft: ParsedModelFile } | null>(null);
  // the analysis and the params it was computed for (figure and readouts stay consistent while a new one runs)
  const [result, setResult] = useState<{ a: MatrixAnalysis; key: string } | null>(null);
  const key = `${p.layer}|${p.matrix}|${p.seed}`;

  useEffect(() => {
    let live = true;
    let frame = 0;
    onPending(true);
    getWeights()
      .then((w) => {
        if (!live) return;
        setFiles(w);
        frame = requestAnimationFrame(() => {
          if (!live) return;
          try {
            setResult({ a: analyseMatrix(w.base, w.ft, p.layer, p.matrix, p.seed), key });
            onPending(false);
          } catch (e) {
            onError(e);
          }
        });
      })
      .catch((e: unknown) => live && onError(e));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [key, onError, onPending]); // eslint-disable-line react-hooks/exhaustive-deps

  const a = result?.a ?? null;
  useEffect(() => {
    if (a) onReady();
  }, [a, onReady]);

  const pic = useMemo(() => analysePicture(p.seed), [p.seed]);
  const picView = useMemo(() => rankView(pic.svd, pic.pic, p.r), [pic, p.r]);
  const dView = useMemo(() => (a ? rankView(a.svdDelta, a.dW.data, p.r) : null), [a, p.r]);
  const rView = useMemo(() => (a ? rankView(a.svdRandom, a.random, p.r) : null), [a, p.r]);
  const amp = useMemo(() => (a ? amplification(a, p.r, p.seed) : null), [a, p.r, p.seed]);
  const dMax = useMemo(() => (a ? a.dW.data.reduce((m, v) => Math.max(m, Math.abs(v)), 0) : 1), [a]);

  if (!a || !dView || !rView || !amp || !files) {
    return (
      <div ref={wrapRef} className="lrw">
        <p className="loading">{L.loading}</p>
      </div>
    );
  }

  const r = dView.r;
  const { rows: d, cols: k } = a;
  const counts = loraCounts(d, k, r);
  const ftInfo = (files.ft.header.training?.finetune ?? {}) as { lossBefore?: number; lossAfter?: number; steps?: number };
  const values: Record<ReadoutKey, string> = {
    'pic-err': pct(picView.relError),
    'pic-energy': pct(picView.energy),
    shape: `${d}×${k}`,
    'err-delta': pct(dView.relError),
    'err-random': pct(rView.relError),
    'energy-delta': pct(dView.energy),
    'energy-random': pct(rView.energy),
    'eff-delta': String(a.effDelta),
    'eff-random': String(a.effRandom),
    'lora-params': int(counts.lora),
    'dense-params': int(counts.dense),
    'param-ratio': pct(counts.ratio),
    'fp16-margin': `×${int(a.fro / a.noise.fro)}`,
    'amp-factor': sig(amp.factor),
    'ft-loss': `${(ftInfo.lossBefore ?? NaN).toFixed(2)} → ${(ftInfo.lossAfter ?? NaN).toFixed(2)}`,
  };
  const emph = STEP_READOUTS[stepId] ?? [];

  const figW = Math.max(240, width - 4);
  const maxH = embed ? Math.max(110, (height || 360) - 150) : 280;
  const threeCols = figW >= 3 * 150 + 24;
  const triptych = (rows: number, cols: number) => {
    const pw = threeCols ? (figW - 24) / 3 : figW;
    return Math.max(0.5, Math.min(pw / cols, (threeCols ? maxH : Math.min(maxH, 220)) / rows, 7));
  };
  const mname = `${L[`m-${p.matrix}`] ?? p.matrix} · ${fmt(L.layerN, { l: p.layer })}`;

  let figure: React.ReactNode;
  if (stepId === 'picture') {
    const cell = triptych(pic.rows, pic.cols);
    figure = (
      <>
        <div className={threeCols ? 'lrw-row' : 'lrw-row stack'}>
          <MatrixPanel values={pic.pic} rows={pic.rows} cols={pic.cols} cell={cell} scale={1} colormap="sequential" title={L.picture} sub={`${pic.rows}×${pic.cols}`} alt={L.pictureAlt} />
          <MatrixPanel values={picView.approx} rows={pic.rows} cols={pic.cols} cell={cell} scale={1} colormap="sequential" title={fmt(L.rankR, { r: picView.r })} sub={fmt(L.paramsOf, { n: int(picView.r * (pic.rows + pic.cols)), m: int(pic.rows * pic.cols) })} alt={fmt(L.approxAlt, { r: picView.r })} />
          <MatrixPanel values={picView.residual} rows={pic.rows} cols={pic.cols} cell={cell} scale={0.5} colormap="diverging" title={L.residual} sub={fmt(L.errOf, { e: pct(picView.relError) })} alt={L.residualAlt} />
        </div>
        {embed ? null : <p className="lrw-note">{fmt(L.pictureNote, { r5: pic.rank5 })}{p.r > pic.svd.p ? ` ${fmt(L.clamped, { p: pic.svd.p })}` : ''}</p>}
      </>
    );
  } else if (stepId === 'delta') {
    const cell = triptych(d, k);
    figure = (
      <>
        <div className={threeCols ? 'lrw-row' : 'lrw-row stack'}>
          <MatrixPanel values={a.dW.data} rows={d} cols={k} cell={cell} scale={dMax} colormap="diverging" title={L.dW} sub={mname} alt={L.dWAlt} />
          <MatrixPanel values={dView.approx} rows={d} cols={k} cell={cell} scale={dMax} colormap="diverging" title={fmt(L.dWr, { r })} sub={fmt(L.paramsOf, { n: int(counts.lora), m: int(counts.dense) })} alt={fmt(L.approxAlt, { r })} />
          <MatrixPanel values={dView.residual} rows={d} cols={k} cell={cell} scale={dMax} colormap="diverging" title={L.residual} sub={fmt(L.errOf, { e: pct(dView.relError) })} alt={L.residualAlt} />
        </div>
        {embed ? null : <p className="lrw-note">{fmt(L.deltaNote, { steps: ftInfo.steps ?? '?', fro: sig(a.fro), w0: sig(a.w0Fro), max: sig(dMax) })}</p>}
      </>
    );
  } else if (stepId === 'spectrum') {
    figure = (
      <>
        <SpectrumPlot
          width={Math.min(figW, 720)}
          height={embed ? Math.max(170, (height || 360) - 120) : 300}
          title={fmt(L.spectrumTitle, { m: mname })}
          xLabel={L.index}
          yLabel={L.sigma}
          r={r}
          rLabel={fmt(L.rLine, { r })}
          series={[
            { label: L.seriesDelta, color: SERIES[0], values: a.svdDelta.S },
            { label: L.seriesRandom, color: SERIES[1], values: a.svdRandom.S },
          ]}
          floor={{ value: a.noise.topSigma, label: L.noiseFloor }}
          reducedMotion={reducedMotion}
        />
        {embed ? null : <p className="lrw-note">{fmt(L.spectrumNote, { margin: int(a.fro / a.noise.fro) })}</p>}
      </>
    );
  } else if (stepId === 'energy') {
    const pts = (e: Float64Array) => Array.from(e, (y, x) => ({ x, y: 100 * y }));
    figure = (
      <>
        <LinePlot
          width={Math.min(figW, 720)}
          height={embed ? Math.max(170, (height || 360) - 120) : 300}
          title={fmt(L.energyTitle, { m: mname })}
          xLabel={L.rankAxis}
          yLabel={L.energyAxis}
          series={[
            { label: figW < 520 ? 'ΔW' : L.seriesDelta, color: SERIES[0], points: pts(a.energyDelta) },
            { label: figW < 520 ? L.seriesRandomShort : L.seriesRandom, color: SERIES[1], points: pts(a.energyRandom) },
            { label: L.seriesPicture, color: SERIES[2], points: pts(pic.energy), dashed: true },
          ]}
          marker={{ x: r, y: 100 * dView.energy, label: `r=${r}: ${pct(dView.energy)}` }}
          reducedMotion={reducedMotion}
        />
        {embed ? null : <p className="lrw-note">{fmt(L.energyNote, { level: pct(EFFECTIVE_ENERGY), eff: a.effDelta, effR: a.effRandom, p: a.svdDelta.p })}</p>}
      </>
    );
  } else if (stepId === 'budget') {
    const gq = loraCounts(GPT3.d, GPT3.d, r);
    const whole = 2 * GPT3.layers * gq.lora;
    const maxLog = Math.log10(GPT3.total);
    const bar = (n: number) => `${Math.max(2, (100 * Math.log10(Math.max(1, n))) / maxLog)}%`;
    const rowsB = [
      { label: fmt(L.bThis, { m: mname, d, k }), lora: counts.lora, dense: counts.dense },
      { label: fmt(L.bGpt3q, { d: GPT3.d }), lora: gq.lora, dense: gq.dense },
      { label: L.bGpt3all, lora: whole, dense: GPT3.total },
    ];
    figure = (
      <div className="lrw-budget">
        <table className="lrw-table">
          <caption>{fmt(L.budgetCaption, { r })}</caption>
          <thead>
            <tr>
              <th scope="col">{L.bWhat}</th>
              <th scope="col">{L.bLora}</th>
              <th scope="col">{L.bDense}</th>
              <th scope="col">{L.bRatio}</th>
            </tr>
          </thead>
          <tbody>
            {rowsB.map((x) => (
              <tr key={x.label}>
                <th scope="row">
                  {x.label}
                  <div className="lrw-bars" aria-hidden="true">
                    <span className="lrw-bar lora" style={{ width: bar(x.lora) }} />
                    <span className="lrw-bar dense" style={{ width: bar(x.dense) }} />
                  </div>
                </th>
                <td>{compact(x.lora)}</td>
                <td>{compact(x.dense)}</td>
                <td>{pct(x.lora / x.dense)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {embed ? null : (
          <ul className="lrw-facts">
            <li>{L.fCheckpoint}</li>
            <li>{L.fVram}</li>
            <li>{L.fTable}</li>
          </ul>
        )}
      </div>
    );
  } else {
    const narrow = figW < 520; // phones: drop the ‖ΔW_r‖ column so the table fits without scrolling
    figure = (
      <div className="lrw-budget">
        <table className={narrow ? 'lrw-table narrow' : 'lrw-table'}>
          <caption>{fmt(L.ampCaption, { r: amp.r })}</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{L.aFromDelta}</th>
              <th scope="col">{L.aFromW0}</th>
              <th scope="col">{L.aFromRandom}</th>
              {narrow ? null : <th scope="col">{L.aDeltaNorm}</th>}
              <th scope="col">{L.aFactor}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{fmt(L.aLive, { m: L[`m-${p.matrix}`] ?? p.matrix, l: p.layer })}</th>
              <td>{sig(amp.fromDelta)}</td>
              <td>{sig(amp.fromW0)}</td>
              <td>{sig(amp.fromRandom)}</td>
              {narrow ? null : <td>{sig(amp.deltaTopR)}</td>}
              <td>{sig(amp.factor)}</td>
            </tr>
            <tr>
              <th scope="row">{L.aPaper4}</th>
              <td>0.32</td>
              <td>21.67</td>
              <td>0.02</td>
              {narrow ? null : <td>6.91</td>}
              <td>21.5</td>
            </tr>
            <tr>
              <th scope="row">{L.aPaper64}</th>
              <td>1.90</td>
              <td>37.71</td>
              <td>0.33</td>
              {narrow ? null : <td>3.57</td>}
              <td>≈1.9</td>
            </tr>
          </tbody>
        </table>
        <p className="lrw-table-foot">{L.aFoot}</p>
        {embed ? null : <p className="lrw-note">{fmt(L.ampNote, { w0: sig(a.w0Fro) })}</p>}
      </div>
    );
  }

  return (
    <div ref={wrapRef} className={embed ? 'lrw embed-mode' : 'lrw'}>
      <figure className="lrw-fig" aria-label={L.figureAlt}>
        {figure}
      </figure>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((x) => !embed || emph.includes(x)).map((x) => (
          <Readout key={x} k={x} label={copy.readouts[x] ?? x} value={values[x]} emphasis={!embed && emph.includes(x)} />
        ))}
      </div>
    </div>
  );
}
