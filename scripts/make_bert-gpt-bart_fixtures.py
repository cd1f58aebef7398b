#!/usr/bin/env python3
"""Reference values for question 10 (bert-gpt-bart): the Poisson(3) pmf from torch.distributions.

Run with Debian's PyTorch: /usr/bin/python3 scripts/make_bert-gpt-bart_fixtures.py
"""
import json
import os

import torch

lam = 3.0
d = torch.distributions.Poisson(torch.tensor(lam, dtype=torch.float64))
ks = torch.arange(0, 21, dtype=torch.float64)
pmf = d.log_prob(ks).exp().tolist()
out = {
    "source": "torch.distributions.Poisson(3.0).log_prob(k).exp(), k = 0..20 (float64)",
    "lambda": lam,
    "pmf": pmf,
    "mean": float(d.mean),
    "variance": float(d.variance),
}
path = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "bert-gpt-bart-poisson.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.normpath(path))
