import { useEffect, useMemo, useRef, useState } from 'react';
import { ensureTf } from '../../compute/tf';
import { fmt } from '../../i18n';
import { Readout } from '../../ui/Readout';
import { PairedBars } from '../../viz/PairedBars';
import { useWidth } from '../../viz/useWidth';
import type { SceneProps } from '../types';
import { adamUpdate, lossAt, maxGap, thetaAt } from './model/inspect';
import { DOMAIN, l2Minimum, MINIMUM } from './model/landscapes';
import { computeRace, N_OPT, ROW, type OptimizerId, type Race, type RaceParams } from './model/optim';
import type { AdamwParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { LossPlot } from './viz/LossPlot';
import { RacePlot, type RaceArrow, type RaceLine } from './viz/RacePlot';
import { sig, UpdateTable, type RowKey } from './viz/UpdateTable';
import './adamw.css';

export type AdamwSceneProps = SceneProps<AdamwParams, StepId>;

/** Samples per side of the contour grid (one tensor op, cached per landscape). */
const GRID_N = 97;

/** Colour, width and dash of each optimizer's line (Okabe–Ito via CSS variables). */
const STYLE: Record<OptimizerId, { color: string; width: number; dash?: string }> = {
  sgd: { color: 'var(--c6)', width: 1.8 },
  momentum: { color: 'var(--c3)', width: 1.8 },
  adam: { color: 'var(--c4)', width: 1.8 },
  adamL2: { color: 'var(--c2)', width: 3 },
  adamw: { color: 'var(--c1)', width: 3, dash: '7 5' },
  sgdL2: { color: 'var(--c5)', width: 3 },
  sgdw: { color: 'var(--text)', width: 2, dash: '5 5' },
};
const MAIN: OptimizerId[] = ['sgd', 'momentum', 'adam', 'adamL2', 'adamw'];
const SGD_SET: OptimizerId[] = ['sgd', 'momentum', 'sgdL2', 'sgdw'];

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  race: ['loss-sgd', 'loss-momentum', 'loss-adam', 'loss-adam-l2', 'loss-adamw'],
  'adam-update': ['l2-decay-x', 'l2-decay-y', 'adamw-decay'],
  'l2-coupled': ['l2-decay-x', 'l2-decay-y', 'adamw-decay'],
  decoupled: ['adamw-decay', 'l2-decay-y', 'gap-l2-w'],
  'lambda-zero': ['gap-l2-w', 'loss-adam', 'loss-adam-l2', 'loss-adamw'],
  'sgd-equivalent': ['sgd-l2-vs-w', 'loss-sgd'],
  'torch-lr': ['adamw-decay', 'gap-l2-w', 'loss-adamw'],
};

/** Steps whose side panel is the term-by-term update (the others show loss curves). */
const UPDATE_STEPS: StepId[] = ['adam-update', 'l2-coupled', 'decoupled', 'torch-lr'];

/**
 * Runs the race for the latest params, one computation at a time: while one is in flight, newer
 * params wait and only the newest runs next (a slider drag never queues up stale work).
 */
function useRace(p: RaceParams, onPending: (b: boolean) => void, onError: (e: unknown) => void) {
  const [race, setRace] = useState<Race | null>(null);
  const grids = useRef(new Map<string, Float32Array>());
  const want = useRef(p);
  const busy = useRef(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    want.current = p;
    onPending(true);
    if (busy.current) return; // the running loop picks the newest params up itself
    busy.current = true;
    let started = false;
    const run = async () => {
      try {
        await ensureTf();
        for (;;) {
          const q = want.current;
          const needGrid = !grids.current.has(q.land);
          const r = await computeRace(q, needGrid ? GRID_N : 0);
          if (r.grid) grids.current.set(q.land, r.grid);
          if (!alive.current) return;
          setRace(r);
          if (want.current === q) break;
        }
        onPending(false);
      } catch (e) {
        if (alive.current) onError(e);
      } finally {
        busy.current = false;
      }
    };
    const frame = requestAnimationFrame(() => {
      started = true;
      void run();
    });
    return () => {
      if (!started) {
        cancelAnimationFrame(frame);
        busy.current = false;
      }
    };
  }, [p, onPending, onError]);
  const grid = race ? grids.current.get(race.params.land) ?? null : null;
  return { race, grid };
}

/** A loss or distance for a readout: 3 significant digits, "diverged" when not finite. */
function num(v: number, diverged: string): string {
  if (!Number.isFinite(v) || Math.abs(v) > 1e12) return diverged;
  return sig(v);
}

