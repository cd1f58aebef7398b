import type { en } from './en';

/** 问题 19（LoRA 为什么有效）的全部中文文字。 */
export const zh: typeof en = {
  question: 'LoRA 为什么有效？',
  lede: '在浏览器里实时训练：同一个冻结的小 Transformer，用秩 1、2、4、8 的 LoRA 和全量微调并排适配一个新的小任务，优化器都是 Adam。',
  steps: {
    setup: {
      title: '同一个冻结模型，五种适配方式',
      caption:
        '预训练模型只有一个（本站的 3 层 Transformer，223,808 个参数）。LoRA 只训练 $W_q,W_v$ 上的 $B,A$：每个矩阵 $r(d+k)$ 个数，秩 1 共 768 个，秩 8 共 6,144 个；全量微调要训练全部 223,808 个。Adam 为每个可训练参数存两个浮点数，所以优化器状态也按同样的比例缩小（见表）。',
    },
    race: {
      title: '赛跑：训练中的损失曲线',
      caption:
        '点「▶ 训练」或「+1 步」。每一步，五个实验都在同一个批次上训练一次，并画出损失。只有几百到几千个可训练参数，LoRA 就能把任务损失压下去；全量微调（这里学习率小 10 倍）要动全部 223,808 个权重。',
    },
    rank: {
      title: '秩：更大并不明显更好',
      caption:
        '对比 r = 1、2、4、8：在这个任务上几条曲线很接近，说明任务需要的更新是低秩的。这正是 LoRA 的假设（§4：适配过程中权重的变化量“内在秩”很低）。论文在 GPT-3 上发现，$W_q,W_v$ 上用 $r=1$ 就已经有竞争力（§7.2，表 6）。',
    },
    frozen: {
      title: '底座权重从未改变',
      caption:
        '对全部 223,808 个预训练权重（从 GPU 读回）算 CRC-32 校验和：训练前一次，现在一次。LoRA 下两者完全相同，因为优化器只拿到 $A$ 和 $B$；全量微调那份权重只训练一步，校验和就变了。所以一个底座可以同时服务很多个适配器。',
    },
    merge: {
      title: '合并后 = 底座 + 适配器',
      caption:
        '把适配器并进权重 $W = W_0 + \\tfrac{\\alpha}{r}BA$，再跑普通模型。读数是合并模型与“底座 + 适配器”在留出批次上、所有秩中 logits 的最大差：只有 float32 舍入误差（约 1e-6），所以推理没有额外延迟（§4.1）。',
    },
    why: {
      title: '为什么有效，以及这个演示说明不了什么',
      caption:
        '预训练模型的“内在维度”很低：只在一个随机子空间里优化 200 个参数，RoBERTa 在 MRPC 上就能达到全量微调 90% 的效果（Aghajanyan 等，2020）。LoRA 用结构化的低秩形式学这样一个小更新。虚线为留出集损失。3 层玩具模型加合成任务不是 GPT-3：曲线演示的是机制，不是论文里的数字。',
    },
  },
  params: {
    steps: { label: '训练步数', help: '所有实验已经走过的 Adam 步数（「▶ 训练」会推进它）' },
    task: { label: '新任务', help: '用单字 token 构造的合成小任务', options: { map: '映射 x → f(x)', copy: '复制序列' } },
    lr: { label: 'LoRA 学习率', help: '四个 LoRA 实验的 Adam 学习率' },
    lrFull: { label: '全量微调学习率', help: '全量微调的 Adam 学习率（通常更小）' },
    alpha: { label: 'α（lora_alpha）', help: '更新量乘以 α/r' },
    targets: { label: 'LoRA 位置', help: '每个块里哪些注意力矩阵加适配器', options: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o' } },
    seed: { label: '随机种子', help: '种子相同，任务、A 的初始化和曲线都相同' },
  },
  readouts: {
    'train-step': '步数',
    'loss-r1': '损失 r=1',
    'loss-r2': '损失 r=2',
    'loss-r4': '损失 r=4',
    'loss-r8': '损失 r=8',
    'loss-full': '损失 全量',
    'heldout-r1': '留出 r=1',
    'heldout-r2': '留出 r=2',
    'heldout-r4': '留出 r=4',
    'heldout-r8': '留出 r=8',
    'heldout-full': '留出 全量',
    'params-r1': '可训练 r=1',
    'params-r2': '可训练 r=2',
    'params-r4': '可训练 r=4',
    'params-r8': '可训练 r=8',
    'params-full': '可训练 全量',
    'optim-r1': 'Adam 状态 r=1',
    'optim-r2': 'Adam 状态 r=2',
    'optim-r4': 'Adam 状态 r=4',
    'optim-r8': 'Adam 状态 r=8',
    'optim-full': 'Adam 状态 全量',
    'base-crc-before': '底座 CRC-32（加载时）',
    'base-crc-after': '底座 CRC-32（现在，LoRA）',
    'full-crc': '全量微调权重 CRC-32（现在）',
    'merge-diff': 'max |合并 − (底座 + 适配器)|',
  },
  labels: {
    loading: '正在加载小 Transformer 和 tfjs…',
    trainControls: '训练控制',
    play: '▶ 训练',
    pause: '❚❚ 暂停',
    stepOnce: '+1 步',
    reset: '重置',
    speed: '每步 {ms} ms（五个实验合计）',
    full: '全量微调',
    fullShort: '全量',
    heldShort: '（留出）',
    plotTitle: '新任务上的训练损失（交叉熵，nats/token）',
    xLabel: '训练步',
    yLabel: '损失',
    tableCaption: '各实验的可训练参数、Adam 状态与损失',
    run: '实验',
    trainable: '可训练参数',
    optimState: 'Adam 状态（fp32）',
    trainLoss: '训练损失',
    heldLoss: '留出损失',
    baseSame: 'LoRA：底座权重逐位不变。',
    baseChanged: '底座权重变了：这不应该发生。',
    fullChanged: '全量微调：每个权重都动了，校验和随之改变。',
    fullSame: '全量微调：还没训练，校验和相同。',
    checksPaused: '暂停训练后再做校验。',
    taskSample: '一条训练序列：',
    taskMap: '（每个符号 x 后面跟着 f(x)，f 是固定的随机映射；损失只算对 f(x) 的预测）',
    taskCopy: '（先 8 个符号，再原样重复一遍；损失只算复制部分）',
  },
  answer: [
    '**LoRA 冻结 $W_0$，只学一个低秩更新** $\\Delta W = BA$（$B\\in\\mathbb{R}^{d\\times r}$，$A\\in\\mathbb{R}^{r\\times k}$，$r\\ll\\min(d,k)$），再乘以 $\\alpha/r$。初始 $B=0$，所以训练恰好从预训练模型出发（LoRA §4.1）。',
    '**低秩为什么够用：任务所需的更新内在维度很低。** Aghajanyan 等（2020）发现微调在一个很小的随机子空间里就能完成（RoBERTa 在 MRPC 上 200 个参数达到全量微调的 90%），而且预训练越充分、模型越大，需要的维度越少。LoRA 假设权重的变化量同样是低秩的（§4），并在 §7 里做了验证。',
    '**LoRA 论文 §7 的证据：** GPT-3 上，$W_q,W_v$ 用很小的 $r$（甚至 1）就有竞争力（表 6）；$r=8$ 和 $r=64$ 学到的最主要方向高度重合，其余方向大多是噪声（子空间相似度，§7.2）；$\\Delta W$ 放大的是 $W_0$ 中已有但没被强调的方向（§7.3）。',
    '**换来了什么：** 可训练参数和 Adam 状态少了几个数量级（GPT-3 175B 训练显存 1.2 TB → 350 GB，检查点小 10,000 倍，§4.2）；底座可共享，合并成 $W_0+\\tfrac{\\alpha}{r}BA$ 后推理零额外开销。',
    '**要注意：**“低秩就够”是在“适配离预训练不远”时的经验结论。与预训练差别很大的任务可能需要更大的 $r$ 或全量微调；低秩也表达不了任意的 $\\Delta W$。',
  ],
  formulas: [
    { tex: 'h = W_0x + \\tfrac{\\alpha}{r}BAx,\\quad B\\in\\mathbb{R}^{d\\times r},\\;A\\in\\mathbb{R}^{r\\times k},\\;B_0=0', caption: 'LoRA 的前向计算（§4.1）' },
    { tex: '|\\Theta_{\\text{LoRA}}| = \\sum_{\\text{被适配的 }W} r\\,(d+k) \\;=\\; 2\\,\\hat L\\,d_{\\text{model}}\\,r\\ \\text{，当 } d=k=d_{\\text{model}}', caption: '可训练参数量（§5.1）' },
    { tex: '\\text{Adam 状态} = 2\\,|\\Theta|\\times 4\\ \\text{字节 (fp32 的 } m, v)', caption: '优化器状态随可训练参数缩放，而不是随模型大小' },
    { tex: 'W_{\\text{merged}} = W_0 + \\tfrac{\\alpha}{r}BA \\;\\Rightarrow\\; W_{\\text{merged}}x = W_0x + \\tfrac{\\alpha}{r}B(Ax)', caption: '合并只带来舍入误差' },
  ],
  misconceptions: [
    {
      claim: '“LoRA 有效，是因为预训练权重矩阵本身是低秩的。”',
      correction: '不对：$W_0$ 通常是满秩的。低秩假设说的是适配过程中的**更新量** $\\Delta W$（LoRA §4、§7）。',
      sources: ['lora'],
    },
    {
      claim: '“LoRA 让训练计算量按比例减少。”',
      correction: '前向和反向仍要走完整个冻结模型。减少的是梯度/优化器显存和检查点大小；论文在 GPT-3 175B 上报告的是训练提速 25%，不是一万倍（§4.2）。',
      sources: ['lora'],
    },
    {
      claim: '“r 越大越好。”',
      correction: '论文表 6 显示 $W_q,W_v$ 上小秩就有竞争力，加大秩多出来的方向大多是噪声（§7.2）。最合适的秩取决于任务和适配哪些矩阵。',
      sources: ['lora'],
    },
  ],
  followUps: [
    { q: '为什么把 B 初始化为零，而不是 A？', a: '这样开始时 $\\Delta W=BA=0$，模型恰好从预训练状态出发；$A$ 必须随机，$B$ 才能拿到非零梯度（§4.1）。', sources: ['lora'] },
    { q: '什么是内在维度？', a: '最小的自由参数个数 $d$：用固定随机投影 $P$，只优化 $\\theta = \\theta_0 + P\\,z$（$z\\in\\mathbb{R}^d$）就能达到全量微调 90% 的效果（Aghajanyan 等，2020）。', sources: ['intrinsic'] },
    { q: 'LoRA 应该加在哪些矩阵上？', a: 'GPT-3 上固定参数预算时，分给 $W_q,W_v$ 比全给一个矩阵更好（§7.1，表 5）。现在很多方案也会加到 FFN 上。', sources: ['lora'] },
  ],
  sources: [
    { id: 'lora', text: 'Hu 等，LoRA: Low-Rank Adaptation of Large Language Models，arXiv 2106.09685，§4.1、§4.2、§5.1、§7.1–7.3，表 5–6', url: 'https://arxiv.org/abs/2106.09685' },
    { id: 'intrinsic', text: 'Aghajanyan、Zettlemoyer、Gupta，Intrinsic Dimensionality Explains the Effectiveness of Language Model Fine-Tuning，arXiv 2012.13255（ACL 2021），摘要', url: 'https://arxiv.org/abs/2012.13255' },
    { id: 'adam', text: 'PyTorch torch.optim.Adam（实验实现的更新规则；β = 0.9、0.999，ε = 1e-8）', url: 'https://pytorch.org/docs/stable/generated/torch.optim.Adam.html' },
    { id: 'model', text: '小 Transformer：public/model/MODEL_CARD.md（3 层，d 64，4 头，词表 1024，223,808 个参数）' },
  ],
};
