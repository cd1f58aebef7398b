/**
 * Full fine-tuning of the tiny transformer on a small task it has never seen (question 4's scene,
 * `lora-low-rank-why`, needs a real ΔW = W_ft − W₀). Deterministic and seeded; tfjs-core + wasm in Node.
 *
 *   npm run finetune                 (= vite build --config scripts/finetune-tiny/vite.config.ts && node …/main.mjs)
 *   npm run finetune -- --steps 400 --batch 8 --T 64 --lr 1e-3 [--out file]
 *
 * Task ("digit reversal", not in the corpus): lines like `反转 40719 = 91704` — a 3–7 digit number and
 * its digits reversed. ALL weights are trained (embeddings, attention, FFN, LayerNorms) with Adam
 * (β = 0.9/0.999, no weight decay, so ΔW is the optimiser's update only), constant lr after a short
 * warm-up, gradient clipping at 1. Writes public/model/tiny-transformer-ft.bin in the same fp16 format
 * and prints loss before/after and the fp16 quantisation noise of every ΔW matrix.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/compute/rng';
import { BpeTokenizer } from '../../src/model/tokenizer';
import { writeModelFile, parseModelFile, roundToHalf } from '../../src/model/format';
import { causalBias, forwardBatch, type Params } from '../../src/model/graph';
import type { TinyModelConfig } from '../../src/model/types';
import { crossEntropy, embedLookup, mm2d } from '../tiny-transformer/trainOps';

const HERE = dirname(fileURLToPath(import.meta.url)); // scripts/finetune-tiny/dist
const ROOT = join(HERE, '..', '..', '..');

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

export const FT = { seed: 4004, steps: arg('steps', 400), batch: arg('batch', 8), T: arg('T', 64), lr: arg('lr', 1e-3), warmup: 20, clip: 1.0, evalWindows: 16 };

/** One task line: `反转 40719 = 91704\n`. */
function taskLine(rnd: () => number): string {
  const n = 3 + Math.floor(rnd() * 5);
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rnd() * 10));
  return `反转 ${s} = ${[...s].reverse().join('')}\n`;
}

/** A token window of T+1 tokens made of task lines (starting at a line boundary). */
function taskWindow(tok: BpeTokenizer, rnd: () => number, T: number): number[] {
  const ids: number[] = [];
  while (ids.length < T + 1) ids.push(...tok.encode(taskLine(rnd)));
  return ids.slice(0, T + 1);
}


function lossOf(cfg: TinyModelConfig, p: Params, wins: number[][], T: number, mask: tf.Tensor): tf.Scalar {
  const inputs = wins.map((w) => w.slice(0, T));
  const targets = wins.map((w) => w.slice(1, T + 1));
  const emb = embedLookup(p['tok_emb'], inputs.flat(), cfg.vocabSize, cfg.dModel);
  const logits = forwardBatch(tf, cfg, p, emb, wins.length, T, mask, undefined, mm2d);
  return crossEntropy(logits, targets.flat(), cfg.vocabSize);
}

