/**
 * Manual check of the fused WebGL race kernel (fused.ts) against the PyTorch fixtures, in real
 * headless Chromium (SwiftShader). vitest runs tfjs on the CPU backend, where the batched-ops path is
 * used, so this is the only check of the GLSL path. Usage (vite dev server serves /src and /tests):
 *   npx vite --port 5391 &   then   node src/scenes/adamw/model/checkFusedInBrowser.mjs
 * Prints, per fixture case, the largest relative error of θ, m/v and the loss, and a few timings.
 */
import { chromium } from 'playwright-core';
const args = ['--no-sandbox','--headless=new','--use-angle=swiftshader','--enable-unsafe-swiftshader','--disable-dev-shm-usage'];
const b = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args });
const p = await b.newPage();
const logs = [];
p.on('console', (m) => logs.push(m.text()));
p.on('pageerror', (e) => logs.push('pageerror: ' + e.message));
await p.goto(process.argv[2] ?? "http://localhost:5391/#/");
const res = await p.evaluate(async () => {
  const { ensureTf } = await import('/src/compute/tf.ts');
  const rt = await ensureTf();
  const { computeRace, OPTIMIZERS, N_OPT, ROW } = await import('/src/scenes/adamw/model/optim.ts');
  const { loss } = await import('/src/scenes/adamw/model/landscapes.ts');
  const fx = await (await fetch('/tests/fixtures/optim.json')).json();
  const out = [rt.backend];
  for (const c of fx.cases) {
    const prm = { land: c.landscape, lr: c.lr, beta1: c.beta1, beta2: c.beta2, eps: c.eps, wd: c.wd, steps: c.steps, x0: c.start[0], y0: c.start[1] };
    const r = await computeRace(prm, 0);
    let e = 0, em = 0;
    for (const o of OPTIMIZERS) {
      c.runs[o].theta.forEach((th, t) => th.forEach((x, k) => { e = Math.max(e, Math.abs(r.theta[(t * N_OPT + ROW[o]) * 2 + k] - x) / (1 + Math.abs(x))); }));
      c.runs[o].m.forEach((th, t) => th.forEach((x, k) => { em = Math.max(em, Math.abs(r.m[(t * N_OPT + ROW[o]) * 2 + k] - x) / (1 + Math.abs(x))); }));
      c.runs[o].v.forEach((th, t) => th.forEach((x, k) => { em = Math.max(em, Math.abs(r.v[(t * N_OPT + ROW[o]) * 2 + k] - x) / (1 + Math.abs(x))); }));
    }
    let el = 0;
    for (const o of OPTIMIZERS) c.runs[o].theta.forEach((th, t) => { const L = loss(c.landscape, th[0], th[1]); el = Math.max(el, Math.abs(r.loss[t * N_OPT + ROW[o]] - L) / (1 + Math.abs(L))); });
    out.push(`loss err ${el.toExponential(2)}`);
    out.push(`${c.name}: path ${r.path} θ err ${e.toExponential(2)} m/v err ${em.toExponential(2)} ${r.ms.toFixed(0)} ms`);
  }
  const times = [];
  for (const steps of [200, 200, 500, 500, 37, 38, 39, 123]) {
    const r = await computeRace({ land: 'banana', lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8, wd: 0.3, steps, x0: -2, y0: 2.5 }, 0);
    times.push(`${steps}:${r.ms.toFixed(0)}`);
  }
  const rg = await computeRace({ land: 'rotated', lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8, wd: 0.3, steps: 200, x0: -2, y0: 2.5 }, 97);
  times.push(`grid+200:${rg.ms.toFixed(0)}`);
  let eg = 0; const n = 97;
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) { const L = loss('rotated', -3 + 6 * i / (n - 1), -3 + 6 * j / (n - 1)); eg = Math.max(eg, Math.abs(rg.grid[j * n + i] - L) / (1 + L)); }
  times.push(`grid err ${eg.toExponential(2)} path ${rg.path}`);
  const rg2 = await computeRace({ land: 'rotated', lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8, wd: 0.3, steps: 200, x0: -2, y0: 2.5 }, 97);
  times.push(`grid+200 again:${rg2.ms.toFixed(0)}`);
  const t0 = performance.now();
  const ro = await computeRace({ land: 'valley', lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8, wd: 0.3, steps: 50, x0: -2, y0: 2.5 }, 0, { fused: false });
  times.push(`ops path 50 steps:${ro.ms.toFixed(0)}`);
  out.push(times.join(' '));
  return out;
});
console.log(res.join('\n'));
console.log(logs.slice(0, 10).join('\n'));
await b.close();
