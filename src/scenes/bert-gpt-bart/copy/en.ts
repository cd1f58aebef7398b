import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 10 (BERT vs GPT vs BART) in English. */
export const en = {
  question: 'What is the difference between BERT, GPT and BART?',
  lede: 'Same Transformer blocks, three ways to wire and train them: an encoder that sees both sides and fills in masked tokens (BERT), a decoder that sees only the left and predicts the next token (GPT), and an encoder–decoder that reads corrupted text and writes the original back (BART).',

  steps: {
    'bert-mlm': {
      title: 'BERT: masked language model',
      caption:
        'BERT chooses 15% of the positions at random. Of the chosen, 80% become [MASK], 10% a random token and 10% stay unchanged, and the loss is computed only at the chosen positions (Devlin et al. 2018 §3.1, App. A.1). Unchanged and random tokens keep the model from learning that only [MASK] matters, since [MASK] never appears at fine-tuning time. Click a token to toggle it in or out of the chosen set; change the seed to draw again.',
    },
    'bert-attention': {
      title: 'BERT’s attention mask: fully bidirectional',
      caption:
        'Every position attends to every position (apart from padding): the mask is all ones. That is why BERT’s representation of a token uses both its left and right context, and also why it has no built-in left-to-right factorisation $p(x)=\\prod_t p(x_t\\mid x_{<t})$ to generate with.',
    },
    'gpt-clm': {
      title: 'GPT: causal language model, shifted targets',
      caption:
        'GPT is a Transformer decoder with masked self-attention (Radford et al. 2018 §3.1, §4.1). Inputs are $x_1\\dots x_{n-1}$, targets are the same sequence shifted by one, $x_2\\dots x_n$, and every position carries a loss: $n-1$ predictions per sequence against BERT’s ~15%. The lower-triangular mask stops position $t$ from seeing $x_{>t}$.',
    },
    'bart-noise': {
      title: 'BART: corrupt the input with a noising function',
      caption:
        'BART tries five corruptions (Lewis et al. 2019 §2.2, Fig. 2): token masking, token deletion (the model must also find where tokens are missing), text infilling (span lengths from Poisson(λ = 3), each span → ONE [MASK], a 0-length span inserts a [MASK]: the model must also predict how many tokens are missing), sentence permutation and document rotation. Switch the noise and move the rate.',
    },
    'bart-seq2seq': {
      title: 'BART: bidirectional encoder, autoregressive decoder',
      caption:
        'The encoder reads the corrupted text with a full mask; the decoder reads the original shifted right with a causal mask and cross-attends to every encoder output, and the loss is the cross-entropy of the whole original document (§2.1–2.2). Because input and output need not align, the encoder input can be shorter or longer than the target, which BERT’s per-position heads cannot handle.',
    },
    tasks: {
      title: 'What each architecture is good for',
      caption:
        'BERT: understanding (classification, span extraction). GPT: generation, and, fine-tuned with a classifier head, understanding too (GPT-1 was evaluated on NLI, QA and classification). BART: sequence-to-sequence generation such as summarisation, while matching RoBERTa on GLUE and SQuAD. The table gives the papers’ own headline numbers.',
    },
  },

  params: {
    text: { label: 'Sentence', help: 'Split into words and punctuation (a CJK character is one token); at most 28 tokens' },
    model: { label: 'Model shown', help: 'Which pre-training set-up the figure shows', options: { bert: 'BERT', gpt: 'GPT', bart: 'BART' } },
    noise: {
      label: 'BART noising function',
      help: 'Lewis et al. 2019 §2.2',
      options: { mask: 'Token masking', delete: 'Token deletion', infill: 'Text infilling', permute: 'Sentence permutation', rotate: 'Document rotation' },
    },
    rate: { label: 'Masking rate', help: 'BERT: share of positions chosen (paper 15%); BART: share masked / deleted / infilled (BART-large used 30%)' },
    pick: { label: 'Toggled token', help: 'A position toggled in or out of BERT’s chosen set (−1: none); clicking a token sets it' },
    seed: { label: 'Seed', help: 'Seed of every random choice (positions, 80/10/10, spans, order)' },
  },

  readouts: {
    tokens: 'Tokens n',
    'bert-chosen': 'BERT: positions with a loss',
    'bert-split': 'BERT: [MASK] / random / unchanged',
    'gpt-loss': 'GPT: positions with a loss (n−1)',
    'bart-input': 'BART: encoder input length',
    'bart-masks': 'BART: [MASK] tokens in the input',
    'bart-detail': 'BART: span lengths / order / positions',
    'mask-density': 'Self-attention mask: allowed share',
  },

  labels: {
    tCaption: 'Architecture, objective and use of each model, with the papers’ numbers',
    order: 'order',
    masked: 'masked',
    deleted: 'deleted',
    figureAlt: 'Token rows of the chosen pre-training objective and heat maps of its attention masks',
    caption: '{model} · {n} tokens',
    cut: '(cut to the first 28 tokens)',
    original: 'Original',
    bertInput: 'BERT input (click to toggle)',
    bertTarget: 'Loss targets',
    gptInput: 'GPT input x₁…xₙ₋₁',
    gptTarget: 'Targets x₂…xₙ (loss everywhere)',
    bartEncoder: 'Encoder input: {noise}',
    bartDecoderIn: 'Decoder input (shifted right)',
    bartTarget: 'Decoder target = original',
    attnBert: 'Self-attention: bidirectional (all ones)',
    attnGpt: 'Self-attention: causal (j ≤ i)',
    attnEnc: 'Encoder self-attention: full',
    attnDec: 'Decoder self-attention: causal',
    attnCross: 'Cross-attention: decoder → all encoder',
    legendMask: '[MASK]',
    legendRandom: 'random token',
    legendKeep: 'chosen, unchanged',
    legendLoss: 'loss computed here',
    legendHit: 'corrupted in the input',
    clickHint: 'Click (or Tab + Enter) a token in the BERT row to toggle it as a chosen position.',
    gridNote: 'Rows: query positions; columns: key positions; a filled cell means the query may attend to that key.',
    chipTitle: 'Token {i} “{t}”: toggle as a chosen position',
    tModel: 'Model',
    tArch: 'Architecture and mask',
    tObj: 'Pre-training objective',
    tTask: 'Suits',
    tNum: 'The paper’s own numbers',
    tBert: 'BERT (2018)',
    tBertArch: 'Transformer encoder; bidirectional self-attention',
    tBertObj: 'Masked LM (15%, 80/10/10) + next-sentence prediction',
    tBertTask: 'Understanding: classification, NLI, span extraction (SQuAD), tagging',
    tBertNum: 'BERT-large: GLUE 80.5, MultiNLI 86.7%, SQuAD v1.1 test F1 93.2 (abstract, §4)',
    tGpt: 'GPT (2018)',
    tGptArch: '12-layer Transformer decoder; causal (masked) self-attention',
    tGptObj: 'Next-token prediction, loss at every position',
    tGptTask: 'Generation (open-ended text); with a task head, classification too',
    tGptNum: 'Improved the state of the art in 9 of the 12 tasks studied (NLI, QA, similarity, classification) (abstract)',
    tBart: 'BART (2019)',
    tBartArch: 'Encoder (bidirectional) + decoder (causal) with cross-attention in each decoder layer',
    tBartObj: 'Reconstruct the original from noised text (best: text infilling + sentence permutation)',
    tBartTask: 'Seq2seq generation: summarisation, generative QA, dialogue, translation; also GLUE/SQuAD',
    tBartNum: 'CNN/DM R1/R2/RL 44.16/21.28/40.90, XSum 45.14/22.27/37.25 (Table 3); ≈ RoBERTa on GLUE and SQuAD (Table 2)',
  },

  answer: [
    '**Architecture.** BERT is a Transformer *encoder* (bidirectional self-attention); GPT is a Transformer *decoder* without cross-attention (causal self-attention); BART is a full *encoder–decoder*: a bidirectional encoder, an autoregressive decoder, and cross-attention from every decoder layer to the encoder output.',
    '**Pre-training objective.** BERT: masked LM — choose 15% of tokens, of those 80% → [MASK], 10% → random, 10% unchanged, predict the originals (plus next-sentence prediction). GPT: predict the next token, $\\max\\sum_t\\log p(x_t\\mid x_{<t})$. BART: corrupt the text with a noising function and reconstruct the whole original with the decoder; the best recipe is text infilling (Poisson(3) spans, one [MASK] per span) plus sentence permutation.',
    '**Attention masks.** BERT: all ones. GPT: lower-triangular. BART: encoder all ones, decoder lower-triangular, cross-attention all ones (decoder position → every encoder position).',
    '**Training signal.** BERT learns from only ~15% of the positions per sequence; GPT from every position; BART from every target position, with an input that can be a different length from the target.',
    '**Use.** BERT for understanding (classification, extraction); GPT for generation (and, since GPT-2/3, zero/few-shot prompting of everything); BART for conditional generation such as summarisation, where it set new state-of-the-art results, while matching RoBERTa on GLUE and SQuAD.',
  ],

  formulas: [
    { tex: '\\mathcal{L}_{\\text{MLM}} = -\\sum_{i\\in\\mathcal{M}} \\log p_\\theta(x_i \\mid \\tilde{x}),\\quad |\\mathcal{M}| \\approx 0.15\\,n', caption: 'BERT: loss only at the chosen positions 𝓜; x̃ is the input after the 80/10/10 replacement' },
    { tex: '\\mathcal{L}_{\\text{CLM}} = -\\sum_{t=1}^{n-1} \\log p_\\theta(x_{t+1} \\mid x_{\\le t})', caption: 'GPT: every position predicts the next token (targets shifted by one)' },
    { tex: '\\mathcal{L}_{\\text{BART}} = -\\sum_{t=1}^{n} \\log p_\\theta\\big(x_t \\mid x_{<t},\\, \\mathrm{Enc}(g(x))\\big)', caption: 'BART: the decoder reconstructs the original x from the encoding of the noised text g(x)' },
    { tex: 'P(\\ell = k) = \\frac{3^k e^{-3}}{k!},\\quad \\mathbb{E}[\\ell] = \\mathrm{Var}[\\ell] = 3', caption: 'Text-infilling span lengths; each span becomes one [MASK] (ℓ = 0 inserts a [MASK])' },
    { tex: 'M^{\\text{causal}}_{ij} = \\begin{cases} 0 & j \\le i \\\\ -\\infty & j > i \\end{cases},\\qquad \\mathrm{softmax}\\!\\left(\\tfrac{QK^\\top}{\\sqrt{d}} + M\\right)', caption: 'The causal mask added to the attention scores (BERT: M = 0 everywhere)' },
  ],

  misconceptions: [
    {
      claim: '“BERT cannot generate text at all.”',
      correction:
        'It can be made to generate, for example by iteratively filling [MASK] tokens, but MLM predicts the masked tokens independently of each other and gives no left-to-right factorisation, so it is not a natural generator; BART’s paper puts it as “BERT cannot easily be used for generation” (Fig. 1a caption). It also has no decoder to condition generation on an input.',
      sources: ['bart', 'bert'],
    },
    {
      claim: '“BART is just BERT + GPT glued together.”',
      correction:
        'As a picture of the architecture it is close: BART’s paper itself says it generalises BERT (bidirectional encoder) and GPT (left-to-right decoder). But each decoder layer also cross-attends to the encoder output, the encoder has no MLM head (BART drops BERT’s extra feed-forward layer before word prediction), and the objective is different: reconstruct the whole document from arbitrary noise (spans, deletions, shuffled sentences), where input and output lengths need not match.',
      sources: ['bart'],
    },
    {
      claim: '“BERT replaces 15% of the tokens with [MASK].”',
      correction: '15% of positions are *chosen*; only 80% of those become [MASK] (12% of all tokens), 10% become a random token and 10% stay the same. The loss is taken at all chosen positions, including the unchanged ones.',
      sources: ['bert'],
    },
    {
      claim: '“GPT is only for generation and BERT only for understanding.”',
      correction: 'GPT-1 was evaluated almost entirely on understanding tasks (NLI, QA, similarity, classification), fine-tuned with a linear head, and improved the state of the art on 9 of 12. BART, a generator, matches RoBERTa on GLUE and SQuAD. The architectures lean toward a use; they do not forbid the other.',
      sources: ['gpt', 'bart'],
    },
    {
      claim: '“BART’s text infilling is the same as SpanBERT’s span masking.”',
      correction: 'SpanBERT replaces a span with as many [MASK] tokens as it has tokens, with lengths from a clamped geometric distribution; BART replaces each span with ONE [MASK] (lengths Poisson(3), 0-length spans insert one), so the model must also predict how many tokens are missing (§2.2).',
      sources: ['bart'],
    },
  ],

  followUps: [
    { q: 'Why 80/10/10 instead of always [MASK]?', a: '[MASK] never appears at fine-tuning time; keeping some chosen tokens unchanged or random forces the model to keep a good representation of every input token. The paper’s ablation (App. C.2) finds the mix slightly better than 100% [MASK], especially for feature-based NER.', sources: ['bert'] },
    { q: 'Which BART noise works best?', a: 'In the ablation (§4, Table 1) text infilling is the most consistently strong; document rotation and sentence permutation alone perform poorly. BART-large is pre-trained with text infilling masking 30% of tokens plus permutation of all sentences (§5.1).', sources: ['bart'] },
    { q: 'How is BART fine-tuned for classification?', a: 'The same input goes to the encoder and the decoder, and the final decoder hidden state of an extra end token feeds the classifier (§3.1).', sources: ['bart'] },
    { q: 'Why did decoder-only GPT-style models win at scale?', a: 'One simple objective with a loss on every token, direct use for generation and prompting, and no need for a separate encoder. See question 9 (why-decoder-only).', sources: ['gpt'] },
  ],

  sources: [
    { id: 'bert', text: 'Devlin et al. 2018, BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding — §3.1 (MLM), App. A.1 (80/10/10), App. C.2 (ablation), abstract and §4 (GLUE 80.5, MultiNLI 86.7, SQuAD v1.1 F1 93.2)', url: 'https://arxiv.org/abs/1810.04805' },
    { id: 'gpt', text: 'Radford et al. 2018, Improving Language Understanding by Generative Pre-Training — §3.1 (LM objective), §4.1 (12-layer decoder with masked self-attention), abstract (9 of 12 tasks)', url: 'https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf' },
    { id: 'bart', text: 'Lewis et al. 2019, BART: Denoising Sequence-to-Sequence Pre-training — §2.1 architecture, §2.2 noising (Poisson λ = 3), Fig. 1–2, §4 ablation, §5.1 (30% masking + permutation), Tables 2–3 (GLUE/SQuAD, CNN/DM, XSum)', url: 'https://arxiv.org/abs/1910.13461' },
    { id: 'fairseq', text: 'fairseq DenoisingDataset (the reference implementation of BART’s noising)', url: 'https://github.com/facebookresearch/fairseq/blob/main/fairseq/data/denoising_dataset.py' },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
