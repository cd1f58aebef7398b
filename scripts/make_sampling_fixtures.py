#!/usr/bin/python3
"""Reference fixtures for the `repetition-and-sampling` scene (question 6), computed with PyTorch (float32).

Writes tests/fixtures/sampling.json, read by
src/scenes/repetition-and-sampling/model/pipeline.test.ts.

Re-run (from the repository root):

    /usr/bin/python3 scripts/make_sampling_fixtures.py

Hugging Face `transformers` is not installable here (Debian has no python3-transformers package and no
other registry is reachable), so each logits processor below is RE-IMPLEMENTED in torch, following the
code of `transformers/generation/logits_process.py` line by line (class names kept):

  RepetitionPenaltyLogitsProcessor  gather the scores of the context ids; where(score < 0, score * penalty,
                                    score / penalty); scatter back  -> each seen id is penalised once
  NoRepeatNGramLogitsProcessor      every n-gram of the context is a (prefix -> next) entry; the next
                                    token of every entry whose prefix equals the last n-1 ids gets -inf
  TemperatureLogitsWarper           scores / temperature
  TopKLogitsWarper                  remove scores < topk(scores, min(k, V))[-1]   (ties at the k-th kept)
  TopPLogitsWarper                  ascending sort, cumsum(softmax), remove cum <= 1 - p, keep the last
                                    min_tokens_to_keep (= 1) sorted entries
  MinPLogitsWarper                  probs = softmax(scores); remove probs < min_p * max(probs);
                                    keep the top min_tokens_to_keep (= 1)

`generate` applies the processors (repetition penalty, no-repeat n-gram) before the warpers, and the
warpers in the order temperature -> top-k -> top-p -> min-p (`_get_logits_processor` in
transformers/generation/utils.py); greedy decoding (do_sample=False, our temperature 0) is the argmax
of the processed scores, with no warper. Presence / frequency penalties are not HF `generate`
parameters; they follow the OpenAI API definition
    logit[j] - frequency * count[j] - presence * (count[j] > 0),
with count[j] = how often token j was SAMPLED so far (the generated part of the context, not the prompt).
They are applied right after the repetition penalty (as vLLM does).

Sorting: HF's top-p calls torch.sort without `stable=True`; among TIED logits the result then depends on
the sort's order. We sort with stable=True (ties keep index order, so in the ascending order the lower
index is removed first); the scene's code does the same, and the tie fixtures pin this down.

-inf is written as null in the JSON. Inputs are rounded to 7 significant digits before torch sees them.
"""
import json
import os

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'sampling.json')
torch.manual_seed(20260630)
NEG_INF = -float('inf')


def r7(v):
    v = float(v)
    if v != v:
        return 'nan'
    if v == NEG_INF:
        return None
    if v == 0.0:
        return 0.0
    return float('%.7g' % v)


def out(t):
    return [r7(v) for v in t.reshape(-1).tolist()]


def exact(values):
    return torch.tensor([[r7(v) if v != NEG_INF else NEG_INF for v in values]], dtype=torch.float32)


# ---- HF processors, re-implemented (batch of 1: scores [1, V], input_ids [1, T]) ----

def repetition_penalty(input_ids, scores, penalty):
    score = torch.gather(scores, 1, input_ids)
    score = torch.where(score < 0, score * penalty, score / penalty)
    return scores.scatter(1, input_ids, score)


def presence_frequency(generated_ids, scores, presence, frequency):
    V = scores.shape[-1]
    counts = torch.bincount(generated_ids.reshape(-1), minlength=V).to(scores.dtype).reshape(1, V)
    return scores - frequency * counts - presence * (counts > 0).to(scores.dtype)


def no_repeat_ngram(input_ids, scores, n):
    cur_len = input_ids.shape[-1]
    if cur_len + 1 < n:
        return scores
    toks = input_ids[0].tolist()
    ngrams = {}
    for ng in zip(*[toks[i:] for i in range(n)]):
        ngrams.setdefault(tuple(ng[:-1]), []).append(ng[-1])
    start = cur_len + 1 - n
    banned = ngrams.get(tuple(toks[start:cur_len]), [])
    s = scores.clone()
    s[0, banned] = NEG_INF
    return s


def temperature(scores, t):
    return scores / t


def top_k(scores, k):
    k = min(max(k, 1), scores.size(-1))
    remove = scores < torch.topk(scores, k)[0][..., -1, None]
    return scores.masked_fill(remove, NEG_INF)


def top_p(scores, p, min_keep=1):
    sorted_logits, sorted_indices = torch.sort(scores, descending=False, stable=True)
    cum = sorted_logits.softmax(dim=-1).cumsum(dim=-1)
    remove_sorted = cum <= (1 - p)
    remove_sorted[..., -min_keep:] = 0
    remove = remove_sorted.scatter(1, sorted_indices, remove_sorted)
    return scores.masked_fill(remove, NEG_INF)


