import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ensureTf } from '../../compute/tf';
import { fmt } from '../../i18n';
import { Readout } from '../../ui/Readout';
import { LinePlot } from '../../viz/LinePlot';
import { SERIES } from '../../viz/colors';
import { useWidth } from '../../viz/useWidth';
import type { SceneProps } from '../types';
import { allowedPairs, kvBytesPerToken, LLAMA_7B, stepWork, targetCounts } from './model/counts';
import { RANK_TOL } from './model/rank';
import { computeSceneData, mlmSelection, type SceneData } from './model/sceneData';
import type { WhyDecoderParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { AttnHeatmap, BLOCK_COLOURS } from './viz/AttnHeatmap';
import { KvCache } from './viz/KvCache';
import { TokenRows } from './viz/TokenRows';
import './scene.css';

export type WhyDecoderSceneProps = SceneProps<WhyDecoderParams, StepId>;

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  masks: ['pairs-bi', 'pairs-causal', 'pairs-prefix'],
  'training-signal': ['targets-clm', 'targets-mlm', 'targets-prefix'],
  'kv-cache': ['kv-bytes', 'scores-step', 'work-ratio'],
  rank: ['rank-bi', 'rank-causal', 'cond-causal'],
  'rank-sweep': ['rank-bi', 'rank-causal', 'erank-bi', 'erank-causal'],
  reasons: ['targets-clm', 'targets-mlm', 'work-ratio', 'rank-bi', 'rank-causal'],
};

const int = (v: number) => Math.round(v).toLocaleString('en-US');
function sig(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  if (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6) return v.toExponential(digits - 1).replace('e+', 'e');
  return Number(v.toPrecision(digits)).toString();
}
function bytes(b: number): string {
  if (b >= 2 ** 30) return `${sig(b / 2 ** 30)} GiB`;
  if (b >= 2 ** 20) return `${sig(b / 2 ** 20)} MiB`;
  return `${sig(b / 2 ** 10)} KiB`;
}

/** Latest-params-wins computation: one at a time, the newest params run next. */
function useSceneData(n: number, d: number, p: number, seed: number, onPending: (b: boolean) => void, onError: (e: unknown) => void) {
  const [data, setData] = useState<SceneData | null>(null);
  const want = useRef({ n, d, p, seed });
  const busy = useRef(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    want.current = { n, d, p, seed };
    onPending(true);
    if (busy.current) return;
    busy.current = true;
    void (async () => {
      try {
        await ensureTf();
        for (;;) {
          const q = want.current;
          const r = await computeSceneData(q.n, q.d, q.p, q.seed);
          if (!alive.current) return;
          setData(r);
          if (want.current === q) break;
        }
        onPending(false);
      } catch (e) {
        if (alive.current) onError(e);
      } finally {
        busy.current = false;
      }
    })();
  }, [n, d, p, seed, onPending, onError]);
  return data;
}

