import { describe, expect, it } from 'vitest';
import { OFF, runPipeline } from './pipeline';
import { checkPrompt } from './prompts';
import { entropyVsTemperature, stageRows, topCounts } from './view';

describe('stageRows', () => {
  const logits = [3, 2.5, 2, 1, 0, -1];
  const r = runPipeline(logits, [], 0, { ...OFF, topK: 2 });
  const s = r.stages.findIndex((x) => x.id === 'top-k');
  it('puts kept tokens first by probability after the stage, removed ones after, greyed', () => {
    const rows = stageRows(r, s, 1, 4);
    expect(rows.map((x) => x.id)).toEqual([0, 1, 2, 3]);
    expect(rows.map((x) => x.filtered)).toEqual([false, false, true, true]);
    expect(rows[1].chosen).toBe(true);
    // after renormalisation the two survivors share all the mass
    expect(rows[0].after + rows[1].after).toBeCloseTo(1, 12);
    expect(rows[0].before).toBeLessThan(rows[0].after);
  });
  it('always includes the chosen token', () => {
    const rows = stageRows(r, 0, 5, 3);
    expect(rows.some((x) => x.id === 5 && x.chosen)).toBe(true);
    expect(rows.length).toBe(3);
  });
  it('the last index is the final distribution', () => {
    const rows = stageRows(r, r.stages.length, 0, 2);
    expect(rows[0].after).toBeCloseTo(r.probs[0], 12);
  });
});

describe('curves and counts', () => {
  it('entropy falls as temperature falls and is 0 at T = 0', () => {
    const c = entropyVsTemperature([1, 0.5, 0, -0.5], [], 0, OFF, [0, 0.5, 1, 2]);
    expect(c[0].y).toBe(0);
    expect(c[1].y).toBeLessThan(c[2].y);
    expect(c[2].y).toBeLessThan(c[3].y);
  });
  it('topCounts sorts by count then id', () => {
    expect(topCounts(new Map([[3, 5], [1, 5], [2, 9]]), 2)).toEqual([{ id: 2, count: 9 }, { id: 1, count: 5 }]);
  });
});

describe('checkPrompt', () => {
  // a character tokenizer that knows a–z and space; anything else is <unk> (0)
  const tok = { encode: (s: string) => Array.from(s, (c) => (/[a-z ]/.test(c) ? c.charCodeAt(0) : 0)) };
  it('refuses an empty or blank prompt', () => {
    expect(checkPrompt('', tok, 10)).toEqual({ ok: false, reason: 'empty' });
    expect(checkPrompt('  \n ', tok, 10)).toEqual({ ok: false, reason: 'empty' });
  });
  it('refuses a prompt that leaves no room in the context', () => {
    expect(checkPrompt('abcdefghij', tok, 10)).toEqual({ ok: false, reason: 'too-long', tokens: 10, context: 10 });
    expect(checkPrompt('abcdefghi', tok, 10).ok).toBe(true);
  });
  it('lists characters the tokenizer does not know, once each', () => {
    const r = checkPrompt('ab 猫猫 é', tok, 20);
    expect(r.ok && r.unknown).toEqual(['猫', 'é']);
  });
});
