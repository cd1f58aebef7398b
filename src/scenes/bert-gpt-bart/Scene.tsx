import { useEffect, useMemo } from 'react';
import { fmt } from '../../i18n';
import type { SceneProps } from '../types';
import { Readout } from '../../ui/Readout';
import { useWidth } from '../../viz/useWidth';
import { MASK, attentionMask, bartNoise, bertMlm, density, gptClm, tokenize, type Noise } from './model/objectives';
import type { BgbParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { MaskGrid } from './viz/MaskGrid';
import { TokenRow, type Chip } from './viz/TokenRow';
import './scene.css';

export type BgbSceneProps = SceneProps<BgbParams, StepId>;

const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  'bert-mlm': ['bert-chosen', 'bert-split', 'tokens'],
  'bert-attention': ['mask-density', 'bert-chosen', 'tokens'],
  'gpt-clm': ['gpt-loss', 'mask-density', 'tokens'],
  'bart-noise': ['bart-input', 'bart-masks', 'bart-detail'],
  'bart-seq2seq': ['bart-input', 'mask-density', 'tokens'],
  tasks: ['bert-chosen', 'gpt-loss', 'bart-input'],
};

/** Question 10: one sentence through BERT's MLM, GPT's causal LM and BART's denoising. Layout only; the logic is in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, setParams, onReady, onPending }: BgbSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width] = useWidth<HTMLDivElement>(800);
  const seed = Math.round(Number(p.seed) || 0);
  const rate = Number(p.rate);
  const noise = String(p.noise) as Noise;
  const model = String(p.model);

  const d = useMemo(() => {
    const { tokens, cut } = tokenize(String(p.text));
    const n = tokens.length;
    const pick = Number(p.pick);
    const bert = bertMlm(tokens, rate, seed, pick >= 0 && pick < n ? [pick] : []);
    const gpt = gptClm(tokens);
    const bart = bartNoise(tokens, noise, rate, seed);
    return { tokens, cut, n, bert, gpt, bart };
  }, [p.text, p.pick, rate, seed, noise]);

  useEffect(() => {
    onPending(false);
    onReady();
  }, [d, onReady, onPending]);

  const { tokens, n, bert, gpt, bart } = d;
  const m = bart.input.length;
  const selfMask = model === 'bert' ? attentionMask(n, n, 'full') : model === 'gpt' ? attentionMask(Math.max(0, n - 1), Math.max(0, n - 1), 'causal') : attentionMask(n, n, 'causal');
  const split = { mask: 0, random: 0, keep: 0 };
  for (const i of bert.chosen) split[bert.action[i]!]++;

  const values: Record<ReadoutKey, string> = {
    tokens: String(n),
    'bert-chosen': bert.chosen.length ? bert.chosen.join(',') : '—',
    'bert-split': `${split.mask} / ${split.random} / ${split.keep}`,
    'gpt-loss': String(Math.max(0, n - 1)),
    'bart-input': String(m),
    'bart-masks': String(bart.input.filter((t) => t === MASK).length),
    'bart-detail':
      noise === 'infill'
        ? `ℓ = ${bart.spans.map((x) => x.length).join(',') || '—'}`
        : noise === 'permute'
          ? `${L.order} ${bart.order.join(',')}`
          : noise === 'rotate'
            ? `k = ${bart.order[0] ?? 0}`
            : `${noise === 'mask' ? L.masked : L.deleted} ${bart.hit.join(',') || '—'}`,
    'mask-density': `${(density(selfMask) * 100).toFixed(1)}%`,
  };

  const narrow = width < 640;
  const gridW = embed ? Math.min(170, width / 2 - 10) : narrow ? width : model === 'bart' ? Math.min(300, (width - 40) / 3) : Math.min(420, width / 2);
  const compact = embed || narrow;
  const hitSet = new Set(bart.hit);

  let rows: React.ReactNode;
  let grids: React.ReactNode;
  if (model === 'bert') {
    rows = (
      <>
        <TokenRow label={L.original} chips={tokens.map((t, i) => ({ text: t, kind: bert.action[i] ? 'loss' : 'plain', index: i }))} reducedMotion={reducedMotion} compact={compact} />
        <TokenRow
          label={L.bertInput}
          chips={bert.input.map((t, i) => ({ text: t, kind: bert.action[i] ?? 'plain' }) as Chip)}
          onChip={(i) => setParams({ pick: Number(p.pick) === i ? -1 : i })}
          chipTitle={(i) => fmt(L.chipTitle, { i, t: tokens[i] })}
          reducedMotion={reducedMotion}
          compact={compact}
        />
        <TokenRow label={L.bertTarget} chips={tokens.map((t, i) => ({ text: bert.action[i] ? t : '·', kind: bert.action[i] ? 'loss' : 'plain' }))} reducedMotion={reducedMotion} compact={compact} />
      </>
    );
    grids = <MaskGrid mask={selfMask} rowLabels={bert.input} colLabels={bert.input} title={L.attnBert} maxWidth={gridW} colour="var(--c1)" reducedMotion={reducedMotion} />;
  } else if (model === 'gpt') {
    rows = (
      <>
        <TokenRow label={L.gptInput} chips={gpt.inputs.map((t, i) => ({ text: t, kind: 'plain', index: i }))} reducedMotion={reducedMotion} compact={compact} />
        <TokenRow label={L.gptTarget} chips={gpt.targets.map((t, i) => ({ text: t, kind: 'loss', index: i + 1 }))} reducedMotion={reducedMotion} compact={compact} />
      </>
    );
    grids = <MaskGrid mask={selfMask} rowLabels={gpt.inputs} colLabels={gpt.inputs} title={L.attnGpt} maxWidth={gridW} colour="var(--c2)" reducedMotion={reducedMotion} />;
  } else {
    const decIn = ['<s>', ...tokens.slice(0, -1)];
    rows = (
      <>
        <TokenRow label={L.original} chips={tokens.map((t, i) => ({ text: t, kind: hitSet.has(i) ? 'hit' : 'plain', index: i }))} reducedMotion={reducedMotion} compact={compact} />
        <TokenRow
          label={fmt(L.bartEncoder, { noise: copy.params.noise.options?.[noise] ?? noise })}
          chips={bart.input.map((t, i) => ({ text: t, kind: t === MASK ? 'mask' : noise === 'permute' || noise === 'rotate' ? 'moved' : 'plain', index: bart.source[i] >= 0 ? bart.source[i] : '' }))}
          reducedMotion={reducedMotion}
          compact={compact}
        />
        {stepId === 'bart-noise' ? null : (
          <TokenRow label={L.bartDecoderIn} chips={decIn.map((t) => ({ text: t, kind: 'plain' }))} reducedMotion={reducedMotion} compact={compact} />
        )}
        <TokenRow label={L.bartTarget} chips={tokens.map((t) => ({ text: t, kind: 'loss' }))} reducedMotion={reducedMotion} compact={compact} />
      </>
    );
    grids = (
      <>
        <MaskGrid mask={attentionMask(m, m, 'full')} rowLabels={bart.input} colLabels={bart.input} title={L.attnEnc} maxWidth={gridW} colour="var(--c1)" reducedMotion={reducedMotion} />
        {embed ? null : <MaskGrid mask={selfMask} rowLabels={decIn} colLabels={decIn} title={L.attnDec} maxWidth={gridW} colour="var(--c2)" reducedMotion={reducedMotion} />}
        <MaskGrid mask={attentionMask(n, m, 'full')} rowLabels={decIn} colLabels={bart.input} title={L.attnCross} maxWidth={gridW} colour="var(--c3)" reducedMotion={reducedMotion} />
      </>
    );
  }

  const tasks = stepId === 'tasks' && !embed;
  const keyReadouts = STEP_READOUTS[stepId] ?? [];
  return (
    <div ref={wrapRef} className={embed ? 'bgb embed-mode' : 'bgb'}>
      <figure className="bgb-fig" aria-label={L.figureAlt}>
        <figcaption className="bgb-caption">
          {tasks ? L.tCaption : fmt(L.caption, { model: copy.params.model.options?.[model] ?? model, n })}
          {d.cut ? <span className="bgb-cut"> {L.cut}</span> : null}
        </figcaption>
        {tasks ? (
          <div className="bgb-table-wrap">
            <table className="bgb-table">
              <thead>
                <tr>
                  <th scope="col">{L.tModel}</th>
                  <th scope="col">{L.tArch}</th>
                  <th scope="col">{L.tObj}</th>
                  <th scope="col">{L.tTask}</th>
                  <th scope="col">{L.tNum}</th>
                </tr>
              </thead>
              <tbody>
                {(['Bert', 'Gpt', 'Bart'] as const).map((k) => (
                  <tr key={k}>
                    <th scope="row">{L[`t${k}`]}</th>
                    <td>{L[`t${k}Arch`]}</td>
                    <td>{L[`t${k}Obj`]}</td>
                    <td>{L[`t${k}Task`]}</td>
                    <td>{L[`t${k}Num`]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <>
            <div className="bgb-rows">{rows}</div>
            {model === 'bert' && !embed ? <p className="bgb-hint">{L.clickHint}</p> : null}
            <div className="bgb-legend" aria-hidden="true">
              {model === 'bert' ? (
                <>
                  <span className="bgb-chip mask">{L.legendMask}</span>
                  <span className="bgb-chip random">{L.legendRandom}</span>
                  <span className="bgb-chip keep">{L.legendKeep}</span>
                </>
              ) : model === 'bart' ? (
                <span className="bgb-chip hit">{L.legendHit}</span>
              ) : null}
              <span className="bgb-chip loss">{L.legendLoss}</span>
            </div>
            <div className={narrow && !embed ? 'bgb-grids narrow' : 'bgb-grids'}>{grids}</div>
            {embed ? null : <p className="bgb-hint">{L.gridNote}</p>}
          </>
        )}
      </figure>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((r) => !embed || keyReadouts.includes(r)).map((r) => (
          <Readout key={r} k={r} label={copy.readouts[r] ?? r} value={values[r]} emphasis={!embed && keyReadouts.includes(r)} />
        ))}
      </div>
    </div>
  );
}
