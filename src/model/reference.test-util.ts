/**
 * A deliberately plain, loop-by-loop implementation of the tiny transformer's forward pass, used only by
 * the tests as an independent reference for the tfjs runtime (no tfjs, no shared code with graph.ts).
 */
export interface RefWeights {
  get(name: string): { shape: number[]; data: Float32Array };
}
export interface RefConfig {
  vocabSize: number;
  dModel: number;
  nLayers: number;
  nHeads: number;
  dFF: number;
  layerNormEps: number;
}

function ln(x: number[], g: Float32Array, b: Float32Array, eps: number): number[] {
  let mean = 0;
  for (const v of x) mean += v;
  mean /= x.length;
  let vr = 0;
  for (const v of x) vr += (v - mean) * (v - mean);
  vr /= x.length;
  const s = 1 / Math.sqrt(vr + eps);
  return x.map((v, i) => (v - mean) * s * g[i] + b[i]);
}

/** y = x · W + b with W stored row-major [in][out]. */
function lin(x: number[], W: Float32Array, b: Float32Array | null, out: number): number[] {
  const y = new Array<number>(out).fill(0);
  for (let o = 0; o < out; o++) {
    let s = b ? b[o] : 0;
    for (let i = 0; i < x.length; i++) s += x[i] * W[i * out + o];
    y[o] = s;
  }
  return y;
}

function geluTanh(v: number): number {
  return 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v)));
}

export function referenceForward(c: RefConfig, w: RefWeights, ids: number[]) {
  const D = c.dModel;
  const H = c.nHeads;
  const dh = D / H;
  const T = ids.length;
  const E = w.get('tok_emb').data;
  const P = w.get('pos_emb').data;
  let x: number[][] = ids.map((id, t) => Array.from({ length: D }, (_, j) => E[id * D + j] + P[t * D + j]));
  const embed = x.map((r) => r.slice());
  const attention: number[][][][] = [];
  const afterAttn: number[][][] = [];
  const afterFfn: number[][][] = [];
  for (let l = 0; l < c.nLayers; l++) {
    const g = (n: string) => w.get(`layers.${l}.${n}`).data;
    const h = x.map((r) => ln(r, g('ln1.g'), g('ln1.b'), c.layerNormEps));
    const q = h.map((r) => lin(r, g('attn.wq'), g('attn.bq'), D));
    const k = h.map((r) => lin(r, g('attn.wk'), g('attn.bk'), D));
    const v = h.map((r) => lin(r, g('attn.wv'), g('attn.bv'), D));
    const ctx: number[][] = Array.from({ length: T }, () => new Array<number>(D).fill(0));
    const layerAtt: number[][][] = [];
    for (let hd = 0; hd < H; hd++) {
      const A: number[][] = [];
      for (let i = 0; i < T; i++) {
        const s: number[] = [];
        for (let j = 0; j <= i; j++) {
          let d = 0;
          for (let e = 0; e < dh; e++) d += q[i][hd * dh + e] * k[j][hd * dh + e];
          s.push(d / Math.sqrt(dh));
        }
        const m = Math.max(...s);
        const ex = s.map((z) => Math.exp(z - m));
        const Z = ex.reduce((a, b) => a + b, 0);
        const row = new Array<number>(T).fill(0);
        for (let j = 0; j <= i; j++) row[j] = ex[j] / Z;
        A.push(row);
        for (let j = 0; j <= i; j++) for (let e = 0; e < dh; e++) ctx[i][hd * dh + e] += row[j] * v[j][hd * dh + e];
      }
      layerAtt.push(A);
    }
    attention.push(layerAtt);
    x = x.map((r, i) => {
      const o = lin(ctx[i], g('attn.wo'), g('attn.bo'), D);
      return r.map((z, j) => z + o[j]);
    });
    afterAttn.push(x.map((r) => r.slice()));
    x = x.map((r) => {
      const h2 = ln(r, g('ln2.g'), g('ln2.b'), c.layerNormEps);
      const f = lin(lin(h2, g('ffn.w1'), g('ffn.b1'), c.dFF).map(geluTanh), g('ffn.w2'), g('ffn.b2'), D);
      return r.map((z, j) => z + f[j]);
    });
    afterFfn.push(x.map((r) => r.slice()));
  }
  const final = x.map((r) => ln(r, w.get('ln_f.g').data, w.get('ln_f.b').data, c.layerNormEps));
  const logits = final.map((r) => {
    const out = new Array<number>(c.vocabSize).fill(0);
    for (let t = 0; t < c.vocabSize; t++) {
      let s = 0;
      for (let j = 0; j < D; j++) s += r[j] * E[t * D + j];
      out[t] = s;
    }
    return out;
  });
  return { logits, attention, embed, afterAttn, afterFfn, final };
}
