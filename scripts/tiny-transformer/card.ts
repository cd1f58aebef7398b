/**
 * Writes public/model/MODEL_CARD.md and public/model/loss-curve.svg from the shipped weights file's
 * training metadata (and scripts/tiny-transformer/timings.json when present).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseModelFile } from '../../src/model/format';

interface PhaseMeta {
  init: string;
  baseStep: number;
  steps: number;
  stopped: number;
  copyFrac: number;
  lr: number;
  warmup: number;
  seed: number;
  batch: number;
}

interface LogRow {
  step: number;
  train: number;
  val: number;
  ms: number;
}

function svgCurve(log: LogRow[], phases: { at: number; label: string }[]): string {
  const W = 560;
  const H = 300;
  const m = { l: 48, r: 16, t: 16, b: 40 };
  const maxStep = log[log.length - 1].step;
  const maxY = Math.ceil(Math.max(...log.map((r) => Math.max(r.train, r.val))));
  const x = (s: number) => m.l + ((W - m.l - m.r) * s) / maxStep;
  const y = (v: number) => m.t + (H - m.t - m.b) * (1 - v / maxY);
  const path = (k: 'train' | 'val') => log.map((r, i) => `${i ? 'L' : 'M'}${x(r.step).toFixed(1)},${y(r[k]).toFixed(1)}`).join('');
  const yt = Array.from({ length: maxY + 1 }, (_, i) => i);
  const xt = Array.from({ length: 7 }, (_, i) => Math.round((maxStep * i) / 6));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">
<title>Tiny transformer: training and validation loss (nats per token)</title>
<rect width="${W}" height="${H}" fill="#fff"/>
${yt.map((v) => `<line x1="${m.l}" x2="${W - m.r}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${m.l - 6}" y="${y(v) + 4}" text-anchor="end" fill="#333">${v}</text>`).join('\n')}
${xt.map((s) => `<text x="${x(s)}" y="${H - m.b + 16}" text-anchor="middle" fill="#333">${s}</text>`).join('\n')}
<text x="${(W + m.l) / 2}" y="${H - 6}" text-anchor="middle" fill="#333">training step</text>
<text transform="translate(12 ${(H - m.b) / 2}) rotate(-90)" text-anchor="middle" fill="#333">cross-entropy (nats/token)</text>
${phases.map(({ at, label }) => `<line x1="${x(at)}" x2="${x(at)}" y1="${m.t}" y2="${H - m.b}" stroke="#999" stroke-dasharray="3 3"/><text x="${x(at) + 4}" y="${H - m.b - 6}" fill="#555">${label}</text>`).join('\n')}
<path d="${path('train')}" fill="none" stroke="#0072B2" stroke-width="2"/>
<path d="${path('val')}" fill="none" stroke="#D55E00" stroke-width="2" stroke-dasharray="6 3"/>
<line x1="${W - 170}" x2="${W - 145}" y1="${m.t + 10}" y2="${m.t + 10}" stroke="#0072B2" stroke-width="2"/><text x="${W - 140}" y="${m.t + 14}" fill="#333">train (mean of 100 steps)</text>
<line x1="${W - 170}" x2="${W - 145}" y1="${m.t + 28}" y2="${m.t + 28}" stroke="#D55E00" stroke-width="2" stroke-dasharray="6 3"/><text x="${W - 140}" y="${m.t + 32}" fill="#333">validation</text>
</svg>
`;
}

/** Mean ms per step of one phase, from the log's cumulative wall-clock column. */
function phaseMs(log: (LogRow & { phase?: number })[], phase: number): number {
  const rows = log.filter((r) => r.phase === phase);
  if (!rows.length) return 0;
  const first = log[log.indexOf(rows[0]) - 1];
  const steps = rows[rows.length - 1].step - (first ? first.step : 0);
  return rows[rows.length - 1].ms / Math.max(1, steps);
}

