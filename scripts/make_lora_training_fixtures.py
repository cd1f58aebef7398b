"""PyTorch reference for question 19 (lora-why-it-works): a few Adam steps of LoRA (rank 2 on W_q, W_v)
and of full fine-tuning on the SHIPPED tiny transformer, from a fixed init, on a fixed batch.
Writes tests/fixtures/lora-why-it-works.json: the batch, LoRA's A init, and the loss trajectories.

Run with /usr/bin/python3 (Debian's PyTorch). Independent of the TypeScript code: its own forward
(batched copy of scripts/make_model_fixtures.py's), torch.optim.Adam, autograd.
"""
import importlib.util
import json
import math
import os

import torch
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("mmf", os.path.join(ROOT, "scripts", "make_model_fixtures.py"))
mmf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mmf)
OUT = os.path.join(ROOT, "tests", "fixtures", "lora-why-it-works.json")


def forward(cfg, w, ids, lora=None, scale=1.0):
    """ids [B][T] -> logits [B*T, V]; lora: {name: (At [in,r], Bt [r,out])} adds scale*(x At) Bt."""
    D, H, L = cfg["dModel"], cfg["nHeads"], cfg["nLayers"]
    dh = D // H
    eps = cfg["layerNormEps"]
    idx = torch.tensor(ids, dtype=torch.long)
    B, T = idx.shape
    x = w["tok_emb"][idx] + w["pos_emb"][:T]
    mask = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)

    def lin(h, name, bias):
        y = h @ w[name] + w[bias]
        if lora and name in lora:
            at, bt = lora[name]
            y = y + scale * ((h @ at) @ bt)
        return y

    for l in range(L):
        pre = f"layers.{l}."
        p = lambda n: w[pre + n]
        h = F.layer_norm(x, (D,), p("ln1.g"), p("ln1.b"), eps)
        q = lin(h, pre + "attn.wq", pre + "attn.bq").view(B, T, H, dh).transpose(1, 2)
        k = lin(h, pre + "attn.wk", pre + "attn.bk").view(B, T, H, dh).transpose(1, 2)
        v = lin(h, pre + "attn.wv", pre + "attn.bv").view(B, T, H, dh).transpose(1, 2)
        s = (q @ k.transpose(-1, -2)) / math.sqrt(dh)
        s = s.masked_fill(mask, float("-inf"))
        a = torch.softmax(s, dim=-1)
        ctx = (a @ v).transpose(1, 2).reshape(B, T, D)
        x = x + lin(ctx, pre + "attn.wo", pre + "attn.bo")
        h2 = F.layer_norm(x, (D,), p("ln2.g"), p("ln2.b"), eps)
        x = x + F.gelu(h2 @ p("ffn.w1") + p("ffn.b1"), approximate="tanh") @ p("ffn.w2") + p("ffn.b2")
    fin = F.layer_norm(x, (D,), w["ln_f.g"], w["ln_f.b"], eps)
    return (fin @ w["tok_emb"].T).reshape(B * T, -1)


def wloss(logits, targets, weights):
    nll = F.cross_entropy(logits, torch.tensor(targets).reshape(-1), reduction="none")
    wt = torch.tensor(weights, dtype=torch.float32).reshape(-1)
    return (nll * wt).sum() / wt.sum()


def main():
    header, w, crc = mmf.load(mmf.BIN)
    cfg = header["config"]
    g = torch.Generator().manual_seed(19)
    B, T, STEPS = 2, 8, 3
    seq = torch.randint(100, 1000, (B, T + 1), generator=g).tolist()
    inputs = [s[:T] for s in seq]
    targets = [s[1:] for s in seq]
    weights = [[1.0 if (t % 2 == 0 or b == 1) else 0.0 for t in range(T)] for b in range(B)]
    r, alpha, lr, lr_full = 2, 4.0, 0.01, 0.001
    names = [f"layers.{l}.attn.w{t}" for l in range(cfg["nLayers"]) for t in ("q", "v")]
    init_a = {n: (torch.randn(64, r, generator=g) / 8.0) for n in names}

    # LoRA: only At, Bt train; W0 frozen
    lora = {n: (init_a[n].clone().requires_grad_(True), torch.zeros(r, 64, requires_grad=True)) for n in names}
    opt = torch.optim.Adam([t for pair in lora.values() for t in pair], lr=lr, betas=(0.9, 0.999), eps=1e-8)
    lora_losses = []
    for _ in range(STEPS):
        opt.zero_grad()
        loss = wloss(forward(cfg, w, inputs, lora, alpha / r), targets, weights)
        lora_losses.append(loss.item())
        loss.backward()
        opt.step()
    with torch.no_grad():
        lora_losses.append(wloss(forward(cfg, w, inputs, lora, alpha / r), targets, weights).item())
        merged = dict(w)
        for n, (at, bt) in lora.items():
            merged[n] = w[n] + (alpha / r) * (at @ bt)
        merge_diff = (forward(cfg, merged, inputs) - forward(cfg, w, inputs, lora, alpha / r)).abs().max().item()

    # full fine-tuning: every weight trains
    wf = {k: v.clone().requires_grad_(True) for k, v in w.items()}
    opt = torch.optim.Adam(list(wf.values()), lr=lr_full, betas=(0.9, 0.999), eps=1e-8)
    full_losses = []
    for _ in range(STEPS):
        opt.zero_grad()
        loss = wloss(forward(cfg, wf, inputs), targets, weights)
        full_losses.append(loss.item())
        loss.backward()
        opt.step()
    with torch.no_grad():
        full_losses.append(wloss(forward(cfg, wf, inputs), targets, weights).item())

    out = {
        "about": "scripts/make_lora_training_fixtures.py: PyTorch LoRA (r=2 on W_q,W_v) and full fine-tuning, torch.optim.Adam, on the shipped tiny transformer",
        "crc32": crc,
        "inputs": inputs,
        "targets": targets,
        "weights": weights,
        "r": r,
        "alpha": alpha,
        "lr": lr,
        "lrFull": lr_full,
        "initA": {n: init_a[n].tolist() for n in names},
        "loraLosses": lora_losses,
        "fullLosses": full_losses,
        "mergeDiffTorch": merge_diff,
    }
    with open(OUT, "w") as f:
        json.dump(out, f)
    print("wrote", OUT, lora_losses, full_losses, merge_diff)


if __name__ == "__main__":
    main()
