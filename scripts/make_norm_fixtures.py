#!/usr/bin/python3
"""Reference fixtures for the `layernorm-vs-batchnorm` scene, computed with PyTorch (1.13, float32).

Writes tests/fixtures/norms.json, read by
src/scenes/layernorm-vs-batchnorm/model/norms.test.ts.

Re-run (from the repository root):

    python3 scripts/make_norm_fixtures.py

`python3` must be an interpreter that has torch (Debian's python3-torch lives in /usr/bin/python3; if a
pyenv/venv python3 shadows it, run `/usr/bin/python3 scripts/make_norm_fixtures.py`).

Layout of every activation: x of shape [B, T, C] (batch, tokens, features), flattened row-major,
index (b*T + t)*C + c. Modes (no affine, eps 1e-5 unless stated):
  bn  - nn.BatchNorm1d(C, affine=False).train() on x.permute(0, 2, 1): one group per feature c over (B, T),
        biased batch variance; stats [C]
  ln  - nn.LayerNorm(C, elementwise_affine=False): one group per (b, t) over C; stats [B*T]
  rms - LLaMA RMSNorm: x * rsqrt(mean(x^2, -1) + eps); "mean" is 0, "var" is mean(x^2); stats [B*T]
  in  - nn.InstanceNorm1d(C) on x.permute(0, 2, 1): one group per (b, c) over T; stats [B*C], index b*C + c
Inputs are rounded to 7 significant digits *before* torch sees them, so the JSON inputs are exactly the
float32 values torch used. Outputs are rounded to 7 significant digits.
"""
import json
import os

import torch
import torch.nn as nn

EPS = 1e-5
MOMENTUM = 0.1
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'norms.json')

torch.manual_seed(20240603)
torch.set_default_dtype(torch.float32)


def r7(v):
    """Round a float to 7 significant digits (a plain Python float)."""
    v = float(v)
    if v == 0.0:
        return 0.0
    return float('%.7g' % v)


def flat(t):
    return [r7(v) for v in t.detach().reshape(-1).tolist()]


def exact(t):
    """Round a tensor's values to 7 significant digits and return them as float32 (what the JSON holds)."""
    return torch.tensor([r7(v) for v in t.reshape(-1).tolist()], dtype=torch.float32).reshape(t.shape)


def activations(B, T, C, offset=1.5, scale=(0.4, 2.2), shift=0.3):
    """Transformer-like activations: per-feature offset and scale plus a small per-token shift."""
    mu = torch.randn(C) * offset
    sigma = scale[0] + (scale[1] - scale[0]) * torch.rand(C)
    s = torch.randn(B, T, 1) * shift
    return exact(mu + s + sigma * torch.randn(B, T, C))


def padded(x, lengths):
    x = x.clone()
    mask = torch.zeros(x.shape[0], x.shape[1], dtype=torch.uint8)
    for b, L in enumerate(lengths):
        x[b, L:, :] = 0.0
        mask[b, :L] = 1
    return x, mask


def torch_norm(x, mode):
    """Returns (y, mean, var) with torch; stats flattened in the group order documented above."""
    B, T, C = x.shape
    if mode == 'bn':
        m = nn.BatchNorm1d(C, affine=False, eps=EPS)
        m.train()
        y = m(x.permute(0, 2, 1)).permute(0, 2, 1)
        var, mean = torch.var_mean(x.reshape(-1, C), dim=0, unbiased=False)
    elif mode == 'ln':
        y = nn.LayerNorm(C, elementwise_affine=False, eps=EPS)(x)
        var, mean = torch.var_mean(x, dim=-1, unbiased=False)
    elif mode == 'rms':
        ms = x.pow(2).mean(-1, keepdim=True)
        y = x * torch.rsqrt(ms + EPS)
        var, mean = ms.reshape(-1), torch.zeros(B * T)
    elif mode == 'in':
        y = nn.InstanceNorm1d(C, eps=EPS)(x.permute(0, 2, 1)).permute(0, 2, 1)
        var, mean = torch.var_mean(x.permute(0, 2, 1), dim=-1, unbiased=False)  # [B, C]
    else:
        raise ValueError(mode)
    return y, mean, var


def norm_case(name, x, modes=('bn', 'ln', 'rms', 'in'), mask=None, note=None):
    B, T, C = x.shape
    case = {'name': name, 'B': B, 'T': T, 'C': C, 'eps': EPS, 'x': flat(x), 'modes': {}}
    if note:
        case['note'] = note
    if mask is not None:
        case['mask'] = [int(v) for v in mask.reshape(-1).tolist()]
    for mode in modes:
        try:
            y, mean, var = torch_norm(x, mode)
            case['modes'][mode] = {'y': flat(y), 'mean': flat(mean), 'var': flat(var)}
        except (ValueError, RuntimeError) as e:  # torch refuses the input (e.g. InstanceNorm with T = 1)
            case['modes'][mode] = {'torchError': str(e)}
    if mask is not None:
        # BatchNorm over the real tokens only: torch BN on x[mask] of shape [N_real, C].
        real = x[mask.bool()]
        m = nn.BatchNorm1d(C, affine=False, eps=EPS)
        m.train()
        y_real = m(real)
        var, mean = torch.var_mean(real, dim=0, unbiased=False)
        case['bnExcludePad'] = {'yReal': flat(y_real), 'mean': flat(mean), 'var': flat(var)}
    return case


