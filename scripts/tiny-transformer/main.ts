/**
 * The tiny transformer's training pipeline (tfjs-core + the wasm backend in Node, deterministic, seeded).
 *
 *   npm run train -- corpus              regenerate data/train.txt and data/val.txt from topics.ts + app copy
 *   npm run train -- train [--steps N]   train the tokenizer and the model, write public/model/tiny-transformer.bin
 *   npm run train -- bench               time a few training steps for candidate sizes
 *
 * See public/model/MODEL_CARD.md for the exact configuration of the shipped model.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, normalSampler } from '../../src/compute/rng';
import { BpeTokenizer, trainBpe } from '../../src/model/tokenizer';
import { writeModelFile, expectedShapes, roundToHalf, parseModelFile } from '../../src/model/format';
import { causalBias, forwardBatch, type Params } from '../../src/model/graph';
import type { TinyModelConfig } from '../../src/model/types';
import { generateCorpus, extractCopyStrings } from './corpus';
import { crossEntropy, embedLookup, mm2d } from './trainOps';
import { novelSentence } from './novel';

const HERE = dirname(fileURLToPath(import.meta.url)); // scripts/tiny-transformer/dist
const ROOT = join(HERE, '..', '..', '..');
const DATA = join(ROOT, 'scripts', 'tiny-transformer', 'data');
const RUNS = join(ROOT, 'scripts', 'tiny-transformer', 'runs');

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}
function argStr(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

export const HP = {
  seed: 20261130,
  corpusSeed: 6,
  documents: 3000,
  valFraction: 0.05,
  vocabSize: 1024,
  minCharCount: 2,
  contextLength: 128,
  dModel: 64,
  nLayers: 3,
  nHeads: 4,
  dFF: 256,
  batch: 12,
  steps: 1200,
  /** The shipped weights are the checkpoint at this step of the 1200-step schedule (see the model card). */
  stop: 1200,
  /** Phase 2 (\`--init\`): short fine-tuning with a share of repeated-span windows. */
  copySteps: 150,
  copyLr: 1e-3,
  copyFrac: 0.25,
  /** Phase 3 (\`--init … --phase 3\`): a longer continuation with copy-rich windows (copyWindow3). */
  p3Steps: 1500,
  p3Lr: 1e-3,
  p3CopyFrac: 0.4,
  p3Warmup: 50,
  lr: 3e-3,
  minLrFrac: 0.1,
  warmup: 100,
  clip: 1.0,
  evalEvery: 100,
  evalWindows: 8,
};

function corpusCmd(): void {
  const zh: string[] = [];
  const en: string[] = [];
  const scenes = join(ROOT, 'src', 'scenes');
  for (const id of readdirSync(scenes).sort()) {
    for (const lang of ['zh', 'en'] as const) {
      const f = join(scenes, id, 'copy', `${lang}.ts`);
      if (existsSync(f)) (lang === 'zh' ? zh : en).push(...extractCopyStrings(readFileSync(f, 'utf8')));
    }
  }
  const { train, val } = generateCorpus({ seed: HP.corpusSeed, documents: HP.documents, valFraction: HP.valFraction }, { zh, en });
  mkdirSync(DATA, { recursive: true });
  writeFileSync(join(DATA, 'train.txt'), train);
  writeFileSync(join(DATA, 'val.txt'), val);
  console.log(`corpus: train ${train.length} chars, val ${val.length} chars; app copy strings zh ${zh.length}, en ${en.length}`);
}

function makeConfig(vocabSize: number): TinyModelConfig {
  return {
    vocabSize,
    contextLength: HP.contextLength,
    dModel: arg('d', HP.dModel),
    nLayers: arg('layers', HP.nLayers),
    nHeads: HP.nHeads,
    dFF: arg('ff', HP.dFF),
    posEncoding: 'learned',
    norm: 'pre-ln',
    activation: 'gelu',
    tiedEmbeddings: true,
    layerNormEps: 1e-5,
  };
}