async function main(): Promise<void> {
  await tf.setBackend('wasm');
  await tf.ready();
  const t0 = Date.now();
  const inFile = join(ROOT, 'public', 'model', 'tiny-transformer.bin');
  const oi = process.argv.indexOf('--out');
  const outFile = oi >= 0 ? process.argv[oi + 1] : join(ROOT, 'public', 'model', 'tiny-transformer-ft.bin');
  const base = parseModelFile(readFileSync(inFile));
  const cfg = base.header.config;
  const tok = new BpeTokenizer(base.header.tokenizer);
  const { T, batch: B, steps } = FT;
  const rnd = mulberry32(FT.seed);
  const evalRnd = mulberry32(FT.seed + 1);
  const evalSet = Array.from({ length: FT.evalWindows }, () => taskWindow(tok, evalRnd, T));
  const unk = evalSet.flat().filter((i) => i === 0).length;
  console.log(`task sample: ${JSON.stringify(taskLine(mulberry32(1)))} → tokens ${tok.encode(taskLine(mulberry32(1))).map((i) => tok.tokenLabel(i)).join('|')}; unk in eval ${unk}`);
  const vars = new Map([...base.weights].map(([name, w]) => [name, tf.variable(tf.tensor(w.data, w.shape), true, name)] as const));
  const p: Params = Object.fromEntries(vars);
  const varList = [...vars.values()];
  const mask = causalBias(tf, T);
  const evalLoss = () => {
    const l = tf.tidy(() => lossOf(cfg, p, evalSet, T, mask));
    const v = l.dataSync()[0];
    l.dispose();
    return v;
  };
  const lossBefore = evalLoss();
  console.log(`eval loss before: ${lossBefore.toFixed(4)} (${FT.evalWindows} windows × ${T} tokens)`);
  const opt = tf.train.adam(FT.lr, 0.9, 0.999, 1e-8);
  const log: { step: number; train: number; eval: number }[] = [{ step: 0, train: NaN, eval: lossBefore }];
  let acc = 0;
  let accN = 0;
  const tStart = Date.now();
  for (let step = 1; step <= steps; step++) {
    (opt as unknown as { learningRate: number }).learningRate = step <= FT.warmup ? (FT.lr * step) / FT.warmup : FT.lr;
    const wins = Array.from({ length: B }, () => taskWindow(tok, rnd, T));
    const lv = tf.tidy(() => {
      const { value, grads } = tf.variableGrads(() => lossOf(cfg, p, wins, T, mask), varList);
      const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))));
      const scale = tf.minimum(1, tf.div(FT.clip, tf.add(norm, 1e-6)));
      const clipped: Record<string, tf.Tensor> = {};
      for (const [k, g] of Object.entries(grads)) clipped[k] = tf.mul(g, scale);
      opt.applyGradients(clipped as never);
      return value;
    });
    acc += lv.dataSync()[0];
    accN++;
    lv.dispose();
    if (step % 25 === 0 || step === steps) {
      const ev = evalLoss();
      log.push({ step, train: +(acc / accN).toFixed(4), eval: +ev.toFixed(4) });
      console.log(`step ${step}/${steps} train ${(acc / accN).toFixed(4)} eval ${ev.toFixed(4)} (${((Date.now() - tStart) / step).toFixed(0)} ms/step)`);
      acc = 0;
      accN = 0;
    }
  }
  // fp16 as shipped: loss after, and the quantisation noise of ΔW per matrix
  const ft = varList.map((v) => v.dataSync().slice() as Float32Array);
  tf.tidy(() => varList.forEach((v, i) => v.assign(tf.tensor(roundToHalf(ft[i]), v.shape))));
  const lossAfter = evalLoss();
  const quant: Record<string, { deltaFro: number; fp16NoiseFro: number; ratio: number }> = {};
  varList.forEach((v, i) => {
    if (!/attn\.w|ffn\.w/.test(v.name)) return;
    const w0 = base.weights.get(v.name)!.data; // already fp16-exact
    const exact = ft[i];
    const stored = roundToHalf(exact);
    let d2 = 0;
    let n2 = 0;
    for (let j = 0; j < exact.length; j++) {
      d2 += (exact[j] - w0[j]) ** 2;
      n2 += (stored[j] - exact[j]) ** 2;
    }
    quant[v.name] = { deltaFro: +Math.sqrt(d2).toFixed(5), fp16NoiseFro: +Math.sqrt(n2).toFixed(6), ratio: +(Math.sqrt(d2) / Math.sqrt(n2)).toFixed(1) };
  });
  console.log(`eval loss after (fp16 weights): ${lossAfter.toFixed(4)}`);
  console.log('‖ΔW‖_F vs fp16 rounding noise ‖W_ft,fp16 − W_ft‖_F:');
  for (const [k, q] of Object.entries(quant)) console.log(`  ${k}: ${q.deltaFro} vs ${q.fp16NoiseFro} (×${q.ratio})`);
  const bytes = writeModelFile(
    {
      config: cfg,
      tokenizer: base.header.tokenizer,
      training: {
        ...base.header.training,
        finetune: {
          from: 'tiny-transformer.bin',
          task: 'digit reversal: lines "反转 <3–7 digits> = <reversed>"',
          script: 'scripts/finetune-tiny/main.ts',
          ...FT,
          optimizer: 'Adam(0.9, 0.999, 1e-8), no weight decay, all weights trainable',
          lossBefore: +lossBefore.toFixed(4),
          lossAfter: +lossAfter.toFixed(4),
          log,
          fp16: quant,
          wallSeconds: (Date.now() - t0) / 1000,
        },
      },
    },
    varList.map((v, i) => ({ name: v.name, shape: v.shape, data: ft[i] })),
  );
  writeFileSync(outFile, bytes);
  if (oi < 0) writeFileSync(join(ROOT, 'scripts', 'finetune-tiny', 'last-run.json'), JSON.stringify({ FT, lossBefore, lossAfter, log, fp16: quant, wallSeconds: (Date.now() - t0) / 1000 }, null, 1) + '\n');
  console.log(`wrote ${outFile} (${bytes.length} bytes) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

await main();
