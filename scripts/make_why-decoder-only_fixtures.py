"""Reference values for question 9 (why-decoder-only): masked-softmax attention matrices and their
singular values / numerical rank / effective rank (torch, float64), and the LLaMA-7B KV-cache arithmetic.
Writes tests/fixtures/why-decoder-only.json. Run with Debian's /usr/bin/python3 (python3-torch)."""
import json, math, pathlib
import torch

torch.manual_seed(9)
TOL = 1e-3
cases = []
for (n, d, p) in [(8, 2, 3), (16, 1, 0), (16, 4, 5), (24, 2, 8), (12, 12, 12), (1, 1, 1), (2, 1, 1)]:
    Q = torch.randn(n, d, dtype=torch.float64)
    K = torch.randn(n, d, dtype=torch.float64)
    S = Q @ K.T / math.sqrt(d)
    i = torch.arange(n).view(-1, 1)
    j = torch.arange(n).view(1, -1)
    masks = {'bi': torch.ones(n, n, dtype=torch.bool), 'causal': j <= i, 'prefix': (j < p) | (j <= i)}
    out = {'n': n, 'd': d, 'p': p, 'Q': Q.flatten().tolist(), 'K': K.flatten().tolist()}
    for name, m in masks.items():
        A = torch.softmax(S.masked_fill(~m, float('-inf')), dim=-1)
        s = torch.linalg.svdvals(A)
        pr = s / s.sum()
        er = math.exp(-(pr[pr > 0] * torch.log(pr[pr > 0])).sum().item())
        nr = int((s > TOL * s[0]).sum())
        # singular values within a factor 2 of the threshold would make the float32 comparison fragile
        near = [float(x) for x in s if 0.5 * TOL * s[0] < x < 2 * TOL * s[0]]
        out[name] = {'A': A.flatten().tolist(), 'S': s.tolist(), 'numRank': nr, 'effRank': er, 'nearTol': near}
    cases.append(out)

# KV cache arithmetic for LLaMA-7B (facts.md §c): L=32, d=4096, 32 heads x 128, d_ff=11008, V=32000, fp16
L, dm, H, hd, ff, V = 32, 4096, 32, 128, 11008, 32000
kv = {'bytesPerToken': 2 * L * H * hd * 2, 'steps': []}
for t in [1, 2, 16, 64, 2048]:
    dense = 4 * dm * dm + 3 * dm * ff
    cached = L * (dense + 2 * t * dm) + dm * V
    # recompute: run all t tokens through every layer; causal attention has t(t+1)/2 (q,k) pairs
    pairs = sum(range(1, t + 1))
    recompute = L * (t * dense + 2 * dm * pairs) + dm * V
    kv['steps'].append({'t': t, 'macsCached': cached, 'macsRecompute': recompute, 'scoresCached': t, 'scoresRecompute': pairs})

# BERT num_to_predict = min(max_predictions_per_seq, max(1, int(round(len(tokens) * 0.15)))) (Python round)
mlm = [{'n': n, 'count': max(1, int(round(n * 0.15)))} for n in [1, 2, 3, 10, 16, 32, 50, 64, 70, 128, 512]]

path = pathlib.Path(__file__).resolve().parent.parent / 'tests' / 'fixtures' / 'why-decoder-only.json'
path.write_text(json.dumps({'tol': TOL, 'cases': cases, 'kv': kv, 'mlm': mlm}))
print('wrote', path)
