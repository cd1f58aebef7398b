"""Reference numbers for question 4 (lora-low-rank-why), independent of the app's TypeScript.

Parses public/model/tiny-transformer.bin and tiny-transformer-ft.bin (format: src/model/format.ts) with
numpy's own float16, forms dW = W_ft - W0 for every attention/FFN matrix and records torch.linalg.svd's
singular values, the rank capturing 90 % of the energy, and LoRA Table 7's projections
||U^T W0 V||_F (U, V = top-r singular vectors of dW, and of W0) for r = 1, 4, 8.
Writes tests/fixtures/lora-low-rank-why.json.  Run: /usr/bin/python3 scripts/make_lora-low-rank-why_fixtures.py
"""
import json
import os
import struct

import numpy as np
import torch

ROOT = os.path.join(os.path.dirname(__file__), "..")


def load(path):
    b = open(path, "rb").read()
    assert b[:4] == b"TTFM"
    hl, _ = struct.unpack("<II", b[8:16])
    pad = (4 - hl % 4) % 4
    h = json.loads(b[20 : 20 + hl])
    ds = 20 + hl + pad
    out = {}
    for t in h["tensors"]:
        n = int(np.prod(t["shape"]))
        a = np.frombuffer(b[ds + t["offset"] : ds + t["offset"] + 2 * n], dtype="<f2").astype(np.float64)
        out[t["name"]] = a.reshape(t["shape"])
    return out, h


base, _ = load(os.path.join(ROOT, "public", "model", "tiny-transformer.bin"))
ft, hft = load(os.path.join(ROOT, "public", "model", "tiny-transformer-ft.bin"))
names = {"q": "attn.wq", "k": "attn.wk", "v": "attn.wv", "o": "attn.wo", "ffn1": "ffn.w1", "ffn2": "ffn.w2"}
cases = []
for layer in range(3):
    for m, n in names.items():
        name = f"layers.{layer}.{n}"
        w0 = torch.tensor(base[name])
        dw = torch.tensor(ft[name]) - w0
        u, s, vh = torch.linalg.svd(dw, full_matrices=False)
        u0, s0, vh0 = torch.linalg.svd(w0, full_matrices=False)
        e = torch.cumsum(s**2, 0) / torch.sum(s**2)
        proj = {}
        for r in (1, 4, 8):
            proj[str(r)] = {
                "fromDelta": float(torch.linalg.norm(u[:, :r].T @ w0 @ vh[:r, :].T)),
                "fromW0": float(torch.linalg.norm(u0[:, :r].T @ w0 @ vh0[:r, :].T)),
                "deltaTopR": float(torch.sqrt(torch.sum(s[:r] ** 2))),
            }
        cases.append(
            {
                "layer": layer,
                "matrix": m,
                "name": name,
                "shape": list(dw.shape),
                "fro": float(torch.linalg.norm(dw)),
                "w0Fro": float(torch.linalg.norm(w0)),
                "s": [float(x) for x in s],
                "r90": int(torch.searchsorted(e, torch.tensor(0.9 - 1e-12, dtype=e.dtype)).item()) + 1,
                "proj": proj,
            }
        )
out = os.path.join(ROOT, "tests", "fixtures", "lora-low-rank-why.json")
with open(out, "w") as f:
    json.dump({"source": "torch.linalg.svd (float64) on numpy float16 parses of the two weight files", "script": "scripts/make_lora-low-rank-why_fixtures.py", "finetune": hft["training"].get("finetune", {}).get("lossAfter"), "cases": cases}, f)
print("wrote", out, len(cases), "matrices")
