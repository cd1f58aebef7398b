import type { en } from './en';

/** 第 3 题（LayerNorm 与 BatchNorm）的全部中文文字。 */
export const zh: typeof en = {
  question: 'Transformer 用的是哪种归一化？LayerNorm 和 BatchNorm 有什么区别？',
  lede: '两者都是减均值、除标准差，区别只在于哪些数共用一组统计量，其余差异都由此而来。',

  steps: {
    tensor: {
      title: '同一张量，四种分组',
      caption:
        '每个小热图是一条序列：$T$ 行 token × $C$ 列特征，$B$ 条序列并排。四种归一化都是在一组格子上算统计量、再把这组缩放，唯一的区别是哪些格子算作一组。看高亮的那一组依次扫过。',
    },
    batchnorm: {
      title: 'BN：一个特征，整批数据',
      caption:
        'BatchNorm 同时点亮每条序列里的同一列特征：共 $C$ 组，每组 $B\\cdot T$ 个数。于是每个 token 的输出都取决于同批的其他序列。调大“异常样本倍数”，看其他样本的输出跟着变。',
    },
    layernorm: {
      title: 'LN：一个 token，全部特征',
      caption:
        'LayerNorm 只点亮一行：共 $B\\cdot T$ 组，每个 token 一组，每组 $C$ 个数。统计量只来自这一行，所以异常样本不会改变其他任何样本的输出（读数为 0）。连它自己的输出也不变，因为 LayerNorm 不受一个 token 整体缩放的影响。',
    },
    'small-batch': {
      title: '批越小，统计量越抖',
      caption:
        '拖动 $B$：BN 批均值的波动按 $1/\\sqrt{B\\cdot T}$ 下降（标记处为当前的 $B$），所以批越小，每一步训练用的统计量越不准。$B = 1$ 时，BN 退化成逐序列归一化（InstanceNorm）。LayerNorm 的分组与 $B$ 完全无关。',
    },
    padding: {
      title: 'padding 扰乱 BN，不碰 LN',
      caption:
        '补零的位置落进了 BN 的分组，把每个特征的均值往 0 拉，也把方差带偏，真实 token 于是被错误的统计量归一化（读数：padding 造成的 BN 均值偏移）。LayerNorm 只用真实 token 自己的特征，padding 根本碰不到它们。',
    },
    'train-vs-inference': {
      title: 'BN：训练 ≠ 推理',
      caption:
        'eval 模式下，BN 不再用当前批的统计量，而是改用滑动平均（momentum 0.1，无偏方差），所以同一个输入的输出与训练模式不同（读数：|train − eval| 的最大值）。LayerNorm 没有滑动统计量，两个阶段算的是同一个函数。',
    },
    rmsnorm: {
      title: 'RMSNorm：只缩放，不中心化',
      caption:
        'RMSNorm 和 LayerNorm 一样按 token 分组，但不减均值：每个 token 直接除以自身的均方根。输出的 RMS 为 1，均值一般不为 0（读数中均值² + 标准差² ≈ 1）。LLaMA、Qwen、百川用的都是它。',
    },
    placement: {
      title: '归一化放在哪',
      caption:
        'Post-LN（原始 Transformer）在每个子层之后归一化残差流，RMS 始终约为 1。Pre-LN 只归一化分支的输入，残差流随深度约按 $\\sqrt{l}$ 增长，所以最后要再加一层归一化。换来的是一条干净的恒等通路，不用预热也能训。',
    },
  },

  params: {
    mode: {
      label: '归一化方式',
      help: '哪些格子共用一组均值和方差',
      options: { bn: 'BatchNorm', ln: 'LayerNorm', rms: 'RMSNorm', in: 'InstanceNorm' },
    },
    B: { label: '批大小 B', help: '每批的序列数：BN 的统计量随它变，LN 的不变' },
    T: { label: '序列长度 T', help: '每条序列的位置数，包括 padding' },
    C: { label: '特征数 C', help: '隐藏维度，即 LayerNorm 求平均的那一维' },
    pad: { label: 'padding 比例', help: '每条序列中补零位置所占的比例' },
    outlier: { label: '异常样本倍数', help: '把第 0 个样本的所有数值乘以这个倍数', unit: '×' },
    phase: {
      label: '阶段',
      help: '推理（eval）模式下 BN 改用滑动统计量，LN 不变',
      options: { train: '训练', eval: '推理（eval）' },
    },
    layers: { label: '层数', help: '玩具 Pre-LN / Post-LN 堆叠的深度' },
    seed: { label: '随机种子', help: '种子相同，张量就相同' },
  },

  readouts: {
    groups: '归一化组数',
    'group-size': '每组数值个数',
    'focus-mean': '高亮组的均值',
    'focus-var': '高亮组的方差',
    'out-mean': '输出均值（真实 token）',
    'out-std': '输出标准差（真实 token）',
    'batch-mean-spread': 'BN 批均值的波动（以 σ 计）',
    'pad-shift': 'padding 造成的 BN 均值偏移',
    'outlier-effect': '异常样本对其他样本的最大影响',
    'train-eval-gap': '训练与推理输出的最大差 |train − eval|',
    'depth-ratio': '残差 RMS：末层 / 首层',
  },

  labels: {
    sublayer: '注意力/FFN',
    batchStats: '当前批次',
    prevGroup: '上一组',
    nextGroup: '下一组',
    groupN: '第 {n} 组，共 {total} 组',
    arrow: '归一化',
    inputTitle: '输入 x',
    outputTitle: '输出 y',
    groupHint: '点击任一格子，点亮它所在的组',
    cubeTitle: '一组统计量覆盖哪些轴',
    meanPerFeature: '每个特征的 BN 均值',
    runningVsBatch: '每个特征的 BN 均值：当前批次 vs 滑动平均',
    evalNote: '推理模式：使用滑动统计量',
    batch: '样本',
    token: 'token',
    feature: '特征',
    before: '归一化前',
    after: '归一化后',
    histogram: '数值分布',
    spreadTitle: 'BN 批均值的波动与批大小',
    spreadX: '批大小 B',
    spreadY: '批均值的标准差 / σ',
    theory: '1/√(B·T)',
    current: '当前 B',
    depthTitle: '各层残差流的 RMS',
    depthX: '层',
    depthY: 'RMS',
    pre: 'Pre-LN',
    post: 'Post-LN',
    padded: 'padding',
    real: '真实 token',
    outlierSample: '异常样本',
    litGroup: '一个归一化组',
    axesB: 'B（批）',
    axesT: 'T（token）',
    axesC: 'C（特征）',
    runningStats: '滑动统计量',
    withPad: '含 padding',
    withoutPad: '仅真实 token',
    value: '数值',
    figureAlt:
      '并排的 B 个小热图，每个代表一条序列（T 行 token × C 列特征，按数值着色），当前归一化方式下共用同一组均值和方差的格子被高亮；旁边是归一化前后的直方图、BN 批均值波动随 B 变化的曲线，以及残差流 RMS 随层数变化的曲线。',
  },

  answer: [
    'Transformer 用的是层归一化（LayerNorm）。原论文把每个子层包成 $\\mathrm{LayerNorm}(x + \\mathrm{Sublayer}(x))$，就是结构图里的“Add & Norm”，这种放法叫 Post-LN。如今的开源大模型仍然按 token 归一化，但形式和位置都变了：LLaMA、Qwen、百川（Baichuan）在每个子层的输入端用 RMSNorm（Pre-LN），末尾再加一层归一化；ChatGLM-6B 仍用 LayerNorm。',
    '区别在于哪些数共用一组均值和方差。设 $x$ 的形状为 $B\\times T\\times C$。批归一化（BatchNorm）对每个特征 $c$，在整批 $B\\cdot T$ 个 token 上算一组统计量；LayerNorm 对每个 token $(b,t)$，在它自己的 $C$ 个特征上算一组。之后两者都乘上按特征学习的缩放 $\\gamma$，再加上平移 $\\beta$。',
    'LayerNorm 适合 Transformer，是因为每个 token 的输出只取决于它自己。所以它与批大小无关，与同批的其他序列无关，padding 也进不了真实 token 的统计量。批大小为 1、逐 token 解码都照常工作。训练和推理算的是同一个函数，因为根本没有滑动统计量。',
    'BatchNorm 在文本上吃亏，是因为它的统计量是从当前这一批估出来的。即便数值彼此独立，批均值也有约 $\\sigma/\\sqrt{B\\cdot T}$ 的抖动。Shen 等（2020）发现 NLP 数据的批统计量在整个训练过程中波动很大，并认为这正是朴素 BN 在 Transformer 上明显不如 LN 的原因。此外，padding 和变长序列会让统计量有偏，推理时用的滑动平均也与训练时的批统计量对不上。',
    '放的位置和用哪种同样重要。Post-LN 在每次残差相加之后归一化整条残差流；Pre-LN 只归一化分支的输入，即 $x + F(\\mathrm{LN}(x))$，留下一条干净的恒等通路。Xiong 等（2020）证明，初始化时 Post-LN 靠近输出层的梯度很大，因此需要学习率预热（warm-up），而 Pre-LN 不预热也能训好。GPT-2 把 LayerNorm 挪到每个子块的输入端，并在最后补一个，LLaMA 一类模型沿用了这种做法。',
    'RMSNorm（Zhang & Sennrich 2019）去掉了减均值这一步：$y = g \\odot x/\\mathrm{RMS}(x)$，不中心化，也没有偏置。它保留了对缩放的不变性，计算更省（论文实验中运行时间减少 7%–64%），效果与 LayerNorm 相当，所以 LLaMA、Qwen、百川都用它。',
    'BatchNorm 本身并没有错。在它的前提成立的地方，比如大批量训练的 CNN，它依然好用，推理时固定的统计量还能直接并入前一层线性变换。但对变长序列、逐 token 解码的语言模型，按 token 归一化更合适。',
  ],

  formulas: [
    {
      tex: '\\mu_c = \\frac{1}{BT}\\sum_{b=1}^{B}\\sum_{t=1}^{T} x_{b,t,c},\\quad \\sigma_c^2 = \\frac{1}{BT}\\sum_{b,t}\\left(x_{b,t,c}-\\mu_c\\right)^2,\\quad y_{b,t,c} = \\gamma_c\\,\\frac{x_{b,t,c}-\\mu_c}{\\sqrt{\\sigma_c^2+\\epsilon}}+\\beta_c',
      caption:
        'BatchNorm（训练模式）：每个特征 c 在整批 B·T 个 token 上算一组均值和有偏方差，共 C 组，每组 B·T 个数。在 PyTorch 里相当于把 x 转置成 [B, C, T] 后用 nn.BatchNorm1d(C)。',
    },
    {
      tex: '\\mu_{b,t} = \\frac{1}{C}\\sum_{c=1}^{C} x_{b,t,c},\\quad \\sigma_{b,t}^2 = \\frac{1}{C}\\sum_{c=1}^{C}\\left(x_{b,t,c}-\\mu_{b,t}\\right)^2,\\quad y_{b,t,c} = \\gamma_c\\,\\frac{x_{b,t,c}-\\mu_{b,t}}{\\sqrt{\\sigma_{b,t}^2+\\epsilon}}+\\beta_c',
      caption:
        'LayerNorm：每个 token (b, t) 在自己的 C 个特征上算一组均值和方差，γ、β 仍按特征设置。共 B·T 组，每组 C 个数，训练和推理算法相同。PyTorch 中为 nn.LayerNorm(C)，有偏方差，ε = 1e-5。',
    },
    {
      tex: '\\mathrm{RMS}_{b,t} = \\sqrt{\\frac{1}{C}\\sum_{c=1}^{C} x_{b,t,c}^2+\\epsilon},\\qquad y_{b,t,c} = g_c\\,\\frac{x_{b,t,c}}{\\mathrm{RMS}_{b,t}}',
      caption: 'RMSNorm：分组与 LayerNorm 相同（按 token），但不减均值，也没有 β。ε 放在根号内，与 LLaMA 代码一致（norm_eps = 1e-6）。',
    },
    {
      tex: '\\mu_{b,c} = \\frac{1}{T}\\sum_{t=1}^{T} x_{b,t,c},\\qquad \\sigma_{b,c}^2 = \\frac{1}{T}\\sum_{t=1}^{T}\\left(x_{b,t,c}-\\mu_{b,c}\\right)^2',
      caption: 'InstanceNorm（作对照）：每个样本的每个特征在该样本的 T 个 token 上算一组，共 B·C 组，每组 T 个数。B = 1 时的 BatchNorm 恰好就是它。',
    },
    {
      tex: '\\hat\\mu_c \\leftarrow (1-m)\\,\\hat\\mu_c + m\\,\\mu_c,\\qquad \\hat\\sigma_c^2 \\leftarrow (1-m)\\,\\hat\\sigma_c^2 + m\\,\\frac{n}{n-1}\\,\\sigma_c^2,\\qquad y^{\\text{eval}}_{b,t,c} = \\gamma_c\\,\\frac{x_{b,t,c}-\\hat\\mu_c}{\\sqrt{\\hat\\sigma_c^2+\\epsilon}}+\\beta_c',
      caption:
        'BatchNorm 的滑动统计量（PyTorch 默认设置）：momentum m = 0.1 是新一批所占的权重，存下的方差用无偏估计（每个特征 n = B·T 个数）。初值为 0 和 1，eval 模式用它们代替批统计量来归一化。',
    },
    {
      tex: '\\text{Post-LN: } x_{l+1} = \\mathrm{LN}\\big(x_l + F_l(x_l)\\big)\\qquad\\quad \\text{Pre-LN: } x_{l+1} = x_l + F_l\\big(\\mathrm{LN}(x_l)\\big),\\quad y = \\mathrm{LN}_{\\text{final}}(x_L)',
      caption:
        'Post-LN（原始 Transformer、BERT）在每个子层之后归一化残差流；Pre-LN（GPT-2、LLaMA）只归一化分支的输入，并在输出层之前加一层最终归一化。F 是注意力或 FFN，每个块各有一个。',
    },
  ],

  misconceptions: [
    {
      claim: 'Transformer 用 LayerNorm，是因为它保留了序列（时间）维度上的信息，而 BatchNorm 会把不同位置混在一起。',
      correction:
        '这种说法不严谨。在 Transformer 里，LayerNorm 对每个 token 的 $C$ 个特征单独归一化，既不利用也谈不上保留序列维度上的任何东西。（Ba 等提出 LayerNorm 时以 RNN 为动机：在 RNN 里，BatchNorm 得为每个时间步单独维护统计量。）真正起作用的理由是另外几条：token 的输出与批大小、其他样本和 padding 都无关，训练和推理的计算完全一致。',
      sources: ['ba2016', 'pytorch-ln', 'vaswani2017'],
    },
    {
      claim: 'BatchNorm 在 NLP 里根本用不了。',
      correction:
        '能用，也能训，只是朴素 BatchNorm 在 Transformer 上的效果明显不如 LayerNorm。Shen 等把原因归结为批统计量的剧烈波动。他们提出的 PowerNorm 保留了跨批归一化的思路，但去掉了减均值，并改用滑动的二次均值，在他们的翻译和语言模型基准上反而超过了 LayerNorm。',
      sources: ['shen2020'],
    },
    {
      claim: 'Transformer 用的是 Pre-LN。',
      correction:
        '原始 Transformer（2017）是 Post-LN，即 $\\mathrm{LayerNorm}(x + \\mathrm{Sublayer}(x))$，BERT 也沿用了这种放法。Pre-LN 是后来才出现的：GPT-2 把 LayerNorm 挪到每个子块的输入端，并在最后补了一个 LayerNorm；之后 Xiong 等（2020）解释了 Pre-LN 为什么可以不用预热。',
      sources: ['vaswani2017', 'bert-code', 'radford2019', 'xiong2020'],
    },
    {
      claim: 'RMSNorm 就是换了个 ε 的 LayerNorm；或者说，它和 LayerNorm 一样把方差归一化。',
      correction:
        'RMSNorm 除以的是均方根 $\\sqrt{\\mathrm{mean}(x^2)+\\epsilon}$：不减均值，只有增益没有偏置。输出的 RMS 为 1，但均值不一定为 0、标准差也不一定为 1（每个 token 上，均值² + 标准差² ≈ 1）。只有当 token 的均值本来就是 0 时，它才与 LayerNorm 相同。',
      sources: ['zhang2019', 'llama-code'],
    },
    {
      claim: 'LayerNorm 是对一个样本的整个 $T\\times C$ 序列做归一化。',
      correction:
        '在 Transformer 里它是 nn.LayerNorm(C)：只在最后一维上算统计量，每个 token 各算各的。如果在 $T\\times C$ 上一起算，padding 和后面的 token 都会影响当前 token 的输出，因果解码也就不成立了。Ba 等说的“一个训练样本在该层的全部输入”，在逐 token 作用的层里，指的就是一个 token 的 $C$ 个特征。',
      sources: ['pytorch-ln', 'ba2016'],
    },
    {
      claim: '在 NLP 里，BatchNorm 是把每个句子的第 t 个词放在一起归一化（每个位置一组）。',
      correction:
        '文本上的标准 BatchNorm（对 $[B, C, T]$ 用 BatchNorm1d）会把每个特征在全部 $B\\cdot T$ 个 token 上汇总，不分位置，也就是图中高亮的那一组；这与卷积网络里的 BatchNorm 在整批和所有空间位置上汇总是一个道理。真要按位置分组，每组只有 $B$ 个数，会更抖，而且靠后的位置大多是 padding。',
      sources: ['pytorch-bn', 'ioffe2015'],
    },
  ],

  followUps: [
    {
      q: '推理时批大小为 1，为什么不用 BatchNorm？',
      a: '严格说 BatchNorm 能跑：eval 模式用滑动统计量，推理时批大小无所谓。问题在于，这些平均值来自训练时的各个批（它们的长度、padding、样本构成），与每一步训练实际用来归一化的统计量并不一致。训练本身也需要又大又干净的批；一组只有一个数时，PyTorch 在训练模式下会直接报错（“Expected more than 1 value per channel when training”）。LayerNorm 绕开了这一切：按 token 计算，训练、批量推理、带 KV cache 的逐 token 解码，算法完全一样。',
      sources: ['pytorch-bn', 'ioffe2015', 'ba2016'],
    },
    {
      q: '既然要归一化，为什么还要 γ 和 β？',
      a: '它们是按特征学习的缩放和平移（形状为 $[C]$），在归一化之后施加，初值分别为 1 和 0。有了它们，每个特征需要的尺度和偏移都能学回来，归一化不会损失表达能力。LayerNorm 的统计量虽然按 token 算，γ、β 同样按特征设置。RMSNorm 只保留缩放 $g$。',
      sources: ['ioffe2015', 'pytorch-ln', 'zhang2019'],
    },
    {
      q: 'Pre-LN 模型为什么需要最后一层归一化？它放在哪？',
      a: 'Pre-LN 里残差流本身从不被归一化，每个子层都往上累加，幅度随深度增长（本图的玩具堆叠中约为 $\\sqrt{l}$）。在输出投影之前加一层 LayerNorm 或 RMSNorm，就能把它拉回固定尺度。GPT-2 在最后一个自注意力块之后加了一个；LLaMA（norm）、Qwen（ln_f）、百川和 ChatGLM-6B 也都有。GPT-2 还在初始化时把残差层的权重乘以 $1/\\sqrt{N}$，以抑制这种增长。',
      sources: ['radford2019', 'llama2023', 'llama-code', 'qwen-code', 'baichuan', 'chatglm-code'],
    },
    {
      q: 'DeepNorm 是什么？ChatGLM-6B 是怎么做的？',
      a: 'DeepNorm（Wang 等 2022）保留 Post-LN 对残差流的归一化，但放大残差支路，即 $\\mathrm{LN}(\\alpha x + F(x))$，$\\alpha > 1$，并配合相应的初始化，让很深的 Post-LN 模型也能稳定训练。ChatGLM-6B 的代码做法类似：每个子层先算 $h = \\mathrm{LN}(x)$，再输出 $\\alpha h + F(h)$，其中 $\\alpha = \\sqrt{2N} = \\sqrt{56} \\approx 7.48$（$N = 28$ 层）。它用的是带偏置的 LayerNorm（$\\epsilon$ = 1e-5），最后还有一层 LayerNorm。',
      sources: ['wang2022', 'chatglm-code'],
    },
    {
      q: 'BatchNorm 用的方差是有偏的还是无偏的？',
      a: '两种都用。训练时的前向计算用有偏的批方差（除以 $n$）；滑动方差则用无偏估计更新（除以 $n-1$），新值权重 momentum = 0.1，初值为均值 0、方差 1。这沿袭了 Ioffe 和 Szegedy 的做法：推理时用 $\\frac{m}{m-1}\\,\\mathrm{E}[\\sigma_B^2]$。LayerNorm 始终只用有偏方差。',
      sources: ['pytorch-bn', 'ioffe2015', 'pytorch-ln'],
    },
    {
      q: 'LayerNorm 对什么变换不变？RMSNorm 呢？',
      a: '就单个 token 而言，LayerNorm 对所有特征同加一个常数、同乘一个正数都不变：在不计 $\\epsilon$ 时，$a > 0$ 则 $\\mathrm{LN}(a x + b) = \\mathrm{LN}(x)$。这也是为什么放大异常样本后，连它自己的 LayerNorm 输出都不变。RMSNorm 只保留对缩放的不变性；Zhang 和 Sennrich 认为平移不变性可有可无。',
      sources: ['ba2016', 'zhang2019'],
    },
  ],

  sources: [
    {
      id: 'ba2016',
      text: 'Ba, Kiros, Hinton (2016). Layer Normalization. arXiv:1607.06450。摘要与 §3：统计量取自单个训练样本在一层上的全部输入；训练和测试时计算完全相同；对批大小没有限制。',
      url: 'https://arxiv.org/abs/1607.06450',
    },
    {
      id: 'ioffe2015',
      text: 'Ioffe, Szegedy (2015). Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift. arXiv:1502.03167。Algorithm 1（批均值与批方差，缩放 γ、平移 β）；§3.1（推理用总体统计量，无偏方差 m/(m−1)·E[σ_B²]，合成为一个线性变换）；§3.2（卷积层：在整批和所有空间位置上算统计量）。',
      url: 'https://arxiv.org/abs/1502.03167',
    },
    {
      id: 'vaswani2017',
      text: 'Vaswani 等 (2017). Attention Is All You Need. arXiv:1706.03762。§3.1：“the output of each sub-layer is LayerNorm(x + Sublayer(x))”；图 1 中的“Add & Norm”。',
      url: 'https://arxiv.org/abs/1706.03762',
    },
    {
      id: 'radford2019',
      text: 'Radford 等 (2019). Language Models are Unsupervised Multitask Learners（GPT-2 技术报告）。§2.3：层归一化移到每个子块的输入端，并在最后一个自注意力块之后额外加一层；初始化时残差层权重乘以 1/√N。',
      url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
    },
    {
      id: 'xiong2020',
      text: 'Xiong 等 (2020). On Layer Normalization in the Transformer Architecture. ICML 2020，arXiv:2002.04745。摘要与图 1：初始化时 Post-LN 靠近输出层的期望梯度很大，需要预热；Pre-LN 梯度表现良好，不预热也能训练。',
      url: 'https://arxiv.org/abs/2002.04745',
    },
    {
      id: 'shen2020',
      text: 'Shen, Yao, Gholami, Mahoney, Keutzer (2020). PowerNorm: Rethinking Batch Normalization in Transformers. ICML 2020，arXiv:2003.07845。摘要：朴素 BN 使 NLP 任务效果明显下降；批统计量在训练中剧烈波动；PowerNorm 比 LN 高 0.4/0.6 BLEU（IWSLT14/WMT14），困惑度低 5.6/3.0（PTB/WikiText-103）。',
      url: 'https://arxiv.org/abs/2003.07845',
    },
    {
      id: 'zhang2019',
      text: 'Zhang, Sennrich (2019). Root Mean Square Layer Normalization. NeurIPS 2019，arXiv:1910.07467。摘要：假设平移（重新中心化）不变性可有可无，只按 RMS 缩放；效果与 LayerNorm 相当，运行时间减少 7%–64%。',
      url: 'https://arxiv.org/abs/1910.07467',
    },
    {
      id: 'wang2022',
      text: 'Wang 等 (2022). DeepNet: Scaling Transformers to 1,000 Layers. arXiv:2203.00555。摘要：DeepNorm 修改残差连接并配合理论推导的初始化，兼顾 Post-LN 的效果与 Pre-LN 的训练稳定性。',
      url: 'https://arxiv.org/abs/2203.00555',
    },
    {
      id: 'llama2023',
      text: 'Touvron 等 (2023). LLaMA: Open and Efficient Foundation Language Models. arXiv:2302.13971。§2.2：预归一化（对每个子层的输入做归一化），使用 RMSNorm。',
      url: 'https://arxiv.org/abs/2302.13971',
    },
    {
      id: 'llama-code',
      text: 'meta-llama/llama，llama/model.py（v1）：RMSNorm = x · rsqrt(mean(x²) + eps) · weight；h = x + attention(attention_norm(x))；out = h + feed_forward(ffn_norm(h))；输出层之前有最终的 norm。params.json：norm_eps 1e-6。',
      url: 'https://github.com/meta-llama/llama',
    },
    {
      id: 'qwen-code',
      text: 'Qwen/Qwen-7B，modeling_qwen.py：QWenBlock 在注意力和 MLP 之前分别用 RMSNorm（ln_1 / ln_2），最后有 ln_f；config.json：layer_norm_epsilon 1e-6。',
      url: 'https://huggingface.co/Qwen/Qwen-7B',
    },
    {
      id: 'baichuan',
      text: 'baichuan-inc/Baichuan-7B：README_EN.md（“Pre-Normalization method based on RMSNorm”）；models/modeling_baichuan.py（RMSNorm，预归一化的解码层，最终 norm）；models/configuration_baichuan.py：rms_norm_eps 1e-6。',
      url: 'https://github.com/baichuan-inc/Baichuan-7B',
    },
    {
      id: 'chatglm-code',
      text: 'THUDM/chatglm-6b，modeling_chatglm.py 的 GLMBlock.forward：attention_input = input_layernorm(x)；alpha = √(2 · num_layers)；hidden = attention_input · alpha + attention_output；mlp_input = post_attention_layernorm(hidden)；output = mlp_input · alpha + mlp_output；最后有一层 LayerNorm。config.json：num_layers 28，layernorm_epsilon 1e-5。',
      url: 'https://huggingface.co/THUDM/chatglm-6b',
    },
    {
      id: 'bert-code',
      text: 'Hugging Face transformers，models/bert/modeling_bert.py：BertSelfOutput 与 BertOutput 计算 LayerNorm(hidden_states + input_tensor)，即 Post-LN。',
      url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/models/bert/modeling_bert.py',
    },
    {
      id: 'pytorch-ln',
      text: 'PyTorch 文档 torch.nn.LayerNorm：在最后 D 维上算均值和方差（D = len(normalized_shape)）；有偏方差；eps 1e-5；逐元素仿射，初值 γ = 1、β = 0；训练和 eval 计算相同。',
      url: 'https://pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html',
    },
    {
      id: 'pytorch-bn',
      text: 'PyTorch 文档 torch.nn.BatchNorm1d：输入 (N, C) 或 (N, C, L)，每个通道在 (N, L) 上算统计量（“Temporal Batch Normalization”）；eps 1e-5；momentum 0.1，x̂_new = (1 − momentum)·x̂ + momentum·x_t；前向用有偏方差，滑动方差用无偏估计；eval 模式使用滑动估计。',
      url: 'https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm1d.html',
    },
  ],
};
