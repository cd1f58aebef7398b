import { useEffect, useMemo, useRef, useState } from 'react';
import { fmt } from '../../i18n';
import type { TinyModel } from '../../model/types';
import { Formula } from '../../ui/Formula';
import { Readout } from '../../ui/Readout';
import { useWidth } from '../../viz/useWidth';
import type { SceneProps } from '../types';
import { blocks as makeBlocks, layerNormCount, PAPER_BASE, shapeText, totalParams, type ArchConfig, type BlockKind } from './model/arch';
import { analyse, getModel, type LiveResult } from './model/live';
import { argmaxRow, maxAbsDiff, meanEntropy, meanRms, softmax, topK } from './model/view';
import { MAX_TOKENS, type ArchParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { ArchDiagram } from './viz/ArchDiagram';
import { HeadGrid } from './viz/HeadGrid';
import { HeadView } from './viz/HeadView';
import { MatrixCanvas } from './viz/MatrixCanvas';
import './scene.css';

export type ArchSceneProps = SceneProps<ArchParams, StepId>;

const HIGHLIGHT: Record<StepId, BlockKind[]> = {
  overview: [],
  embedding: ['embed'],
  attention: ['masked-attn', 'self-attn'],
  'multi-head': ['masked-attn', 'self-attn'],
  'cross-attention': ['cross-attn'],
  'norm-placement': ['add-norm', 'norm', 'add', 'final-norm'],
  output: ['linear', 'softmax'],
};
const FOCUS: Record<StepId, string | null> = {
  overview: null,
  embedding: 'dec-embed',
  attention: 'dec-masked',
  'multi-head': 'dec-masked',
  'cross-attention': 'dec-cross',
  'norm-placement': null,
  output: 'linear',
};
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  overview: ['params', 'ln-count', 'focus-shape'],
  embedding: ['tokens', 'focus-shape'],
  attention: ['head', 'top-attended', 'attn-max', 'attn-entropy'],
  'multi-head': ['head', 'check', 'focus-shape'],
  'cross-attention': ['focus-shape', 'params'],
  'norm-placement': ['ln-count', 'params'],
  output: ['next-token', 'focus-shape'],
};
const KINDS: BlockKind[] = ['embed', 'self-attn', 'masked-attn', 'cross-attn', 'ffn', 'add-norm', 'add', 'norm', 'final-norm', 'linear', 'softmax'];

/** A token label with a visible space and newline that every font has. */
const shown = (s: string) => s.replace(/␣/g, '·').replace(/\\n/g, '↵');

const human = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n.toLocaleString('en-US'));