function phase1Numbers(root: string): string {
  const f = join(root, 'scripts', 'tiny-transformer', 'analysis-phase1.json');
  if (!existsSync(f)) return 'a flat probability';
  const a = JSON.parse(readFileSync(f, 'utf8')) as { reinforce: { sentence: string; meanProbByRepetition: number[] }[] };
  return a.reinforce
    .slice(2)
    .map((r) => `${r.meanProbByRepetition[0].toFixed(2)} → ${r.meanProbByRepetition[r.meanProbByRepetition.length - 1].toFixed(2)} (“${r.sentence.trim()}”)`)
    .join(' and ');
}

function notesSection(root: string): string {
  const f = join(root, 'scripts', 'tiny-transformer', 'card-notes.md');
  return existsSync(f) ? readFileSync(f, 'utf8').trim() + '\n\n' : '';
}

function analysisSection(root: string): string {
  const f = join(root, 'scripts', 'tiny-transformer', 'analysis.json');
  if (!existsSync(f)) return '';
  const a = JSON.parse(readFileSync(f, 'utf8')) as {
    greedy: { prompt: string; text: string; loopPeriod: number | null }[];
    reinforce: { sentence: string; tokens: number; meanProbByRepetition: number[] }[];
  };
  const esc = (t: string) => t.replace(/\n/g, '⏎').replace(/\|/g, '\\|');
  const cut = (t: string) => (t.length > 150 ? t.slice(0, 150) + '…' : t);
  const maxR = Math.max(...a.reinforce.map((r) => r.meanProbByRepetition.length));
  return `## Repetition, measured (\`npm run train -- analyze\`)

Greedy decoding (argmax at every step, KV cache) until the context is full:

| prompt | greedy continuation (first 150 characters) | ends in a loop? (period) |
|---|---|---:|
${a.greedy.map((g) => `| ${esc(g.prompt)} | ${esc(cut(g.text))} | ${g.loopPeriod ?? 'no loop'} |`).join('\n')}

Self-reinforcement: a sentence repeated back to back to fill the context; mean probability the model gives
to the sentence's own tokens in its 2nd, 3rd, … occurrence (teacher-forced, one forward pass):

| sentence | tokens | ${Array.from({ length: maxR }, (_, i) => `#${i + 2}`).join(' | ')} |
|---|---:|${Array.from({ length: maxR }, () => '---:').join('|')}|
${a.reinforce.map((r) => `| ${esc(r.sentence)} | ${r.tokens} | ${Array.from({ length: maxR }, (_, i) => (r.meanProbByRepetition[i] !== undefined ? r.meanProbByRepetition[i].toFixed(3) : '')).join(' | ')} |`).join('\n')}

`;
}

export function writeCard(root: string, hp: Record<string, unknown>): void {
  const bin = join(root, 'public', 'model', 'tiny-transformer.bin');
  const bytes = readFileSync(bin);
  const { header, weights } = parseModelFile(bytes);
  const c = header.config;
  const tr = header.training as Record<string, unknown> & {
    log: LogRow[];
    step: number;
    steps: number;
    parameterCount: number;
    phase2?: PhaseMeta;
    phase3?: PhaseMeta;
    eval: { file: string; windows: number; length: number; loss: number; fullValLoss: number; fullValWindows: number };
    trainTokens: number;
    valTokens: number;
    trainChars: number;
    valChars: number;
    wallSeconds: number;
    hp: Record<string, number>;
  };
  const log = tr.log;
  const timingsFile = join(root, 'scripts', 'tiny-transformer', 'timings.json');
  const timings = existsSync(timingsFile) ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, Record<string, Record<string, number> | string>>) : null;
  const crc = bytes.readUInt32LE(16);
  const per = (n: string) => weights.get(n)?.data.length ?? 0;
  const emb = per('tok_emb');
  const pos = per('pos_emb');
  const perLayer = [...weights.keys()].filter((k) => k.startsWith('layers.0.')).reduce((s, k) => s + per(k), 0);
  const h = tr.hp;
  /** Phase-1 copy training (short repeat rows, perturbed copy windows), as recorded in the weights file. */
  const short = (h as Record<string, unknown>).shortRows ? (h as unknown as { shortRows: number; shortT: number; shortDist: string; shortUntil?: number; shortAfter?: number; window?: number; copyFrac?: number }) : null;
  const every = Math.max(1, Math.round(log.length / 12));
  const rows = log.filter((_, i) => i % every === every - 1 || i === log.length - 1 || i === 0);
  const p2 = tr.phase2;
  const p3 = tr.phase3;
  const phaseMarks = [...(p2 ? [{ at: p2.baseStep, label: 'phase 2' }] : []), ...(p3 ? [{ at: p3.baseStep, label: 'phase 3' }] : [])];
  writeFileSync(join(root, 'public', 'model', 'loss-curve.svg'), svgCurve(log, phaseMarks));
  const p1rows = log.filter((r) => !(r as LogRow & { phase?: number }).phase);
  const p1Step = p2 ? p2.baseStep : tr.step;
  const msPerStep = p1rows.length ? p1rows[p1rows.length - 1].ms / p1rows[p1rows.length - 1].step : 0;
  const t = timings?.node as Record<string, Record<string, number>> | undefined;
  const b = timings?.browser as Record<string, number | string> | undefined;
  const md = `# Tiny transformer — model card

A small decoder-only transformer trained by this project for its interactive scenes (issue 3: sampling and
repetition, attention heads, KV cache, embeddings, LoRA). It exists to be **looked inside**, not to be
useful: it has memorised a small self-written corpus about the app's 19 interview topics and
${p3 ? 'continues such text fluently, with all the failure modes (loops, self-reinforcing repetition) that the\nscenes explain.' : short ? `continues such text fluently. Under greedy decoding it repeats whole sentences and question–answer pairs
(one of the five greedy probes below ends in an exact loop), and a sentence from its corpus gets a high
probability that rises a little over its first repetitions. It has **not** learned to copy text it has not
memorised: a made-up sentence stays at a low, flat probability however often it is repeated, although its
training included rows built to teach exactly that (see Corpus and the notes below).` : `continues such text fluently. Under greedy decoding it repeats phrases and whole sentences, but it has
learned only weak in-context copying, so the self-reinforcement it shows is small (a sentence from its
corpus: 0.65 → 0.74 per token over repetitions, then flat; a made-up sentence: flat). See “Repetition,
measured”; in-context copying did not emerge in the copy-rich continuation runs tried so far either (see the notes below).`}

File: \`public/model/tiny-transformer.bin\` (${bytes.length.toLocaleString('en')} bytes, CRC-32 \`0x${crc.toString(16).padStart(8, '0')}\`), loaded by
\`loadTinyModel()\` in \`src/model/index.ts\`.

## Architecture

| | |
|---|---|
| type | decoder-only, **pre-LN** (LayerNorm before each sub-layer, final LayerNorm) |
| layers × heads | ${c.nLayers} × ${c.nHeads} (head width ${c.dModel / c.nHeads}) |
| d_model / d_ff | ${c.dModel} / ${c.dFF} |
| context length | ${c.contextLength} tokens |
| positions | learned absolute embeddings (${c.contextLength} × ${c.dModel}) |
| activation | GELU, tanh approximation (PyTorch \`gelu(approximate='tanh')\`) |
| output | tied to the token embedding (logits = LN_f(x) · Eᵀ, no bias) |
| LayerNorm ε | ${c.layerNormEps} |
| vocabulary | ${c.vocabSize} |
| **parameters** | **${tr.parameterCount.toLocaleString('en')}** = embeddings ${emb.toLocaleString('en')} + positions ${pos.toLocaleString('en')} + ${c.nLayers} × ${perLayer.toLocaleString('en')} per block + ${per('ln_f.g') + per('ln_f.b')} final LN |
| storage | fp16 (IEEE half); the runtime computes in fp32 |

Block: \`x += W_o·Attn(LN₁(x))\` then \`x += W₂·gelu(W₁·LN₂(x))\`; attention is causal softmax(QKᵀ/√d_h)V.
Weight names (\`model.weightNames()\`): \`tok_emb\` [V, D], \`pos_emb\` [C, D], \`layers.{l}.ln1.g|b\`,
\`layers.{l}.attn.wq|wk|wv|wo\` [D, D] (applied as x·W), \`attn.bq|bk|bv|bo\`, \`layers.{l}.ln2.g|b\`,
\`layers.{l}.ffn.w1\` [D, F], \`ffn.b1\`, \`ffn.w2\` [F, D], \`ffn.b2\`, \`ln_f.g|b\`.

## Weights file format

Little-endian: magic \`TTFM\`, u32 version (1), u32 header length, u32 data length, u32 CRC-32 of
everything after the 20-byte prefix; then a UTF-8 JSON header (config, tokenizer, tensor table with name,
shape, dtype and offset, training metadata) padded to 4 bytes; then the fp16 tensors. A truncated, padded,
corrupt (checksum) or foreign (magic, version, HTML error page) file is rejected with an Error that says which.

## Corpus

Written by the project, no third-party text (\`scripts/tiny-transformer/corpus.ts\`, seed ${h.corpusSeed}):

- ${h.documents} generated documents built from ~110 hand-written facts in each language about the 19 interview
  topics (\`scripts/tiny-transformer/topics.ts\`): interview Q&A (“问：…答：…” / “Q: … A: …”), short
  explanations, **recaps that end by restating their first sentence** (real text quotes itself; this teaches
  in-context copying, which is what makes repetition self-reinforcing), question lists, and two-topic
  paragraphs; ~55 % Chinese;
- every string literal of the app's scene copy (\`src/scenes/*/copy/{zh,en}.ts\`) at generation time.
${p2 ? `- phase 2 only: **repeated-span windows** built on the fly from the training stream — up to 47 tokens of real
  text, then a random span of 4–20 tokens repeated until the window is full (like the boilerplate, lists and
  loops of web text), ${Math.round(p2.copyFrac * 100)} % of the rows. They were meant to teach copying from the context. In ${p2.stopped} steps they did
  **not** produce it (see “Repetition, measured”): after phase 1 a repeated made-up sentence got
  ${phase1Numbers(root)} per token from its 2nd to its last repetition, and after phase 2 it was still flat.
` : ''}${short ? `- built on the fly during training, to teach copying from the context (\`main.ts\`):
  - **${Math.round((short.copyFrac ?? 0) * 100)} % of the 128-token rows are perturbed copy windows** (\`copyWindow5\`): up to 39 tokens of real text, then
    a real span of 6–24 tokens of the training stream with 30 % of its tokens replaced by tokens drawn from the
    stream, repeated \`copies\` = ⌊2/u⌋ times (u uniform, so P(copies ≥ n) = 2/n), then real text from elsewhere.
    The span reads like corpus text, so memory predicts the original tokens and only the earlier copy predicts
    the replaced ones;
  - **short repeat rows**: ${short.shortRows} extra rows of ${short.shortT} tokens per step${short.shortUntil !== undefined ? ` up to step ${short.shortUntil}, then ${short.shortAfter}` : ''}, each a ${short.shortDist === 'perturbed' ? 'perturbed real span of 4–13 tokens' : `${short.shortDist} span`}
    repeated to fill the row (in short rows an attention head starts spread over fewer positions, so the
    gradient towards the earlier copy is stronger); their loss is weighted by their share of the step's tokens.
` : ''}${p3 ? `- phase 3 only: **copy-rich windows** (\`copyWindow3\` in \`main.ts\`), ${Math.round(p3.copyFrac * 100)} % of the rows: up to 39 tokens of real
  text, then a span of 3–24 tokens repeated \`copies\` times, then real text from elsewhere. The span is a real
  span of the training stream, the same span shuffled, or tokens drawn one by one from the stream (nonsense), a
  third each: only copying from the context predicts a shuffled or nonsense span, so these rows teach in-context
  copying (induction). \`copies\` = ⌊2/u⌋ with u uniform, so P(copies ≥ n) = 2/n: after n copies the next copy
  follows with probability n/(n+1), which rises with n, like text in which a repeated line tends to keep repeating.
` : ''}

Documents are separated by a blank line; ${Math.round(h.valFraction * 100)} % of them (drawn with the seed) form the validation split.
Train: ${tr.trainChars.toLocaleString('en')} characters = ${tr.trainTokens.toLocaleString('en')} tokens; validation: ${tr.valChars.toLocaleString('en')} characters = ${tr.valTokens.toLocaleString('en')} tokens
(\`scripts/tiny-transformer/data/{train,val}.txt\`, committed). The validation documents are new
combinations of the same facts, so validation loss measures fluency on this closed world, not general language.

## Tokenizer

Byte-pair encoding trained on the training split (\`src/model/tokenizer.ts\`, the same file the browser runs):
base alphabet = the ${header.tokenizer.alphabet.length} characters seen at least ${h.minCharCount} times (every Chinese character is one base token),
id 0 = \`<unk>\` for anything else (encoding never throws; \`<unk>\` decodes to U+FFFD), then
${header.tokenizer.merges.length} learned merges (most frequent pair, ties by smaller ids). Pre-tokenisation keeps merges inside
an English word with its leading space, a CJK run, a digit, a whitespace run or a symbol, so English gives
subwords (\`␣attention\`) and Chinese gives characters and frequent words (\`注意力\`). \`tokenLabel(id)\`
shows spaces as ␣ and newlines as \\n. The tokenizer is stored inside the weights file.

## Training

tfjs-core 4.22 with \`@tensorflow/tfjs-backend-wasm\` in Node 20 (\`scripts/tiny-transformer/main.ts\`, bundled by
Vite so it shares \`src/model/{tokenizer,format,graph}.ts\` with the browser). Deterministic: seeded init
(mulberry32 + Box–Muller, N(0, 0.02), residual output projections × 1/√(2L)), seeded window sampling.

| | |
|---|---|
| seed | ${h.seed} |
| phase 1 steps | ${p1Step === tr.steps ? `${p1Step}` : `**${p1Step}** of a ${tr.steps}-step schedule (stopped at this checkpoint: \`--stop ${p1Step}\`, see Retrain)`} × batch ${h.batch} × ${c.contextLength} tokens (random windows of the training stream${short ? `, ${Math.round((short.copyFrac ?? 0) * 100)} % of them perturbed copy windows, plus the short repeat rows; see Corpus` : ''}) = ${((p1Step * h.batch * c.contextLength) / 1e6).toFixed(1)} M tokens ≈ ${((p1Step * h.batch * c.contextLength) / tr.trainTokens).toFixed(0)} epochs |
${p2 ? `| phase 2 | ${p2.stopped} steps × batch ${p2.batch} from the fp16 phase-1 checkpoint, fresh Adam, warm-up ${p2.warmup} steps to ${p2.lr}, cosine decay to ${+(p2.lr * h.minLrFrac).toPrecision(3)}; ${Math.round(p2.copyFrac * 100)} % of the rows are repeated-span windows (see Corpus), seed ${p2.seed}; evaluated every 50 steps |` : '| phase 2 | none |'}${p3 ? `\n| phase 3 | ${p3.stopped} steps × batch ${p3.batch} from the fp16 phase-2 checkpoint, fresh Adam, warm-up ${p3.warmup} steps to ${p3.lr}, cosine decay to ${+(p3.lr * h.minLrFrac).toPrecision(3)}; ${Math.round(p3.copyFrac * 100)} % of the rows are copy-rich windows (see Corpus), seed ${p3.seed}; evaluated every 100 steps |` : ''}
| optimiser | Adam (β₁ 0.9, β₂ 0.95, ε 1e-8), no weight decay, global-norm clip ${h.clip} |
| learning rate | linear warm-up ${h.warmup} steps to ${h.lr}, cosine decay to ${+(h.lr * h.minLrFrac).toPrecision(3)} (phase 1) |
| wall clock | ${(tr.wallSeconds / 60).toFixed(1)} min in total on the shared 2-core machine (${short ? `two candidate runs side by side, ${msPerStep.toFixed(0)} ms/step on average` : `phase 1 ran while ~6 other jobs ran: load average 15–28, ${msPerStep.toFixed(0)} ms/step`}${p3 ? `; phase 3 ran two candidate runs side by side, ${phaseMs(log, 3).toFixed(0)} ms/step` : ''}; 560–750 ms/step when the machine is quiet) |

![loss curve](loss-curve.svg)

| step | train loss | validation loss |
|---:|---:|---:|
${rows.map((r) => `| ${r.step} | ${r.train.toFixed(3)} | ${r.val.toFixed(3)} |`).join('\n')}

Losses are mean cross-entropy in nats per token; train = mean over the preceding 100 steps (50 in phase 2).
${short ? 'The train loss includes the copy windows and the short repeat rows (whose first copy of a perturbed span is partly\nunpredictable), so it is higher than the validation loss, which is on plain text.\n' : ''}In phases 2 and 3 some rows are repeated-span or copy-rich windows (whose first copy of a nonsense span is
unpredictable), so their train losses are not comparable with phase 1; the validation loss is always on plain text.
Final validation loss of the **shipped fp16 weights**: ${tr.eval.fullValLoss.toFixed(4)} on all ${tr.eval.fullValWindows} validation windows, and
**${tr.eval.loss.toFixed(4)}** on the fixed subset (the first ${tr.eval.windows} non-overlapping windows of ${tr.eval.length}+1 tokens of
\`${tr.eval.file}\`), which \`src/model/model.test.ts\` recomputes with the browser runtime.

${analysisSection(root)}${notesSection(root)}## Runtime and timings

\`src/model/\`: tfjs via \`ensureTf()\` (WebGL in the browser, CPU backend in tests). One GPU→CPU read-back per
call; the KV cache is preallocated at ${c.contextLength} positions, so appending a token always runs the same
shapes and computes only the new position.

${t ? `Measured (Node 20, ${String(timings?.node && (timings.node as Record<string, unknown>).date)}, shared 2-core machine):

| backend | forward 64 tokens with internals | forward 128 tokens | decoding, per token (KV cache) |
|---|---:|---:|---:|
${['cpu', 'wasm'].filter((k) => t[k]).map((k) => `| tfjs ${k} | ${t[k].forward64InternalsMs} ms | ${t[k].forward128Ms} ms | ${t[k].sessionAppendMsPerToken} ms |`).join('\n')}
` : ''}${b ? `\nHeadless Chromium, WebGL on SwiftShader: ${String(b.note ?? '')}\n` : ''}
## Retrain

\`\`\`sh
npm run train -- corpus   # only to regenerate the corpus (it then also picks up new scene copy)
${p2
    ? `npm run train -- train --steps ${tr.steps} --stop ${p2.baseStep} --out scripts/tiny-transformer/runs/${p2.init}   # phase 1
npm run train -- train --init scripts/tiny-transformer/runs/${p2.init} --steps ${p2.steps}${p3 ? ` --out scripts/tiny-transformer/runs/${p3.init}   # phase 2
npm run train -- train --init scripts/tiny-transformer/runs/${p3.init} --phase 3 --steps ${p3.steps} --lr ${p3.lr} --copy ${p3.copyFrac}   # phase 3 → public/model/tiny-transformer.bin` : '   # phase 2 → public/model/tiny-transformer.bin'}`
    : `npm run train -- train${tr.step === tr.steps ? '' : ` --steps ${tr.steps} --stop ${tr.step}`}${tr.step === tr.steps && tr.steps !== Number(hp.steps) ? ` --steps ${tr.steps} --stop ${tr.step}` : ''}${short ? ` --lr ${h.lr} --copy ${short.copyFrac} --window ${short.window} --short ${short.shortRows} --shortT ${short.shortT} --shortDist ${short.shortDist}${short.shortUntil !== undefined ? ` --shortUntil ${short.shortUntil} --shortAfter ${short.shortAfter}` : ''}` : ''}    # tokenizer + model → public/model/tiny-transformer.bin`}   (${Math.round(tr.wallSeconds / 60)} min here in total)
npm run train -- analyze  # greedy probes + self-reinforcement numbers → scripts/tiny-transformer/analysis.json
npm run train -- timing   # optional: Node timings → scripts/tiny-transformer/timings.json
node scripts/tiny-transformer/browser-timing.mjs   # optional: headless Chromium timings
npm run train -- card     # this file and loss-curve.svg
/usr/bin/python3 scripts/make_model_fixtures.py   # PyTorch reference fixture for the tests
\`\`\`

Hyper-parameters live in \`HP\` in \`scripts/tiny-transformer/main.ts\`: ${JSON.stringify(hp)}.
`;
  writeFileSync(join(root, 'public', 'model', 'MODEL_CARD.md'), md);
  console.log('wrote public/model/MODEL_CARD.md and loss-curve.svg');
}
