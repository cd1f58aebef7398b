import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/ Every word of question 5 (training-acceleration frameworks) in English. */
export const en = {
  question: 'What training-acceleration frameworks do you know, and how do they work?',
  lede: 'DeepSpeed, Megatron-LM and PyTorch DDP/FSDP combine the same few ideas: split the work across GPUs, keep the communication cheap, and compute in 16-bit without losing the small numbers. Each idea below runs on live numbers.',

  steps: {
    parallelism: {
      title: 'Data vs model parallelism',
      caption:
        'Data parallelism gives every GPU a full copy of the model and a different slice of the batch; after the backward pass the gradients are all-reduced (summed) so every copy takes the same step. Model parallelism splits the model itself: tensor parallelism cuts every weight matrix across GPUs and all-reduces activations inside every layer; pipeline parallelism gives each GPU a block of consecutive layers and passes activations along.',
    },
    ring: {
      title: 'Ring all-reduce, step by step',
      caption:
        'Each of the $N$ GPUs holds its own vector, cut into $N$ chunks. Reduce-scatter: in each of $N-1$ steps every GPU sends one chunk to its right neighbour, which adds it to its own copy; afterwards GPU $i$ holds the full sum of chunk $i+1$ (green). All-gather: $N-1$ more steps pass the finished chunks around. Use the step slider (or ‹ ›): the numbers are summed live and the last row is the true sum.',
    },
    'ring-vs-ps': {
      title: 'Ring vs parameter server',
      caption:
        'In the ring every GPU sends (and receives) $2(N-1)/N$ times the gradient size $S$ per all-reduce: $1.5S$ at $N=4$, under $2S$ for any $N$. A naive parameter server has to receive $N\\cdot S$ and send $N\\cdot S$ through its own link, so its traffic grows with $N$. That is why the ring’s time per all-reduce stays almost flat as GPUs are added (plus a latency term of $2(N-1)$ steps).',
    },
    pipeline: {
      title: 'Pipeline bubbles: GPipe vs 1F1B',
      caption:
        'With $p$ stages the batch is split into $m$ micro-batches. Forward cells (blue) flow down the stages, backward cells (orange, about twice as long) flow back up; hatched time is the bubble, where a GPU waits. The bubble takes $(p-1)/(m+p-1)$ of the time for both schedules — the readouts measure it on the drawn timeline too. 1F1B starts each backward as early as it can, so a stage holds at most $p$ micro-batches of activations instead of $m$ (plot below).',
    },
    'mixed-precision': {
      title: 'Mixed precision and loss scaling',
      caption:
        'fp16 covers only $2^{-24}$ to $65504$; bf16 keeps fp32’s 8-bit exponent (≈$10^{-38}$ to $3\\cdot10^{38}$) with fewer mantissa bits. The histogram shows real gradients of a small MLP (tfjs), rounded exactly to fp16: below $2^{-24}$ they become 0. Raise the loss scale $S=2^k$: every gradient is multiplied by $S$ and the histogram slides right, out of the zero zone — until values pass 65504 and become inf.',
    },
    'master-weights': {
      title: 'Why the master weights stay fp32',
      caption:
        'Near a weight $w$, fp16 values are spaced one ulp apart ($2^{-11}$ just below 1). An update $\\mathrm{lr}\\cdot\\hat g$ smaller than half that spacing rounds straight back to $w$: the step is lost. ($\\hat g$ is the gradient divided by its layer’s RMS, so an update is about lr in size, as with Adam.) The zoom shows a real weight and a median update; below, the same update applied 1000 times to an fp16 weight and to an fp32 master weight. Change the learning rate and watch the share of lost updates.',
    },
    async: {
      title: 'Synchronous vs asynchronous updates',
      caption:
        'Synchronous data parallelism waits at a barrier for the slowest worker every step (hatched: idle), then applies one averaged update — every gradient is fresh. Asynchronous workers (parameter server, Downpour/Hogwild style) push whenever they finish, so nobody waits, but each gradient was computed on weights that are already some updates old: the number in each cell is its staleness. Make the straggler slower.',
    },
  },

  params: {
    n: { label: 'GPUs / workers N', help: 'Data-parallel GPUs: the ring, the parameter server and the async workers' },
    t: { label: 'Ring step', help: 'All-reduce steps done, up to 2(N−1)' },
    p: { label: 'Pipeline stages p', help: 'GPUs in the pipeline, each holding a block of layers' },
    m: { label: 'Micro-batches m', help: 'Pieces the batch is cut into for the pipeline' },
    schedule: { label: 'Pipeline schedule', help: 'GPipe: all forwards, then all backwards. 1F1B: alternate as early as possible', options: { gpipe: 'GPipe', '1f1b': '1F1B' } },
    scale: { label: 'Loss scale exponent k', help: 'The loss (and so every gradient) is multiplied by S = 2^k', unit: '(S = 2^k)' },
    lr: { label: 'Learning-rate exponent', help: 'lr = 10^x; the update is lr·ĝ', unit: '(lr = 10^x)' },
    straggler: { label: 'Straggler slowdown', help: 'How many times slower the slowest worker computes a gradient', unit: '×' },
    seed: { label: 'Random seed', help: 'Vectors, network, data and worker speeds' },
  } satisfies Record<ParamKey, { label: string; help?: string; unit?: string; options?: Record<string, string> }>,

  readouts: {
    'model-share': 'Weights per GPU (TP / PP; DP: 100%)',
    'ring-step': 'Ring step done / 2(N−1)',
    'ring-error': 'Ring result − true sum (max)',
    'ring-bytes': 'Ring: sent per GPU (× S)',
    'ps-bytes': 'Param. server: received (× S)',
    'bubble-formula': 'Bubble (p−1)/(m+p−1)',
    'bubble-drawn': 'Bubble, measured on timeline',
    inflight: 'Activations held, stage 1 (micro-batches)',
    'fp16-underflow': 'fp16: gradients → 0',
    'fp16-overflow': 'fp16: gradients → inf',
    'bf16-underflow': 'bf16: gradients → 0 or inf',
    'lost-fp16': 'Updates lost, fp16 weights',
    'lost-fp32': 'Updates lost, fp32 master',
    'sync-idle': 'Sync: time spent waiting',
    'stale-mean': 'Async: mean staleness',
    'stale-max': 'Async: max staleness',
  },

  labels: {
    groupParallel: 'Parallelism',
    groupPipeline: 'Pipeline',
    groupPrecision: 'Precision',
    groupUpdates: 'Updates',
    dp: 'Data parallel (DDP, ZeRO)',
    tp: 'Tensor parallel (Megatron)',
    pp: 'Pipeline parallel (GPipe, 1F1B)',
    dpWire: 'full model on every GPU · all-reduce gradients once per step',
    tpWire: 'each weight matrix split · all-reduce activations in every layer',
    ppWire: 'a block of layers per GPU · activations →, gradients ←',
    gpu: 'GPU',
    shard: 'data',
    fullBatch: 'same data',
    microBatches: 'micro-batches',
    parallelTitle: 'Three rows of N GPUs: data, tensor and pipeline parallelism; filled bars are the weights a GPU holds, moving dots what crosses the wires.',
    chunk: 'chunk ',
    sum: 'Σ true',
    ringTitle: 'Grid of GPUs by chunks with live partial sums; arrows show this step’s sends.',
    reduceScatter: 'Reduce-scatter',
    allGather: 'All-gather',
    notStarted: 'Not started: each GPU holds only its own vector',
    done: 'Done: every GPU holds the full sum',
    stepOf: 'step {k} of {n}',
    prevRing: 'Previous ring step',
    nextRing: 'Next ring step',
    playRing: 'Play the ring all-reduce',
    pauseRing: 'Pause the ring all-reduce',
    legendShade: 'shade = how many GPUs are summed in',
    legendFull: 'fully reduced',
    legendSend: 'sent this step',
    ring: 'Ring',
    ps: 'Parameter server',
    server: 'server',
    ringEach: 'each GPU sends {v}·S',
    psServer: 'server receives {v}·S, sends {v}·S',
    plotTitle: 'Traffic per all-reduce (× gradient size S)',
    plotX: 'GPUs N',
    plotY: '× S',
    ringSeries: 'ring, per GPU',
    psSeries: 'parameter server, server link',
    current: 'now',
    trafficTitle: 'Ring and parameter-server topologies and their traffic against N.',
    stage: 'stage ',
    time: 'time →',
    fwd: 'forward',
    bwd: 'backward',
    bubble: 'bubble',
    inflight: 'Activations held on stage 1',
    gpipe: 'GPipe',
    onefoneb: '1F1B',
    pipelineTitle: 'Pipeline timeline: stages by time, forward and backward cells per micro-batch, idle time hatched; below, activations held on stage 1 for both schedules.',
    lines: 'Representable ranges (log₂ scale)',
    hist: 'Real gradients × S, by what fp16 makes of them',
    zero: '→ 0',
    subnormal: 'subnormal',
    normal: 'normal',
    inf: '→ inf',
    grads: 'gradients × S',
    max: 'max',
    minNormal: 'min normal',
    minSub: 'min subnormal',
    axis: 'log₂ |S·g|',
    precisionTitle: 'fp32, bf16 and fp16 ranges on a log scale, and a histogram of real gradients times the loss scale, coloured by their fate in fp16.',
    zone: 'shaded: rounds back to w (|u| < ½ ulp)',
    subRange: 'subnormal range',
    normalRange: 'normal range',
    zoom: 'One real weight and the fp16 grid around it',
    w: 'w',
    exact: 'w − lr·ĝ',
    grid: 'fp16 spacing',
    trend: 'The same update 1000 times',
    steps: 'steps',
    fp16: 'fp16 weight',
    fp32: 'fp32 master',
    masterTitle: 'A zoom on one weight with the fp16 grid, where the update lands and where it rounds to; below, the weight over 1000 identical updates in fp16 and in fp32.',
    sync: 'Synchronous (barrier every step)',
    async: 'Asynchronous (push when done)',
    worker: 'W',
    idle: 'idle',
    barrier: 'dashed: barrier',
    staleness: 'number: staleness',
    updatesTitle: 'Two timelines of the same workers: synchronous rounds with barriers and idle time, and asynchronous updates labelled with their staleness.',
  },

  answer: [
    'Name the axes first. Training is accelerated by (1) parallelism across GPUs — data, tensor, pipeline (and sequence/expert) parallelism; (2) cheaper communication — ring/tree all-reduce (NCCL), overlapping it with the backward pass, sharding redundant state (ZeRO/FSDP); (3) cheaper arithmetic and memory — mixed precision (fp16/bf16 on tensor cores), activation checkpointing, fused kernels such as FlashAttention. Frameworks package these: PyTorch DDP/FSDP, DeepSpeed (ZeRO, pipeline), Megatron-LM (tensor + pipeline parallelism).',
    'Data parallelism replicates the whole model on every GPU, gives each a different shard of the batch and all-reduces the gradients after backward, so all replicas stay identical. It does not split the model; its limit is that every GPU must hold the full model state (ZeRO removes that redundancy).',
    'Model parallelism splits the model. Tensor parallelism (Megatron-LM) cuts each weight matrix across GPUs — e.g. the MLP’s first matrix by columns and the second by rows — and needs an all-reduce of activations in every layer (two in the forward, two in the backward per Transformer layer), so it stays inside a node with NVLink. Pipeline parallelism gives each GPU a block of layers and only sends activations between neighbours, but idles in a bubble.',
    'Ring all-reduce = reduce-scatter then all-gather, $N-1$ steps each. Every GPU sends and receives $2(N-1)/N\\cdot S$ per all-reduce of $S$ bytes, which is bandwidth-optimal and nearly independent of $N$; a parameter server’s link carries $N\\cdot S$ each way. (With $N$ large, latency — $2(N-1)$ steps — starts to matter; NCCL then also uses trees.)',
    'Pipeline: split the batch into $m$ micro-batches; the bubble is $(p-1)/(m+p-1)$ of the time for GPipe and for 1F1B alike, so make $m \\gg p$ (GPipe found it negligible at $m \\ge 4p$). 1F1B (PipeDream-Flush, used by Megatron-LM) interleaves one forward and one backward in the steady state, so a stage holds at most $p$ micro-batches of activations instead of $m$; the interleaved schedule with $v$ chunks per GPU shrinks the bubble by $v$ at more communication.',
    'Mixed precision: compute matmuls in fp16/bf16, keep an fp32 master copy of the weights, and for fp16 scale the loss. fp16’s range is $2^{-24}$ (subnormal) to 65504, so small gradients flush to 0; multiplying the loss by $S$ shifts every gradient up by $S$, and they are unscaled in fp32 before the update (steps with inf/NaN are skipped and $S$ is lowered — dynamic loss scaling). bf16 has fp32’s exponent range, so it needs no loss scaling, at the cost of only 8 significant bits.',
    'Why fp32 master weights: an update $\\mathrm{lr}\\cdot g$ smaller than half the fp16 spacing next to $w$ ($2^{-12}$ to $2^{-11}$ of $|w|$) rounds back to $w$ and is lost; fp32’s spacing is $2^{13}$ times finer. Optimizer states (Adam’s $m, v$) are fp32 too — which is why mixed-precision Adam costs 16 bytes per parameter.',
    'Sync vs async: synchronous SGD waits for the slowest worker at every step but uses fresh gradients, so it behaves like large-batch SGD; asynchronous SGD never waits, but applies gradients computed on weights that are already several updates old (staleness about $N-1$ on average), which hurts convergence. Large-scale LLM training is synchronous; stragglers are handled with better hardware balance, backup workers or bounded staleness.',
  ],

  formulas: [
    {
      tex: 'T_{\\text{ring}} \\text{ per GPU} = 2\\,\\frac{N-1}{N}\\,S \\;<\\; 2S, \\qquad T_{\\text{PS server}} = N\\,S \\text{ in} + N\\,S \\text{ out}',
      caption: 'Bytes per all-reduce of S bytes: each of N ring members sends S/N per step for 2(N−1) steps (reduce-scatter + all-gather); a naive parameter server receives every worker’s gradient and sends the result back to each.',
    },
    {
      tex: '\\text{bubble} = \\frac{(p-1)(t_f+t_b)}{(m+p-1)(t_f+t_b)} = \\frac{p-1}{m+p-1}',
      caption: 'p stages, m micro-batches, forward time t_f and backward time t_b per micro-batch and stage. Megatron-LM writes the same thing relative to the ideal time: t_bubble / t_ideal = (p−1)/m.',
    },
    {
      tex: '\\text{fp16: } x = (-1)^s\\,2^{e-15}\\,(1.f)_2,\\;\\; 2^{-24} \\le |x| \\le 65504;\\qquad \\text{bf16: } 2^{-133} \\le |x| \\le 3.39\\times10^{38}',
      caption: 'fp16 has 5 exponent bits (bias 15) and 10 fraction bits; below 2⁻¹⁴ it is subnormal (spacing 2⁻²⁴). bf16 has 8 exponent bits like fp32 and 7 fraction bits. Rounding is to nearest, ties to even; |x| ≥ 65520 becomes inf in fp16.',
    },
    {
      tex: '\\tilde L = S\\cdot L \\;\\Rightarrow\\; \\tilde g = S\\cdot g,\\qquad w_{32} \\leftarrow w_{32} - \\mathrm{lr}\\cdot \\frac{\\tilde g}{S}',
      caption: 'Loss scaling: by the chain rule every gradient is multiplied by S. Unscale in fp32 before the update; if any gradient is inf/NaN, skip the step and halve S (PyTorch GradScaler starts at S = 2¹⁶).',
    },
    {
      tex: '\\mathrm{fl}_{16}(w - u) = w \\quad\\text{if}\\quad |u| < \\tfrac12\\,\\mathrm{ulp}_{16}(w) \\in \\big(2^{-12}, 2^{-11}\\big]\\cdot|w|',
      caption: 'A weight update smaller than half the fp16 spacing at w disappears in rounding; with an fp32 master copy the threshold is 2¹³ times smaller, (2⁻²⁵, 2⁻²⁴]·|w|.',
    },
  ],

  misconceptions: [
    {
      claim: 'Data parallelism splits the model across GPUs.',
      correction: 'Data parallelism replicates the model; it splits the data (the batch) and all-reduces gradients. Splitting the model is model parallelism (tensor or pipeline). ZeRO/FSDP shard the model state across data-parallel GPUs but still compute like data parallelism, gathering each layer’s full weights when needed.',
      sources: ['li2020ddp', 'megatron2019', 'zero'],
    },
    {
      claim: 'All-reduce cost grows linearly with the number of GPUs.',
      correction: 'For the ring, per-GPU traffic is $2(N-1)/N\\cdot S$ — it approaches $2S$ and barely changes with $N$. What grows with $N$ is the number of steps (latency) and, for a central parameter server, the load on the server’s link ($N\\cdot S$).',
      sources: ['patarasuk2009', 'horovod'],
    },
    {
      claim: 'Mixed precision means training in fp16.',
      correction: 'The matmuls and activations run in fp16/bf16, but the master weights, the optimizer state, the weight update and usually reductions (softmax, norms, loss) stay in fp32. Updating fp16 weights directly loses small updates (step 6).',
      sources: ['micikevicius2018'],
    },
    {
      claim: 'bf16 also needs loss scaling.',
      correction: 'bf16 has the same 8-bit exponent as fp32, so gradients do not underflow where fp16’s do; loss scaling is normally off for bf16 (bf16 trades that for precision: only 8 significant bits).',
      sources: ['kalamkar2019', 'torch-finfo'],
    },
    {
      claim: '1F1B has a smaller bubble than GPipe.',
      correction: 'Non-interleaved 1F1B has exactly the same bubble, $(p-1)/(m+p-1)$; it wins on memory (at most $p$ micro-batches of activations per stage instead of $m$). Only the interleaved schedule (several model chunks per GPU) shrinks the bubble.',
      sources: ['megatron2021', 'gpipe'],
    },
    {
      claim: 'Asynchronous SGD is faster, so it is what large models use.',
      correction: 'It removes waiting, but stale gradients hurt convergence; synchronous training (with backup workers) was shown to reach better accuracy faster, and LLM pre-training is synchronous.',
      sources: ['chen2016', 'dean2012'],
    },
  ],

  followUps: [
    {
      q: 'How does ZeRO relate to data parallelism?',
      a: 'ZeRO is data parallelism without the redundancy: stage 1 shards optimizer states, stage 2 also gradients, stage 3 also parameters. Stages 1–2 keep the all-reduce volume ($2\\Psi$); stage 3 costs $3\\Psi$ (scene “DeepSpeed ZeRO”).',
      sources: ['zero'],
    },
    {
      q: 'Why keep tensor parallelism inside a node?',
      a: 'It all-reduces activations in every layer (two per layer in the forward, two in the backward), which needs NVLink bandwidth; across nodes one uses pipeline and data parallelism.',
      sources: ['megatron2019', 'megatron2021'],
    },
    {
      q: 'How is all-reduce overlapped with computation?',
      a: 'DDP groups gradients into buckets (25 MB by default) and starts each bucket’s all-reduce as soon as its gradients are ready during backward, so communication hides behind the remaining backward computation.',
      sources: ['li2020ddp'],
    },
    {
      q: 'What does dynamic loss scaling do when it overflows?',
      a: 'It checks the gradients for inf/NaN, skips that step and multiplies $S$ by 0.5; after 2000 clean steps it doubles $S$ (PyTorch GradScaler defaults: start $2^{16}$).',
      sources: ['gradscaler', 'micikevicius2018'],
    },
    {
      q: 'How do you choose m for a pipeline?',
      a: 'Larger $m$ shrinks the bubble $(p-1)/(m+p-1)$, but at a fixed global batch each micro-batch gets smaller and less efficient; GPipe reports the bubble negligible at $m \\ge 4p$. With 1F1B, memory no longer grows with $m$.',
      sources: ['gpipe', 'megatron2021'],
    },
  ],

  sources: [
    { id: 'patarasuk2009', text: 'Patarasuk, Yuan (2009). Bandwidth optimal all-reduce algorithms for clusters of workstations. J. Parallel Distrib. Comput. 69(2):117–124. Ring all-reduce: each process sends 2(N−1)/N of the data.', url: 'https://doi.org/10.1016/j.jpdc.2008.09.002' },
    { id: 'horovod', text: 'Sergeev, Del Balso (2018). Horovod: fast and easy distributed deep learning in TensorFlow. arXiv:1802.05799, §3 (ring all-reduce, after Baidu’s 2017 implementation; each of N nodes communicates with two peers 2(N−1) times).', url: 'https://arxiv.org/abs/1802.05799' },
    { id: 'zero', text: 'Rajbhandari et al. (2020). ZeRO: Memory Optimizations Toward Training Trillion Parameter Models. SC’20, arXiv:1910.02054, §7.1: data-parallel all-reduce moves 2Ψ per step (reduce-scatter + all-gather, Ψ each).', url: 'https://arxiv.org/abs/1910.02054' },
    { id: 'li2020ddp', text: 'Li et al. (2020). PyTorch Distributed: Experiences on Accelerating Data Parallel Training. VLDB 13(12), arXiv:2006.15704, §3 (replicas, gradient all-reduce, bucketing, overlap with backward; bucket_cap_mb default 25).', url: 'https://arxiv.org/abs/2006.15704' },
    { id: 'megatron2019', text: 'Shoeybi et al. (2019). Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism. arXiv:1909.08053, §3 (MLP split by columns then rows; two all-reduces in the forward and two in the backward per layer).', url: 'https://arxiv.org/abs/1909.08053' },
    { id: 'megatron2021', text: 'Narayanan et al. (2021). Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM. SC’21, arXiv:2104.04473, §2.2 (GPipe and PipeDream-Flush/1F1B schedules; bubble fraction (p−1)/m of the ideal time; 1F1B limits in-flight micro-batches to p; interleaved schedule divides the bubble by v).', url: 'https://arxiv.org/abs/2104.04473' },
    { id: 'gpipe', text: 'Huang et al. (2019). GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism. NeurIPS, arXiv:1811.06965, §2.3 (bubble overhead O((K−1)/(M+K−1)) for K partitions and M micro-batches; negligible when M ≥ 4K).', url: 'https://arxiv.org/abs/1811.06965' },
    { id: 'micikevicius2018', text: 'Micikevicius et al. (2018). Mixed Precision Training. ICLR, arXiv:1710.03740, §3.1 (fp32 master copy of weights), §3.2 (loss scaling), §3.3 (fp32 accumulation).', url: 'https://arxiv.org/abs/1710.03740' },
    { id: 'torch-finfo', text: 'PyTorch 1.13 torch.finfo: float16 max 65504, tiny 6.1035e-05, eps 9.7656e-04; bfloat16 max 3.3895e+38, tiny 1.1755e-38, eps 0.0078125. Rounding of .half() / .bfloat16() checked in tests/fixtures/fp16.json.', url: 'https://pytorch.org/docs/1.13/type_info.html' },
    { id: 'gradscaler', text: 'PyTorch 1.13 torch.cuda.amp.GradScaler(init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000).', url: 'https://pytorch.org/docs/1.13/amp.html' },
    { id: 'kalamkar2019', text: 'Kalamkar et al. (2019). A Study of BFLOAT16 for Deep Learning Training. arXiv:1905.12322 (bf16 has fp32’s dynamic range; trained without loss scaling).', url: 'https://arxiv.org/abs/1905.12322' },
    { id: 'dean2012', text: 'Dean et al. (2012). Large Scale Distributed Deep Networks. NeurIPS (DistBelief; Downpour SGD: asynchronous workers and a sharded parameter server).', url: 'https://papers.nips.cc/paper/2012/hash/6aca97005c68f1206823815f66102863-Abstract.html' },
    { id: 'niu2011', text: 'Niu, Recht, Ré, Wright (2011). Hogwild!: A Lock-Free Approach to Parallelizing Stochastic Gradient Descent. NeurIPS, arXiv:1106.5730.', url: 'https://arxiv.org/abs/1106.5730' },
    { id: 'chen2016', text: 'Chen, Pan, Monga, Bengio, Jozefowicz (2016). Revisiting Distributed Synchronous SGD. arXiv:1604.00981 (stale gradients in async SGD; synchronous SGD with backup workers converges faster and to better accuracy).', url: 'https://arxiv.org/abs/1604.00981' },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
