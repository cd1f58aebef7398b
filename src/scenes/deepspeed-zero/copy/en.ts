import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 15 (DeepSpeed ZeRO) in English. */
export const en = {
  question: 'How does DeepSpeed speed up training? Explain ZeRO.',
  lede: 'Plain data parallelism keeps a full copy of the model states on every GPU. ZeRO slices them across the GPUs (optimizer states, then gradients, then parameters), so each GPU keeps only its share and fetches the rest only while it is needed.',

  steps: {
    replicated: {
      title: 'Data parallelism: every GPU holds everything',
      caption:
        'Each of the $N_d$ GPUs keeps the full model states: fp16 parameters $2\\Psi$, fp16 gradients $2\\Psi$ and Adam’s optimizer states $K\\Psi$ (fp32 master weights, momentum, variance: $K = 12$), so $16\\Psi$ bytes. With $\\Psi$ = 7.5B that is 120 GB per GPU, far above the 32 GB line. Change $N_d$: the bars do not shrink, because every GPU holds the same copy.',
    },
    zero1: {
      title: 'ZeRO-1 (P_os): partition the optimizer states',
      caption:
        'Each GPU keeps only $1/N_d$ of the optimizer states and updates only its slice of the parameters; the other slices slide off to their owners. Per GPU: $4\\Psi + K\\Psi/N_d$ = 31.4 GB at the defaults, at most 4× less. Communication stays $2\\Psi$: reduce-scatter the gradients, update, all-gather the new parameters. That is the same volume as the all-reduce of plain DP.',
    },
    zero2: {
      title: 'ZeRO-2 (P_os+g): partition the gradients too',
      caption:
        'A GPU only needs the summed gradients of its own slice. So the gradients are reduce-scattered instead of all-reduced, and the rest is freed. Per GPU: $2\\Psi + (2+K)\\Psi/N_d$ = 16.6 GB, at most 8× less. The volume is still $2\\Psi$.',
    },
    zero3: {
      title: 'ZeRO-3 (P_os+g+p): partition the parameters too',
      caption:
        'Now nothing is replicated: $(2+2+K)\\Psi/N_d$ = 1.88 GB per GPU, and memory falls in proportion to $N_d$. With 64 GPUs of 32 GB, the model states of a 128B-parameter model fit. The price: parameters must be fetched from their owners whenever a layer runs. That costs $3\\Psi$ per step, 1.5× plain DP.',
    },
    'z3-forward': {
      title: 'ZeRO-3 step: forward, one layer at a time',
      caption:
        'Before a layer runs, every GPU contributes its slice and an all-gather puts the layer’s full fp16 parameters on all GPUs. Each GPU runs the forward pass on its own micro-batch, then frees the gathered copy. Only the current layer (plus any prefetched ones) is ever complete. Over the whole forward pass this moves $\\Psi$.',
    },
    'z3-backward': {
      title: 'ZeRO-3 step: backward, gather again, reduce-scatter',
      caption:
        'The parameters were freed, so backward all-gathers each layer again ($\\Psi$) and computes that layer’s gradients from the local micro-batch. A reduce-scatter then sums every gradient slice onto the GPU that owns it ($\\Psi$), and the rest is freed.',
    },
    'z3-update': {
      title: 'ZeRO-3 step: each GPU updates only its slice',
      caption:
        'Each GPU runs Adam on its own slice only: it holds that slice’s fp32 master weights, momentum and variance ($O_i$) and its summed gradients ($G_i$), and writes new fp16 parameters ($P_i$). There is no collective after the update, because the next forward gathers again. Total: $3\\Psi$ per step against plain DP’s $2\\Psi$.',
    },
    offload: {
      title: 'CPU offload of the optimizer states',
      caption:
        'With DeepSpeed’s offload_optimizer each GPU’s optimizer-state slice, and the Adam step, move to CPU memory. The GPU keeps its fp16 parameters and gradients: $2\\Psi + 2\\Psi/N_d$ with ZeRO-2. The price is PCIe traffic and a CPU Adam step each iteration. ZeRO-Offload also moves the gradient slice to the CPU; the bars count only the optimizer states.',
    },
  },

  params: {
    psi: { label: 'Model size Ψ', help: 'Number of parameters, in billions (log scale)', unit: 'B' },
    nd: { label: 'GPUs N_d', help: 'Data-parallel degree: how many GPUs share the model states', options: { '1': '1', '2': '2', '4': '4', '8': '8', '16': '16', '32': '32', '64': '64', '128': '128', '256': '256', '512': '512', '1024': '1024' }, },
    stage: {
      label: 'ZeRO stage',
      help: 'What is partitioned: 0 nothing (plain DP), 1 optimizer states, 2 + gradients, 3 + parameters',
      options: { '0': 'DP', '1': 'ZeRO-1', '2': 'ZeRO-2', '3': 'ZeRO-3' },
    },
    k: { label: 'Optimizer bytes per parameter K', help: 'Mixed-precision Adam: fp32 weights + momentum + variance = 12' },
    gpu: {
      label: 'GPU memory',
      help: 'Memory per GPU (32 GB: the paper’s V100; 40 / 80 GB: A100)',
      options: { '16': '16 GB', '24': '24 GB', '32': '32 GB', '40': '40 GB', '80': '80 GB' },
    },
    offload: { label: 'Offload optimizer states to CPU', help: 'DeepSpeed offload_optimizer (ZeRO stage 1–3)' },
  },

  readouts: {
    'mem-baseline': 'DP: model states per GPU (GB)',
    'mem-pos': 'ZeRO-1 P_os (GB)',
    'mem-posg': 'ZeRO-2 P_os+g (GB)',
    'mem-posgp': 'ZeRO-3 P_os+g+p (GB)',
    'mem-gpu': 'This setting: GPU model states (GB)',
    'mem-cpu': 'Offloaded to CPU per GPU (GB)',
    reduction: 'Saving vs DP',
    'max-psi': 'Largest model that fits (B params)',
    comm: 'Volume per GPU per step',
    'comm-gb': 'Sent per GPU per step, fp16 ring (GB)',
  },

  labels: {
    dp: 'DP',
    zero1: 'ZeRO-1',
    zero2: 'ZeRO-2',
    zero3: 'ZeRO-3',
    needsZero: 'needs ZeRO ≥ 1',
    params: 'fp16 params 2Ψ',
    grads: 'fp16 grads 2Ψ',
    optim: 'optimizer states {k}Ψ',
    replicated: 'DP footprint',
    gpu: 'GPU',
    gpuShort: 'GPU',
    more: '+{n}',
    memLine: '{gb} GB per GPU',
    memLineShort: '{gb} GB',
    cpuBand: 'CPU memory: {gb} GB per GPU',
    axis: 'GB per GPU',
    fits: 'fits',
    overflows: 'does not fit',
    shard: 'Shard {i} of {n}',
    offloadIgnored: 'Offload is a ZeRO option (stage 1–3): no effect on plain DP',
    barsAlt: 'Model-state memory of {n} GPUs under {stage}, stacked by kind, against the GPU memory line',
    caption: 'Ψ = {psi}B on {nd} GPUs, {stage}: {gb} GB of model states per GPU',
    strategiesTitle: 'All four strategies, GB per GPU',
    closeUp: 'One GPU up close, {stage} (GB)',
    shortP: 'params',
    shortG: 'grads',
    shortO: 'optimizer',
    shortCpu: 'optimizer on CPU',
    sideNote: 'Model states only. Activations, temporary buffers and fragmentation come on top (the paper’s “residual states”, handled by ZeRO-R).',
    layers: 'Model layers',
    layer: 'L',
    keep: 'Each GPU keeps 1/N_d: P {p} · G {g} · O {o}',
    gathered: 'gathered params (freed after use)',
    fullGrad: 'this layer’s grads → reduce-scatter',
    freed: 'freed',
    wire: 'interconnect',
    allGatherFwd: 'all-gather P (fwd) Ψ',
    allGatherBwd: 'all-gather P (bwd) Ψ',
    reduceScatter: 'reduce-scatter G Ψ',
    total3: 'ZeRO-3: 3Ψ per step',
    dpTotal: 'DP, ZeRO-1, ZeRO-2: 2Ψ',
    update: 'Pᵢ ← Adam(Pᵢ, Gᵢ, Oᵢ)',
    cpuStep: 'CPU: optimizer slice Oᵢ {gb}, Adam step on CPU',
    forwardArrow: '→ forward',
    backwardArrow: '← backward',
    stepAlt: 'One ZeRO-3 training step on {n} GPUs: what each GPU holds and what crosses the interconnect',
    figureAlt:
      'GPUs side by side, each with a stacked bar of fp16 parameters, fp16 gradients and optimizer states on a common GB scale, with the GPU-memory line; partitioned states shrink to one slice per GPU. Beside it, one bar per strategy (DP, ZeRO-1, ZeRO-2, ZeRO-3). On the training-step slides, a schematic of one ZeRO-3 step with the collectives on the interconnect.',
  },

  answer: [
    'DeepSpeed is Microsoft’s training library, and its core is ZeRO (Zero Redundancy Optimizer). ZeRO does not make a step cheaper. It removes the redundant copies of the model states that plain data parallelism keeps on every GPU. A given cluster can then train much larger models, or larger batches, while keeping data parallelism’s simple, efficient computation. For ZeRO-1 and ZeRO-2 it even keeps DP’s communication volume.',
    'Where the memory goes: with mixed-precision Adam each parameter costs 2 bytes of fp16 weights, 2 bytes of fp16 gradients and $K = 12$ bytes of optimizer states (fp32 master weights, momentum, variance), so $16\\Psi$ bytes in total. A 7.5B model needs 120 GB on every GPU under plain DP, before any activations.',
    'ZeRO partitions these states across the $N_d$ data-parallel GPUs in three stages. $P_{os}$ (ZeRO-1) partitions the optimizer states: $4\\Psi + K\\Psi/N_d$. $P_{os+g}$ (ZeRO-2) partitions the gradients too: $2\\Psi + 14\\Psi/N_d$. $P_{os+g+p}$ (ZeRO-3) partitions the parameters as well: $16\\Psi/N_d$. For 7.5B on 64 GPUs that is 120 → 31.4 → 16.6 → 1.88 GB per GPU.',
    'Communication: plain DP all-reduces the gradients, which is a reduce-scatter plus an all-gather, $2\\Psi$ per GPU. ZeRO-1/2 reduce-scatter the gradients, update their own slice and all-gather the parameters: also $2\\Psi$. ZeRO-3 all-gathers each layer’s parameters in forward and again in backward, then reduce-scatters the gradients: $3\\Psi$, 1.5× DP.',
    'One ZeRO-3 step: for each layer, all-gather its parameters, compute, free them; in backward gather again, compute gradients, reduce-scatter them to their owners; finally each GPU runs Adam on its own slice. Every GPU still runs the whole model on its own micro-batch. This is data parallelism with partitioned storage, not model parallelism.',
    'The formulas cover model states only. Activations, temporary buffers and memory fragmentation (“residual states”) come on top and can dominate at long sequence lengths or large batches. ZeRO-R addresses them with partitioned activation checkpointing, constant-size buffers and defragmentation.',
    'When GPU memory is still short, ZeRO-Offload moves the optimizer states (and the gradients) and the Adam step to CPU memory, which lets a single GPU train models of over 13B parameters (abstract; 10× what PyTorch alone fits). ZeRO-Infinity extends offload to NVMe. The cost is PCIe traffic and CPU time, so offload trades speed for size.',
  ],

  formulas: [
    {
      tex: '\\underbrace{2\\Psi}_{\\text{fp16 }W} + \\underbrace{2\\Psi}_{\\text{fp16 }\\nabla W} + \\underbrace{K\\Psi}_{\\text{fp32 }W,\\ m,\\ v} = 16\\Psi \\quad (K = 12)',
      caption: 'Bytes of model states per replica with mixed-precision Adam: fp16 weights W, fp16 gradients ∇W, and fp32 weights, momentum m and variance v (ZeRO §3.1). GPT-2 with 1.5B parameters already needs 24 GB.',
    },
    {
      tex: 'M_{P_{os}} = 4\\Psi + \\frac{K\\Psi}{N_d},\\qquad M_{P_{os+g}} = 2\\Psi + \\frac{(2+K)\\Psi}{N_d},\\qquad M_{P_{os+g+p}} = \\frac{(2+2+K)\\Psi}{N_d}',
      caption:
        'Per-GPU model states for the three stages (ZeRO Figure 1, §5.1–5.3). Ψ = 7.5B, N_d = 64: 31.4, 16.6 and 1.88 GB (the figure rounds the last to 1.9).',
    },
    {
      tex: 'V_{DP} = V_{P_{os}} = V_{P_{os+g}} = \\underbrace{\\Psi}_{\\text{RS}} + \\underbrace{\\Psi}_{\\text{AG}} = 2\\Psi,\\qquad V_{P_{os+g+p}} = \\underbrace{\\Psi}_{\\text{AG}\\,\\rightarrow} + \\underbrace{\\Psi}_{\\text{AG}\\,\\leftarrow} + \\underbrace{\\Psi}_{\\text{RS}} = 3\\Psi',
      caption: 'Elements sent per GPU per step (ZeRO §7): RS = reduce-scatter, AG = all-gather (→ forward, ← backward). A ring collective sends (N_d − 1)/N_d of this, which is what the “sent per GPU” readout counts (2 bytes per element).',
    },
    {
      tex: '\\Psi_{\\max} = \\frac{M_{\\text{GPU}}}{b_{\\text{stage}}},\\qquad \\frac{32\\times 10^9}{16/64} = 128\\times 10^9',
      caption: 'Largest model whose states fit: GPU memory over the stage’s bytes per parameter b (ZeRO Table 2, MP = 1, 64 GPUs: DP 2B, P_os 7.6B, P_os+g 14.4B, P_os+g+p 128B).',
    },
  ],

  misconceptions: [
    {
      claim: 'ZeRO is a kind of model parallelism: ZeRO-3 splits the model across GPUs.',
      correction:
        'ZeRO is data parallelism. Every GPU runs the whole model on its own micro-batch. ZeRO-3 only stores the parameters partitioned and all-gathers a layer’s full weights before computing it. Tensor or pipeline parallelism instead split the computation of the layers themselves. The two combine, and the paper calls its method ZeRO-DP.',
      sources: ['zero'],
    },
    {
      claim: 'Every ZeRO stage adds communication.',
      correction:
        'ZeRO-1 and ZeRO-2 move the same $2\\Psi$ per GPU as plain DP’s all-reduce. They split it into a reduce-scatter of gradients and an all-gather of updated parameters. Only ZeRO-3 adds traffic: $3\\Psi$, i.e. 1.5×.',
      sources: ['zero'],
    },
    {
      claim: 'With ZeRO-3 the memory per GPU is the model size divided by N_d.',
      correction:
        'Only the model states are divided. Activations, temporary buffers (fused gradient buckets, the gathered parameters of the current layers) and fragmentation are residual states, which the formulas do not cover. ZeRO-R, activation checkpointing and smaller micro-batches handle those.',
      sources: ['zero-r'],
    },
    {
      claim: 'Adam needs 8 bytes per parameter: momentum and variance.',
      correction:
        'In mixed precision the optimizer also keeps an fp32 master copy of the weights, so $K = 4 + 4 + 4 = 12$. Together with the fp16 weights and gradients that is 16 bytes per parameter, 8× the fp16 weights alone.',
      sources: ['zero'],
    },
    {
      claim: 'Offloading to the CPU is free memory.',
      correction:
        'Offload moves the optimizer states (ZeRO-Offload also moves the gradients) and the Adam step to the host. Every step then sends gradients and parameters over PCIe and runs Adam on the CPU. It buys model size at a cost in speed, and DeepSpeed allows it only with ZeRO stages 1–3.',
      sources: ['offload', 'infinity', 'ds-config'],
    },
  ],

  followUps: [
    {
      q: 'Why do ZeRO-1 and ZeRO-2 cost no more communication than DP?',
      a: 'An all-reduce is a reduce-scatter ($\\Psi$) followed by an all-gather ($\\Psi$). ZeRO keeps the reduce-scatter of the gradients. Each GPU updates its own slice, and the all-gather then carries the updated parameters instead of summed gradients. The total is still $2\\Psi$.',
      sources: ['zero'],
    },
    {
      q: 'A 7B model, Adam, 8 GPUs with ZeRO-3: how much memory per GPU?',
      a: 'Model states $16 \\times 7\\text{B}/8$ = 14 GB per GPU, plus activations, buffers and fragmentation. Try it in the scene: Ψ = 7, N_d = 8, stage 3.',
      sources: ['zero'],
    },
    {
      q: 'What is ZeRO-R?',
      a: 'The part of ZeRO that handles residual states. Partitioned activation checkpointing ($P_a$) stores checkpoints sliced across model-parallel GPUs, optionally on the CPU. Constant-size buffers ($C_B$) stop fused buffers from growing with the model. Memory defragmentation ($M_D$) moves long-lived tensors into contiguous memory.',
      sources: ['zero-r'],
    },
    {
      q: 'ZeRO-3 vs tensor and pipeline parallelism?',
      a: 'ZeRO-3 shards storage but every GPU still computes whole layers; what crosses the wires is parameters and gradients, $3\\Psi$ per step. Tensor parallelism splits each matrix multiply and exchanges activations inside every layer, which needs very fast links; the ZeRO paper reports model parallelism losing most of its efficiency across nodes. Pipeline parallelism splits the layers into stages and pays a bubble. Large runs combine them.',
      sources: ['zero'],
    },
    {
      q: 'How does PyTorch FSDP relate to ZeRO?',
      a: 'Same idea. FSDP’s FULL_SHARD shards parameters, gradients and optimizer states (like ZeRO-3), and SHARD_GRAD_OP keeps the parameters unsharded during computation (like ZeRO-2).',
      sources: ['fsdp'],
    },
  ],

  sources: [
    {
      id: 'zero',
      text: 'Rajbhandari, Rasley, Ruwase, He. ZeRO: Memory Optimizations Toward Training Trillion Parameter Models. SC’20, arXiv 1910.02054: §3.1 (16Ψ, K = 12), §5.1–5.3 and Figure 1 (formulas, 7.5B on 64 GPUs), Table 1 (GB by DP degree), Table 2 and §5.4 (largest models), §7 (communication 2Ψ / 3Ψ).',
      url: 'https://arxiv.org/abs/1910.02054',
    },
    {
      id: 'zero-r',
      text: 'Same paper, §3.2 (residual states: activations, temporary buffers, fragmentation) and §6 (ZeRO-R: P_a, C_B, M_D).',
      url: 'https://arxiv.org/abs/1910.02054',
    },
    {
      id: 'offload',
      text: 'Ren, Rajbhandari, Aminabadi, Ruwase, Yang, Zhang, Li, He. ZeRO-Offload: Democratizing Billion-Scale Model Training. USENIX ATC’21, arXiv 2101.06840 (gradients, optimizer states and the optimizer step on the CPU; abstract: “over 13 billion parameters on a single GPU”).',
      url: 'https://arxiv.org/abs/2101.06840',
    },
    {
      id: 'infinity',
      text: 'Rajbhandari, Ruwase, Rasley, Smith, He. ZeRO-Infinity: Breaking the GPU Memory Wall for Extreme Scale Deep Learning. SC’21, arXiv 2104.07857 (offload to CPU and NVMe).',
      url: 'https://arxiv.org/abs/2104.07857',
    },
    {
      id: 'ds-config',
      text: 'DeepSpeed configuration JSON, zero_optimization.offload_optimizer (“Valid for ZeRO stage 1, 2, 3”) and offload_param (“Valid only with stage 3”).',
      url: 'https://www.deepspeed.ai/docs/config-json/',
    },
    {
      id: 'fsdp',
      text: 'PyTorch documentation, torch.distributed.fsdp ShardingStrategy (FULL_SHARD, SHARD_GRAD_OP).',
      url: 'https://pytorch.org/docs/stable/fsdp.html',
    },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