def running_case(name, batches, x_eval, note=None):
    B, T, C = batches[0].shape
    m = nn.BatchNorm1d(C, affine=False, eps=EPS, momentum=MOMENTUM)
    m.train()
    after = []
    errors = []
    for xb in batches:
        try:
            m(xb.permute(0, 2, 1))
            errors.append(None)
        except (ValueError, RuntimeError) as e:
            errors.append(str(e))
        after.append({'runningMean': flat(m.running_mean), 'runningVar': flat(m.running_var)})
    m.eval()
    y_eval = m(x_eval.permute(0, 2, 1)).permute(0, 2, 1)
    case = {
        'name': name, 'B': B, 'T': T, 'C': C, 'eps': EPS, 'momentum': MOMENTUM,
        'batches': [flat(xb) for xb in batches],
        'after': after,
        'runningMean': flat(m.running_mean), 'runningVar': flat(m.running_var),
        'xEval': flat(x_eval), 'yEval': flat(y_eval),
    }
    if any(errors):
        case['torchErrors'] = errors
    if note:
        case['note'] = note
    return case


normalize_cases = []
normalize_cases.append(norm_case('basic', activations(4, 6, 5)))
normalize_cases.append(norm_case('B=1', activations(1, 7, 4), note='BN over T only; IN equals BN here'))
normalize_cases.append(norm_case('T=1', activations(6, 1, 3),
                                 note='InstanceNorm needs more than 1 spatial element: torch raises'))
normalize_cases.append(norm_case('C=2', activations(3, 5, 2), note='LN with C=2 maps every row to (+-1, -+1)'))

xp, maskp = padded(activations(4, 8, 6), [8, 5, 3, 6])
normalize_cases.append(norm_case('padded', xp, mask=maskp,
                                 note='zero padding vectors at the end (all-zero LN/RMS rows); torch BN counts them'))

xo = activations(5, 6, 4)
xo[0] = exact(xo[0] * 20.0)
normalize_cases.append(norm_case('outlier', xo, note='sample 0 multiplied by 20'))

xc = activations(2, 3, 4)
xc[:, :, 2] = -0.75     # BN group c=2 and IN groups (b, 2) constant: variance 0
xc[0, 1, :] = -0.75     # LN/RMS group (0, 1) constant
normalize_cases.append(norm_case('constant', xc, note='variance 0 groups: y = 0 exactly'))

xe = exact(torch.randn(2, 3, 5) * 0.003)   # std ~ sqrt(eps): eps shrinks the output visibly
normalize_cases.append(norm_case('eps-scale', xe, note='std about sqrt(eps): |y| clearly below 1'))

running_cases = []
C = 3
mu = torch.randn(C) * 1.5
sig = 0.4 + 1.8 * torch.rand(C)
drift = [exact(mu + 0.3 * k + sig * torch.randn(4, 5, C)) for k in range(6)]
running_cases.append(running_case('drift', drift, exact(mu + sig * torch.randn(2, 5, C))))

pb = []
for lengths in ([6, 4, 2], [6, 6, 3], [1, 5, 6]):
    xb, _ = padded(activations(3, 6, 4), lengths)
    pb.append(xb)
running_cases.append(running_case('padded', pb, activations(2, 6, 4), note='zero padding counted by torch'))

running_cases.append(running_case('B=1', [activations(1, 4, 2) for _ in range(4)], activations(1, 4, 2)))
running_cases.append(running_case('T=1', [activations(2, 1, 5) for _ in range(3)], activations(3, 1, 5),
                                  note='2 values per channel: unbiased var = 2x biased'))
running_cases.append(running_case(
    'one-value', [activations(2, 3, 3), activations(1, 1, 3), activations(2, 3, 3)], activations(2, 2, 3),
    note='the middle batch has 1 value per channel: torch raises and leaves the running stats unchanged'))

data = {
    'generator': 'scripts/make_norm_fixtures.py',
    'torch': torch.__version__,
    'layout': 'x[B,T,C] row-major, index (b*T+t)*C+c',
    'normalize': normalize_cases,
    'running': running_cases,
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w') as f:
    json.dump(data, f, separators=(',', ':'))
    f.write('\n')
print('wrote', os.path.normpath(OUT), os.path.getsize(OUT), 'bytes')
