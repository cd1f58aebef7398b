"""Reference singular values for src/compute/svd.ts (one-sided Jacobi), from torch.linalg.svd in float64.

Writes tests/fixtures/svd.json: for each case the input matrix (row-major), its shape, torch's singular
values (descending), and for some cases torch's rank-r truncation errors ||A - A_r||_F / ||A||_F computed
from torch's own U, S, Vh (an independent check of the Eckart-Young identity the scene relies on).
Run: /usr/bin/python3 scripts/make_svd_fixtures.py
"""
import json
import os

import torch

torch.manual_seed(4)
g = torch.Generator().manual_seed(4)


def randn(m, n):
    return torch.randn(m, n, generator=g, dtype=torch.float64)


def orth(n):
    q, _ = torch.linalg.qr(randn(n, n))
    return q


cases = []


def add(name, a, trunc=False):
    # round the input first (short JSON), then take the reference SVD of exactly what the test reads
    a = torch.round(a.to(torch.float64) * 1e7) / 1e7
    u, s, vh = torch.linalg.svd(a, full_matrices=False)
    case = {"name": name, "m": a.shape[0], "n": a.shape[1], "a": [float(x) for x in a.flatten()], "s": [float(x) for x in s]}
    if trunc:
        fro = torch.linalg.norm(a)
        errs = []
        for r in range(0, s.shape[0] + 1):
            ar = (u[:, :r] * s[:r]) @ vh[:r, :]
            errs.append(float(torch.linalg.norm(a - ar) / fro))
        case["truncRelErr"] = errs
    cases.append(case)


add("square 8x8", randn(8, 8), trunc=True)
add("tall 12x5", randn(12, 5))
add("wide 5x12", randn(5, 12))
add("rank-deficient 10x8 rank 3 (integer factors)", torch.round(randn(10, 3) * 3) @ torch.round(randn(3, 8) * 3))
add("rank 1 7x9 (integer factors)", torch.round(randn(7, 1) * 3) @ torch.round(randn(1, 9) * 3))
add("1x6", randn(1, 6))
add("6x1", randn(6, 1))
add("repeated 6x6 (3,3,3,1,1,0.5)", orth(6) @ torch.diag(torch.tensor([3.0, 3.0, 3.0, 1.0, 1.0, 0.5], dtype=torch.float64)) @ orth(6).T)
add("zero 3x4", torch.zeros(3, 4, dtype=torch.float64))
# a decaying spectrum like a fine-tuning update, and a Gaussian matrix of the tiny model's FFN shape
decay = torch.tensor([0.7 ** i for i in range(64)], dtype=torch.float64)
add("64x256 decaying", torch.linalg.qr(randn(64, 64))[0] @ torch.diag(decay) @ torch.linalg.qr(randn(256, 64))[0].T, trunc=True)
add("64x256 gaussian", randn(64, 256), trunc=True)
add("40x24 gaussian", randn(40, 24))

out = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "svd.json")
with open(out, "w") as f:
    json.dump({"source": "torch.linalg.svd (float64), torch " + torch.__version__, "script": "scripts/make_svd_fixtures.py", "cases": cases}, f)
print("wrote", out, len(cases), "cases")
