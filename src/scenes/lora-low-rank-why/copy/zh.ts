import type { en } from './en';

/** 第 4 题（为什么低秩分解适合微调）的全部中文文字。 */
export const zh: typeof en = {
  question: '为什么低秩分解（LoRA）适合微调？',
  lede: '因为一个任务真正需要的权重改动，集中在少数几个方向上。这里的改动是真实的：本站的小 Transformer 在一个新任务上做了全参数微调，浏览器里实时对 ΔW = W_ft − W₀ 做 SVD，并与同样大小的随机矩阵对比。',

  steps: {
    picture: {
      title: '先看一张图：大部分内容只占几个方向',
      caption:
        '任何矩阵都能按 SVD 拆成一层层秩一矩阵 $\\sigma_i u_i v_i^{\\top}$，从大到小排列。只保留前 $r$ 层，就是所有秩 $r$ 近似里误差最小的那个（Eckart–Young 定理）。这幅用种子生成的 $48\\times 64$ 风景画，$r = 2$ 时已经能认出来，因为平滑区域的每一行都差不多。拖动 $r$，看残差如何变淡。',
    },
    delta: {
      title: '真实的微调更新 ΔW',
      caption:
        '小 Transformer 的全部 22.4 万个参数都参与了微调（Adam，400 步），任务是语料里没有的“数字倒序”。左边是所选矩阵的 $\\Delta W = W_{ft} - W_0$，中间是它的最佳秩 $r$ 近似，右边是剩下的残差（三者色标相同）。可以换一层、换一个矩阵看看。',
    },
    spectrum: {
      title: '它的奇异值陡降，随机矩阵的却很平',
      caption:
        '纵轴是对数刻度的奇异值。$\\Delta W$ 的奇异值跨越好几个数量级；形状相同、$\\|\\cdot\\|_F$ 也相同的高斯随机矩阵，谱几乎是平的（Marchenko–Pastur 分布），没有哪个方向更重要。虚线是 fp16 存储误差的最大奇异值估计，更新远在它之上。',
    },
    energy: {
      title: '秩 r 能抓住多少能量',
      caption:
        '前 $r$ 个方向占 $\\|\\Delta W\\|_F^2$ 的比例是 $\\sum_{i\\le r}\\sigma_i^2/\\sum_i\\sigma_i^2$，秩 $r$ 近似的相对误差就是 $\\sqrt{1-\\text{能量}}$。这里把达到 90% 能量所需的最小 $r$ 叫作“有效秩”：$\\Delta W$ 只要个位数，随机矩阵却要满秩的一半左右。',
    },
    budget: {
      title: '秩 r 更新的代价：r(d + k) 而不是 d·k',
      caption:
        '秩 $r$ 的更新写成 $BA$，$B\\in\\mathbb{R}^{d\\times r}$、$A\\in\\mathbb{R}^{r\\times k}$，可训练的数只有 $r(d+k)$ 个，而不是 $dk$ 个。矩阵越大越划算：对 GPT-3 的 $12288\\times 12288$ 的 $W_q$，比例大约是 $2r/d$。下面的显存与存储数字都出自 LoRA 论文。',
    },
    paper: {
      title: 'LoRA 论文测了什么，没测什么',
      caption:
        '论文并没有去分解全参数微调的更新。它用不同的 $r$ 训练 LoRA，发现在 GPT-3 上对 $W_q, W_v$ 用 $r = 1$ 就已经很有竞争力（表 6）；$r = 8$ 和 $r = 64$ 学到的最主要方向互相重合，其余方向更像噪声（§7.2）。§7.3 把 $\\Delta W$ 和 $W$ 做了比较（表 7）。下表在小模型上实时算出同样的量。',
    },
  },

  params: {
    r: { label: '秩 r', help: '保留几个奇异方向（图片最多 48）' },
    layer: { label: '层', help: '小模型 3 个 block 中的哪一层' },
    matrix: {
      label: '矩阵',
      help: 'block 里的哪个权重（FFN 的 W₁ 是 64×256，W₂ 是 256×64）',
      options: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o', ffn1: 'FFN W₁', ffn2: 'FFN W₂' },
    },
    seed: { label: '随机种子', help: '决定对照用的随机矩阵和那幅图' },
  },

  readouts: {
    'pic-err': '图片：秩 r 误差',
    'pic-energy': '图片：秩 r 能量',
    shape: 'ΔW 形状 d×k',
    'err-delta': 'ΔW：秩 r 误差',
    'err-random': '随机：秩 r 误差',
    'energy-delta': 'ΔW：秩 r 能量',
    'energy-random': '随机：秩 r 能量',
    'eff-delta': 'ΔW：90% 能量所需秩',
    'eff-random': '随机：90% 能量所需秩',
    'lora-params': 'LoRA 参数 r(d+k)',
    'dense-params': '稠密参数 d·k',
    'param-ratio': 'r(d+k) / dk',
    'fp16-margin': '‖ΔW‖ / fp16 噪声',
    'amp-factor': '放大系数 ‖ΔW_r‖/‖UᵀW₀V‖',
    'ft-loss': '任务损失 微调前 → 后',
  },

  labels: {
    loading: '正在加载两份权重文件……',
    figureAlt: '一幅图和一个真实微调更新的低秩近似，以及它们的奇异值谱',
    'm-q': 'W_q',
    'm-k': 'W_k',
    'm-v': 'W_v',
    'm-o': 'W_o',
    'm-ffn1': 'FFN W₁',
    'm-ffn2': 'FFN W₂',
    layerN: '第 {l} 层',
    picture: '原图',
    pictureAlt: '用种子生成的风景图',
    rankR: '秩 {r}',
    paramsOf: '{n} / {m} 个数',
    approxAlt: '最佳秩 {r} 近似',
    residual: '残差',
    errOf: '误差 {e}',
    residualAlt: '秩 r 近似遗漏的部分',
    pictureNote: 'r = {r5} 时误差降到 5% 以下（满秩 48）。前几项就画出了平滑的天空和明暗；只有锐利的边缘——山脊线和太阳——才需要更多项。',
    clamped: '图片的 r 最多取 {p}。',
    dW: 'ΔW = W_ft − W₀',
    dWAlt: '所选矩阵的微调更新',
    dWr: '秩 {r} 的 ΔW',
    deltaNote: '全参数微调 {steps} 步。‖ΔW‖_F = {fro}，而 ‖W₀‖_F = {w0}；颜色在 ±{max} 处饱和。',
    spectrumTitle: 'ΔW（{m}）与随机矩阵的奇异值',
    index: '序号 i',
    sigma: 'σᵢ（对数）',
    rLine: '保留 {r}',
    seriesDelta: 'ΔW（微调）',
    seriesRandom: '随机，‖·‖_F 相同',
    seriesRandomShort: '随机',
    seriesPicture: '图片',
    noiseFloor: 'fp16 噪声（最大 σ）',
    spectrumNote: '‖ΔW‖_F 是 fp16 舍入误差期望值的 {margin} 倍，所以两个模型都用 fp16 存储并不影响这条谱；只有最小的几个 σᵢ 接近噪声水平。',
    energyTitle: '前 r 个方向抓住的能量（{m}）',
    rankAxis: '秩 r',
    energyAxis: '能量 %',
    energyNote: '要达到 {level} 能量，ΔW 需要 r = {eff}，随机矩阵需要 r = {effR}（满秩 {p}）。任务更新是几个强方向加一条很弱的长尾，并不是严格低秩。',
    bWhat: '矩阵',
    bLora: 'r(d+k)',
    bDense: 'd·k',
    bRatio: '比例',
    budgetCaption: 'r = {r} 时的可训练参数（条形为对数刻度；蓝：LoRA，橙：稠密）',
    bThis: '当前 ΔW（{m}，{d}×{k}）',
    bGpt3q: 'GPT-3 的 W_q（{d}×{d}）',
    bGpt3all: 'GPT-3 175B：96 层的 W_q 与 W_v，对比全部权重',
    fCheckpoint: 'LoRA §4.2：GPT-3 175B 在 W_q、W_v 上用 r = 4，检查点从 350 GB 降到 35 MB（约小 10,000 倍）。',
    fVram: 'LoRA §4.2：训练显存从 1.2 TB 降到 350 GB。这来自冻结的权重不再需要梯度和 Adam 状态，而不是秩本身。',
    fTable: 'LoRA 表 4：4.7M 或 37.7M 个可训练参数，在 WikiSQL、MNLI、SAMSum 上与全参数微调（175,255.8M）持平或更好。',
    ampCaption: '‖UᵀW₀V‖_F，U、V 取下列矩阵的前 {r} 个奇异方向：',
    aFromDelta: 'ΔW',
    aFromW0: 'W₀',
    aFromRandom: '随机',
    aDeltaNorm: '‖ΔW_r‖_F',
    aFactor: '放大系数',
    aLive: '小模型 {m}，第 {l} 层（实时）',
    aFoot: 'GPT-3 两行：96 层中的第 48 层 W_q，ΔW 由该 r 的 LoRA 学得（LoRA 表 7）。',
    aPaper4: 'GPT-3，r = 4',
    aPaper64: 'GPT-3，r = 64',
    ampNote: '在 GPT-3 里，W 投影到 ΔW 的方向上很小（0.32，而 ‖W_q‖ = 61.95），但比随机方向（0.02）大：ΔW 放大的是 W 里已有、却没被强调的方向，放大 21.5 倍。小模型（‖W₀‖_F = {w0}）里，ΔW 的方向上 W₀ 的分量大得多，放大系数接近 1——模型、任务不同，又是全参数微调，§7.3 的结论不能直接照搬。',
  },

  answer: [
    '**假设。** 全参数微调会改动每个 $d\\times k$ 矩阵的每一个元素。LoRA 押注的是：这个改动 $\\Delta W$ 的“内在秩”很低，可以写成 $BA$，只用 $r(d+k)$ 个数，$r \\ll \\min(d,k)$（LoRA §4.1）。这个想法来自 Aghajanyan 等人（2020）：预训练模型的内在维度很低——只训练 200 个参数、再经随机投影映射回 RoBERTa 的全部参数空间，就能在 MRPC 上达到全参数微调 90% 的效果。',
    '**为什么用“秩”来衡量。** 由 Eckart–Young 定理，任何矩阵的最佳秩 $r$ 近似就是截断 SVD，相对误差为 $\\sqrt{\\sum_{i>r}\\sigma_i^2/\\sum_i\\sigma_i^2}$。所以“秩 $r$ 够不够”等价于“$\\Delta W$ 的奇异值下降得有多快”。',
    '**真实更新长什么样（本页实测）。** 把小模型在新任务上全参数微调后，一个 $64\\times 64$ 注意力矩阵的更新，约 90% 的能量集中在 64 个方向中的 7 个；范数相同的随机矩阵则需要约 33 个。更新是*近似*低秩——几个强方向加一条弱长尾，而不是严格低秩。',
    '**LoRA 论文测到的。** 在 GPT-3 175B 上，对 $W_q,W_v$ 用 $r = 1$ 就已很有竞争力（表 6：WikiSQL 73.4、MNLI 91.3；$r = 64$ 时 73.5、91.4）。$r = 8$ 与 $r = 64$ 学到的最主要方向互相重合（第一个方向的归一化子空间相似度 > 0.5），其余方向更像噪声（§7.2，图 3）。$\\Delta W$ 放大的是 $W$ 中已有但未被强调的方向，在第 48 层 $W_q$、$r = 4$ 时放大 21.5 倍（§7.3，表 7）。',
    '**换来什么。** 可训练参数从 $dk$ 降到 $r(d+k)$：GPT-3 在 $W_q,W_v$ 上用 $r = 4$ 是 1890 万个参数，检查点从 350 GB 降到 35 MB，训练显存从 1.2 TB 降到 350 GB（冻结的权重没有梯度和 Adam 状态）（§4.2）。训练完 $BA$ 可以并回 $W_0$，推理没有额外开销。',
    '**局限。** 低秩是“把模型适配到它已熟悉的任务”时的经验性质。论文自己也提醒，小 $r$ 并非对所有任务都够用——比如换一种预训练没见过的语言，全参数微调可能明显更好（§7.2，脚注 6）。而当 $r$ 取满秩时，LoRA 就退化为全参数微调（§4.1）。',
  ],

  formulas: [
    { tex: '\\Delta W = U\\Sigma V^{\\top} = \\sum_{i=1}^{\\min(d,k)} \\sigma_i\\, u_i v_i^{\\top},\\qquad \\sigma_1 \\ge \\sigma_2 \\ge \\dots \\ge 0', caption: 'SVD 把任何矩阵写成从大到小的秩一矩阵之和。' },
    { tex: '\\min_{\\operatorname{rank} X \\le r} \\frac{\\|\\Delta W - X\\|_F}{\\|\\Delta W\\|_F} = \\sqrt{\\frac{\\sum_{i>r}\\sigma_i^2}{\\sum_i \\sigma_i^2}}, \\quad \\text{attained by } X = \\textstyle\\sum_{i\\le r}\\sigma_i u_i v_i^{\\top}', caption: 'Eckart–Young–Mirsky：截断 SVD 是最佳秩 r 近似。' },
    { tex: '\\Delta W = BA,\\; B\\in\\mathbb{R}^{d\\times r},\\, A\\in\\mathbb{R}^{r\\times k}:\\quad r(d+k)\\ \\text{vs}\\ dk \\text{ trainable numbers}', caption: '每个被适配矩阵的 LoRA 参数量（LoRA §4.1）。' },
    { tex: '\\phi(A_{r=8}, A_{r=64}, i, j) = \\frac{\\|U_{A_{r=8}}^{i\\top} U_{A_{r=64}}^{j}\\|_F^2}{\\min(i,j)} \\in [0,1]', caption: 'LoRA §7.2 用的归一化子空间相似度（式 4）。' },
    { tex: '\\text{amplification} = \\frac{\\|\\Delta W\\|_F}{\\|U^{\\top} W V^{\\top}\\|_F} \\approx \\frac{6.91}{0.32} = 21.5', caption: 'LoRA §7.3，GPT-3 第 48 层 W_q，r = 4；U、V 为 ΔW 的前 r 个奇异向量。' },
  ],

  misconceptions: [
    {
      claim: '微调更新本来就是严格低秩的，所以 LoRA 没有任何损失。',
      correction:
        '全参数微调的更新是满秩的：小模型 $\\Delta W$ 的每个奇异值都不为零，除最后几个外都远高于 fp16 噪声。真正成立的结论更弱、也是经验性的：能量集中在少数方向上，任务可以在一个低维子空间里解决。LoRA 论文是通过“效果随 $r$ 的变化”和 *LoRA 自己学到的* 更新之间的子空间重合来测量的，并没有分解全参数微调的更新。',
      sources: ['hu2021'],
    },
    {
      claim: 'LoRA 有效，是因为预训练权重 W 本身是低秩的。',
      correction:
        '论证针对的是更新 $\\Delta W$，不是 $W$。论文只在结论里把 $W$ 可能秩亏列为未来方向（§8）。本页的小模型里，$W_0$ 的谱比 $\\Delta W$ 平：大约要 2–3 倍的方向才能达到 90% 能量。',
      sources: ['hu2021'],
    },
    {
      claim: 'LoRA 省显存，是因为秩小。',
      correction:
        '训练显存的大头节省（GPT-3 上 1.2 TB → 350 GB）来自冻结 $W_0$：它不需要梯度，也不需要 Adam 的一阶、二阶矩。秩决定的是可训练部分和检查点有多小（$r = 4$ 时 350 GB → 35 MB）。冻结的权重和激活值仍然要放得下。',
      sources: ['hu2021'],
    },
    {
      claim: '小 r 对任何任务都够用。',
      correction:
        'LoRA 论文在脚注里恰恰说了相反的话：如果下游任务离预训练很远，比如换一种语言，全参数微调（相当于 $r = d_\\text{model}$ 的 LoRA）可能明显更好（§7.2，脚注 6）。低内在秩是在与模型已有知识接近的任务上测到的。',
      sources: ['hu2021'],
    },
  ],

  followUps: [
    {
      q: '怎么验证一个微调更新是不是低秩的？',
      a: '对每个矩阵取 $\\Delta W = W_{ft} - W_0$，做 SVD，用对数刻度画 $\\sigma_i$ 和累计能量；与形状、范数相同的随机矩阵对比，并确认尾部高于存储精度带来的噪声。本页做的正是这件事。对 LoRA 本身，论文比较的是不同 $r$ 学到的子空间（式 4）。',
      sources: ['hu2021'],
    },
    {
      q: 'Aghajanyan 等人说的“内在维度”是什么？',
      a: '只训练 $d$ 个参数 $\\theta_d$，通过一个固定的随机投影映射到全参数空间，$\\theta = \\theta_0 + P\\theta_d$；能达到全参数微调 90% 效果的最小 $d$ 就是内在维度。RoBERTa 在 MRPC 上约为 200。它说的是自由参数的个数，LoRA 把它变成了对每个矩阵的秩的约束。',
      sources: ['aghajanyan2020'],
    },
    {
      q: '为什么最佳秩 r 近似的误差只由奇异值决定？',
      a: 'Frobenius 范数在正交变换下不变，所以 $\\|\\Delta W - X\\|_F = \\|\\Sigma - U^{\\top}XV\\|_F$；最佳的秩 $r$ 矩阵 $X$ 保留最大的 $r$ 个 $\\sigma_i$（Eckart–Young–Mirsky），剩下 $\\sqrt{\\sum_{i>r}\\sigma_i^2}$。本页的单元测试用 PyTorch 核对了这一点。',
      sources: ['eckart1936'],
    },
    {
      q: 'GPT-3 在 W_q、W_v 上用 r = 8，可训练参数有多少？',
      a: '$2\\times 96\\times 8\\times(12288+12288) = 37{,}748{,}736$，约 37.7M，占 175B 的 0.02%（表 15）。$r = 1$ 时是 4.7M。',
      sources: ['hu2021'],
    },
  ],

  sources: [
    {
      id: 'hu2021',
      text: 'Hu 等（2021）. LoRA: Low-Rank Adaptation of Large Language Models. arXiv:2106.09685。§4.1（低内在秩假设、BA、对全参数微调的推广）；§4.2（GPT-3 训练显存 1.2 TB → 350 GB；W_q、W_v 上 r = 4 时检查点 350 GB → 35 MB）；§5.1 与表 4（4.7M / 37.7M 对 175,255.8M）；§7.2、表 6、式 4、图 3 与脚注 6；§7.3 与表 7（GPT-3 第 48 层，放大系数 21.5 ≈ 6.91/0.32）；§8；表 15。',
      url: 'https://arxiv.org/abs/2106.09685',
    },
    {
      id: 'aghajanyan2020',
      text: 'Aghajanyan、Zettlemoyer、Gupta（2020）. Intrinsic Dimensionality Explains the Effectiveness of Language Model Fine-Tuning. arXiv:2012.13255（ACL 2021），摘要与 §1：200 个随机投影参数即可让 RoBERTa 在 MRPC 上达到全参数微调 90% 的效果。',
      url: 'https://arxiv.org/abs/2012.13255',
    },
    {
      id: 'eckart1936',
      text: 'Eckart 与 Young（1936），The approximation of one matrix by another of lower rank，Psychometrika 1(3)；Mirsky（1960）推广到所有酉不变范数。本项目在 tests/fixtures/svd.json 中用 torch.linalg.svd 做了数值核对。',
    },
    {
      id: 'tiny',
      text: '本项目：public/model/MODEL_CARD.md（小 Transformer，3 层，d_model 64，d_ff 256）与 scripts/finetune-tiny/main.ts（在“数字倒序”上全参数微调，Adam lr 1e-3，400 步，batch 8 × 64 token，种子 4004；输出 public/model/tiny-transformer-ft.bin）。',
    },
  ],
};
