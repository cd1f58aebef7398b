import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 17 (LoRA vs full fine-tuning) in English. */
export const en = {
  question: 'LoRA vs full fine-tuning: how much memory does each need, and when would you pick which?',
  lede: 'A training-memory calculator with every assumption on the page: weights, gradients, AdamW states, LoRA adapters and activations for full fine-tuning, LoRA and QLoRA, against 24/40/48/80 GB GPUs. It reproduces the LoRA paper’s GPT-3 175B figures and says where they come from.',

  steps: {
    'full-ft': {
      title: 'Full fine-tuning: every weight is trained',
      caption:
        'Full fine-tuning updates all $\\Psi$ parameters. With mixed-precision AdamW each one costs 16 bytes: 16-bit weight (2), 16-bit gradient (2), and the optimizer’s fp32 master weight, momentum $m$ and variance $v$ (4 + 4 + 4). LLaMA-7B therefore needs 108 GB of model states before a single activation, more than any single GPU here.',
    },
    optimizer: {
      title: 'Where the bytes go: optimizer states',
      caption:
        'Three quarters of those 16 bytes are optimizer states ($K = 12$), only one eighth is the 16-bit weight the model actually runs with. Training in pure fp32 gives the same 16 bytes (4 + 4 + 8). 8-bit AdamW stores $m, v$ in one byte each and gets to 10 bytes per parameter (try the optimizer switch).',
    },
    'lora-freeze': {
      title: 'LoRA freezes W: no gradients, no optimizer states for it',
      caption:
        'LoRA keeps $W_0$ frozen and trains only $B, A$. Frozen weights need no gradient buffer and no optimizer state, so their cost drops from 16 to 2 bytes per parameter (16-bit) and the adapters add 16 bytes each for a few million parameters. What is left is the frozen model itself plus activations: LLaMA-7B fits on a 24 GB GPU at short sequences.',
    },
    checkpoint: {
      title: 'Checkpoints: 350 GB vs 35 MB per task',
      caption:
        'GPT-3 175B, $r = 4$ on $W_q, W_v$: 18.9M trainable parameters, 37.7 MB in 16-bit (36.0 MiB), against 350 GB for a fully fine-tuned copy. The paper rounds this to “35MB” and “10,000×” (the arithmetic gives about 9,300×). A hundred tasks cost 35 TB as full copies, or 354 GB as one base plus 100 adapters. Training VRAM: the paper reports 1.2 TB → 350 GB; the table shows what this model gives and why 1.2 TB is not 16 bytes per parameter.',
    },
    qlora: {
      title: 'QLoRA: a 4-bit base under the adapters',
      caption:
        'QLoRA stores the frozen base in 4-bit NormalFloat (NF4) with double quantisation: 4 + 0.127 bits per weight instead of 16, and dequantises to BF16 for each matrix multiply. Adapters and their gradients stay 16-bit; paged optimizers absorb memory spikes. LLaMA-65B’s base shrinks from 131 GB to 34.5 GB, which is how the paper fine-tunes 65B on one 48 GB GPU.',
    },
    activations: {
      title: 'Activations: LoRA does not shrink them',
      caption:
        'Backpropagation to the adapters still runs through every layer, so the stored activations are those of full fine-tuning: $L\\cdot sbh(34 + 5as/h)$ bytes. They grow with batch and length (the attention term with $s^2$) and here overtake the 4-bit base. FlashAttention drops the $5as/h$ term (no $s\\times s$ scores stored); activation checkpointing keeps only $2sbh$ per layer and recomputes the rest. Switch them on.',
    },
    tradeoffs: {
      title: 'Trade-offs, side by side',
      caption:
        'Memory is not the only axis. LoRA matches full fine-tuning on many tasks but learns less on large shifts such as code and maths, and forgets less of what the base could do. Adapters make serving many tasks cheap and cost no latency once merged. Full fine-tuning still wins when the target domain is far from the base and the budget allows it.',
    },
  },

  params: {
    model: {
      label: 'Model',
      help: 'Real shapes; parameter counts from the configs',
      options: { tiny: 'Tiny (this site)', 'llama-7b': 'LLaMA-7B', 'qwen-7b': 'Qwen-7B', 'llama-65b': 'LLaMA-65B', 'gpt3-175b': 'GPT-3 175B' },
    },
    wbits: {
      label: 'LoRA base precision',
      help: 'Bits per frozen weight in the LoRA bar (4-bit: with fp32 block constants, 4.5 bits; the QLoRA bar is always NF4 + double quantisation)',
      options: { '32': 'fp32', '16': 'bf16/fp16', '8': 'int8', '4': '4-bit' },
    },
    opt: {
      label: 'Optimizer',
      help: 'AdamW: fp32 master weights, m and v (12 B/param); 8-bit AdamW: m and v in 8 bits (6 B/param)',
      options: { adamw: 'AdamW', 'adamw-8bit': '8-bit AdamW' },
    },
    r: { label: 'LoRA rank r', help: 'Adapter parameters per matrix: r·(d_in + d_out)' },
    targets: {
      label: 'LoRA targets',
      help: 'Matrices of each block that get an adapter (FFN = all of its matrices)',
      options: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o', ffn: 'FFN' },
    },
    batch: { label: 'Micro-batch b', help: 'Sequences per step on this GPU' },
    seq: { label: 'Sequence length s', unit: 'tokens' },
    ckpt: { label: 'Activation checkpointing', help: 'Keep each layer’s input only and recompute the rest in backward' },
    flash: { label: 'FlashAttention', help: 'Fused attention: the s×s scores, softmax and dropout are not stored (drops the 5as/h term)' },
    gpu: { label: 'GPU memory', unit: 'GB', options: { '24': '24 GB', '40': '40 GB', '48': '48 GB', '80': '80 GB' } },
  },

  readouts: {
    'mem-full': 'Full FT, total',
    'mem-lora': 'LoRA, total',
    'mem-qlora': 'QLoRA, total',
    acts: 'Activations',
    fits: 'Fits on the GPU?',
    trainable: 'LoRA trainable params',
    'trainable-pct': 'Trainable share',
    'ckpt-full': 'Full checkpoint (16-bit)',
    'ckpt-adapter': 'Adapter (16-bit)',
    'ckpt-ratio': 'Checkpoint ratio',
    'tasks-100': '100 tasks: full vs LoRA',
    'bytes-per-param': 'Bytes/param: full · LoRA · QLoRA',
  },

  labels: {
    figureAlt: 'Training memory of full fine-tuning, LoRA and QLoRA',
    barsAlt: 'Stacked bars of training memory for {model}: full fine-tuning {full}, LoRA {lora}, QLoRA {qlora}; GPU lines at 24, 40, 48 and 80 GB',
    caption: '{model} · b = {b}, s = {s}{ckpt} · GPU {gpu} GB',
    ckptOn: ', checkpointing',
    flashOn: ', FlashAttention',
    mFull: 'Full FT',
    mLora: 'LoRA',
    mQlora: 'QLoRA',
    kWeights: 'weights',
    kGrads: 'gradients',
    kOptim: 'optimizer states',
    kAdapters: 'LoRA adapters',
    kActs: 'activations',
    frozen: 'frozen W₀',
    axis: 'training memory',
    gpuLine: '{gb} GB',
    stripTitle: 'Model-state bytes per parameter',
    stripNote: 'Per parameter of the base model; activations are not per parameter and are left out. Hatched = frozen.',
    pW: 'W',
    pG: 'grad',
    pMaster: 'fp32 W',
    pM: 'm',
    pV: 'v',
    pBase: 'W₀',
    pAdapt: '+A,B',
    yes: '✓',
    no: '✗',
    fitsFmt: '{gb} GB: full {f} · LoRA {l} · QLoRA {q}',
    ratioFmt: '{x}×',
    tasksFmt: '{full} vs {lora}',
    bppFmt: '{f} · {l} · {q} B',
    ckptCaption: 'Checkpoints and storage (16-bit)',
    colWhat: 'Quantity',
    colHere: 'This model',
    colPaper: 'LoRA paper, GPT-3 175B',
    rCkptFull: 'Full fine-tune checkpoint',
    rAdapter: 'One adapter',
    rRatio: 'Ratio',
    r100Full: '100 tasks as full copies',
    r100Lora: 'One base + 100 adapters',
    pCkptFull: '350 GB',
    pAdapter: '35 MB (r = 4, W_q, W_v)',
    pRatio: '10,000×',
    p100Full: '35 TB',
    p100Lora: '354 GB',
    vramCaption: 'Training VRAM: the paper’s figures against this model (model states only)',
    rVramFull: 'Full fine-tuning',
    rVramLora: 'LoRA',
    rBpp: 'Full FT bytes per parameter',
    pVramFull: '1.2 TB (reported)',
    pVramLora: '350 GB',
    pBpp: '1.2 TB / 175.3B = 6.85',
    vramNote: '16 B/param (AdamW, fp32 master) gives 2.80 TB, not 1.2 TB. The paper does not itemise 1.2 TB; 16-bit weights plus 16-bit m and v (6 B/param = 1.05 TB, its “up to 2/3” saving) plus activations is one accounting that gets close.',
    toCaption: 'LoRA vs full fine-tuning',
    colAspect: 'Aspect',
    colFull: 'Full fine-tuning',
    colLora: 'LoRA / QLoRA',
    colSrc: 'Source',
    tQuality: 'Quality',
    tQualityFull: 'The reference. Clearly ahead on code and maths, both instruction tuning and continued pre-training.',
    tQualityLora: 'On par or better on GPT-3 (WikiSQL, MNLI, SAMSum); QLoRA matches 16-bit fine-tuning. Substantially behind on code and maths at usual ranks.',
    tQualitySrc: 'LoRA Table 4; QLoRA §4–5; Biderman et al.',
    tForget: 'Forgetting',
    tForgetFull: 'Forgets more of the base model’s abilities outside the target domain.',
    tForgetLora: 'Forgets less, more than weight decay or dropout would achieve; keeps generations more diverse.',
    tForgetSrc: 'Biderman et al. 2024',
    tServe: 'Many tasks',
    tServeFull: 'One full copy per task: 100 tasks of GPT-3 = 35 TB.',
    tServeLora: 'One shared base plus a small adapter per task (354 GB for 100); swap by subtracting BA and adding B′A′.',
    tServeSrc: 'LoRA §4.1, §4.2 fn. 4',
    tLatency: 'Inference latency',
    tLatencyFull: 'The same as the base model.',
    tLatencyLora: 'None once merged (W = W₀ + BA is one dense matrix); an unmerged adapter adds a small extra branch per layer.',
    tLatencySrc: 'LoRA §4.1',
    tMemory: 'Training memory',
    tMemoryFull: '16 B/param of model states with AdamW, plus activations.',
    tMemoryLora: 'Frozen base (2 B/param, 0.52 in NF4) plus adapters, plus the same activations. GPT-3: 1.2 TB → 350 GB, 25% faster.',
    tMemorySrc: 'ZeRO §3.1; LoRA §4.2; QLoRA §3',
    tWins: 'When full FT still wins',
    tWinsFull: 'Large domain shift or many new tokens (continued pre-training); one target task, memory to spare, no need to keep base behaviour. Full fine-tuning learns weight changes of 10–100× the rank of typical LoRA.',
    tWinsLora: 'Limited GPU memory, many tasks or tenants, base behaviour must be kept, instruction tuning.',
    tWinsSrc: 'Biderman et al. 2024',
  },

  answer: [
    'Full fine-tuning trains all $\\Psi$ weights. With mixed-precision AdamW every parameter costs 16 bytes of model states: 16-bit weight and gradient (2 + 2) and fp32 master weight, $m$ and $v$ (12). A 7B model needs 108 GB before activations.',
    'LoRA freezes $W_0$ and learns $\\Delta W = BA$ with $r \\ll d$. Frozen weights need no gradients and no optimizer states, so they cost only their storage (2 bytes in 16-bit). The adapters are a few million parameters: GPT-3 175B with $r = 4$ on $W_q, W_v$ has 18.9M, 0.01%.',
    'The savings are different for training memory and for storage. Training memory falls about 3×: the paper reports 1.2 TB → 350 GB for GPT-3, and what is left is mostly the frozen weights. Checkpoints fall about 10,000×: 350 GB → 35 MB per task (exactly 37.7 MB = 36.0 MiB), so 100 tasks take 354 GB instead of 35 TB.',
    'QLoRA stores the frozen base in 4-bit NF4 with double quantisation (≈4.127 bits per weight) and computes in BF16; paged optimizers absorb spikes. That is how a 65B model is fine-tuned on one 48 GB GPU.',
    'Activations are not reduced by LoRA: gradients must still flow back through every layer. At long sequences or large batches they dominate, and you cut them with activation checkpointing, FlashAttention or smaller micro-batches.',
    'Trade-offs: LoRA matches full fine-tuning on many benchmarks and costs no latency once merged, but it learns less on large shifts such as code and maths and forgets less of the base. Pick full fine-tuning for big domain shifts when the budget allows. Pick LoRA or QLoRA for limited memory, many tasks, or when the base model’s abilities must stay.',
  ],

  formulas: [
    {
      tex: 'M_{\\text{full}} = \\underbrace{2\\Psi}_{W} + \\underbrace{2\\Psi}_{\\nabla W} + \\underbrace{K\\Psi}_{\\text{fp32 }W,\\,m,\\,v} + A,\\qquad K = 12 \\;(\\text{AdamW}),\\; 6 \\;(\\text{8-bit AdamW})',
      caption: 'Full fine-tuning in mixed precision (ZeRO §3.1): 16 bytes per parameter plus activations A. Pure fp32 training is also 16 (4 + 4 + 8).',
    },
    {
      tex: 'M_{\\text{LoRA}} = \\tfrac{b_w}{8}\\,\\Psi + (2 + 2 + K)\\,n + A,\\qquad n = L \\sum_{\\text{adapted}} r\\,(d_{\\text{in}} + d_{\\text{out}})',
      caption: 'LoRA: frozen base at b_w bits per weight (dense matrices; embeddings and norms stay 16-bit) plus adapters with their gradients and optimizer states. n from LoRA §5.1: GPT-3, r = 4, W_q and W_v: 2·96·(12288 + 12288)·4 = 18,874,368.',
    },
    {
      tex: 'b_{\\text{NF4+DQ}} = 4 + \\frac{8}{64} + \\frac{32}{64\\cdot 256} = 4.127 \\text{ bits},\\qquad b_{\\text{4-bit}} = 4 + \\frac{32}{64} = 4.5 \\text{ bits}',
      caption: 'QLoRA §3: one quantisation constant per block of 64 weights; double quantisation stores the constants in 8 bits with one fp32 constant per 256 of them, saving 0.373 bits per weight (about 3 GB on 65B).',
    },
    {
      tex: 'A = L\\cdot s\\,b\\,h\\left(34 + \\frac{5\\,a\\,s}{h}\\right)\\text{ bytes},\\qquad A_{\\text{ckpt}} \\approx 2\\,s\\,b\\,h\\,L + s\\,b\\,h\\left(34 + \\frac{5as}{h}\\right)',
      caption: 'Activations in 16-bit (Korthikanti et al. 2022 §4.1, a GPT block with a 4h MLP and materialised attention scores; used as an estimate for SwiGLU models). The 5as/h term is the attention scores, softmax and dropout (5as²b bytes), which FlashAttention does not store. With full checkpointing only each layer’s input is kept, plus one layer being recomputed.',
    },
    {
      tex: '\\frac{2\\Psi}{2n} = \\frac{350.5\\text{ GB}}{37.7\\text{ MB}} \\approx 9{,}300,\\qquad 100\\text{ tasks: } 100\\cdot 350\\text{ GB} = 35\\text{ TB}\\;\\text{vs}\\;350\\text{ GB} + 100\\cdot 35\\text{ MB} \\approx 354\\text{ GB}',
      caption: 'Checkpoint arithmetic for GPT-3 175B (LoRA §4.2 and footnote 4). The paper’s “35MB” is 37.7 MB (10⁶ B) or 36.0 MiB (2²⁰ B), rounded.',
    },
  ],

  misconceptions: [
    {
      claim: 'LoRA cuts training memory by 10,000×.',
      correction:
        '10,000× is the checkpoint size (350 GB → 35 MB). Training memory falls only about 3× (1.2 TB → 350 GB on GPT-3), because the frozen weights must still sit in GPU memory for the forward and backward passes and the activations do not change.',
      sources: ['lora'],
    },
    {
      claim: 'LoRA also saves activation memory, since so few parameters are trained.',
      correction:
        'The gradient for an adapter in layer 1 has to pass back through layers L … 2, so the forward pass stores the same activations as full fine-tuning. They scale with $b$, $s$, $h$ and $L$ (and $s^2$ for attention scores). Activation checkpointing or FlashAttention reduce them; LoRA does not.',
      sources: ['korthikanti'],
    },
    {
      claim: 'Full fine-tuning with Adam needs 4× the weights: weights, gradients, m, v.',
      correction:
        'In mixed precision the optimizer also keeps an fp32 master copy: $2 + 2 + 4 + 4 + 4 = 16$ bytes per parameter, 8× the 16-bit weights. The LoRA paper’s 1.2 TB for GPT-3 is 6.85 B/param and does not match 16; it is a reported number without a breakdown.',
      sources: ['zero', 'lora'],
    },
    {
      claim: 'QLoRA trains in 4-bit.',
      correction:
        'Only the frozen base is stored in 4-bit NF4. Each weight is dequantised to BF16 for the matrix multiply, and the LoRA adapters, their gradients and the optimizer states are 16/32-bit. Gradients flow through the quantised base into the adapters.',
      sources: ['qlora'],
    },
    {
      claim: 'LoRA is as good as full fine-tuning, always.',
      correction:
        'It matches full fine-tuning on GPT-3’s WikiSQL, MNLI and SAMSum and on QLoRA’s benchmarks. On code and maths, for both instruction tuning and continued pre-training, it substantially underperforms at standard ranks. It does forget less.',
      sources: ['lora', 'biderman'],
    },
    {
      claim: 'LoRA adds inference latency.',
      correction: 'Not once merged: $W = W_0 + BA$ is an ordinary dense matrix. Adapter layers (Houlsby et al.) do add latency because they are extra sequential layers; an unmerged LoRA branch adds a little.',
      sources: ['lora'],
    },
  ],

  followUps: [
    {
      q: 'Where does the 1.2 TB for GPT-3 come from?',
      a: 'The paper reports it without a breakdown. Mixed-precision AdamW model states alone would be $16 \\times 175.3\\text{B} = 2.80$ TB, so it is not that. 1.2 TB is 6.85 B/param. The paper explains the saving by optimizer states not being stored (“up to 2/3”), which fits 16-bit weights plus 16-bit $m, v$ (6 B/param = 1.05 TB) with the rest for activations and buffers. That is a plausible reading, not a stated one. The 350 GB for LoRA is the fp16 weights, $2\\Psi$.',
      sources: ['lora'],
    },
    {
      q: 'Why is LoRA only about 25% faster, if it trains 0.01% of the weights?',
      a: 'Forward and backward still run through every frozen matrix: the backward pass needs the gradient with respect to each layer’s input. What disappears is the weight-gradient product for frozen matrices and the optimizer update. The paper measured 32.5 → 43.1 tokens/s per V100 on GPT-3 175B.',
      sources: ['lora'],
    },
    {
      q: 'Will a 7B LoRA fine-tune fit on a 24 GB GPU?',
      a: 'The 16-bit base is 13.5 GB, the adapters a few tens of MB. Whether it fits depends on the activations: at b = 1, s = 512 about 3.6 GB, at b = 4, s = 2048 about 122 GB with plain attention, 37 GB with FlashAttention and about 6 GB with checkpointing. Set it in the scene. QLoRA brings the base to about 3.9 GB.',
      sources: ['korthikanti', 'qlora'],
    },
    {
      q: 'What do paged optimizers do?',
      a: 'They allocate optimizer states in NVIDIA unified memory, so pages move to CPU RAM when the GPU runs short (e.g. a long sequence under checkpointing) and back when the update needs them. They stop out-of-memory crashes at spikes; they do not lower the average footprint, so the calculator does not count them.',
      sources: ['qlora'],
    },
    {
      q: 'Which matrices and which rank?',
      a: 'The LoRA paper found, for a fixed 18M budget on GPT-3, that $W_q, W_v$ at $r = 4$ beats one matrix at $r = 8$. Later work adapts all linear layers: QLoRA needed LoRA on every linear layer of the block to match 16-bit full fine-tuning, and Biderman et al. recommend targeting all modules.',
      sources: ['lora', 'qlora', 'biderman'],
    },
  ],

  sources: [
    {
      id: 'lora',
      text: 'Hu et al. LoRA: Low-Rank Adaptation of Large Language Models. arXiv 2106.09685: §4.1 (merge, no extra latency), §4.2 (GPT-3 175B: VRAM 1.2 TB → 350 GB, checkpoint 350 GB → 35 MB at r = 4 on W_q, W_v; footnote 4: 100 tasks 354 GB vs 35 TB; 25% speed-up, footnote 5), §5.1 (|Θ| = 2·L̂·d·r), Table 4 (GPT-3 results), §7.1 / Table 5, Table 15.',
      url: 'https://arxiv.org/abs/2106.09685',
    },
    {
      id: 'zero',
      text: 'Rajbhandari et al. ZeRO: Memory Optimizations Toward Training Trillion Parameter Models. SC’20, arXiv 1910.02054, §3.1 (mixed-precision Adam: 2Ψ + 2Ψ + 12Ψ = 16Ψ).',
      url: 'https://arxiv.org/abs/1910.02054',
    },
    {
      id: 'qlora',
      text: 'Dettmers, Pagnoni, Holtzman, Zettlemoyer. QLoRA: Efficient Finetuning of Quantized LLMs. NeurIPS 2023, arXiv 2305.14314: abstract (65B on one 48 GB GPU; NF4, double quantisation, paged optimizers), §3 (NF4, blocksize 64; DQ 0.5 → 0.127 bits/param, ≈3 GB on 65B; BF16 compute; paged optimizers), §4 (LoRA on all linear layers to match full fine-tuning).',
      url: 'https://arxiv.org/abs/2305.14314',
    },
    {
      id: 'korthikanti',
      text: 'Korthikanti et al. Reducing Activation Recomputation in Large Transformer Models. MLSys 2023, arXiv 2205.05198, §4.1 (activations per layer sbh(34 + 5as/h) bytes, 16-bit), §4.2 (full recomputation: 2sbhL).',
      url: 'https://arxiv.org/abs/2205.05198',
    },
    {
      id: 'biderman',
      text: 'Biderman et al. LoRA Learns Less and Forgets Less. TMLR 2024, arXiv 2405.09673 (code and maths, IFT and continued pre-training: LoRA underperforms, forgets less; full fine-tuning learns perturbations of 10–100× the rank of typical LoRA).',
      url: 'https://arxiv.org/abs/2405.09673',
    },
    {
      id: 'bnb8',
      text: 'Dettmers, Lewis, Shleifer, Zettlemoyer. 8-bit Optimizers via Block-wise Quantization. ICLR 2022, arXiv 2110.02861 (Adam states in 8 bits).',
      url: 'https://arxiv.org/abs/2110.02861',
    },
    {
      id: 'configs',
      text: 'Model shapes: LLaMA-7B, Qwen-7B and GPT-3 175B as in the LoRA-structure scene (configs, GPT-3 paper Table 2.1); LLaMA-65B config (hidden 8192, intermediate 22016, 80 layers, 64 heads, vocab 32000; LLaMA paper Table 2: 65.2B).',
      url: 'https://arxiv.org/abs/2302.13971',
    },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
