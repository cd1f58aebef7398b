"""Reference trajectories for question 16 (`adamw`), made with PyTorch's own optimizers.

Writes tests/fixtures/optim.json. Run with Debian's python3-torch (torch 1.13): /usr/bin/python3.

Each case runs torch.optim.SGD (momentum 0 and momentum = beta1), Adam, Adam(weight_decay=wd) (L2 into
the gradient) and AdamW(weight_decay=wd) on one of the scene's 2-D landscapes from one start, in float64,
with gradients from autograd (the TypeScript side uses hand-written gradients, so both the gradient and
the update are checked). It also runs SGD(weight_decay=wd) and a hand-written "SGDW" (p <- p(1 - lr*wd),
then the plain SGD step; torch has no SGDW) for the L2-vs-decoupled comparison under SGD.
Per step it records the parameters, the loss gradient and the optimizer state (exp_avg, exp_avg_sq,
momentum_buffer) exactly as torch stores them.
"""
import json
import math
import os

import torch

torch.set_default_dtype(torch.float64)

C = (2.0, 1.0)  # minimum of the two quadratic valleys
H = (1.0, 12.0)  # curvatures along the valley's axes
ANGLE = math.pi / 6  # rotation of the 'rotated' valley


def valley(p):
    return 0.5 * (H[0] * (p[0] - C[0]) ** 2 + H[1] * (p[1] - C[1]) ** 2)


def rotated(p):
    c, s = math.cos(ANGLE), math.sin(ANGLE)
    dx, dy = p[0] - C[0], p[1] - C[1]
    u = c * dx + s * dy
    w = -s * dx + c * dy
    return 0.5 * (H[0] * u ** 2 + H[1] * w ** 2)


def banana(p):
    return 0.1 * (1 - p[0]) ** 2 + 0.5 * (p[1] - p[0] ** 2) ** 2


LANDSCAPES = {"valley": valley, "rotated": rotated, "banana": banana}


def run(f, make, start, steps, manual_decay=0.0, lr=0.0):
    p = torch.tensor(start, requires_grad=True)
    opt = make([p])
    theta, grads, m, v = [p.detach().tolist()], [], [], []
    for _ in range(steps):
        opt.zero_grad()
        loss = f(p)
        loss.backward()
        grads.append(p.grad.detach().tolist())
        if manual_decay:
            with torch.no_grad():
                p.mul_(1 - lr * manual_decay)
        opt.step()
        theta.append(p.detach().tolist())
        st = opt.state[p]
        if "exp_avg" in st:
            m.append(st["exp_avg"].tolist())
            v.append(st["exp_avg_sq"].tolist())
        elif st.get("momentum_buffer") is not None:
            m.append(st["momentum_buffer"].tolist())
    return {"theta": theta, "grad": grads, "m": m, "v": v}


def case(name, land, start, steps, lr, beta1, beta2, eps, wd):
    f = LANDSCAPES[land]
    b = (beta1, beta2)
    out = {
        "name": name,
        "landscape": land,
        "start": start,
        "steps": steps,
        "lr": lr,
        "beta1": beta1,
        "beta2": beta2,
        "eps": eps,
        "wd": wd,
        "loss0": f(torch.tensor(start)).item(),
        "runs": {
            "sgd": run(f, lambda ps: torch.optim.SGD(ps, lr=lr), start, steps),
            "momentum": run(f, lambda ps: torch.optim.SGD(ps, lr=lr, momentum=beta1), start, steps),
            "adam": run(f, lambda ps: torch.optim.Adam(ps, lr=lr, betas=b, eps=eps), start, steps),
            "adamL2": run(f, lambda ps: torch.optim.Adam(ps, lr=lr, betas=b, eps=eps, weight_decay=wd), start, steps),
            "adamw": run(f, lambda ps: torch.optim.AdamW(ps, lr=lr, betas=b, eps=eps, weight_decay=wd), start, steps),
            "sgdL2": run(f, lambda ps: torch.optim.SGD(ps, lr=lr, weight_decay=wd), start, steps),
            "sgdw": run(f, lambda ps: torch.optim.SGD(ps, lr=lr), start, steps, manual_decay=wd, lr=lr),
        },
    }
    # loss values on a few points, for the landscape functions themselves
    pts = [[-3.0, -3.0], [0.0, 0.0], [1.5, -0.5], [2.0, 1.0], [-1.0, 2.5], [3.0, 3.0]]
    out["probe"] = {"points": pts, "loss": [f(torch.tensor(q)).item() for q in pts]}
    return out


CASES = [
    # the scene's defaults on each landscape
    case("valley defaults", "valley", [-2.0, 2.5], 60, 0.05, 0.9, 0.999, 1e-8, 0.3),
    case("rotated defaults", "rotated", [-2.0, 2.5], 60, 0.05, 0.9, 0.999, 1e-8, 0.3),
    case("banana defaults", "banana", [-2.0, 2.5], 60, 0.05, 0.9, 0.999, 1e-8, 0.3),
    # edge cases
    case("lambda 0: Adam+L2 = AdamW = Adam", "valley", [-2.5, -2.0], 40, 0.05, 0.9, 0.999, 1e-8, 0.0),
    case("beta1 0 (RMSprop-like, no momentum)", "rotated", [1.0, -2.0], 40, 0.03, 0.0, 0.999, 1e-8, 0.5),
    case("one step", "banana", [-1.5, 0.5], 1, 0.1, 0.9, 0.999, 1e-8, 0.3),
    case("large eps, small beta2", "valley", [0.5, -2.5], 50, 0.1, 0.8, 0.9, 0.5, 0.2),
    case("large lr and lambda", "rotated", [2.5, 2.5], 50, 0.2, 0.95, 0.99, 1e-6, 1.0),
    case("tiny lr, torch AdamW default wd", "banana", [0.0, -2.0], 30, 0.001, 0.9, 0.999, 1e-8, 0.01),
]

if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "tests", "fixtures", "optim.json")
    with open(path, "w") as fh:
        json.dump({"torch": torch.__version__, "dtype": "float64", "cases": CASES}, fh, separators=(",", ":"))
    print(f"wrote {path} ({len(CASES)} cases)")