function initParams(cfg: TinyModelConfig, seed: number): Map<string, tf.Variable> {
  const normal = normalSampler(mulberry32(seed));
  const out = new Map<string, tf.Variable>();
  for (const { name, shape } of expectedShapes(cfg)) {
    const n = shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n);
    const last = name.split('.').pop() ?? '';
    if (last === 'g') data.fill(1);
    else if (/^b/.test(last) && shape.length === 1) data.fill(0);
    else {
      // GPT-2 style: N(0, 0.02), residual output projections scaled by 1/sqrt(2L)
      const std = /attn\.wo|ffn\.w2/.test(name) ? 0.02 / Math.sqrt(2 * cfg.nLayers) : 0.02;
      for (let i = 0; i < n; i++) data[i] = normal() * std;
    }
    if (name === 'pos_emb' && argStr('posinit', '') === 'sin') {
      // --posinit sin: start the learned positions from a sinusoidal table (Vaswani et al., 2017) scaled
      // to the token embeddings' size (RMS 0.02), so that "the previous position" is a fixed linear map
      // of the current one from step 1 (the previous-token heads an induction circuit needs)
      const [Tn, Dn] = shape;
      for (let t = 0; t < Tn; t++)
        for (let i = 0; i < Dn / 2; i++) {
          const w = t / Math.pow(10000, (2 * i) / Dn);
          data[t * Dn + 2 * i] = 0.02 * Math.SQRT2 * Math.sin(w);
          data[t * Dn + 2 * i + 1] = 0.02 * Math.SQRT2 * Math.cos(w);
        }
    }
    out.set(name, tf.variable(tf.tensor(data, shape), true, name));
  }
  return out;
}


/** Mean next-token cross-entropy of windows (inputs [B][T], targets [B][T]). */
function lossOf(cfg: TinyModelConfig, p: Params, inputs: number[][], targets: number[][], mask: tf.Tensor): tf.Scalar {
  const B = inputs.length;
  const T = inputs[0].length;
  const emb = embedLookup(p['tok_emb'], inputs.flat(), cfg.vocabSize, cfg.dModel);
  const logits = forwardBatch(tf, cfg, p, emb, B, T, mask, undefined, mm2d);
  return crossEntropy(logits, targets.flat(), cfg.vocabSize);
}

/** Non-overlapping evaluation windows of T+1 tokens from the start of `ids`. */
export function evalWindows(ids: number[], T: number, count: number): { inputs: number[][]; targets: number[][] } {
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let w = 0; w < count && (w + 1) * (T + 1) <= ids.length; w++) {
    const s = ids.slice(w * (T + 1), (w + 1) * (T + 1));
    inputs.push(s.slice(0, T));
    targets.push(s.slice(1));
  }
  return { inputs, targets };
}

function evalLoss(cfg: TinyModelConfig, p: Params, win: { inputs: number[][]; targets: number[][] }, mask: tf.Tensor): number {
  let total = 0;
  let n = 0;
  for (let i = 0; i < win.inputs.length; i += 16) {
    const inp = win.inputs.slice(i, i + 16);
    const tg = win.targets.slice(i, i + 16);
    const l = tf.tidy(() => lossOf(cfg, p, inp, tg, mask));
    total += l.dataSync()[0] * inp.length;
    n += inp.length;
    l.dispose();
  }
  return total / n;
}

