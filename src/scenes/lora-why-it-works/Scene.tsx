import { useEffect, useRef, useState } from 'react';
import { ensureTf } from '../../compute/tf';
import { Readout } from '../../ui/Readout';
import { LinePlot, type LineSeries } from '../../viz/LinePlot';
import { SERIES } from '../../viz/colors';
import { useWidth } from '../../viz/useWidth';
import type { SceneProps } from '../types';
import { hex32 } from './model/counts';
import { keyOf, runLab, type LabView } from './model/session';
import { MAX_STEPS, type WhyParams } from './params';
import type { ReadoutKey } from './readouts';
import type { StepId } from './steps';
import './why.css';

export type WhySceneProps = SceneProps<WhyParams, StepId>;

const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  setup: ['params-r1', 'params-r8', 'params-full', 'optim-r8', 'optim-full'],
  race: ['loss-r1', 'loss-r8', 'loss-full', 'train-step'],
  rank: ['loss-r1', 'loss-r2', 'loss-r4', 'loss-r8'],
  frozen: ['base-crc-before', 'base-crc-after', 'full-crc'],
  merge: ['merge-diff'],
  why: ['heldout-r8', 'heldout-full', 'params-r8', 'params-full'],
};

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const loss = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(3));
function bytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} MB`;
  return `${(n / 1e3).toFixed(1)} KB`;
}
const last = (a: number[]) => a[a.length - 1];

/** Question 19: the live LoRA-vs-full fine-tuning race. Layout only; the math is in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, setParams, onReady, onError, onPending }: WhySceneProps) {
  const L = copy.labels as Record<string, string>;
  const R = copy.readouts;
  const [view, setView] = useState<LabView | null>(null);
  const [playing, setPlaying] = useState(false);
  const [wrapRef, width] = useWidth<HTMLDivElement>(800);
  const key = keyOf(p);
  const pRef = useRef(p);
  pRef.current = p;

  useEffect(() => {
    let live = true;
    onPending(true);
    ensureTf()
      .then(() => runLab(p, p.steps, !playing, () => live, (v) => live && setView(v)))
      .then((v) => {
        if (!live || !v) return;
        setView(v);
        if (playing) {
          if (v.step >= MAX_STEPS) setPlaying(false);
          else setParams({ steps: v.step + 1 });
        } else onPending(false);
      })
      .catch((e: unknown) => {
        if (live) {
          setPlaying(false);
          onError(e);
        }
      });
    return () => {
      live = false;
    };
  }, [key, p.steps, playing]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (view) onReady();
  }, [view, onReady]);

  if (!view) {
    return (
      <div ref={wrapRef} className="why">
        <p className="loading">{L.loading}</p>
      </div>
    );
  }

  const emph = new Set(STEP_READOUTS[stepId]);
  const ins = view.inspection;
  const byR = (r: number) => view.curves.find((c) => c.r === r)!;
  const runName = (r: number) => (r === 0 ? L.full : `LoRA r=${r}`);
  const plotW = Math.max(260, Math.min(embed ? width : width - 8, 760));
  // narrow screens: short legend labels so five entries fit in one row
  const legendName = (r: number) => (plotW < 520 ? (r === 0 ? L.fullShort : `r=${r}`) : runName(r));
  const series: LineSeries[] = view.curves.map((c, i) => ({
    label: legendName(c.r),
    color: SERIES[i % SERIES.length],
    points: c.train.map((y, x) => ({ x, y })),
  }));
  if (stepId === 'why') {
    for (const r of [8, 0]) {
      const c = byR(r);
      series.push({ label: `${legendName(r)} ${L.heldShort}`, color: SERIES[view.curves.indexOf(c) % SERIES.length], dashed: true, points: c.heldOut.map((y, x) => ({ x, y })) });
    }
  }
  const plotH = embed ? 200 : Math.round(Math.min(300, Math.max(200, plotW * 0.45)));
  const sample = view.task.train[0];
  const checksStep = stepId === 'frozen' || stepId === 'merge';
  const maxMerge = ins ? Math.max(...ins.mergeDiff) : NaN;
  const baseSame = ins ? ins.baseCrcAfter === ins.baseCrcBefore : false;
  const trainControls = (
    <div className="why-train" role="group" aria-label={L.trainControls}>
      <button type="button" className="btn" data-action="train-play" aria-pressed={playing} disabled={!playing && p.steps >= MAX_STEPS} onClick={() => setPlaying(!playing)}>
        {playing ? L.pause : L.play}
      </button>
      <button type="button" className="btn" data-action="train-step" disabled={playing || p.steps >= MAX_STEPS} onClick={() => setParams({ steps: Math.min(MAX_STEPS, p.steps + 1) })}>
        {L.stepOnce}
      </button>
      <button type="button" className="btn" data-action="train-reset" disabled={playing || p.steps === 0} onClick={() => setParams({ steps: 0 })}>
        {L.reset}
      </button>
      <Readout k="train-step" label={R['train-step']} value={String(view.step)} emphasis={emph.has('train-step')} />
      {Number.isFinite(view.msPerStep) ? <span className="why-speed">{L.speed.replace('{ms}', view.msPerStep.toFixed(0))}</span> : null}
    </div>
  );

  const table = (
    <div className="why-table-wrap">
    <table className="why-table">
      <caption className="sr-only">{L.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{L.run}</th>
          <th scope="col">{L.trainable}</th>
          <th scope="col">{L.optimState}</th>
          <th scope="col">{L.trainLoss}</th>
          <th scope="col">{L.heldLoss}</th>
        </tr>
      </thead>
      <tbody>
        {view.curves.map((c, i) => {
          const tag = c.r === 0 ? 'full' : `r${c.r}`;
          const pk = `params-${tag}`;
          const ok = `optim-${tag}`;
          const hk = `heldout-${tag}`;
          return (
            <tr key={c.r}>
              <th scope="row">
                <span className="why-swatch" style={{ background: SERIES[i % SERIES.length] }} aria-hidden="true" />
                {runName(c.r)}
              </th>
              <td className={emph.has(pk as ReadoutKey) ? 'emph' : undefined}>
                <span data-readout={pk}>{int(c.trainable)}</span>
              </td>
              <td className={emph.has(ok as ReadoutKey) ? 'emph' : undefined}>
                <span data-readout={ok}>{bytes(c.optimizerBytes)}</span>
              </td>
              <td className={emph.has(`loss-${tag}` as ReadoutKey) ? 'emph' : undefined}>
                <span data-readout={`loss-${tag}`}>{loss(last(c.train))}</span>
              </td>
              <td className={emph.has(hk as ReadoutKey) ? 'emph' : undefined}>
                <span data-readout={hk}>{loss(last(c.heldOut))}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );

  const checks = (
    <div className="why-checks">
      <Readout k="base-crc-before" label={R['base-crc-before']} value={ins ? hex32(ins.baseCrcBefore) : '…'} emphasis={emph.has('base-crc-before')} />
      <Readout k="base-crc-after" label={R['base-crc-after']} value={ins ? hex32(ins.baseCrcAfter) : '…'} emphasis={emph.has('base-crc-after')} />
      <Readout k="full-crc" label={R['full-crc']} value={ins && ins.fullCrc !== null ? hex32(ins.fullCrc) : '…'} emphasis={emph.has('full-crc')} />
      <Readout k="merge-diff" label={R['merge-diff']} value={ins ? (maxMerge === 0 ? '0' : maxMerge.toExponential(1)) : '…'} emphasis={emph.has('merge-diff')} />
      {ins ? (
        <p className="why-verdict">
          {baseSame ? L.baseSame : L.baseChanged} {ins.fullCrc !== null && ins.fullCrc !== ins.baseCrcBefore ? L.fullChanged : L.fullSame}
        </p>
      ) : (
        <p className="why-verdict">{L.checksPaused}</p>
      )}
    </div>
  );

  return (
    <div ref={wrapRef} className={embed ? 'why embed' : 'why'}>
      {trainControls}
      {embed && checksStep ? null : (
      <div className="why-plot">
        <LinePlot
          series={series}
          width={plotW}
          height={plotH}
          title={L.plotTitle}
          xLabel={L.xLabel}
          yLabel={L.yLabel}
          xTicks={Array.from({ length: Math.min(view.step, 6) + 1 }, (_, i) => Math.round((i * view.step) / Math.max(1, Math.min(view.step, 6))))}
          reducedMotion={reducedMotion || playing}
        />
      </div>
      )}
      {embed && !checksStep ? null : checks}
      {embed ? null : (
        <>
          {table}
          <p className="why-task">
            <strong>{L.taskSample}</strong> <span className="why-tokens">{sample.inputs[0].map((id) => view.labels(id)).join(' ')}</span>{' '}
            <span className="why-muted">{p.task === 'map' ? L.taskMap : L.taskCopy}</span>
          </p>
        </>
      )}
    </div>
  );
}
