import { describe, expect, it, vi } from 'vitest';
import { pickBackend } from './tf';

describe('pickBackend', () => {
  it('uses the first backend when it starts, with no fallback reason', async () => {
    const set = vi.fn(async () => true);
    await expect(pickBackend(set, ['webgl', 'cpu'])).resolves.toEqual({ backend: 'webgl', fallbackReason: null });
    expect(set).toHaveBeenCalledTimes(1);
    expect(set).toHaveBeenCalledWith('webgl');
  });

  it('falls back to cpu when webgl reports false, and says why', async () => {
    const set = vi.fn(async (n: string) => n === 'cpu');
    const r = await pickBackend(set, ['webgl', 'cpu']);
    expect(r.backend).toBe('cpu');
    expect(r.fallbackReason).toBe('webgl: not available');
    expect(set.mock.calls.map((c) => c[0])).toEqual(['webgl', 'cpu']);
  });

  it('falls back to cpu when webgl throws, with the error message in the reason', async () => {
    const set = vi.fn(async (n: string) => {
      if (n === 'webgl') throw new Error('WebGL context lost');
      return true;
    });
    const r = await pickBackend(set, ['webgl', 'cpu']);
    expect(r.backend).toBe('cpu');
    expect(r.fallbackReason).toContain('webgl');
    expect(r.fallbackReason).toContain('WebGL context lost');
  });

  it('handles a non-Error throw', async () => {
    const r = await pickBackend(
      async (n) => {
        if (n === 'webgl') throw 'no gl'; // eslint-disable-line no-throw-literal
        return true;
      },
      ['webgl', 'cpu'],
    );
    expect(r).toEqual({ backend: 'cpu', fallbackReason: 'webgl: no gl' });
  });

  it('rejects with every reason when all backends fail', async () => {
    const set = vi.fn(async (n: string) => {
      if (n === 'webgl') return false;
      throw new Error('cpu broke');
    });
    const p = pickBackend(set, ['webgl', 'cpu']);
    await expect(p).rejects.toThrow(/no tfjs backend/);
    await expect(pickBackend(set, ['webgl', 'cpu'])).rejects.toThrow(/webgl: not available.*cpu: cpu broke/);
  });

  it('rejects for an empty order', async () => {
    await expect(pickBackend(async () => true, [])).rejects.toThrow(/no tfjs backend/);
  });
});
