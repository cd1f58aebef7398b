import { describe, expect, it } from 'vitest';
import { formatBillions, formatGB } from './format';
import {
  GB,
  allStages,
  bytesPerParam,
  collectives,
  commElements,
  commFactor,
  maxPsi,
  perDeviceBytes,
  placement,
  reduction,
  visibleDevices,
  type Stage,
} from './zero';

/**
 * Reference numbers are the ZeRO paper's own (arXiv 1910.02054; /work/shared/reference/facts.md §a),
 * typed in from Figure 1, Table 1, Table 2 and §7 — not produced by this code.
 */

describe('Figure 1 worked example (Ψ = 7.5B, N_d = 64, K = 12)', () => {
  const gb = allStages(7.5e9, 64, 12).map((b) => b / GB);
  it('gives 120, 31.4, 16.6 and 1.88 GB as the paper prints them', () => {
    expect(gb.map((v) => formatGB(v * GB))).toEqual(['120', '31.4', '16.6', '1.88']);
  });
  it('is exactly 120, 31.40625, 16.640625 and 1.875 GB', () => {
    expect(gb[0]).toBeCloseTo(120, 10);
    expect(gb[1]).toBeCloseTo(31.40625, 10);
    expect(gb[2]).toBeCloseTo(16.640625, 10);
    expect(gb[3]).toBeCloseTo(1.875, 10);
  });
  it('splits the baseline 16Ψ into 2Ψ + 2Ψ + 12Ψ (§3.1)', () => {
    const b = perDeviceBytes(7.5e9, 64, 12, 0);
    expect([b.params, b.grads, b.optim].map((x) => x / GB)).toEqual([15, 15, 90]);
  });
});

/**
 * Table 1: per-device memory (GB) for P_os / P_os+g / P_os+g+p by DP degree. Values as printed: the
 * 7.5B decimals are rounded, the 128B/1T integers are truncated (facts.md notes which).
 */
const TABLE1: Record<string, Record<number, [string, string, string]>> = {
  '7.5': {
    1: ['120', '120', '120'],
    4: ['52.5', '41.3', '30'],
    16: ['35.6', '21.6', '7.5'],
    64: ['31.4', '16.6', '1.88'],
    256: ['30.4', '15.4', '0.47'],
    1024: ['30.1', '15.1', '0.12'],
  },
  '128': {
    1: ['2048', '2048', '2048'],
    4: ['896', '704', '512'],
    16: ['608', '368', '128'],
    64: ['536', '284', '32'],
    256: ['518', '263', '8'],
    1024: ['513', '257', '2'],
  },
  '1000': {
    1: ['16000', '16000', '16000'],
    4: ['7000', '5500', '4000'],
    16: ['4750', '2875', '1000'],
    64: ['4187', '2218', '250'],
    256: ['4046', '2054', '62.5'],
    1024: ['4011', '2013', '15.6'],
  },
};

