/** Chapters of the question list, in display order. */
export const CHAPTERS = ['apps', 'transformer', 'position', 'decoding', 'systems', 'lora'] as const;
export type ChapterId = (typeof CHAPTERS)[number];

/** One of the 19 interview questions: original number (users say "question 6"), stable URL id, titles. */
export interface Question {
  id: string;
  number: number;
  chapter: ChapterId;
  title: { zh: string; en: string };
}

/** The 19 questions in display order (order lives here, the original number is data). */
export const QUESTIONS: readonly Question[] = [
  { id: 'prompt-techniques', number: 1, chapter: 'apps', title: { zh: '提示词工程有哪些技巧？', en: 'Prompt-engineering techniques' } },
  { id: 'langchain-modules', number: 2, chapter: 'apps', title: { zh: 'LangChain 有哪些模块？', en: 'The modules of LangChain' } },
  { id: 'transformer-architecture', number: 7, chapter: 'transformer', title: { zh: 'Transformer 的结构是怎样的？', en: 'The structure of the Transformer' } },
  { id: 'layernorm-vs-batchnorm', number: 3, chapter: 'transformer', title: { zh: 'Transformer 用哪种归一化？LayerNorm 与 BatchNorm 的区别', en: 'Which norm does the Transformer use? LayerNorm vs BatchNorm' } },
  { id: 'token-embedding', number: 11, chapter: 'transformer', title: { zh: 'Transformer 的嵌入是怎样形成的？', en: 'How Transformer embeddings are formed' } },
  { id: 'why-decoder-only', number: 9, chapter: 'transformer', title: { zh: '为什么大模型多是仅解码器结构？', en: 'Why are LLMs decoder-only?' } },
  { id: 'bert-gpt-bart', number: 10, chapter: 'transformer', title: { zh: 'BERT、GPT、BART 有什么区别？', en: 'BERT vs GPT vs BART' } },
  { id: 'model-comparison', number: 8, chapter: 'transformer', title: { zh: 'Qwen、ChatGLM、LLaMA、百川对比', en: 'Qwen, ChatGLM, LLaMA and Baichuan compared' } },
  { id: 'absolute-vs-relative-position', number: 12, chapter: 'position', title: { zh: '绝对位置编码与相对位置编码', en: 'Absolute vs relative position encoding' } },
  { id: 'absolute-position-encodings', number: 13, chapter: 'position', title: { zh: '绝对位置编码有哪些？', en: 'Absolute position encodings' } },
  { id: 'relative-position-encodings', number: 14, chapter: 'position', title: { zh: '相对位置编码有哪些？', en: 'Relative position encodings' } },
  { id: 'repetition-and-sampling', number: 6, chapter: 'decoding', title: { zh: '大模型为什么会复读？如何缓解？', en: 'Why models repeat themselves, and how to fix it' } },
  { id: 'training-acceleration', number: 5, chapter: 'systems', title: { zh: '训练加速框架及其原理', en: 'Training-acceleration frameworks and their principles' } },
  { id: 'deepspeed-zero', number: 15, chapter: 'systems', title: { zh: 'DeepSpeed 如何加速训练（ZeRO）？', en: 'How DeepSpeed speeds up training (ZeRO)' } },
  { id: 'adamw', number: 16, chapter: 'systems', title: { zh: 'AdamW 与 Adam 有什么不同？', en: 'AdamW' } },
  { id: 'lora-structure', number: 18, chapter: 'lora', title: { zh: 'LoRA 的结构与插入位置', en: "LoRA's structure and where it is inserted" } },
  { id: 'lora-low-rank-why', number: 4, chapter: 'lora', title: { zh: '为什么低秩分解（LoRA）适合微调？', en: 'Why low-rank factorisation (LoRA) suits fine-tuning' } },
  { id: 'lora-why-it-works', number: 19, chapter: 'lora', title: { zh: 'LoRA 为什么有效？', en: 'Why LoRA works' } },
  { id: 'lora-vs-full-finetune', number: 17, chapter: 'lora', title: { zh: 'LoRA 与全参数微调对比', en: 'LoRA vs full fine-tuning' } },
];
