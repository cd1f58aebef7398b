import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 19 (why LoRA works) in English. */
export const en = {
  question: 'Why does LoRA work?',
  lede: 'A live training race in your browser: the same frozen tiny transformer is adapted to a small new task by LoRA at ranks 1, 2, 4, 8 and by full fine-tuning, side by side, with Adam.',
  steps: {
    setup: {
      title: 'Same frozen model, five ways to adapt it',
      caption:
        'One pre-trained model (the site’s 3-layer transformer, 223,808 parameters). LoRA trains only $B,A$ on $W_q,W_v$: $r(d+k)$ numbers per matrix, so rank 1 trains 768 numbers and rank 8 trains 6,144, against 223,808 for full fine-tuning. Adam keeps two floats per trainable number, so its state shrinks by the same factor (table).',
    },
    race: {
      title: 'The race: loss curves as training runs',
      caption:
        'Press ▶ train, or +1 step. Every step trains all five runs on the same batch and draws the losses. With a few hundred to a few thousand trainable numbers, LoRA already drives the task loss down. Full fine-tuning (here with a 10× smaller learning rate) moves all 223,808 weights.',
    },
    rank: {
      title: 'Rank: more is not much better',
      caption:
        'Compare r = 1, 2, 4, 8. On this task the curves are close: the update the task needs is low-rank. That is LoRA’s hypothesis (§4: the change in weights during adaptation has a low “intrinsic rank”). The paper finds that on GPT-3, $r=1$ on $W_q,W_v$ is already competitive (§7.2, Table 6).',
    },
    frozen: {
      title: 'The base weights never change',
      caption:
        'A CRC-32 checksum of all 223,808 pre-trained weights, read back from the GPU: before training and now. Under LoRA the checksum stays the same, because the optimizer only ever sees $A$ and $B$. Full fine-tuning’s copy has a different checksum after one step. One base model can serve many adapters.',
    },
    merge: {
      title: 'Merged = base + adapter',
      caption:
        'Fold the adapter into the weight, $W = W_0 + \\tfrac{\\alpha}{r}BA$, and run the plain model. Readout: the largest logit difference between the merged model and base + adapter on the held-out batch, for any rank. It is float32 round-off (~1e-6), so there is no extra latency at inference (§4.1).',
    },
    why: {
      title: 'Why it works, and what this demo does not show',
      caption:
        'Pre-trained models have a low intrinsic dimension: optimizing 200 parameters in a random subspace gets RoBERTa to 90% of full fine-tuning on MRPC (Aghajanyan et al. 2020). LoRA learns such a small update in a structured low-rank form. Dashed lines: held-out loss. A 3-layer toy on a synthetic task is not GPT-3: the curves illustrate the mechanism, not the paper’s numbers.',
    },
  },
  params: {
    steps: { label: 'Training steps', help: 'How many Adam steps all runs have taken (▶ train advances it)' },
    task: { label: 'New task', help: 'A small synthetic task built from single-character tokens', options: { map: 'Map x → f(x)', copy: 'Copy a sequence' } },
    lr: { label: 'LoRA learning rate', help: 'Adam lr of the four LoRA runs' },
    lrFull: { label: 'Full-FT learning rate', help: 'Adam lr of full fine-tuning (usually smaller)' },
    alpha: { label: 'α (lora_alpha)', help: 'The update is scaled by α/r' },
    targets: { label: 'LoRA targets', help: 'Which attention matrices of every block get an adapter', options: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o' } },
    seed: { label: 'Random seed', help: 'Same seed, same task, same A init, same curves' },
  },
  readouts: {
    'train-step': 'Step',
    'loss-r1': 'Loss r=1',
    'loss-r2': 'Loss r=2',
    'loss-r4': 'Loss r=4',
    'loss-r8': 'Loss r=8',
    'loss-full': 'Loss full FT',
    'heldout-r1': 'Held-out r=1',
    'heldout-r2': 'Held-out r=2',
    'heldout-r4': 'Held-out r=4',
    'heldout-r8': 'Held-out r=8',
    'heldout-full': 'Held-out full FT',
    'params-r1': 'Trainable r=1',
    'params-r2': 'Trainable r=2',
    'params-r4': 'Trainable r=4',
    'params-r8': 'Trainable r=8',
    'params-full': 'Trainable full FT',
    'optim-r1': 'Adam state r=1',
    'optim-r2': 'Adam state r=2',
    'optim-r4': 'Adam state r=4',
    'optim-r8': 'Adam state r=8',
    'optim-full': 'Adam state full FT',
    'base-crc-before': 'Base CRC-32, as loaded',
    'base-crc-after': 'Base CRC-32 now (LoRA)',
    'full-crc': 'Full-FT weights CRC-32 now',
    'merge-diff': 'max |merged − (base + adapter)|',
  },
  labels: {
    loading: 'Loading the tiny transformer and tfjs…',
    trainControls: 'Training controls',
    play: '▶ Train',
    pause: '❚❚ Pause',
    stepOnce: '+1 step',
    reset: 'Reset',
    speed: '{ms} ms per step (all five runs)',
    full: 'Full FT',
    fullShort: 'Full',
    heldShort: '(held-out)',
    plotTitle: 'Training loss on the new task (cross-entropy, nats/token)',
    xLabel: 'training step',
    yLabel: 'loss',
    tableCaption: 'Trainable parameters, Adam state and losses per run',
    run: 'Run',
    trainable: 'Trainable',
    optimState: 'Adam state (fp32)',
    trainLoss: 'Train loss',
    heldLoss: 'Held-out loss',
    baseSame: 'LoRA: the base weights are bit-for-bit unchanged.',
    baseChanged: 'The base weights changed: this should not happen.',
    fullChanged: 'Full fine-tuning: every weight moved, so the checksum changed.',
    fullSame: 'Full fine-tuning: no step yet, same checksum.',
    checksPaused: 'Checks run when training pauses.',
    taskSample: 'A training sequence:',
    taskMap: '(after each symbol x comes f(x), a fixed random map; the loss counts the f(x) predictions)',
    taskCopy: '(8 symbols, then the same 8 again; the loss counts the copy)',
  },
  answer: [
    '**LoRA freezes $W_0$ and learns a low-rank update** $\\Delta W = BA$ ($B\\in\\mathbb{R}^{d\\times r}$, $A\\in\\mathbb{R}^{r\\times k}$, $r\\ll\\min(d,k)$), scaled by $\\alpha/r$. It starts from $B=0$, so training begins exactly at the pre-trained model (LoRA §4.1).',
    '**Why a low rank is enough: the task update has a low intrinsic dimension.** Aghajanyan et al. (2020) show that fine-tuning works in a tiny random subspace (200 parameters reach 90% of full fine-tuning for RoBERTa on MRPC), and that larger, better pre-trained models need fewer. LoRA assumes the weight change is low-rank as well (§4) and checks it (§7).',
    '**Evidence in the LoRA paper (§7):** on GPT-3, a very small $r$ (even 1) on $W_q,W_v$ is competitive (Table 6); the top directions learned with $r=8$ and $r=64$ overlap strongly, while the rest is mostly noise (subspace similarity, §7.2); $\\Delta W$ amplifies directions that $W_0$ has but does not emphasise (§7.3).',
    '**What it buys:** trainable parameters and Adam state drop by orders of magnitude (GPT-3 175B: 1.2 TB → 350 GB VRAM in training, a checkpoint 10,000× smaller, §4.2); the base weights are shared, and after merging $W_0+\\tfrac{\\alpha}{r}BA$ inference costs nothing extra.',
    '**Caveat:** "low rank suffices" is an empirical finding for adaptation close to pre-training. A task far from pre-training can need a larger $r$ or full fine-tuning, and a low rank cannot express an arbitrary $\\Delta W$.',
  ],
  formulas: [
    { tex: 'h = W_0x + \\tfrac{\\alpha}{r}BAx,\\quad B\\in\\mathbb{R}^{d\\times r},\\;A\\in\\mathbb{R}^{r\\times k},\\;B_0=0', caption: 'The LoRA forward pass (§4.1)' },
    { tex: '|\\Theta_{\\text{LoRA}}| = \\sum_{\\text{adapted }W} r\\,(d+k) \\;=\\; 2\\,\\hat L\\,d_{\\text{model}}\\,r\\ \\text{ when } d=k=d_{\\text{model}}', caption: 'Trainable parameters (§5.1)' },
    { tex: '\\text{Adam state} = 2\\,|\\Theta|\\times 4\\ \\text{bytes (fp32 } m, v)', caption: 'Optimizer state scales with the trainable parameters, not the model' },
    { tex: 'W_{\\text{merged}} = W_0 + \\tfrac{\\alpha}{r}BA \\;\\Rightarrow\\; W_{\\text{merged}}x = W_0x + \\tfrac{\\alpha}{r}B(Ax)', caption: 'Merging changes nothing but round-off' },
  ],
  misconceptions: [
    {
      claim: '"LoRA works because the pre-trained weight matrices are low-rank."',
      correction: 'No: $W_0$ is typically full-rank. The hypothesis is about the **update** $\\Delta W$ during adaptation (LoRA §4, §7).',
      sources: ['lora'],
    },
    {
      claim: '"LoRA makes training compute proportionally cheaper."',
      correction: 'The forward and backward passes still run through the whole frozen model. What shrinks is the gradient/optimizer memory and the checkpoint; the paper reports a 25% speed-up on GPT-3 175B, not a 10,000× one (§4.2).',
      sources: ['lora'],
    },
    {
      claim: '"A larger r is always better."',
      correction: 'The paper’s Table 6 shows small ranks are competitive for $W_q,W_v$ and more rank often adds mostly noise directions (§7.2). The best rank depends on the task and on which matrices are adapted.',
      sources: ['lora'],
    },
  ],
  followUps: [
    { q: 'Why is B initialised to zero, not A?', a: 'So that $\\Delta W=BA=0$ at the start and the model begins exactly at the pre-trained one; $A$ must be random so that $B$ gets a non-zero gradient (§4.1).', sources: ['lora'] },
    { q: 'What is intrinsic dimension?', a: 'The smallest number of free parameters $d$ such that optimizing $\\theta = \\theta_0 + P\\,z$, $z\\in\\mathbb{R}^d$, with a fixed random projection $P$, reaches 90% of full fine-tuning (Aghajanyan et al. 2020).', sources: ['intrinsic'] },
    { q: 'Which matrices should get LoRA?', a: 'With a fixed budget on GPT-3, spreading it over $W_q,W_v$ beat putting it all on one matrix (§7.1, Table 5). Many recipes today also adapt the FFN.', sources: ['lora'] },
  ],
  sources: [
    { id: 'lora', text: 'Hu et al., LoRA: Low-Rank Adaptation of Large Language Models, arXiv 2106.09685, §4.1, §4.2, §5.1, §7.1–7.3, Tables 5–6', url: 'https://arxiv.org/abs/2106.09685' },
    { id: 'intrinsic', text: 'Aghajanyan, Zettlemoyer, Gupta, Intrinsic Dimensionality Explains the Effectiveness of Language Model Fine-Tuning, arXiv 2012.13255 (ACL 2021), abstract', url: 'https://arxiv.org/abs/2012.13255' },
    { id: 'adam', text: 'PyTorch torch.optim.Adam (the update rule the lab implements; β = 0.9, 0.999, ε = 1e-8)', url: 'https://pytorch.org/docs/stable/generated/torch.optim.Adam.html' },
    { id: 'model', text: 'The tiny transformer: public/model/MODEL_CARD.md (3 layers, d 64, 4 heads, vocab 1024, 223,808 parameters)' },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
