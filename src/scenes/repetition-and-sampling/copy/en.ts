import type { SceneCopy } from '../../types';
import type { ParamKey } from '../params';
import type { StepId } from '../steps';

/** Every word of question 6 (repetition and sampling) in English. */
export const en = {
  question: 'Why do large language models repeat themselves, and how do you fix it?',
  lede: 'A real (tiny) transformer generates live in your browser. Every next token passes through the same pipeline: penalties, temperature, top-k, top-p, min-p, then a seeded draw.',

  steps: {
    pipeline: {
      title: 'One token, eight stages',
      caption:
        'The model gives a logit for every token in its vocabulary. Hugging Face `generate` first applies the processors (repetition penalty, no-repeat n-gram), then the warpers in a fixed order: temperature → top-k → top-p → min-p; softmax renormalises what is left and a seeded draw picks the token. Click a stage to see its before (outline) and after (bar); click a generated token to inspect its decision.',
    },
    'greedy-loop': {
      title: 'Greedy decoding falls into a loop',
      caption:
        'At temperature 0 the pipeline is an argmax, so the next token is a fixed function of the text so far. When the text re-enters a phrase it has already produced, the argmax tends to take the same path again: whole phrases come back (tinted: tokens completing a repeated 4-gram; readouts: repeated-4-gram rate, longest repeated span; compare with the sampling steps). The plot shows the probability the model itself gave each chosen token. Large models often lock into an exact endless loop; this tiny one mostly repeats phrases and then drifts on.',
    },
    'self-reinforcement': {
      title: 'Each repetition makes the next one likelier',
      caption:
        'Feed the model one sentence repeated $n$ times and measure the mean probability it gives to the tokens of copy $n+1$ (Xu et al. 2022 call the rise self-reinforcement). With this model the first repetition lifts it and later copies keep it up (readout: first → last copy): having said something makes saying it again likelier. The same tokens shuffled into nonsense (second line) start near zero and rise only a little (staying below 0.1): this tiny model copies from its context only weakly, so most of its high curve is memory of its training text. Large models copy strongly, so there every lap of a loop makes the next lap likelier, and in greedy decoding the loop locks in.',
    },
    temperature: {
      title: 'Low temperature sharpens the distribution',
      caption:
        'Dividing the logits by $T<1$ stretches their gaps, so the top token takes more mass and the entropy drops (curve: entropy of this token’s distribution against $T$). “Sample 200×” shows it as counts: at low $T$ almost every draw is the argmax, which is why low temperature repeats almost like greedy.',
    },
    'vague-prompt': {
      title: 'A vague prompt leaves the distribution flat',
      caption:
        'A short, contentless prompt (here 其次，“secondly,”) leaves the model little to condition on. The bars compare the raw entropy of the first next-token distribution for the four example prompts (ln V is the uniform maximum); the line shows the raw entropy at each generated position. With this model the vague openings are flatter, but only modestly (about 0.2–0.5 nats): it was trained on a narrow text, so a vague prompt mostly lets it fall back on its most familiar phrases — the generic text that loops are made of.',
    },
    truncation: {
      title: 'Truncation: top-k, top-p, min-p',
      caption:
        'Top-k keeps the $k$ largest logits (ties at the $k$-th kept); top-p keeps the smallest set of top tokens whose probability reaches $p$ (always at least one); min-p keeps tokens with probability ≥ min-p × the top probability. They cut the unreliable tail, so you can sample at a higher temperature without nonsense — they do not stop repetition by themselves.',
    },
    penalties: {
      title: 'Penalties and n-gram bans break the loop',
      caption:
        'The CTRL repetition penalty divides positive logits by θ and multiplies negative ones by θ, once per token already in the context (prompt included); a no-repeat n-gram ban sets to −∞ every token that would complete an n-gram already present. Even greedy decoding now leaves the loop — at a price: the ban also blocks correct repetitions (names, terms).',
    },
  },

  params: {
    prompt: {
      label: 'Prompt',
      help: 'Any text in Chinese or English (kept in the link); the model continues it',
    },
    temperature: { label: 'Temperature T', help: 'Logits ÷ T; 0 = greedy (argmax)' },
    topK: { label: 'Top-k', help: 'Keep the k most likely tokens; 0 = off' },
    topP: { label: 'Top-p', help: 'Keep the smallest set reaching probability p; 1 = off' },
    minP: { label: 'Min-p', help: 'Drop tokens below min-p × the top probability; 0 = off' },
    repetitionPenalty: { label: 'Repetition penalty θ', help: 'CTRL / HF: positive logits ÷ θ, negative × θ, for tokens already seen; 1 = off' },
    presencePenalty: { label: 'Presence penalty', help: 'OpenAI API: subtract this once from every token already generated' },
    frequencyPenalty: { label: 'Frequency penalty', help: 'OpenAI API: subtract this × how often the token was generated' },
    noRepeatNgram: { label: 'No-repeat n-gram', help: 'Ban any token that would repeat an n-gram; 0 = off' },
    maxNew: { label: 'Max new tokens', help: 'Generation budget' },
    seed: { label: 'Random seed', help: 'Same seed, same draws' },
  },

  readouts: {
    chosen: 'Chosen token',
    'p-chosen': 'P(chosen)',
    entropy: 'Entropy after pipeline (nats)',
    'entropy-raw': 'Entropy of raw logits (nats)',
    'kept-top-k': 'after top-k',
    'kept-top-p': 'after top-p',
    'kept-min-p': 'after min-p',
    kept: 'Tokens left to sample',
    generated: 'Tokens generated',
    'distinct-2': 'distinct-2',
    'rep-4': 'Repeated 4-grams',
    loop: 'Longest repeated span',
    'sample-top': 'Most drawn in 200×',
    reinforce: 'P(copy) 1st → last',
  },

  labels: {
    figureAlt: 'Next-token pipeline of the tiny transformer',
    examples: 'Example prompts:',
    preset_zh: 'Chinese question',
    'preset_zh-vague': 'Chinese, vague',
    preset_en: 'English question',
    'preset_en-vague': 'English, vague',
    loading: 'Loading the tiny transformer…',
    generating: 'generating…',
    textTitle: 'Generated text (click a token to inspect it)',
    promptPart: 'prompt',
    repeatedLegend: 'repeated 4-gram',
    focusLegend: 'inspected token',
    stagesTitle: 'Pipeline for the inspected token',
    stage_logits: 'logits',
    stage_repetition: 'repetition',
    'stage_presence-frequency': 'presence / freq.',
    'stage_no-repeat': 'no-repeat n-gram',
    stage_temperature: 'temperature',
    'stage_top-k': 'top-k',
    'stage_top-p': 'top-p',
    'stage_min-p': 'min-p',
    stage_sample: 'sample',
    off: 'off',
    kept: 'kept',
    greedyNote: 'T = 0: greedy, the warpers are skipped',
    barsTitle: 'Top candidates at stage “{stage}”',
    before: 'before',
    after: 'after',
    filtered: 'removed',
    chosen: 'chosen',
    samplesTitle: 'Sample 200× from this distribution (seeded)',
    draws: 'draws',
    perPosTitle: 'Model probability of the chosen token (raw softmax) at each position',
    perPosX: 'generated position',
    perPosY: 'P_model(chosen)',
    rawEntTitle: 'Entropy of the raw distribution at each position',
    rawEntY: 'entropy (nats)',
    reinforceTitle: 'Self-reinforcement: “{s}” repeated n times',
    reinforceX: 'copies already in the context (n)',
    reinforceY: 'mean P(token of next copy)',
    natural: 'sentence',
    shuffledSeries: 'same tokens, shuffled',
    computing: 'computing…',
    presetTitle: 'Raw entropy of the first next token, per preset prompt (max ln V = {max})',
    tempTitle: 'Entropy of this token’s distribution vs temperature',
    tempX: 'temperature T',
    tempY: 'entropy (nats)',
    current: 'now',
    none: 'none',
    loopFmt: '{n} tokens',
    errEmpty: 'The prompt is empty: type something or pick a preset.',
    errTooLong: 'The prompt has {tokens} tokens but the model’s context holds {context}: shorten it.',
    warnUnknown: 'Not in the model’s vocabulary (they become <unk>): {chars}',
    stopContext: 'Stopped: the context ({context} tokens) is full.',
    stopFiltered: 'Stopped: every token was removed by the filters (e.g. the n-gram ban), nothing is left to sample.',
    modelCard: 'Model: {layers} layers, {heads} heads, d = {d}, context {ctx}, vocabulary {vocab}, {params} parameters.',
  },

  answer: [
    'Mechanism: decoding picks one token at a time from $p(x_t\\mid x_{<t})$. With greedy or low-temperature decoding the choice is a deterministic function of the recent context, so once the text revisits a state it has been in, it follows the same path again: a loop.',
    'Self-reinforcement: the more often a phrase is already in the context, the higher the probability the model assigns to repeating it (Holtzman et al. 2020, Fig. 4; Xu et al. 2022). Models learn to copy from context (induction-style behaviour), and the training data itself repeats; maximum-likelihood training does not penalise putting too much mass on repeats.',
    'Contributing factors: low temperature (sharpens the distribution towards the argmax), beam search / greedy (maximise likelihood, and repetitive text is high-likelihood), a short or vague prompt (flat distribution, the model falls back to generic high-frequency phrases), long generations, and small or under-trained models.',
    'Decoding-time fixes, in HF `generate` order: repetition penalty (CTRL: divide positive logits / multiply negative ones by θ≈1.1–1.3 for tokens already present), no-repeat n-gram (ban tokens that complete a repeated n-gram), then temperature, top-k, top-p (nucleus), min-p. Presence/frequency penalties are the OpenAI-API equivalents (additive, on generated tokens).',
    'Training-time fixes: unlikelihood training (Welleck et al. 2020), DITTO (Xu et al. 2022) which trains on repeated sentences to lower their probability, deduplicating training data, contrastive search/decoding; and at the product level, stop sequences and a sensible max length.',
    'Trade-offs: penalties hurt legitimate repetition (names, code, formulas) and apply to the prompt too; truncation (top-k/p/min-p) removes nonsense but does not by itself remove loops; higher temperature adds diversity and errors.',
  ],

  formulas: [
    {
      tex: 'p_i = \\frac{\\exp(z_i/T)}{\\sum_j \\exp(z_j/T)},\\qquad T\\to 0:\\ p \\to \\text{one-hot}(\\arg\\max_i z_i)',
      caption: 'Temperature: dividing the logits by T before the softmax.',
    },
    {
      tex: "z'_i = \\begin{cases} z_i/\\theta & z_i > 0 \\\\ z_i\\,\\theta & z_i \\le 0 \\end{cases}\\qquad (i \\in x_{<t})",
      caption: 'CTRL / HF repetition penalty (applied once per distinct token already in the context, prompt included).',
    },
    {
      tex: "z'_j = z_j - \\alpha_{\\text{freq}}\\, c_j - \\alpha_{\\text{pres}}\\,[c_j > 0]",
      caption: 'OpenAI presence / frequency penalties; c_j = how often token j has been generated so far.',
    },
    {
      tex: 'V^{(p)} = \\arg\\min_{V\' \\subseteq V} |V\'| \\ \\text{s.t.} \\sum_{x \\in V\'} p(x) \\ge p',
      caption: 'Top-p (nucleus): the smallest set of top tokens whose probability reaches p.',
    },
    {
      tex: 'x \\in V_{\\text{min-}p} \\iff p(x) \\ge p_{\\min} \\cdot \\max_y p(y)',
      caption: 'Min-p keeps token x (the set $V_{\\text{min-}p}$) when its probability is at least $p_{\\min}$ times that of the most likely token.',
    },
  ],

  misconceptions: [
    {
      claim: '“Repetition happens because the temperature is too low; raise it and the problem is gone.”',
      correction:
        'Low temperature makes loops likelier, but the cause is self-reinforcement in the model: each repetition raises the probability of the next one. A higher temperature only makes escaping a loop likelier, and at the cost of more errors. With this model, look at the self-reinforcement step: the curve rises regardless of sampling settings.',
      sources: ['holtzman', 'xu'],
    },
    {
      claim: '“The repetition penalty lowers the probability of a token in proportion to how often it occurred.”',
      correction:
        'The CTRL / HF repetition penalty is applied once per distinct token, however often it occurred, and it divides positive logits but multiplies negative ones (so it always lowers the logit). Count-proportional penalties are the OpenAI-style frequency penalty, which is subtracted, not multiplied. Also, in HF the penalty covers the prompt by default.',
      sources: ['ctrl', 'hf', 'openai'],
    },
    {
      claim: '“Top-p keeps tokens whose probability is above p.”',
      correction:
        'Top-p keeps the smallest set of most likely tokens whose cumulative probability reaches p; the number kept adapts to the distribution (1 token when the model is sure, hundreds when it is not). HF keeps at least one token; with tied logits, which of the tied tokens survive the cut depends on the sort order.',
      sources: ['holtzman', 'hf'],
    },
    {
      claim: '“Top-k / top-p fix repetition.”',
      correction:
        'They cut the low-probability tail, which prevents incoherent tokens; a loop lives in the high-probability head, which they keep. Against loops you need the penalties, n-gram bans, or enough temperature — compare the repeated-4-gram readout in the truncation and penalties steps.',
      sources: ['holtzman'],
    },
    {
      claim: '“Presence and frequency penalties are Hugging Face generate parameters.”',
      correction:
        'They are OpenAI API parameters (range −2 to 2; also in vLLM and others). HF `generate` offers `repetition_penalty` (multiplicative, CTRL) and `no_repeat_ngram_size` instead.',
      sources: ['openai', 'hf'],
    },
  ],

  followUps: [
    {
      q: 'In what order does HF generate apply the processors and warpers?',
      a: 'Logits processors first (repetition penalty, no-repeat n-gram, …), then, when sampling, the warpers in the order temperature → top-k → top-p → min-p; greedy (do_sample=False) skips the warpers and takes the argmax.',
      sources: ['hf'],
    },
    {
      q: 'Does the order of top-k and top-p matter?',
      a: 'Yes in general: top-p after top-k measures cumulative probability over the renormalised top-k set. Temperature before top-p also changes which tokens are kept, because it changes the probabilities top-p adds up (it does not change top-k, which only ranks).',
      sources: ['hf'],
    },
    {
      q: 'Why does beam search repeat even more than greedy?',
      a: 'It searches for high-likelihood sequences, and repetitive text is high-likelihood under the model (self-reinforcement); this is the “likelihood trap” discussed by Holtzman et al. 2020.',
      sources: ['holtzman'],
    },
    {
      q: 'What is a reasonable repetition penalty?',
      a: 'CTRL reports θ ≈ 1.2 as a good balance; values much above ~1.3 start to damage fluency because common function words and the prompt’s own terms get punished too.',
      sources: ['ctrl'],
    },
    {
      q: 'How can repetition be reduced at training time?',
      a: 'Unlikelihood training penalises probability put on previously seen tokens (Welleck et al. 2020); DITTO trains on constructed repeated sentences to break self-reinforcement (Xu et al. 2022); deduplicating the training corpus helps too.',
      sources: ['welleck', 'xu'],
    },
  ],

  sources: [
    { id: 'hf', text: 'Hugging Face transformers, generation/logits_process.py (RepetitionPenaltyLogitsProcessor, NoRepeatNGramLogitsProcessor, TemperatureLogitsWarper, TopKLogitsWarper, TopPLogitsWarper, MinPLogitsWarper) and generation/utils.py `_get_logits_processor` (order)', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/generation/logits_process.py' },
    { id: 'ctrl', text: 'Keskar et al. 2019, CTRL: A Conditional Transformer Language Model for Controllable Generation, arXiv 1909.05858, §4.1 (penalised sampling, θ ≈ 1.2)', url: 'https://arxiv.org/abs/1909.05858' },
    { id: 'holtzman', text: 'Holtzman et al. 2020, The Curious Case of Neural Text Degeneration, ICLR, arXiv 1904.09751: nucleus (top-p) sampling §3.1; repetition probability rising with each repetition, Fig. 4', url: 'https://arxiv.org/abs/1904.09751' },
    { id: 'xu', text: 'Xu et al. 2022, Learning to Break the Loop: Analyzing and Mitigating Repetitions for Neural Text Generation, NeurIPS, arXiv 2206.02369 (self-reinforcement effect; DITTO)', url: 'https://arxiv.org/abs/2206.02369' },
    { id: 'welleck', text: 'Welleck et al. 2020, Neural Text Generation with Unlikelihood Training, ICLR, arXiv 1908.04319 (seq-rep-n metric, §5)', url: 'https://arxiv.org/abs/1908.04319' },
    { id: 'fan', text: 'Fan, Lewis, Dauphin 2018, Hierarchical Neural Story Generation, ACL, arXiv 1805.04833 (top-k sampling)', url: 'https://arxiv.org/abs/1805.04833' },
    { id: 'minp', text: 'Nguyen et al. 2024, Turning Up the Heat: Min-p Sampling for Creative and Coherent LLM Outputs, arXiv 2407.01082', url: 'https://arxiv.org/abs/2407.01082' },
    { id: 'openai', text: 'OpenAI API reference and guide, “Frequency and presence penalties”: mu[j] − c[j]·α_frequency − float(c[j] > 0)·α_presence, values −2.0 … 2.0', url: 'https://platform.openai.com/docs/api-reference/chat/create' },
    { id: 'li', text: 'Li et al. 2016, A Diversity-Promoting Objective Function for Neural Conversation Models, NAACL, arXiv 1510.03055 (distinct-n)', url: 'https://arxiv.org/abs/1510.03055' },
  ],
} satisfies SceneCopy<ParamKey, StepId>;
