import type { en } from './en';
import { FORMULA_TEX } from './tex';

/** 第 16 题（AdamW 与 Adam + L2）的全部中文文字。 */
export const zh: typeof en = {
  question: 'AdamW 和 Adam 有什么区别？为什么训练大模型默认用 AdamW？',
  lede: '两者都有权重衰减。Adam + L2 把 λθ 加进梯度，它会和梯度一起被 √v̂ 除掉；AdamW 直接从权重里减，每个权重按同样的比例衰减。',

  steps: {
    race: {
      title: '五个优化器，同一个地形',
      caption:
        '一条又长又窄的山谷：沿 $\\theta_1$ 曲率为 1，沿 $\\theta_2$ 曲率为 12，最小值 ★ 在 (2, 1)，不在原点。所有优化器都从 ○ 出发，用同一个学习率走同样多步。Adam、Adam+L2、AdamW 分别对应 PyTorch 的 Adam、Adam(weight_decay=λ)、AdamW(weight_decay=λ)。在图里拖动即可移动起点。',
    },
    'adam-update': {
      title: '拆开一次 Adam 更新',
      caption:
        'Adam 维护 $g$ 和 $g^2$ 的滑动平均（$m$、$v$），在开头做偏差修正（$\\hat m$、$\\hat v$），每步走 $\\mathrm{lr}\\cdot\\hat m/(\\sqrt{\\hat v}+\\epsilon)$。第 $t = 1$ 步时 $\\hat m = g$、$\\hat v = g^2$，所以不管梯度多大，每个坐标都几乎正好移动 $\\pm\\mathrm{lr}$。拖动“查看第 t 步”可以看后面的更新。',
    },
    'l2-coupled': {
      title: 'Adam + L2：衰减被 √v̂ 除掉了',
      caption:
        'Adam(weight_decay=λ) 把 $\\lambda\\theta$ 加进梯度，于是它也进入 $m$、$v$，和梯度一样被 $\\sqrt{\\hat v}+\\epsilon$ 除。$\\theta_2$ 在陡峭方向，$\\sqrt{\\hat v}$ 更大，衰减反而更小。对比表中“衰减 ÷ θ”这一行，以及图上放大后的两支衰减箭头。',
    },
    decoupled: {
      title: 'AdamW：每个权重衰减得一样多',
      caption:
        'AdamW 先把权重缩一下，$\\theta \\leftarrow \\theta - \\mathrm{lr}\\,\\lambda\\,\\theta$，再用只由 $\\nabla f$ 算出的 Adam 步长更新。不论陡峭还是平坦，每个坐标每步都衰减同样的比例 $\\mathrm{lr}\\cdot\\lambda$。两者的终点不同：Adam+L2 趋向 ◇，即 $f+\\tfrac{\\lambda}{2}\\lVert\\theta\\rVert^2$ 的最小值；AdamW 最小化的并不是这个函数。',
    },
    'lambda-zero': {
      title: 'λ = 0：三者都是 Adam',
      caption:
        '没有权重衰减，两种做法就没有区别。Adam、Adam+L2、AdamW 走出完全相同的路径（蓝色虚线压在橙色实线上），终点距离为 0。把 λ 调大，它们就分开了。',
    },
    'sgd-equivalent': {
      title: '对普通 SGD，L2 和权重衰减是一回事',
      caption:
        '对 SGD，$\\theta - \\mathrm{lr}(\\nabla f + \\lambda\\theta) = (1-\\mathrm{lr}\\,\\lambda)\\theta - \\mathrm{lr}\\nabla f$：系数为 λ 的 L2 就是衰减率为 lr·λ 的权重衰减。红色的 SGD+L2 与虚线 SGDW 完全重合（读数：最大距离不到 1e−6，只是 float32 舍入）。加了动量，两者已经略有不同；到了 Adam 按坐标相除，差别就很大了。',
    },
    'torch-lr': {
      title: 'PyTorch 里每步衰减 = lr·λ',
      caption:
        'PyTorch 的 AdamW 把 λ 乘上学习率：每步去掉权重的 lr·λ（见读数）。改 lr，实际衰减也跟着变；学习率调度也会同比例缩放衰减。论文里衰减是 $\\eta_t\\lambda$，$\\eta_t$ 只是调度乘子。默认值：AdamW 的 weight_decay = 0.01，Adam 的 weight_decay = 0。',
    },
  },

  params: {
    lr: { label: '学习率 lr', help: '所有优化器用同一个学习率（对数刻度）' },
    wd: { label: '权重衰减 λ', help: 'Adam（L2）、AdamW（解耦）以及 SGD+L2 / SGDW 这一对的 weight_decay' },
    beta1: { label: 'β1（动量）', help: 'Adam 一阶矩的衰减系数；也是“SGD+动量”的动量 μ' },
    beta2: { label: 'β2', help: 'g² 滑动平均的衰减系数' },
    logEps: { label: 'ε（取 log₁₀ ε）', help: 'ε = 10^该值，加在 Adam 分母的 √v̂ 上；−8 即 PyTorch 默认的 1e−8' },
    steps: { label: '更新步数', help: '优化器一共走多少步' },
    t: { label: '查看第 t 步', help: '表格拆解哪一步更新（不超过总步数）' },
    land: {
      label: '损失地形',
      help: '优化器在哪个曲面上比赛',
      options: { valley: '轴对齐山谷', rotated: '斜放山谷', banana: '香蕉谷' },
    },
    x0: { label: '起点 θ₁', help: '也可以在图中拖动' },
    y0: { label: '起点 θ₂', help: '也可以在图中拖动' },
  },

  readouts: {
    'loss-sgd': '最终损失 · SGD',
    'loss-momentum': '最终损失 · SGD+动量',
    'loss-adam': '最终损失 · Adam',
    'loss-adam-l2': '最终损失 · Adam+L2',
    'loss-adamw': '最终损失 · AdamW',
    'gap-l2-w': '终点距离：Adam+L2 与 AdamW',
    'l2-decay-x': 'Adam+L2 第 t 步衰减 ÷ θ₁',
    'l2-decay-y': 'Adam+L2 第 t 步衰减 ÷ θ₂',
    'adamw-decay': 'AdamW 每步衰减 ÷ θ（lr·λ）',
    'sgd-l2-vs-w': 'SGD+L2 与 SGDW 的最大距离',
  },

  labels: {
    'opt-sgd': 'SGD',
    'opt-momentum': 'SGD+动量',
    'opt-adam': 'Adam',
    'opt-adamL2': 'Adam+L2',
    'opt-adamw': 'AdamW',
    'opt-sgdL2': 'SGD+L2',
    'opt-sgdw': 'SGDW（衰减 lr·λ）',
    raceTitle: '损失等高线，每个优化器走 {T} 步',
    min: 'f 的最小值',
    l2Min: 'f + λ‖θ‖²/2 的最小值',
    start: '起点',
    drag: '在图中拖动或点击可移动起点。',
    legend: '优化器',
    arrowNote: '箭头：第 t 步的衰减项，放大 {k} 倍',
    diverged: '发散',
    lossTitle: '每步的损失 f(θ)（对数刻度）',
    lossX: '更新步',
    lossY: '损失',
    tableCaption: '第 t = {t} 步（共 {T} 步），按坐标',
    relDecayTitle: '第 t 步的衰减 ÷ θ，按坐标',
    'row-theta0': '更新前 θ',
    'row-gradF': '∇f',
    'row-g': 'm、v 看到的 g',
    'row-m': 'm',
    'row-v': 'v',
    'row-mHat': 'm̂ = m/(1−β1ᵗ)',
    'row-vHat': 'v̂ = v/(1−β2ᵗ)',
    'row-den': '√v̂ + ε',
    'row-step': '步长 lr·m̂/(√v̂+ε)',
    'row-decay': '衰减项',
    'row-relDecay': '衰减 ÷ θ',
    'row-theta1': '更新后 θ',
  },

  answer: [
    '两者都是 Adam 加权重衰减，区别在衰减从哪里进入。PyTorch 的 Adam(weight_decay=λ) 是 L2 正则：把 $\\lambda\\theta$ 加到梯度上。AdamW 把它解耦：直接缩小权重，$\\theta \\leftarrow \\theta - \\mathrm{lr}\\,\\lambda\\,\\theta$，Adam 更新只用 $\\nabla f$（Loshchilov & Hutter，“Decoupled Weight Decay Regularization”，ICLR 2019）。',
    '对普通 SGD 两者等价：$\\theta - \\mathrm{lr}(\\nabla f + \\lambda\\theta) = (1 - \\mathrm{lr}\\,\\lambda)\\theta - \\mathrm{lr}\\nabla f$，系数为 λ 的 L2 就等于衰减率为 lr·λ 的权重衰减。这也是“L2”和“权重衰减”常被混用的原因。',
    '对 Adam 就不等价了。L2 项会进入 $m$ 和 $v$，并按坐标被 $\\sqrt{\\hat v}+\\epsilon$ 除。梯度大或噪声大（$\\hat v$ 大）的权重几乎不衰减，梯度小的权重反而衰减得多，你想要的正则被优化器的预条件重新分配了。Adam+L2 最终确实最小化 $f + \\tfrac{\\lambda}{2}\\lVert\\theta\\rVert^2$，只是各坐标的步长不均。AdamW 的衰减对每个权重都是同一比例，与梯度历史无关。',
    '为什么重要：论文里解耦带来两点：（1）最优 λ 基本不再依赖学习率，两者可以分开调；（2）在图像分类上，Adam 的泛化能追上带动量的 SGD，而 Adam + L2 原先明显落后。再加上实现简单，AdamW 成了 Transformer 和大模型的标准优化器（例如 LLaMA 用 AdamW，β2 = 0.95，weight decay 0.1）。',
    'PyTorch 的细节：AdamW 在 Adam 步之前先做 $\\theta \\leftarrow \\theta(1 - \\mathrm{lr}\\cdot\\lambda)$，所以每步的实际衰减是 lr·λ，会随学习率及其调度变化。AdamW 的 weight_decay 默认 0.01，Adam 默认 0。ε 加在开方之后、偏差修正之后。',
  ],

  formulas: [
    {
      tex: FORMULA_TEX[0],
      caption: 'Adam + L2（torch.optim.Adam，weight_decay = λ）：衰减项在 g 里面，会被平均进 m，再被 √v̂ + ε 除。',
    },
    {
      tex: FORMULA_TEX[1],
      caption: 'AdamW（torch.optim.AdamW）：先把权重按 lr·λ 缩小，再只用损失的梯度走 Adam 步。',
    },
    {
      tex: FORMULA_TEX[2],
      caption: '偏差修正：m、v 从 0 开始，早期的平均值要放大。ε 加在 v̂ 开方之后。',
    },
    {
      tex: FORMULA_TEX[3],
      caption: '普通 SGD：系数为 λ 的 L2 恰好等于衰减率为 lr·λ 的权重衰减。',
    },
  ],

  misconceptions: [
    {
      claim: '“权重衰减就是 L2 正则。”',
      correction:
        '只对普通 SGD 成立（衰减率要乘上 lr）。加了动量，L2 项还会累积进动量缓冲；到了 Adam，它还要按坐标除以 $\\sqrt{\\hat v}$。各框架长期把 L2 实现叫作 “weight_decay”，混淆就是这么来的。torch.optim.Adam(weight_decay=…) 至今仍是 L2。',
      sources: ['lh2019', 'torch-adam'],
    },
    {
      claim: '“AdamW 就是默认 weight decay 更好的 Adam。”',
      correction:
        '区别在公式，不在数值：AdamW 在自适应步长之外减去 lr·λ·θ。默认值也确实不同（AdamW 为 0.01，Adam 为 0），但 Adam(weight_decay=0.01) 依然是 L2，与 AdamW(weight_decay=0.01) 不同。',
      sources: ['torch-adamw', 'torch-adam'],
    },
    {
      claim: '“用了 AdamW，λ 就和学习率无关了。”',
      correction:
        '论文中衰减只乘调度乘子 $\\eta_t$，不乘基础步长 α。PyTorch 的 AdamW 则把 λ 乘上 lr，每步衰减是 lr·λ：lr 翻倍，衰减也翻倍。调度同时缩放两者，这符合论文本意；但在一个 lr 下调好的 λ，换了 lr 含义就变了。',
      sources: ['torch-adamw', 'lh2019'],
    },
    {
      claim: '“Adam + L2 不好，是因为 L2 项被忽略了。”',
      correction:
        '没有被忽略，而是被重新缩放了。确定性的 Adam + L2 最终仍停在 $f + \\tfrac{\\lambda}{2}\\lVert\\theta\\rVert^2$ 的最小值（图中 ◇，那里 $g = 0$）。但一路上每个权重感受到的衰减都乘了 $1/(\\sqrt{\\hat v}+\\epsilon)$：历史梯度大的权重几乎没有被正则。AdamW 的衰减与梯度历史无关。',
      sources: ['lh2019'],
    },
  ],

  followUps: [
    {
      q: '哪些参数应该做权重衰减？',
      a: '常见做法（例如 GPT 类训练代码）是只衰减权重矩阵，偏置和 LayerNorm/RMSNorm 的增益不衰减（用参数组把它们的 weight_decay 设为 0）。这是惯例，不是 AdamW 本身的一部分。',
    },
    {
      q: 'ε 有什么用，什么时候起作用？',
      a: '防止分母接近 0。Adam 把它加在开方和偏差修正之后（$\\sqrt{\\hat v}+\\epsilon$）。$\\sqrt{\\hat v} \\gg \\epsilon$ 时它不起作用；梯度很小时，ε 很大会让 Adam 退化成步长为 lr/ε 的 SGD。把 ε 滑块推到 0（ε = 1），看 Adam 变慢。',
      sources: ['torch-adam'],
    },
    {
      q: '为什么 Adam 第一步每个坐标都是 ±lr？',
      a: '$t = 1$ 时偏差修正给出 $\\hat m = g$、$\\hat v = g^2$，步长是 $\\mathrm{lr}\\cdot g/(|g|+\\epsilon) \\approx \\mathrm{lr}\\cdot\\mathrm{sign}(g)$。这也是 Adam 类优化器常配合预热（warm-up）的原因之一。',
      sources: ['torch-adam'],
    },
    {
      q: '实际中 λ 怎么选？',
      a: '大模型预训练常用 AdamW、weight decay 约 0.1，配合余弦调度（LLaMA 为 0.1）。别忘了 PyTorch 里每步衰减是 lr·λ：lr = 3e−4 时 λ = 0.1 每步只去掉权重的 3e−5。论文还提出按一次训练的总更新次数归一化 λ，使调好的值能迁移到更长或更短的训练。',
      sources: ['llama', 'torch-adamw', 'lh2019'],
    },
  ],

  sources: [
    {
      id: 'lh2019',
      text: 'I. Loshchilov, F. Hutter，“Decoupled Weight Decay Regularization”，ICLR 2019（arXiv 1711.05101）：摘要；§2（命题 1：对 SGD，L2 等价于 λ′ = λ/α 的权重衰减；命题 2：对自适应方法不成立）；算法 2（AdamW，衰减乘调度乘子 η_t）。',
      url: 'https://arxiv.org/abs/1711.05101',
    },
    {
      id: 'torch-adamw',
      text: 'PyTorch 1.13 torch.optim.AdamW 文档：默认 lr 1e-3、betas (0.9, 0.999)、eps 1e-8、weight_decay 1e-2；在 Adam 步之前 θ ← θ − γλθ。',
      url: 'https://pytorch.org/docs/1.13/generated/torch.optim.AdamW.html',
    },
    {
      id: 'torch-adam',
      text: 'PyTorch 1.13 torch.optim.Adam 文档：weight_decay 默认 0；λ ≠ 0 时 g ← g + λθ；ε 在偏差修正后加到 √v̂ 上。',
      url: 'https://pytorch.org/docs/1.13/generated/torch.optim.Adam.html',
    },
    {
      id: 'torch-sgd',
      text: 'PyTorch 1.13 torch.optim.SGD 文档：动量缓冲 b ← μb + g（b₁ = g₁），weight_decay 把 λθ 加到 g 上。',
      url: 'https://pytorch.org/docs/1.13/generated/torch.optim.SGD.html',
    },
    {
      id: 'llama',
      text: 'Touvron 等，“LLaMA: Open and Efficient Foundation Language Models”，arXiv 2302.13971，§2.3 Optimizer：AdamW，β1 = 0.9、β2 = 0.95，余弦调度，weight decay 0.1，梯度裁剪 1.0。',
      url: 'https://arxiv.org/abs/2302.13971',
    },
    {
      id: 'fixtures',
      text: '本场景的数值：轨迹与 torch 1.13 的 SGD、Adam、Adam(weight_decay)、AdamW 逐步对照（scripts/make_optim_fixtures.py → tests/fixtures/optim.json），float32 下最大相对误差约 2e−6。',
    },
  ],
};
