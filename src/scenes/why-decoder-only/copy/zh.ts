import type { en } from './en';

/** 公式的 KaTeX 源（中文版）。 */
const F_ = [
  'A=\\mathrm{softmax}\\!\\Big(\\tfrac{QK^{\\top}}{\\sqrt{d}}+M\\Big),\\quad M_{ij}=\\begin{cases}0 & \\text{允许}\\\\-\\infty & \\text{屏蔽}\\end{cases}',
  '\\text{因果：} j\\le i;\\qquad \\text{Prefix-LM：} j<p\\ \\lor\\ j\\le i;\\qquad \\#\\text{对} = n^2,\\ \\tfrac{n(n+1)}{2},\\ p^2+\\tfrac{n(n+1)-p(p+1)}{2}',
  '\\det A_{\\text{因果}}=\\prod_{i} a_{ii}>0 \\;\\Rightarrow\\; \\operatorname{rank}A_{\\text{因果}}=n',
  '\\operatorname{rank}_{\\text{num}}(A)=\\#\\{i:\\sigma_i>\\tau\\,\\sigma_1\\},\\ \\tau=10^{-3};\\qquad \\operatorname{erank}(A)=\\exp\\!\\Big(-\\sum_i p_i\\ln p_i\\Big),\\ p_i=\\tfrac{\\sigma_i}{\\sum_j\\sigma_j}',
  '\\text{每 token 的 KV 字节数}=2\\cdot L\\cdot n_{kv}\\cdot d_{\\text{head}}\\cdot b = 2\\cdot32\\cdot32\\cdot128\\cdot2 = 524{,}288\\ \\text{（LLaMA-7B，fp16）}',
  '\\text{MACs}_{\\text{缓存}}(t)=L\\,(4d^2+3d\\,d_{ff}+2td)+dV,\\quad \\text{MACs}_{\\text{重算}}(t)=L\\,\\big(t(4d^2+3d\\,d_{ff})+d\\,t(t+1)\\big)+dV',
];

const F = (i: number): string => F_[i];

