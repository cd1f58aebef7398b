/**
 * Hand-written facts about the 19 interview topics, in Chinese and English, for the tiny transformer's
 * generated training corpus (project-written text; no third-party text). Each fact is one sentence.
 */
export interface Topic {
  id: string;
  zh: { name: string; q: string; facts: string[] };
  en: { name: string; q: string; facts: string[] };
}

export const TOPICS: Topic[] = [
  {
    id: 'prompt-techniques',
    zh: {
      name: '提示词工程',
      q: '提示词工程有哪些技巧？',
      facts: [
        '提示词要写清楚任务、输入和期望的输出格式。',
        '给模型几个示例，叫作少样本提示。',
        '让模型一步一步推理，叫作思维链提示。',
        '给模型指定一个角色，可以让回答的语气更稳定。',
        '把长任务拆成几个小步骤，模型更容易做对。',
        '用分隔符把指令和资料分开，可以减少误解。',
        '要求模型先列出要点再写答案，结果更有条理。',
        '提示词需要反复测试和修改，而不是一次写好。',
      ],
    },
    en: {
      name: 'prompt engineering',
      q: 'What are the techniques of prompt engineering?',
      facts: [
        'A prompt should state the task, the input and the expected output format.',
        'Giving the model a few examples is called few-shot prompting.',
        'Asking the model to reason step by step is called chain-of-thought prompting.',
        'Giving the model a role keeps the tone of the answer stable.',
        'Splitting a long task into small steps makes it easier for the model.',
        'Delimiters separate the instruction from the material and reduce confusion.',
        'Asking for the key points before the answer makes the result more orderly.',
        'A prompt is tested and revised many times; it is not written once.',
      ],
    },
  },
  {
    id: 'langchain-modules',
    zh: {
      name: 'LangChain',
      q: 'LangChain 有哪些模块？',
      facts: [
        'LangChain 是一个把大模型和外部工具连接起来的框架。',
        '模型接口模块统一了不同大模型的调用方式。',
        '提示模板模块负责把变量填进提示词。',
        '链把多个步骤串起来，前一步的输出是后一步的输入。',
        '记忆模块保存对话历史，让模型记得前面说过的话。',
        '检索模块从文档中找出相关的段落，再交给模型回答。',
        '智能体让模型自己决定调用哪个工具。',
        '输出解析器把模型的文字转换成结构化的数据。',
      ],
    },
    en: {
      name: 'LangChain',
      q: 'What are the modules of LangChain?',
      facts: [
        'LangChain is a framework that connects large models with external tools.',
        'The model interface gives different large models one calling convention.',
        'Prompt templates fill variables into a prompt.',
        'A chain links several steps; the output of one step is the input of the next.',
        'Memory keeps the conversation history so the model remembers what was said.',
        'Retrieval finds the relevant passages in documents and hands them to the model.',
        'An agent lets the model decide which tool to call.',
        'An output parser turns the model text into structured data.',
      ],
    },
  },
  {
    id: 'transformer-architecture',
    zh: {
      name: 'Transformer',
      q: 'Transformer 的结构是怎样的？',
      facts: [
        'Transformer 由编码器和解码器组成，每一层都有注意力和前馈网络。',
        '自注意力让每个 token 根据相关程度汇总其他 token 的信息。',
        '注意力分数是查询和键的点积，再除以维度的平方根。',
        '多头注意力把表示分成几个头，每个头学习不同的关系。',
        '前馈网络对每个位置分别做两次线性变换，中间有激活函数。',
        '残差连接把子层的输入直接加到输出上，让深层网络更容易训练。',
        '每个子层都配有层归一化。',
        '解码器的自注意力使用因果掩码，只能看到前面的 token。',
      ],
    },
    en: {
      name: 'the Transformer',
      q: 'What is the structure of the Transformer?',
      facts: [
        'The Transformer has an encoder and a decoder, and every layer has attention and a feed-forward network.',
        'Self-attention lets each token gather information from other tokens by relevance.',
        'An attention score is the dot product of a query and a key, divided by the square root of the dimension.',
        'Multi-head attention splits the representation into heads, and each head learns different relations.',
        'The feed-forward network applies two linear maps at each position, with an activation between them.',
        'A residual connection adds the input of a sublayer to its output, which makes deep networks easier to train.',
        'Every sublayer comes with layer normalization.',
        'Self-attention in the decoder uses a causal mask, so a token only sees earlier tokens.',
      ],
    },
  },
  {
    id: 'layernorm-vs-batchnorm',
    zh: {
      name: '归一化',
      q: 'LayerNorm 和 BatchNorm 有什么区别？',
      facts: [
        'LayerNorm 在一个 token 的全部特征上计算均值和方差。',
        'BatchNorm 在一个特征上、跨整批数据计算均值和方差。',
        'BatchNorm 依赖批大小，批越小统计量越不稳定。',
        'LayerNorm 与批大小无关，训练和推理算的是同一个函数。',
        '变长序列的填充会干扰 BatchNorm，却不影响 LayerNorm。',
        'RMSNorm 只除以均方根，不减均值，计算更省。',
        '前置 LayerNorm 把归一化放在子层之前，训练更稳定。',
      ],
    },
    en: {
      name: 'normalization',
      q: 'What is the difference between LayerNorm and BatchNorm?',
      facts: [
        'LayerNorm computes the mean and variance over all features of one token.',
        'BatchNorm computes the mean and variance of one feature across the whole batch.',
        'BatchNorm depends on the batch size, and small batches give noisy statistics.',
        'LayerNorm does not depend on the batch, so training and inference compute the same function.',
        'Padding in variable-length sequences disturbs BatchNorm but not LayerNorm.',
        'RMSNorm only divides by the root mean square and does not subtract the mean.',
        'Pre-LN puts the normalization before each sublayer, which makes training more stable.',
      ],
    },
  },
  {
    id: 'token-embedding',
    zh: {
      name: '嵌入',
      q: 'Transformer 的嵌入是怎样形成的？',
      facts: [
        '分词器先把文本切成 token，每个 token 对应一个编号。',
        '嵌入矩阵的每一行是一个 token 的向量。',
        '查表得到 token 向量，再加上位置信息，就是第一层的输入。',
        '嵌入矩阵和其他参数一起通过反向传播学习。',
        '意思相近的 token，嵌入向量往往也相近。',
        '很多模型让输出层和嵌入矩阵共享参数。',
      ],
    },
    en: {
      name: 'embeddings',
      q: 'How are Transformer embeddings formed?',
      facts: [
        'The tokenizer first cuts text into tokens, and each token has an id.',
        'Each row of the embedding matrix is the vector of one token.',
        'A table lookup gives the token vector, and adding position information gives the input of the first layer.',
        'The embedding matrix is learned by backpropagation together with the other parameters.',
        'Tokens with similar meanings tend to have similar embedding vectors.',
        'Many models share parameters between the output layer and the embedding matrix.',
      ],
    },
  },
  {
    id: 'why-decoder-only',
    zh: {
      name: '仅解码器结构',
      q: '为什么大模型多是仅解码器结构？',
      facts: [
        '仅解码器模型只用因果注意力，按顺序预测下一个 token。',
        '下一个 token 预测的目标简单，可以用海量无标注文本训练。',
        '同一个模型既能理解输入，也能生成输出。',
        '因果注意力让推理时可以缓存之前的键和值。',
        '仅解码器结构在零样本和少样本任务上表现很好。',
        '结构统一，也让大规模训练的工程更简单。',
      ],
    },
    en: {
      name: 'the decoder-only design',
      q: 'Why are most large models decoder-only?',
      facts: [
        'A decoder-only model uses causal attention and predicts the next token in order.',
        'Next-token prediction is a simple objective that can use huge amounts of unlabeled text.',
        'The same model can both understand the input and generate the output.',
        'Causal attention lets inference cache the earlier keys and values.',
        'Decoder-only models do well on zero-shot and few-shot tasks.',
        'One uniform structure also makes large-scale training simpler to engineer.',
      ],
    },
  },
  {
    id: 'bert-gpt-bart',
    zh: {
      name: 'BERT、GPT 和 BART',
      q: 'BERT、GPT、BART 有什么区别？',
      facts: [
        'BERT 只有编码器，用双向注意力，训练目标是预测被遮住的词。',
        'GPT 只有解码器，用因果注意力，训练目标是预测下一个词。',
        'BART 有编码器和解码器，训练时先破坏文本再把它还原。',
        'BERT 擅长理解类任务，比如分类和抽取。',
        'GPT 擅长生成类任务，比如续写和对话。',
        'BART 适合摘要和翻译这类序列到序列的任务。',
      ],
    },
    en: {
      name: 'BERT, GPT and BART',
      q: 'What is the difference between BERT, GPT and BART?',
      facts: [
        'BERT is an encoder with bidirectional attention, trained to predict masked words.',
        'GPT is a decoder with causal attention, trained to predict the next word.',
        'BART has an encoder and a decoder, and is trained to restore corrupted text.',
        'BERT is good at understanding tasks such as classification and extraction.',
        'GPT is good at generation tasks such as continuation and dialogue.',
        'BART suits sequence-to-sequence tasks such as summarization and translation.',
      ],
    },
  },
  {
    id: 'model-comparison',
    zh: {
      name: '开源模型',
      q: 'Qwen、ChatGLM、LLaMA、百川有什么不同？',
      facts: [
        'LLaMA 使用前置 RMSNorm、SwiGLU 激活和旋转位置编码。',
        'Qwen 和百川都是仅解码器模型，词表对中文更友好。',
        'ChatGLM 最初基于 GLM 结构，训练目标是自回归填空。',
        '这些模型的差别主要在数据、词表、位置编码和训练方法。',
        '更大的词表可以让一个中文词用更少的 token 表示。',
      ],
    },
    en: {
      name: 'open models',
      q: 'How do Qwen, ChatGLM, LLaMA and Baichuan differ?',
      facts: [
        'LLaMA uses pre-RMSNorm, the SwiGLU activation and rotary position embeddings.',
        'Qwen and Baichuan are decoder-only models with vocabularies suited to Chinese.',
        'ChatGLM was first built on the GLM design, trained with autoregressive blank filling.',
        'These models differ mainly in data, vocabulary, position encoding and training recipe.',
        'A larger vocabulary lets a Chinese word take fewer tokens.',
      ],
    },
  },
  {
    id: 'absolute-vs-relative-position',
    zh: {
      name: '位置编码',
      q: '绝对位置编码和相对位置编码有什么区别？',
      facts: [
        '注意力本身不知道顺序，所以需要位置编码。',
        '绝对位置编码给每个位置一个向量，加到 token 向量上。',
        '相对位置编码关心两个 token 之间的距离，而不是各自的位置。',
        '相对位置编码通常更容易外推到更长的序列。',
        '绝对位置编码实现简单，但长度受训练时的上限限制。',
      ],
    },
    en: {
      name: 'position encoding',
      q: 'What is the difference between absolute and relative position encoding?',
      facts: [
        'Attention alone does not know the order, so it needs position encoding.',
        'Absolute position encoding gives each position a vector that is added to the token vector.',
        'Relative position encoding cares about the distance between two tokens, not their positions.',
        'Relative position encoding usually extrapolates better to longer sequences.',
        'Absolute position encoding is simple, but its length is capped by training.',
      ],
    },
  },
  {
    id: 'absolute-position-encodings',
    zh: {
      name: '绝对位置编码',
      q: '绝对位置编码有哪些？',
      facts: [
        '正弦位置编码用不同频率的正弦和余弦函数表示位置。',
        '可学习的位置编码把每个位置的向量当作参数训练。',
        'BERT 和 GPT 使用可学习的位置编码。',
        '正弦位置编码不需要训练参数。',
      ],
    },
    en: {
      name: 'absolute position encodings',
      q: 'What absolute position encodings are there?',
      facts: [
        'Sinusoidal position encoding represents a position with sines and cosines of different frequencies.',
        'Learned position encoding trains the vector of each position as a parameter.',
        'BERT and GPT use learned position embeddings.',
        'Sinusoidal position encoding has no trained parameters.',
      ],
    },
  },
  {
    id: 'relative-position-encodings',
    zh: {
      name: '相对位置编码',
      q: '相对位置编码有哪些？',
      facts: [
        '旋转位置编码把查询和键按位置旋转，点积只依赖相对距离。',
        'ALiBi 在注意力分数上减去一个与距离成正比的偏置。',
        'T5 为不同的相对距离学习一个偏置，并把远的距离分桶。',
        '旋转位置编码被很多开源大模型采用。',
      ],
    },
    en: {
      name: 'relative position encodings',
      q: 'What relative position encodings are there?',
      facts: [
        'Rotary position embedding rotates queries and keys by position, so the dot product depends only on the distance.',
        'ALiBi subtracts a bias proportional to the distance from the attention scores.',
        'T5 learns a bias for each relative distance and puts far distances into buckets.',
        'Rotary position embedding is used by many open large models.',
      ],
    },
  },
  {
    id: 'repetition-and-sampling',
    zh: {
      name: '复读',
      q: '大模型为什么会复读？如何缓解？',
      facts: [
        '贪心解码每一步都选概率最高的 token，容易陷入循环。',
        '一句话重复得越多，模型越相信它会再次出现。',
        '温度越低，分布越尖，输出越容易重复。',
        '重复惩罚会降低已经出现过的 token 的分数。',
        'top-k 只保留概率最高的 k 个 token。',
        'top-p 保留累积概率达到 p 的最小集合。',
        '提示太短或太模糊时，下一个 token 的分布会很平。',
        '采样时用固定的随机种子，结果可以复现。',
      ],
    },
    en: {
      name: 'repetition',
      q: 'Why do large models repeat themselves, and how can it be fixed?',
      facts: [
        'Greedy decoding picks the most likely token at every step and easily falls into a loop.',
        'The more a sentence has been repeated, the more the model expects it again.',
        'A lower temperature makes the distribution sharper and the output more repetitive.',
        'A repetition penalty lowers the scores of tokens that have already appeared.',
        'Top-k keeps only the k most likely tokens.',
        'Top-p keeps the smallest set whose cumulative probability reaches p.',
        'A short or vague prompt leaves the next-token distribution flat.',
        'With a fixed random seed, sampling can be reproduced.',
      ],
    },
  },
  {
    id: 'training-acceleration',
    zh: {
      name: '训练加速',
      q: '有哪些训练加速框架？原理是什么？',
      facts: [
        '数据并行让每张卡处理不同的数据，再同步梯度。',
        '张量并行把一个矩阵乘法切到多张卡上。',
        '流水线并行把不同的层放在不同的卡上。',
        '混合精度用半精度计算，用单精度保存主权重。',
        '梯度检查点用重新计算换取显存。',
        '梯度累积用几个小批次模拟一个大批次。',
      ],
    },
    en: {
      name: 'training acceleration',
      q: 'Which frameworks speed up training, and how do they work?',
      facts: [
        'Data parallelism gives each device different data and then synchronizes the gradients.',
        'Tensor parallelism splits one matrix multiplication across several devices.',
        'Pipeline parallelism puts different layers on different devices.',
        'Mixed precision computes in half precision and keeps master weights in single precision.',
        'Gradient checkpointing trades recomputation for memory.',
        'Gradient accumulation simulates a large batch with several small batches.',
      ],
    },
  },
  {
    id: 'deepspeed-zero',
    zh: {
      name: 'DeepSpeed',
      q: 'DeepSpeed 如何加速训练？',
      facts: [
        'ZeRO 把优化器状态、梯度和参数切分到不同的卡上。',
        'ZeRO 第一阶段只切分优化器状态。',
        'ZeRO 第二阶段再切分梯度。',
        'ZeRO 第三阶段连参数也切分，需要时再收集。',
        '切分以后，每张卡保存的数据更少，可以训练更大的模型。',
        'ZeRO 卸载把一部分数据放到内存里。',
      ],
    },
    en: {
      name: 'DeepSpeed',
      q: 'How does DeepSpeed speed up training?',
      facts: [
        'ZeRO partitions the optimizer states, gradients and parameters across devices.',
        'ZeRO stage one partitions only the optimizer states.',
        'ZeRO stage two also partitions the gradients.',
        'ZeRO stage three partitions the parameters too and gathers them when needed.',
        'After partitioning, each device stores less, so larger models fit.',
        'ZeRO offload moves part of the data to host memory.',
      ],
    },
  },
  {
    id: 'adamw',
    zh: {
      name: 'AdamW',
      q: 'AdamW 和 Adam 有什么不同？',
      facts: [
        'Adam 用梯度的一阶矩和二阶矩来调整每个参数的步长。',
        '在 Adam 里把 L2 正则加进梯度，会被自适应步长缩放。',
        'AdamW 把权重衰减从梯度中分离出来，直接作用在参数上。',
        '解耦的权重衰减对每个参数的作用是一致的。',
        '大模型训练通常使用 AdamW。',
      ],
    },
    en: {
      name: 'AdamW',
      q: 'How does AdamW differ from Adam?',
      facts: [
        'Adam uses the first and second moments of the gradient to set the step of each parameter.',
        'In Adam, an L2 penalty added to the gradient is scaled by the adaptive step.',
        'AdamW decouples weight decay from the gradient and applies it to the parameters directly.',
        'Decoupled weight decay acts the same way on every parameter.',
        'Large models are usually trained with AdamW.',
      ],
    },
  },
  {
    id: 'lora-structure',
    zh: {
      name: 'LoRA',
      q: 'LoRA 的结构是怎样的？插在哪里？',
      facts: [
        'LoRA 冻结原来的权重，旁边加两个小矩阵 A 和 B。',
        '矩阵 B 初始化为零，所以训练开始时模型不变。',
        'LoRA 的更新是 B 乘以 A，秩等于 r。',
        'LoRA 通常加在注意力的查询和值投影上。',
        '训练结束后，可以把 B 乘 A 合并回原来的权重。',
      ],
    },
    en: {
      name: 'LoRA',
      q: 'What is the structure of LoRA, and where is it inserted?',
      facts: [
        'LoRA freezes the original weights and adds two small matrices A and B beside them.',
        'Matrix B starts at zero, so the model is unchanged when training begins.',
        'The LoRA update is B times A, with rank r.',
        'LoRA is usually added to the query and value projections of attention.',
        'After training, B times A can be merged back into the original weights.',
      ],
    },
  },
  {
    id: 'lora-low-rank-why',
    zh: {
      name: '低秩分解',
      q: '为什么低秩分解适合微调？',
      facts: [
        '微调时权重的变化往往集中在少数几个方向上。',
        '低秩矩阵用很少的参数就能表示这些主要方向。',
        '秩为 r 的更新只需要两个细长矩阵。',
        '参数少了，优化器状态和显存也随之减少。',
      ],
    },
    en: {
      name: 'low-rank factorization',
      q: 'Why does low-rank factorization suit fine-tuning?',
      facts: [
        'The change of the weights during fine-tuning often lies in a few directions.',
        'A low-rank matrix represents those main directions with few parameters.',
        'A rank r update only needs two thin matrices.',
        'With fewer parameters, the optimizer states and memory shrink too.',
      ],
    },
  },
  {
    id: 'lora-why-it-works',
    zh: {
      name: 'LoRA 的原理',
      q: 'LoRA 为什么有效？',
      facts: [
        '预训练模型已经学到了大部分知识，微调只需要小的调整。',
        '任务相关的调整可以用一个低维子空间表示。',
        '很小的秩往往就能接近全参数微调的效果。',
        '冻结原始权重也减少了遗忘。',
      ],
    },
    en: {
      name: 'why LoRA works',
      q: 'Why does LoRA work?',
      facts: [
        'A pretrained model already holds most of the knowledge, and fine-tuning needs only a small adjustment.',
        'The task-specific adjustment can be represented in a low-dimensional subspace.',
        'A very small rank often comes close to full fine-tuning.',
        'Freezing the original weights also reduces forgetting.',
      ],
    },
  },
  {
    id: 'lora-vs-full-finetune',
    zh: {
      name: '全参数微调',
      q: 'LoRA 和全参数微调相比如何？',
      facts: [
        '全参数微调更新所有权重，需要保存完整的优化器状态。',
        'LoRA 只训练很少的参数，显存占用小得多。',
        '一个基座模型可以挂很多个 LoRA，按任务切换。',
        '数据很多或者任务差别很大时，全参数微调可能更好。',
      ],
    },
    en: {
      name: 'full fine-tuning',
      q: 'How does LoRA compare with full fine-tuning?',
      facts: [
        'Full fine-tuning updates all weights and keeps the full optimizer states.',
        'LoRA trains very few parameters and uses much less memory.',
        'One base model can carry many LoRA adapters and switch them by task.',
        'With a lot of data or a very different task, full fine-tuning may be better.',
      ],
    },
  },
];