/** Question 7: the Transformer's structure as a clickable diagram, with the tiny model's live attention. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, setParams, onReady, onError, onPending }: ArchSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width] = useWidth<HTMLDivElement>(900);
  const [model, setModel] = useState<TinyModel | null>(null);
  const [live, setLive] = useState<LiveResult | null>(null);
  const [focusSel, setFocusSel] = useState<string | null | undefined>(undefined);
  const readyRef = useRef(false);
  const ready = () => {
    if (!readyRef.current) {
      readyRef.current = true;
      onReady();
    }
  };

  useEffect(() => setFocusSel(undefined), [stepId]);

  useEffect(() => {
    let on = true;
    onPending(true);
    getModel().then(
      (m) => on && setModel(m),
      (e: unknown) => on && onError(e),
    );
    return () => {
      on = false;
    };
  }, [onError, onPending]);

  const allIds = useMemo(() => (model ? model.tokenizer.encode(p.text) : []), [model, p.text]);
  const ids = useMemo(() => allIds.slice(0, MAX_TOKENS), [allIds]);
  const idsKey = ids.join(',');

  useEffect(() => {
    if (!model) return;
    if (!ids.length) {
      setLive(null);
      onPending(false);
      ready();
      return;
    }
    let on = true;
    onPending(true);
    analyse(model, ids).then(
      (r) => {
        if (!on) return;
        setLive(r);
        onPending(false);
        ready();
      },
      (e: unknown) => on && onError(e),
    );
    return () => {
      on = false;
    };
  }, [model, idsKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const T = ids.length || 1;
  const cfg = model?.config;
  const tinyArch: ArchConfig = cfg
    ? { N: cfg.nLayers, dModel: cfg.dModel, heads: cfg.nHeads, dFF: cfg.dFF, vocab: cfg.vocabSize, posRows: cfg.contextLength }
    : { N: 3, dModel: 64, heads: 4, dFF: 256, vocab: 1024, posRows: 128 };
  const encDec = p.variant === 'encoder-decoder';
  const arch = encDec ? PAPER_BASE : tinyArch;
  const bs = useMemo(() => makeBlocks(p.variant, p.norm, arch, T, 'T′'), [p.variant, p.norm, T, arch.dModel]); // eslint-disable-line react-hooks/exhaustive-deps
  const wanted = focusSel === undefined ? FOCUS[stepId] : focusSel;
  const focusBlock = bs.find((b) => b.id === wanted) ?? (wanted === 'dec-embed' ? bs.find((b) => b.kind === 'embed') : undefined) ?? null;
  const kindLabel = Object.fromEntries(KINDS.map((k) => [k, L[`kind_${k}`]])) as Record<BlockKind, string>;

  const layer = Math.min(p.layer, (cfg?.nLayers ?? 3) - 1);
  const head = Math.min(p.head, (cfg?.nHeads ?? 4) - 1);
  const liveOk = live !== null && live.ids.join(',') === idsKey;
  const tokLabels = useMemo(() => (model && liveOk ? live!.ids.map((id) => shown(model.tokenizer.tokenLabel(id))) : []), [model, liveOk, live]);
  const A = liveOk ? live!.internals.attention[layer][head] : null;
  const tr = liveOk ? live!.traces[layer] : null;
  const lastRow = A ? A[A.length - 1] : null;
  const top = lastRow ? argmaxRow(lastRow) : null;
  const probs = useMemo(() => (liveOk ? softmax(live!.lastLogits) : null), [liveOk, live]);
  const top5 = probs ? topK(probs, 5) : [];
  const lab = (id: number) => (model ? shown(model.tokenizer.tokenLabel(id)) : String(id));

  const values: Record<ReadoutKey, string> = {
    tokens: String(ids.length),
    'focus-shape': shapeText((focusBlock ?? bs[bs.length - 1]).out),
    params: `${human(totalParams(bs, arch.N))}${encDec ? '' : ''}`,
    'ln-count': String(layerNormCount(bs, arch.N)),
    head: `L${layer} · H${head}`,
    'top-attended': top ? `${tokLabels[top.j]} (#${top.j + 1})` : '—',
    'attn-max': top ? top.w.toFixed(3) : '—',
    'attn-entropy': A ? meanEntropy(A).toFixed(2) : '—',
    check: A && tr ? maxAbsDiff(tr.attn[head], A).toExponential(1) : '—',
    'next-token': top5.length ? `${lab(top5[0].id)} (${(top5[0].p * 100).toFixed(1)}%)` : '—',
  };
  const keyReadouts = STEP_READOUTS[stepId];

  const showDiagram = !embed || stepId === 'overview' || stepId === 'cross-attention' || stepId === 'norm-placement' || stepId === 'embedding' || stepId === 'output';
  const narrow = width < 760;
  const diagW = embed ? Math.min(300, width * 0.45) : narrow ? width : encDec ? Math.min(480, width * 0.5) : Math.min(400, width * 0.4);
  const panelW = embed ? (showDiagram ? width - diagW - 16 : width) : narrow ? width : width - diagW - 24;

  const focusCard = (
    <div className="ta-card" aria-live="polite">
      {focusBlock ? (
        <>
          <div className="ta-card-title">{kindLabel[focusBlock.kind]}</div>
          <p>{L[`desc_${focusBlock.kind}`]}</p>
          <dl>
            <dt>{L.focusOut}</dt>
            <dd>{shapeText(focusBlock.out)}</dd>
            <dt>{L.focusParams}</dt>
            <dd>
              {focusBlock.params.toLocaleString('en-US')}
              {focusBlock.repeated ? ` (${fmt(L.focusRepeated, { n: (focusBlock.params * arch.N).toLocaleString('en-US') })})` : ''}
            </dd>
          </dl>
        </>
      ) : (
        <p className="ta-hint">{L.focusHint}</p>
      )}
    </div>
  );

  const hyper = (
    <table className="ta-hyper">
      <caption>{L.hyperTitle}</caption>
      <thead>
        <tr>
          <th />
          <th scope="col">{L.colPaper}</th>
          <th scope="col">{L.colTiny}</th>
        </tr>
      </thead>
      <tbody>
        {(
          [
            ['rowN', '6 + 6', String(tinyArch.N)],
            ['rowD', '512', String(tinyArch.dModel)],
            ['rowH', '8', String(tinyArch.heads)],
            ['rowDk', '64', String(tinyArch.dModel / tinyArch.heads)],
            ['rowF', '2048', String(tinyArch.dFF)],
            ['rowNorm', 'Post-LN', 'Pre-LN'],
            ['rowCtx', L.sinusoid, fmt(L.learned, { n: tinyArch.posRows })],
          ] as const
        ).map(([k, a, b]) => (
          <tr key={k}>
            <th scope="row">{L[k]}</th>
            <td>{a}</td>
            <td>{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const panel = () => {
    if (!liveOk || !live || !model) {
      if (stepId === 'overview' || stepId === 'cross-attention')
        return (
          <div className="ta-stack-col">
            {focusCard}
            {hyper}
          </div>
        );
      return <p className="loading">{ids.length || !model ? L.loading : L.emptyNotice}</p>;
    }
    const inner = live.internals;
    const cellFor = (cols: number, budget: number) => Math.max(2, Math.min(8, Math.floor(budget / cols)));
    switch (stepId) {
      case 'overview':
      case 'cross-attention':
        return (
          <div className="ta-stack-col">
            {focusCard}
            {embed ? null : hyper}
          </div>
        );
      case 'embedding': {
        const c = cellFor(64 * 3 + 10, panelW - 40);
        const ce = Math.max(2, Math.min(c, Math.floor((embed ? 240 : 320) / T)));
        return (
          <div className="ta-stack-col">
            <div className="ta-mats">
              <MatrixCanvas data={inner.tokenEmbeddings} cell={ce} scale="diverging" title={L.embTok} label={`${T}×64`} />
              <span className="ta-op">+</span>
              <MatrixCanvas data={inner.positionEmbeddings} cell={ce} scale="diverging" title={L.embPos} label={`${T}×64`} />
              <span className="ta-op">=</span>
              <MatrixCanvas data={inner.hidden.embed} cell={ce} scale="diverging" title={L.embSum} label={`${T}×64`} />
            </div>
            {embed ? null : focusCard}
          </div>
        );
      }
      case 'attention': {
        const rowH = embed ? Math.max(7, Math.min(16, Math.floor(290 / T))) : Math.max(12, Math.min(15, Math.floor(480 / T)));
        const cell = embed ? 2 : Math.max(2, Math.min(5, Math.floor(Math.min(panelW, 560) / 4 / (T + 4))));
        const hv = <HeadView tokens={tokLabels} attn={A!} width={Math.min(embed ? panelW - 4 * (2 * T + 24) - 24 : panelW, 460)} rowHeight={rowH} labels={{ query: L.query, key: L.key, token: L.token }} color="var(--c1)" />;
        const grid = <HeadGrid attention={inner.attention} layer={layer} head={head} cell={cell} onPick={(l, h) => setParams({ layer: l, head: h })} headLabel={(l, h) => fmt(L.headLabel, { l, h })} />;
        if (embed)
          return (
            <div className="ta-row">
              <div>
                <div className="ta-sub">{fmt(L.headTitle, { l: layer, h: head })}</div>
                {hv}
              </div>
              {grid}
            </div>
          );
        return (
          <div className="ta-stack-col">
            <div className="ta-sub">{fmt(L.headTitle, { l: layer, h: head })}</div>
            {hv}
            <div className="ta-sub">{L.gridTitle}</div>
            {grid}
          </div>
        );
      }
      case 'multi-head': {
        const t = tr!;
        const c = Math.max(2, Math.min(5, Math.floor((embed ? 120 : 220) / T)));
        const cs = Math.max(1, Math.min(c, Math.floor((panelW - 60) / 2 / 64)));
        const i = T - 1;
        const j = top ? top.j : 0;
        return (
          <div className="ta-stack-col">
            <div className={embed ? 'ta-mats' : 'ta-stack-col'}>
              <div className="ta-mats">
                {embed ? null : (
                  <>
                    <MatrixCanvas data={t.normed} cell={cs} scale="diverging" title={L.mhaX} label={`${T}×64`} />
                    <span className="ta-op">→</span>
                  </>
                )}
                <MatrixCanvas data={t.q[head]} cell={c} scale="diverging" title={L.mhaQ} label={`${T}×16`} />
                <MatrixCanvas data={t.k[head]} cell={c} scale="diverging" title={L.mhaK} label={`${T}×16`} />
                <MatrixCanvas data={t.v[head]} cell={c} scale="diverging" title={L.mhaV} label={`${T}×16`} />
              </div>
              <div className="ta-mats">
                <MatrixCanvas data={t.attn[head]} cell={c} scale="seq" title={L.mhaA} label={`${T}×${T}`} />
                <span className="ta-op">× V_h =</span>
                <MatrixCanvas data={t.heads[head]} cell={c} scale="diverging" title={L.mhaO} label={`${T}×16`} />
              </div>
              <div className="ta-mats">
                <MatrixCanvas data={t.concat} cell={cs} scale="diverging" title={L.mhaConcat} label={`${T}×64`} band={[head * t.dk, (head + 1) * t.dk]} />
                <span className="ta-op">→</span>
                <MatrixCanvas data={t.out} cell={cs} scale="diverging" title={L.mhaOut} label={`${T}×64`} />
              </div>
            </div>
            <p className="ta-note">
              {fmt(L.mhaExample, { q: tokLabels[i], k: tokLabels[j], s: t.scores[head][i][j].toFixed(3), w: t.attn[head][i][j].toFixed(3) })}
            </p>
          </div>
        );
      }
      case 'norm-placement': {
        const pts: { label: string; v: number }[] = [{ label: L.normEmbed, v: meanRms(inner.hidden.embed) }];
        inner.hidden.afterAttn.forEach((x, l) => {
          pts.push({ label: fmt(L.normAttn, { l }), v: meanRms(x) });
          pts.push({ label: fmt(L.normFfn, { l }), v: meanRms(inner.hidden.afterFfn[l]) });
        });
        pts.push({ label: L.normFinal, v: meanRms(inner.hidden.final) });
        const max = Math.max(...pts.map((q) => q.v));
        const bw = Math.min(panelW, 460);
        const rh = embed ? 16 : 22;
        return (
          <div className="ta-stack-col">
            {embed ? null : (
              <div className="ta-formulas">
                <div className={p.norm === 'post' ? 'ta-f on' : 'ta-f'}>
                  <Formula tex="x_{l+1}=\mathrm{LN}\big(x_l+F(x_l)\big)" />
                  <span>{L.postFormula}</span>
                </div>
                <div className={p.norm === 'pre' ? 'ta-f on' : 'ta-f'}>
                  <Formula tex="x_{l+1}=x_l+F\big(\mathrm{LN}(x_l)\big)" />
                  <span>{L.preFormula}</span>
                </div>
              </div>
            )}
            <div className="ta-sub">{L.normTitle}</div>
            <svg width={bw} height={pts.length * rh + 4} role="img" aria-label={L.normTitle}>
              {pts.map((q, k) => (
                <g key={k} transform={`translate(0,${k * rh})`}>
                  <text x={86} y={rh / 2} textAnchor="end" dominantBaseline="middle" className="ta-bar-label">
                    {q.label}
                  </text>
                  <rect x={92} y={3} height={rh - 6} width={Math.max(1, ((bw - 140) * q.v) / max)} fill={k === pts.length - 1 ? 'var(--c3)' : 'var(--c2)'} />
                  <text x={96 + ((bw - 140) * q.v) / max} y={rh / 2} dominantBaseline="middle" className="ta-bar-label">
                    {q.v.toFixed(2)}
                  </text>
                </g>
              ))}
            </svg>
          </div>
        );
      }
      case 'output': {
        const bw = Math.min(panelW, 420);
        const rh = embed ? 18 : 24;
        const max = top5.length ? top5[0].p : 1;
        return (
          <div className="ta-stack-col">
            <div className="ta-sub">{L.nextTitle}</div>
            <svg width={bw} height={top5.length * rh + 4} role="img" aria-label={L.nextTitle}>
              {top5.map((q, k) => (
                <g key={q.id} transform={`translate(0,${k * rh})`}>
                  <text x={70} y={rh / 2} textAnchor="end" dominantBaseline="middle" className="ta-bar-label">
                    {lab(q.id)}
                  </text>
                  <rect x={76} y={3} height={rh - 6} width={Math.max(1, ((bw - 130) * q.p) / max)} fill="var(--c1)" />
                  <text x={80 + ((bw - 130) * q.p) / max} y={rh / 2} dominantBaseline="middle" className="ta-bar-label">
                    {(q.p * 100).toFixed(1)}%
                  </text>
                </g>
              ))}
            </svg>
            {embed ? null : focusCard}
          </div>
        );
      }
    }
  };

  const cut = allIds.length > MAX_TOKENS;

  return (
    <div ref={wrapRef} className={embed ? 'ta embed-mode' : 'ta'}>
      {cut ? (
        <p className="ta-warn" role="status">
          {fmt(L.cutNotice, { n: allIds.length, max: MAX_TOKENS })}
        </p>
      ) : null}
      <div className={narrow && !embed ? 'ta-grid narrow' : 'ta-grid'}>
        {showDiagram ? (
          <div className="ta-diag" style={{ width: diagW }}>
            <ArchDiagram
              blocks={bs}
              N={arch.N}
              inputShape={`[${T}]`}
              kindLabel={kindLabel}
              labels={{ encoder: L.encoder, decoder: encDec ? L.decoder : L.decoderOnly, kv: L.kv, inputs: L.inputs, outputs: L.outputs, ariaBlock: L.ariaBlock }}
              highlight={HIGHLIGHT[stepId]}
              focus={focusBlock?.id ?? null}
              onFocus={(id) => setFocusSel(id)}
              width={diagW}
              reducedMotion={reducedMotion}
            />
          </div>
        ) : null}
        <div className="ta-panel" style={{ width: showDiagram ? panelW : width }}>
          {panel()}
        </div>
      </div>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((k) => !embed || keyReadouts.includes(k)).map((k) => (
          <Readout key={k} k={k} label={copy.readouts[k] ?? k} value={values[k]} emphasis={!embed && keyReadouts.includes(k)} />
        ))}
      </div>
      {embed || !cfg ? null : (
        <p className="ta-note">
          {fmt(L.modelCard, { layers: cfg.nLayers, heads: cfg.nHeads, d: cfg.dModel, f: cfg.dFF, params: (model?.parameterCount ?? 0).toLocaleString('en-US') })}
        </p>
      )}
    </div>
  );
}
