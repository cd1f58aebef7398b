import { useEffect, useMemo } from 'react';
import { fmt } from '../../i18n';
import type { SceneProps } from '../types';
import { Readout } from '../../ui/Readout';
import { useWidth } from '../../viz/useWidth';
import { formatBytes, formatCount, formatMiB, sig } from './model/format';
import { GB, GPU_OPTIONS, MODEL_IDS, finetuneMemory, optimizerBytes, taskStorage, type ModelId } from './model/memory';
import type { FtParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { ByteStrip, type BytePiece } from './viz/ByteStrip';
import { InfoTable } from './viz/InfoTable';
import type { Kind, Method } from './viz/kinds';
import { MethodBars } from './viz/MethodBars';
import './ft.css';

export type FtSceneProps = SceneProps<FtParams, StepId>;

/** Readouts each step is about (emphasised on the page; the only ones shown in an embed). */
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  'full-ft': ['mem-full', 'fits', 'bytes-per-param'],
  optimizer: ['mem-full', 'bytes-per-param', 'fits'],
  'lora-freeze': ['mem-lora', 'trainable', 'trainable-pct'],
  checkpoint: ['ckpt-full', 'ckpt-adapter', 'ckpt-ratio', 'tasks-100'],
  qlora: ['mem-qlora', 'mem-lora', 'fits'],
  activations: ['acts', 'mem-lora', 'mem-qlora'],
  tradeoffs: ['mem-full', 'mem-lora', 'mem-qlora'],
};

const FOCUS: Record<StepId, { kinds: Kind[]; method?: Method }> = {
  'full-ft': { kinds: [], method: 'full' },
  optimizer: { kinds: ['optim'], method: 'full' },
  'lora-freeze': { kinds: ['weights', 'adapters'], method: 'lora' },
  checkpoint: { kinds: [] },
  qlora: { kinds: ['weights'], method: 'qlora' },
  activations: { kinds: ['acts'] },
  tradeoffs: { kinds: [] },
};

const GPUS = GPU_OPTIONS.map(Number);

