import type { en } from './en';

/** 第 7 题（Transformer 的结构）的全部中文文字。 */
export const zh: typeof en = {
  question: 'Transformer 的结构是怎样的？',
  lede: '《Attention Is All You Need》原版的编码器–解码器，和今天大模型用的纯解码器（decoder-only）堆叠：一张可以点开的结构图，外加一个真实的小 Transformer 在你输入的文字上实时算出的注意力头。',

  steps: {
    overview: {
      title: '原版：编码器 + 解码器',
      caption:
        'Vaswani 等 2017（§3，图 1）：编码器由 $N=6$ 个相同的层组成，每层是多头自注意力加逐位置前馈网络；解码器也是 $N=6$ 层，每层三个子层：带掩码的自注意力、对编码器输出的交叉注意力、前馈网络。每个子层都包成 $\\mathrm{LayerNorm}(x+\\mathrm{Sublayer}(x))$（Post-LN）；$d_{model}=512$，$h=8$，$d_k=64$，$d_{ff}=2048$。点任意一个模块看它做什么；箭头上标的是张量形状（T 是你输入的 token 数）。',
    },
    embedding: {
      title: 'token → 向量：词嵌入 + 位置',
      caption:
        '接下来换成纯解码器结构（GPT、LLaMA 都是这样），用的是本应用自带的小模型（3 层、4 个头、$d=64$）。你的文字先变成 $T$ 个 token id，每个 id 取出嵌入表的一行，再加上一个学出来的位置向量：$[T]\\to[T,64]$。注意力本身不区分顺序，位置信息只能在这里加进去（原论文用固定的正弦位置编码，§3.5）。',
    },
    attention: {
      title: '注意力头：在你的文字上实时计算',
      caption:
        '小模型在你的文字上跑一遍前向。左列是 query，右列是 key，连线粗细就是所选层、所选头的注意力权重。鼠标悬停或用 Tab 聚焦某个 token，只看它的连线。这是因果注意力：每个 token 只能看到自己和前面的 token。下方网格是全部 12 个头，点一下即可切换——不同的头明显在做不同的事（看前一个词、看第一个词、看相同的词……）。',
    },
    'multi-head': {
      title: '多头：拆分 → softmax(QKᵀ/√d_k)V → 拼接 → W_O',
      caption:
        '用所选层的真实数值走一遍：$\\mathrm{LN}(x)$ 投影成形状为 $[T,64]$ 的 $Q,K,V$，拆成 4 个宽 $d_k=16$ 的头；每个头算 $\\mathrm{softmax}(Q_hK_h^\\top/\\sqrt{d_k}+\\text{mask})V_h$；4 个 $[T,16]$ 的输出拼回 $[T,64]$，再经 $W_O$ 混合，加回残差流。这里重新算出的注意力和运行时给出的一致（见读数“校验”）。',
    },
    'cross-attention': {
      title: '解码器的第二个注意力是交叉注意力',
      caption:
        '常见的说法是解码器里有“两个自注意力”，这不对：第二个注意力的 $Q$ 来自解码器（上一步掩码自注意力的输出），$K,V$ 来自编码器最后一层的输出 $[T,512]$，而且每一层解码器用的都是同一份编码器输出（§3.2.3）。目标端正是靠它读取源句。纯解码器的大模型没有编码器，也就根本没有交叉注意力。',
    },
    'norm-placement': {
      title: 'Post-LN 与 Pre-LN',
      caption:
        'Post-LN（2017 原论文）：$x_{l+1}=\\mathrm{LN}(x_l+F(x_l))$。Pre-LN（GPT-2 及大多数大模型；LLaMA 用 RMSNorm）：$x_{l+1}=x_l+F(\\mathrm{LN}(x_l))$，最后再加一个 LN。Xiong 等 2020 证明：初始化时 Post-LN 靠近输出层的参数梯度期望很大，所以必须做学习率预热（warm-up）；Pre-LN 的梯度表现良好，去掉预热也能训练。代价是 Pre-LN 的残差流本身从不被归一化，会随深度变大（柱状图：小模型在你的文字上的实测）。',
    },
    output: {
      title: '线性层 + softmax：下一个 token',
      caption:
        '最后一个模块之后（Pre-LN 还要先过最终的 LayerNorm），线性层把每个位置映射成 $V$ 个 logit：$[T,64]\\to[T,1024]$（这里与嵌入表共享权重），softmax 把它们变成概率。一次前向里每个位置都在预测自己的下一个 token，生成时只读最后一行。柱状图是小模型对你这段文字之后下一个 token 的前 5 名。',
    },
  },

  params: {
    text: { label: '输入文字', help: '中文或英文均可；最多使用前 40 个 token' },
    variant: { label: '结构', options: { 'encoder-decoder': '编码器–解码器（2017）', 'decoder-only': '纯解码器（GPT / LLaMA）' } },
    norm: { label: 'LayerNorm 位置', options: { post: 'Post-LN', pre: 'Pre-LN' } },
    layer: { label: '层', help: '小模型的第几层（0–2），用于注意力视图' },
    head: { label: '头', help: '该层的第几个头（0–3）' },
  },

  readouts: {
    tokens: 'token 数 T',
    'focus-shape': '选中模块的输出形状',
    params: '参数量（原论文不含嵌入）',
    'ln-count': 'LayerNorm 个数',
    head: '所选的头',
    'top-attended': '最后一个 token 最关注',
    'attn-max': '其权重',
    'attn-entropy': '注意力平均熵',
    check: '重算 vs 运行时（最大 |Δ|）',
    'next-token': '预测的下一个 token',
  },

  labels: {
    encoder: '编码器',
    decoder: '解码器',
    decoderOnly: '纯解码器堆叠',
    kv: 'K、V',
    inputs: '输入 id [T]',
    outputs: '输出（右移一位）[T′]',
    ariaBlock: 'Transformer 结构图：每个模块都是按钮',
    kind_embed: '词嵌入 + 位置',
    'kind_self-attn': '多头自注意力',
    'kind_masked-attn': '掩码多头自注意力',
    'kind_cross-attn': '交叉注意力（编码→解码）',
    kind_ffn: '前馈网络',
    'kind_add-norm': '残差相加 & LayerNorm',
    kind_add: '残差相加',
    kind_norm: 'LayerNorm',
    'kind_final-norm': '最终 LayerNorm',
    kind_linear: '线性层',
    kind_softmax: 'Softmax',
    desc_embed: '按 token id 从 V×d 的表里取一行，再加上位置向量。',
    'desc_self-attn': '序列里每个位置都看同一序列的所有位置：h 个头各算 softmax(QKᵀ/√d_k)V，再乘 W_O。',
    'desc_masked-attn': '带因果掩码的自注意力：位置 i 只能看到 ≤ i 的位置，训练时可以并行预测所有位置而不偷看答案。',
    'desc_cross-attn': 'Q 来自解码器，K 和 V 来自编码器最后一层的输出。它不是第二个自注意力。',
    desc_ffn: '同一个两层 MLP 分别作用在每个位置上：原论文是 max(0, xW₁+b₁)W₂+b₂（ReLU），小模型和 GPT 用 GELU。',
    'desc_add-norm': 'Post-LN：LayerNorm(x + Sublayer(x))。',
    desc_add: 'Pre-LN 的残差：x + Sublayer(LN(x))，残差流本身不做归一化。',
    desc_norm: 'Pre-LN：只归一化子层的输入。',
    'desc_final-norm': 'Pre-LN 需要在最后一个模块之后、输出层之前再加一个 LayerNorm。',
    desc_linear: '把 d_model 投影到词表大小（原论文和小模型都与嵌入表共享权重）。',
    desc_softmax: '把 logit 变成下一个 token 的概率分布。',
    focusTitle: '模块',
    focusOut: '输出形状',
    focusParams: '单个模块的参数量',
    focusRepeated: '重复 N× = {n}',
    focusHint: '点击模块（或聚焦后按回车）查看它做什么、输出形状和参数量。',
    hyperTitle: '尺寸',
    colPaper: '原论文（base）',
    colTiny: '小模型',
    rowN: '层数 N',
    rowD: 'd_model',
    rowH: '头数 h',
    rowDk: 'd_k = d_model / h',
    rowF: 'd_ff',
    rowNorm: '归一化',
    rowCtx: '位置编码',
    sinusoid: '正弦（固定）',
    learned: '可学习，{n} 个',
    headTitle: '注意力视图：第 {l} 层，第 {h} 个头',
    gridTitle: '全部注意力头（行：层，列：头）——点击切换',
    headLabel: '第 {l} 层，第 {h} 个头',
    query: 'query',
    key: 'key',
    token: 'token',
    mhaX: 'LN₁(x)',
    mhaQ: 'Q_h',
    mhaK: 'K_h',
    mhaV: 'V_h',
    mhaA: 'softmax(Q_hK_hᵀ/√16)',
    mhaO: '该头输出',
    mhaConcat: '拼接',
    mhaOut: '· W_O + b_O',
    mhaExample: '最后一个 token “{q}” → “{k}”：q·k/√16 = {s}，softmax 后为 {w}。',
    embTok: '词嵌入',
    embPos: '位置嵌入',
    embSum: '相加 = 第一层的输入',
    normTitle: '小模型（Pre-LN）残差流的 RMS（你的文字）',
    normEmbed: '嵌入',
    normAttn: 'L{l} +注意力',
    normFfn: 'L{l} +前馈',
    normFinal: '最终 LN',
    postFormula: 'Post-LN',
    preFormula: 'Pre-LN',
    nextTitle: '你这段文字之后的下一个 token（前 5）',
    cutNotice: '这段文字有 {n} 个 token，只使用前 {max} 个。',
    emptyNotice: '输入一些文字才能看到注意力。',
    loading: '正在加载小模型并在你的文字上运行……',
    modelCard: '实时模型：本项目的小型纯解码器 Pre-LN Transformer——{layers} 层 × {heads} 个头，d = {d}，d_ff = {f}，共 {params} 个参数（public/model/MODEL_CARD.md）。',
  },

  answer: [
    '两个堆叠。原版 Transformer（Vaswani 等 2017）是做机器翻译的编码器–解码器：编码器 $N=6$ 层，解码器 $N=6$ 层，$d_{model}=512$，$h=8$ 个头、每头 $d_k=64$，$d_{ff}=2048$。',
    '编码器每层 = 多头自注意力 + 逐位置前馈网络，每个子层都有残差连接和 LayerNorm：$\\mathrm{LayerNorm}(x+\\mathrm{Sublayer}(x))$。',
    '解码器每层 = 掩码自注意力（因果掩码，看不到后面的位置）+ 交叉注意力（$Q$ 来自解码器，$K,V$ 来自编码器输出）+ 前馈网络，各带残差与 LayerNorm。最后接线性层和 softmax 输出词表上的概率。',
    '输入：词嵌入（原论文乘以 √d_model）+ 位置编码（原论文是正弦函数），因为注意力本身不感知顺序。',
    '注意力：$\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V$；多头把 $d_{model}$ 拆成 $h$ 个宽 $d_k$ 的头，各自做注意力，拼接后用 $W_O$ 投影——计算量和一个全宽的头差不多，却能同时学到多种注意力模式。',
    '今天的大模型（GPT、LLaMA、Qwen）是纯解码器：只保留“掩码自注意力 + FFN”这一种层反复堆叠，没有编码器，也没有交叉注意力；并且用 Pre-LN（$x+F(\\mathrm{LN}(x))$ 加最终 LN，LLaMA 用 RMSNorm），不需要预热也能稳定训练（Xiong 等 2020）。很多模型还把 ReLU 换成 GELU/SwiGLU，把正弦位置编码换成 RoPE。',
  ],

  formulas: [
    { tex: '\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}\\!\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V', caption: '缩放点积注意力（Vaswani 等 2017，式 1）。' },
    { tex: '\\mathrm{MultiHead}(Q,K,V)=\\mathrm{Concat}(\\mathrm{head}_1,\\dots,\\mathrm{head}_h)W^O,\\quad \\mathrm{head}_i=\\mathrm{Attention}(QW_i^Q,KW_i^K,VW_i^V)', caption: '多头注意力（§3.2.2）；d_k = d_v = d_model / h。' },
    { tex: '\\mathrm{FFN}(x)=\\max(0,xW_1+b_1)W_2+b_2', caption: '逐位置前馈网络（§3.3），d_ff = 2048。' },
    { tex: '\\text{Post-LN: } x_{l+1}=\\mathrm{LN}\\big(x_l+F(x_l)\\big)\\qquad \\text{Pre-LN: } x_{l+1}=x_l+F\\big(\\mathrm{LN}(x_l)\\big)', caption: 'LayerNorm 放在哪里（Xiong 等 2020，图 1）。' },
  ],

  misconceptions: [
    {
      claim: '“解码器里有两个自注意力层。”',
      correction: '只有第一个是（带掩码的）自注意力。第二个是编码器–解码器注意力（交叉注意力）：query 来自解码器，key 和 value 来自编码器的输出（§3.2.3）。',
      sources: ['vaswani'],
    },
    {
      claim: '“GPT 就是 Transformer 的解码器。”',
      correction: '它是纯解码器堆叠：去掉了交叉注意力的解码器层（没有编码器可看），一般还改成 Pre-LN 并在最后加一个 LayerNorm。',
      sources: ['gpt2'],
    },
    {
      claim: '“LayerNorm 总是放在残差相加之后。”',
      correction: '那是 2017 年的 Post-LN。GPT-2 及之后的大多数大模型把它放到每个子层之前（Pre-LN），从而不再依赖预热；但这不代表 Pre-LN 在所有任务上效果都更好。',
      sources: ['xiong', 'gpt2'],
    },
    {
      claim: '“多头注意力的计算量是单头的 h 倍。”',
      correction: '每个头的宽度是 d_model/h，总计算量与全宽的单头注意力相近（§3.2.2）。',
      sources: ['vaswani'],
    },
  ],

  followUps: [
    { q: '为什么要除以 √d_k？', a: '$d_k$ 大时点积的数值会变大（各分量方差为 1 时，点积方差为 $d_k$），softmax 被推到梯度极小的饱和区；除以 $\\sqrt{d_k}$ 让它回到单位方差（§3.2.1）。', sources: ['vaswani'] },
    { q: '解码器的自注意力为什么要加掩码？', a: '让位置 $i$ 只依赖它之前的输出：训练时整句目标一次性喂进去（teacher forcing），但仍不能看到未来（§3.1）。', sources: ['vaswani'] },
    { q: '生成时交叉注意力的 K、V 从哪来？', a: '来自编码器最后一层的输出，每个源句只算一次，所有解码步、所有解码器层都可以缓存复用。', sources: ['vaswani'] },
    { q: '大模型为什么用 Pre-LN？', a: '初始化时 Post-LN 靠近输出层的梯度很大，需要预热和细致调参；Pre-LN 梯度表现良好，不预热也能训练（Xiong 等 2020）。Post-LN 如果能训起来，效果有时反而更好。', sources: ['xiong'] },
  ],

  sources: [
    { id: 'vaswani', text: 'Vaswani 等 2017，《Attention Is All You Need》，§3.1（编码器与解码器堆叠，N = 6，LayerNorm(x + Sublayer(x))），§3.2（注意力，h = 8，d_k = 64，注意力的三种用法），§3.3（FFN，d_ff = 2048），§3.5（位置编码），表 3（base 约 6500 万参数）', url: 'https://arxiv.org/abs/1706.03762' },
    { id: 'xiong', text: 'Xiong 等 2020，《On Layer Normalization in the Transformer Architecture》（ICML）：Post-LN 与 Pre-LN、初始化时的梯度、学习率预热', url: 'https://arxiv.org/abs/2002.04745' },
    { id: 'gpt2', text: 'Radford 等 2019，《Language Models are Unsupervised Multitask Learners》§2.3：LayerNorm 移到每个子块的输入处，最后一个块之后再加一个 LayerNorm', url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf' },
    { id: 'llama', text: 'Touvron 等 2023，《LLaMA》§2.2：RMSNorm 前置归一化、SwiGLU、RoPE', url: 'https://arxiv.org/abs/2302.13971' },
    { id: 'tiny', text: 'public/model/MODEL_CARD.md：本项目的小模型——纯解码器、Pre-LN、3 层 × 4 头、d = 64、d_ff = 256、223,808 个参数' },
  ],
};
