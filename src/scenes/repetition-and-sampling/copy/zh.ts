import type { en } from './en';

/** 第 6 题（复读与采样）的全部中文文字。 */
export const zh: typeof en = {
  question: '大模型为什么会复读？如何缓解？',
  lede: '一个真实的（很小的）Transformer 正在你的浏览器里逐字生成。每个 token 都要走同一条流水线：惩罚项、温度、top-k、top-p、min-p，最后按随机种子抽样。',

  steps: {
    pipeline: {
      title: '一个 token，八道工序',
      caption:
        '模型给词表里每个 token 一个 logit。Hugging Face `generate` 先做 logits processor（重复惩罚、禁止重复 n-gram），再按固定顺序做 warper：温度 → top-k → top-p → min-p；softmax 把剩下的重新归一化，再用带种子的随机数抽出一个 token。点某道工序，看它之前（虚线框）和之后（实心条）的分布；点生成文本里的某个 token，看它当时是怎么被选出来的。',
    },
    'greedy-loop': {
      title: '贪心解码掉进循环',
      caption:
        '温度为 0 时整条流水线就是取 argmax，下一个 token 完全由已有文本决定。文本一旦又走进自己写过的短语，argmax 往往会沿同一条路再走一遍：整段短语重新出现（标色的是凑出重复 4-gram 的 token；读数：重复 4-gram 占比、最长重复片段，可与采样的几步对比）。右图是模型本身给每个被选 token 的概率。大模型常常锁死在一模一样的无限循环里；这个小模型多半是重复一段短语，然后再漂走。',
    },
    'self-reinforcement': {
      title: '重复一次，下次更想重复',
      caption:
        '把一句话重复 $n$ 遍喂给模型，量它给第 $n+1$ 遍各个 token 的平均概率（Xu 等 2022 把它的上升称为自我强化）。在这个模型上，重复一次概率就被抬高，之后一直维持在高位（读数：首遍 → 末遍）：说过的话，再说一遍更顺手。把同样的 token 打乱成无意义的串（第二条线），起点接近 0，只升高一点（始终低于 0.1）：这个小模型照抄上文的能力很弱，它的高曲线主要来自对训练文本的记忆。大模型照抄上文的能力强得多，循环每多转一圈，下一圈就更可能发生，贪心解码就此锁死在循环里。',
    },
    temperature: {
      title: '低温让分布变尖',
      caption:
        'logit 除以 $T<1$ 会拉大它们之间的差距，头部 token 吃掉更多概率，熵随之下降（右图：这个 token 的分布熵随 $T$ 的变化）。“采样 200 次”把它变成次数：低温下几乎每次都抽到 argmax，所以低温采样和贪心一样容易复读。',
    },
    'vague-prompt': {
      title: '提示太模糊，分布就很平',
      caption:
        '又短又没内容的提示（这里是“其次，”）让模型几乎没有可依据的东西。条形图比较四个示例提示下第一个 token 原始分布的熵（ln V 是均匀分布的上限），折线是每个生成位置上原始分布的熵。在这个模型上，模糊开头的分布确实更平，但差距不大（约 0.2–0.5 nats）：它的训练文本很窄，模糊提示主要是让它退回最熟悉的套话——而复读正是由这类套话构成的。',
    },
    truncation: {
      title: '截断：top-k、top-p、min-p',
      caption:
        'top-k 保留 logit 最大的 $k$ 个（与第 $k$ 个并列的也保留）；top-p 保留累积概率达到 $p$ 的最小头部集合（至少留一个）；min-p 保留概率 ≥ min-p × 最大概率的 token。它们砍掉不可靠的长尾，让你能用更高的温度而不胡言乱语——但它们本身并不能阻止复读。',
    },
    penalties: {
      title: '惩罚项和 n-gram 禁止打破循环',
      caption:
        'CTRL 重复惩罚对上下文（含提示）里出现过的每个 token 只罚一次：正 logit 除以 θ，负 logit 乘以 θ；禁止重复 n-gram 则把任何会凑出已有 n-gram 的 token 置为 −∞。这样连贪心解码也能跳出循环——代价是正当的重复（人名、术语）也被挡住了。',
    },
  },

  params: {
    prompt: {
      label: '提示',
      help: '中文或英文都行（会写进链接），模型接着往下写',
    },
    temperature: { label: '温度 T', help: 'logit ÷ T；0 = 贪心（取 argmax）' },
    topK: { label: 'Top-k', help: '只保留概率最高的 k 个 token；0 = 关闭' },
    topP: { label: 'Top-p', help: '保留累积概率达到 p 的最小集合；1 = 关闭' },
    minP: { label: 'Min-p', help: '去掉概率低于 min-p × 最大概率的 token；0 = 关闭' },
    repetitionPenalty: { label: '重复惩罚 θ', help: 'CTRL / HF：出现过的 token，正 logit ÷ θ、负 logit × θ；1 = 关闭' },
    presencePenalty: { label: '存在惩罚', help: 'OpenAI API 参数：已生成过的 token 一律减去该值' },
    frequencyPenalty: { label: '频率惩罚', help: 'OpenAI API 参数：减去该值 × 该 token 已生成的次数' },
    noRepeatNgram: { label: '禁止重复 n-gram', help: '禁止任何会重复已有 n-gram 的 token；0 = 关闭' },
    maxNew: { label: '最多生成 token 数', help: '生成预算' },
    seed: { label: '随机种子', help: '同一种子，同样的抽样结果' },
  },

  readouts: {
    chosen: '选中的 token',
    'p-chosen': 'P(选中)',
    entropy: '流水线后的熵（nats）',
    'entropy-raw': '原始 logits 的熵（nats）',
    'kept-top-k': 'top-k 后',
    'kept-top-p': 'top-p 后',
    'kept-min-p': 'min-p 后',
    kept: '可抽的 token 数',
    generated: '已生成 token 数',
    'distinct-2': 'distinct-2',
    'rep-4': '重复 4-gram 占比',
    loop: '最长重复片段',
    'sample-top': '200 次里最常抽到',
    reinforce: 'P(照抄) 首遍 → 末遍',
  },

  labels: {
    figureAlt: '小 Transformer 的下一个 token 流水线',
    examples: '示例提示：',
    preset_zh: '中文提问',
    'preset_zh-vague': '中文·模糊',
    preset_en: '英文提问',
    'preset_en-vague': '英文·模糊',
    loading: '正在加载小 Transformer…',
    generating: '生成中…',
    textTitle: '生成的文本（点某个 token 查看它）',
    promptPart: '提示',
    repeatedLegend: '重复的 4-gram',
    focusLegend: '正在查看的 token',
    stagesTitle: '所查看 token 的流水线',
    stage_logits: 'logits',
    stage_repetition: '重复惩罚',
    'stage_presence-frequency': '存在/频率',
    'stage_no-repeat': 'n-gram 禁止',
    stage_temperature: '温度',
    'stage_top-k': 'top-k',
    'stage_top-p': 'top-p',
    'stage_min-p': 'min-p',
    stage_sample: '抽样',
    off: '关闭',
    kept: '个保留',
    greedyNote: 'T = 0：贪心解码，跳过所有 warper',
    barsTitle: '“{stage}”这一步的头部候选',
    before: '之前',
    after: '之后',
    filtered: '被去掉',
    chosen: '被选中',
    samplesTitle: '从这个分布抽样 200 次（固定种子）',
    draws: '次数',
    perPosTitle: '每个位置上模型给被选 token 的概率（原始 softmax）',
    perPosX: '生成位置',
    perPosY: 'P_模型(选中)',
    rawEntTitle: '每个位置上原始分布的熵',
    rawEntY: '熵（nats）',
    reinforceTitle: '自我强化：“{s}”重复 n 遍',
    reinforceX: '上下文里已有的遍数 n',
    reinforceY: '下一遍 token 的平均概率',
    natural: '原句',
    shuffledSeries: '同样的 token 打乱',
    computing: '计算中…',
    presetTitle: '各预设提示下第一个 token 的原始熵（上限 ln V = {max}）',
    tempTitle: '这个 token 的分布熵随温度的变化',
    tempX: '温度 T',
    tempY: '熵（nats）',
    current: '当前',
    none: '无',
    loopFmt: '{n} 个 token',
    errEmpty: '提示是空的：请输入内容或选一个预设。',
    errTooLong: '提示有 {tokens} 个 token，而模型的上下文只有 {context}：请缩短。',
    warnUnknown: '这些字符不在模型词表里（会变成 <unk>）：{chars}',
    stopContext: '已停止：上下文（{context} 个 token）已满。',
    stopFiltered: '已停止：所有 token 都被过滤掉了（例如 n-gram 禁止），没有可抽的。',
    modelCard: '模型：{layers} 层，{heads} 个头，d = {d}，上下文 {ctx}，词表 {vocab}，参数 {params} 个。',
  },

  answer: [
    '机制：解码每步从 $p(x_t\\mid x_{<t})$ 里挑一个 token。贪心或低温解码时，选择几乎完全由最近的上下文决定，文本一旦回到曾经到过的状态，就会沿同一条路再走一遍——这就是循环。',
    '自我强化：某段话在上下文里出现得越多，模型给“再重复一次”的概率就越高（Holtzman 等 2020 图 4；Xu 等 2022）。模型学会了从上文照抄（类似 induction head 的行为），训练数据本身也有大量重复；最大似然训练不会惩罚把过多概率放在重复上。',
    '助推因素：温度低（分布向 argmax 收紧）、贪心或 beam search（追求高似然，而重复文本恰恰似然高）、提示短或模糊（分布平，模型退回高频套话）、生成太长、模型小或训练不足。',
    '解码时的办法，按 HF `generate` 的顺序：重复惩罚（CTRL：对已出现的 token，正 logit 除以 θ、负 logit 乘以 θ，θ≈1.1–1.3）、禁止重复 n-gram，然后是温度、top-k、top-p（nucleus）、min-p。存在/频率惩罚是 OpenAI API 里的对应物（减法，只看已生成的 token）。',
    '训练时的办法：unlikelihood 训练（Welleck 等 2020）、DITTO（Xu 等 2022，用人为重复的句子训练，压低重复的概率）、训练数据去重、对比搜索/对比解码；产品层面再配合停止词和合理的最大长度。',
    '代价：惩罚项会误伤正当的重复（人名、代码、公式），而且默认连提示也算在内；截断（top-k/p/min-p）能去掉胡话，但本身去不掉循环；温度调高带来多样性，也带来错误。',
  ],

  formulas: [
    {
      tex: 'p_i = \\frac{\\exp(z_i/T)}{\\sum_j \\exp(z_j/T)},\\qquad T\\to 0:\\ p \\to \\text{one-hot}(\\arg\\max_i z_i)',
      caption: '温度：softmax 之前把 logit 除以 T。',
    },
    {
      tex: "z'_i = \\begin{cases} z_i/\\theta & z_i > 0 \\\\ z_i\\,\\theta & z_i \\le 0 \\end{cases}\\qquad (i \\in x_{<t})",
      caption: 'CTRL / HF 重复惩罚（上下文里出现过的每个不同 token 只罚一次，默认含提示）。',
    },
    {
      tex: "z'_j = z_j - \\alpha_{\\text{freq}}\\, c_j - \\alpha_{\\text{pres}}\\,[c_j > 0]",
      caption: 'OpenAI 的存在/频率惩罚；c_j 是 token j 到目前为止被生成的次数。',
    },
    {
      tex: 'V^{(p)} = \\arg\\min_{V\' \\subseteq V} |V\'| \\ \\text{s.t.} \\sum_{x \\in V\'} p(x) \\ge p',
      caption: 'Top-p（nucleus）：累积概率达到 p 的最小头部集合。',
    },
    {
      tex: 'x \\in V_{\\text{min-}p} \\iff p(x) \\ge p_{\\min} \\cdot \\max_y p(y)',
      caption: 'Min-p：token x 的概率不低于最可能 token 概率的 $p_{\\min}$ 倍时保留（集合 $V_{\\text{min-}p}$）。',
    },
  ],

  misconceptions: [
    {
      claim: '“复读是因为温度太低，调高温度就好了。”',
      correction:
        '低温让循环更容易出现，但根子在模型的自我强化：每重复一次，下一次重复的概率就更高。调高温度只是让跳出循环的机会变大，代价是更多错误。看“自我强化”这一步：这条曲线与采样设置无关，照样上升。',
      sources: ['holtzman', 'xu'],
    },
    {
      claim: '“重复惩罚按 token 出现的次数成比例地降低概率。”',
      correction:
        'CTRL / HF 的重复惩罚对每个出现过的 token 只作用一次，不管出现了几次；而且正 logit 是除以 θ、负 logit 是乘以 θ（两种情况都把 logit 往下压）。按次数累加的是 OpenAI 式的频率惩罚，它是减法而不是乘法。另外，HF 默认连提示里的 token 也一起罚。',
      sources: ['ctrl', 'hf', 'openai'],
    },
    {
      claim: '“top-p 就是保留概率大于 p 的 token。”',
      correction:
        'top-p 保留的是累积概率达到 p 的最小头部集合，保留的个数随分布自适应（模型很确定时只剩 1 个，不确定时可能几百个）。HF 至少保留一个；logit 并列时，并列的几个里谁被留下取决于排序顺序。',
      sources: ['holtzman', 'hf'],
    },
    {
      claim: '“top-k / top-p 能解决复读。”',
      correction:
        '它们砍掉的是低概率的长尾，防的是胡言乱语；循环发生在高概率的头部，恰恰被它们保留了下来。对付循环要靠惩罚项、n-gram 禁止或足够的温度——对比“截断”和“惩罚项”两步的重复 4-gram 读数。',
      sources: ['holtzman'],
    },
    {
      claim: '“presence / frequency penalty 是 Hugging Face generate 的参数。”',
      correction:
        '它们是 OpenAI API 的参数（取值 −2 到 2，vLLM 等也支持）。HF `generate` 提供的是 `repetition_penalty`（乘法，CTRL 式）和 `no_repeat_ngram_size`。',
      sources: ['openai', 'hf'],
    },
  ],

  followUps: [
    {
      q: 'HF generate 里各个 processor 和 warper 的顺序是什么？',
      a: '先是 logits processor（重复惩罚、禁止重复 n-gram 等），采样时再按 温度 → top-k → top-p → min-p 的顺序做 warper；贪心（do_sample=False）跳过 warper，直接取 argmax。',
      sources: ['hf'],
    },
    {
      q: 'top-k 和 top-p 的先后有影响吗？',
      a: '一般有：top-p 放在 top-k 之后，累加的是重新归一化后的 top-k 集合里的概率。温度放在 top-p 之前也会改变保留哪些 token，因为它改变了 top-p 累加的概率（对 top-k 没影响，top-k 只看排名）。',
      sources: ['hf'],
    },
    {
      q: '为什么 beam search 比贪心还容易复读？',
      a: '它搜索的是高似然序列，而在模型看来重复文本恰恰似然高（自我强化）；Holtzman 等 2020 把这叫作似然陷阱。',
      sources: ['holtzman'],
    },
    {
      q: '重复惩罚取多少合适？',
      a: 'CTRL 论文报告 θ ≈ 1.2 是较好的平衡；远高于 1.3 左右就开始伤害流畅度，因为常用虚词和提示里的术语也一并被罚。',
      sources: ['ctrl'],
    },
    {
      q: '训练阶段怎么减少复读？',
      a: 'unlikelihood 训练惩罚放在已出现 token 上的概率（Welleck 等 2020）；DITTO 用人为构造的重复句子训练，打破自我强化（Xu 等 2022）；训练语料去重也有帮助。',
      sources: ['welleck', 'xu'],
    },
  ],

  sources: [
    { id: 'hf', text: 'Hugging Face transformers：generation/logits_process.py（RepetitionPenaltyLogitsProcessor、NoRepeatNGramLogitsProcessor、TemperatureLogitsWarper、TopKLogitsWarper、TopPLogitsWarper、MinPLogitsWarper）与 generation/utils.py 的 `_get_logits_processor`（顺序）', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py' },
    { id: 'ctrl', text: 'Keskar 等 2019，CTRL: A Conditional Transformer Language Model for Controllable Generation，arXiv 1909.05858，§4.1（带惩罚的采样，θ ≈ 1.2）', url: 'https://arxiv.org/abs/1909.05858' },
    { id: 'holtzman', text: 'Holtzman 等 2020，The Curious Case of Neural Text Degeneration，ICLR，arXiv 1904.09751：nucleus（top-p）采样 §3.1；重复概率随重复次数上升，图 4', url: 'https://arxiv.org/abs/1904.09751' },
    { id: 'xu', text: 'Xu 等 2022，Learning to Break the Loop: Analyzing and Mitigating Repetitions for Neural Text Generation，NeurIPS，arXiv 2206.02369（自我强化效应；DITTO）', url: 'https://arxiv.org/abs/2206.02369' },
    { id: 'welleck', text: 'Welleck 等 2020，Neural Text Generation with Unlikelihood Training，ICLR，arXiv 1908.04319（seq-rep-n 指标，§5）', url: 'https://arxiv.org/abs/1908.04319' },
    { id: 'fan', text: 'Fan、Lewis、Dauphin 2018，Hierarchical Neural Story Generation，ACL，arXiv 1805.04833（top-k 采样）', url: 'https://arxiv.org/abs/1805.04833' },
    { id: 'minp', text: 'Nguyen 等 2024，Turning Up the Heat: Min-p Sampling for Creative and Coherent LLM Outputs，arXiv 2407.01082', url: 'https://arxiv.org/abs/2407.01082' },
    { id: 'openai', text: 'OpenAI API 参考与指南“Frequency and presence penalties”：mu[j] − c[j]·α_frequency − float(c[j] > 0)·α_presence，取值 −2.0 … 2.0', url: 'https://platform.openai.com/docs/api-reference/chat/create' },
    { id: 'li', text: 'Li 等 2016，A Diversity-Promoting Objective Function for Neural Conversation Models，NAACL，arXiv 1510.03055（distinct-n）', url: 'https://arxiv.org/abs/1510.03055' },
  ],
};