async function trainCmd(bench = false): Promise<void> {
  await tf.setBackend('wasm');
  await tf.ready();
  const t0 = Date.now();
  const trainText = readFileSync(join(DATA, 'train.txt'), 'utf8');
  const valText = readFileSync(join(DATA, 'val.txt'), 'utf8');
  // --init FILE: phase 2 ("copy" fine-tuning) continues from a saved checkpoint (its tokenizer and weights)
  const initFile = argStr('init', '');
  const init = initFile ? parseModelFile(readFileSync(initFile)) : null;
  const phase2 = init !== null;
  // --phase 3: a second continuation (from the phase-2 checkpoint) with the copy-rich windows of copyWindow3
  const phase3 = phase2 && arg('phase', 2) === 3;
  const spec = init ? init.header.tokenizer : trainBpe(trainText, HP.vocabSize, HP.minCharCount);
  const tok = new BpeTokenizer(spec);
  const trainIds = tok.encode(trainText);
  const valIds = tok.encode(valText);
  const unk = trainIds.filter((i) => i === 0).length;
  console.log(`tokenizer: alphabet ${spec.alphabet.length}, merges ${spec.merges.length}, vocab ${tok.vocabSize}; train ${trainIds.length} tokens (${unk} unk), val ${valIds.length} tokens; ${Date.now() - t0} ms`);
  const cfg = init ? init.header.config : makeConfig(tok.vocabSize);
  const T = cfg.contextLength;
  const B = arg('batch', HP.batch);
  const steps = arg('steps', phase3 ? HP.p3Steps : phase2 ? HP.copySteps : HP.steps);
  // --stop N: end after N steps of a `steps`-step schedule (identical to the first N steps of the full run)
  const stop = Math.min(steps, arg('stop', phase2 ? steps : HP.stop));
  const vars = init
    ? new Map([...init.weights].map(([name, w]) => [name, tf.variable(tf.tensor(w.data, w.shape), true, name)] as const))
    : initParams(cfg, HP.seed);
  const baseStep = init ? Number(init.header.training?.step ?? 0) : 0;
  const lrPeak = arg('lr', phase3 ? HP.p3Lr : phase2 ? HP.copyLr : HP.lr);
  const warmup = phase3 ? HP.p3Warmup : phase2 ? 10 : HP.warmup;
  const evalEvery = arg('eval', phase3 ? 100 : phase2 ? 50 : HP.evalEvery);
  const copyFrac = arg('copy', phase3 ? HP.p3CopyFrac : phase2 ? HP.copyFrac : 0);
  const p: Params = Object.fromEntries(vars);
  const varList = [...vars.values()];
  const parameterCount = varList.reduce((s, v) => s + v.size, 0);
  console.log(`model: ${JSON.stringify(cfg)}; ${parameterCount} parameters; batch ${B}, steps ${steps}; backend ${tf.getBackend()}`);
  const mask = causalBias(tf, T);
  const opt = tf.train.adam(lrPeak, 0.9, 0.95, 1e-8);
  const rnd = mulberry32(HP.seed + (phase3 ? 3 : phase2 ? 2 : 1));
  /**
   * A "repeated span" window (phase 2): some real text, then a random span of 4–20 tokens of the
   * training stream repeated until the window is full — like boilerplate that repeats in web text.
   */
  const copyWindow = (): number[] => {
    const pre = Math.floor(rnd() * 48);
    const a = Math.floor(rnd() * (trainIds.length - pre - 1));
    const out = trainIds.slice(a, a + pre);
    const len = 4 + Math.floor(rnd() * 17);
    const b = Math.floor(rnd() * (trainIds.length - len - 1));
    const span = trainIds.slice(b, b + len);
    while (out.length < T + 1) out.push(...span);
    return out.slice(0, T + 1);
  };
  /**
   * Up to 39 tokens of real text, then `span()` repeated `copies` = ⌊2/u⌋ times (u uniform, so
   * P(copies ≥ n) = 2/n), then real text from elsewhere up to T + 1 tokens. Random draws in this order:
   * prefix length, prefix start, the span's own draws, copies, filler start (the runs recorded in the
   * experiments files depend on it).
   */
  const framedCopies = (span: () => number[]): number[] => {
    const pre = Math.floor(rnd() * 40);
    const a = Math.floor(rnd() * (trainIds.length - pre - 1));
    const out = trainIds.slice(a, a + pre);
    const sp = span();
    const copies = Math.floor(2 / Math.max(rnd(), 1e-9));
    for (let c = 0; c < copies && out.length < T + 1; c++) out.push(...sp);
    if (out.length < T + 1) {
      const need = T + 1 - out.length;
      const s = Math.floor(rnd() * (trainIds.length - need - 1));
      out.push(...trainIds.slice(s, s + need));
    }
    return out.slice(0, T + 1);
  };
  /**
   * A copy-rich window (phase 3): up to 39 tokens of real text, then a span of 3–24 tokens — a real span of
   * the training stream, the same span shuffled, or tokens drawn one by one from the stream (unigram
   * nonsense), a third each — repeated `copies` times, then real text from elsewhere. `copies` =
   * ⌊2/u⌋ (u uniform), so P(copies ≥ n) = 2/n: having seen n copies, the next one follows with
   * probability n/(n+1), rising with n, as in text where a repeated line tends to keep repeating. Only
   * copying from the context predicts a shuffled or nonsense span, so these rows teach induction.
   */
  const copyWindow3 = (): number[] =>
    framedCopies(() => {
      const len = 3 + Math.floor(rnd() * 22);
      const b = Math.floor(rnd() * (trainIds.length - len - 1));
      let span = trainIds.slice(b, b + len);
      const kind = rnd();
      if (kind >= 2 / 3) span = span.map(() => trainIds[Math.floor(rnd() * trainIds.length)]);
      else if (kind >= 1 / 3)
        for (let i = span.length - 1; i > 0; i--) {
          const j = Math.floor(rnd() * (i + 1));
          [span[i], span[j]] = [span[j], span[i]];
        }
      return span;
    });
  /** Token ids of a novel, natural-looking sentence (novel.ts); redrawn until it has no <unk>. */
  const novelIds = (r: () => number): number[] => {
    for (;;) {
      const ids = tok.encode(novelSentence(r));
      if (!ids.includes(0)) return ids;
    }
  };
  /**
   * A real span of the training stream with a share `q` of its tokens replaced by tokens drawn from the
   * stream: it reads like (slightly garbled) corpus text, so memory confidently predicts the original
   * tokens, and only the earlier copy predicts the replaced ones. This is the case copying must win.
   */
  const perturbedSpan = (r: () => number, len: number, q = 0.3): number[] => {
    const b = Math.floor(r() * (trainIds.length - len - 1));
    return trainIds.slice(b, b + len).map((t) => (r() < q ? trainIds[Math.floor(r() * trainIds.length)] : t));
  };
  /** \`--window 5\`: like copyWindow4, with a perturbed real span (6–24 tokens) instead of a novel sentence. */
  const copyWindow5 = (): number[] => framedCopies(() => perturbedSpan(rnd, 6 + Math.floor(rnd() * 19)));
  /**
   * A novel-sentence copy window (\`--window 4\`): up to 39 tokens of real text, then one novel sentence
   * (novel.ts) repeated ⌊2/u⌋ times (P(copies ≥ n) = 2/n, as in copyWindow3), then real text from elsewhere.
   * The sentence reads like the corpus but is not in it, so only its earlier copy predicts a repeat.
   */
  const copyWindow4 = (): number[] => framedCopies(() => novelIds(rnd));
  /**
   * A synthetic induction row (\`--synth F\`): a span of 4–32 tokens drawn uniformly from the vocabulary
   * (no text at all), repeated until the window is full. Nothing but copying from the context predicts
   * the repeats, so these rows teach the previous-token + induction circuit in isolation.
   */
  const repeatToFill = (span: number[], n: number): number[] => {
    const out: number[] = [];
    while (out.length < n) out.push(...span);
    return out.slice(0, n);
  };
  const uniformSpan = (r: () => number, len: number): number[] => Array.from({ length: len }, () => 1 + Math.floor(r() * (cfg.vocabSize - 1)));
  const synthRnd = mulberry32(HP.seed + 7);
  const synthWindow = (r: () => number = rnd, len = 4 + Math.floor(r() * 29)): number[] => repeatToFill(uniformSpan(r, len), T + 1);
  // fixed probe: 16 synthetic windows of a 16-token span; loss on the repeats (positions ≥ 16) only
  const probeWin = Array.from({ length: 16 }, () => synthWindow(synthRnd, 16));
  /** Logits [windows × T × V] of the first T tokens of each window, read back (one forward pass). */
  const forwardWindows = (ws: number[][]): Float32Array => {
    const logits = tf.tidy(() => {
      const emb = embedLookup(p['tok_emb'], ws.flatMap((w) => w.slice(0, T)), cfg.vocabSize, cfg.dModel);
      return forwardBatch(tf, cfg, p, emb, ws.length, T, mask, undefined, mm2d);
    });
    const d = logits.dataSync() as Float32Array;
    logits.dispose();
    return d;
  };
  /** log softmax(d[o … o+V))[target]. */
  const logProbAt = (d: Float32Array, o: number, target: number): number => {
    const V = cfg.vocabSize;
    let mx = -Infinity;
    for (let v = 0; v < V; v++) mx = Math.max(mx, d[o + v]);
    let z = 0;
    for (let v = 0; v < V; v++) z += Math.exp(d[o + v] - mx);
    return d[o + target] - mx - Math.log(z);
  };
  const copyProbe = (): number => {
    const d = forwardWindows(probeWin);
    let sum = 0;
    let n = 0;
    probeWin.forEach((w, b) => {
      for (let t = 16; t < T; t++) {
        sum -= logProbAt(d, (b * T + t) * cfg.vocabSize, w[t + 1]);
        n++;
      }
    });
    return sum / n;
  };
  // fixed probe of copying text: 16 novel sentences (own seed) each repeated to fill the window; mean
  // probability of the tokens of copies 2, 3, … (≈ the model's prior alone if it does not copy)
  const novelRnd = mulberry32(HP.seed + 11);
  const novelProbe = Array.from({ length: 16 }, () => novelIds(novelRnd)).map((sIds) => ({ len: sIds.length, w: repeatToFill(sIds, T + 1) }));
  console.log('novel probe sentences, e.g.:', novelProbe.slice(0, 6).map(({ len, w }) => JSON.stringify(tok.decode(w.slice(0, len)))).join(' '));
  const novelCopyP = (): number => {
    const d = forwardWindows(novelProbe.map(({ w }) => w));
    let sum = 0;
    let n = 0;
    novelProbe.forEach(({ len, w }, b) => {
      for (let t = len; t < T; t++) {
        sum += Math.exp(logProbAt(d, (b * T + t - 1) * cfg.vocabSize, w[t]));
        n++;
      }
    });
    return sum / n;
  };
  const synthFrac = arg('synth', 0);
  /**
   * \`--short N\`: each step also trains on N short synthetic induction rows of \`--shortT\` tokens (default
   * 32), spans of 3–12 uniform random tokens repeated. In 128-token rows an attention head starts out
   * spread over ~64 positions, so the gradient towards "the token after the earlier copy of this one" is
   * weak; in 32-token rows it is ~4x stronger and the rows are ~4x cheaper. A PyTorch probe of the same
   * architecture (lr 1e-3, 48 rows of 32 per step) learned the induction circuit in ~600 steps (repeat
   * loss 6.9 → 0.45), where 12 rows of 128 had learned nothing after 600 steps (6.3).
   */
  const shortN = arg('short', 0);
  const shortT = arg('shortT', 32);
  // --shortDist uniform | stream | novel (a novel sentence, novel.ts) | mix (novel or stream, half each)
  const shortDist = argStr('shortDist', 'uniform');
  const shortStream = shortDist === 'stream';
  const shortMask = causalBias(tf, shortT);
  // --shortUntil S --shortAfter M: N short rows per step up to step S, then M (the circuit, once formed, needs fewer)
  const shortUntil = arg('shortUntil', Infinity);
  const shortAfter = arg('shortAfter', shortN);
  /** How the short rows were configured, for the weights file's training metadata (empty when unused). */
  const shortMeta = shortN > 0 ? { shortRows: shortN, shortT, shortDist, ...(shortUntil < Infinity ? { shortUntil, shortAfter } : {}) } : {};
  const shortRows = (step: number): { inputs: number[][]; targets: number[][] } => {
    const inputs: number[][] = [];
    const targets: number[][] = [];
    const n = step <= shortUntil ? shortN : shortAfter;
    for (let i = 0; i < n; i++) {
      const len = 3 + Math.floor(rnd() * 10);
      // --shortDist stream: the span's tokens are drawn from the training stream (frequent tokens, as in the
      // made-up sentences the scene repeats) instead of uniformly from the vocabulary
      const novel = shortDist === 'novel' || (shortDist === 'mix' && rnd() < 0.5);
      const span = shortDist === 'perturbed' ? perturbedSpan(rnd, 4 + len) : novel ? novelIds(rnd) : shortStream || shortDist === 'mix' ? Array.from({ length: len }, () => trainIds[Math.floor(rnd() * trainIds.length)]) : uniformSpan(rnd, len);
      const w = repeatToFill(span, shortT + 1);
      inputs.push(w.slice(0, shortT));
      targets.push(w.slice(1, shortT + 1));
    }
    return { inputs, targets };
  };
  /** Loss of a step: the text rows, plus the short rows weighted by their share of the tokens. */
  const stepLoss = (inputs: number[][], targets: number[][], short: { inputs: number[][]; targets: number[][] } | null): tf.Scalar => {
    const main = lossOf(cfg, p, inputs, targets, mask);
    if (!short || short.inputs.length === 0) return main;
    const nMain = inputs.length * T;
    const nShort = short.inputs.length * shortT;
    const ls = lossOf(cfg, p, short.inputs, short.targets, shortMask);
    return tf.div(tf.add(tf.mul(main, nMain), tf.mul(ls, nShort)), nMain + nShort) as tf.Scalar;
  };
  const valAll = evalWindows(valIds, T, 1e9);
  const valFixed = evalWindows(valIds, T, HP.evalWindows);
  const log: { step: number; train: number; val: number; ms: number; phase?: number }[] = init
    ? [...((init.header.training?.log ?? []) as { step: number; train: number; val: number; ms: number }[])]
    : [];
  let acc = 0;
  let accN = 0;
  const out = argStr('out', join(ROOT, 'public', 'model', 'tiny-transformer.bin'));
  const save = (step: number, extra: Record<string, unknown>) => {
    const tensors = varList.map((v) => ({ name: v.name, shape: v.shape, data: v.dataSync() as Float32Array }));
    const bytes = writeModelFile(
      {
        config: cfg,
        tokenizer: spec,
        training: phase2
          ? {
              ...init!.header.training,
              step: baseStep + step,
              parameterCount,
              log,
              ...(phase3
                ? { phase3: { init: initFile.split('/').pop(), baseStep, steps, stopped: step, copyFrac, lr: lrPeak, warmup, seed: HP.seed + 3, batch: B, window: arg('window', 3), ...shortMeta } }
                : { phase2: { init: initFile.split('/').pop(), baseStep, steps, stopped: step, copyFrac, lr: lrPeak, warmup, seed: HP.seed + 2, batch: B, ...(copyFrac > 0 ? { window: arg('window', 2) } : {}), ...shortMeta } }),
              ...extra,
              wallSeconds: Number(init!.header.training?.wallSeconds ?? 0) + Number(extra.wallSeconds ?? 0),
            }
          : { step, steps, hp: { ...HP, batch: B, steps, stop, ...(copyFrac > 0 ? { copyFrac, window: arg('window', 2) } : {}), ...shortMeta, lr: lrPeak }, parameterCount, log, ...extra },
      },
      tensors,
    );
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
    return bytes.length;
  };
  const tStart = Date.now();
  for (let step = 1; step <= steps; step++) {
    const lrNow = step <= warmup ? (lrPeak * step) / warmup : lrPeak * (HP.minLrFrac + (1 - HP.minLrFrac) * 0.5 * (1 + Math.cos((Math.PI * (step - warmup)) / Math.max(1, steps - warmup))));
    (opt as unknown as { learningRate: number }).learningRate = lrNow;
    const inputs: number[][] = [];
    const targets: number[][] = [];
    for (let b = 0; b < B; b++) {
      if (synthFrac > 0 && rnd() < synthFrac) {
        const w = synthWindow();
        inputs.push(w.slice(0, T));
        targets.push(w.slice(1));
        continue;
      }
      if (copyFrac > 0 && rnd() < copyFrac) {
        const kind = arg('window', phase3 ? 3 : 2);
        const w = kind === 5 ? copyWindow5() : kind === 4 ? copyWindow4() : kind === 3 ? copyWindow3() : copyWindow();
        inputs.push(w.slice(0, T));
        targets.push(w.slice(1));
        continue;
      }
      const s = Math.floor(rnd() * (trainIds.length - T - 1));
      inputs.push(trainIds.slice(s, s + T));
      targets.push(trainIds.slice(s + 1, s + T + 1));
    }
    if (bench && step === 3 && process.argv.includes('--profile')) {
      const info = await tf.profile(() => {
        tf.tidy(() => {
          const { grads } = tf.variableGrads(() => lossOf(cfg, p, inputs, targets, mask), varList);
          return Object.values(grads)[0];
        }).dispose();
      });
      const by = new Map<string, number>();
      for (const k of info.kernels) by.set(k.name, (by.get(k.name) ?? 0) + (typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0));
      console.log([...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k} ${v.toFixed(0)}ms`).join(', '));
    }
    const short = shortN > 0 ? shortRows(step) : null;
    const lossVal = tf.tidy(() => {
      const { value, grads } = tf.variableGrads(() => stepLoss(inputs, targets, short), varList);
      const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))));
      const scale = tf.minimum(1, tf.div(HP.clip, tf.add(norm, 1e-6)));
      const clipped: Record<string, tf.Tensor> = {};
      for (const [k, g] of Object.entries(grads)) clipped[k] = tf.mul(g, scale);
      opt.applyGradients(clipped as never);
      return value;
    });
    acc += lossVal.dataSync()[0];
    accN++;
    lossVal.dispose();
    if (bench && step % 5 === 0) console.log(`step ${step}: ${((Date.now() - tStart) / step).toFixed(0)} ms/step, loss ${(acc / accN).toFixed(3)}`);
    if (step % evalEvery === 0 || step === steps || step === stop) {
      const val = evalLoss(cfg, p, valAll, mask);
      const probe = copyProbe();
      const novelP = novelCopyP();
      const ms = Date.now() - tStart;
      log.push(phase2 ? { step: baseStep + step, train: acc / accN, val, ms, phase: phase3 ? 3 : 2 } : { step, train: acc / accN, val, ms });
      console.log(`step ${step}/${steps} lr ${lrNow.toExponential(2)} train ${(acc / accN).toFixed(4)} val ${val.toFixed(4)} copy-probe ${probe.toFixed(3)} novel-copy-p ${novelP.toFixed(3)} (${(ms / 1000).toFixed(0)} s, ${(ms / step).toFixed(0)} ms/step, ${tf.memory().numTensors} tensors)`);
      acc = 0;
      accN = 0;
      if (!bench && ((!phase2 && step === 100) || step % (phase3 ? 100 : phase2 ? 50 : 300) === 0 || step === steps || step === stop)) {
        // evaluate the weights as shipped (rounded to fp16) on the fixed subset the unit test recomputes
        const saved = varList.map((v) => v.dataSync().slice() as Float32Array);
        tf.tidy(() => varList.forEach((v, i) => v.assign(tf.tensor(roundToHalf(saved[i]), v.shape))));
        const fixed = evalLoss(cfg, p, valFixed, mask);
        const valF16 = evalLoss(cfg, p, valAll, mask);
        tf.tidy(() => varList.forEach((v, i) => v.assign(tf.tensor(saved[i], v.shape))));
        const size = save(step, {
          eval: { file: 'scripts/tiny-transformer/data/val.txt', windows: valFixed.inputs.length, length: T, loss: fixed, fullValLoss: valF16, fullValWindows: valAll.inputs.length },
          trainTokens: trainIds.length,
          valTokens: valIds.length,
          trainChars: trainText.length,
          valChars: valText.length,
          wallSeconds: (Date.now() - t0) / 1000,
          backend: tf.getBackend(),
        });
        console.log(`saved ${out} (${size} bytes) at step ${step}; fixed-subset val loss (fp16 weights) ${fixed.toFixed(4)}, full val ${valF16.toFixed(4)}`);
        // --keep N: also keep a copy of every N-th checkpoint (out.stepK.bin) to compare them afterwards
        const keep = arg('keep', 0);
        if (keep > 0 && step % keep === 0) writeFileSync(out.replace(/\.bin$/, `.step${step}.bin`), readFileSync(out));
      }
    }
    if ((bench && step >= steps) || step >= stop) break;
  }
  mkdirSync(RUNS, { recursive: true });
  writeFileSync(join(RUNS, bench ? 'bench.json' : 'last-run.json'), JSON.stringify({ cfg, hp: HP, log }, null, 1));
}

/** Time the runtime (the same code the browser runs) on the Node backends: forward and per-token decoding. */
async function timingCmd(): Promise<void> {
  const { createTinyModel } = await import('../../src/model/runtime');
  const bytes = readFileSync(join(ROOT, 'public', 'model', 'tiny-transformer.bin'));
  const results: Record<string, unknown> = {};
  for (const backend of ['cpu', 'wasm']) {
    await tf.setBackend(backend);
    await tf.ready();
    const m = createTinyModel(tf, bytes);
    const prompt = m.tokenizer.encode('问：大模型为什么会复读？\n答：');
    const reps = 3;
    let t = performance.now();
    for (let i = 0; i < reps; i++) await m.forward(prompt.concat(prompt, prompt, prompt).slice(0, 64), { internals: true });
    const forward64 = (performance.now() - t) / reps;
    t = performance.now();
    for (let i = 0; i < reps; i++) await m.forward(Array.from({ length: 128 }, (_, k) => prompt[k % prompt.length]));
    const forward128 = (performance.now() - t) / reps;
    const s = m.session();
    let logits = await s.append(prompt);
    const n = 60;
    t = performance.now();
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let v = 1; v < logits.length; v++) if (logits[v] > logits[best]) best = v;
      logits = await s.append([best]);
    }
    const perToken = (performance.now() - t) / n;
    s.dispose();
    m.dispose();
    results[backend] = { forward64InternalsMs: +forward64.toFixed(1), forward128Ms: +forward128.toFixed(1), sessionAppendMsPerToken: +perToken.toFixed(2) };
    console.log(backend, JSON.stringify(results[backend]));
  }
  mkdirSync(RUNS, { recursive: true });
  const file = join(ROOT, 'scripts', 'tiny-transformer', 'timings.json');
  const prev = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...prev, node: { ...results, date: new Date().toISOString().slice(0, 10) } }, null, 1) + '\n');
}

/**
 * What the repetition scene relies on, measured on the shipped weights: greedy continuations (do they
 * loop?) and the self-reinforcement curve (mean probability of a sentence's tokens in its k-th repetition).
 * Writes scripts/tiny-transformer/analysis.json (read by the model card).
 */
async function analyzeCmd(): Promise<void> {
  const { createTinyModel } = await import('../../src/model/runtime');
  await tf.setBackend('wasm');
  await tf.ready();
  // --weights FILE: analyse another checkpoint (default: the shipped weights; --json FILE: where to write)
  const m = createTinyModel(tf, readFileSync(argStr('weights', join(ROOT, 'public', 'model', 'tiny-transformer.bin'))));
  const tok = m.tokenizer;
  const greedy: { prompt: string; text: string; loopPeriod: number | null }[] = [];
  for (const prompt of ['问：大模型为什么会复读？\n答：', 'Q: Why do large models repeat themselves?\nA:', 'LoRA', '注意力', 'The']) {
    const ids = tok.encode(prompt);
    const s = m.session();
    let logits = await s.append(ids);
    const out: number[] = [];
    while (s.length < m.config.contextLength) {
      let best = 0;
      for (let v = 1; v < logits.length; v++) if (logits[v] > logits[best]) best = v;
      out.push(best);
      if (s.length + 1 > m.config.contextLength) break;
      logits = await s.append([best]);
    }
    s.dispose();
    // smallest period p ≤ 40 such that the last 2p generated tokens repeat with period p
    let loopPeriod: number | null = null;
    for (let p = 1; p <= 40 && 2 * p <= out.length; p++) {
      const tail = out.slice(-2 * p);
      if (tail.slice(0, p).every((v, i) => v === tail[p + i])) {
        loopPeriod = p;
        break;
      }
    }
    greedy.push({ prompt, text: tok.decode(out), loopPeriod });
    console.log(JSON.stringify(prompt), '→', JSON.stringify(tok.decode(out)), 'loop period', loopPeriod);
  }
  const reinforce: { sentence: string; tokens: number; meanProbByRepetition: number[] }[] = [];
  // two corpus sentences (memorised), two made-up ones; the third has <unk> characters (喜欢蓝苹 are not in the
  // alphabet), so the fourth, made of known characters and not from novel.ts's templates, was added on 2026-12-02
  for (const sentence of ['温度越低，分布越尖，输出越容易重复。', 'Top-k keeps only the k most likely tokens. ', '模型很喜欢蓝色的苹果。', 'The cat reads a green book. ', '程序把第二张表写进新的文档。']) {
    const sIds = tok.encode(sentence);
    const reps = Math.floor(m.config.contextLength / sIds.length);
    const ids = Array.from({ length: reps }, () => sIds).flat();
    const { logits } = await m.forward(ids);
    const probs: number[] = [];
    for (let r = 1; r < reps; r++) {
      let sum = 0;
      for (let j = 0; j < sIds.length; j++) {
        const pos = r * sIds.length + j; // predicting token ids[pos] from position pos-1
        const row = logits[pos - 1];
        let mx = -Infinity;
        for (const v of row) mx = Math.max(mx, v);
        let z = 0;
        for (const v of row) z += Math.exp(v - mx);
        sum += Math.exp(row[ids[pos]] - mx) / z;
      }
      probs.push(+(sum / sIds.length).toFixed(4));
    }
    reinforce.push({ sentence, tokens: sIds.length, meanProbByRepetition: probs });
    console.log(JSON.stringify(sentence), sIds.length, 'tokens; mean p(token) in repetition 2..:', probs.join(' '));
  }
  m.dispose();
  writeFileSync(argStr('json', join(ROOT, 'scripts', 'tiny-transformer', 'analysis.json')), JSON.stringify({ greedy, reinforce }, null, 1) + '\n');
}

const cmd = process.argv[2];
if (cmd === 'corpus') corpusCmd();
else if (cmd === 'train') await trainCmd(false);
else if (cmd === 'bench') await trainCmd(true);
else if (cmd === 'timing') await timingCmd();
else if (cmd === 'analyze') await analyzeCmd();
else if (cmd === 'card') (await import('./card')).writeCard(ROOT, HP);
else {
  console.error('usage: npm run train -- corpus | train [--steps N] [--out file] | bench [--steps N --d D --layers L --ff F --batch B] | timing | card');
  process.exit(1);
}
