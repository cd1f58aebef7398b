import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 3 (LayerNorm vs BatchNorm) in English. */
export const en = {
  question: 'Which normalisation does the Transformer use, and how do LayerNorm and BatchNorm differ?',
  lede: 'Both subtract a mean and divide by a standard deviation; what differs is which numbers share them, and everything else follows from that.',

  steps: {
    tensor: {
      title: 'One tensor, four groupings',
      caption:
        'Each small heatmap is one sequence: $T$ token rows × $C$ feature columns, with $B$ sequences side by side. All four norms compute statistics over a group of cells and rescale that group; they differ only in which cells form a group. Watch the lit group sweep.',
    },
    batchnorm: {
      title: 'BatchNorm: one feature, whole batch',
      caption:
        'BatchNorm lights the same feature column in every sequence at once: $C$ groups of $B\\cdot T$ values each. So every token’s output depends on every other sequence in the batch. Raise the outlier scale and watch the other samples’ outputs move.',
    },
    layernorm: {
      title: 'LayerNorm: one token, all features',
      caption:
        'LayerNorm lights a single row: $B\\cdot T$ groups of $C$ values, one group per token. Nothing outside the row enters its statistics, so the outlier changes no other sample’s output (readout: 0). It doesn’t even change its own, because LayerNorm ignores a token’s overall scale.',
    },
    'small-batch': {
      title: 'Small batch, noisy statistics',
      caption:
        'Drag $B$. The spread of BatchNorm’s batch mean falls like $1/\\sqrt{B\\cdot T}$ (the marker shows the current $B$), so small batches mean noisy statistics at every training step. At $B = 1$, BatchNorm becomes per-sequence normalisation (InstanceNorm). LayerNorm’s groups don’t depend on $B$ at all.',
    },
    padding: {
      title: 'Padding skews BatchNorm, not LayerNorm',
      caption:
        'Zero-padded positions fall inside BatchNorm’s groups. They drag each feature’s mean towards 0 and distort its variance, so real tokens are normalised with the wrong statistics (readout: BN mean shift). LayerNorm normalises each real token from its own features, so padding never reaches them.',
    },
    'train-vs-inference': {
      title: 'BatchNorm: training ≠ inference',
      caption:
        'In eval mode BatchNorm swaps the batch statistics for running averages (momentum 0.1, unbiased variance), so the same input gives a different output from training mode (readout: max |train − eval|). LayerNorm has no running statistics, so both phases compute the same function.',
    },
    rmsnorm: {
      title: 'RMSNorm: rescale, don’t recentre',
      caption:
        'RMSNorm uses the same per-token groups as LayerNorm but subtracts no mean: each token is divided by its root mean square. The output has RMS 1, but its mean is generally not 0 (in the readouts, mean² + std² ≈ 1). LLaMA, Qwen and Baichuan use it.',
    },
    placement: {
      title: 'Where the norm sits',
      caption:
        'Post-LN (the original Transformer) normalises the residual stream after every sub-layer, so its RMS stays ≈ 1. Pre-LN normalises only each branch’s input, so the stream grows ≈ $\\sqrt{l}$ with depth and needs a final norm. In exchange Pre-LN keeps a clean identity path and trains without warm-up.',
    },
  },

  params: {
    mode: {
      label: 'Normalisation',
      help: 'Which cells share one mean and variance',
      options: { bn: 'BatchNorm', ln: 'LayerNorm', rms: 'RMSNorm', in: 'InstanceNorm' },
    },
    B: { label: 'Batch size B', help: 'Sequences per batch: BatchNorm’s statistics depend on it, LayerNorm’s don’t' },
    T: { label: 'Tokens T', help: 'Positions per sequence, padding included' },
    C: { label: 'Features C', help: 'Hidden size: the axis LayerNorm averages over' },
    pad: { label: 'Padding fraction', help: 'Share of each sequence’s positions filled with zeros' },
    outlier: { label: 'Outlier scale', help: 'Multiplies every value of sample 0', unit: '×' },
    phase: {
      label: 'Phase',
      help: 'In eval mode BatchNorm switches to its running statistics; LayerNorm doesn’t change',
      options: { train: 'Training', eval: 'Inference (eval)' },
    },
    layers: { label: 'Layers', help: 'Depth of the toy Pre-LN / Post-LN stack' },
    seed: { label: 'Random seed', help: 'Same seed, same tensor' },
  },

  readouts: {
    groups: 'Norm groups',
    'group-size': 'Values per group',
    'focus-mean': 'Mean of lit group',
    'focus-var': 'Variance of lit group',
    'out-mean': 'Output mean (real tokens)',
    'out-std': 'Output std (real tokens)',
    'batch-mean-spread': 'Spread of BN batch mean (σ units)',
    'pad-shift': 'BN mean shift from padding',
    'outlier-effect': 'Max change in other samples from the outlier',
    'train-eval-gap': 'Max |train − eval| output',
    'depth-ratio': 'Residual RMS, last / first layer',
  },

  labels: {
    sublayer: 'Attn / FFN',
    batchStats: 'this batch',
    prevGroup: 'Previous group',
    nextGroup: 'Next group',
    groupN: 'Group {n} of {total}',
    arrow: 'normalise',
    inputTitle: 'Input x',
    outputTitle: 'Output y',
    groupHint: 'Click a cell to light its group',
    cubeTitle: 'Which axes one group spans',
    meanPerFeature: 'BN mean per feature',
    runningVsBatch: 'BN mean per feature: this batch vs running',
    evalNote: 'eval mode: running statistics',
    batch: 'sample',
    token: 'token',
    feature: 'feature',
    before: 'Before',
    after: 'After',
    histogram: 'Distribution of values',
    spreadTitle: 'Spread of BN batch mean vs batch size',
    spreadX: 'batch size B',
    spreadY: 'std of batch mean / σ',
    theory: '1/√(B·T)',
    current: 'current B',
    depthTitle: 'Residual-stream RMS by layer',
    depthX: 'layer',
    depthY: 'RMS',
    pre: 'Pre-LN',
    post: 'Post-LN',
    padded: 'padding',
    real: 'real token',
    outlierSample: 'outlier sample',
    litGroup: 'one normalisation group',
    axesB: 'B (batch)',
    axesT: 'T (tokens)',
    axesC: 'C (features)',
    runningStats: 'running statistics',
    withPad: 'with padding',
    withoutPad: 'real tokens only',
    value: 'value',
    figureAlt:
      'B small heatmaps, one per sequence (T token rows by C feature columns, coloured by value), with the cells that share one mean and variance under the chosen normalisation highlighted, beside before/after histograms and plots of BatchNorm’s batch-mean spread against B and of residual-stream RMS against depth.',
  },

  answer: [
    'The Transformer uses LayerNorm. The original paper wraps each sub-layer as $\\mathrm{LayerNorm}(x + \\mathrm{Sublayer}(x))$. This is the “Add & Norm” box, called Post-LN. Today’s open LLMs still normalise per token, but with a different form and in a different place. LLaMA, Qwen and Baichuan use RMSNorm at the input of each sub-layer (Pre-LN), plus one final norm. ChatGLM-6B keeps LayerNorm.',
    'The difference is which values share a mean and variance. Take $x$ of shape $B\\times T\\times C$. BatchNorm computes one mean and variance per feature $c$, over all $B\\cdot T$ tokens in the batch. LayerNorm computes one per token $(b,t)$, over that token’s $C$ features. Both then apply a learned per-feature scale $\\gamma$ and shift $\\beta$.',
    'Why LayerNorm suits Transformers: a token’s output depends only on that token. So it does not depend on batch size or on the other sequences in the batch, and padding never enters a real token’s statistics. It works at batch size 1 and when decoding one token at a time. Training and inference compute exactly the same function, because there are no running statistics.',
    'Why BatchNorm struggles on text: its statistics are estimated from the current batch. Even for independent values the batch mean wanders by about $\\sigma/\\sqrt{B\\cdot T}$. Shen et al. (2020) found that NLP batch statistics fluctuate strongly throughout training, and they name this as the reason naive BatchNorm does clearly worse than LayerNorm in Transformers. Padding and variable lengths also bias the statistics, and the running averages used in eval mode differ from the batch statistics seen in training.',
    'Placement matters as much as type. Post-LN normalises the residual stream after each addition. Pre-LN normalises only the branch input, $x + F(\\mathrm{LN}(x))$, which leaves a clean identity path. Xiong et al. (2020) show that at initialisation Post-LN has large gradients near the output, so it needs learning-rate warm-up, while Pre-LN trains well without it. GPT-2 moved LayerNorm to the input of each sub-block and added a final one, and LLaMA-style models do the same.',
    'RMSNorm (Zhang & Sennrich 2019) drops the re-centring: $y = g \\odot x/\\mathrm{RMS}(x)$, with no mean subtraction and no bias. It keeps invariance to rescaling, is cheaper (7%–64% less running time in their experiments) and works about as well, which is why LLaMA, Qwen and Baichuan use it.',
    'BatchNorm is not wrong in general. It is still a good choice where its assumptions hold, e.g. CNNs trained with large batches, and at inference its fixed statistics can be folded into the preceding linear layer. For sequence models with variable lengths and token-by-token decoding, per-token normalisation is the better fit.',
  ],

  formulas: [
    {
      tex: '\\mu_c = \\frac{1}{BT}\\sum_{b=1}^{B}\\sum_{t=1}^{T} x_{b,t,c},\\quad \\sigma_c^2 = \\frac{1}{BT}\\sum_{b,t}\\left(x_{b,t,c}-\\mu_c\\right)^2,\\quad y_{b,t,c} = \\gamma_c\\,\\frac{x_{b,t,c}-\\mu_c}{\\sqrt{\\sigma_c^2+\\epsilon}}+\\beta_c',
      caption:
        'BatchNorm (training mode): one mean and biased variance per feature c, over all B·T tokens of the batch. That makes C groups of B·T values. In PyTorch this is nn.BatchNorm1d(C) applied to x transposed to [B, C, T].',
    },
    {
      tex: '\\mu_{b,t} = \\frac{1}{C}\\sum_{c=1}^{C} x_{b,t,c},\\quad \\sigma_{b,t}^2 = \\frac{1}{C}\\sum_{c=1}^{C}\\left(x_{b,t,c}-\\mu_{b,t}\\right)^2,\\quad y_{b,t,c} = \\gamma_c\\,\\frac{x_{b,t,c}-\\mu_{b,t}}{\\sqrt{\\sigma_{b,t}^2+\\epsilon}}+\\beta_c',
      caption:
        'LayerNorm: one mean and variance per token (b, t), over its C features, while γ and β remain per feature. That makes B·T groups of C values, computed the same way in training and inference. In PyTorch: nn.LayerNorm(C), biased variance, ε = 1e-5.',
    },
    {
      tex: '\\mathrm{RMS}_{b,t} = \\sqrt{\\frac{1}{C}\\sum_{c=1}^{C} x_{b,t,c}^2+\\epsilon},\\qquad y_{b,t,c} = g_c\\,\\frac{x_{b,t,c}}{\\mathrm{RMS}_{b,t}}',
      caption:
        'RMSNorm: the same per-token groups as LayerNorm, with no mean subtraction and no β. ε sits inside the root as in LLaMA’s code (norm_eps = 1e-6).',
    },
    {
      tex: '\\mu_{b,c} = \\frac{1}{T}\\sum_{t=1}^{T} x_{b,t,c},\\qquad \\sigma_{b,c}^2 = \\frac{1}{T}\\sum_{t=1}^{T}\\left(x_{b,t,c}-\\mu_{b,c}\\right)^2',
      caption:
        'InstanceNorm, for comparison: one group per sample and feature, over that sample’s T tokens (B·C groups of T values). This is exactly what BatchNorm reduces to at B = 1.',
    },
    {
      tex: '\\hat\\mu_c \\leftarrow (1-m)\\,\\hat\\mu_c + m\\,\\mu_c,\\qquad \\hat\\sigma_c^2 \\leftarrow (1-m)\\,\\hat\\sigma_c^2 + m\\,\\frac{n}{n-1}\\,\\sigma_c^2,\\qquad y^{\\text{eval}}_{b,t,c} = \\gamma_c\\,\\frac{x_{b,t,c}-\\hat\\mu_c}{\\sqrt{\\hat\\sigma_c^2+\\epsilon}}+\\beta_c',
      caption:
        'BatchNorm’s running statistics (PyTorch defaults): momentum m = 0.1 is the weight of the new batch, and the stored variance is unbiased (n = B·T values per feature). They start at 0 and 1, and eval mode normalises with them instead of the batch statistics.',
    },
    {
      tex: '\\text{Post-LN: } x_{l+1} = \\mathrm{LN}\\big(x_l + F_l(x_l)\\big)\\qquad\\quad \\text{Pre-LN: } x_{l+1} = x_l + F_l\\big(\\mathrm{LN}(x_l)\\big),\\quad y = \\mathrm{LN}_{\\text{final}}(x_L)',
      caption:
        'Post-LN (the original Transformer, BERT) normalises the residual stream after every sub-layer. Pre-LN (GPT-2, LLaMA) normalises only the branch input and adds one final norm before the output layer. F is attention or the FFN, and each block has one of each.',
    },
  ],

  misconceptions: [
    {
      claim: 'Transformers use LayerNorm because it keeps the information along the sequence (time) axis, while BatchNorm mixes positions.',
      correction:
        'This is loose. In a Transformer, LayerNorm normalises each token’s $C$ features on its own, so it neither uses nor keeps anything along the sequence. (Ba et al. motivated LayerNorm with RNNs, where BatchNorm would need separate statistics per time step.) The reasons that matter are different: a token’s output doesn’t depend on batch size, on other samples or on padding, and training and inference compute the same thing.',
      sources: ['ba2016', 'pytorch-ln', 'vaswani2017'],
    },
    {
      claim: 'BatchNorm cannot be used in NLP at all.',
      correction:
        'It runs and it trains, but naive BatchNorm gives clearly worse Transformer results than LayerNorm. Shen et al. trace this to large fluctuations of the batch statistics. Their PowerNorm keeps batch-style normalisation but drops the mean subtraction and uses a running quadratic mean, and it beat LayerNorm on their translation and language-modelling benchmarks.',
      sources: ['shen2020'],
    },
    {
      claim: 'The Transformer uses Pre-LN.',
      correction:
        'The original Transformer (2017) is Post-LN: $\\mathrm{LayerNorm}(x + \\mathrm{Sublayer}(x))$, and BERT kept that. Pre-LN came later: GPT-2 moved LayerNorm to the input of each sub-block and added a final LayerNorm. Xiong et al. (2020) then explained why Pre-LN can drop the warm-up.',
      sources: ['vaswani2017', 'bert-code', 'radford2019', 'xiong2020'],
    },
    {
      claim: 'RMSNorm is just LayerNorm with a different ε, or it normalises the variance the same way LayerNorm does.',
      correction:
        'RMSNorm divides by the root mean square $\\sqrt{\\mathrm{mean}(x^2)+\\epsilon}$. It subtracts no mean and has a gain but no bias. Its output has RMS 1, not necessarily mean 0 and std 1 (per token, mean² + std² ≈ 1). It matches LayerNorm only when a token’s mean is already 0.',
      sources: ['zhang2019', 'llama-code'],
    },
    {
      claim: 'LayerNorm normalises over the whole $T\\times C$ sequence of a sample.',
      correction:
        'In Transformers it is nn.LayerNorm(C): statistics over the last dimension only, separately for every token. Pooling over $T\\times C$ would let padding and future tokens change a token’s output, which breaks causal decoding. Ba et al.’s “all summed inputs to a layer for one training case” means one token’s $C$ features when the layer is applied token by token.',
      sources: ['pytorch-ln', 'ba2016'],
    },
    {
      claim: 'In NLP, BatchNorm normalises the t-th word of every sentence together (one group per position).',
      correction:
        'Standard BatchNorm on text (BatchNorm1d on $[B, C, T]$) pools each feature over all $B\\cdot T$ tokens, whatever their position. That is the lit group in the figure, just as convolutional BatchNorm pools over the batch and all spatial locations. A per-position variant would be even noisier (only $B$ values per group), and late positions would be mostly padding.',
      sources: ['pytorch-bn', 'ioffe2015'],
    },
  ],

  followUps: [
    {
      q: 'At inference with batch size 1, why not just use BatchNorm?',
      a: 'Strictly, BatchNorm can run: in eval mode it uses running statistics, so batch size doesn’t matter at inference. The problem is that those averages come from training batches (their lengths, padding and mix) and differ from what each training step normalised with. Training itself also needs large, clean batches; PyTorch even refuses a training-mode group of a single value (“Expected more than 1 value per channel when training”). LayerNorm avoids all of this. It works per token, identically in training, batched inference and token-by-token decoding with a KV cache.',
      sources: ['pytorch-bn', 'ioffe2015', 'ba2016'],
    },
    {
      q: 'What are γ and β for, if the point was to normalise?',
      a: 'They are a learned per-feature scale and shift (shape $[C]$), applied after normalising and initialised to 1 and 0. With them the layer can restore whatever scale and offset each feature needs, so normalising costs no expressiveness. LayerNorm has them too, even though its statistics are per token. RMSNorm keeps only the scale $g$.',
      sources: ['ioffe2015', 'pytorch-ln', 'zhang2019'],
    },
    {
      q: 'Why does a Pre-LN model need a final norm, and where does it go?',
      a: 'In Pre-LN the residual stream itself is never normalised. Every sub-layer adds to it, so its scale grows with depth (≈ $\\sqrt{l}$ in the toy stack here). A final LayerNorm or RMSNorm just before the output projection brings it back to a fixed scale. GPT-2 added one after the final self-attention block, and LLaMA (norm), Qwen (ln_f), Baichuan and ChatGLM-6B all have one. GPT-2 also scaled residual-layer weights by $1/\\sqrt{N}$ at initialisation to limit this growth.',
      sources: ['radford2019', 'llama2023', 'llama-code', 'qwen-code', 'baichuan', 'chatglm-code'],
    },
    {
      q: 'What is DeepNorm, and what does ChatGLM-6B do?',
      a: 'DeepNorm (Wang et al. 2022) keeps Post-LN’s normalised stream but up-weights the residual, $\\mathrm{LN}(\\alpha x + F(x))$ with $\\alpha > 1$, and pairs it with a matching initialisation, so that very deep Post-LN models train stably. ChatGLM-6B’s code does something similar. Each sub-layer computes $h = \\mathrm{LN}(x)$ and then $\\alpha h + F(h)$ with $\\alpha = \\sqrt{2N} = \\sqrt{56} \\approx 7.48$ for its $N = 28$ layers. It uses LayerNorm with bias ($\\epsilon$ = 1e-5) and a final LayerNorm.',
      sources: ['wang2022', 'chatglm-code'],
    },
    {
      q: 'Which variance does BatchNorm use: biased or unbiased?',
      a: 'Both. The training forward pass normalises with the biased batch variance (divide by $n$). The running variance is updated with the unbiased one (divide by $n-1$), with momentum 0.1 on the new value, starting from mean 0 and variance 1. This follows Ioffe & Szegedy, who use $\\frac{m}{m-1}\\,\\mathrm{E}[\\sigma_B^2]$ for inference. LayerNorm only ever uses the biased variance.',
      sources: ['pytorch-bn', 'ioffe2015', 'pytorch-ln'],
    },
    {
      q: 'What is LayerNorm invariant to, and RMSNorm?',
      a: 'Per token, LayerNorm ignores adding a constant to all features and multiplying them all by a positive constant: $\\mathrm{LN}(a x + b) = \\mathrm{LN}(x)$ for $a > 0$, up to $\\epsilon$. This is why scaling the outlier sample leaves even its own LayerNorm output unchanged. RMSNorm keeps only the scaling invariance. Zhang & Sennrich argue the re-centring invariance is dispensable.',
      sources: ['ba2016', 'zhang2019'],
    },
  ],

  sources: [
    {
      id: 'ba2016',
      text: 'Ba, Kiros, Hinton (2016). Layer Normalization. arXiv:1607.06450. Abstract and §3: statistics over all summed inputs of a layer for a single training case; the same computation at training and test time; no constraint on mini-batch size.',
      url: 'https://arxiv.org/abs/1607.06450',
    },
    {
      id: 'ioffe2015',
      text: 'Ioffe, Szegedy (2015). Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift. arXiv:1502.03167. Algorithm 1 (mini-batch mean and variance; scale γ, shift β); §3.1 (inference with population statistics, unbiased variance m/(m−1)·E[σ_B²], a single linear transform); §3.2 (convolutional layers: statistics over the mini-batch and all spatial locations).',
      url: 'https://arxiv.org/abs/1502.03167',
    },
    {
      id: 'vaswani2017',
      text: 'Vaswani et al. (2017). Attention Is All You Need. arXiv:1706.03762. §3.1: “the output of each sub-layer is LayerNorm(x + Sublayer(x))”; Figure 1, “Add & Norm”.',
      url: 'https://arxiv.org/abs/1706.03762',
    },
    {
      id: 'radford2019',
      text: 'Radford et al. (2019). Language Models are Unsupervised Multitask Learners (GPT-2 report). §2.3: layer normalisation moved to the input of each sub-block, an additional layer normalisation after the final self-attention block, residual-layer weights scaled by 1/√N at initialisation.',
      url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
    },
    {
      id: 'xiong2020',
      text: 'Xiong et al. (2020). On Layer Normalization in the Transformer Architecture. ICML 2020, arXiv:2002.04745. Abstract and Figure 1: Post-LN has large expected gradients near the output layer at initialisation, so it needs warm-up; Pre-LN gradients are well-behaved and it trains without warm-up.',
      url: 'https://arxiv.org/abs/2002.04745',
    },
    {
      id: 'shen2020',
      text: 'Shen, Yao, Gholami, Mahoney, Keutzer (2020). PowerNorm: Rethinking Batch Normalization in Transformers. ICML 2020, arXiv:2003.07845. Abstract: naive BN degrades NLP performance; batch statistics fluctuate strongly during training; PowerNorm beats LN by 0.4/0.6 BLEU (IWSLT14/WMT14) and 5.6/3.0 PPL (PTB/WikiText-103).',
      url: 'https://arxiv.org/abs/2003.07845',
    },
    {
      id: 'zhang2019',
      text: 'Zhang, Sennrich (2019). Root Mean Square Layer Normalization. NeurIPS 2019, arXiv:1910.07467. Abstract: re-centring invariance hypothesised to be dispensable; re-scaling by RMS only; comparable to LayerNorm with 7%–64% less running time.',
      url: 'https://arxiv.org/abs/1910.07467',
    },
    {
      id: 'wang2022',
      text: 'Wang et al. (2022). DeepNet: Scaling Transformers to 1,000 Layers. arXiv:2203.00555. Abstract: DeepNorm modifies the residual connection, with a theoretically derived initialisation, combining Post-LN’s performance with Pre-LN’s stable training.',
      url: 'https://arxiv.org/abs/2203.00555',
    },
    {
      id: 'llama2023',
      text: 'Touvron et al. (2023). LLaMA: Open and Efficient Foundation Language Models. arXiv:2302.13971. §2.2: pre-normalisation (the input of each sub-layer is normalised) with RMSNorm.',
      url: 'https://arxiv.org/abs/2302.13971',
    },
    {
      id: 'llama-code',
      text: 'meta-llama/llama, llama/model.py (v1): RMSNorm = x · rsqrt(mean(x²) + eps) · weight; h = x + attention(attention_norm(x)); out = h + feed_forward(ffn_norm(h)); final norm before the output layer. params.json: norm_eps 1e-6.',
      url: 'https://github.com/meta-llama/llama',
    },
    {
      id: 'qwen-code',
      text: 'Qwen/Qwen-7B, modeling_qwen.py: QWenBlock with ln_1 / ln_2 = RMSNorm before attention and MLP, final ln_f; config.json: layer_norm_epsilon 1e-6.',
      url: 'https://huggingface.co/Qwen/Qwen-7B',
    },
    {
      id: 'baichuan',
      text: 'baichuan-inc/Baichuan-7B: README_EN.md (“Pre-Normalization method based on RMSNorm”); models/modeling_baichuan.py (RMSNorm, pre-norm decoder layer, final norm); models/configuration_baichuan.py: rms_norm_eps 1e-6.',
      url: 'https://github.com/baichuan-inc/Baichuan-7B',
    },
    {
      id: 'chatglm-code',
      text: 'THUDM/chatglm-6b, modeling_chatglm.py, GLMBlock.forward: attention_input = input_layernorm(x); alpha = √(2 · num_layers); hidden = attention_input · alpha + attention_output; mlp_input = post_attention_layernorm(hidden); output = mlp_input · alpha + mlp_output; final LayerNorm. config.json: num_layers 28, layernorm_epsilon 1e-5.',
      url: 'https://huggingface.co/THUDM/chatglm-6b',
    },
    {
      id: 'bert-code',
      text: 'Hugging Face transformers, models/bert/modeling_bert.py: BertSelfOutput and BertOutput compute LayerNorm(hidden_states + input_tensor), i.e. Post-LN.',
      url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/models/bert/modeling_bert.py',
    },
    {
      id: 'pytorch-ln',
      text: 'PyTorch docs, torch.nn.LayerNorm: mean and variance over the last D dimensions (D = len(normalized_shape)); biased variance; eps 1e-5; elementwise affine with γ = 1, β = 0 at start; the same computation in training and evaluation.',
      url: 'https://pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html',
    },
    {
      id: 'pytorch-bn',
      text: 'PyTorch docs, torch.nn.BatchNorm1d: input (N, C) or (N, C, L), statistics per channel over (N, L) (“Temporal Batch Normalization”); eps 1e-5; momentum 0.1 with x̂_new = (1 − momentum)·x̂ + momentum·x_t; biased variance in the forward pass, unbiased for the running variance; running estimates used in eval mode.',
      url: 'https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm1d.html',
    },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
