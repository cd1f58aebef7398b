import { useEffect, useMemo, useRef, useState } from 'react';
import { fmt } from '../../i18n';
import type { SceneProps } from '../types';
import { Readout } from '../../ui/Readout';
import { useWidth } from '../../viz/useWidth';
import { ARCH, DIMENSIONS, MODEL_IDS, countParams, dimensionValue, type Dimension, type ModelId } from './model/architectures';
import { TOKENIZER_IDS, tokenize, type TokenizerId, type Tokenized } from './model/tokenizers';
import { tokensPerChar } from './model/segments';
import type { ComparisonParams } from './params';
import { READOUTS, type ReadoutKey } from './readouts';
import type { StepId } from './steps';
import { Breakdown } from './viz/Breakdown';
import { DesignGrid, type DesignRow } from './viz/DesignGrid';
import { DimensionBars } from './viz/DimensionBars';
import { StackedBlocks } from './viz/StackedBlocks';
import { TokenStrips } from './viz/TokenStrips';
import './comparison.css';

export type ComparisonSceneProps = SceneProps<ComparisonParams, StepId>;

type Panel = 'dims' | 'breakdown' | 'design' | 'tokens';
const PANEL: Record<StepId, Panel> = { overview: 'dims', 'param-count': 'breakdown', dimensions: 'dims', design: 'design', vocab: 'breakdown', tokenizers: 'tokens' };
const STEP_READOUTS: Record<StepId, ReadoutKey[]> = {
  overview: ['params-total', 'dim-spread'],
  'param-count': ['params-total', 'params-layers'],
  dimensions: ['dim-spread'],
  design: ['params-layers'],
  vocab: ['params-emb', 'tok-llama', 'tok-qwen'],
  tokenizers: ['tok-llama', 'tok-qwen', 'tok-gpt'],
};

const fmtNum = (v: number, d: Dimension) =>
  d === 'params' ? `${(v / 1e9).toFixed(2)}B` : d === 'tokens' ? `${v}T` : v.toLocaleString('en-US');

