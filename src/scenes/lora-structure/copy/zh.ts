import type { en } from './en';

/** 第 18 题（LoRA 的结构与插入位置）的全部中文文字。 */
export const zh: typeof en = {
  question: 'LoRA 的结构是什么？它插在 Transformer 的哪里？',
  lede: '冻结的原权重，加上一个可训练的低秩乘积：W = W₀ + (α/r)·BA。下面的矩阵都是在浏览器里实时算出来的：BA 由一个个外积逐项累加而成，参数量按真实模型的形状计算。',

  steps: {
    decompose: {
      title: '冻结的 W₀ 加一个低秩更新',
      caption:
        'LoRA 冻结预训练权重 $W_0\\in\\mathbb{R}^{d\\times k}$，只学习它的增量，并把增量写成乘积 $\\Delta W = BA$，其中 $B\\in\\mathbb{R}^{d\\times r}$，$A\\in\\mathbb{R}^{r\\times k}$。图中的 $B$、$A$ 已用 Adam 训练 150 步，去拟合一个按种子生成的“任务增量”。两个因子一共只有 $r(d+k)$ 个数，而不是 $dk$ 个。可以拖动 $r$、$d$、$k$ 看看。',
    },
    init: {
      title: '起点：A 随机，B = 0',
      caption:
        '初始化时 $A$ 随机，$B$ 严格为零。于是 $\\Delta W = BA = 0$，模型的输出和预训练模型完全一致（读数是 0，不是“很小”）。梯度照样能传到 $B$，因为它要乘上非零的 $A$。要是两者都为零，就谁也动不了了。',
    },
    'outer-products': {
      title: 'BA 是 r 个外积之和',
      caption:
        '$B$ 的第 $i$ 列乘以 $A$ 的第 $i$ 行，得到一个秩为 1 的 $d\\times k$ 矩阵，$BA$ 就是 $r$ 个这样的矩阵相加。看 $\\Delta W$ 一项一项叠出来（用 ‹ › 可以逐项查看）。只有 $r$ 项，所以不管 $d$、$k$ 多大，$\\Delta W$ 的秩都不超过 $r$。',
    },
    merge: {
      title: '乘 α/r、合并、再拆开',
      caption:
        '更新量先乘 $\\alpha/r$ 再加到原权重上：$W = W_0 + \\tfrac{\\alpha}{r}BA$。合并之后这一层就是一个普通的 $d\\times k$ 矩阵，推理开销和原模型一模一样。换任务时，减去 $\\tfrac{\\alpha}{r}BA$，再加上另一个适配器的 $\\tfrac{\\alpha}{r}B\'A\'$ 即可。在 float32 下，合并再拆开得到的就是 $W_0$，只差舍入误差（见读数）。',
    },
    forward: {
      title: '前向计算：两条支路',
      caption:
        '不合并时，$x$ 同时走两条支路。一条是冻结的 $W_0x$；另一条是适配器：先降到 $r$ 维（$Ax$），再升回 $d$ 维（$B(Ax)$，乘 $\\alpha/r$）。两路相加得到 $h$。合并后的层算出的 $Wx$ 与 $h$ 相同，只差浮点舍入（读数：最大差）。',
    },
    placement: {
      title: 'LoRA 插在 Transformer 块的哪里',
      caption:
        '每个被适配的矩阵，每层多出 $r(d_\\text{in}+d_\\text{out})$ 个参数。可以开关各个矩阵、切换模型、拖动 $r$。LoRA 论文只适配了注意力，大多数实验只用 $W_q$ 和 $W_v$。GPT-3 175B 在 $W_q,W_v$ 上取 $r=8$，可训练参数是 37.7M（0.02%）；取 $r = 1$ 则是 4.7M。',
    },
  },

  params: {
    model: {
      label: '模型',
      help: '按真实形状计算参数量',
      options: { tiny: '本站小模型', 'llama-7b': 'LLaMA-7B', 'qwen-7b': 'Qwen-7B', 'gpt3-175b': 'GPT-3 175B' },
    },
    r: { label: '秩 r', help: 'B·A 的中间维度（演示矩阵会把它截到 min(d, k)）' },
    alpha: { label: 'α（lora_alpha）', help: '更新量乘以 α/r' },
    targets: {
      label: 'LoRA 适配的矩阵',
      help: '每个块里哪些矩阵加适配器（FFN 指它的全部矩阵：SwiGLU 是 gate、up、down 三个，GPT-3 是两个）',
      options: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o', ffn: 'FFN' },
    },
    d: { label: 'd（行数，输出）', help: '演示矩阵 W₀ 的输出维度' },
    k: { label: 'k（列数，输入）', help: '演示矩阵 W₀ 的输入维度' },
    seed: { label: '随机种子', help: '种子相同，W₀、A、x 和任务增量都相同' },
  },

  readouts: {
    scale: '缩放系数 α/r',
    'lora-params': 'LoRA 参数 r(d+k)',
    'dense-params': '原矩阵参数 d·k',
    'param-ratio': 'r(d+k) / dk',
    'init-delta': '初始化时 max |ΔW|',
    'fit-error': '拟合误差 ‖ΔW − ΔW*‖/‖ΔW*‖',
    'delta-max': 'max |ΔW|',
    'merge-diff': 'max |h − Wx|（不合并 vs 合并）',
    'unmerge-diff': 'max |(W − ΔW) − W₀|',
    'branch-ratio': '‖适配器支路‖ / ‖W₀x‖',
    'per-layer': '每层可训练参数',
    trainable: '可训练参数（整个模型）',
    'trainable-pct': '占全模型比例',
    'adapter-size': '适配器大小（fp16）',
  },

  labels: {
    W0: 'W₀',
    B: 'B',
    A: 'A',
    dW: 'ΔW = BA',
    W: 'W = W₀ + (α/r)BA',
    frozen: '冻结',
    trainable: '已训练',
    zero: '= 0',
    term: '正在加第 {i} / {r} 项',
    termN: '第 {i} / {r} 项',
    allTerms: '全部 {r} 项',
    prevTerm: '上一项',
    nextTerm: '下一项',
    replay: '重放',
    colourNote: '蓝 < 0 < 红。W₀ 和 W 用同一色标；B、A、ΔW 各用各的色标（每个矩阵下方标出 ±最大值）。',
    clamped: '演示矩阵取 r = {r} = min(d, k) = {m}；模型参数量仍按滑块上的 r 计算。',
    unmergeNote: '拆开：W − (α/r)BA = W₀，只差 float32 舍入误差（{e}）。之后再加上另一个任务的 (α/r)B′A′。',
    x: 'x',
    h: 'h = W₀x + (α/r)B(Ax)',
    hMerged: 'Wx（合并后）',
    h0: 'W₀x',
    ax: 'Ax',
    bax: '(α/r)·B(Ax)',
    maxDiff: 'max |h − Wx| =',
    attention: '注意力',
    ffnKind: 'FFN（{kind}）',
    mlp: '4d MLP',
    matrix: '矩阵',
    shape: 'd_out×d_in',
    loraCol: 'LoRA，r = {r}',
    adapted: '已适配',
    perLayer: '每层',
    layers: '层',
    fused: 'Qwen-7B 把 W_q、W_k、W_v 存成一个融合的 c_attn（4096 → 12288）。PEFT 用 target_modules=["c_attn"] 时，三者共用一对 A、B：每层 r·(4096 + 12288)，而不是 3·r·(4096 + 4096)。',
    toggle: '用 LoRA 适配',
    totalLine: '每层 {per} × {L} 层 = {n} 个可训练参数',
    pctPaper: '占全模型 {total} 参数的 {pct}%（总数取自 LoRA 论文表 4）',
    pctComputed: '占全模型 {total} 参数的 {pct}%（总数由配置算出）',
    sizeLine: 'fp16 适配器：{size}（整个模型 fp16：{full}）',
    equationAlt: '热力图：冻结权重 W₀（d×k），加上 α/r 乘以 B（d×r）再乘 A（r×k）；A 在乘积 ΔW 上方，B 在它左侧；结果等于合并后的权重 W。',
    forwardAlt:
      'LoRA 前向计算：输入向量 x 从底部进入，左边经过冻结的 W₀，右边先经过 A 降到 r 维、再经过 B 升回 d 维；两路结果在顶部相加得到 h，旁边是合并后的层的输出 Wx。',
    figureAlt: 'LoRA：冻结的 W₀ 加上训练得到的低秩更新 (α/r)·BA，它的前向计算，以及它在 Transformer 块中的参数量。',
  },

  answer: [
    'LoRA 冻结每个预训练权重 $W_0\\in\\mathbb{R}^{d\\times k}$，把它的变化量学成一个低秩乘积：$W = W_0 + \\tfrac{\\alpha}{r}BA$，其中 $B\\in\\mathbb{R}^{d\\times r}$，$A\\in\\mathbb{R}^{r\\times k}$，$r \\ll \\min(d,k)$。只训练 $A$ 和 $B$，共 $r(d+k)$ 个数，而不是 $dk$ 个。',
    '前向计算是 $h = W_0x + \\tfrac{\\alpha}{r}B(Ax)$：$A$ 把输入降到 $r$ 维，$B$ 再升回来。论文用 $\\alpha/r$ 做缩放，$\\alpha$ 直接取第一次尝试的 $r$，之后不再调。',
    '初始化：$A$ 随机，$B = 0$。所以一开始 $\\Delta W = 0$，训练恰好从预训练模型出发。论文正文写的是 $A$ 用高斯初始化，微软的参考实现 loralib 实际用的是 Kaiming 均匀分布。',
    '推理时把 $W = W_0 + \\tfrac{\\alpha}{r}BA$ 合并一次，这一层就是个普通矩阵，因此不增加推理延迟，这一点和 Adapter 层不同。换任务只要减去一组 $BA$、加上另一组，冻结的 $W_0$ 可以共用。',
    '插在哪里：任何全连接层都可以适配。论文只适配注意力的投影矩阵，大多数实验只用 $W_q$ 和 $W_v$，MLP 冻结不动。在固定预算下（GPT-3 上约 18M 参数），$W_q$、$W_v$ 各取 $r=4$，在 WikiSQL 上胜过任何单一矩阵取 $r=8$（73.7，单一矩阵最高 73.2）；四个矩阵各取 $r=2$，WikiSQL 持平，MNLI 略好（91.7 对 91.3）。可见把秩分给更多矩阵，比单个矩阵用更大的 $r$ 更划算。',
    '参数量：每个被适配的矩阵每层 $r(d_\\text{in}+d_\\text{out})$。GPT-3 175B 在 $W_q,W_v$ 上取 $r=8$，共 $2\\cdot 96\\cdot 8\\cdot(12288+12288) = 37.7$M（占 175B 的 0.02%）。LLaMA-7B 同样设置为 4.19M（0.06%），fp16 下约 8.4 MB。',
  ],

  formulas: [
    {
      tex: 'h = W_0x + \\Delta W x = W_0 x + \\frac{\\alpha}{r}\\,B A x,\\qquad B\\in\\mathbb{R}^{d\\times r},\\; A\\in\\mathbb{R}^{r\\times k},\\; r\\ll\\min(d,k)',
      caption: 'LoRA 的前向计算（Hu 等 2021，§4.1 式 3，加上 α/r 缩放）。W₀ 冻结，只有 A 和 B 有梯度。',
    },
    {
      tex: 'BA = \\sum_{i=1}^{r} b_i\\, a_i^{\\top}\\qquad (b_i = B_{:,i},\\; a_i^{\\top} = A_{i,:}),\\qquad \\operatorname{rank}(BA)\\le r',
      caption: '乘积是 r 个秩一外积之和，也就是第 3 步里逐项叠加的过程。',
    },
    {
      tex: 'A_{ij}\\sim\\mathcal{U}\\!\\left(-\\tfrac{1}{\\sqrt{k}},\\tfrac{1}{\\sqrt{k}}\\right),\\quad B = 0\\;\\Rightarrow\\;\\Delta W = 0,\\qquad \\frac{\\partial L}{\\partial B} = \\frac{\\alpha}{r}\\,\\frac{\\partial L}{\\partial W}\\,A^{\\top}\\neq 0,\\quad \\frac{\\partial L}{\\partial A} = \\frac{\\alpha}{r}\\,B^{\\top}\\frac{\\partial L}{\\partial W} = 0',
      caption: '按 loralib 的初始化：kaiming_uniform_(a=√5) 的边界是 1/√fan_in（论文正文写的是高斯）。第一步只有 B 在更新。',
    },
    {
      tex: 'W = W_0 + \\frac{\\alpha}{r}BA,\\qquad W\' = W - \\frac{\\alpha}{r}BA + \\frac{\\alpha}{r}B\'A\'',
      caption: '左：部署时合并（§4.1），每层仍是一个矩阵，不增加推理延迟；右：换任务时减去 BA、加上另一组适配器 B′A′。',
    },
    {
      tex: '|\\Theta| = L\\sum_{W\\in\\text{adapted}} r\\,(d_\\text{in}+d_\\text{out}),\\qquad \\text{GPT-3}\\; W_q,W_v:\\; 2\\cdot 96\\cdot r\\cdot 2\\cdot 12288 = r\\cdot 4.72\\text{M}',
      caption: '可训练参数量。对方阵形的注意力矩阵，它就是论文 §5.1 的 |Θ| = 2·L̂·d_model·r。FFN 矩阵不是方阵：GPT-3 是 d × 4d，LLaMA-7B 是 4096 × 11008。',
    },
  ],

  misconceptions: [
    {
      claim: 'LoRA 往网络里加了层，所以推理会变慢。',
      correction:
        '训练完把 $\\tfrac{\\alpha}{r}BA$ 加进 $W_0$，部署的这一层就是一个形状不变的普通矩阵，延迟和原模型完全一样（§4.1）。只有不合并时才要多算 $Ax$ 和 $B(Ax)$ 两个小乘法，比如同一个 batch 里的请求要用不同适配器。Adapter（Houlsby 等）不一样：它串接了额外模块，没法合并。',
      sources: ['hu2021'],
    },
    {
      claim: 'A 和 B 都随机初始化（或者都初始化为零）。',
      correction:
        '两者必须有一个为零，这样起点处 $\\Delta W = 0$，否则训练会从一个被随机扰动过的模型开始。另一个必须非零，否则梯度永远传不进来：$A = B = 0$ 时两者的梯度都是零。LoRA 的做法是 $A$ 随机、$B = 0$。loralib 对 $A$ 用 Kaiming 均匀分布（论文正文说的是高斯）；它的 Embedding 层则反过来。',
      sources: ['hu2021', 'loralib'],
    },
    {
      claim: 'α 是学习率，或者 α/r 这个系数无关紧要。',
      correction:
        '$\\alpha$ 是更新量上的一个常数缩放：$\\Delta W = \\tfrac{\\alpha}{r}BA$。用 Adam 时，放大更新量大致相当于调大学习率，所以论文把 $\\alpha$ 设成第一次尝试的 $r$ 后就不再调。除以 $r$ 的好处是，之后改 $r$ 不必重新调太多超参数。论文中常见的设置是 $r = 8$，$\\alpha = 8$ 或 $16$。',
      sources: ['hu2021'],
    },
    {
      claim: 'LoRA 要加在所有权重矩阵上（包括 FFN），而且 r 越大越好。',
      correction:
        'LoRA 论文只适配注意力权重，大多数实验只用 $W_q$ 和 $W_v$，MLP 冻结。在 GPT-3 上，$W_q,W_v$ 取 $r = 1$ 或 $2$ 就已经很有竞争力（4.7M 参数，表 15）。预算固定时，把秩分给更多种矩阵，比单一矩阵用大秩效果更好（表 5）。后来的实践里常把 FFN 也加上，但那不是这篇论文的实验内容。',
      sources: ['hu2021'],
    },
    {
      claim: 'LoRA 每层有 2·d·r 个参数。',
      correction:
        '只有 $d\\times d$ 方阵才是这样。一般来说，每个被适配的矩阵是 $r(d_\\text{in}+d_\\text{out})$，总数等于这些相加再乘以层数。FFN 矩阵是长方形的：LLaMA-7B 的 gate、up 投影是 $11008\\times 4096$，取 $r = 8$ 时每个要 $8\\cdot 15104$ 个参数。第 6 步的开关可以直接看到。',
      sources: ['hu2021', 'llama'],
    },
  ],

  followUps: [
    {
      q: '为什么是 B 初始化为零，而不是 A？',
      a: '两种选法都能让起点处 $\\Delta W = 0$。$B = 0$、$A$ 随机时，第一步的梯度 $\\partial L/\\partial B = \\tfrac{\\alpha}{r}\\,G A^{\\top}$ 不为零，$B$ 立刻开始学，$A$ 随后跟上。loralib 的 Linear 层正是这样做的，Embedding 层则反过来（$A = 0$，$B$ 用正态分布）。唯一不能做的是两个都为零，那样所有梯度都没了。',
      sources: ['hu2021', 'loralib'],
    },
    {
      q: 'LLaMA-7B 在 W_q、W_v 上取 r = 8，可训练参数有多少？适配器多大？',
      a: '$2\\times 32\\times 8\\times(4096+4096) = 4{,}194{,}304$，占 6.74B 的 0.062%，fp16 下 8.4 MB。七个矩阵（q、k、v、o、gate、up、down）全加上是 20.0M，约 40 MB。可以在第 6 步里自己设一遍。',
      sources: ['llama', 'hu2021'],
    },
    {
      q: '怎样用 LoRA 同时服务很多个微调任务？',
      a: '内存里只放一份 $W_0$，切换的是小小的适配器。合并模式下，减去 $\\tfrac{\\alpha}{r}BA$ 再加上 $\\tfrac{\\alpha}{r}B\'A\'$。论文里 GPT-3 的例子：100 个任务模型只要 350 GB + 100 × 35 MB ≈ 354 GB，而不是 35 TB。如果要在一个 batch 里混合不同任务，就让适配器保持不合并，代价是多算两个细长的乘法。',
      sources: ['hu2021'],
    },
    {
      q: 'LoRA 除了省显存，也省计算吗？',
      a: '主要省的是显存：$W_0$ 没有优化器状态，也不需要权重梯度。GPT-3 的训练显存从 1.2 TB 降到 350 GB。但前向计算和激活值的梯度仍要穿过整个模型。论文在 GPT-3 上测得训练提速 25%（每张 V100 从 32.5 提到 43.1 tokens/s）。',
      sources: ['hu2021'],
    },
    {
      q: '用了分组查询注意力（GQA）会怎样？',
      a: 'GQA 下 $W_k$、$W_v$ 把 $d$ 维映射到 $n_\\text{kv}\\cdot d_\\text{head} < d$ 维，所以它们的 LoRA 参数是 $r(d + n_\\text{kv}d_\\text{head})$。这里的几个模型（LLaMA-7B、Qwen-7B、GPT-3）都没有用 GQA，四个注意力矩阵都是 $d\\times d$。',
      sources: ['hu2021'],
    },
  ],

  sources: [
    {
      id: 'hu2021',
      text: 'Hu 等（2021）。LoRA: Low-Rank Adaptation of Large Language Models. arXiv:2106.09685。§4.1（式 3；A 高斯初始化、B 为零；α/r 缩放；合并后无推理延迟；换任务）；§4.2（只适配注意力权重、MLP 冻结；GPT-3 训练显存 1.2 TB → 350 GB；W_q、W_v 取 r = 4 时检查点 350 GB → 35 MB；提速 25%）；§5.1（|Θ| = 2·L̂·d_model·r，GPT-3 d_model 12288、96 层）；表 4（LoRA 4.7M 与 37.7M，全参数微调 175,255.8M）；表 5（18M 预算）；表 15；附录 D（α 的取值）。',
      url: 'https://arxiv.org/abs/2106.09685',
    },
    {
      id: 'loralib',
      text: 'microsoft/LoRA，loralib/layers.py：Linear 层用 nn.init.kaiming_uniform_(a=√5) 初始化 lora_A，lora_B 置零；Embedding 层相反；scaling = lora_alpha / r；合并时 W += (B @ A)·scaling。',
      url: 'https://github.com/microsoft/LoRA/blob/main/loralib/layers.py',
    },
    {
      id: 'llama',
      text: 'Touvron 等（2023），LLaMA，arXiv:2302.13971，§2.2 与表 2；meta-llama/llama 的 model.py（v1）：32 层，dim 4096，SwiGLU 隐层 11008（w1、w3：4096 → 11008；w2：11008 → 4096）；参数总数 6,738,415,616（由配置算出）。',
      url: 'https://arxiv.org/abs/2302.13971',
    },
    {
      id: 'qwen',
      text: 'Qwen/Qwen-7B 的 config.json 与 modeling_qwen.py：32 层，hidden 4096，融合的 c_attn（4096 → 3·4096，带偏置），w1、w2 = Linear(4096, 22016 // 2 = 11008)，mlp.c_proj 为 11008 → 4096；约 7.7B 参数（算得 7,721,324,544）。',
      url: 'https://huggingface.co/Qwen/Qwen-7B',
    },
    {
      id: 'gpt3',
      text: 'Brown 等（2020）。Language Models are Few-Shot Learners. arXiv:2005.14165。§2.1 与表 2.1：GPT-3 175B 有 96 层，d_model 12288，前馈层宽度是模型宽度的四倍（d_ff = 4·d_model）。',
      url: 'https://arxiv.org/abs/2005.14165',
    },
  ],
};
