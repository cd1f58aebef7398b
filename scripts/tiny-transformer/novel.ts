/**
 * Novel but natural-looking sentences for copy training (`--shortDist novel`, `--window 4`).
 *
 * Why: every earlier attempt to teach this model in-context copying used spans it either had memorised
 * (real text: memory already predicts the repeat, so copying never pays) or that look like noise
 * (shuffled or random tokens: the model learned to copy *noise* and kept its memorised bigram habits for
 * anything that reads like text). These sentences are built from slot lists of words the corpus uses, in
 * the corpus's own register, with millions of combinations: grammatical, so they read like text, and
 * unpredictable, so only the earlier copy predicts a repeat.
 *
 * Held out on purpose: the analysis sentences (“模型很喜欢蓝色的苹果。”, “The cat reads a green book.”) and
 * the scene's sentences use words that are not in these lists, so copying them measures generalisation.
 * Project-written word lists; no third-party text.
 */

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const ZH = {
  det: ['', '', '这个', '那个', '第一个', '第二个', '最后一个', '每个', '新的', '小的', '大的', '深的'],
  subj: ['模型', '编码器', '解码器', '优化器', '注意力头', '网络', '向量', '矩阵', '分词器', '适配器', '设备', '梯度', '老师', '学生', '机器', '程序', '训练器', '采样器', '层', '块'],
  adv: ['会', '可以', '需要', '先', '再', '总是', '只', '也', '不', '常常', '每次都', '马上'],
  verb: ['更新', '保存', '读取', '缩放', '旋转', '压缩', '复制', '拆分', '遮住', '记住', '忘掉', '计算', '输出', '选择', '冻结', '合并', '移动', '填充', '检查', '排序', '加上', '减去'],
  qty: ['每个', '所有', '两个', '一些', '三个', '十个', '少数', '多数', '一半', '全部'],
  adj: ['', '', '旧的', '新的', '小的', '大的', '重要的', '相同的', '不同的', '稀疏的', '残差的', '随机的'],
  noun: ['参数', '梯度', '词元', '位置', '权重', '字符', '向量', '句子', '文档', '分数', '偏置', '概率', '状态', '样本', '问题', '答案', '键', '值', '查询', '行', '列', '数字'],
  unit: ['层', '个头', '个词元', '步', '个参数', '块', '个设备'],
};
const EN = {
  det: ['The', 'The', 'A', 'Every', 'This', 'That', 'The first', 'The second', 'The last', 'One'],
  adj: ['', '', 'small ', 'large ', 'new ', 'old ', 'deep ', 'sparse ', 'frozen ', 'fast ', 'slow ', 'random '],
  subj: ['model', 'layer', 'encoder', 'decoder', 'optimizer', 'head', 'network', 'matrix', 'vector', 'tokenizer', 'adapter', 'device', 'teacher', 'student', 'sampler', 'block'],
  verb: ['updates', 'stores', 'rotates', 'scales', 'copies', 'splits', 'masks', 'keeps', 'drops', 'computes', 'selects', 'freezes', 'merges', 'moves', 'checks', 'sorts', 'adds', 'shifts'],
  qty: ['every', 'each', 'all', 'two', 'some', 'three', 'ten', 'most', 'half of the', 'the'],
  noun: ['weights', 'tokens', 'positions', 'gradients', 'values', 'queries', 'keys', 'rows', 'columns', 'scores', 'biases', 'states', 'samples', 'questions', 'answers', 'numbers', 'vectors'],
  unit: ['layers', 'heads', 'tokens', 'steps', 'parameters', 'blocks', 'devices'],
};

const num = (r: () => number): string => String(1 + Math.floor(r() ** 2 * 999));

/** One novel Chinese sentence ending in “。”. */
export function novelZh(r: () => number): string {
  if (r() < 0.25) return `${pick(r, ZH.det)}${pick(r, ZH.subj)}有${num(r)}${pick(r, ZH.unit)}，${pick(r, ZH.adv)}${pick(r, ZH.verb)}${num(r)}${pick(r, ZH.unit)}。`;
  return `${pick(r, ZH.det)}${pick(r, ZH.subj)}${pick(r, ZH.adv)}${pick(r, ZH.verb)}${pick(r, ZH.qty)}${pick(r, ZH.adj)}${pick(r, ZH.noun)}。`;
}

/** One novel English sentence ending in “. ” (a space, as between sentences in the corpus). */
export function novelEn(r: () => number): string {
  if (r() < 0.25) return `${pick(r, EN.det)} ${pick(r, EN.subj)} has ${num(r)} ${pick(r, EN.unit)} and ${pick(r, EN.verb)} ${num(r)} ${pick(r, EN.noun)}. `;
  return `${pick(r, EN.det)} ${pick(r, EN.adj)}${pick(r, EN.subj)} ${pick(r, EN.verb)} ${pick(r, EN.qty)} ${pick(r, EN.adj)}${pick(r, EN.noun)}. `.replace(/ {2,}/g, ' ');
}

/** A novel sentence, Chinese with probability `zhShare` (the corpus is ~55 % Chinese). */
export function novelSentence(r: () => number, zhShare = 0.55): string {
  return r() < zhShare ? novelZh(r) : novelEn(r);
}