/** Question 8: four 7B-class models compared. Layout only; the arithmetic and tokenizers are in model/. */
export function Scene({ params: p, stepId, copy, embed, reducedMotion, setParams, onReady, onPending, onError }: ComparisonSceneProps) {
  const L = copy.labels as Record<string, string>;
  const [wrapRef, width, height] = useWidth<HTMLDivElement>(800);
  const focus = (MODEL_IDS as readonly string[]).includes(p.model) ? (p.model as ModelId) : 'baichuan-7b';
  const dim = (DIMENSIONS as readonly string[]).includes(p.dim) ? (p.dim as Dimension) : 'params';
  const tied = Boolean(p.tiedHead);
  const text = String(p.text ?? '');

  // ---- tokenizers (async, lazy chunks) ----
  const [tok, setTok] = useState<{ text: string; r: Partial<Record<TokenizerId, Tokenized>> }>({ text: '', r: {} });
  const [tokErr, setTokErr] = useState<string | null>(null);
  const readyOnce = useRef(false);
  useEffect(() => {
    let alive = true;
    onPending(true);
    Promise.all(TOKENIZER_IDS.map((id) => tokenize(id, text).then((r) => [id, r] as const)))
      .then((pairs) => {
        if (!alive) return;
        setTok({ text, r: Object.fromEntries(pairs) });
        setTokErr(null);
      })
      .catch((e: unknown) => {
        if (!alive) return;
        setTokErr(String(e));
        onError(e);
        onPending(false);
      });
    return () => {
      alive = false;
    };
  }, [text, onPending, onError]);
  const tokDone = tok.text === text && Object.keys(tok.r).length === TOKENIZER_IDS.length;
  useEffect(() => {
    if (!tokDone) return;
    onPending(false);
    if (!readyOnce.current) {
      readyOnce.current = true;
      onReady();
    }
  }, [tokDone, tok, onPending, onReady]);

  // ---- arithmetic ----
  const d = useMemo(() => {
    const cols = MODEL_IDS.map((id) => {
      const a = ARCH[id];
      const countTied = id === 'chatglm-6b' && tied;
      return { id, name: a.name, layers: a.layers, b: countParams(a, countTied), tiedHead: !a.separateHead && !countTied };
    });
    const rows = DIMENSIONS.map((k, i) => ({
      key: k,
      label: L.dimNames.split('|')[i] ?? k,
      values: MODEL_IDS.map((id) => {
        const v = dimensionValue(ARCH[id], k, id === 'chatglm-6b' && tied);
        return { id, name: ARCH[id].name, value: v, text: fmtNum(v, k) };
      }),
    }));
    return { cols, rows };
  }, [tied, L.dimNames]);
  const fcol = d.cols.find((c) => c.id === focus)!;
  const fb = fcol.b;
  const dimRow = d.rows.find((r) => r.key === dim)!;
  const maxV = dimRow.values.reduce((a, b) => (b.value > a.value ? b : a));
  const minV = dimRow.values.reduce((a, b) => (b.value < a.value ? b : a));

  const chars = Array.from(text).length;
  const tokReadout = (id: TokenizerId) => {
    const r = tokDone ? tok.r[id] : undefined;
    if (!r) return '…';
    return `${r.ids.length} (${tokensPerChar(r.ids.length, chars).toFixed(2)})`;
  };
  const readoutValues: Record<ReadoutKey, string> = {
    'params-total': fb.total.toLocaleString('en-US'),
    'params-emb': `${(((fb.embedding + fb.lmHead) / fb.total) * 100).toFixed(1)}%`,
    'params-layers': fb.perLayer.toLocaleString('en-US'),
    'dim-spread': `${maxV.name} / ${minV.name} = ${Number((maxV.value / minV.value).toPrecision(3))}×`,
    chars: String(chars),
    'tok-llama': tokReadout('llama'),
    'tok-qwen': tokReadout('qwen'),
    'tok-gpt': tokReadout('gpt'),
  };

  // ---- layout ----
  const narrow = width < 720;
  const panel = PANEL[stepId] ?? 'dims';
  const blocksW = embed ? Math.floor(width * (panel === 'tokens' ? 0.34 : 0.5)) : narrow ? width : Math.floor(width * 0.46);
  const sideW = embed ? width - blocksW - 12 : narrow ? width : width - blocksW - 20;
  const blocksH = embed ? Math.max(200, (height || 320) - 70) : narrow ? 330 : 420;

  const a = ARCH[focus];
  const headTerm = fb.lmHead > 0 ? ` + ${a.vocab}\\cdot ${a.hidden}` : '';
  const big = (n: number) => n.toLocaleString('en-US').replace(/,/g, '{,}');
  const finalNorm = fb.norms - 2 * a.layers * (a.norm === 'layernorm' ? 2 * a.hidden : a.hidden);
  const tex = `\\begin{aligned} N &= ${a.layers}\\times ${big(fb.perLayer)} \\\\ &\\quad + ${a.vocab}\\cdot ${a.hidden}${headTerm} + ${big(finalNorm)} \\\\ &= ${big(fb.total)} \\end{aligned}`;

  const designRows: DesignRow[] = useMemo(() => {
    const v = (id: ModelId, key: string): string => {
      const m = ARCH[id];
      switch (key) {
        case 'norm':
          return m.norm === 'rmsnorm' ? L.normRms : L.normLn;
        case 'residual':
          return id === 'chatglm-6b' ? L.resGlm : L.resPre;
        case 'pos':
          return id === 'llama-7b' ? L.posLlama : id === 'qwen-7b' ? L.posQwen : id === 'chatglm-6b' ? L.posGlm : L.posRope;
        case 'act':
          return m.gated ? L.actSwiglu : L.actGelu;
        default:
          return m.otherBias ? L.biasAll : m.qkvBias ? L.biasQkv : L.biasNone;
      }
    };
    const keys: [string, string][] = [['norm', L.rowNorm], ['residual', L.rowResidual], ['pos', L.rowPos], ['act', L.rowAct], ['bias', L.rowBias]];
    return keys.map(([k, label]) => ({
      key: k,
      label,
      cells: MODEL_IDS.map((id) => ({ id, text: v(id, k), differs: v(id, k) !== v('llama-7b', k) })),
    }));
  }, [L]);

  const strips = TOKENIZER_IDS.map((id) => {
    const r = tokDone ? tok.r[id] : undefined;
    return {
      id,
      title: id === 'llama' ? L.tokLlama : id === 'qwen' ? L.tokQwen : L.tokGpt,
      summary: r ? fmt(L.perChar, { t: r.ids.length, r: tokensPerChar(r.ids.length, chars).toFixed(2) }) : '',
      segments: r ? r.segments : null,
    };
  });

  const side =
    panel === 'breakdown' ? (
      <Breakdown
        title={fmt(L.breakdownTitle, { name: a.name, total: fb.total.toLocaleString('en-US') })}
        b={fb}
        tex={tex}
        labels={{ embedding: L.embedding, attention: L.attention, ffn: L.ffn, norms: L.norms, lmHead: L.lmHead }}
        reducedMotion={reducedMotion}
      />
    ) : panel === 'design' ? (
      <DesignGrid narrow={narrow || embed} names={MODEL_IDS.map((id) => ({ id, name: ARCH[id].name }))} rows={designRows} focus={focus} title={L.designTitle} alt={L.designAlt} />
    ) : panel === 'tokens' ? (
      <TokenStrips
        strips={embed ? strips.slice(0, 2) : strips}
        title={L.tokTitle}
        alt={L.tokAlt}
        loading={tokErr ? fmt(L.tokError, { e: tokErr }) : L.loading}
        splitLabel={L.splitChar}
        note={chars === 0 ? L.empty : embed ? '' : L.missing}
        compact={embed}
        reducedMotion={reducedMotion}
      />
    ) : (
      <DimensionBars width={Math.max(200, sideW)} rows={d.rows} selected={dim} focus={focus} title={L.dimTitle} alt={L.dimAlt} onPick={(k) => setParams({ dim: k as Dimension })} reducedMotion={reducedMotion} />
    );

  return (
    <div ref={wrapRef} className={embed ? 'mc embed-mode' : 'mc'}>
      <div className={narrow && !embed ? 'mc-grid narrow' : 'mc-grid'} style={embed || !narrow ? { gridTemplateColumns: `${blocksW}px minmax(0, 1fr)` } : undefined}>
        <figure className="mc-main" aria-label={L.figureAlt}>
          <StackedBlocks
            width={blocksW}
            height={blocksH}
            columns={d.cols}
            focus={focus}
            vocabFocus={stepId === 'vocab'}
            labels={{ embedding: L.embedding, attention: L.attention, ffn: L.ffn, lmHead: L.lmHead, layers: L.layers, tied: L.tied, title: L.blocksTitle, alt: L.blocksAlt }}
            onPick={(id) => setParams({ model: id as ModelId })}
            reducedMotion={reducedMotion}
          />
        </figure>
        <div className="mc-side" style={{ minWidth: 0 }}>
          {side}
          {stepId === 'vocab' && !embed ? (
            <TokenStrips
              strips={strips.slice(0, 2)}
              title={L.tokTitle}
              alt={L.tokAlt}
              loading={L.loading}
              splitLabel={L.splitChar}
              note=""
              compact
              reducedMotion={reducedMotion}
            />
          ) : null}
        </div>
      </div>
      <div className={embed ? 'readouts compact' : 'readouts'} aria-label="readouts">
        {READOUTS.filter((r) => !embed || (STEP_READOUTS[stepId] ?? []).includes(r)).map((r) => (
          <Readout key={r} k={r} label={copy.readouts[r] ?? r} value={readoutValues[r]} emphasis={!embed && (STEP_READOUTS[stepId] ?? []).includes(r)} />
        ))}
      </div>
    </div>
  );
}