/** Question 16: SGD, momentum, Adam, Adam+L2 and AdamW racing on a 2-D loss. Layout only; math in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, setParams, onReady, onError, onPending }: AdamwSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width, height] = useWidth<HTMLDivElement>(800);
  const raceParams = useMemo<RaceParams>(
    () => ({ land: p.land, lr: p.lr, beta1: p.beta1, beta2: p.beta2, eps: 10 ** p.logEps, wd: p.wd, steps: p.steps, x0: p.x0, y0: p.y0 }),
    [p.land, p.lr, p.beta1, p.beta2, p.logEps, p.wd, p.steps, p.x0, p.y0],
  );
  const { race, grid } = useRace(raceParams, onPending, onError);
  // While a new race is computing, the readouts keep the last complete state (never old race + new params).
  const lastReadouts = useRef<Record<ReadoutKey, string> | null>(null);
  useEffect(() => {
    if (race && grid) onReady();
  }, [race, grid, onReady]);

  if (!race || !grid) {
    return (
      <div ref={wrapRef} className="adamw">
        <p className="loading">…</p>
      </div>
    );
  }

  const rp = race.params;
  const T = rp.steps;
  const t = Math.max(1, Math.min(p.t, T));
  const showUpdate = UPDATE_STEPS.includes(stepId);
  const sgdStep = stepId === 'sgd-equivalent';
  const ids = sgdStep ? [...SGD_SET, 'adam', 'adamL2', 'adamw'] as OptimizerId[] : MAIN;
  const optLabel = (o: OptimizerId) => L[`opt-${o}`] ?? o;

  const trajectory = (o: OptimizerId): [number, number][] => Array.from({ length: T + 1 }, (_, k) => thetaAt(race, o, k));
  const lines: RaceLine[] = ids.map((o) => ({
    id: o,
    label: optLabel(o),
    ...STYLE[o],
    width: sgdStep && !SGD_SET.includes(o) ? 1.4 : STYLE[o].width,
    faded: sgdStep && !SGD_SET.includes(o),
    points: trajectory(o),
  }));
  // draw the two protagonists last (on top)
  lines.sort((a, b) => Number(a.id === 'adamL2' || a.id === 'adamw') - Number(b.id === 'adamL2' || b.id === 'adamw'));

  const vL2 = adamUpdate(race, 'adamL2', t);
  const vW = adamUpdate(race, 'adamw', t);
  const vA = adamUpdate(race, 'adam', t);

  // decay arrows at the inspected update, scaled so the longer one is ~0.9 plot units
  const longest = Math.max(Math.hypot(...vW.decay), Math.hypot(...vL2.decay), 1e-12);
  const scale = Math.min(200, 0.9 / longest);
  const arrowScale = scale >= 10 ? Math.round(scale / 5) * 5 : Math.max(1, Math.round(scale));
  const showArrows = showUpdate && rp.wd > 0 && stepId !== 'adam-update';
  const arrows: RaceArrow[] = showArrows
    ? [
        { id: 'l2', from: vL2.theta0, vec: [-vL2.decay[0] * arrowScale, -vL2.decay[1] * arrowScale], color: STYLE.adamL2.color, label: optLabel('adamL2') },
        { id: 'w', from: vW.theta0, vec: [-vW.decay[0] * arrowScale, -vW.decay[1] * arrowScale], color: STYLE.adamw.color, label: optLabel('adamw') },
      ]
    : [];
  const marks = showUpdate
    ? [
        { id: 'l2', at: vL2.theta0, color: STYLE.adamL2.color },
        { id: 'w', at: vW.theta0, color: STYLE.adamw.color },
      ]
    : [];
  const l2Min = rp.wd > 0 && !sgdStep ? l2Minimum(rp.land, rp.wd) : null;

  const gap = Math.hypot(thetaAt(race, 'adamL2', T)[0] - thetaAt(race, 'adamw', T)[0], thetaAt(race, 'adamL2', T)[1] - thetaAt(race, 'adamw', T)[1]);
  const sgdGap = maxGap(race, 'sgdL2', 'sgdw');
  const readoutValues: Record<ReadoutKey, string> = {
    'loss-sgd': num(lossAt(race, 'sgd', T), L.diverged),
    'loss-momentum': num(lossAt(race, 'momentum', T), L.diverged),
    'loss-adam': num(lossAt(race, 'adam', T), L.diverged),
    'loss-adam-l2': num(lossAt(race, 'adamL2', T), L.diverged),
    'loss-adamw': num(lossAt(race, 'adamw', T), L.diverged),
    'gap-l2-w': num(gap, L.diverged),
    'l2-decay-x': num(vL2.relDecay[0], L.diverged),
    'l2-decay-y': num(vL2.relDecay[1], L.diverged),
    'adamw-decay': sig(rp.lr * rp.wd),
    'sgd-l2-vs-w': num(sgdGap, L.diverged),
  };
  const stale = (Object.keys(raceParams) as (keyof RaceParams)[]).some((k) => raceParams[k] !== rp[k]);
  const shownReadouts = stale && lastReadouts.current ? lastReadouts.current : readoutValues;
  if (!stale) lastReadouts.current = readoutValues;
  const key = STEP_READOUTS[stepId] ?? [];

  const narrow = width < 700;
  // the plot is square: wide pages put the side panel to its right, phones stack, embeds fit the height
  const embedH = Math.max(220, (height || 330) - 64);
  const plotSize = embed
    ? Math.max(200, Math.min(embedH, Math.floor(width * 0.52)))
    : narrow
      ? Math.min(width, 460)
      : Math.max(300, Math.min(480, width - 410 - 16));
  const sideW = embed || !narrow ? Math.max(200, width - plotSize - 16) : width;

  const legendIds = sgdStep ? SGD_SET : MAIN;
  const rowLabels = Object.fromEntries(
    (['theta0', 'gradF', 'g', 'm', 'v', 'mHat', 'vHat', 'den', 'step', 'decay', 'relDecay', 'theta1'] as RowKey[]).map((k) => [k, L[`row-${k}`] ?? k]),
  ) as Record<RowKey, string>;

  const lossSeries = (sgdStep ? SGD_SET : MAIN).map((o) => ({
    id: o,
    ...STYLE[o],
    values: Array.from({ length: T + 1 }, (_, k) => race.loss[k * N_OPT + ROW[o]]),
  }));

  const side = () => {
    if (showUpdate) {
      const cols =
        stepId === 'adam-update'
          ? [
              { view: vA, label: optLabel('adam'), color: STYLE.adam.color },
              { view: vL2, label: optLabel('adamL2'), color: STYLE.adamL2.color },
            ]
          : [
              { view: vL2, label: optLabel('adamL2'), color: STYLE.adamL2.color },
              { view: vW, label: optLabel('adamw'), color: STYLE.adamw.color },
            ];
      const emph: RowKey[] = stepId === 'adam-update' ? ['mHat', 'vHat', 'step'] : ['den', 'decay', 'relDecay'];
      return (
        <div className="side-stack">
          <UpdateTable cols={cols} rows={rowLabels} caption={fmt(L.tableCaption, { t, T })} emphasis={emph} compact={embed} stacked={!embed && sideW < 380} />
          {embed || stepId === 'adam-update' ? null : (
            <PairedBars
              width={sideW}
              height={150}
              title={L.relDecayTitle}
              a={{ label: optLabel('adamL2'), color: STYLE.adamL2.color, values: vL2.relDecay }}
              b={{ label: optLabel('adamw'), color: STYLE.adamw.color, values: vW.relDecay }}
              categoryLabel={(i) => (i === 0 ? 'θ₁' : 'θ₂')}
              reducedMotion={reducedMotion}
            />
          )}
        </div>
      );
    }
    return (
      <LossPlot
        series={lossSeries}
        steps={T}
        width={sideW}
        height={embed ? Math.max(150, embedH - 30) : 240}
        title={L.lossTitle}
        xLabel={L.lossX}
        yLabel={L.lossY}
        reducedMotion={reducedMotion}
      />
    );
  };

  return (
    <div ref={wrapRef} className={embed ? 'adamw embed-mode' : 'adamw'} data-compute-ms={race.ms.toFixed(1)} data-compute-path={race.path}>
      <div
        className={narrow && !embed ? 'adamw-grid narrow' : 'adamw-grid'}
        style={narrow && !embed ? undefined : { gridTemplateColumns: `${plotSize}px minmax(0, 1fr)` }}
      >
        <div className="adamw-main">
          <RacePlot
            size={plotSize}
            domain={DOMAIN}
            grid={grid}
            gridN={GRID_N}
            lines={lines}
            start={[rp.x0, rp.y0]}
            minimum={MINIMUM[rp.land] as [number, number]}
            l2Min={l2Min}
            marks={marks}
            arrows={arrows}
            raceKey={`${stepId}|${rp.land}`}
            reducedMotion={reducedMotion}
            labels={{ title: fmt(L.raceTitle, { T }), x: 'θ₁', y: 'θ₂', min: L.min, l2Min: L.l2Min, start: L.start, drag: L.drag }}
            onStart={(x0, y0) => setParams({ x0, y0 })}
          />
          <ul className="adamw-legend" aria-label={L.legend}>
            {legendIds.map((o) => (
              <li key={o}>
                <svg width="22" height="8" aria-hidden="true">
                  <line x1="1" x2="21" y1="4" y2="4" stroke={STYLE[o].color} strokeWidth={STYLE[o].width} strokeDasharray={STYLE[o].dash ? '5 3' : undefined} />
                </svg>
                {optLabel(o)}
              </li>
            ))}
            <li>
              <span className="legend-mark" aria-hidden="true">★</span>
              {L.min}
            </li>
            {l2Min ? (
              <li>
                <span className="legend-mark" aria-hidden="true">◇</span>
                {L.l2Min}
              </li>
            ) : null}
            {showArrows ? <li className="legend-note">{fmt(L.arrowNote, { k: arrowScale })}</li> : null}
            {!embed ? <li className="legend-note">{L.drag}</li> : null}
          </ul>
        </div>
        <div className="adamw-side">{side()}</div>
      </div>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((k) => !embed || key.includes(k)).map((k) => (
          <Readout key={k} k={k} label={copy.readouts[k] ?? k} value={shownReadouts[k]} emphasis={!embed && key.includes(k)} />
        ))}
      </div>
    </div>
  );
}
