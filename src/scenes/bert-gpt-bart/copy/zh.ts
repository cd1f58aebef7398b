import type { en } from './en';

/** 问题 10（BERT、GPT、BART 的区别）的全部中文文案。 */
export const zh: typeof en = {
  question: 'BERT、GPT、BART 有什么区别？',
  lede: '同样的 Transformer 块，三种接法和训法：只用编码器、左右都看、把被遮住的词填回来（BERT）；只用解码器、只看左边、预测下一个词（GPT）；编码器加解码器，读入被破坏的文本、把原文完整写回来（BART）。',

  steps: {
    'bert-mlm': {
      title: 'BERT：掩码语言模型（MLM）',
      caption:
        'BERT 随机选出 15% 的位置；被选中的位置里 80% 换成 [MASK]，10% 换成随机词，10% 保持不变，损失只在这些被选中的位置上计算（Devlin 等 2018 §3.1、附录 A.1）。保留原词和随机替换，是因为微调时根本不会出现 [MASK]，模型不能只盯着 [MASK] 学。点击某个词可以把它加入或移出被选集合；换一个种子就重新抽一次。',
    },
    'bert-attention': {
      title: 'BERT 的注意力掩码：完全双向',
      caption:
        '每个位置都能看到所有位置（padding 除外），掩码全是 1。所以 BERT 对一个词的表示同时用到左右两侧的上下文；也正因如此，它没有自带的从左到右分解 $p(x)=\\prod_t p(x_t\\mid x_{<t})$ 可以直接拿来生成。',
    },
    'gpt-clm': {
      title: 'GPT：因果语言模型，目标右移一位',
      caption:
        'GPT 是带掩码自注意力的 Transformer 解码器（Radford 等 2018 §3.1、§4.1）。输入是 $x_1\\dots x_{n-1}$，目标是同一序列错开一位 $x_2\\dots x_n$，每个位置都有损失：一条序列有 $n-1$ 个预测，而 BERT 只有约 15%。下三角掩码保证位置 $t$ 看不到 $x_{>t}$。',
    },
    'bart-noise': {
      title: 'BART：先用噪声函数破坏输入',
      caption:
        'BART 试了五种破坏方式（Lewis 等 2019 §2.2、图 2）：词元掩码；词元删除（模型还得判断哪里少了词）；文本填充（片段长度服从 Poisson(λ = 3)，每个片段只换成一个 [MASK]，长度为 0 的片段相当于插入一个 [MASK]，模型还得预测缺了几个词）；句子重排；文档旋转。切换噪声类型、拖动比例看看。',
    },
    'bart-seq2seq': {
      title: 'BART：双向编码器 + 自回归解码器',
      caption:
        '编码器用全 1 掩码读被破坏的文本；解码器读右移一位的原文，用因果掩码，并通过交叉注意力看编码器的全部输出；损失是整篇原文的交叉熵（§2.1–2.2）。输入和输出不必逐位对齐，所以编码器输入可以比目标短或长——这是 BERT 那种逐位置预测头做不到的。',
    },
    tasks: {
      title: '三种架构各适合做什么',
      caption:
        'BERT：理解类任务（分类、抽取式问答、序列标注）。GPT：生成；接上分类头微调后也能做理解（GPT-1 论文评测的就是 NLI、问答、分类）。BART：序列到序列生成，比如摘要，同时在 GLUE、SQuAD 上与 RoBERTa 持平。表中是各论文自己报告的代表性数字。',
    },
  },

  params: {
    text: { label: '句子', help: '按词和标点切分（一个汉字算一个词元），最多 28 个' },
    model: { label: '展示的模型', help: '图中展示哪一种预训练方式', options: { bert: 'BERT', gpt: 'GPT', bart: 'BART' } },
    noise: {
      label: 'BART 噪声函数',
      help: 'Lewis 等 2019 §2.2',
      options: { mask: '词元掩码', delete: '词元删除', infill: '文本填充', permute: '句子重排', rotate: '文档旋转' },
    },
    rate: { label: '掩码比例', help: 'BERT：被选中位置的比例（论文 15%）；BART：被掩码/删除/填充的比例（BART-large 用 30%）' },
    pick: { label: '手动切换的词', help: '把某个位置加入或移出 BERT 的被选集合（−1 表示不切换）；点击词即可设置' },
    seed: { label: '随机种子', help: '所有随机选择（位置、80/10/10、片段、顺序）的种子' },
  },

  readouts: {
    tokens: '词元数 n',
    'bert-chosen': 'BERT：计算损失的位置',
    'bert-split': 'BERT：[MASK] / 随机 / 不变',
    'gpt-loss': 'GPT：计算损失的位置数（n−1）',
    'bart-input': 'BART：编码器输入长度',
    'bart-masks': 'BART：输入中的 [MASK] 个数',
    'bart-detail': 'BART：片段长度 / 句序 / 位置',
    'mask-density': '自注意力掩码：可见比例',
  },

  labels: {
    tCaption: '三种模型的架构、目标与用途，附论文数字',
    order: '句序',
    masked: '掩码',
    deleted: '删除',
    figureAlt: '所选预训练目标的词元行，以及对应注意力掩码的热力图',
    caption: '{model} · {n} 个词元',
    cut: '（只取前 28 个词元）',
    original: '原文',
    bertInput: 'BERT 输入（点击切换）',
    bertTarget: '损失目标',
    gptInput: 'GPT 输入 x₁…xₙ₋₁',
    gptTarget: '目标 x₂…xₙ（每个位置都有损失）',
    bartEncoder: '编码器输入：{noise}',
    bartDecoderIn: '解码器输入（右移一位）',
    bartTarget: '解码器目标 = 原文',
    attnBert: '自注意力：双向（全 1）',
    attnGpt: '自注意力：因果（j ≤ i）',
    attnEnc: '编码器自注意力：全可见',
    attnDec: '解码器自注意力：因果',
    attnCross: '交叉注意力：解码器 → 编码器全部',
    legendMask: '[MASK]',
    legendRandom: '随机词',
    legendKeep: '被选中但不变',
    legendLoss: '在此计算损失',
    legendHit: '输入中被破坏',
    clickHint: '点击（或 Tab 再回车）BERT 输入行中的词，可把它切换为被选位置。',
    gridNote: '行是查询位置，列是键位置；涂色的格子表示该查询可以看到该键。',
    chipTitle: '第 {i} 个词“{t}”：切换是否被选中',
    tModel: '模型',
    tArch: '架构与掩码',
    tObj: '预训练目标',
    tTask: '适合的任务',
    tNum: '论文自己的数字',
    tBert: 'BERT（2018）',
    tBertArch: 'Transformer 编码器；双向自注意力',
    tBertObj: '掩码语言模型（15%，80/10/10）+ 下一句预测',
    tBertTask: '理解：分类、自然语言推断、抽取式问答（SQuAD）、序列标注',
    tBertNum: 'BERT-large：GLUE 80.5，MultiNLI 86.7%，SQuAD v1.1 测试集 F1 93.2（摘要、§4）',
    tGpt: 'GPT（2018）',
    tGptArch: '12 层 Transformer 解码器；因果（掩码）自注意力',
    tGptObj: '预测下一个词，每个位置都有损失',
    tGptTask: '生成（开放式文本）；接任务头后也能做分类',
    tGptNum: '在所研究的 12 个任务中有 9 个刷新最好成绩（推断、问答、相似度、分类）（摘要）',
    tBart: 'BART（2019）',
    tBartArch: '编码器（双向）+ 解码器（因果），解码器每层都有交叉注意力',
    tBartObj: '从加噪文本还原原文（最佳：文本填充 + 句子重排）',
    tBartTask: '序列到序列生成：摘要、生成式问答、对话、翻译；也能做 GLUE/SQuAD',
    tBartNum: 'CNN/DM R1/R2/RL 44.16/21.28/40.90，XSum 45.14/22.27/37.25（表 3）；GLUE、SQuAD 与 RoBERTa 相当（表 2）',
  },

  answer: [
    '**架构。** BERT 是 Transformer *编码器*（双向自注意力）；GPT 是去掉交叉注意力的 Transformer *解码器*（因果自注意力）；BART 是完整的 *编码器–解码器*：双向编码器、自回归解码器，解码器每一层都对编码器输出做交叉注意力。',
    '**预训练目标。** BERT：掩码语言模型——选 15% 的词，其中 80% 换 [MASK]、10% 换随机词、10% 不变，预测原词（另有下一句预测）。GPT：预测下一个词，$\\max\\sum_t\\log p(x_t\\mid x_{<t})$。BART：用噪声函数破坏文本，再由解码器还原整篇原文；效果最好的组合是文本填充（Poisson(3) 长度的片段，每段一个 [MASK]）加句子重排。',
    '**注意力掩码。** BERT 全 1；GPT 下三角；BART 编码器全 1、解码器下三角、交叉注意力全 1（解码器每个位置看编码器所有位置）。',
    '**训练信号。** BERT 每条序列只有约 15% 的位置贡献损失；GPT 每个位置都有；BART 每个目标位置都有，而且输入长度可以和目标不同。',
    '**用途。** BERT 做理解（分类、抽取）；GPT 做生成（GPT-2/3 之后更是靠提示做几乎一切）；BART 做条件生成，比如摘要，当时刷新了最好成绩，同时在 GLUE、SQuAD 上与 RoBERTa 持平。',
  ],

  formulas: [
    { tex: '\\mathcal{L}_{\\text{MLM}} = -\\sum_{i\\in\\mathcal{M}} \\log p_\\theta(x_i \\mid \\tilde{x}),\\quad |\\mathcal{M}| \\approx 0.15\\,n', caption: 'BERT：只在被选位置 𝓜 上算损失；x̃ 是按 80/10/10 替换后的输入' },
    { tex: '\\mathcal{L}_{\\text{CLM}} = -\\sum_{t=1}^{n-1} \\log p_\\theta(x_{t+1} \\mid x_{\\le t})', caption: 'GPT：每个位置都预测下一个词（目标错开一位）' },
    { tex: '\\mathcal{L}_{\\text{BART}} = -\\sum_{t=1}^{n} \\log p_\\theta\\big(x_t \\mid x_{<t},\\, \\mathrm{Enc}(g(x))\\big)', caption: 'BART：解码器根据加噪文本 g(x) 的编码还原原文 x' },
    { tex: 'P(\\ell = k) = \\frac{3^k e^{-3}}{k!},\\quad \\mathbb{E}[\\ell] = \\mathrm{Var}[\\ell] = 3', caption: '文本填充的片段长度；每个片段变成一个 [MASK]（ℓ = 0 即插入一个 [MASK]）' },
    { tex: 'M^{\\text{causal}}_{ij} = \\begin{cases} 0 & j \\le i \\\\ -\\infty & j > i \\end{cases},\\qquad \\mathrm{softmax}\\!\\left(\\tfrac{QK^\\top}{\\sqrt{d}} + M\\right)', caption: '因果掩码加在注意力分数上（BERT 的 M 处处为 0）' },
  ],

  misconceptions: [
    {
      claim: '“BERT 完全不能生成文本。”',
      correction:
        '硬要生成也可以，比如反复填 [MASK]；但 MLM 对各个被遮位置是相互独立地预测的，没有从左到右的分解，所以它不是天然的生成器。BART 论文的原话是 BERT “不容易用于生成”（图 1a 说明）。它也没有解码器，无法以一段输入为条件去生成。',
      sources: ['bart', 'bert'],
    },
    {
      claim: '“BART 就是 BERT + GPT 拼起来。”',
      correction:
        '就架构示意而言差不多：BART 论文自己也说它推广了 BERT（双向编码器）和 GPT（从左到右的解码器）。但解码器每层还要对编码器输出做交叉注意力，编码器上没有 MLM 头（BART 去掉了 BERT 在预测词之前额外的前馈层），训练目标也不同：从任意噪声（片段、删除、打乱的句子）中还原整篇文档，输入输出长度可以不一样。',
      sources: ['bart'],
    },
    {
      claim: '“BERT 把 15% 的词换成 [MASK]。”',
      correction: '是 *选中* 15% 的位置；其中只有 80% 换成 [MASK]（占全部词的 12%），10% 换随机词，10% 不变。损失在所有被选位置上计算，包括没变的那些。',
      sources: ['bert'],
    },
    {
      claim: '“GPT 只能做生成，BERT 只能做理解。”',
      correction: 'GPT-1 论文几乎全是在理解任务上评测的（推断、问答、相似度、分类），接一个线性头微调，12 个任务里 9 个刷新最好成绩。BART 是生成模型，却在 GLUE、SQuAD 上与 RoBERTa 持平。架构决定的是擅长什么，不是只能做什么。',
      sources: ['gpt', 'bart'],
    },
    {
      claim: '“BART 的文本填充和 SpanBERT 的片段掩码一样。”',
      correction: 'SpanBERT 把一个片段换成同样多个 [MASK]，长度来自截断的几何分布；BART 把每个片段只换成一个 [MASK]（长度 Poisson(3)，0 长度片段就是插入一个），模型还得预测缺了几个词（§2.2）。',
      sources: ['bart'],
    },
  ],

  followUps: [
    { q: '为什么是 80/10/10，而不是全部换成 [MASK]？', a: '微调时没有 [MASK]；保留一部分原词、混入随机词，逼模型对每个输入词都保持好的表示。论文消融（附录 C.2）显示这种混合比 100% [MASK] 略好，对基于特征的 NER 尤其明显。', sources: ['bert'] },
    { q: 'BART 哪种噪声效果最好？', a: '消融实验（§4、表 1）中文本填充最稳定地好；单独用文档旋转或句子重排效果很差。BART-large 的预训练用文本填充掩掉 30% 的词，再把所有句子打乱（§5.1）。', sources: ['bart'] },
    { q: 'BART 怎么做分类微调？', a: '同一段输入同时送进编码器和解码器，用解码器在额外结束符上的最后隐状态接分类器（§3.1）。', sources: ['bart'] },
    { q: '为什么规模上去之后是 GPT 式的纯解码器胜出？', a: '目标简单、每个词都有损失、可以直接生成和用提示驱动，也不需要单独的编码器。详见第 9 题（why-decoder-only）。', sources: ['gpt'] },
  ],

  sources: [
    { id: 'bert', text: 'Devlin 等 2018，BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding —— §3.1（MLM）、附录 A.1（80/10/10）、附录 C.2（消融）、摘要与 §4（GLUE 80.5、MultiNLI 86.7、SQuAD v1.1 F1 93.2）', url: 'https://arxiv.org/abs/1810.04805' },
    { id: 'gpt', text: 'Radford 等 2018，Improving Language Understanding by Generative Pre-Training —— §3.1（语言模型目标）、§4.1（12 层带掩码自注意力的解码器）、摘要（12 个任务中 9 个）', url: 'https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf' },
    { id: 'bart', text: 'Lewis 等 2019，BART: Denoising Sequence-to-Sequence Pre-training —— §2.1 架构、§2.2 噪声（Poisson λ = 3）、图 1–2、§4 消融、§5.1（30% 掩码 + 句子重排）、表 2–3（GLUE/SQuAD、CNN/DM、XSum）', url: 'https://arxiv.org/abs/1910.13461' },
    { id: 'fairseq', text: 'fairseq 的 DenoisingDataset（BART 加噪的参考实现）', url: 'https://github.com/facebookresearch/fairseq/blob/main/fairseq/data/denoising_dataset.py' },
  ],
};
