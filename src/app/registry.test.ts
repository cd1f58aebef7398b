import { describe, expect, it } from 'vitest';
import { CHAPTERS, QUESTIONS } from '../i18n/questions';
import { builtScenes, findQuestion, neighbours, questions } from './registry';

/** The 19 questions by original number, as the brief lists them. */
const EXPECTED: Record<number, string> = {
  1: 'prompt-techniques',
  2: 'langchain-modules',
  3: 'layernorm-vs-batchnorm',
  4: 'lora-low-rank-why',
  5: 'training-acceleration',
  6: 'repetition-and-sampling',
  7: 'transformer-architecture',
  8: 'model-comparison',
  9: 'why-decoder-only',
  10: 'bert-gpt-bart',
  11: 'token-embedding',
  12: 'absolute-vs-relative-position',
  13: 'absolute-position-encodings',
  14: 'relative-position-encodings',
  15: 'deepspeed-zero',
  16: 'adamw',
  17: 'lora-vs-full-finetune',
  18: 'lora-structure',
  19: 'lora-why-it-works',
};

describe('QUESTIONS', () => {
  it('lists 19 questions', () => {
    expect(QUESTIONS).toHaveLength(19);
    expect(questions).toHaveLength(19);
  });

  it('numbers them 1..19, each exactly once', () => {
    expect(QUESTIONS.map((q) => q.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('gives each number its expected id', () => {
    for (const q of QUESTIONS) expect(q.id, `question ${q.number}`).toBe(EXPECTED[q.number]);
  });

  it('has unique kebab-case ids', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(19);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('puts every question in a known chapter, with titles in both languages', () => {
    for (const q of QUESTIONS) {
      expect(CHAPTERS).toContain(q.chapter);
      expect(q.title.zh.trim(), q.id).not.toBe('');
      expect(q.title.en.trim(), q.id).not.toBe('');
    }
  });

  it('lists the questions chapter by chapter (display order follows CHAPTERS)', () => {
    const order = QUESTIONS.map((q) => CHAPTERS.indexOf(q.chapter));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('registry', () => {
  it('has at least one built scene, each id a known question and no id twice', () => {
    expect(builtScenes.length).toBeGreaterThan(0);
    const ids = builtScenes.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Object.values(EXPECTED)).toContain(id);
  });

  it('attaches each manifest to its question and no other', () => {
    for (const q of questions) {
      const m = builtScenes.find((s) => s.id === q.id);
      expect(q.manifest, q.id).toBe(m);
    }
    expect(findQuestion('layernorm-vs-batchnorm')?.manifest?.id).toBe('layernorm-vs-batchnorm');
    const unbuilt = questions.find((q) => !builtScenes.some((m) => m.id === q.id));
    if (unbuilt) expect(findQuestion(unbuilt.id)?.manifest).toBeUndefined();
    expect(findQuestion('nope')).toBeUndefined();
  });

  it('gives the neighbours in display order', () => {
    expect(neighbours(questions[0].id)).toEqual({ prev: undefined, next: questions[1] });
    expect(neighbours(questions[5].id)).toEqual({ prev: questions[4], next: questions[6] });
    expect(neighbours(questions[18].id)).toEqual({ prev: questions[17], next: undefined });
    expect(neighbours('nope')).toEqual({ prev: undefined, next: undefined });
  });
});

describe.each(builtScenes.map((m) => [m.id, m] as const))('manifest %s', (_id, m) => {
  it('has 4–8 steps with unique kebab-case ids', () => {
    expect(m.steps.length).toBeGreaterThanOrEqual(4);
    expect(m.steps.length).toBeLessThanOrEqual(8);
    const ids = m.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has a params schema with unique keys, sane ranges and defaults inside them', () => {
    const keys = m.params.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of m.params) {
      if (p.type === 'int' || p.type === 'float') {
        expect(p.min, p.key).toBeLessThan(p.max);
        expect(p.step, p.key).toBeGreaterThan(0);
        expect(p.default, p.key).toBeGreaterThanOrEqual(p.min);
        expect(p.default, p.key).toBeLessThanOrEqual(p.max);
        if (p.type === 'int') {
          expect(Number.isInteger(p.default), p.key).toBe(true);
          expect(Number.isInteger(p.min) && Number.isInteger(p.max), p.key).toBe(true);
        }
        if (p.scale === 'log') expect(p.min, p.key).toBeGreaterThan(0);
      } else if (p.type === 'enum') {
        expect(p.options.length, p.key).toBeGreaterThan(1);
        expect(new Set(p.options).size, p.key).toBe(p.options.length);
        expect(p.options, p.key).toContain(p.default);
      } else if (p.type === 'set') {
        expect(p.options.length, p.key).toBeGreaterThan(1);
        expect(new Set(p.options).size, p.key).toBe(p.options.length);
        for (const o of p.options) expect(o, `${p.key}: options may not contain commas`).not.toContain(',');
        const chosen = p.default.split(',').filter(Boolean);
        for (const c of chosen) expect(p.options, p.key).toContain(c);
        expect(chosen.length, `${p.key}: default has at least min options`).toBeGreaterThanOrEqual(p.min ?? 0);
        expect(p.default, `${p.key}: default in option order`).toBe(p.options.filter((o) => chosen.includes(o)).join(','));
      } else if (p.type === 'text') {
        expect(p.maxLength, p.key).toBeGreaterThan(0);
        expect(Array.from(p.default).length, p.key).toBeLessThanOrEqual(p.maxLength);
      } else {
        expect(typeof p.default, p.key).toBe('boolean');
      }
    }
  });

  it('keeps query keys clear of the reserved step, lang and controls', () => {
    for (const p of m.params) expect(['step', 'lang', 'controls']).not.toContain(p.key);
  });

  it('has step presets that only name schema keys', () => {
    const keys = new Set(m.params.map((p) => p.key));
    for (const s of m.steps) for (const k of Object.keys(s.preset ?? {})) expect(keys.has(k), `${s.id}.${k}`).toBe(true);
  });

  it('lists unique readout keys', () => {
    expect(m.readouts.length).toBeGreaterThan(0);
    expect(new Set(m.readouts).size).toBe(m.readouts.length);
  });

  it('loads a module with a Scene and copy in both languages', async () => {
    const mod = await m.load();
    expect(typeof mod.Scene).toBe('function');
    expect(mod.copy.zh.question).toBeTruthy();
    expect(mod.copy.en.question).toBeTruthy();
  });
});