/** Question 17: training memory of full FT, LoRA and QLoRA, checkpoints and trade-offs. Layout only; the arithmetic is in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, onReady, onPending }: FtSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width, height] = useWidth<HTMLDivElement>(800);

  const model: ModelId = (MODEL_IDS as readonly string[]).includes(p.model) ? p.model : 'llama-7b';
  const wbits = Number(p.wbits) || 16;
  const gpu = Number(p.gpu) || 24;
  const d = useMemo(
    () =>
      finetuneMemory({
        model,
        wbits,
        opt: p.opt === 'adamw-8bit' ? 'adamw-8bit' : 'adamw',
        r: Math.max(1, Math.round(Number(p.r) || 1)),
        targets: String(p.targets ?? ''),
        batch: Math.max(1, Number(p.batch) || 1),
        seq: Math.max(1, Number(p.seq) || 1),
        ckpt: Boolean(p.ckpt),
        flash: Boolean(p.flash),
      }),
    [model, wbits, p.opt, p.r, p.targets, p.batch, p.seq, p.ckpt, p.flash],
  );

  useEffect(() => {
    onPending(false);
    onReady();
  }, [d, onReady, onPending]);

  const k = optimizerBytes(p.opt === 'adamw-8bit' ? 'adamw-8bit' : 'adamw');
  const modelName = copy.params.model.options?.[model] ?? model;
  const methods: Record<Method, string> = { full: L.mFull, lora: L.mLora, qlora: L.mQlora };
  const kinds: Record<Kind, string> = { weights: L.kWeights, grads: L.kGrads, optim: L.kOptim, adapters: L.kAdapters, acts: L.kActs };
  const yes = (b: number) => (b <= gpu * GB ? L.yes : L.no);
  const tasks = taskStorage(d.ckptFull, d.ckptAdapter, 100);
  const adaptPer = d.lora.adapters / d.psi;
  const bpp = {
    full: (d.full.total - d.full.acts) / d.psi,
    lora: d.loraBasePerParam + adaptPer,
    qlora: d.qloraBasePerParam + adaptPer,
  };

  const readoutValues: Record<ReadoutKey, string> = {
    'mem-full': formatBytes(d.full.total),
    'mem-lora': formatBytes(d.lora.total),
    'mem-qlora': formatBytes(d.qlora.total),
    acts: formatBytes(d.full.acts),
    fits: fmt(L.fitsFmt, { gb: gpu, f: yes(d.full.total), l: yes(d.lora.total), q: yes(d.qlora.total) }),
    trainable: formatCount(d.trainable),
    'trainable-pct': `${Number(((100 * d.trainable) / d.psi).toPrecision(2))}%`,
    'ckpt-full': formatBytes(d.ckptFull),
    'ckpt-adapter': d.ckptAdapter > 0 ? `${formatBytes(d.ckptAdapter)} (${formatMiB(d.ckptAdapter)})` : '0',
    'ckpt-ratio': d.ckptAdapter > 0 ? fmt(L.ratioFmt, { x: Math.round(d.ckptFull / d.ckptAdapter).toLocaleString('en') }) : '—',
    'tasks-100': fmt(L.tasksFmt, { full: formatBytes(tasks.full), lora: formatBytes(tasks.lora) }),
    'bytes-per-param': fmt(L.bppFmt, { f: sig(bpp.full), l: sig(bpp.lora), q: sig(bpp.qlora) }),
  };
  const keyReadouts = STEP_READOUTS[stepId] ?? [];
  const focus = FOCUS[stepId] ?? { kinds: [] };

  const narrow = width < 720;
  const isCkpt = stepId === 'checkpoint';
  const isTrade = stepId === 'tradeoffs';
  const sideW = embed ? Math.min(isCkpt ? 290 : 240, Math.floor(width * (isCkpt ? 0.46 : 0.38))) : narrow ? width : isCkpt ? 360 : 300;
  const mainW = embed || !narrow ? width - sideW - 16 : width;
  const figH = embed ? Math.max(180, (height || 320) - 96) : narrow ? 330 : 400;

  const strips: Record<Method, BytePiece[]> = {
    full: [
      { kind: 'weights', label: L.pW, bytes: 2 },
      { kind: 'grads', label: L.pG, bytes: 2 },
      { kind: 'optim', label: L.pMaster, bytes: 4 },
      { kind: 'optim', label: L.pM, bytes: (k - 4) / 2 },
      { kind: 'optim', label: L.pV, bytes: (k - 4) / 2 },
    ],
    lora: [
      { kind: 'weights', label: `${L.pBase} ${wbits}-bit`, bytes: d.loraBasePerParam, frozen: true },
      { kind: 'adapters', label: L.pAdapt, bytes: adaptPer },
    ],
    qlora: [
      { kind: 'weights', label: `${L.pBase} NF4`, bytes: d.qloraBasePerParam, frozen: true },
      { kind: 'adapters', label: L.pAdapt, bytes: adaptPer },
    ],
  };

  const bars = (w: number, hgt: number, compact: boolean) => (
    <MethodBars
      width={w}
      height={hgt}
      bytes={{ full: d.full, lora: d.lora, qlora: d.qlora }}
      gpus={GPUS}
      gpu={gpu}
      focus={focus.kinds}
      method={focus.method}
      labels={{
        kinds,
        frozen: L.frozen,
        methods,
        axis: L.axis,
        gpuLine: L.gpuLine,
        title: fmt(L.barsAlt, { model: modelName, full: formatBytes(d.full.total), lora: formatBytes(d.lora.total), qlora: formatBytes(d.qlora.total) }),
      }}
      reducedMotion={reducedMotion}
      compact={compact}
    />
  );

  const isGpt3 = model === 'gpt3-175b';
  const ckptTable = (
    <InfoTable
      caption={L.ckptCaption}
      head={[L.colWhat, L.colHere, L.colPaper]}
      rows={[
        { key: 'full', cells: [L.rCkptFull, formatBytes(d.ckptFull), L.pCkptFull] },
        { key: 'adapter', cells: [L.rAdapter, readoutValues['ckpt-adapter'], L.pAdapter], strong: true },
        { key: 'ratio', cells: [L.rRatio, readoutValues['ckpt-ratio'], L.pRatio] },
        { key: '100f', cells: [L.r100Full, formatBytes(tasks.full), L.p100Full] },
        { key: '100l', cells: [L.r100Lora, formatBytes(tasks.lora), L.p100Lora] },
      ]}
      className={isGpt3 ? 'paper' : 'paper off'}
    />
  );
  const vramTable = (
    <>
      <InfoTable
        caption={L.vramCaption}
        head={[L.colWhat, L.colHere, L.colPaper]}
        rows={[
          { key: 'full', cells: [L.rVramFull, formatBytes(d.full.total - d.full.acts), L.pVramFull], strong: true },
          { key: 'lora', cells: [L.rVramLora, formatBytes(d.lora.total - d.lora.acts), L.pVramLora] },
          { key: 'bpp', cells: [L.rBpp, sig(bpp.full), L.pBpp] },
        ]}
        className={isGpt3 ? 'paper' : 'paper off'}
      />
      <p className="ft-note">{L.vramNote}</p>
    </>
  );

  const tradeRows = (['Quality', 'Forget', 'Serve', 'Latency', 'Memory', 'Wins'] as const).map((r) => ({
    key: r,
    cells: embed ? [L[`t${r}`], L[`t${r}Full`], L[`t${r}Lora`]] : [L[`t${r}`], L[`t${r}Full`], L[`t${r}Lora`], L[`t${r}Src`]],
  }));
  const tradeTable =
    narrow && !embed ? (
      <section className="ft-cards" aria-label={L.toCaption}>
        <h4>{L.toCaption}</h4>
        {(['Quality', 'Forget', 'Serve', 'Latency', 'Memory', 'Wins'] as const).map((r) => (
          <div key={r} className="ft-card">
            <h5>{L[`t${r}`]}</h5>
            <p>
              <b>{L.colFull}</b>: {L[`t${r}Full`]}
            </p>
            <p>
              <b>{L.colLora}</b>: {L[`t${r}Lora`]}
            </p>
            <p className="ft-card-src">
              {L.colSrc}: {L[`t${r}Src`]}
            </p>
          </div>
        ))}
      </section>
    ) : (
      <InfoTable caption={L.toCaption} head={embed ? [L.colAspect, L.colFull, L.colLora] : [L.colAspect, L.colFull, L.colLora, L.colSrc]} rows={tradeRows} className="trade" />
    );

  const strip = (
    <ByteStrip
      width={sideW}
      rows={strips}
      methods={methods}
      title={L.stripTitle}
      note={L.stripNote}
      method={focus.method}
      reducedMotion={reducedMotion}
    />
  );

  let main: React.ReactNode;
  let side: React.ReactNode;
  if (isTrade) {
    main = <div className="ft-trade-wrap">{tradeTable}</div>;
    side = embed ? null : bars(sideW, narrow ? 300 : 340, true);
  } else if (isCkpt) {
    main = bars(mainW, figH, embed);
    side = (
      <div className="ft-tables">
        {ckptTable}
        {embed ? null : vramTable}
      </div>
    );
  } else {
    main = bars(mainW, figH, embed);
    side = embed ? null : strip;
  }
  const fullWidthMain = embed && !side;

  return (
    <div ref={wrapRef} className={embed ? 'ft embed-mode' : 'ft'}>
      <div
        className={(narrow && !embed) || fullWidthMain ? 'ft-grid narrow' : 'ft-grid'}
        style={(narrow && !embed) || fullWidthMain ? undefined : { gridTemplateColumns: `minmax(0, 1fr) ${sideW}px` }}
      >
        <figure className="ft-main" aria-label={L.figureAlt}>
          <figcaption className="ft-caption">
            {fmt(L.caption, { model: modelName, b: Number(p.batch), s: Number(p.seq), ckpt: `${p.ckpt ? L.ckptOn : ''}${p.flash ? L.flashOn : ''}`, gpu })}
          </figcaption>
          {fullWidthMain && !isTrade ? bars(width, figH, true) : main}
        </figure>
        {side ? <div className="ft-side">{side}</div> : null}
      </div>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((r) => !embed || keyReadouts.includes(r)).map((r) => (
          <Readout key={r} k={r} label={copy.readouts[r] ?? r} value={readoutValues[r]} emphasis={!embed && keyReadouts.includes(r)} />
        ))}
      </div>
    </div>
  );
}