def min_p(scores, mp, min_keep=1):
    probs = torch.softmax(scores, dim=-1)
    top = probs.amax(dim=-1, keepdim=True)
    remove = probs < mp * top
    idx = torch.topk(probs, min(min_keep, probs.shape[-1]), dim=-1).indices
    remove.scatter_(-1, idx, False)
    return scores.masked_fill(remove, NEG_INF)


def pipeline(ids, prompt_len, scores, s):
    """Full chain as in `generate`; every stage's scores are recorded. Off settings are identities."""
    stages = {'logits': scores}
    x = scores
    if s['repetitionPenalty'] != 1.0:
        x = repetition_penalty(ids, x, s['repetitionPenalty'])
    stages['repetition'] = x
    gen = ids[:, prompt_len:]
    if s['presencePenalty'] != 0.0 or s['frequencyPenalty'] != 0.0:
        x = presence_frequency(gen, x, s['presencePenalty'], s['frequencyPenalty'])
    stages['presence-frequency'] = x
    if s['noRepeatNgram'] > 0:
        x = no_repeat_ngram(ids, x, s['noRepeatNgram'])
    stages['no-repeat'] = x
    if s['temperature'] == 0:
        res = {'stages': {k: out(v) for k, v in stages.items()}, 'greedy': int(torch.argmax(x[0]).item())}
        return res
    x = temperature(x, s['temperature'])
    stages['temperature'] = x
    if s['topK'] > 0:
        x = top_k(x, s['topK'])
    stages['top-k'] = x
    if s['topP'] < 1.0:
        x = top_p(x, s['topP'])
    stages['top-p'] = x
    if s['minP'] > 0:
        x = min_p(x, s['minP'])
    stages['min-p'] = x
    all_filtered = bool(torch.isinf(x).all().item())
    res = {'stages': {k: out(v) for k, v in stages.items()}, 'allFiltered': all_filtered}
    if not all_filtered:
        res['probs'] = out(torch.softmax(x, dim=-1))
    return res


cases = {'repetition': [], 'presenceFrequency': [], 'noRepeatNgram': [], 'temperature': [], 'topK': [],
         'topP': [], 'minP': [], 'pipeline': []}


def rnd(V, scale=2.0):
    return exact((torch.randn(V) * scale).tolist())


# repetition penalty: positive, negative and zero logits, repeated ids, penalty > 1 and < 1
for name, values, ids, pen in [
    ('mixed signs, id repeated', [2.0, -1.5, 0.0, 3.25, -0.25, 1.0], [0, 1, 1, 1, 2], 1.3),
    ('reward (< 1)', [2.0, -1.5, 0.0, 3.25, -0.25, 1.0], [0, 1, 4], 0.7),
    ('random', None, [3, 3, 7, 1, 9, 3], 1.2),
    ('penalty 1 is identity', [1.0, -2.0, 0.5], [0, 1, 2], 1.0),
]:
    s = exact(values) if values else rnd(12)
    cases['repetition'].append({'name': name, 'logits': out(s), 'ids': ids, 'penalty': pen,
                                'expected': out(repetition_penalty(torch.tensor([ids]), s, pen))})

for name, values, gen, pres, freq in [
    ('counts 3/1/0', [1.0, 0.5, -0.5, 2.0, 0.0], [0, 0, 0, 3], 0.6, 0.25),
    ('negative (encourage)', [1.0, 0.5, -0.5, 2.0, 0.0], [1, 1, 4], -0.5, -0.2),
    ('random', None, [2, 5, 5, 5, 8, 11, 2], 1.0, 0.5),
    ('empty generated', [1.0, 0.5, -0.5], [], 1.0, 1.0),
]:
    s = exact(values) if values else rnd(12)
    g = torch.tensor([gen], dtype=torch.long)
    cases['presenceFrequency'].append({'name': name, 'logits': out(s), 'generated': gen, 'presence': pres,
                                       'frequency': freq, 'expected': out(presence_frequency(g, s, pres, freq))})

for name, ids, n in [
    ('bigram seen once', [1, 2, 3, 1], 2),
    ('bigram prefix seen twice', [1, 2, 1, 4, 5, 1], 2),
    ('trigram', [0, 1, 2, 3, 0, 1], 3),
    ('trigram no match', [0, 1, 2, 3, 1, 0], 3),
    ('n = 1 bans every seen id', [4, 4, 2], 1),
    ('context shorter than n', [1, 2], 4),
    ('n = context + 1: no full n-gram yet', [1, 2, 3], 4),
    ('all tokens banned (n = 1)', [0, 1, 2, 3, 4, 5], 1),
]:
    s = rnd(6)
    cases['noRepeatNgram'].append({'name': name, 'logits': out(s), 'ids': ids, 'n': n,
                                   'expected': out(no_repeat_ngram(torch.tensor([ids]), s, n))})

