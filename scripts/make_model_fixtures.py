"""PyTorch reference for the tiny transformer (issue 3): reads the SHIPPED weights file
public/model/tiny-transformer.bin independently of the TypeScript parser and writes logits, attention and
hidden states for a few fixed inputs to tests/fixtures/tiny-model.json.

Run with /usr/bin/python3 (PyTorch 1.13). Re-run whenever the weights change (the fixture stores the
file's CRC-32 and the test refuses a stale fixture).
"""
import json
import math
import os
import struct
import zlib

import numpy as np
import torch
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "public", "model", "tiny-transformer.bin")
OUT = os.path.join(ROOT, "tests", "fixtures", "tiny-model.json")


def load(path):
    raw = open(path, "rb").read()
    assert raw[:4] == b"TTFM", "wrong magic"
    version, hlen, dlen, crc = struct.unpack("<IIII", raw[4:20])
    assert version == 1
    pad = (4 - hlen % 4) % 4
    assert len(raw) == 20 + hlen + pad + dlen, "truncated"
    assert zlib.crc32(raw[20:]) & 0xFFFFFFFF == crc, "checksum"
    header = json.loads(raw[20 : 20 + hlen].decode("utf-8"))
    data = raw[20 + hlen + pad :]
    w = {}
    for t in header["tensors"]:
        n = int(np.prod(t["shape"]))
        arr = np.frombuffer(data, dtype="<f2", count=n, offset=t["offset"]).astype(np.float32)
        w[t["name"]] = torch.from_numpy(arr.reshape(t["shape"]).copy())
    return header, w, crc


def forward(cfg, w, ids):
    D, H, L = cfg["dModel"], cfg["nHeads"], cfg["nLayers"]
    dh = D // H
    eps = cfg["layerNormEps"]
    T = len(ids)
    idx = torch.tensor(ids, dtype=torch.long)
    x = w["tok_emb"][idx] + w["pos_emb"][:T]
    out = {"attention": [], "afterAttn": [], "afterFfn": []}
    mask = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)
    for l in range(L):
        p = lambda n: w[f"layers.{l}.{n}"]
        h = F.layer_norm(x, (D,), p("ln1.g"), p("ln1.b"), eps)
        q = (h @ p("attn.wq") + p("attn.bq")).view(T, H, dh).transpose(0, 1)
        k = (h @ p("attn.wk") + p("attn.bk")).view(T, H, dh).transpose(0, 1)
        v = (h @ p("attn.wv") + p("attn.bv")).view(T, H, dh).transpose(0, 1)
        s = (q @ k.transpose(-1, -2)) / math.sqrt(dh)
        s = s.masked_fill(mask, float("-inf"))
        a = torch.softmax(s, dim=-1)
        ctx = (a @ v).transpose(0, 1).reshape(T, D)
        x = x + ctx @ p("attn.wo") + p("attn.bo")
        out["attention"].append(a)
        out["afterAttn"].append(x)
        h2 = F.layer_norm(x, (D,), p("ln2.g"), p("ln2.b"), eps)
        x = x + F.gelu(h2 @ p("ffn.w1") + p("ffn.b1"), approximate="tanh") @ p("ffn.w2") + p("ffn.b2")
        out["afterFfn"].append(x)
    fin = F.layer_norm(x, (D,), w["ln_f.g"], w["ln_f.b"], eps)
    out["final"] = fin
    out["logits"] = fin @ w["tok_emb"].T
    return out


def r(t, nd=6):
    return np.round(t.detach().double().numpy(), nd).tolist()


def main():
    header, w, crc = load(BIN)
    cfg = header["config"]
    V = cfg["vocabSize"]
    rng = np.random.RandomState(3)
    cases = []
    for T in (9, 16):
        ids = [int(i) for i in rng.randint(1, V, size=T)]
        o = forward(cfg, w, ids)
        cases.append(
            {
                "ids": ids,
                "logits": r(o["logits"], 5),
                "attention": [r(a) for a in o["attention"]],
                "afterAttn": [r(a) for a in o["afterAttn"]],
                "afterFfn": [r(a) for a in o["afterFfn"]],
                "final": r(o["final"]),
            }
        )
    json.dump(
        {"generator": "scripts/make_model_fixtures.py (PyTorch " + torch.__version__ + ")", "crc32": crc, "config": cfg, "cases": cases},
        open(OUT, "w"),
        separators=(",", ":"),
    )
    print(f"wrote {OUT}: {len(cases)} cases, {os.path.getsize(OUT)} bytes, weights crc32 {crc:#010x}")


if __name__ == "__main__":
    main()
