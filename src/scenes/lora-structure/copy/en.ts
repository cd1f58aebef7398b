import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 18 (LoRA's structure and where it goes) in English. */
export const en = {
  question: 'What is LoRA’s structure, and where is it inserted in a Transformer?',
  lede: 'A frozen weight plus a trainable low-rank product: W = W₀ + (α/r)·BA. Below, the real matrices are computed live. The product builds up one outer product at a time, and the counts use real model shapes.',

  steps: {
    decompose: {
      title: 'A frozen W₀ plus a low-rank update',
      caption:
        'LoRA keeps the pre-trained $W_0\\in\\mathbb{R}^{d\\times k}$ frozen and learns its update as a product $\\Delta W = BA$ with $B\\in\\mathbb{R}^{d\\times r}$ and $A\\in\\mathbb{R}^{r\\times k}$. Here $B$ and $A$ were trained (Adam, 150 steps) towards a seeded task update. The factors hold $r(d+k)$ numbers instead of $dk$. Drag $r$, $d$ and $k$.',
    },
    init: {
      title: 'Start: A random, B = 0',
      caption:
        'At initialisation $A$ is random and $B$ is exactly zero. So $\\Delta W = BA = 0$, and the adapted model computes exactly what the pre-trained one does (readout: 0, not “small”). The gradient still reaches $B$, because it is multiplied by the non-zero $A$. If both were zero, neither would ever move.',
    },
    'outer-products': {
      title: 'BA is a sum of r outer products',
      caption:
        'Column $i$ of $B$ times row $i$ of $A$ gives a rank-one $d\\times k$ matrix, and $BA$ is the sum of $r$ of them. Watch $\\Delta W$ build up term by term (‹ › to step through). With $r$ terms, $\\Delta W$ has rank at most $r$, however large $d$ and $k$ are.',
    },
    merge: {
      title: 'Scale by α/r, merge, un-merge',
      caption:
        'The update is scaled by $\\alpha/r$ and added: $W = W_0 + \\tfrac{\\alpha}{r}BA$. After merging, the layer is an ordinary $d\\times k$ matrix, so inference costs exactly what the base model costs. To switch tasks, subtract $\\tfrac{\\alpha}{r}BA$ and add another adapter’s $\\tfrac{\\alpha}{r}B\'A\'$. In float32 the round trip returns $W_0$ up to round-off (readout).',
    },
    forward: {
      title: 'The forward pass: two branches',
      caption:
        'Un-merged, $x$ flows through both branches: the frozen $W_0x$, and the adapter, which first projects down to $r$ numbers ($Ax$) and then up to $d$ ($B(Ax)$, scaled by $\\alpha/r$). The sum is $h$. The merged layer gives the same $Wx$ up to float round-off (readout: max difference).',
    },
    placement: {
      title: 'Where LoRA goes in a Transformer block',
      caption:
        'Each adapted matrix costs $r(d_\\text{in}+d_\\text{out})$ per layer. Switch matrices on and off, pick a model, drag $r$. The LoRA paper adapted only attention, mostly $W_q$ and $W_v$. GPT-3 175B with $r=8$ on $W_q,W_v$ gives 37.7M trainable parameters (0.02%), and $r = 1$ gives 4.7M.',
    },
  },

  params: {
    model: {
      label: 'Model',
      help: 'Real shapes for the parameter count',
      options: { tiny: 'Tiny (this site)', 'llama-7b': 'LLaMA-7B', 'qwen-7b': 'Qwen-7B', 'gpt3-175b': 'GPT-3 175B' },
    },
    r: { label: 'Rank r', help: 'Inner dimension of B·A (the demo matrix clamps it to min(d, k))' },
    alpha: { label: 'α (lora_alpha)', help: 'The update is scaled by α/r' },
    targets: {
      label: 'LoRA targets',
      help: 'Which matrices of every block get an adapter (FFN = all its matrices: gate, up, down for SwiGLU; two for GPT-3)',
      options: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o', ffn: 'FFN' },
    },
    d: { label: 'd (rows, out)', help: 'Output size of the demo matrix W₀' },
    k: { label: 'k (columns, in)', help: 'Input size of the demo matrix W₀' },
    seed: { label: 'Random seed', help: 'Same seed, same W₀, A, x and task update' },
  },

  readouts: {
    scale: 'Scale α/r',
    'lora-params': 'LoRA params r(d+k)',
    'dense-params': 'Dense params d·k',
    'param-ratio': 'r(d+k) / dk',
    'init-delta': 'At init: max |ΔW|',
    'fit-error': 'Fit error ‖ΔW − ΔW*‖/‖ΔW*‖',
    'delta-max': 'max |ΔW|',
    'merge-diff': 'max |h − Wx| (un-merged vs merged)',
    'unmerge-diff': 'max |(W − ΔW) − W₀|',
    'branch-ratio': '‖adapter branch‖ / ‖W₀x‖',
    'per-layer': 'Trainable per layer',
    trainable: 'Trainable params (model)',
    'trainable-pct': '% of full model',
    'adapter-size': 'Adapter size (fp16)',
  },

  labels: {
    W0: 'W₀',
    B: 'B',
    A: 'A',
    dW: 'ΔW = BA',
    W: 'W = W₀ + (α/r)BA',
    frozen: 'frozen',
    trainable: 'trained',
    zero: '= 0',
    term: 'adding term {i} of {r}',
    termN: 'Term {i} of {r}',
    allTerms: 'All {r} terms',
    prevTerm: 'Previous term',
    nextTerm: 'Next term',
    replay: 'Replay',
    colourNote: 'Blue < 0 < red. W₀ and W share one colour scale; B, A and ΔW each have their own (±max shown under each).',
    clamped: 'The demo matrix uses r = {r} = min(d, k) = {m}; the model counts use the slider’s r.',
    unmergeNote: 'Un-merge: W − (α/r)BA = W₀ up to float32 round-off ({e}). Then add another task’s (α/r)B′A′.',
    x: 'x',
    h: 'h = W₀x + (α/r)B(Ax)',
    hMerged: 'Wx (merged)',
    h0: 'W₀x',
    ax: 'Ax',
    bax: '(α/r)·B(Ax)',
    maxDiff: 'max |h − Wx| =',
    attention: 'Attention',
    ffnKind: 'FFN ({kind})',
    mlp: '4d MLP',
    matrix: 'Matrix',
    shape: 'd_out×d_in',
    loraCol: 'LoRA, r = {r}',
    adapted: 'adapted',
    perLayer: 'per layer',
    layers: 'layers',
    fused: 'Qwen-7B stores W_q, W_k, W_v as one fused c_attn (4096 → 12288). PEFT’s target_modules=["c_attn"] adapts all three with one pair: r·(4096 + 12288) per layer, not 3·r·(4096 + 4096).',
    toggle: 'Adapt with LoRA',
    totalLine: '{per} per layer × {L} layers = {n} trainable parameters',
    pctPaper: '{pct}% of the full model’s {total} parameters (count from the LoRA paper, Table 4)',
    pctComputed: '{pct}% of the full model’s {total} parameters (computed from the config)',
    sizeLine: 'Adapter in fp16: {size} (full model in fp16: {full})',
    equationAlt:
      'Heatmaps of the frozen weight W₀ (d by k), plus α/r times B (d by r) times A (r by k), where A sits above their product ΔW and B to its left, equal to the merged weight W.',
    forwardAlt:
      'The LoRA forward pass: the input vector x enters at the bottom, goes through the frozen W₀ on the left and through A (down to r numbers) then B (up to d) on the right; the two results add to h at the top, beside the merged layer’s output Wx.',
    figureAlt: 'LoRA: frozen W₀ plus a trained low-rank update (α/r)·BA, its forward pass and its parameter count in a transformer block.',
  },

  answer: [
    'LoRA freezes each pre-trained weight $W_0\\in\\mathbb{R}^{d\\times k}$ and learns the change as a low-rank product: $W = W_0 + \\tfrac{\\alpha}{r}BA$, with $B\\in\\mathbb{R}^{d\\times r}$, $A\\in\\mathbb{R}^{r\\times k}$ and $r \\ll \\min(d,k)$. Only $A$ and $B$ are trained: $r(d+k)$ numbers instead of $dk$.',
    'The forward pass is $h = W_0x + \\tfrac{\\alpha}{r}B(Ax)$. $A$ projects the input down to $r$ dimensions and $B$ projects it back up. The paper scales by $\\alpha/r$ and sets $\\alpha$ to the first $r$ tried, without tuning it.',
    'Initialisation: $A$ random, $B = 0$. So $\\Delta W = 0$ at the start and training begins exactly at the pre-trained model. The paper says Gaussian for $A$; Microsoft’s reference code (loralib) uses Kaiming-uniform.',
    'Inference: merge $W = W_0 + \\tfrac{\\alpha}{r}BA$ once. The layer is then an ordinary matrix, so there is no extra latency, unlike adapter layers. Switching tasks means subtracting one $BA$ and adding another, and the frozen $W_0$ is shared.',
    'Where: any dense layer can be adapted. The paper applied LoRA to the attention projections only, mostly $W_q$ and $W_v$, and froze the MLP. With a fixed budget (about 18M parameters on GPT-3), adapting $W_q$ and $W_v$ at $r=4$ beat every single matrix type at $r=8$ on WikiSQL (73.7 vs at most 73.2). Adapting all four at $r=2$ matched it on WikiSQL and did slightly better on MNLI (91.7 vs 91.3). So spreading the rank over more matrices helped more than a larger $r$.',
    'Cost: per adapted matrix and layer, $r(d_\\text{in}+d_\\text{out})$. GPT-3 175B with $r=8$ on $W_q,W_v$ needs $2\\cdot 96\\cdot 8\\cdot(12288+12288) = 37.7$M parameters (0.02% of 175B). LLaMA-7B with $r=8$ on $W_q,W_v$ needs 4.19M (0.06%), about 8.4 MB in fp16.',
  ],

  formulas: [
    {
      tex: 'h = W_0x + \\Delta W x = W_0 x + \\frac{\\alpha}{r}\\,B A x,\\qquad B\\in\\mathbb{R}^{d\\times r},\\; A\\in\\mathbb{R}^{r\\times k},\\; r\\ll\\min(d,k)',
      caption: 'LoRA’s forward pass (Hu et al. 2021, §4.1, Eq. 3, with the α/r scaling). W₀ is frozen; only A and B get gradients.',
    },
    {
      tex: 'BA = \\sum_{i=1}^{r} b_i\\, a_i^{\\top}\\qquad (b_i = B_{:,i},\\; a_i^{\\top} = A_{i,:}),\\qquad \\operatorname{rank}(BA)\\le r',
      caption: 'The product is a sum of r rank-one outer products: the build-up in step 3.',
    },
    {
      tex: 'A_{ij}\\sim\\mathcal{U}\\!\\left(-\\tfrac{1}{\\sqrt{k}},\\tfrac{1}{\\sqrt{k}}\\right),\\quad B = 0\\;\\Rightarrow\\;\\Delta W = 0,\\qquad \\frac{\\partial L}{\\partial B} = \\frac{\\alpha}{r}\\,\\frac{\\partial L}{\\partial W}\\,A^{\\top}\\neq 0,\\quad \\frac{\\partial L}{\\partial A} = \\frac{\\alpha}{r}\\,B^{\\top}\\frac{\\partial L}{\\partial W} = 0',
      caption: 'Initialisation as in loralib: kaiming_uniform_(a=√5) gives the bound 1/√fan_in. The paper’s text says Gaussian. At the first step only B moves.',
    },
    {
      tex: 'W = W_0 + \\frac{\\alpha}{r}BA,\\qquad W\' = W - \\frac{\\alpha}{r}BA + \\frac{\\alpha}{r}B\'A\'',
      caption: 'Left: merge for deployment (§4.1), one matrix per layer, so no extra inference latency. Right: switch task by subtracting BA and adding another adapter B′A′.',
    },
    {
      tex: '|\\Theta| = L\\sum_{W\\in\\text{adapted}} r\\,(d_\\text{in}+d_\\text{out}),\\qquad \\text{GPT-3}\\; W_q,W_v:\\; 2\\cdot 96\\cdot r\\cdot 2\\cdot 12288 = r\\cdot 4.72\\text{M}',
      caption: 'Trainable parameters. For square attention matrices this is the paper’s |Θ| = 2·L̂·d_model·r (§5.1). FFN matrices are not square: d × 4d in GPT-3, 4096 × 11008 in LLaMA-7B.',
    },
  ],

  misconceptions: [
    {
      claim: 'LoRA adds layers to the network, so inference gets slower.',
      correction:
        'After training, $\\tfrac{\\alpha}{r}BA$ is added into $W_0$, and the deployed layer is one ordinary matrix of the same shape. Latency is exactly the base model’s (§4.1). Only an un-merged adapter, e.g. when one batch serves requests for different adapters, costs the extra $Ax$ and $B(Ax)$ products. Adapter layers (Houlsby et al.) are different: they add sequential modules that cannot be merged.',
      sources: ['hu2021'],
    },
    {
      claim: 'A and B are both initialised randomly (or both to zero).',
      correction:
        'One of them must be zero so that $\\Delta W = 0$ at the start. Otherwise training would begin from a randomly perturbed model. The other must be non-zero, or no gradient ever flows: with $A = B = 0$ both gradients vanish. LoRA uses $A$ random and $B = 0$. loralib draws $A$ Kaiming-uniform, although the paper’s text says Gaussian, and its Embedding layer swaps the roles.',
      sources: ['hu2021', 'loralib'],
    },
    {
      claim: 'α is a learning rate, or the α/r factor doesn’t matter.',
      correction:
        '$\\alpha$ is a constant scale on the update, $\\Delta W = \\tfrac{\\alpha}{r}BA$. With Adam, scaling the update acts roughly like scaling the learning rate, so the paper sets $\\alpha$ to the first $r$ it tries and leaves it alone. Dividing by $r$ means that changing $r$ later needs less retuning. Common settings in the paper: $r = 8$ with $\\alpha = 8$ or $16$.',
      sources: ['hu2021'],
    },
    {
      claim: 'LoRA is applied to every weight matrix, FFN included, and a larger r is always better.',
      correction:
        'The LoRA paper adapted only attention weights, mostly $W_q$ and $W_v$, and froze the MLP. In its GPT-3 study, $r = 1$ or $2$ on $W_q,W_v$ was already competitive (4.7M parameters, Table 15). At a fixed budget, spreading the rank over more matrix types worked better than one type at a higher rank (Table 5). Adapting FFN matrices is common in later practice, but it was not what the paper measured.',
      sources: ['hu2021'],
    },
    {
      claim: 'LoRA has 2·d·r parameters per layer.',
      correction:
        'That holds only for a square $d\\times d$ matrix. In general each adapted matrix costs $r(d_\\text{in}+d_\\text{out})$, and the total is that sum times the number of layers. The FFN matrices are rectangular: LLaMA-7B’s gate and up projections are $11008\\times 4096$, so $r = 8$ on them costs $8\\cdot 15104$ each. The switches in step 6 show this.',
      sources: ['hu2021', 'llama'],
    },
  ],

  followUps: [
    {
      q: 'Why initialise B to zero rather than A?',
      a: 'Either choice gives $\\Delta W = 0$ at the start. With $B = 0$ and $A$ random, the first gradient $\\partial L/\\partial B = \\tfrac{\\alpha}{r}\\,G A^{\\top}$ is non-zero, so $B$ starts learning at once and $A$ follows. loralib does exactly this for Linear layers and the reverse ($A = 0$, $B$ normal) for Embedding layers. What must not happen is both zero, which kills all gradients.',
      sources: ['hu2021', 'loralib'],
    },
    {
      q: 'LLaMA-7B, r = 8 on W_q and W_v: how many trainable parameters, and how big is the adapter?',
      a: '$2\\times 32\\times 8\\times(4096+4096) = 4{,}194{,}304$, which is 0.062% of 6.74B. In fp16 that is 8.4 MB. With all seven matrices (q, k, v, o, gate, up, down) it is 20.0M, about 40 MB. Set this up in step 6.',
      sources: ['llama', 'hu2021'],
    },
    {
      q: 'How do you serve many fine-tuned tasks with LoRA?',
      a: 'Keep one copy of $W_0$ and swap small adapters. To merge, subtract $\\tfrac{\\alpha}{r}BA$ and add $\\tfrac{\\alpha}{r}B\'A\'$. The paper’s GPT-3 example: 100 task models cost 350 GB + 100 × 35 MB ≈ 354 GB instead of 35 TB. To mix tasks in one batch you keep the adapters un-merged and pay for the two thin products.',
      sources: ['hu2021'],
    },
    {
      q: 'Does LoRA make training cheaper in compute as well as memory?',
      a: 'Mostly memory. There are no optimizer states or weight gradients for $W_0$, and GPT-3 training VRAM fell from 1.2 TB to 350 GB. The forward pass and the activation gradients are still computed through the full model. The paper measured a 25% training speed-up on GPT-3 (32.5 → 43.1 tokens/s per V100).',
      sources: ['hu2021'],
    },
    {
      q: 'What changes with grouped-query attention?',
      a: 'With GQA, $W_k$ and $W_v$ map $d$ to $n_\\text{kv}\\cdot d_\\text{head} < d$, so their LoRA cost is $r(d + n_\\text{kv}d_\\text{head})$. The models here (LLaMA-7B, Qwen-7B, GPT-3) have no GQA, so all four attention matrices are $d\\times d$.',
      sources: ['hu2021'],
    },
  ],

  sources: [
    {
      id: 'hu2021',
      text: 'Hu et al. (2021). LoRA: Low-Rank Adaptation of Large Language Models. arXiv:2106.09685. §4.1 (Eq. 3, random Gaussian A and zero B, α/r scaling, merging with no inference latency, task switching); §4.2 (attention weights only, MLP frozen; GPT-3 VRAM 1.2 TB → 350 GB; checkpoint 350 GB → 35 MB at r = 4 on W_q, W_v; 25% speed-up); §5.1 (|Θ| = 2·L̂·d_model·r, GPT-3 d_model 12288, 96 layers); Table 4 (LoRA 4.7M and 37.7M, full fine-tuning 175,255.8M); Table 5 (18M budget); Table 15; App. D (α settings).',
      url: 'https://arxiv.org/abs/2106.09685',
    },
    {
      id: 'loralib',
      text: 'microsoft/LoRA, loralib/layers.py: Linear initialises lora_A with nn.init.kaiming_uniform_(a=√5) and lora_B with zeros; Embedding does the reverse; scaling = lora_alpha / r; merge W += (B @ A)·scaling.',
      url: 'https://github.com/microsoft/LoRA/blob/main/loralib/layers.py',
    },
    {
      id: 'llama',
      text: 'Touvron et al. (2023), LLaMA, arXiv:2302.13971, §2.2 and Table 2; meta-llama/llama model.py (v1): 32 layers, dim 4096, SwiGLU hidden 11008 (w1, w3: 4096 → 11008; w2: 11008 → 4096); 6,738,415,616 parameters (computed from the config).',
      url: 'https://arxiv.org/abs/2302.13971',
    },
    {
      id: 'qwen',
      text: 'Qwen/Qwen-7B config.json and modeling_qwen.py: 32 layers, hidden 4096, fused c_attn (4096 → 3·4096, with bias), w1, w2 = Linear(4096, 22016 // 2 = 11008), mlp.c_proj 11008 → 4096; ≈7.7B parameters (7,721,324,544 computed).',
      url: 'https://huggingface.co/Qwen/Qwen-7B',
    },
    {
      id: 'gpt3',
      text: 'Brown et al. (2020). Language Models are Few-Shot Learners. arXiv:2005.14165. §2.1 and Table 2.1: GPT-3 175B has 96 layers, d_model 12288, and a feed-forward layer four times the model width (d_ff = 4·d_model).',
      url: 'https://arxiv.org/abs/2005.14165',
    },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
