import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';
import { FORMULA_TEX } from './tex';

/** Every word of question 16 (AdamW vs Adam with L2) in English. */
export const en = {
  question: 'What is the difference between AdamW and Adam? Why is AdamW the default for training large models?',
  lede: 'Both add weight decay. Adam with L2 puts λθ into the gradient, where it gets divided by √v̂ like everything else. AdamW subtracts it from the weights directly, so every weight decays at the same rate.',

  steps: {
    race: {
      title: 'Five optimizers, one landscape',
      caption:
        'A long, narrow valley: curvature 1 along $\\theta_1$, 12 along $\\theta_2$, minimum ★ at (2, 1), away from the origin. Every optimizer starts at ○ and takes the same number of steps with the same lr. Adam, Adam+L2 and AdamW are PyTorch’s Adam, Adam(weight_decay=λ) and AdamW(weight_decay=λ). Drag in the plot to move the start.',
    },
    'adam-update': {
      title: 'One Adam update, term by term',
      caption:
        'Adam keeps running averages of $g$ and $g^2$ ($m$, $v$), corrects their bias at the start ($\\hat m, \\hat v$) and steps by $\\mathrm{lr}\\cdot\\hat m/(\\sqrt{\\hat v}+\\epsilon)$. At update $t = 1$, $\\hat m = g$ and $\\hat v = g^2$, so each coordinate moves by almost exactly $\\pm\\mathrm{lr}$, whatever the size of its gradient. Move the “inspect update t” slider to follow later updates.',
    },
    'l2-coupled': {
      title: 'Adam + L2: the decay is divided by √v̂',
      caption:
        'With Adam(weight_decay=λ) the term $\\lambda\\theta$ is added to the gradient, so it goes through $m$ and $v$ and is divided by $\\sqrt{\\hat v}+\\epsilon$ like the rest. $\\theta_2$ sits in the steep direction and has the larger $\\sqrt{\\hat v}$, so it is decayed less. Compare the “decay ÷ θ” rows, and the two arrows (the decay terms, enlarged).',
    },
    decoupled: {
      title: 'AdamW: the same decay for every weight',
      caption:
        'AdamW first shrinks the weights, $\\theta \\leftarrow \\theta - \\mathrm{lr}\\,\\lambda\\,\\theta$, then takes the Adam step computed from $\\nabla f$ alone. Every coordinate loses the same fraction $\\mathrm{lr}\\cdot\\lambda$ per update, steep or flat. The two optimizers end in different places: Adam+L2 heads for ◇, the minimum of $f+\\tfrac{\\lambda}{2}\\lVert\\theta\\rVert^2$; AdamW is not minimising that function.',
    },
    'lambda-zero': {
      title: 'λ = 0: all three are Adam',
      caption:
        'With no weight decay the two methods have nothing to disagree about. Adam, Adam+L2 and AdamW trace exactly the same path (the dashed blue line lies on the orange one), and the endpoint gap is 0. Raise λ and they separate.',
    },
    'sgd-equivalent': {
      title: 'Under plain SGD, L2 and decay are the same thing',
      caption:
        'For SGD, $\\theta - \\mathrm{lr}(\\nabla f + \\lambda\\theta) = (1-\\mathrm{lr}\\,\\lambda)\\theta - \\mathrm{lr}\\nabla f$: L2 with λ is weight decay with rate lr·λ. The red SGD+L2 line and the dashed SGDW line coincide (readout: largest gap below 1e−6, float32 rounding). With momentum the two already differ a little, and with Adam’s per-coordinate division they differ a lot.',
    },
    'torch-lr': {
      title: 'In PyTorch, decay per step = lr·λ',
      caption:
        'PyTorch’s AdamW multiplies λ by the learning rate: each update removes the fraction lr·λ (readout). Change lr and the effective decay changes too, and a learning-rate schedule scales the decay with it. The paper instead decays by $\\eta_t\\lambda$, where $\\eta_t$ is only the schedule multiplier. Defaults: AdamW weight_decay = 0.01, Adam weight_decay = 0.',
    },
  },

  params: {
    lr: { label: 'Learning rate lr', help: 'Same lr for every optimizer (log scale)' },
    wd: { label: 'Weight decay λ', help: 'weight_decay of Adam (L2), AdamW (decoupled) and the SGD+L2 / SGDW pair' },
    beta1: { label: 'β1 (momentum)', help: 'Adam’s first-moment decay; also the momentum μ of SGD+momentum' },
    beta2: { label: 'β2', help: 'Decay of the running average of g²' },
    logEps: { label: 'ε (as log₁₀ ε)', help: 'ε = 10^value, added to √v̂ in Adam’s denominator; −8 is PyTorch’s default 1e−8' },
    steps: { label: 'Updates', help: 'Number of optimizer steps' },
    t: { label: 'Inspect update t', help: 'Which update the table takes apart (clamped to the number of updates)' },
    land: {
      label: 'Landscape',
      help: 'Loss surface the optimizers race on',
      options: { valley: 'Axis-aligned valley', rotated: 'Rotated valley', banana: 'Banana' },
    },
    x0: { label: 'Start θ₁', help: 'Or drag in the plot' },
    y0: { label: 'Start θ₂', help: 'Or drag in the plot' },
  } satisfies Record<ParamKey, unknown>,

  readouts: {
    'loss-sgd': 'Final loss · SGD',
    'loss-momentum': 'Final loss · SGD+momentum',
    'loss-adam': 'Final loss · Adam',
    'loss-adam-l2': 'Final loss · Adam+L2',
    'loss-adamw': 'Final loss · AdamW',
    'gap-l2-w': 'Endpoint gap, Adam+L2 vs AdamW',
    'l2-decay-x': 'Adam+L2 decay ÷ θ₁ at update t',
    'l2-decay-y': 'Adam+L2 decay ÷ θ₂ at update t',
    'adamw-decay': 'AdamW decay ÷ θ per update (lr·λ)',
    'sgd-l2-vs-w': 'Largest gap, SGD+L2 vs SGDW',
  },

  labels: {
    'opt-sgd': 'SGD',
    'opt-momentum': 'SGD+momentum',
    'opt-adam': 'Adam',
    'opt-adamL2': 'Adam+L2',
    'opt-adamw': 'AdamW',
    'opt-sgdL2': 'SGD+L2',
    'opt-sgdw': 'SGDW (lr·λ decay)',
    raceTitle: 'Loss contours and {T} updates of each optimizer',
    min: 'min f',
    l2Min: 'min f + λ‖θ‖²/2',
    start: 'start',
    drag: 'Drag or click in the plot to move the start.',
    legend: 'Optimizers',
    arrowNote: 'arrows: decay term at update t, ×{k}',
    diverged: 'diverged',
    lossTitle: 'Loss f(θ) per update (log scale)',
    lossX: 'update',
    lossY: 'loss',
    tableCaption: 'Update t = {t} of {T}, per coordinate',
    relDecayTitle: 'Decay ÷ θ at update t, per coordinate',
    'row-theta0': 'θ before',
    'row-gradF': '∇f',
    'row-g': 'g seen by m, v',
    'row-m': 'm',
    'row-v': 'v',
    'row-mHat': 'm̂ = m/(1−β1ᵗ)',
    'row-vHat': 'v̂ = v/(1−β2ᵗ)',
    'row-den': '√v̂ + ε',
    'row-step': 'step lr·m̂/(√v̂+ε)',
    'row-decay': 'decay term',
    'row-relDecay': 'decay ÷ θ',
    'row-theta1': 'θ after',
  },

  answer: [
    'Both are Adam plus weight decay; they differ in where the decay enters. PyTorch’s Adam(weight_decay=λ) is L2 regularisation: it adds $\\lambda\\theta$ to the gradient. AdamW decouples it: it shrinks the weights directly, $\\theta \\leftarrow \\theta - \\mathrm{lr}\\,\\lambda\\,\\theta$, and runs the Adam update on $\\nabla f$ alone (Loshchilov & Hutter, “Decoupled Weight Decay Regularization”, ICLR 2019).',
    'For plain SGD the two are the same: $\\theta - \\mathrm{lr}(\\nabla f + \\lambda\\theta) = (1 - \\mathrm{lr}\\,\\lambda)\\theta - \\mathrm{lr}\\nabla f$. L2 with coefficient λ equals weight decay at rate lr·λ. That is why “L2” and “weight decay” are used as synonyms.',
    'For Adam they are not the same. The L2 term passes through $m$ and $v$ and is divided by $\\sqrt{\\hat v}+\\epsilon$ per coordinate. Weights with large or noisy gradients (large $\\hat v$) get little decay; weights with small gradients get a lot. The regularisation you asked for is reshaped by the optimizer’s preconditioner. Adam+L2 does minimise $f + \\tfrac{\\lambda}{2}\\lVert\\theta\\rVert^2$, just with Adam’s uneven step sizes. AdamW’s decay is the same fraction for every weight, independent of gradient history.',
    'Why it matters: in the paper, decoupling (i) makes the best λ largely independent of the learning rate, so the two can be tuned separately, and (ii) lets Adam generalise about as well as SGD with momentum on image classification, where Adam with L2 had lagged. That, and its simplicity, made AdamW the standard optimizer for Transformers and LLMs (LLaMA, for example, trains with AdamW, β2 = 0.95 and weight decay 0.1).',
    'PyTorch details worth knowing: AdamW applies $\\theta \\leftarrow \\theta(1 - \\mathrm{lr}\\cdot\\lambda)$ before the Adam step, so the effective decay per step is lr·λ and moves with the learning rate and its schedule. The default weight_decay is 0.01 in AdamW but 0 in Adam. ε is added after the square root and after bias correction.',
  ],

  formulas: [
    {
      tex: FORMULA_TEX[0],
      caption: 'Adam with L2 (torch.optim.Adam, weight_decay = λ): the decay term is inside g, so it is averaged into m and divided by √v̂ + ε.',
    },
    {
      tex: FORMULA_TEX[1],
      caption: 'AdamW (torch.optim.AdamW): shrink the weights by lr·λ first, then the Adam step on the loss gradient only.',
    },
    {
      tex: FORMULA_TEX[2],
      caption: 'Bias correction: m and v start at 0, so early averages are scaled up. ε is added after the square root of v̂.',
    },
    {
      tex: FORMULA_TEX[3],
      caption: 'Plain SGD: L2 with coefficient λ is exactly weight decay with rate lr·λ.',
    },
  ],

  misconceptions: [
    {
      claim: '“Weight decay and L2 regularisation are the same thing.”',
      correction:
        'Only for plain SGD (with the rate rescaled by lr). With momentum the L2 term also accumulates in the momentum buffer, and with Adam it is divided by $\\sqrt{\\hat v}$ per coordinate. Frameworks long called the L2 version “weight_decay”, which is where the confusion comes from. torch.optim.Adam(weight_decay=…) is still L2.',
      sources: ['lh2019', 'torch-adam'],
    },
    {
      claim: '“AdamW is Adam with a better default weight decay.”',
      correction:
        'The difference is the formula, not the number: AdamW subtracts lr·λ·θ outside the adaptive step. The defaults differ too (0.01 in AdamW, 0 in Adam), but Adam(weight_decay=0.01) is still L2 and still differs from AdamW(weight_decay=0.01).',
      sources: ['torch-adamw', 'torch-adam'],
    },
    {
      claim: '“With AdamW, λ is independent of the learning rate.”',
      correction:
        'In the paper the decay is scaled only by the schedule multiplier $\\eta_t$, not by the base step size α. PyTorch’s AdamW multiplies λ by lr, so the decay per step is lr·λ. Doubling lr doubles the decay. The schedule still scales both, which is what the paper intends; just don’t expect the λ you tuned at one lr to mean the same at another.',
      sources: ['torch-adamw', 'lh2019'],
    },
    {
      claim: '“Adam+L2 fails because the L2 term is ignored.”',
      correction:
        'It is not ignored; it is reshaped. Deterministic Adam+L2 still comes to rest at the minimum of $f + \\tfrac{\\lambda}{2}\\lVert\\theta\\rVert^2$ (◇ in the plot, where $g = 0$). But the decay each weight feels along the way is scaled by $1/(\\sqrt{\\hat v}+\\epsilon)$: weights with large historical gradients are barely regularised. AdamW’s decay does not depend on gradient history.',
      sources: ['lh2019'],
    },
  ],

  followUps: [
    {
      q: 'Which parameters should get weight decay?',
      a: 'Common practice, e.g. in GPT-style training code, is to decay the weight matrices and exclude biases and the gains of LayerNorm/RMSNorm (via parameter groups with weight_decay = 0). This is a convention, not part of AdamW itself.',
    },
    {
      q: 'What does ε do, and when does it matter?',
      a: 'It keeps the denominator away from 0. Adam adds it after the square root and bias correction ($\\sqrt{\\hat v}+\\epsilon$). When $\\sqrt{\\hat v} \\gg \\epsilon$ it does nothing; when gradients are tiny, a large ε turns Adam into SGD with step lr/ε. Push the ε slider to 0 (ε = 1) and watch Adam slow down.',
      sources: ['torch-adam'],
    },
    {
      q: 'Why is the first Adam step ±lr for every coordinate?',
      a: 'At $t = 1$, bias correction gives $\\hat m = g$ and $\\hat v = g^2$, so the step is $\\mathrm{lr}\\cdot g/(|g|+\\epsilon) \\approx \\mathrm{lr}\\cdot\\mathrm{sign}(g)$. This is one reason warm-up is common for Adam-family optimizers.',
      sources: ['torch-adam'],
    },
    {
      q: 'How is λ chosen in practice?',
      a: 'LLM pre-training commonly uses AdamW with weight decay around 0.1 and a cosine schedule (LLaMA: 0.1). Remember that in PyTorch the per-step decay is lr·λ, so λ = 0.1 at lr = 3e−4 removes only 3e−5 of each weight per step. The paper also proposes normalising λ by the number of weight updates per run, so a tuned value carries over to longer or shorter training.',
      sources: ['llama', 'torch-adamw', 'lh2019'],
    },
  ],

  sources: [
    {
      id: 'lh2019',
      text: 'I. Loshchilov, F. Hutter, “Decoupled Weight Decay Regularization”, ICLR 2019 (arXiv 1711.05101): abstract; §2 (Prop. 1: L2 = weight decay for SGD with λ′ = λ/α; Prop. 2: not for adaptive methods); Algorithm 2 (AdamW, decay scaled by the schedule multiplier η_t).',
      url: 'https://arxiv.org/abs/1711.05101',
    },
    {
      id: 'torch-adamw',
      text: 'PyTorch 1.13 torch.optim.AdamW documentation: defaults lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight_decay 1e-2; θ ← θ − γλθ before the Adam step.',
      url: 'https://pytorch.org/docs/1.13/generated/torch.optim.AdamW.html',
    },
    {
      id: 'torch-adam',
      text: 'PyTorch 1.13 torch.optim.Adam documentation: weight_decay default 0; if λ ≠ 0, g ← g + λθ; ε added to √v̂ after bias correction.',
      url: 'https://pytorch.org/docs/1.13/generated/torch.optim.Adam.html',
    },
    {
      id: 'torch-sgd',
      text: 'PyTorch 1.13 torch.optim.SGD documentation: momentum buffer b ← μb + g (b₁ = g₁), weight_decay adds λθ to g.',
      url: 'https://pytorch.org/docs/1.13/generated/torch.optim.SGD.html',
    },
    {
      id: 'llama',
      text: 'Touvron et al., “LLaMA: Open and Efficient Foundation Language Models”, arXiv 2302.13971, §2.3 Optimizer: AdamW, β1 = 0.9, β2 = 0.95, cosine schedule, weight decay 0.1, gradient clipping 1.0.',
      url: 'https://arxiv.org/abs/2302.13971',
    },
    {
      id: 'fixtures',
      text: 'This scene’s numbers: trajectories checked against torch 1.13 SGD, Adam, Adam(weight_decay) and AdamW (scripts/make_optim_fixtures.py → tests/fixtures/optim.json), largest relative error ≈ 2e−6 in float32.',
    },
  ],
};

export type AdamwCopy = typeof en;
const check: SceneCopy<ParamKey, StepId> = en;
void check;