for t in [0.01, 0.5, 1.0, 1.7]:
    s = rnd(10)
    x = temperature(s, t)
    cases['temperature'].append({'name': f'T={t}', 'logits': out(s), 't': t, 'expected': out(x),
                                 'probs': out(torch.softmax(x, dim=-1))})

tie = [1.0, 3.0, 2.0, 2.0, 2.0, 0.5, -1.0, 3.0]
for name, values, k in [
    ('k=3 with a tie at the 3rd value (all ties kept)', tie, 3),
    ('k=1 with a tie at the top', tie, 1),
    ('k = V', tie, 8),
    ('k > V', tie, 50),
    ('random k=4', None, 4),
    ('with -inf already', [1.0, NEG_INF, 0.5, NEG_INF, 2.0], 4),
]:
    s = exact(values) if values else rnd(16)
    cases['topK'].append({'name': name, 'logits': out(s), 'k': k, 'expected': out(top_k(s, k))})

for name, values, p in [
    ('random p=0.9', None, 0.9),
    ('random p=0.5', None, 0.5),
    ('p = 1 keeps all finite', [1.0, NEG_INF, 0.5, -3.0, 2.0], 1.0),
    ('tiny p keeps one', None, 0.01),
    ('4 equal logits, p=0.5 (stable sort: higher indices kept)', [1.0, 1.0, 1.0, 1.0], 0.5),
    ('ties straddling the cut', [2.0, 1.0, 1.0, 1.0, 0.0], 0.6),
    ('p = 0 keeps exactly one', [0.3, 2.0, 2.0, -1.0], 0.0),
    ('after top-k (-inf present)', [1.0, NEG_INF, 0.5, NEG_INF, 2.0, 1.5], 0.8),
]:
    s = exact(values) if values else rnd(16)
    cases['topP'].append({'name': name, 'logits': out(s), 'p': p, 'expected': out(top_p(s, p))})

for name, values, mp in [
    ('random 0.1', None, 0.1),
    ('random 0.5', None, 0.5),
    ('min_p = 1 keeps the max (and its ties)', [1.0, 2.0, 2.0, 0.0], 1.0),
    ('min_p = 0 keeps all', [1.0, 2.0, -5.0, 0.0], 0.0),
    ('with -inf', [1.0, NEG_INF, 0.5, 2.0], 0.3),
]:
    s = exact(values) if values else rnd(16)
    cases['minP'].append({'name': name, 'logits': out(s), 'minP': mp, 'expected': out(min_p(s, mp))})

OFF = {'temperature': 1.0, 'topK': 0, 'topP': 1.0, 'minP': 0.0, 'repetitionPenalty': 1.0,
       'presencePenalty': 0.0, 'frequencyPenalty': 0.0, 'noRepeatNgram': 0}
for name, V, ids, prompt_len, over in [
    ('all off', 20, [1, 2, 3], 2, {}),
    ('typical chat settings', 24, [3, 5, 7, 5, 9, 5, 3], 3,
     {'temperature': 0.7, 'topK': 10, 'topP': 0.9, 'repetitionPenalty': 1.1}),
    ('everything on', 24, [1, 4, 1, 4, 1, 6, 2], 2,
     {'temperature': 1.3, 'topK': 12, 'topP': 0.8, 'minP': 0.05, 'repetitionPenalty': 1.3,
      'presencePenalty': 0.4, 'frequencyPenalty': 0.3, 'noRepeatNgram': 2}),
    ('greedy (temperature 0) with penalties', 16, [2, 2, 5, 2], 1,
     {'temperature': 0.0, 'repetitionPenalty': 1.5, 'frequencyPenalty': 0.5, 'noRepeatNgram': 2}),
    ('greedy, no processors', 16, [0], 1, {'temperature': 0.0}),
    ('min-p after top-p', 24, [0, 1], 1, {'temperature': 0.5, 'topP': 0.95, 'minP': 0.2}),
    ('top-k 1 then top-p', 16, [3], 1, {'topK': 1, 'topP': 0.5}),
    ('all filtered by no-repeat n=1', 6, [0, 1, 2, 3, 4, 5], 6, {'noRepeatNgram': 1}),
]:
    s = rnd(V, 2.5)
    st = dict(OFF, **over)
    ids_t = torch.tensor([ids], dtype=torch.long)
    cases['pipeline'].append({'name': name, 'logits': out(s), 'ids': ids, 'promptLength': prompt_len,
                              'settings': st, **pipeline(ids_t, prompt_len, s, st)})

doc = {
    'generator': 'scripts/make_sampling_fixtures.py',
    'torch': torch.__version__,
    'note': 'HF logits processors re-implemented in torch (transformers is not installable here); -inf = null',
    **cases,
}
with open(OUT, 'w') as f:
    json.dump(doc, f, separators=(',', ':'))
    f.write('\n')
print('wrote', os.path.relpath(OUT), {k: len(v) for k, v in cases.items()})
