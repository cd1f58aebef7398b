import type { en } from './en';

/** 第 17 题（LoRA 与全参数微调对比）的全部中文文字。 */
export const zh: typeof en = {
  question: 'LoRA 和全参数微调相比，各要多少显存？什么时候该选哪个？',
  lede: '一个把每条假设都摆在台面上的训练显存计算器：全参数微调、LoRA、QLoRA 三种做法的权重、梯度、AdamW 状态、LoRA 适配器和激活值，对照 24/40/48/80 GB 的显卡。它能复现 LoRA 论文里 GPT-3 175B 的数字，也会说清这些数字从哪来。',

  steps: {
    'full-ft': {
      title: '全参数微调：每个权重都要训练',
      caption:
        '全参数微调更新全部 $\\Psi$ 个参数。用混合精度 AdamW 时，每个参数要 16 字节：16 位权重（2）、16 位梯度（2），再加优化器里的 fp32 主权重、一阶矩 $m$ 和二阶矩 $v$（4 + 4 + 4）。所以 LLaMA-7B 光模型状态就要 108 GB，还没算任何激活值，这里哪张单卡都放不下。',
    },
    optimizer: {
      title: '字节花在哪：优化器状态',
      caption:
        '这 16 字节里，优化器状态占四分之三（$K = 12$），模型真正拿来计算的 16 位权重只占八分之一。纯 fp32 训练也是 16 字节（4 + 4 + 8）。8-bit AdamW 把 $m$、$v$ 各压到 1 字节，每个参数降到 10 字节（可以切换优化器试试）。',
    },
    'lora-freeze': {
      title: 'LoRA 冻结 W：不要梯度，也不要优化器状态',
      caption:
        'LoRA 冻结 $W_0$，只训练 $B$、$A$。冻结的权重既不需要梯度缓冲，也不需要优化器状态，每个参数从 16 字节降到只剩存储本身的 2 字节（16 位）；适配器只有几百万个参数，每个 16 字节。剩下的大头是冻结的模型本身和激活值：序列不长时，LLaMA-7B 一张 24 GB 的卡就能放下。',
    },
    checkpoint: {
      title: '检查点：每个任务 350 GB 对 35 MB',
      caption:
        'GPT-3 175B，在 $W_q$、$W_v$ 上取 $r = 4$：可训练参数 1890 万，16 位存下来 37.7 MB（36.0 MiB），而一份全参数微调的副本是 350 GB。论文把它约成“35MB”和“10,000 倍”（实际算出来约 9300 倍）。100 个任务，存全量副本要 35 TB，存一个底座加 100 个适配器只要 354 GB。训练显存方面，论文报告 1.2 TB → 350 GB；表里给出本模型的算法，并说明为什么 1.2 TB 不是每参数 16 字节。',
    },
    qlora: {
      title: 'QLoRA：适配器下面垫一个 4 位底座',
      caption:
        'QLoRA 把冻结的底座存成 4 位 NormalFloat（NF4），再做双重量化：每个权重 4 + 0.127 位，而不是 16 位；每次矩阵乘法前反量化成 BF16 再算。适配器和它的梯度仍是 16 位，分页优化器负责吸收显存尖峰。LLaMA-65B 的底座从 131 GB 缩到 34.5 GB，论文就是这样在一张 48 GB 的卡上微调 65B 模型的。',
    },
    activations: {
      title: '激活值：LoRA 省不掉',
      caption:
        '梯度要传回适配器，还得穿过每一层做反向传播，所以要存的激活值和全参数微调一样多：$L\\cdot sbh(34 + 5as/h)$ 字节。它随批大小和序列长度增长（注意力那一项随 $s^2$ 增长），这里已经超过了 4 位底座。FlashAttention 不存 $s\\times s$ 的注意力分数，去掉 $5as/h$ 这一项；激活检查点每层只留 $2sbh$ 的输入，其余在反向时重算。把它们打开试试。',
    },
    tradeoffs: {
      title: '利弊对照',
      caption:
        '显存不是唯一的考量。LoRA 在很多任务上和全参数微调打平，但在代码、数学这类跨度大的领域学得少，同时对底座原有能力忘得也少。适配器让同时服务多个任务变得便宜，合并后推理没有额外延迟。目标领域离底座很远、预算又够的时候，全参数微调仍然更强。',
    },
  },

  params: {
    model: {
      label: '模型',
      help: '用真实形状，参数量来自配置文件',
      options: { tiny: '本站小模型', 'llama-7b': 'LLaMA-7B', 'qwen-7b': 'Qwen-7B', 'llama-65b': 'LLaMA-65B', 'gpt3-175b': 'GPT-3 175B' },
    },
    wbits: {
      label: 'LoRA 底座精度',
      help: 'LoRA 那根柱子里冻结权重的位数（4 位：带 fp32 分块常数，合 4.5 位；QLoRA 柱始终是 NF4 + 双重量化）',
      options: { '32': 'fp32', '16': 'bf16/fp16', '8': 'int8', '4': '4 位' },
    },
    opt: {
      label: '优化器',
      help: 'AdamW：fp32 主权重、m、v，每参数 12 字节；8-bit AdamW：m、v 用 8 位，每参数 6 字节',
      options: { adamw: 'AdamW', 'adamw-8bit': '8-bit AdamW' },
    },
    r: { label: 'LoRA 秩 r', help: '每个矩阵的适配器参数量：r·(d_in + d_out)' },
    targets: {
      label: 'LoRA 适配的矩阵',
      help: '每个块里哪些矩阵加适配器（FFN 指它的全部矩阵）',
      options: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o', ffn: 'FFN' },
    },
    batch: { label: '微批大小 b', help: '这张卡上每步处理的序列数' },
    seq: { label: '序列长度 s', unit: 'token' },
    ckpt: { label: '激活检查点', help: '每层只保留输入，其余在反向传播时重算' },
    flash: { label: 'FlashAttention', help: '融合注意力：不存 s×s 的分数、softmax 和 dropout（去掉 5as/h 这一项）' },
    gpu: { label: '显存', unit: 'GB', options: { '24': '24 GB', '40': '40 GB', '48': '48 GB', '80': '80 GB' } },
  },

  readouts: {
    'mem-full': '全参数微调，合计',
    'mem-lora': 'LoRA，合计',
    'mem-qlora': 'QLoRA，合计',
    acts: '激活值',
    fits: '放得下吗？',
    trainable: 'LoRA 可训练参数',
    'trainable-pct': '可训练占比',
    'ckpt-full': '全量检查点（16 位）',
    'ckpt-adapter': '适配器（16 位）',
    'ckpt-ratio': '检查点之比',
    'tasks-100': '100 个任务：全量 vs LoRA',
    'bytes-per-param': '每参数字节：全量 · LoRA · QLoRA',
  },

  labels: {
    figureAlt: '全参数微调、LoRA 与 QLoRA 的训练显存',
    barsAlt: '{model} 训练显存的堆叠柱状图：全参数微调 {full}，LoRA {lora}，QLoRA {qlora}；虚线为 24、40、48、80 GB 显存',
    caption: '{model} · b = {b}，s = {s}{ckpt} · 显存 {gpu} GB',
    ckptOn: '，激活检查点',
    flashOn: '，FlashAttention',
    mFull: '全参数微调',
    mLora: 'LoRA',
    mQlora: 'QLoRA',
    kWeights: '权重',
    kGrads: '梯度',
    kOptim: '优化器状态',
    kAdapters: 'LoRA 适配器',
    kActs: '激活值',
    frozen: '冻结 W₀',
    axis: '训练显存',
    gpuLine: '{gb} GB',
    stripTitle: '每个参数的模型状态字节数',
    stripNote: '按底座模型的每个参数计；激活值与参数个数无关，未计入。斜线表示冻结。',
    pW: 'W',
    pG: '梯度',
    pMaster: 'fp32 W',
    pM: 'm',
    pV: 'v',
    pBase: 'W₀',
    pAdapt: '+A,B',
    yes: '✓',
    no: '✗',
    fitsFmt: '{gb} GB：全量 {f} · LoRA {l} · QLoRA {q}',
    ratioFmt: '{x} 倍',
    tasksFmt: '{full} vs {lora}',
    bppFmt: '{f} · {l} · {q} B',
    ckptCaption: '检查点与存储（16 位）',
    colWhat: '项目',
    colHere: '本模型',
    colPaper: 'LoRA 论文，GPT-3 175B',
    rCkptFull: '全参数微调检查点',
    rAdapter: '一个适配器',
    rRatio: '之比',
    r100Full: '100 个任务，全量副本',
    r100Lora: '一个底座 + 100 个适配器',
    pCkptFull: '350 GB',
    pAdapter: '35 MB（r = 4，W_q、W_v）',
    pRatio: '10,000 倍',
    p100Full: '35 TB',
    p100Lora: '354 GB',
    vramCaption: '训练显存：论文数字与本模型对照（只算模型状态）',
    rVramFull: '全参数微调',
    rVramLora: 'LoRA',
    rBpp: '全参数微调每参数字节',
    pVramFull: '1.2 TB（论文报告）',
    pVramLora: '350 GB',
    pBpp: '1.2 TB / 175.3B = 6.85',
    vramNote: '按每参数 16 字节（AdamW，含 fp32 主权重）算是 2.80 TB，不是 1.2 TB。论文没有拆分 1.2 TB；16 位权重加 16 位 m、v（每参数 6 字节 = 1.05 TB，正是它说的“最多省 2/3”）再加激活值，是一种能凑近的算法。',
    toCaption: 'LoRA 与全参数微调',
    colAspect: '方面',
    colFull: '全参数微调',
    colLora: 'LoRA / QLoRA',
    colSrc: '来源',
    tQuality: '效果',
    tQualityFull: '基准线。在代码和数学上明显更好，指令微调和继续预训练都是。',
    tQualityLora: 'GPT-3 上持平或更好（WikiSQL、MNLI、SAMSum）；QLoRA 与 16 位微调相当。常用秩下，代码和数学明显落后。',
    tQualitySrc: 'LoRA 表 4；QLoRA §4–5；Biderman 等',
    tForget: '遗忘',
    tForgetFull: '对目标领域以外的底座能力忘得更多。',
    tForgetLora: '忘得更少，比权重衰减、dropout 这些正则更管用；生成也更多样。',
    tForgetSrc: 'Biderman 等 2024',
    tServe: '多任务',
    tServeFull: '每个任务一份完整副本：GPT-3 的 100 个任务要 35 TB。',
    tServeLora: '共用一个底座，每个任务一个小适配器（100 个共 354 GB）；换任务时减去 BA、加上 B′A′。',
    tServeSrc: 'LoRA §4.1、§4.2 脚注 4',
    tLatency: '推理延迟',
    tLatencyFull: '和底座模型一样。',
    tLatencyLora: '合并后没有额外延迟（W = W₀ + BA 就是一个普通稠密矩阵）；不合并时每层多一条小支路。',
    tLatencySrc: 'LoRA §4.1',
    tMemory: '训练显存',
    tMemoryFull: '用 AdamW 时模型状态每参数 16 字节，另加激活值。',
    tMemoryLora: '冻结底座（每参数 2 字节，NF4 为 0.52）加适配器，再加同样多的激活值。GPT-3：1.2 TB → 350 GB，训练快 25%。',
    tMemorySrc: 'ZeRO §3.1；LoRA §4.2；QLoRA §3',
    tWins: '全参数微调仍占优的时候',
    tWinsFull: '领域跨度大或新数据量大（继续预训练）；只有一个目标任务、显存充裕、不在乎保留底座行为。全参数微调学到的权重变化，秩是常用 LoRA 的 10–100 倍。',
    tWinsLora: '显存有限；任务或租户多；必须保住底座能力；指令微调。',
    tWinsSrc: 'Biderman 等 2024',
  },

  answer: [
    '全参数微调训练全部 $\\Psi$ 个权重。用混合精度 AdamW，每个参数要 16 字节的模型状态：16 位权重和梯度（2 + 2），加 fp32 主权重、$m$、$v$（12）。一个 7B 模型在算激活值之前就要 108 GB。',
    'LoRA 冻结 $W_0$，学习 $\\Delta W = BA$，$r \\ll d$。冻结的权重不需要梯度和优化器状态，只剩存储本身（16 位是 2 字节）。适配器只有几百万个参数：GPT-3 175B 在 $W_q$、$W_v$ 上取 $r = 4$ 是 1890 万，占 0.01%。',
    '训练显存和存储的节省是两回事。训练显存大约降 3 倍：论文报告 GPT-3 从 1.2 TB 降到 350 GB，剩下的主要就是冻结的权重。检查点大约降 10,000 倍：每个任务从 350 GB 降到 35 MB（精确是 37.7 MB = 36.0 MiB），100 个任务只要 354 GB，而不是 35 TB。',
    'QLoRA 把冻结底座存成 4 位 NF4 并做双重量化（每个权重约 4.127 位），计算时用 BF16；分页优化器吸收显存尖峰。靠这些，65B 模型能在一张 48 GB 的卡上微调。',
    'LoRA 不减少激活值：梯度仍要反向穿过每一层。序列长或批大时激活值是大头，要靠激活检查点、FlashAttention 或更小的微批来压。',
    '利弊：LoRA 在很多基准上与全参数微调持平，合并后没有额外延迟；但在代码、数学这类大跨度领域学得少，对底座能力也忘得少。领域跨度大、预算够，选全参数微调；显存有限、任务多、或必须保住底座能力，选 LoRA 或 QLoRA。',
  ],

  formulas: [
    {
      tex: 'M_{\\text{full}} = \\underbrace{2\\Psi}_{W} + \\underbrace{2\\Psi}_{\\nabla W} + \\underbrace{K\\Psi}_{\\text{fp32 }W,\\,m,\\,v} + A,\\qquad K = 12 \\;(\\text{AdamW}),\\; 6 \\;(\\text{8-bit AdamW})',
      caption: '混合精度下的全参数微调（ZeRO §3.1）：每参数 16 字节，另加激活值 A。纯 fp32 训练同样是 16 字节（4 + 4 + 8）。',
    },
    {
      tex: 'M_{\\text{LoRA}} = \\tfrac{b_w}{8}\\,\\Psi + (2 + 2 + K)\\,n + A,\\qquad n = L \\sum_{\\text{被适配}} r\\,(d_{\\text{in}} + d_{\\text{out}})',
      caption: 'LoRA：冻结底座每个权重 b_w 位（只量化稠密矩阵，词嵌入和归一化保持 16 位），加上适配器及其梯度、优化器状态。n 按 LoRA §5.1：GPT-3、r = 4、W_q 和 W_v 时为 2·96·(12288 + 12288)·4 = 18,874,368。',
    },
    {
      tex: 'b_{\\text{NF4+DQ}} = 4 + \\frac{8}{64} + \\frac{32}{64\\cdot 256} = 4.127 \\text{ 位},\\qquad b_{\\text{4 位}} = 4 + \\frac{32}{64} = 4.5 \\text{ 位}',
      caption: 'QLoRA §3：每 64 个权重一个量化常数；双重量化把这些常数再用 8 位存，每 256 个配一个 fp32 常数，每个权重省 0.373 位（65B 模型约省 3 GB）。',
    },
    {
      tex: 'A = L\\cdot s\\,b\\,h\\left(34 + \\frac{5\\,a\\,s}{h}\\right)\\text{ 字节},\\qquad A_{\\text{ckpt}} \\approx 2\\,s\\,b\\,h\\,L + s\\,b\\,h\\left(34 + \\frac{5as}{h}\\right)',
      caption: '16 位激活值（Korthikanti 等 2022 §4.1，针对 4h MLP、注意力分数显式存储的 GPT 块；这里也拿来估算 SwiGLU 模型）。5as/h 这一项是注意力分数、softmax 和 dropout（5as²b 字节），FlashAttention 不存它们。全量检查点时每层只留输入，外加正在重算的那一层。',
    },
    {
      tex: '\\frac{2\\Psi}{2n} = \\frac{350.5\\text{ GB}}{37.7\\text{ MB}} \\approx 9{,}300,\\qquad 100\\text{ 个任务：} 100\\cdot 350\\text{ GB} = 35\\text{ TB}\\;\\text{vs}\\;350\\text{ GB} + 100\\cdot 35\\text{ MB} \\approx 354\\text{ GB}',
      caption: 'GPT-3 175B 的检查点算术（LoRA §4.2 及脚注 4）。论文的“35MB”其实是 37.7 MB（按 10⁶ 字节）或 36.0 MiB（按 2²⁰ 字节），取了个整。',
    },
  ],

  misconceptions: [
    {
      claim: 'LoRA 把训练显存降了 10,000 倍。',
      correction:
        '10,000 倍说的是检查点大小（350 GB → 35 MB）。训练显存只降了约 3 倍（GPT-3 上 1.2 TB → 350 GB），因为冻结的权重在前向、反向时仍要待在显存里，激活值也一点没少。',
      sources: ['lora'],
    },
    {
      claim: '训练的参数少，LoRA 连激活值也省了。',
      correction:
        '第 1 层适配器的梯度要从第 L 层一路反传回来，所以前向要存的激活值和全参数微调一样。它随 $b$、$s$、$h$、$L$ 增长（注意力分数还随 $s^2$）。能压它的是激活检查点或 FlashAttention，不是 LoRA。',
      sources: ['korthikanti'],
    },
    {
      claim: '用 Adam 全参数微调，显存是权重的 4 倍：权重、梯度、m、v。',
      correction:
        '混合精度下优化器还要存一份 fp32 主权重：$2 + 2 + 4 + 4 + 4 = 16$ 字节/参数，是 16 位权重的 8 倍。LoRA 论文里 GPT-3 的 1.2 TB 合每参数 6.85 字节，对不上 16；它是个没有拆分明细的报告值。',
      sources: ['zero', 'lora'],
    },
    {
      claim: 'QLoRA 是用 4 位训练的。',
      correction:
        '只有冻结的底座用 4 位 NF4 存储。每个权重在矩阵乘之前反量化成 BF16 参与计算，LoRA 适配器、它的梯度和优化器状态都是 16/32 位。梯度穿过量化的底座，流进适配器。',
      sources: ['qlora'],
    },
    {
      claim: 'LoRA 的效果总是和全参数微调一样好。',
      correction:
        '在 GPT-3 的 WikiSQL、MNLI、SAMSum 和 QLoRA 的基准上确实打平。但在代码和数学上，无论指令微调还是继续预训练，常用秩下都明显落后。它的好处是忘得少。',
      sources: ['lora', 'biderman'],
    },
    {
      claim: 'LoRA 会增加推理延迟。',
      correction: '合并以后不会：$W = W_0 + BA$ 就是个普通稠密矩阵。Adapter 层（Houlsby 等）因为是额外串行的层才会增加延迟；不合并的 LoRA 支路会多一点点开销。',
      sources: ['lora'],
    },
  ],

  followUps: [
    {
      q: 'GPT-3 的 1.2 TB 是怎么来的？',
      a: '论文只报告了这个数，没有拆分。光混合精度 AdamW 的模型状态就有 $16 \\times 175.3\\text{B} = 2.80$ TB，所以不是按这个算的。1.2 TB 合每参数 6.85 字节。论文把节省归因于不用存冻结参数的优化器状态（“最多省 2/3”），这和“16 位权重 + 16 位 $m$、$v$”（每参数 6 字节 = 1.05 TB，余下给激活值和缓冲区）对得上。这是合理的解读，不是论文明说的。LoRA 的 350 GB 就是 fp16 权重 $2\\Psi$。',
      sources: ['lora'],
    },
    {
      q: '只训练 0.01% 的权重，为什么 LoRA 只快了约 25%？',
      a: '前向和反向仍要经过每一个冻结矩阵：反向时要算对每层输入的梯度。省掉的只是冻结矩阵的权重梯度那次矩阵乘和优化器更新。论文在 GPT-3 175B 上测得每张 V100 从 32.5 提到 43.1 token/s。',
      sources: ['lora'],
    },
    {
      q: '7B 模型做 LoRA，24 GB 的卡够吗？',
      a: '16 位底座 13.5 GB，适配器几十 MB。够不够要看激活值：b = 1、s = 512 时约 3.6 GB；b = 4、s = 2048 时，普通注意力约 122 GB，FlashAttention 约 37 GB，开激活检查点约 6 GB。可以在图里调一调。QLoRA 能把底座压到约 3.9 GB。',
      sources: ['korthikanti', 'qlora'],
    },
    {
      q: '分页优化器做了什么？',
      a: '它把优化器状态分配在 NVIDIA 统一内存里，显存紧张时（比如检查点模式下来了一条长序列）页面自动换到 CPU 内存，更新时再换回来。它防的是尖峰时的 OOM，并不降低平均占用，所以计算器不把它算进去。',
      sources: ['qlora'],
    },
    {
      q: '适配哪些矩阵，秩取多少？',
      a: 'LoRA 论文在 GPT-3 上固定 18M 预算比较，$W_q$、$W_v$ 取 $r = 4$ 比单个矩阵取 $r = 8$ 更好。后来的做法多是适配所有线性层：QLoRA 发现要在块内所有线性层上加 LoRA 才能追平 16 位全参数微调，Biderman 等也建议适配全部模块。',
      sources: ['lora', 'qlora', 'biderman'],
    },
  ],

  sources: [
    {
      id: 'lora',
      text: 'Hu 等. LoRA: Low-Rank Adaptation of Large Language Models. arXiv 2106.09685：§4.1（合并，无额外延迟），§4.2（GPT-3 175B：训练显存 1.2 TB → 350 GB；r = 4、W_q 和 W_v 时检查点 350 GB → 35 MB；脚注 4：100 个任务 354 GB vs 35 TB；提速 25%，脚注 5），§5.1（|Θ| = 2·L̂·d·r），表 4（GPT-3 结果），§7.1 / 表 5，表 15。',
      url: 'https://arxiv.org/abs/2106.09685',
    },
    {
      id: 'zero',
      text: 'Rajbhandari 等. ZeRO: Memory Optimizations Toward Training Trillion Parameter Models. SC’20，arXiv 1910.02054，§3.1（混合精度 Adam：2Ψ + 2Ψ + 12Ψ = 16Ψ）。',
      url: 'https://arxiv.org/abs/1910.02054',
    },
    {
      id: 'qlora',
      text: 'Dettmers、Pagnoni、Holtzman、Zettlemoyer. QLoRA: Efficient Finetuning of Quantized LLMs. NeurIPS 2023，arXiv 2305.14314：摘要（一张 48 GB 显卡微调 65B；NF4、双重量化、分页优化器），§3（NF4，分块 64；双重量化 0.5 → 0.127 位/参数，65B 约省 3 GB；BF16 计算；分页优化器），§4（要在所有线性层加 LoRA 才能追平全参数微调）。',
      url: 'https://arxiv.org/abs/2305.14314',
    },
    {
      id: 'korthikanti',
      text: 'Korthikanti 等. Reducing Activation Recomputation in Large Transformer Models. MLSys 2023，arXiv 2205.05198，§4.1（每层激活 sbh(34 + 5as/h) 字节，16 位），§4.2（全量重算：2sbhL）。',
      url: 'https://arxiv.org/abs/2205.05198',
    },
    {
      id: 'biderman',
      text: 'Biderman 等. LoRA Learns Less and Forgets Less. TMLR 2024，arXiv 2405.09673（代码与数学、指令微调与继续预训练：LoRA 效果落后、遗忘更少；全参数微调学到的扰动，秩是常用 LoRA 的 10–100 倍）。',
      url: 'https://arxiv.org/abs/2405.09673',
    },
    {
      id: 'bnb8',
      text: 'Dettmers、Lewis、Shleifer、Zettlemoyer. 8-bit Optimizers via Block-wise Quantization. ICLR 2022，arXiv 2110.02861（Adam 状态用 8 位存）。',
      url: 'https://arxiv.org/abs/2110.02861',
    },
    {
      id: 'configs',
      text: '模型形状：LLaMA-7B、Qwen-7B、GPT-3 175B 同 LoRA 结构那一题（配置文件、GPT-3 论文表 2.1）；LLaMA-65B 配置（hidden 8192、intermediate 22016、80 层、64 头、词表 32000；LLaMA 论文表 2：65.2B）。',
      url: 'https://arxiv.org/abs/2302.13971',
    },
  ],
};
