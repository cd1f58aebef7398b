import type { en } from './en';

/** 第 15 题（DeepSpeed ZeRO）的全部中文文字。 */
export const zh: typeof en = {
  question: 'DeepSpeed 是如何加速训练的？讲讲 ZeRO。',
  lede: '普通数据并行让每张卡都存一整份模型状态。ZeRO 把这些状态依次切开（先切优化器状态，再切梯度，最后切参数）分给各卡，每张卡只留自己那一份，别的分片要用时才临时取来。',

  steps: {
    replicated: {
      title: '数据并行：每张卡存一整份',
      caption:
        '$N_d$ 张卡各自保存完整的模型状态：fp16 参数 $2\\Psi$、fp16 梯度 $2\\Psi$，加上 Adam 的优化器状态 $K\\Psi$（fp32 主权重、一阶动量、二阶动量，$K=12$），合计 $16\\Psi$ 字节。$\\Psi$ = 7.5B 时每卡要 120 GB，远超 32 GB 的显存线。拖动 $N_d$ 试试：柱子不会变矮，因为每张卡存的是同一份拷贝。',
    },
    zero1: {
      title: 'ZeRO-1（P_os）：切分优化器状态',
      caption:
        '每张卡只保留 $1/N_d$ 的优化器状态，也只负责更新自己那一片参数；其余分片滑向各自的“主人”。每卡 $4\\Psi + K\\Psi/N_d$，默认参数下是 31.4 GB，最多省 4 倍。通信量仍是 $2\\Psi$：先 reduce-scatter 梯度，更新后再 all-gather 新参数，总量和普通数据并行的 all-reduce 一样。',
    },
    zero2: {
      title: 'ZeRO-2（P_os+g）：梯度也切',
      caption:
        '每张卡只需要自己那一片参数的梯度之和，所以梯度改用 reduce-scatter 而不是 all-reduce，其余部分直接释放。每卡 $2\\Psi + (2+K)\\Psi/N_d$ = 16.6 GB，最多省 8 倍，通信量依旧是 $2\\Psi$。',
    },
    zero3: {
      title: 'ZeRO-3（P_os+g+p）：参数也切',
      caption:
        '至此没有任何冗余：每卡 $(2+2+K)\\Psi/N_d$ = 1.88 GB，显存随 $N_d$ 成比例下降。64 张 32 GB 的卡就能放下 1280 亿参数模型的模型状态。代价是每层计算前都要向其他卡取回参数，每步通信 $3\\Psi$，是数据并行的 1.5 倍。',
    },
    'z3-forward': {
      title: 'ZeRO-3 一步：前向，逐层进行',
      caption:
        '某一层要计算时，各卡贡献自己那一片，通过 all-gather 让所有卡都拿到这一层完整的 fp16 参数。各卡用自己的 micro-batch 做前向，算完立刻释放这份临时拷贝。任何时刻只有当前层（加上预取的几层）是完整的。整个前向共传输 $\\Psi$。',
    },
    'z3-backward': {
      title: 'ZeRO-3 一步：反向，再 gather 一次，然后 reduce-scatter',
      caption:
        '前向时参数已经释放，所以反向要对每一层再 all-gather 一次（$\\Psi$），用本卡的 micro-batch 算出这一层的梯度。随后 reduce-scatter 把每片梯度求和并送到负责它的那张卡上（$\\Psi$），其余释放。',
    },
    'z3-update': {
      title: 'ZeRO-3 一步：每张卡只更新自己那一片',
      caption:
        '每张卡只对自己的分片跑 Adam：它持有这一片的 fp32 主权重和两个动量（$O_i$）以及求和后的梯度（$G_i$），写出新的 fp16 参数（$P_i$）。更新之后不需要任何集合通信，下一次前向会重新 gather。合计每步 $3\\Psi$，数据并行是 $2\\Psi$。',
    },
    offload: {
      title: '把优化器状态卸载到 CPU',
      caption:
        '开启 DeepSpeed 的 offload_optimizer 后，每张卡的优化器状态分片连同 Adam 更新一起搬到 CPU 内存，GPU 上只剩 fp16 参数和梯度：ZeRO-2 下为 $2\\Psi + 2\\Psi/N_d$。代价是每步都要走 PCIe 传输，并在 CPU 上跑一次 Adam。ZeRO-Offload 还会把梯度分片也搬到 CPU，图中只计入了优化器状态。',
    },
  },

  params: {
    psi: { label: '模型规模 Ψ', help: '参数量，单位十亿（对数刻度）', unit: 'B' },
    nd: { label: 'GPU 数 N_d', help: '数据并行度：多少张卡分摊模型状态', options: { '1': '1', '2': '2', '4': '4', '8': '8', '16': '16', '32': '32', '64': '64', '128': '128', '256': '256', '512': '512', '1024': '1024' }, },
    stage: {
      label: 'ZeRO 阶段',
      help: '切分什么：0 不切（普通数据并行），1 优化器状态，2 再加梯度，3 再加参数',
      options: { '0': 'DP', '1': 'ZeRO-1', '2': 'ZeRO-2', '3': 'ZeRO-3' },
    },
    k: { label: '每参数优化器字节数 K', help: '混合精度 Adam：fp32 权重 + 一阶动量 + 二阶动量 = 12' },
    gpu: {
      label: '单卡显存',
      help: '每张卡的显存（32 GB 是论文用的 V100，40 / 80 GB 是 A100）',
      options: { '16': '16 GB', '24': '24 GB', '32': '32 GB', '40': '40 GB', '80': '80 GB' },
    },
    offload: { label: '优化器状态卸载到 CPU', help: 'DeepSpeed offload_optimizer（需 ZeRO 阶段 1–3）' },
  },

  readouts: {
    'mem-baseline': 'DP：每卡模型状态（GB）',
    'mem-pos': 'ZeRO-1 P_os（GB）',
    'mem-posg': 'ZeRO-2 P_os+g（GB）',
    'mem-posgp': 'ZeRO-3 P_os+g+p（GB）',
    'mem-gpu': '当前设置：每卡显存中的模型状态（GB）',
    'mem-cpu': '每卡卸载到 CPU 的量（GB）',
    reduction: '相对 DP 节省',
    'max-psi': '能放下的最大模型（十亿参数）',
    comm: '每卡每步通信量',
    'comm-gb': '每卡每步发送量，fp16 环形（GB）',
  },

  labels: {
    dp: 'DP',
    zero1: 'ZeRO-1',
    zero2: 'ZeRO-2',
    zero3: 'ZeRO-3',
    needsZero: '需 ZeRO ≥ 1',
    params: 'fp16 参数 2Ψ',
    grads: 'fp16 梯度 2Ψ',
    optim: '优化器状态 {k}Ψ',
    replicated: 'DP 占用',
    gpu: 'GPU',
    gpuShort: 'GPU',
    more: '+{n}',
    memLine: '单卡 {gb} GB',
    memLineShort: '{gb} GB',
    cpuBand: 'CPU 内存：每卡 {gb} GB',
    axis: '每卡 GB',
    fits: '放得下',
    overflows: '放不下',
    shard: '第 {i} / {n} 片',
    offloadIgnored: '卸载是 ZeRO 的选项（阶段 1–3），对普通 DP 无效',
    barsAlt: '{stage} 下 {n} 张卡的模型状态显存，按类别堆叠，并画出单卡显存线',
    caption: 'Ψ = {psi}B，{nd} 张卡，{stage}：每卡模型状态 {gb} GB',
    strategiesTitle: '四种策略对比（每卡 GB）',
    closeUp: '单卡放大：{stage}（GB）',
    shortP: '参数',
    shortG: '梯度',
    shortO: '优化器',
    shortCpu: '优化器（CPU）',
    sideNote: '只算模型状态。激活、临时缓冲区和显存碎片另算（论文称为“剩余状态”，由 ZeRO-R 处理）。',
    layers: '模型各层',
    layer: 'L',
    keep: '每卡保留 1/N_d：P {p} · G {g} · O {o}',
    gathered: '收集来的参数（用完即释放）',
    fullGrad: '本层梯度 → reduce-scatter',
    freed: '已释放',
    wire: '卡间互联',
    allGatherFwd: '前向 all-gather P：Ψ',
    allGatherBwd: '反向 all-gather P：Ψ',
    reduceScatter: 'reduce-scatter G：Ψ',
    total3: 'ZeRO-3：每步 3Ψ',
    dpTotal: 'DP、ZeRO-1、ZeRO-2：2Ψ',
    update: 'Pᵢ ← Adam(Pᵢ, Gᵢ, Oᵢ)',
    cpuStep: 'CPU：优化器分片 Oᵢ {gb}，Adam 在 CPU 上算',
    forwardArrow: '→ 前向',
    backwardArrow: '← 反向',
    stepAlt: '{n} 张卡上的一步 ZeRO-3 训练：每张卡存什么，互联上传什么',
    figureAlt:
      '若干 GPU 并排，每张卡一根堆叠柱（fp16 参数、fp16 梯度、优化器状态），纵轴统一为 GB，并画出单卡显存线；被切分的状态缩成每卡一片。旁边是 DP、ZeRO-1、ZeRO-2、ZeRO-3 四种策略各一根柱。训练步骤各页是一步 ZeRO-3 的示意图，画出互联上的集合通信。',
  },

  answer: [
    'DeepSpeed 是微软的训练库，核心是 ZeRO（Zero Redundancy Optimizer，零冗余优化器）。ZeRO 并不让单步计算变便宜，它做的是消除冗余：普通数据并行在每张卡上都存一整份模型状态，ZeRO 把这些冗余去掉。同样的集群因此能训练大得多的模型或用更大的 batch，同时保留数据并行简单、高效的计算方式；ZeRO-1/2 连通信量都和数据并行一样。',
    '显存花在哪：混合精度 Adam 下，每个参数要 2 字节 fp16 权重、2 字节 fp16 梯度，再加 $K=12$ 字节优化器状态（fp32 主权重、一阶动量、二阶动量），合计 $16\\Psi$ 字节。7.5B 的模型在普通数据并行下每张卡都要 120 GB，这还没算激活。',
    'ZeRO 分三个阶段，把这些状态切给 $N_d$ 张数据并行的卡。$P_{os}$（ZeRO-1）切优化器状态：$4\\Psi + K\\Psi/N_d$。$P_{os+g}$（ZeRO-2）再切梯度：$2\\Psi + 14\\Psi/N_d$。$P_{os+g+p}$（ZeRO-3）连参数也切：$16\\Psi/N_d$。7.5B、64 卡时，每卡依次是 120 → 31.4 → 16.6 → 1.88 GB。',
    '通信：数据并行对梯度做 all-reduce，等于一次 reduce-scatter 加一次 all-gather，每卡 $2\\Psi$。ZeRO-1/2 先 reduce-scatter 梯度，各卡更新自己那一片，再 all-gather 参数，同样是 $2\\Psi$。ZeRO-3 在前向和反向中各 all-gather 一次每层的参数，再 reduce-scatter 梯度，共 $3\\Psi$，是数据并行的 1.5 倍。',
    'ZeRO-3 的一步：逐层 all-gather 参数、计算、释放；反向时再 gather 一次，算出梯度后 reduce-scatter 给各自的负责卡；最后每张卡只对自己的分片跑 Adam。每张卡仍然用自己的 micro-batch 跑完整个模型，所以这是“存储切分的数据并行”，不是模型并行。',
    '这些公式只覆盖模型状态。激活、临时缓冲区和显存碎片（论文称为剩余状态）另算，序列长或 batch 大时甚至占大头。ZeRO-R 用切分的激活检查点、固定大小的缓冲区和碎片整理来处理它们。',
    '显存还不够时，ZeRO-Offload 把优化器状态（以及梯度）和 Adam 计算搬到 CPU 内存，单张 GPU 就能训练 130 亿以上参数的模型（论文摘要；约为单用 PyTorch 的 10 倍）；ZeRO-Infinity 进一步卸载到 NVMe。代价是 PCIe 传输和 CPU 计算时间，本质是用速度换规模。',
  ],

  formulas: [
    {
      tex: '\\underbrace{2\\Psi}_{\\text{fp16 }W} + \\underbrace{2\\Psi}_{\\text{fp16 }\\nabla W} + \\underbrace{K\\Psi}_{\\text{fp32 }W,\\ m,\\ v} = 16\\Psi \\quad (K = 12)',
      caption: '混合精度 Adam 每个副本的模型状态字节数：fp16 权重 W、fp16 梯度 ∇W，以及 fp32 权重、一阶动量 m、二阶动量 v（ZeRO §3.1）。15 亿参数的 GPT-2 就已需要 24 GB。',
    },
    {
      tex: 'M_{P_{os}} = 4\\Psi + \\frac{K\\Psi}{N_d},\\qquad M_{P_{os+g}} = 2\\Psi + \\frac{(2+K)\\Psi}{N_d},\\qquad M_{P_{os+g+p}} = \\frac{(2+2+K)\\Psi}{N_d}',
      caption: '三个阶段的每卡模型状态（ZeRO 图 1，§5.1–5.3）。Ψ = 7.5B、N_d = 64 时为 31.4、16.6、1.88 GB（图中把最后一个四舍五入写作 1.9）。',
    },
    {
      tex: 'V_{DP} = V_{P_{os}} = V_{P_{os+g}} = \\underbrace{\\Psi}_{\\text{RS}} + \\underbrace{\\Psi}_{\\text{AG}} = 2\\Psi,\\qquad V_{P_{os+g+p}} = \\underbrace{\\Psi}_{\\text{AG}\\,\\rightarrow} + \\underbrace{\\Psi}_{\\text{AG}\\,\\leftarrow} + \\underbrace{\\Psi}_{\\text{RS}} = 3\\Psi',
      caption: '每卡每步发送的元素数（ZeRO §7）：RS 为 reduce-scatter，AG 为 all-gather（→ 前向，← 反向）。环形集合通信实际发送其中的 (N_d − 1)/N_d，读数“每卡每步发送量”按此计算（每个元素 2 字节）。',
    },
    {
      tex: '\\Psi_{\\max} = \\frac{M_{\\text{GPU}}}{b_{\\text{stage}}},\\qquad \\frac{32\\times 10^9}{16/64} = 128\\times 10^9',
      caption: '模型状态能放下的最大模型：单卡显存除以该阶段每参数字节数 b（ZeRO 表 2，MP = 1、64 卡：DP 2B，P_os 7.6B，P_os+g 14.4B，P_os+g+p 128B）。',
    },
  ],

  misconceptions: [
    {
      claim: 'ZeRO 是一种模型并行：ZeRO-3 把模型切到了多张卡上。',
      correction:
        'ZeRO 是数据并行。每张卡都用自己的 micro-batch 跑完整个模型，ZeRO-3 只是把参数切开存放，计算某层前再 all-gather 出完整权重。张量并行、流水线并行切的是层本身的计算。两者可以叠加使用，论文把自己的方法叫作 ZeRO-DP。',
      sources: ['zero'],
    },
    {
      claim: 'ZeRO 每升一个阶段都要多付通信。',
      correction:
        'ZeRO-1 和 ZeRO-2 每卡通信量都是 $2\\Psi$，与数据并行的 all-reduce 相同，只是拆成了梯度的 reduce-scatter 和新参数的 all-gather。只有 ZeRO-3 会增加通信：$3\\Psi$，即 1.5 倍。',
      sources: ['zero'],
    },
    {
      claim: '用了 ZeRO-3，每卡显存就是模型大小除以 N_d。',
      correction:
        '被除掉的只有模型状态。激活、临时缓冲区（融合的梯度桶、当前几层 gather 来的参数）和显存碎片属于剩余状态，公式里都没有。这部分要靠 ZeRO-R、激活检查点和更小的 micro-batch 来解决。',
      sources: ['zero-r'],
    },
    {
      claim: 'Adam 每个参数多占 8 字节：一阶动量和二阶动量。',
      correction:
        '混合精度下优化器还要保存一份 fp32 主权重，所以 $K = 4 + 4 + 4 = 12$。再加上 fp16 权重和梯度，每个参数共 16 字节，是单纯 fp16 权重的 8 倍。',
      sources: ['zero'],
    },
    {
      claim: '卸载到 CPU 就是白捡的显存。',
      correction:
        '卸载把优化器状态（ZeRO-Offload 还包括梯度）和 Adam 计算搬到主机上。于是每步都要经 PCIe 传梯度和参数，并在 CPU 上跑 Adam，是用速度换模型规模。而且 DeepSpeed 只在 ZeRO 阶段 1–3 下支持这一选项。',
      sources: ['offload', 'infinity', 'ds-config'],
    },
  ],

  followUps: [
    {
      q: '为什么 ZeRO-1/2 的通信量不比数据并行多？',
      a: 'all-reduce 本身就是一次 reduce-scatter（$\\Psi$）加一次 all-gather（$\\Psi$）。ZeRO 保留梯度的 reduce-scatter，各卡更新自己那一片，随后的 all-gather 传的是更新后的参数而不是求和后的梯度。总量仍是 $2\\Psi$。',
      sources: ['zero'],
    },
    {
      q: '7B 模型、Adam、8 卡 ZeRO-3，每卡要多少显存？',
      a: '模型状态 $16 \\times 7\\text{B}/8$ = 14 GB，另加激活、缓冲区和碎片。可以在本页试：Ψ = 7，N_d = 8，阶段 3。',
      sources: ['zero'],
    },
    {
      q: 'ZeRO-R 是什么？',
      a: 'ZeRO 中处理剩余状态的部分。切分激活检查点（$P_a$）把检查点切到各模型并行卡上，也可放到 CPU。固定大小缓冲区（$C_B$）让融合缓冲区不再随模型变大。碎片整理（$M_D$）把长期存在的张量挪进连续内存。',
      sources: ['zero-r'],
    },
    {
      q: 'ZeRO-3 和张量并行、流水线并行有什么区别？',
      a: 'ZeRO-3 切的是存储，每张卡仍计算完整的层，互联上传的是参数和梯度，每步 $3\\Psi$。张量并行切开每个矩阵乘法，每层内部都要交换激活，需要非常快的互联；ZeRO 论文指出模型并行跨节点后效率大幅下降。流水线并行按层切分阶段，要付出气泡代价。大规模训练通常把它们组合起来用。',
      sources: ['zero'],
    },
    {
      q: 'PyTorch FSDP 和 ZeRO 是什么关系？',
      a: '思路相同。FSDP 的 FULL_SHARD 切分参数、梯度和优化器状态（相当于 ZeRO-3），SHARD_GRAD_OP 在计算期间不切参数（相当于 ZeRO-2）。',
      sources: ['fsdp'],
    },
  ],

  sources: [
    {
      id: 'zero',
      text: 'Rajbhandari, Rasley, Ruwase, He. ZeRO: Memory Optimizations Toward Training Trillion Parameter Models. SC’20, arXiv 1910.02054：§3.1（16Ψ，K = 12），§5.1–5.3 与图 1（公式，7.5B、64 卡），表 1（按数据并行度列出的 GB），表 2 与 §5.4（最大模型），§7（通信量 2Ψ / 3Ψ）。',
      url: 'https://arxiv.org/abs/1910.02054',
    },
    {
      id: 'zero-r',
      text: '同一论文 §3.2（剩余状态：激活、临时缓冲区、碎片）与 §6（ZeRO-R：P_a、C_B、M_D）。',
      url: 'https://arxiv.org/abs/1910.02054',
    },
    {
      id: 'offload',
      text: 'Ren, Rajbhandari, Aminabadi, Ruwase, Yang, Zhang, Li, He. ZeRO-Offload: Democratizing Billion-Scale Model Training. USENIX ATC’21, arXiv 2101.06840（梯度、优化器状态和优化器计算放在 CPU 上；摘要：单卡可训练 130 亿以上参数）。',
      url: 'https://arxiv.org/abs/2101.06840',
    },
    {
      id: 'infinity',
      text: 'Rajbhandari, Ruwase, Rasley, Smith, He. ZeRO-Infinity: Breaking the GPU Memory Wall for Extreme Scale Deep Learning. SC’21, arXiv 2104.07857（卸载到 CPU 与 NVMe）。',
      url: 'https://arxiv.org/abs/2104.07857',
    },
    {
      id: 'ds-config',
      text: 'DeepSpeed 配置文档，zero_optimization.offload_optimizer（“Valid for ZeRO stage 1, 2, 3”）与 offload_param（“Valid only with stage 3”）。',
      url: 'https://www.deepspeed.ai/docs/config-json/',
    },
    {
      id: 'fsdp',
      text: 'PyTorch 文档，torch.distributed.fsdp 的 ShardingStrategy（FULL_SHARD、SHARD_GRAD_OP）。',
      url: 'https://pytorch.org/docs/stable/fsdp.html',
    },
  ],
};
