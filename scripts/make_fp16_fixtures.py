#!/usr/bin/python3
"""Reference fixtures for the `training-acceleration` scene: IEEE fp16 and bf16 rounding, by PyTorch.

Writes tests/fixtures/fp16.json, read by src/scenes/training-acceleration/model/fp16.test.ts.

Re-run (from the repository root):

    /usr/bin/python3 scripts/make_fp16_fixtures.py

Every input is a float32 value (so the JSON decimal is exactly what torch rounded); outputs are
torch's `x.half()` and `x.bfloat16()` of the float32 tensor, widened back to float64 and written with
Python's repr ("inf", "-inf", "-0.0" kept as strings so JSON can hold them).

Also: the fp16 "vanishing update" check, torch's `(w.half() - u.half())` for weights near 1 and
updates around half an fp16 ulp, and `torch.finfo` of the three formats.
"""
import json
import os

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'fp16.json')
torch.manual_seed(20261130)


def s(v):
    """A float as a string JSON can hold (repr keeps inf, nan and the sign of zero)."""
    return repr(float(v))


named = [
    0.0, -0.0, 1.0, -1.0, 65504.0, 65519.0, 65519.99, 65520.0, 65536.0, 1e6, -65520.0, -65519.0,
    2.0 ** -14, 2.0 ** -24, 2.0 ** -25, 2.0 ** -25 * 1.0000001, 2.0 ** -26, 3 * 2.0 ** -25, 2.0 ** -24 * 1.5,
    2.0 ** -24 * 2.5, -(2.0 ** -25), -(2.0 ** -24) * 1.5, 6.0e-8, 5.9e-8, 3.0e-8, 2.9e-8,
    # ties between fp16 neighbours: 1 + 2^-11 (tie, round down to even 1), 1 + 3*2^-11 (tie, round up)
    1.0 + 2.0 ** -11, 1.0 + 3 * 2.0 ** -11, 1.0 + 2.0 ** -11 + 2.0 ** -20, -(1.0 + 3 * 2.0 ** -11),
    2048.0 + 1.0, 2048.0 + 3.0, 4096.0 + 2.0, 0.1, -0.1, 1.0 / 3.0, 3.14159265, 1e-4, 1e-5, 1e-7,
    float('inf'), float('-inf'),
    # bf16 specials: max, just above (rounds to inf), smallest normal / subnormal region
    3.3895313892515355e38, 3.3961e38, 1.1754943508222875e-38, 9.183549615799121e-41, 1e-45,
]
x_named = torch.tensor(named, dtype=torch.float32)

# random float32 values spread over many binades, both signs
mag = torch.pow(2.0, torch.empty(600).uniform_(-30.0, 17.0))
sign = torch.where(torch.rand(600) < 0.5, -1.0, 1.0)
x_rand = (mag * sign).to(torch.float32)
# values sitting exactly on fp16 midpoints (ties) at random binades
e = torch.randint(-14, 15, (100,)).to(torch.float32)
k = torch.randint(0, 1024, (100,)).to(torch.float32)
x_ties = (torch.pow(2.0, e) * (1.0 + (k + 0.5) / 1024.0)).to(torch.float32)
# subnormal fp16 ties: (k + 0.5) * 2^-24
k2 = torch.randint(0, 1024, (60,)).to(torch.float32)
x_sub_ties = ((k2 + 0.5) * 2.0 ** -24).to(torch.float32)

x = torch.cat([x_named, x_rand, x_ties, x_sub_ties])
half = x.half().double()
bf = x.bfloat16().double()

cases = [{'x': s(a), 'half': s(h), 'bf16': s(b)} for a, h, b in zip(x.double().tolist(), half.tolist(), bf.tolist())]

# vanishing updates: w - u in fp16 for w in fp16, u in fp16
w = torch.tensor([1.0, 1.0, 1.0, 1.0, 0.5, 0.5, 0.0312, 2.0, 0.75, 1.0], dtype=torch.float32)
u = torch.tensor([1e-4, 2.44140625e-4, 2.45e-4, 5e-4, 1e-4, 1.3e-4, 1e-6, 1e-3, 3e-5, 1e-3], dtype=torch.float32)
upd16 = (w.half() - u.half()).double()
upd32 = (w - u).double()
updates = [
    {'w': s(a), 'u': s(b), 'fp16': s(c), 'fp32': s(d)}
    for a, b, c, d in zip(w.double().tolist(), u.double().tolist(), upd16.tolist(), upd32.tolist())
]

finfo = {}
for name, dt in [('fp16', torch.float16), ('bf16', torch.bfloat16), ('fp32', torch.float32)]:
    fi = torch.finfo(dt)
    finfo[name] = {'max': s(fi.max), 'tiny': s(fi.tiny), 'eps': s(fi.eps)}

with open(OUT, 'w') as f:
    json.dump({'torch': torch.__version__, 'cases': cases, 'updates': updates, 'finfo': finfo}, f, indent=0)
print('wrote', OUT, len(cases), 'cases')