describe('Table 1, every cell', () => {
  for (const [psiB, rows] of Object.entries(TABLE1)) {
    for (const [nd, cells] of Object.entries(rows)) {
      it(`Ψ = ${psiB}B, N_d = ${nd}: ${cells.join(' / ')}`, () => {
        const got = allStages(Number(psiB) * 1e9, Number(nd), 12).slice(1).map((b) => b / GB);
        cells.forEach((printed, i) => {
          const t = Number(printed);
          const decimals = printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0;
          if (decimals === 0 && psiB !== '7.5') {
            // integers of the 128B and 1T columns are truncated
            expect(Math.floor(got[i] + 1e-9), `stage ${i + 1}`).toBe(t);
          } else {
            expect(Math.abs(got[i] - t), `stage ${i + 1}: ${got[i]} vs ${printed}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
          }
        });
      });
    }
  }

  it('the bold cells (fit a 32 GB V100) are exactly the ones at or below 32 GB', () => {
    const bold = new Set(['7.5@64@1', '7.5@16@2', '7.5@4@3', '128@64@3', '1000@1024@3']);
    for (const [psiB, rows] of Object.entries(TABLE1)) {
      for (const nd of Object.keys(rows)) {
        const got = allStages(Number(psiB) * 1e9, Number(nd), 12);
        for (const s of [1, 2, 3]) {
          // the paper bolds the smallest N_d at which each stage fits (in the table's rows)
          const fits = got[s] <= 32 * GB;
          const smallerFits = Object.keys(rows)
            .map(Number)
            .filter((n) => n < Number(nd))
            .some((n) => allStages(Number(psiB) * 1e9, n, 12)[s] <= 32 * GB);
          expect(fits && !smallerFits, `${psiB}B N_d=${nd} stage ${s}`).toBe(bold.has(`${psiB}@${nd}@${s}`));
        }
      }
    }
  });
});

describe('Table 2 and §5.4: largest model whose states fit 32 GB with 64 GPUs (MP = 1)', () => {
  it('baseline 2B, P_os 7.6B, P_os+g 14.4B, P_os+g+p 128B', () => {
    const b = ([0, 1, 2, 3] as Stage[]).map((s) => maxPsi(32 * GB, 64, 12, s) / 1e9);
    expect(b[0]).toBeCloseTo(2, 6);
    expect(b[1].toFixed(1)).toBe('7.6');
    expect(b[2].toFixed(1)).toBe('14.4');
    expect(b[3]).toBeCloseTo(128, 6);
  });
  it('with 1024 GPUs a 1T model fits with P_os+g+p (15.6 GB per GPU)', () => {
    expect(maxPsi(32 * GB, 1024, 12, 3)).toBeGreaterThan(1e12);
  });
});

describe('reductions quoted in §5', () => {
  it('P_os → 4× and P_os+g → 8× as N_d grows; P_os+g+p = N_d×', () => {
    expect(reduction(1e9, 12, 1)).toBeCloseTo(4, 6);
    expect(reduction(1e9, 12, 2)).toBeCloseTo(8, 6);
    expect(reduction(64, 12, 3)).toBeCloseTo(64, 10);
  });
  it('GPT-2 1.5B needs at least 24 GB of model states (§3.1)', () => {
    expect(perDeviceBytes(1.5e9, 1, 12, 0).total / GB).toBeCloseTo(24, 10);
  });
});

describe('communication volume (§7)', () => {
  it('is 2Ψ for stages 0–2 and 3Ψ (1.5×) for stage 3', () => {
    expect(([0, 1, 2, 3] as Stage[]).map(commFactor)).toEqual([2, 2, 2, 3]);
  });
  it('stage 3 = all-gather (forward) + all-gather (backward) + reduce-scatter of gradients', () => {
    expect(collectives(3).map((c) => `${c.op}:${c.what}:${c.phase}`)).toEqual([
      'all-gather:params:forward',
      'all-gather:params:backward',
      'reduce-scatter:grads:backward',
    ]);
  });
  it('ring collectives send 2(N−1)/N × size per device (facts.md §g), nothing on one device', () => {
    expect(commElements(1e9, 4, 0)).toBeCloseTo(1.5e9, 3);
    expect(commElements(1e9, 1024, 3) / 1e9).toBeCloseTo((3 * 1023) / 1024, 12);
    expect(([0, 1, 2, 3] as Stage[]).map((s) => commElements(1e9, 1, s))).toEqual([0, 0, 0, 0]);
  });
});

describe('edge cases', () => {
  it('N_d = 1: every stage equals the baseline, for any K and Ψ', () => {
    for (const k of [0, 4, 12, 24]) {
      for (const psi of [1e8, 7.5e9, 1e12]) {
        const a = allStages(psi, 1, k);
        expect(new Set(a).size, `K=${k} Ψ=${psi}`).toBe(1);
        expect(a[0]).toBe((4 + k) * psi);
      }
    }
  });
  it('K = 0 leaves only fp16 params and grads', () => {
    expect(allStages(1e9, 8, 0).map((b) => b / GB)).toEqual([4, 4, 2.25, 0.5]);
  });
  it('memory never rises with a later stage or more devices', () => {
    for (const nd of [1, 2, 64, 1024]) {
      const a = allStages(1e9, nd, 12);
      for (let s = 1; s < 4; s++) expect(a[s]).toBeLessThanOrEqual(a[s - 1]);
    }
  });
});

describe('CPU offload of optimizer states', () => {
  it('moves KΨ/N_d to the CPU and leaves fp16 params and grads on the GPU', () => {
    const p = placement(7.5e9, 64, 12, 2, true);
    expect(p.offloaded).toBe(true);
    expect(p.cpu / GB).toBeCloseTo(90 / 64, 12);
    expect(p.gpu.total / GB).toBeCloseTo(15 + 15 / 64, 12);
    expect(p.gpu.total + p.cpu).toBeCloseTo(perDeviceBytes(7.5e9, 64, 12, 2).total, 0);
  });
  it('single GPU, ZeRO-2 + offload: 2Ψ + 2Ψ on the GPU, 12Ψ on the CPU', () => {
    const p = placement(1e9, 1, 12, 2, true);
    expect([p.gpu.total, p.cpu].map((b) => b / GB)).toEqual([4, 12]);
  });
  it('is a ZeRO option: plain DP (stage 0) is unchanged', () => {
    expect(placement(1e9, 8, 12, 0, true)).toEqual(placement(1e9, 8, 12, 0, false));
  });
  it('bytesPerParam counts only GPU bytes', () => {
    expect(bytesPerParam(1, 12, 3, true)).toBe(4);
  });
});

describe('visibleDevices', () => {
  it('draws all devices when they fit, else the first ones, a gap and the last', () => {
    expect(visibleDevices(4, 6)).toEqual([0, 1, 2, 3]);
    expect(visibleDevices(64, 6)).toEqual([0, 1, 2, 3, null, 63]);
    expect(visibleDevices(1, 6)).toEqual([0]);
    expect(visibleDevices(8, 2)).toEqual([0, null, 7]);
  });
});

describe('format', () => {
  it('prints GB like the paper and billions compactly', () => {
    expect(formatGB(16000e9)).toBe('16000');
    expect(formatGB(0.1171875e9)).toBe('0.117');
    expect(formatGB(0)).toBe('0');
    expect(formatBillions(7.5e9)).toBe('7.5');
    expect(formatBillions(1e12)).toBe('1000');
  });
});
