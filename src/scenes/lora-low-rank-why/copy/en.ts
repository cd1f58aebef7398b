import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 4 (why a low-rank update suits fine-tuning) in English. */
export const en = {
  question: 'Why is a low-rank factorisation (LoRA) a good fit for fine-tuning?',
  lede: 'Because the update a task needs is concentrated in a few directions. Here the update is real: the site’s tiny transformer was fully fine-tuned on a new task, and ΔW = W_ft − W₀ is decomposed live (SVD in the browser) and compared with a random matrix of the same size.',

  steps: {
    picture: {
      title: 'First, a picture: most of it is a few directions',
      caption:
        'A matrix is a sum of rank-one layers $\\sigma_i u_i v_i^{\\top}$, largest first (the SVD). Keeping the first $r$ gives the best possible rank-$r$ approximation (Eckart–Young). This seeded landscape is $48\\times 64$, yet at $r = 2$ it is already recognisable, because smooth regions repeat the same row pattern. Drag $r$ and watch the residual fade.',
    },
    delta: {
      title: 'The real fine-tuning update ΔW',
      caption:
        'The tiny transformer was fine-tuned in full (all 224k weights, Adam, 400 steps) on digit reversal, a task absent from its corpus. $\\Delta W = W_{ft} - W_0$ of the chosen matrix is on the left; its best rank-$r$ approximation is in the middle; what is left is on the right (same colour scale). Pick another layer or matrix.',
    },
    spectrum: {
      title: 'Its spectrum falls steeply; a random matrix’s does not',
      caption:
        'Singular values on a log scale. $\\Delta W$’s fall by orders of magnitude. A Gaussian matrix with the same shape and the same $\\|\\cdot\\|_F$ has a flat spectrum (Marchenko–Pastur): no direction matters more than another. The dashed line is the expected top singular value of the fp16 storage noise: the update is far above it.',
    },
    energy: {
      title: 'Energy captured at rank r',
      caption:
        'Fraction of $\\|\\Delta W\\|_F^2$ in the first $r$ directions, $\\sum_{i\\le r}\\sigma_i^2/\\sum_i\\sigma_i^2$; the rank-$r$ relative error is $\\sqrt{1-\\text{energy}}$. Effective rank here = the smallest $r$ reaching 90% energy. For $\\Delta W$ it is a handful; for the random matrix, about half of the full rank.',
    },
    budget: {
      title: 'What a rank-r update costs: r(d + k) instead of d·k',
      caption:
        'A rank-$r$ update is $BA$ with $B\\in\\mathbb{R}^{d\\times r}$ and $A\\in\\mathbb{R}^{r\\times k}$: $r(d+k)$ trainable numbers instead of $dk$. The saving grows with the matrix: for GPT-3’s $12288\\times 12288$ $W_q$ the ratio is $2r/d$. The memory numbers below are the LoRA paper’s.',
    },
    paper: {
      title: 'What the LoRA paper measured, and what it did not',
      caption:
        'The paper did not decompose full fine-tuning updates. It trained LoRA at several ranks and found $r = 1$ already competitive on GPT-3 for $W_q, W_v$ (Table 6); the top directions learned at $r = 8$ and $r = 64$ overlap, the rest look like noise (§7.2). §7.3 compares $\\Delta W$ with $W$ (Table 7). Below: the same quantities, computed live on the tiny model.',
    },
  },

  params: {
    r: { label: 'Rank r', help: 'How many singular directions to keep (the picture clamps it to 48)' },
    layer: { label: 'Layer', help: 'Which of the tiny model’s 3 blocks' },
    matrix: {
      label: 'Matrix',
      help: 'Which weight of the block (FFN: W₁ is 64×256, W₂ is 256×64)',
      options: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o', ffn1: 'FFN W₁', ffn2: 'FFN W₂' },
    },
    seed: { label: 'Random seed', help: 'Seeds the random comparison matrix and the picture' },
  },

  readouts: {
    'pic-err': 'Picture: error at r',
    'pic-energy': 'Picture: energy at r',
    shape: 'ΔW shape d×k',
    'err-delta': 'ΔW: rank-r error',
    'err-random': 'Random: rank-r error',
    'energy-delta': 'ΔW: energy at r',
    'energy-random': 'Random: energy at r',
    'eff-delta': 'ΔW: rank for 90% energy',
    'eff-random': 'Random: rank for 90% energy',
    'lora-params': 'LoRA params r(d+k)',
    'dense-params': 'Dense params d·k',
    'param-ratio': 'r(d+k) / dk',
    'fp16-margin': '‖ΔW‖ / fp16 noise',
    'amp-factor': 'Amplification ‖ΔW_r‖/‖UᵀW₀V‖',
    'ft-loss': 'Task loss before → after',
  },

  labels: {
    loading: 'Loading the two weight files…',
    figureAlt: 'Low-rank approximation of a picture and of a real fine-tuning update, with spectra',
    'm-q': 'W_q',
    'm-k': 'W_k',
    'm-v': 'W_v',
    'm-o': 'W_o',
    'm-ffn1': 'FFN W₁',
    'm-ffn2': 'FFN W₂',
    layerN: 'layer {l}',
    picture: 'Picture',
    pictureAlt: 'The seeded landscape picture',
    rankR: 'Rank {r}',
    paramsOf: '{n} of {m} numbers',
    approxAlt: 'Best rank-{r} approximation',
    residual: 'Residual',
    errOf: 'error {e}',
    residualAlt: 'What the rank-r approximation misses',
    pictureNote: 'The error drops below 5% at r = {r5} (of 48). The first terms carry the smooth sky and shading; only the sharp edges (ridge lines, the sun) need many more.',
    clamped: 'r is clamped to {p} for the picture.',
    dW: 'ΔW = W_ft − W₀',
    dWAlt: 'The fine-tuning update of the chosen matrix',
    dWr: 'Rank-{r} ΔW',
    deltaNote: 'Full fine-tuning, {steps} steps. ‖ΔW‖_F = {fro} against ‖W₀‖_F = {w0}; colours saturate at ±{max}.',
    spectrumTitle: 'Singular values of ΔW ({m}) and of a random matrix',
    index: 'index i',
    sigma: 'σᵢ (log)',
    rLine: 'keep {r}',
    seriesDelta: 'ΔW (fine-tuning)',
    seriesRandom: 'random, same ‖·‖_F',
    seriesRandomShort: 'random',
    seriesPicture: 'picture',
    noiseFloor: 'fp16 noise (top σ)',
    spectrumNote: '‖ΔW‖_F is ×{margin} the expected fp16 rounding error, so storing both models in fp16 does not shape this spectrum; only the smallest few σᵢ approach the noise level.',
    energyTitle: 'Energy captured by the first r directions ({m})',
    rankAxis: 'rank r',
    energyAxis: 'energy %',
    energyNote: '{level} energy: ΔW needs r = {eff}, the random matrix r = {effR} (of {p}). A task update is a few strong directions plus a long weak tail; it is not exactly low-rank.',
    bWhat: 'Matrix',
    bLora: 'r(d+k)',
    bDense: 'd·k',
    bRatio: 'ratio',
    budgetCaption: 'Trainable numbers at r = {r} (bars: log scale; blue LoRA, orange dense)',
    bThis: 'this ΔW ({m}, {d}×{k})',
    bGpt3q: 'GPT-3 W_q ({d}×{d})',
    bGpt3all: 'GPT-3 175B, W_q and W_v in 96 layers vs all weights',
    fCheckpoint: 'LoRA §4.2: GPT-3 175B with r = 4 on W_q, W_v — checkpoint 350 GB → 35 MB (≈10,000× smaller).',
    fVram: 'LoRA §4.2: training VRAM 1.2 TB → 350 GB. This comes from not keeping gradients and Adam states for the frozen weights, not from the rank itself.',
    fTable: 'LoRA Table 4: 4.7M or 37.7M trainable parameters match or beat full fine-tuning (175,255.8M) on WikiSQL, MNLI and SAMSum.',
    ampCaption: '‖UᵀW₀V‖_F for the top-{r} singular directions U, V of…',
    aFromDelta: 'ΔW',
    aFromW0: 'W₀',
    aFromRandom: 'random',
    aDeltaNorm: '‖ΔW_r‖_F',
    aFactor: 'factor',
    aLive: 'tiny model {m}, layer {l} (live)',
    aFoot: 'GPT-3 rows: layer 48 of 96, W_q, ΔW learned by LoRA at that r (LoRA Table 7).',
    aPaper4: 'GPT-3, r = 4',
    aPaper64: 'GPT-3, r = 64',
    ampNote: 'In GPT-3, W projected onto ΔW’s directions is tiny (0.32 of ‖W_q‖ = 61.95) but above random (0.02): ΔW boosts directions W has but does not emphasise, ×21.5. In the tiny model (‖W₀‖_F = {w0}) ΔW’s directions carry much more of W₀ and the factor is near 1: a different model, task and full fine-tuning, so the §7.3 picture does not automatically transfer.',
  },

  answer: [
    '**Hypothesis.** Full fine-tuning changes every entry of every $d\\times k$ matrix. LoRA bets that the change $\\Delta W$ has a low “intrinsic rank”, so it can be written as $BA$ with $r(d+k)$ numbers, $r \\ll \\min(d,k)$ (LoRA §4.1). The bet comes from Aghajanyan et al. (2020): pre-trained models have a low intrinsic dimension — 200 parameters, randomly projected into RoBERTa’s full space, reach 90% of full fine-tuning on MRPC.',
    '**Why rank is the right measure.** By Eckart–Young the best rank-$r$ approximation of any matrix is its truncated SVD, with relative error $\\sqrt{\\sum_{i>r}\\sigma_i^2/\\sum_i\\sigma_i^2}$. So “is rank $r$ enough?” means “how fast does the spectrum of $\\Delta W$ fall?”',
    '**What a real update looks like (measured here).** After fully fine-tuning the tiny model on a new task, a $64\\times 64$ attention update has about 90% of its energy in 7 of 64 directions, while a random matrix with the same norm needs about 33. The update is *approximately* low-rank — a few strong directions and a weak tail — not exactly low-rank.',
    '**What the LoRA paper measured.** On GPT-3 175B, $r = 1$ on $W_q,W_v$ was already competitive (Table 6: WikiSQL 73.4, MNLI 91.3; $r = 64$: 73.5, 91.4). The top directions learned with $r = 8$ and $r = 64$ overlap (normalised subspace similarity > 0.5 for the first), the others look like noise (§7.2, Fig. 3). $\\Delta W$ amplifies directions that $W$ contains but does not emphasise, by ×21.5 at $r = 4$ on layer 48’s $W_q$ (§7.3, Table 7).',
    '**What it buys.** $r(d+k)$ instead of $dk$ trainable numbers: on GPT-3, $r = 4$ on $W_q,W_v$ is 18.9M parameters, the checkpoint shrinks from 350 GB to 35 MB and training VRAM from 1.2 TB to 350 GB (no gradients or Adam states for frozen weights) (§4.2). After training, $BA$ merges into $W_0$, so inference costs nothing extra.',
    '**Limits.** Low rank is an empirical property of adapting a model to a task close to what it already knows. The paper itself warns that a small $r$ will not work for every task — e.g. a new language could need full fine-tuning (§7.2, footnote 6). And LoRA with $r$ equal to the full rank recovers full fine-tuning (§4.1).',
  ],

  formulas: [
    { tex: '\\Delta W = U\\Sigma V^{\\top} = \\sum_{i=1}^{\\min(d,k)} \\sigma_i\\, u_i v_i^{\\top},\\qquad \\sigma_1 \\ge \\sigma_2 \\ge \\dots \\ge 0', caption: 'The SVD writes any matrix as a sum of rank-one layers, largest first.' },
    { tex: '\\min_{\\operatorname{rank} X \\le r} \\frac{\\|\\Delta W - X\\|_F}{\\|\\Delta W\\|_F} = \\sqrt{\\frac{\\sum_{i>r}\\sigma_i^2}{\\sum_i \\sigma_i^2}}, \\quad \\text{attained by } X = \\textstyle\\sum_{i\\le r}\\sigma_i u_i v_i^{\\top}', caption: 'Eckart–Young–Mirsky: the truncated SVD is the best rank-r approximation.' },
    { tex: '\\Delta W = BA,\\; B\\in\\mathbb{R}^{d\\times r},\\, A\\in\\mathbb{R}^{r\\times k}:\\quad r(d+k)\\ \\text{vs}\\ dk \\text{ trainable numbers}', caption: 'LoRA’s parameter count per adapted matrix (LoRA §4.1).' },
    { tex: '\\phi(A_{r=8}, A_{r=64}, i, j) = \\frac{\\|U_{A_{r=8}}^{i\\top} U_{A_{r=64}}^{j}\\|_F^2}{\\min(i,j)} \\in [0,1]', caption: 'Normalised subspace similarity used in LoRA §7.2 (Eq. 4).' },
    { tex: '\\text{amplification} = \\frac{\\|\\Delta W\\|_F}{\\|U^{\\top} W V^{\\top}\\|_F} \\approx \\frac{6.91}{0.32} = 21.5', caption: 'LoRA §7.3, GPT-3 layer 48, W_q, r = 4; U, V = top-r singular vectors of ΔW.' },
  ],

  misconceptions: [
    {
      claim: 'Fine-tuning updates are exactly low-rank, so LoRA loses nothing.',
      correction:
        'A full fine-tuning update is full rank: every singular value of the tiny model’s $\\Delta W$ is non-zero, and all but the last few are far above the fp16 noise. What holds is weaker and empirical: the energy is concentrated in a few directions, and the task can be solved within a low-dimensional subspace. The LoRA paper measured this through performance versus $r$ and subspace overlap of *LoRA’s own* updates, not by decomposing full fine-tuning updates.',
      sources: ['hu2021'],
    },
    {
      claim: 'LoRA works because the pre-trained weight matrices W are low-rank.',
      correction:
        'The argument is about the update $\\Delta W$, not $W$. The paper lists the possible rank-deficiency of $W$ itself only as a direction for future work (§8). In this scene’s tiny model $W_0$’s spectrum is flatter than $\\Delta W$’s: it needs about 2–3× as many directions for 90% of its energy.',
      sources: ['hu2021'],
    },
    {
      claim: 'LoRA saves memory because the rank is small.',
      correction:
        'Most of the training-memory saving (1.2 TB → 350 GB on GPT-3) comes from freezing $W_0$: no gradients and no Adam moments for it. The rank then sets how small the trainable part and the checkpoint are (350 GB → 35 MB at $r = 4$). The frozen weights and the activations still have to fit.',
      sources: ['hu2021'],
    },
    {
      claim: 'A small r works for any task.',
      correction:
        'The LoRA paper says the opposite in a footnote: for a task far from pre-training, such as a new language, full fine-tuning (LoRA with $r = d_\\text{model}$) could clearly win (§7.2, footnote 6). Low intrinsic rank was measured on tasks close to what the model already knew.',
      sources: ['hu2021'],
    },
  ],

  followUps: [
    {
      q: 'How would you check that a fine-tuning update is low-rank?',
      a: 'Take $\\Delta W = W_{ft} - W_0$ per matrix, compute its SVD and plot $\\sigma_i$ on a log scale with the cumulative energy; compare against a random matrix of the same shape and norm, and check that the tail is above the storage-precision noise. This scene does exactly that. For LoRA itself, the paper compares subspaces learned at different $r$ (Eq. 4).',
      sources: ['hu2021'],
    },
    {
      q: 'What is the intrinsic dimension of Aghajanyan et al.?',
      a: 'Train only $d$ parameters $\\theta_d$, mapped into the full space by a fixed random projection, $\\theta = \\theta_0 + P\\theta_d$; the intrinsic dimension is the smallest $d$ reaching 90% of full fine-tuning. For RoBERTa on MRPC it is about 200. It is a statement about the number of free parameters, which LoRA turns into a constraint on the rank of each matrix.',
      sources: ['aghajanyan2020'],
    },
    {
      q: 'Why is the error of the best rank-r approximation determined by the singular values alone?',
      a: 'The Frobenius norm is unitarily invariant, so $\\|\\Delta W - X\\|_F = \\|\\Sigma - U^{\\top}XV\\|_F$; the best rank-$r$ $X$ keeps the $r$ largest $\\sigma_i$ (Eckart–Young–Mirsky), leaving $\\sqrt{\\sum_{i>r}\\sigma_i^2}$. The unit test of this scene checks it against PyTorch.',
      sources: ['eckart1936'],
    },
    {
      q: 'Given GPT-3, r = 8 on W_q and W_v: how many trainable parameters?',
      a: '$2\\times 96\\times 8\\times(12288+12288) = 37{,}748{,}736$ ≈ 37.7M, 0.02% of 175B (Table 15). At $r = 1$: 4.7M.',
      sources: ['hu2021'],
    },
  ],

  sources: [
    {
      id: 'hu2021',
      text: 'Hu et al. (2021). LoRA: Low-Rank Adaptation of Large Language Models. arXiv:2106.09685. §4.1 (low intrinsic rank hypothesis, BA, generalisation of full fine-tuning); §4.2 (GPT-3 VRAM 1.2 TB → 350 GB; checkpoint 350 GB → 35 MB at r = 4 on W_q, W_v); §5.1 and Table 4 (4.7M / 37.7M vs 175,255.8M); §7.2, Table 6, Eq. 4, Fig. 3 and footnote 6; §7.3 and Table 7 (layer 48 of GPT-3, amplification 21.5 ≈ 6.91/0.32); §8; Table 15.',
      url: 'https://arxiv.org/abs/2106.09685',
    },
    {
      id: 'aghajanyan2020',
      text: 'Aghajanyan, Zettlemoyer, Gupta (2020). Intrinsic Dimensionality Explains the Effectiveness of Language Model Fine-Tuning. arXiv:2012.13255 (ACL 2021), abstract and §1: 200 parameters randomly projected reach 90% of full fine-tuning of RoBERTa on MRPC.',
      url: 'https://arxiv.org/abs/2012.13255',
    },
    {
      id: 'eckart1936',
      text: 'Eckart & Young (1936), The approximation of one matrix by another of lower rank, Psychometrika 1(3); Mirsky (1960) for all unitarily invariant norms. Checked numerically against torch.linalg.svd in tests/fixtures/svd.json.',
    },
    {
      id: 'tiny',
      text: 'This project: public/model/MODEL_CARD.md (tiny transformer, 3 layers, d_model 64, d_ff 256) and scripts/finetune-tiny/main.ts (full fine-tuning on digit reversal, Adam lr 1e-3, 400 steps, batch 8 × 64 tokens, seed 4004; writes public/model/tiny-transformer-ft.bin).',
    },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
