import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/ Every word of question 7 (the structure of the Transformer) in English. */
export const en = {
  question: 'What is the structure of the Transformer?',
  lede: 'The original encoder–decoder of “Attention Is All You Need” and the decoder-only stack of today’s LLMs, as a diagram you can click, with the attention heads of a real (tiny) transformer computed live on your own text.',

  steps: {
    overview: {
      title: 'The original: encoder + decoder',
      caption:
        'Vaswani et al. 2017 (§3, Fig. 1): an encoder of $N=6$ identical layers, each multi-head self-attention then a position-wise feed-forward network, and a decoder of $N=6$ layers with three sub-layers: masked self-attention, cross-attention over the encoder output, feed-forward. Every sub-layer is wrapped as $\\mathrm{LayerNorm}(x+\\mathrm{Sublayer}(x))$ (Post-LN); $d_{model}=512$, $h=8$, $d_k=64$, $d_{ff}=2048$. Click any block; the arrows carry the tensor shape (T = your token count).',
    },
    embedding: {
      title: 'Tokens → vectors: embedding + position',
      caption:
        'Decoder-only now, as in GPT and LLaMA, with the tiny model of this app (3 layers, 4 heads, $d=64$). Your text becomes $T$ token ids; each id picks a row of the embedding table and a learned position vector is added: $[T]\\to[T,64]$. Attention itself is order-blind, so position information has to come in here (the original used fixed sinusoids, §3.5).',
    },
    attention: {
      title: 'Attention heads, live on your text',
      caption:
        'One forward pass of the tiny model on your text. Left column: queries, right column: keys; line width is the attention weight of the selected layer and head. Hover or focus (Tab) a token to isolate its lines. It is causal: a token only sees itself and what came before. The grid shows all 12 heads — click one to select it; different heads clearly do different things (previous token, first token, same word …).',
    },
    'multi-head': {
      title: 'Multi-head: split → softmax(QKᵀ/√d_k)V → concat → W_O',
      caption:
        'With the real numbers of the selected layer: $\\mathrm{LN}(x)$ is projected to $Q,K,V$ of shape $[T,64]$, split into 4 heads of width $d_k=16$; each head computes $\\mathrm{softmax}(Q_hK_h^\\top/\\sqrt{d_k}+\\text{mask})V_h$; the four $[T,16]$ outputs are concatenated back to $[T,64]$ and mixed by $W_O$. The result is added to the residual stream. This recomputation agrees with the runtime’s attention (readout “check”).',
    },
    'cross-attention': {
      title: 'The decoder’s second attention is cross-attention',
      caption:
        'A common loose answer says the decoder has “two self-attentions”. It does not: its second attention takes $Q$ from the decoder (the output of the masked self-attention) and $K,V$ from the encoder’s final output, $[T,512]$ — for every decoder layer the same encoder output (§3.2.3). That is how the target side reads the source. A decoder-only LLM has no encoder, so it has no cross-attention at all.',
    },
    'norm-placement': {
      title: 'Post-LN vs Pre-LN',
      caption:
        'Post-LN (the 2017 paper): $x_{l+1}=\\mathrm{LN}(x_l+F(x_l))$. Pre-LN (GPT-2, most LLMs; LLaMA with RMSNorm): $x_{l+1}=x_l+F(\\mathrm{LN}(x_l))$ plus one final LN. Xiong et al. 2020 show that at initialisation Post-LN has large expected gradients for the parameters near the output, so it needs a learning-rate warm-up; Pre-LN’s gradients are well-behaved and it trains without warm-up. The price: in Pre-LN the residual stream is never normalised and grows with depth (bars: the tiny Pre-LN model on your text).',
    },
    output: {
      title: 'Linear + softmax: the next token',
      caption:
        'After the last block (and, in Pre-LN, the final LayerNorm) a linear layer maps each position to $V$ logits, $[T,64]\\to[T,1024]$ (tied to the embedding table here), and softmax turns them into probabilities. Every position predicts its next token in one pass; generation reads the last row. The bars show the tiny model’s top-5 for the token after your text.',
    },
  } satisfies Record<StepId, { title: string; caption: string }>,

  params: {
    text: { label: 'Input text', help: 'Chinese or English; up to 40 tokens are used' },
    variant: { label: 'Architecture', options: { 'encoder-decoder': 'Encoder–decoder (2017)', 'decoder-only': 'Decoder-only (GPT / LLaMA)' } },
    norm: { label: 'LayerNorm placement', options: { post: 'Post-LN', pre: 'Pre-LN' } },
    layer: { label: 'Layer', help: 'Layer of the tiny model (0–2) for the head view' },
    head: { label: 'Head', help: 'Head (0–3) of that layer' },
  } satisfies Record<ParamKey, { label: string; help?: string; options?: Record<string, string> }>,

  readouts: {
    tokens: 'Tokens T',
    'focus-shape': 'Shape at the focused block',
    params: 'Parameters (without embeddings for the paper)',
    'ln-count': 'LayerNorms',
    head: 'Selected head',
    'top-attended': 'Last token attends most to',
    'attn-max': 'Its weight',
    'attn-entropy': 'Mean attention entropy',
    check: 'Recomputed vs runtime (max |Δ|)',
    'next-token': 'Predicted next token',
  },

  labels: {
    encoder: 'Encoder',
    decoder: 'Decoder',
    decoderOnly: 'Decoder-only stack',
    kv: 'K, V',
    inputs: 'input ids [T]',
    outputs: 'outputs (shifted right) [T′]',
    ariaBlock: 'Transformer architecture diagram: blocks are buttons',
    kind_embed: 'Embedding + position',
    'kind_self-attn': 'Multi-head self-attn',
    'kind_masked-attn': 'Masked multi-head attn',
    'kind_cross-attn': 'Cross-attn (enc → dec)',
    kind_ffn: 'Feed-forward',
    'kind_add-norm': 'Add & LayerNorm',
    kind_add: 'Add (residual)',
    kind_norm: 'LayerNorm',
    'kind_final-norm': 'Final LayerNorm',
    kind_linear: 'Linear',
    kind_softmax: 'Softmax',
    desc_embed: 'Looks up one row of a V×d table per token id and adds the position vector.',
    'desc_self-attn': 'Every position attends to every position of the same sequence: softmax(QKᵀ/√d_k)V in h heads, then W_O.',
    'desc_masked-attn': 'Self-attention with a causal mask: position i only sees positions ≤ i, so training can predict all positions in parallel without peeking.',
    'desc_cross-attn': 'Q from the decoder, K and V from the encoder’s final output. Not a second self-attention.',
    desc_ffn: 'The same two-layer MLP applied to every position separately: max(0, xW₁+b₁)W₂+b₂ in the paper (ReLU), GELU in the tiny model and GPT.',
    'desc_add-norm': 'Post-LN: LayerNorm(x + Sublayer(x)).',
    desc_add: 'Pre-LN residual: x + Sublayer(LN(x)); the stream itself is not normalised.',
    desc_norm: 'Pre-LN: normalises the input of the sub-layer only.',
    'desc_final-norm': 'Pre-LN needs one LayerNorm after the last block, before the output layer.',
    desc_linear: 'Projects d_model to the vocabulary size (the paper and the tiny model share it with the embedding).',
    desc_softmax: 'Turns the logits into a distribution over the next token.',
    focusTitle: 'Block',
    focusOut: 'Output shape',
    focusParams: 'Parameters per instance',
    focusRepeated: 'repeated N× = {n}',
    focusHint: 'Click or press Enter on a block to see what it does, its output shape and its parameters.',
    hyperTitle: 'Sizes',
    colPaper: 'Paper (base)',
    colTiny: 'Tiny model',
    rowN: 'Layers N',
    rowD: 'd_model',
    rowH: 'Heads h',
    rowDk: 'd_k = d_model / h',
    rowF: 'd_ff',
    rowNorm: 'Norm',
    rowCtx: 'Positions',
    sinusoid: 'sinusoidal',
    learned: 'learned, {n}',
    headTitle: 'Head view: layer {l}, head {h}',
    gridTitle: 'All heads (rows: layers, columns: heads) — click to select',
    headLabel: 'Layer {l}, head {h}',
    query: 'query',
    key: 'key',
    token: 'token',
    mhaX: 'LN₁(x)',
    mhaQ: 'Q_h',
    mhaK: 'K_h',
    mhaV: 'V_h',
    mhaA: 'softmax(Q_hK_hᵀ/√16)',
    mhaO: 'head output',
    mhaConcat: 'concat',
    mhaOut: '· W_O + b_O',
    mhaExample: 'Last token “{q}” → “{k}”: q·k/√16 = {s}, after softmax {w}.',
    embTok: 'token embedding',
    embPos: 'position embedding',
    embSum: 'sum = block input',
    normTitle: 'RMS of the residual stream of the tiny Pre-LN model (your text)',
    normEmbed: 'embed',
    normAttn: 'L{l} +attn',
    normFfn: 'L{l} +ffn',
    normFinal: 'final LN',
    postFormula: 'Post-LN',
    preFormula: 'Pre-LN',
    nextTitle: 'Next token after your text (top 5)',
    cutNotice: 'The text has {n} tokens; the first {max} are used.',
    emptyNotice: 'Type some text to see the attention.',
    loading: 'Loading the tiny model and running it on your text…',
    modelCard: 'Live model: the project’s tiny decoder-only Pre-LN transformer — {layers} layers × {heads} heads, d = {d}, d_ff = {f}, {params} parameters (public/model/MODEL_CARD.md).',
  },

  answer: [
    'Two stacks. The original Transformer (Vaswani et al. 2017) is an encoder–decoder for translation: an encoder of $N=6$ layers and a decoder of $N=6$ layers, $d_{model}=512$, $h=8$ heads of $d_k=64$, $d_{ff}=2048$.',
    'Encoder layer = multi-head self-attention + position-wise feed-forward, each with a residual connection and LayerNorm: $\\mathrm{LayerNorm}(x+\\mathrm{Sublayer}(x))$.',
    'Decoder layer = masked self-attention (causal mask, so a position cannot see later ones) + cross-attention ($Q$ from the decoder, $K,V$ from the encoder output) + feed-forward, each with Add & Norm. Then a linear layer and softmax over the vocabulary.',
    'Inputs: token embedding (×√d_model in the paper) + positional encoding (sinusoidal in the paper), because attention alone ignores order.',
    'Attention: $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V$; multi-head splits $d_{model}$ into $h$ heads of width $d_k$, attends in each, concatenates and projects with $W_O$ — same cost as one full-width head, but several attention patterns.',
    'Today’s LLMs (GPT, LLaMA, Qwen) are decoder-only: only the masked self-attention + FFN block, stacked, no encoder and no cross-attention; and Pre-LN ($x+F(\\mathrm{LN}(x))$, final LN; RMSNorm in LLaMA), which trains stably without warm-up (Xiong et al. 2020). Many also swap ReLU for GELU/SwiGLU and sinusoids for RoPE.',
  ],

  formulas: [
    { tex: '\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}\\!\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V', caption: 'Scaled dot-product attention (Vaswani et al. 2017, Eq. 1).' },
    { tex: '\\mathrm{MultiHead}(Q,K,V)=\\mathrm{Concat}(\\mathrm{head}_1,\\dots,\\mathrm{head}_h)W^O,\\quad \\mathrm{head}_i=\\mathrm{Attention}(QW_i^Q,KW_i^K,VW_i^V)', caption: 'Multi-head attention (§3.2.2); d_k = d_v = d_model / h.' },
    { tex: '\\mathrm{FFN}(x)=\\max(0,xW_1+b_1)W_2+b_2', caption: 'Position-wise feed-forward network (§3.3), d_ff = 2048.' },
    { tex: '\\text{Post-LN: } x_{l+1}=\\mathrm{LN}\\big(x_l+F(x_l)\\big)\\qquad \\text{Pre-LN: } x_{l+1}=x_l+F\\big(\\mathrm{LN}(x_l)\\big)', caption: 'Where the LayerNorm sits (Xiong et al. 2020, Fig. 1).' },
  ],

  misconceptions: [
    {
      claim: '“The decoder has two self-attention layers.”',
      correction: 'Only the first is self-attention (masked). The second is encoder–decoder (cross) attention: queries from the decoder, keys and values from the encoder output (§3.2.3).',
      sources: ['vaswani'],
    },
    {
      claim: '“GPT is the Transformer decoder.”',
      correction: 'It is a decoder-only stack: the decoder layer without its cross-attention (there is no encoder to attend to), usually with Pre-LN and a final LayerNorm.',
      sources: ['gpt2'],
    },
    {
      claim: '“LayerNorm always comes after the residual add.”',
      correction: 'That is Post-LN, the 2017 design. GPT-2 and most later LLMs put it before each sub-layer (Pre-LN), which removes the need for warm-up; it does not mean Pre-LN is better on every task.',
      sources: ['xiong', 'gpt2'],
    },
    {
      claim: '“Multi-head attention costs h times as much as one head.”',
      correction: 'Each head has width d_model/h, so the total cost is similar to single-head attention with full dimensionality (§3.2.2).',
      sources: ['vaswani'],
    },
  ],

  followUps: [
    { q: 'Why divide by √d_k?', a: 'For large $d_k$ the dot products grow in magnitude (variance $d_k$ for unit-variance entries) and push softmax into regions with tiny gradients; scaling keeps them at unit variance (§3.2.1).', sources: ['vaswani'] },
    { q: 'Why is the decoder’s self-attention masked?', a: 'So that position $i$ only depends on outputs before it: training feeds the whole target at once (teacher forcing) and still must not see the future (§3.1).', sources: ['vaswani'] },
    { q: 'Where do K and V of cross-attention come from during generation?', a: 'From the encoder’s final output, computed once per source sentence; they can be cached for every decoding step and every decoder layer.', sources: ['vaswani'] },
    { q: 'Why Pre-LN in LLMs?', a: 'At initialisation Post-LN has large gradients near the output, which needs warm-up and careful tuning; Pre-LN has well-behaved gradients and trains without warm-up (Xiong et al. 2020). Post-LN can reach better quality when it does train.', sources: ['xiong'] },
  ],

  sources: [
    { id: 'vaswani', text: 'Vaswani et al. 2017, “Attention Is All You Need”, §3.1 (encoder and decoder stacks, N = 6, LayerNorm(x + Sublayer(x))), §3.2 (attention, h = 8, d_k = 64, three uses of attention), §3.3 (FFN, d_ff = 2048), §3.5 (positions), Table 3 (base ≈ 65M parameters)', url: 'https://arxiv.org/abs/1706.03762' },
    { id: 'xiong', text: 'Xiong et al. 2020, “On Layer Normalization in the Transformer Architecture” (ICML): Post-LN vs Pre-LN, gradients at initialisation, warm-up', url: 'https://arxiv.org/abs/2002.04745' },
    { id: 'gpt2', text: 'Radford et al. 2019, “Language Models are Unsupervised Multitask Learners” §2.3: LayerNorm moved to the input of each sub-block, an extra LayerNorm after the final block', url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf' },
    { id: 'llama', text: 'Touvron et al. 2023, “LLaMA” §2.2: pre-normalisation with RMSNorm, SwiGLU, RoPE', url: 'https://arxiv.org/abs/2302.13971' },
    { id: 'tiny', text: 'public/model/MODEL_CARD.md: the tiny model — decoder-only, Pre-LN, 3 layers × 4 heads, d = 64, d_ff = 256, 223,808 parameters' },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