/** Question 9: why decoder-only. Layout only; the math is in model/. */
export function Scene({ params: pr, stepId, copy, embed, reducedMotion, onReady, onError, onPending }: WhyDecoderSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width, height] = useWidth<HTMLDivElement>(800);
  const n = pr.n;
  const p = Math.min(pr.prefix, n);
  const t = Math.min(pr.t, n);
  const data = useSceneData(n, pr.dHead, p, pr.seed, onPending, onError);
  useEffect(() => {
    if (data) onReady();
  }, [data, onReady]);
  const mlm = useMemo(() => mlmSelection(n, targetCounts(n, p).mlm, pr.seed), [n, p, pr.seed]);

  const dn = data?.n ?? 0;
  const valueOf = useCallback((a: Float32Array | undefined, masked: (i: number, j: number) => boolean) => (i: number, j: number) => (masked(i, j) || !a ? null : a[i * dn + j]), [dn]);
  const biVal = useMemo(() => valueOf(data?.attn.bi, () => false), [data, valueOf]);
  const cVal = useMemo(() => valueOf(data?.attn.causal, (i, j) => j > i), [data, valueOf]);
  const pVal = useMemo(() => valueOf(data?.attn.prefix, (i, j) => !(j < (data?.prefix ?? 0) || j <= i)), [data, valueOf]);
  const dp = data?.prefix ?? 0;
  const encDec = useCallback((i: number, j: number) => (i < dp ? (j < dp ? 0 : null) : j < dp ? 1 : j <= i ? 2 : null), [dp]);

  if (!data) {
    return (
      <div ref={wrapRef} className="wdo">
        <p className="loading">{L.loading}</p>
      </div>
    );
  }

  const tc = targetCounts(n, p);
  const work = stepWork(LLAMA_7B, t);
  const rb = data.rank.bi;
  const rc = data.rank.causal;
  const values: Record<ReadoutKey, string> = {
    'pairs-bi': int(allowedPairs('bi', n, p)),
    'pairs-causal': int(allowedPairs('causal', n, p)),
    'pairs-prefix': int(allowedPairs('prefix', n, p)),
    'targets-clm': `${tc.causal} / ${n}`,
    'targets-mlm': `${tc.mlm} / ${n}`,
    'targets-prefix': `${tc.prefix} / ${n}`,
    'kv-bytes': bytes(t * kvBytesPerToken(LLAMA_7B)),
    'scores-step': `${int(work.scoresCached)} vs ${int(work.scoresRecompute)}`,
    'work-ratio': `×${sig(work.macsRecompute / work.macsCached)}`,
    'rank-bi': `${rb.numRank} / ${data.n}`,
    'rank-causal': `${rc.numRank} / ${data.n}`,
    'erank-bi': rb.effRank.toFixed(2),
    'erank-causal': rc.effRank.toFixed(2),
    'cond-causal': sig(rc.inverseCond, 2),
  };
  const emph = STEP_READOUTS[stepId] ?? [];
  const figW = Math.max(240, width - 4);
  const plotH = embed ? Math.max(160, (height || 360) - 130) : 300;
  const clampNote = [pr.prefix > n ? fmt(L.clampedP, { p: pr.prefix, n }) : '', pr.t > n && stepId === 'kv-cache' ? fmt(L.clampedT, { t: pr.t, n }) : ''].filter(Boolean).join(' ');

  let figure: React.ReactNode;
  if (stepId === 'masks') {
    const four = figW >= 4 * 130 + 36;
    const two = !four && figW >= 2 * 130 + 12;
    const per = four ? (figW - 36) / 4 : two ? (figW - 12) / 2 : figW;
    const cell = Math.max(1.5, Math.min(per / n, (embed ? Math.max(80, (height || 360) - 150) : 220) / n, 9));
    figure = (
      <>
        <div className={four ? 'wdo-row' : two ? 'wdo-row wrap' : 'wdo-row stack'}>
          <AttnHeatmap rows={n} cols={n} cell={cell} value={biVal} title={L.mBi} sub={L.mBiSub} alt={L.mBiAlt} />
          <AttnHeatmap rows={n} cols={n} cell={cell} value={cVal} title={L.mCausal} sub={L.mCausalSub} alt={L.mCausalAlt} />
          <AttnHeatmap rows={n} cols={n} cell={cell} value={pVal} split={p} title={fmt(L.mPrefix, { p })} sub={L.mPrefixSub} alt={L.mPrefixAlt} />
          <AttnHeatmap rows={n} cols={n} cell={cell} value={biVal} block={encDec} split={p} title={L.mEncDec} sub={fmt(L.mEncDecSub, { p, m: n - p })} alt={L.mEncDecAlt} />
        </div>
        <div className="wdo-legend" aria-hidden="true">
          <span><i className="sw seq" />{L.legWeight}</span>
          <span><i className="sw masked" />{L.legMasked}</span>
          <span><i className="sw" style={{ background: BLOCK_COLOURS[0] }} />{L.legEnc}</span>
          <span><i className="sw" style={{ background: BLOCK_COLOURS[1] }} />{L.legCross}</span>
          <span><i className="sw" style={{ background: BLOCK_COLOURS[2] }} />{L.legDec}</span>
        </div>
        {embed ? null : <p className="wdo-note">{fmt(L.masksNote, { d: data.d, seed: pr.seed })} {clampNote}</p>}
      </>
    );
  } else if (stepId === 'training-signal') {
    const clm = Array.from({ length: n }, (_, j) => (j >= 1 ? 'target' : null));
    const pre = Array.from({ length: n }, (_, j) => (j < p ? 'prefix' : j >= Math.max(p, 1) ? 'target' : null));
    figure = (
      <>
        <TokenRows
          width={Math.min(figW, 820)}
          title={L.tsTitle}
          reducedMotion={reducedMotion}
          rows={[
            { label: L.rowClm, cells: clm, count: String(tc.causal) },
            { label: L.rowMlm, cells: mlm, count: String(tc.mlm) },
            { label: L.rowPrefix, cells: pre, count: String(tc.prefix) },
          ]}
          legend={[
            { kind: 'target', label: L.kTarget },
            { kind: 'mask', label: L.kMask },
            { kind: 'random', label: L.kRandom },
            { kind: 'keep', label: L.kKeep },
            { kind: 'prefix', label: L.kPrefix },
          ]}
        />
        {embed ? null : <p className="wdo-note">{fmt(L.tsNote, { n, clm: tc.causal, mlm: tc.mlm, pre: tc.prefix, ratio: sig(tc.causal / tc.mlm) })} {clampNote}</p>}
      </>
    );
  } else if (stepId === 'kv-cache') {
    const pts = Array.from({ length: n }, (_, i) => i + 1);
    // In a wide embed the strip and the plot sit side by side: stacked they are taller than a 360 px frame.
    const sideBySide = embed && figW >= 560;
    const kvW = sideBySide ? Math.floor((figW - 12) / 2) : Math.min(figW, 720);
    const kvPlotH = sideBySide ? Math.max(110, Math.min(200, (height || 360) - 130)) : embed ? 110 : 260;
    figure = (
      <div className={sideBySide ? 'wdo-row' : 'wdo-contents'}>
        <KvCache t={t} compact={embed} width={kvW} reducedMotion={reducedMotion} labels={{ k: 'K', v: 'V', q: fmt(L.kvQ, { t }), cached: L.kvCached, fresh: L.kvFresh, title: fmt(L.kvTitle, { t }) }} />
        <LinePlot
          width={kvW}
          height={kvPlotH}
          title={L.kvPlotTitle}
          xLabel={L.kvX}
          yLabel={L.kvY}
          series={[
            { label: L.kvSeriesCache, color: SERIES[0], points: pts.map((x) => ({ x, y: x })) },
            { label: L.kvSeriesRecompute, color: SERIES[1], points: pts.map((x) => ({ x, y: (x * (x + 1)) / 2 })) },
          ]}
          marker={{ x: t, y: (t * (t + 1)) / 2, label: `t=${t}: ${t} vs ${(t * (t + 1)) / 2}` }}
          reducedMotion={reducedMotion}
        />
        {embed ? null : (
          <p className="wdo-note">
            {fmt(L.kvNote, { t, per: bytes(kvBytesPerToken(LLAMA_7B)), ctx: bytes(2048 * kvBytesPerToken(LLAMA_7B)), cached: sig(work.macsCached), re: sig(work.macsRecompute) })} {clampNote}
          </p>
        )}
      </div>
    );
  } else if (stepId === 'rank') {
    const series = (S: Float64Array) => Array.from(S, (s, i) => ({ x: i + 1, y: Math.log10(Math.max(s / S[0], 1e-8)) }));
    figure = (
      <>
        <LinePlot
          width={Math.min(figW, 720)}
          height={plotH}
          title={fmt(L.specTitle, { n: data.n, d: data.d })}
          xLabel={L.specX}
          yLabel={L.specY}
          yMin={-8}
          series={[
            { label: L.sBi, color: SERIES[0], points: series(rb.S) },
            { label: L.sCausal, color: SERIES[1], points: series(rc.S) },
            { label: fmt(L.sTol, { tol: RANK_TOL }), color: 'var(--muted)', dashed: true, points: [{ x: 1, y: Math.log10(RANK_TOL) }, { x: data.n, y: Math.log10(RANK_TOL) }] },
          ]}
          reducedMotion={reducedMotion}
        />
        {embed ? null : <p className="wdo-note">{fmt(L.rankNote, { rb: rb.numRank, rc: rc.numRank, n: data.n, logdet: data.causalLogDet.toFixed(1), cond: sig(rc.inverseCond, 2) })}</p>}
      </>
    );
  } else if (stepId === 'rank-sweep') {
    const pick = (f: (s: SceneData['sweep'][number]) => number) => data.sweep.map((s) => ({ x: s.d, y: f(s) }));
    const narrow = figW < 520;
    figure = (
      <>
        <LinePlot
          width={Math.min(figW, 720)}
          height={plotH}
          title={fmt(L.sweepTitle, { n: data.n, tol: RANK_TOL })}
          xLabel={L.sweepX}
          yLabel={L.sweepY}
          xLog
          xTicks={[1, 2, 4, 8, 16, 32, 64]}
          series={[
            { label: narrow ? L.swBiS : L.swBi, color: SERIES[0], points: pick((s) => s.bi.numRank) },
            { label: narrow ? L.swCausalS : L.swCausal, color: SERIES[1], points: pick((s) => s.causal.numRank) },
            { label: narrow ? L.swBiES : L.swBiE, color: SERIES[0], dashed: true, points: pick((s) => s.bi.effRank) },
            { label: narrow ? L.swCausalES : L.swCausalE, color: SERIES[1], dashed: true, points: pick((s) => s.causal.effRank) },
          ]}
          marker={{ x: data.d, y: rb.numRank, label: `d=${data.d}` }}
          reducedMotion={reducedMotion}
        />
        {embed ? null : <p className="wdo-note">{L.sweepNote}</p>}
      </>
    );
  } else {
    const rows = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    figure = (
      <div className="wdo-reasons">
        <table className="wdo-table">
          <caption>{L.reasonsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{L.rReason}</th>
              <th scope="col">{L.rStatus}</th>
              {embed ? null : <th scope="col">{L.rEvidence}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row">{L[`${r}Name`]}</th>
                <td>
                  <span className={`wdo-badge ${L[`${r}Kind`]}`}>{L[`kind-${L[`${r}Kind`]}`]}</span>
                </td>
                {embed ? null : <td className="wdo-evidence">{L[`${r}Ev`]}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div ref={wrapRef} className={embed ? 'wdo embed-mode' : 'wdo'}>
      <figure className="wdo-fig" aria-label={L.figureAlt}>
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
