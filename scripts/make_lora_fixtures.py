#!/usr/bin/python3
"""Reference fixtures for the `lora-structure` scene, computed with PyTorch (1.13, float32).

Writes tests/fixtures/lora.json, read by src/scenes/lora-structure/model/lora.test.ts.

Re-run (from the repository root):

    /usr/bin/python3 scripts/make_lora_fixtures.py

Conventions (as in microsoft/LoRA loralib.layers.Linear and PEFT's lora.Linear):
  W0: [d, k] frozen weight (out = d, in = k); A: [r, k]; B: [d, r]; x: [k]; scaling s = alpha / r.
  delta = s * (B @ A)                       [d, k]
  partials[i] = sum_{j <= i} outer(B[:, j], A[j, :])  (unscaled cumulative outer products)  [r, d, k]
  W = W0 + delta (merge);  unmerged = W - delta
  h_unmerged = W0 @ x + s * (B @ (A @ x));  h_merged = W @ x
All matrices are flattened row-major. Inputs are rounded to 7 significant digits *before* torch sees them,
so the JSON inputs are exactly what torch used; outputs are rounded to 7 significant digits.

`adam`: training the factors with torch.optim.Adam (default betas 0.9/0.999, eps 1e-8) on
  loss = mean((s * B @ A - target)^2), starting from B = 0 and a given A0, for `steps` steps.
`kaiming`: the bound of nn.init.kaiming_uniform_(A, a=sqrt(5)) for A of shape [r, k] (fan_in = k).
"""
import json
import math
import os

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'lora.json')
torch.manual_seed(20261130)
torch.set_default_dtype(torch.float32)


def r7(v):
    v = float(v)
    return 0.0 if v == 0 else float(f'{v:.7g}')


def flat(t):
    return [r7(v) for v in t.detach().reshape(-1).tolist()]


def rounded(t):
    return torch.tensor(flat(t), dtype=torch.float32).reshape(t.shape)


def product_case(name, d, k, r, alpha):
    W0 = rounded(torch.randn(d, k) / math.sqrt(k))
    A = rounded(torch.empty(r, k).uniform_(-1, 1) / math.sqrt(k))
    B = rounded(torch.randn(d, r) * 0.3)
    x = rounded(torch.randn(k))
    s = alpha / r
    outer = B.t().unsqueeze(2) * A.unsqueeze(1)  # [r, d, k]
    partials = torch.cumsum(outer, 0)
    delta = s * (B @ A)
    W = W0 + delta
    return {
        'name': name, 'd': d, 'k': k, 'r': r, 'alpha': alpha,
        'W0': flat(W0), 'A': flat(A), 'B': flat(B), 'x': flat(x),
        'partials': flat(partials), 'delta': flat(delta), 'W': flat(W), 'unmerged': flat(W - delta),
        'h0': flat(W0 @ x), 'ax': flat(A @ x), 'hUnmerged': flat(W0 @ x + s * (B @ (A @ x))), 'hMerged': flat(W @ x),
    }


def adam_case(name, d, k, r, alpha, lr, steps):
    A0 = rounded(torch.empty(r, k).uniform_(-1, 1) / math.sqrt(k))
    u = torch.randn(d, 2)
    v = torch.randn(2, k)
    target = rounded(0.1 * (u @ v) / math.sqrt(2))
    s = alpha / r
    A = A0.clone().requires_grad_(True)
    B = torch.zeros(d, r, requires_grad=True)
    opt = torch.optim.Adam([B, A], lr=lr)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = ((s * B @ A - target) ** 2).mean()
        losses.append(r7(loss.item()))
        loss.backward()
        opt.step()
    final = ((s * B @ A - target) ** 2).mean().item()
    return {
        'name': name, 'd': d, 'k': k, 'r': r, 'alpha': alpha, 'lr': lr, 'steps': steps,
        'A0': flat(A0), 'target': flat(target), 'B': flat(B), 'A': flat(A), 'losses': losses, 'finalLoss': r7(final),
    }


def kaiming(r, k):
    gain = torch.nn.init.calculate_gain('leaky_relu', math.sqrt(5))
    bound = gain * math.sqrt(3.0 / k)
    t = torch.empty(r, k)
    torch.nn.init.kaiming_uniform_(t, a=math.sqrt(5))
    return {'r': r, 'k': k, 'bound': r7(bound), 'sampleMaxAbs': r7(t.abs().max()), 'sampleVar': r7(t.var(unbiased=False))}


data = {
    'products': [
        product_case('rank 1', 5, 7, 1, 1.0),
        product_case('r = min(d, k) = 4', 6, 4, 4, 8.0),
        product_case('d = k = 8, r = 3, alpha = 16', 8, 8, 3, 16.0),
        product_case('d = 24, k = 32, r = 8', 24, 32, 8, 16.0),
    ],
    'adam': [
        adam_case('d 6 k 5 r 2 alpha 4', 6, 5, 2, 4.0, 0.02, 25),
        adam_case('d 12 k 10 r 1 alpha 1', 12, 10, 1, 1.0, 0.05, 30),
    ],
    'kaiming': [kaiming(8, 64), kaiming(64, 64), kaiming(1, 7)],
}

with open(OUT, 'w') as f:
    json.dump(data, f, separators=(',', ':'))
print('wrote', os.path.normpath(OUT))
