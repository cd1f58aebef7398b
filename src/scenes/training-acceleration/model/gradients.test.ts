import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeGradients, log2Histogram, makeProblem, medianAbs, type Net } from './gradients';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Independent reference: forward and hand-written backprop in float64 JS. Returns grads flattened like computeGradients. */
function reference(seed: number, dims: number[], batch: number): { grads: number[]; loss: number } {
  const { student: s, teacher: t, x } = makeProblem(seed, dims, batch);
  const L = dims.length - 1;
  const fwd = (net: Net, xb: number[]) => {
    const hs: number[][] = [xb];
    for (let l = 0; l < L; l++) {
      const h = hs[l];
      const z = new Array<number>(dims[l + 1]).fill(0);
      for (let j = 0; j < dims[l + 1]; j++) {
        let a = net.b[l][j];
        for (let i = 0; i < dims[l]; i++) a += h[i] * net.W[l][i * dims[l + 1] + j];
        z[j] = l + 1 < L ? Math.tanh(a) : a;
      }
      hs.push(z);
    }
    return hs;
  };
  const gW = s.W.map((w) => new Array<number>(w.length).fill(0));
  const gb = s.b.map((w) => new Array<number>(w.length).fill(0));
  let loss = 0;
  for (let n = 0; n < batch; n++) {
    const xb = x.slice(n * dims[0], (n + 1) * dims[0]);
    const hs = fwd(s, xb);
    const y = fwd(t, xb)[L][0];
    const d = hs[L][0] - y;
    loss += (0.5 * d * d) / batch;
    let delta = [d / batch];
    for (let l = L - 1; l >= 0; l--) {
      const h = hs[l];
      for (let j = 0; j < dims[l + 1]; j++) {
        gb[l][j] += delta[j];
        for (let i = 0; i < dims[l]; i++) gW[l][i * dims[l + 1] + j] += h[i] * delta[j];
      }
      if (l > 0) {
        const next = new Array<number>(dims[l]).fill(0);
        for (let i = 0; i < dims[l]; i++) {
          let a = 0;
          for (let j = 0; j < dims[l + 1]; j++) a += s.W[l][i * dims[l + 1] + j] * delta[j];
          next[i] = a * (1 - h[i] * h[i]); // tanh' = 1 − tanh²
        }
        delta = next;
      }
    }
  }
  const grads: number[] = [];
  for (let l = 0; l < L; l++) grads.push(...gW[l], ...gb[l]);
  return { grads, loss };
}

describe('real gradients of the toy MLP (tfjs) vs float64 backprop', () => {
  for (const [seed, dims, batch] of [
    [42, [16, 32, 32, 32, 32, 32, 32, 32, 32, 1], 128],
    [3, [4, 5, 1], 1],
    [7, [3, 1], 2],
  ] as [number, number[], number][]) {
    it(`matches (seed ${seed}, dims ${dims.join('-')}, batch ${batch})`, async () => {
      const got = await computeGradients(seed, dims, batch);
      const ref = reference(seed, dims, batch);
      expect(got.grads.length).toBe(ref.grads.length);
      expect(got.loss).toBeGreaterThan(0);
      expect(Math.abs(got.loss - ref.loss) / ref.loss).toBeLessThan(0.02);
      // float32 residuals (student − teacher) lose ~3 digits to cancellation: compare with a relative
      // tolerance against the largest gradient, and sign by sign for the large ones
      const gmax = Math.max(...ref.grads.map(Math.abs));
      let worst = 0;
      for (let i = 0; i < ref.grads.length; i++) worst = Math.max(worst, Math.abs(got.grads[i] - ref.grads[i]) / gmax);
      expect(worst).toBeLessThan(0.02);
      // and the log-scale picture the scene shows: median |g| within 10 %
      expect(Math.abs(medianAbs(got.grads) / medianAbs(ref.grads) - 1)).toBeLessThan(0.1);
    });
  }

  it('leaks no tensors over repeated calls and is deterministic', async () => {
    await computeGradients(1);
    const before = tf.memory().numTensors;
    const a = await computeGradients(5);
    const b = await computeGradients(5);
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(a.grads)).toEqual(Array.from(b.grads));
    expect(a.weights.length).toBe(a.grads.length);
  });

  it('log2 histogram bins by hand', () => {
    const h = log2Histogram([0.5, 0.75, 1, 3, 0, 2 ** -30, 1e9], 1, -4, 4);
    // bins: [-4,-3) … [3,4): 0.5, 0.75 → −1; 1 → 0; 3 → 1; 2⁻³⁰ → clamped into −4; 1e9 → clamped into 3
    expect(Array.from(h)).toEqual([1, 0, 0, 2, 1, 1, 0, 1]);
  });
});