/** 第 9 题（为什么大模型多是仅解码器结构）的全部中文文字。 */
export const zh: typeof en = {
  question: '为什么现在的大模型大多是 Decoder-only（仅解码器）结构？',
  lede: '四种注意力模式、每种训练目标给出多少监督信号、KV 缓存省下了什么，以及流传很广的“秩”论证，全部在浏览器里实时计算：按种子生成随机的 Q、K，用 tfjs 做带掩码的 softmax，再求奇异值。最后逐条掂量各个理由：哪些已有实证，哪些只是假说。',

  steps: {
    masks: {
      title: '谁能看到谁',
      caption:
        '同一个 $\\mathrm{softmax}(QK^{\\top}/\\sqrt d + M)$，换四种掩码 $M$（$0$ 表示允许，$-\\infty$ 表示屏蔽）。Encoder（BERT）：每个 token 看得到所有 token。Decoder（GPT）：第 $i$ 个 token 只看 $j\\le i$。Prefix-LM（UniLM、GLM）：前 $p$ 个 token 之间双向可见，其余部分是因果的。Encoder–Decoder（T5）：编码器对源序列双向注意，解码器是因果的，并通过交叉注意力读取整个源序列。它的可见性图样和 Prefix-LM 完全一样，区别在于用了两套独立的参数。可以拖动 $n$ 和 $p$。',
    },
    'training-signal': {
      title: '监督信号：每个 token 都算 vs 只算 15%',
      caption:
        '因果语言模型预测每一个“下一个 token”，长度为 $n$ 的序列有 $n-1$ 个损失项。BERT 的掩码语言模型只挑 $15\\%$ 的位置（其中 $80\\%$ 换成 [MASK]，$10\\%$ 换成随机 token，$10\\%$ 保持不变），也只在这些位置上算损失。模型仍然读入全部 token，但只有被挑中的位置产生梯度。Prefix-LM 只在前缀之后的部分计算损失。',
    },
    'kv-cache': {
      title: '带 KV 缓存的逐步生成',
      caption:
        '在因果解码器里，追加一个新 token 时，之前各 token 的 key 和 value 不会改变，所以可以存下来反复用。第 $t$ 步只需算一组新的 $K,V$，再用一个 query 去和 $t$ 个 key 打分：一共 $t$ 次打分，而重算整个前缀要 $t(t+1)/2$ 次。可以拖动 $t$。如果对不断变长的文本做双向注意力，每追加一个 token，前面所有位置的表示都会变，缓存就不再正确。',
    },
    rank: {
      title: '把“秩”的论证算出来',
      caption:
        '单个注意力头的注意力矩阵的奇异值（$\\sigma_i/\\sigma_1$，对数坐标），$Q,K\\in\\mathbb{R}^{n\\times d}$ 为随机矩阵。双向注意力矩阵是对一个秩为 $d$ 的矩阵取 softmax。它一般并不真的满足秩 $\\le d$（指数运算会抬高秩），但在 $d\\ll n$ 时谱衰减得很快。因果注意力矩阵是对角线为正的下三角阵，所以 $\\det>0$，在精确算术下一定满秩。不过满秩不等于条件数好，请看 $\\sigma_{\\min}/\\sigma_{\\max}$。',
    },
    'rank-sweep': {
      title: '数值秩、有效秩随 d 的变化',
      caption:
        '在当前 $n$ 下取 $d=1\\ldots64$：数值秩（实线）$=\\#\\{\\sigma_i>10^{-3}\\sigma_1\\}$，有效秩（虚线，Roy & Vetterli：$e^{H(p)}$，$p_i=\\sigma_i/\\sum\\sigma$）。只有 $d\\ll n$ 时两者差距才大；$d$ 接近 $n$ 时，双向矩阵和因果矩阵一样“丰富”，甚至更丰富。真实模型的 $d_{\\text{head}}=128$，$n$ 以千计，确实满足 $d\\ll n$；但这一点对模型效果有没有影响，至今没有人证明过。',
    },
    reasons: {
      title: '各个理由的分量',
      caption:
        '严谨的回答应当这样说：纯预训练后的 zero-shot 能力有实验测量（Wang et al. 2022）；每个 token 都提供监督、KV 缓存精确可复用，这两条是算得出来的事实；单一堆叠、可预期地扩展，是工程上的惯例。秩的论证只是假说：提出者本人称之为“猜测”，这里的计算也显示了它在哪些条件下成立、在哪些条件下不成立。',
    },
  },

  params: {
    n: { label: '序列长度 n', help: '序列中的 token 数（每个掩码矩阵的行数和列数）' },
    prefix: { label: '前缀长度 p', help: 'Prefix-LM 的双向前缀长度，也是 Encoder–Decoder 的源序列长度（取 min(p, n)）' },
    dHead: { label: '头维度 d', help: '随机 Q、K 的列数（即 QKᵀ 的秩）' },
    t: { label: '生成步 t', help: '正在生成第 t 个 token（KV 缓存，按 LLaMA-7B 计算；取 min(t, n)）' },
    seed: { label: '随机种子', help: '决定 Q、K 以及掩码语言模型挑中的位置' },
  },

  readouts: {
    'pairs-bi': '可见对数：双向 n²',
    'pairs-causal': '可见对数：因果 n(n+1)/2',
    'pairs-prefix': '可见对数：Prefix-LM',
    'targets-clm': '有损失的位置：因果 LM',
    'targets-mlm': '有损失的位置：MLM 15%',
    'targets-prefix': '有损失的位置：Prefix-LM',
    'kv-bytes': 'LLaMA-7B 第 t 步的 KV 缓存（fp16）',
    'scores-step': '第 t 步打分次数：缓存 vs 重算',
    'work-ratio': 'LLaMA-7B 第 t 步计算量：重算 / 缓存',
    'rank-bi': '数值秩：双向',
    'rank-causal': '数值秩：因果',
    'erank-bi': '有效秩：双向',
    'erank-causal': '有效秩：因果',
    'cond-causal': '因果矩阵 σ_min / σ_max',
  },

  labels: {
    loading: '正在计算注意力矩阵……',
    figureAlt: '按当前参数计算的注意力掩码、监督信号、KV 缓存和注意力矩阵的奇异值谱',
    clampedP: 'p = {p} 超过了 n，按 p = {n} 计算。',
    clampedT: 't = {t} 超过了 n，按 t = {n} 计算。',
    mBi: '双向',
    mBiSub: 'Encoder（BERT）',
    mBiAlt: '双向注意力权重：所有格子都允许',
    mCausal: '因果',
    mCausalSub: 'Decoder（GPT）',
    mCausalAlt: '因果注意力权重：只允许下三角',
    mPrefix: 'Prefix-LM，p = {p}',
    mPrefixSub: 'UniLM / GLM',
    mPrefixAlt: 'Prefix-LM 注意力权重：前缀块双向，其余因果',
    mEncDec: 'Encoder–Decoder',
    mEncDecSub: 'T5，两套参数：{p} + {m}',
    mEncDecAlt: 'Encoder–Decoder 的可见性：编码器自注意力、交叉注意力矩形、解码器因果自注意力',
    legWeight: '√注意力权重',
    legMasked: '被屏蔽（−∞）',
    legEnc: '编码器自注意力',
    legCross: '交叉注意力',
    legDec: '解码器自注意力',
    masksNote: '颜色表示 softmax 权重的平方根，Q、K 的头维度 d = {d}（种子 {seed}）；行是 query，列是 key。交叉注意力矩形是第 p…n−1 行 × 第 0…p−1 列。',
    tsTitle: '各训练目标下产生损失的位置',
    rowClm: '因果 LM',
    rowMlm: '掩码 LM（15%）',
    rowPrefix: 'Prefix-LM',
    kTarget: '被预测',
    kMask: '[MASK]',
    kRandom: '随机 token',
    kKeep: '保持不变',
    kPrefix: '前缀（无损失）',
    tsNote: 'n = {n} 个 token 中：因果 LM 有 {clm} 个损失项，掩码 LM 有 {mlm} 个（BERT：max(1, round(0.15·n))），Prefix-LM 有 {pre} 个。同样一段文本，因果 LM 得到的监督位置是 MLM 的 ×{ratio}。',
    kvQ: '第 {t} 个 token 的 query',
    kvCached: '已缓存的 K、V（复用）',
    kvFresh: '本步新算',
    kvTitle: '生成第 {t} 步时的 KV 缓存',
    kvPlotTitle: '生成第 t 个位置的 token 需要的 q·k 打分次数（每层每头）',
    kvX: '位置 t',
    kvY: '打分次数',
    kvSeriesCache: '有 KV 缓存：t',
    kvSeriesRecompute: '重算前缀：t(t+1)/2',
    kvNote: 'LLaMA-7B（32 层，32 头 × 128，fp16）：每个 token 占 {per} 缓存，2048 个 token 的完整上下文每条序列要 {ctx}。生成第 {t} 个 token：用缓存需 {cached} 次乘加，重算前缀需 {re} 次。',
    specTitle: '单个注意力矩阵的奇异值（n = {n}，d = {d}）',
    specX: '序号 i',
    specY: 'log₁₀ σᵢ/σ₁',
    sBi: '双向',
    sCausal: '因果',
    sTol: '阈值 {tol}',
    rankNote: '数值秩（σᵢ > 10⁻³σ₁）：双向 {rb} / {n}，因果 {rc} / {n}。det(因果) = Π aᵢᵢ = 10^({logdet}) > 0，但 σ_min/σ_max = {cond}：满秩，却可能非常接近奇异。低于 10⁻⁸σ₁ 的值是 float32 舍入误差，画在底线上。',
    sweepTitle: '秩与头维度 d 的关系（n = {n}，阈值 {tol}）',
    sweepX: '头维度 d',
    sweepY: '秩',
    swBi: '双向，数值秩',
    swCausal: '因果，数值秩',
    swBiE: '双向，有效秩',
    swCausalE: '因果，有效秩',
    swBiS: '双向数值',
    swCausalS: '因果数值',
    swBiES: '双向有效',
    swCausalES: '因果有效',
    sweepNote: '随机的 Q、K 不是训练出来的，一个头也不代表整个模型。这里只展示掩码对谱的影响，不说明模型效果。',
    reasonsCaption: '为什么是 Decoder-only：各个理由及其证据强度',
    rReason: '理由',
    rStatus: '性质',
    rEvidence: '依据',
    'kind-established': '已有实证',
    'kind-plausible': '说得通',
    'kind-hypothesis': '假说',
    r1Name: '纯预训练后 zero-shot 最好',
    r1Kind: 'established',
    r1Ev: 'Wang et al. 2022（50 亿参数、超过 1700 亿 token）：不做微调时，用语言模型目标训练的因果解码器 zero-shot 泛化最好。经过多任务提示微调后，最好的反而是用 MLM 训练的非因果模型。',
    r2Name: '每个 token 都是监督目标',
    r2Kind: 'established',
    r2Ev: '算术事实：每条序列 n−1 个损失项，BERT 的 MLM 约 0.15·n 个（第 2 步）。ELECTRA（Clark et al. 2020）把 MLM 只学 15% 列为它的低效之处。预训练目标本身就是生成任务，不需要另接解码器。',
    r3Name: 'KV 缓存精确可复用，提示和回答共用一份',
    r3Kind: 'established',
    r3Ev: '因果 ⇒ 之前的 K、V 永不改变（第 3 步）。Encoder–Decoder 也能缓存（解码器自注意力、交叉注意力的 K、V）；不能缓存的是对不断变长的文本做的双向注意力，比如把多轮对话整体当作前缀重新编码。',
    r4Name: '单一堆叠：更容易扩展和部署',
    r4Kind: 'plausible',
    r4Ev: '只有一种块、一条序列，不必在编码器和解码器之间分配参数。GPT-3 的扩展结果是在这种结构上得到的，后来者沿用了这条路线。这是路径依赖，不是对照实验。',
    r5Name: '因果注意力满秩，双向注意力低秩',
    r5Kind: 'hypothesis',
    r5Ev: '苏剑林 2023（他自己称为“猜测”），引用 Dong et al. 2021；相关工作：Bhojanapalli et al. 2020（头维度小于 n 造成瓶颈）。第 4–5 步：在 d ≪ n 时，就数值秩而言成立。但因果矩阵可能病态，也没有实验把它和大模型效果联系起来。',
    r6Name: 'Encoder–Decoder 占优只是因为参数多一倍',
    r6Kind: 'hypothesis',
    r6Ev: '苏剑林 2023：在 10 亿参数规模上比较 GPT 和 UniLM（参数相同，只有输入部分的注意力不同），双向输入没有带来收益。T5、UL2 在较小规模上报告过 Encoder–Decoder 的优势。',
  },

  answer: [
    '这个问题没有一锤定音的证明，理由有的经过测量，有的属于工程考量。(1) **纯预训练后的 zero-shot 能力：** 在唯一一项大规模对照研究中（Wang et al. 2022，50 亿参数），不做任何微调时，用语言模型目标训练的因果解码器 zero-shot 泛化最好，而这正是 GPT-3 式模型的用法。如果做多任务提示微调，非因果的 MLM 模型更好；两种模型也可以互相改造。',
    '(2) **监督信号：** 下一个 token 预测让每个 token 都成为目标（每条序列 $n-1$ 个），BERT 的 MLM 只监督约 15%。而且预训练任务本身就是生成任务。',
    '(3) **推理：** 因果注意力下，一个 token 的 key 和 value 永不改变，所以 KV 缓存是精确的。每个新 token 的注意力计算量是 $O(t)$，不必重算前缀；提示和回答共用一份缓存，多轮对话可以直接复用。代价是显存：每个 token 要存 $2\\cdot L\\cdot n_{kv}\\cdot d_{\\text{head}}$ 个数（LLaMA-7B 用 fp16 时每个 token 0.5 MiB）。',
    '(4) **工程与扩展惯例：** 一套堆叠、一条序列、一种块。GPT-3 证明了这条路能扩展，之后的大多数模型都沿用了这套做法。这里面有证据，也有路径依赖。',
    '(5) **秩的论证只是假说：** $d\\ll n$ 时 $\\mathrm{softmax}(QK^{\\top}/\\sqrt d)$ 的谱衰减很快（数值上低秩），而因果注意力矩阵是对角线为正的三角阵，$\\det>0$，因而满秩。在这里实际算一遍可以看到：$d\\ll n$ 时，就数值秩而言确实如此。但这不是“秩 $\\le d$”，满秩也可能严重病态，而且没有人证明过它能解释大模型的效果。',
  ],

  formulas: [
    { tex: F(0), caption: '单个头的注意力；Encoder、Decoder、Prefix-LM 的区别只在掩码。' },
    { tex: F(1), caption: '第 i 个 query 可以读哪些 key，以及每种掩码允许多少个 (query, key) 对。' },
    { tex: F(2), caption: '对角线为正的三角阵在精确意义下满秩（softmax 为正，所以 aᵢᵢ > 0）。' },
    { tex: F(3), caption: '数值秩与有效秩（Roy & Vetterli 2007）：秩的论证真正说的是这两个量。' },
    { tex: F(4), caption: '缓存里每个 token 存什么：每一层的 K 和 V。' },
    { tex: F(5), caption: '有缓存和无缓存时，生成第 t 个 token 的乘加次数（SwiGLU FFN，LM head 只算一次）。' },
  ],

  misconceptions: [
    {
      claim: '“双向注意力是低秩的：秩不超过 d。”',
      correction: '秩 $\\le d$ 的只是打分矩阵 $QK^{\\top}$。softmax 逐元素取 $\\exp$ 再按行归一化，一般会抬高秩（不带 softmax 的线性注意力矩阵才真的是秩 $\\le d$）。这个论证说的其实是数值秩或有效秩：$d\\ll n$ 时谱衰减得很快（第 4 步）。',
      sources: ['su2023', 'dong2021'],
    },
    {
      claim: '“因果注意力矩阵满秩，所以 Decoder-only 表达能力更强，大模型因此选择它。”',
      correction: '满秩来自 $\\det=\\prod a_{ii}>0$，但满秩不等于条件数好：靠后的行把权重摊得很薄，$\\sigma_{\\min}/\\sigma_{\\max}$ 可以非常小（见读数）。$d$ 接近 $n$ 时，双向矩阵的有效秩与因果矩阵相当甚至更高（第 5 步）。也没有任何对照实验把这一性质和大模型效果联系起来。正如提出者自己所说，这是一个假说。',
      sources: ['su2023', 'royvetterli'],
    },
    {
      claim: '“Encoder–Decoder 模型不能用 KV 缓存。”',
      correction: '可以用：解码器的自注意力和任何因果解码器一样可以缓存，源序列在交叉注意力里的 $K,V$ 也只需算一次。真正不能缓存的，是对不断变长的文本做的双向注意力。多轮对话时，编码器要把历史重新编码一遍，而 Decoder-only 只需往后追加。',
      sources: ['t5'],
    },
    {
      claim: '“Wang et al. 2022 证明了 Decoder-only 是最好的结构。”',
      correction: '他们的结论是：只做无监督预训练时，因果解码器的 zero-shot 泛化最好；经过多任务提示微调后，用 MLM 训练的非因果模型表现最好。他们还表明，模型可以在不同结构和目标之间相互改造。',
      sources: ['wang2022'],
    },
    {
      claim: '“BERT 只看到了 15% 的文本。”',
      correction: '它读入每一个 token（而且是双向上下文），只是只在挑中的约 15% 位置上算损失。这些位置中 80% 换成 [MASK]，10% 换成随机 token，10% 保持不变。',
      sources: ['bert'],
    },
  ],

  followUps: [
    { q: '什么是 Prefix-LM？用在哪里？', a: '只有一套堆叠：前缀（提示）内部双向注意，后续部分是因果的，并且能看到整个前缀。UniLM 用的就是这类掩码；GLM 的空白填充让 Part A（被挖空的原文）双向注意，Part B（被挖掉的片段）自回归生成。它的可见性图样和 Encoder–Decoder 一样，但参数是共享的。', sources: ['su2023', 'wang2022'] },
    { q: 'KV 缓存有多大？怎么压缩？', a: '每个 token 存 $2\\cdot L\\cdot n_{kv}\\cdot d_{\\text{head}}$ 个数：LLaMA-7B 用 fp16 时每个 token 0.5 MiB，2048 个 token 每条序列 1 GiB。减少 KV 头的数量（多查询 / 分组查询注意力）、降低缓存精度、对缓存分页和共享，都能缩小它。', sources: ['llama'] },
    { q: '秩的论证是不是说明 BERT 的理解能力更差？', a: '不是。Encoder 在分类、检索上依然很强。秩的效应讲的是随机输入、$d\\ll n$ 条件下的单个头；苏剑林在 MLM 模型里混用正向、反向三角注意力头的小实验，在 base 规模上有一点提示意义，仅此而已。', sources: ['su2023'] },
    { q: 'Decoder 的注意力矩阵有一半被屏蔽，是不是浪费？', a: '它实际只算约一半：$n(n+1)/2$ 对。训练仍然是并行的（teacher forcing），每个位置在一次前向里同时预测自己的下一个 token。', sources: ['bert'] },
  ],

  sources: [
    { id: 'wang2022', text: 'Wang, Roberts, Hesslow, Le Scao, Chung, Beltagy, Launay, Raffel，“What Language Model Architecture and Pretraining Objective Work Best for Zero-Shot Generalization?”，ICML 2022，arXiv 2204.05832（摘要：无监督预训练后因果解码器 zero-shot 最好；多任务微调后非因果 + MLM 最好；两个方向都可改造）。', url: 'https://arxiv.org/abs/2204.05832' },
    { id: 'su2023', text: '苏剑林，《为什么现在的LLM都是Decoder-only的架构？》，科学空间，2023-03-17：10 亿参数的 GPT 与 UniLM 对比；“低秩问题”一节（三角阵、行列式为正 ⇒ 满秩；作者称之为“猜测”）。', url: 'https://kexue.fm/archives/9529' },
    { id: 'dong2021', text: 'Dong, Cordonnier, Loukas，“Attention is Not All You Need: Pure Attention Loses Rank Doubly Exponentially with Depth”，ICML 2021，arXiv 2103.03404（没有残差连接和 MLP 时，输出以双指数速度收敛到秩 1）。', url: 'https://arxiv.org/abs/2103.03404' },
    { id: 'bhojanapalli2020', text: 'Bhojanapalli, Yun, Rawat, Reddi, Kumar，“Low-Rank Bottleneck in Multi-head Attention Models”，ICML 2020，arXiv 2002.07028（头维度小于序列长度会限制表达能力；提出让头维度等于 n）。', url: 'https://arxiv.org/abs/2002.07028' },
    { id: 'royvetterli', text: 'Roy & Vetterli，“The effective rank: A measure of effective dimensionality”，EUSIPCO 2007（有效秩 = σᵢ/Σσ 的熵取指数）。', url: 'https://infoscience.epfl.ch/record/110188' },
    { id: 'bert', text: 'Devlin et al.，“BERT”，arXiv 1810.04805，§3.1（15% 的位置；80% [MASK]、10% 随机、10% 不变）；google-research/bert create_pretraining_data.py：num_to_predict = min(max_predictions_per_seq, max(1, int(round(len(tokens) · masked_lm_prob))))。', url: 'https://arxiv.org/abs/1810.04805' },
    { id: 'electra', text: 'Clark et al.，“ELECTRA”，ICLR 2020，arXiv 2003.10555（MLM 每个样本只从约 15% 被遮住的 token 学习）。', url: 'https://arxiv.org/abs/2003.10555' },
    { id: 't5', text: 'Raffel et al.，T5，JMLR 2020，§3.2（Encoder–Decoder、Decoder-only LM、Prefix LM 及其注意力掩码）。', url: 'https://arxiv.org/abs/1910.10683' },
    { id: 'llama', text: 'LLaMA-7B：Touvron et al. arXiv 2302.13971 表 2 与 params.json（dim 4096、32 头、32 层；SwiGLU 11008；词表 32000）；见 facts.md §c。', url: 'https://arxiv.org/abs/2302.13971' },
  ],
};

