import { describe, expect, it } from 'vitest';
import type { ParamSpec, ParamValues, StepSpec } from '../scenes/types';
import { builtScenes } from '../app/registry';
import { mulberry32 } from '../compute/rng';
import { applyParamPatch, baselineParams, coerceParam, decodeSceneQuery, defaultParams, encodeSceneQuery, formatParam } from './paramsCodec';

const specs: readonly ParamSpec[] = [
  { key: 'n', type: 'int', default: 8, min: 1, max: 32, step: 1 },
  { key: 'x', type: 'float', default: 0.5, min: 0, max: 2, step: 0.05 },
  { key: 'lr', type: 'float', default: 0.001, min: 0.0001, max: 0.1, step: 0.0001, scale: 'log' },
  { key: 'mode', type: 'enum', default: 'a', options: ['a', 'b', 'c'] },
  { key: 'on', type: 'bool', default: false },
];
const steps: readonly StepSpec[] = [{ id: 'intro' }, { id: 'middle', preset: { mode: 'b' } }, { id: 'end' }];

const decode = (q: string) => decodeSceneQuery(specs, steps, new URLSearchParams(q));

describe('decodeSceneQuery', () => {
  it('gives the defaults and the first step for an empty query, with no issues', () => {
    expect(decode('')).toEqual({ params: { n: 8, x: 0.5, lr: 0.001, mode: 'a', on: false }, stepId: 'intro', issues: [] });
    expect(decode('').params).toEqual(defaultParams(specs));
  });

  it('reads valid values of every type', () => {
    const r = decode('n=3&x=1.25&lr=0.01&mode=c&on=1&step=end');
    expect(r.params).toEqual({ n: 3, x: 1.25, lr: 0.01, mode: 'c', on: true });
    expect(r.stepId).toBe('end');
    expect(r.issues).toEqual([]);
  });

  it('clamps numbers above max and below min and reports them as clamped', () => {
    const r = decode('n=999&x=-3');
    expect(r.params.n).toBe(32);
    expect(r.params.x).toBe(0);
    expect(r.issues).toEqual([
      { kind: 'clamped', key: 'n', raw: '999', value: '32' },
      { kind: 'clamped', key: 'x', raw: '-3', value: '0' },
    ]);
  });

  it('clamps a value just outside the range (in-range min/max themselves are fine)', () => {
    expect(decode('n=0').issues).toEqual([{ kind: 'clamped', key: 'n', raw: '0', value: '1' }]);
    expect(decode('n=1&x=2').issues).toEqual([]);
    expect(decode('n=1&x=2').params).toMatchObject({ n: 1, x: 2 });
  });

  it.each(['NaN', '', ' ', 'abc', '12abc', 'Infinity', '-Infinity', '1e999', '0x'])('resets %j to the default with an invalid issue', (raw) => {
    const r = decodeSceneQuery(specs, steps, new URLSearchParams([['n', raw]]));
    expect(r.params.n).toBe(8);
    expect(r.issues).toEqual([{ kind: 'invalid', key: 'n', raw, value: '8' }]);
  });

  it('rounds ints to the nearest integer without an issue', () => {
    expect(decode('n=3.4').params.n).toBe(3);
    expect(decode('n=3.6').params.n).toBe(4);
    expect(decode('n=3.6').issues).toEqual([]);
  });

  it('accepts number syntaxes that Number() understands', () => {
    expect(decode('n=1e1').params.n).toBe(10);
    expect(decode('n=0x10').params.n).toBe(16);
    expect(decode('n=%2B5').params.n).toBe(5);
  });

  it('snaps floats to a few decimals beyond the step and then clamps', () => {
    // step 0.05 has 2 decimals → values are kept to 4 decimals
    expect(decode('x=0.123456789').params.x).toBe(0.1235);
    expect(decode('x=1.00000001').params.x).toBe(1);
    // snapping happens before clamping: 2.00001 → 2 (in range, ok), 2.001 → clamped
    expect(decode('x=2.00001').issues).toEqual([]);
    expect(decode('x=2.001')).toMatchObject({ params: { x: 2 }, issues: [{ kind: 'clamped', key: 'x' }] });
  });

  it('resets an enum value outside its options (case-sensitive)', () => {
    expect(decode('mode=z')).toMatchObject({ params: { mode: 'a' }, issues: [{ kind: 'invalid', key: 'mode', raw: 'z', value: 'a' }] });
    expect(decode('mode=B').params.mode).toBe('a');
    expect(decode('mode=').issues).toHaveLength(1);
  });

  it.each([
    ['1', true, []],
    ['true', true, []],
    ['0', false, []],
    ['false', false, []],
  ] as const)('reads bool %j', (raw, value, issues) => {
    const r = decode(`on=${raw}`);
    expect(r.params.on).toBe(value);
    expect(r.issues).toEqual(issues);
  });

  it.each(['yes', 'TRUE', '2', ''])('resets the junk bool %j to the default', (raw) => {
    const r = decodeSceneQuery(specs, steps, new URLSearchParams([['on', raw]]));
    expect(r.params.on).toBe(false);
    expect(r.issues).toEqual([{ kind: 'invalid', key: 'on', raw, value: '0' }]);
  });

  it('reports unknown keys and keeps the valid ones', () => {
    const r = decode('foo=1&n=4&bar=');
    expect(r.params.n).toBe(4);
    expect(r.issues).toEqual([
      { kind: 'unknownParam', key: 'foo', raw: '1' },
      { kind: 'unknownParam', key: 'bar', raw: '' },
    ]);
  });

  it('does not report the reserved keys step, lang and controls', () => {
    expect(decode('step=middle&lang=xx&controls=0').issues).toEqual([]);
  });

  it('falls back to the first step on an unknown step and reports it', () => {
    const r = decode('step=nope&n=5');
    expect(r.stepId).toBe('intro');
    expect(r.params.n).toBe(5);
    expect(r.issues).toEqual([{ kind: 'unknownStep', key: 'step', raw: 'nope' }]);
    expect(decode('step=').issues).toEqual([{ kind: 'unknownStep', key: 'step', raw: '' }]);
  });

  it("starts from the named step's preset, and params in the URL win over it", () => {
    expect(decode('step=middle').params).toEqual({ ...defaultParams(specs), mode: 'b' });
    expect(decode('step=middle&mode=c').params.mode).toBe('c');
    expect(decode('mode=c&step=middle').params.mode).toBe('c');
    expect(decode('step=middle&mode=a').params.mode).toBe('a');
  });

  it('uses the first step (and its baseline) when the step is unknown', () => {
    const withPreset: readonly StepSpec[] = [{ id: 'first', preset: { n: 2 } }, ...steps];
    const r = decodeSceneQuery(specs, withPreset, new URLSearchParams('step=nope'));
    expect(r.stepId).toBe('first');
    expect(r.params.n).toBe(2);
    // no step at all: the same baseline, so encode(first step) → decode gives it back
    expect(decodeSceneQuery(specs, withPreset, new URLSearchParams('')).params.n).toBe(2);
    expect(decodeSceneQuery(specs, withPreset, new URLSearchParams('n=5')).params.n).toBe(5);
  });

  it('uses the last value when a key repeats', () => {
    expect(decode('n=3&n=5').params.n).toBe(5);
  });

  it('gives an empty step id for a scene with no steps', () => {
    expect(decodeSceneQuery(specs, [], new URLSearchParams('')).stepId).toBe('');
  });
});

describe('coerceParam / formatParam', () => {
  it('accepts numbers and booleans as well as strings (patches from embed hosts)', () => {
    expect(coerceParam(specs[0], 40)).toEqual({ value: 32, status: 'clamped' });
    expect(coerceParam(specs[0], Number.NaN)).toEqual({ value: 8, status: 'invalid' });
    expect(coerceParam(specs[0], null)).toEqual({ value: 8, status: 'invalid' });
    expect(coerceParam(specs[0], true)).toEqual({ value: 8, status: 'invalid' });
    expect(coerceParam(specs[4], true)).toEqual({ value: true, status: 'ok' });
    expect(coerceParam(specs[4], 1)).toEqual({ value: false, status: 'invalid' });
  });

  it('writes bools as 1/0 and numbers as plain strings', () => {
    expect(formatParam(specs[4], true)).toBe('1');
    expect(formatParam(specs[4], false)).toBe('0');
    expect(formatParam(specs[1], 0.25)).toBe('0.25');
    expect(formatParam(specs[3], 'b')).toBe('b');
  });
});

describe('applyParamPatch', () => {
  const base = defaultParams(specs);

  it('applies valid values and leaves the others unchanged', () => {
    const r = applyParamPatch(specs, base, { n: 4, mode: 'c' });
    expect(r.params).toEqual({ ...base, n: 4, mode: 'c' });
    expect(r.issues).toEqual([]);
  });

  it('does not mutate the current params', () => {
    const current = { ...base };
    applyParamPatch(specs, current, { n: 4 });
    expect(current).toEqual(base);
  });

  it('clamps, resets and drops unknown keys, with issues', () => {
    const cur = { ...base, n: 5 };
    const r = applyParamPatch(specs, cur, { n: 100, x: 'junk', mode: 'zz', on: 'maybe', ghost: 3 });
    expect(r.params).toEqual({ ...base, n: 32 });
    expect(r.params).not.toHaveProperty('ghost');
    expect(r.issues).toEqual([
      { kind: 'clamped', key: 'n', raw: '100', value: '32' },
      { kind: 'invalid', key: 'x', raw: 'junk', value: '0.5' },
      { kind: 'invalid', key: 'mode', raw: 'zz', value: 'a' },
      { kind: 'invalid', key: 'on', raw: 'maybe', value: '0' },
      { kind: 'unknownParam', key: 'ghost', raw: '3' },
    ]);
  });

  it('resets an invalid value to the default, not to the current value', () => {
    expect(applyParamPatch(specs, { ...base, n: 20 }, { n: 'x' }).params.n).toBe(8);
  });
});

describe('baselineParams', () => {
  it('is the defaults plus the step preset', () => {
    expect(baselineParams(specs, steps, 'intro')).toEqual(defaultParams(specs));
    expect(baselineParams(specs, steps, 'middle')).toEqual({ ...defaultParams(specs), mode: 'b' });
    expect(baselineParams(specs, steps, 'nope')).toEqual(defaultParams(specs));
  });

  it('ignores preset keys that are not in the schema', () => {
    expect(baselineParams(specs, [{ id: 's', preset: { ghost: 1, n: 3 } }], 's')).toEqual({ ...defaultParams(specs), n: 3 });
  });
});

describe('encodeSceneQuery', () => {
  it('writes the step first, then only the params that differ from their defaults', () => {
    expect(encodeSceneQuery(specs, steps, defaultParams(specs), 'intro')).toBe('step=intro');
    expect(encodeSceneQuery(specs, steps, { ...defaultParams(specs), on: true, n: 3 }, 'end')).toBe('step=end&n=3&on=1');
  });

  it('follows the schema order, not the order of the params object', () => {
    const p: ParamValues = { on: true, mode: 'c', x: 1, n: 2, lr: 0.01 };
    expect(encodeSceneQuery(specs, steps, p, 'end')).toBe('step=end&n=2&x=1&lr=0.01&mode=c&on=1');
  });

  it("compares with the step's baseline: a preset value is left out, a default that differs from the preset is written", () => {
    expect(encodeSceneQuery(specs, steps, { ...defaultParams(specs), mode: 'b' }, 'middle')).toBe('step=middle');
    expect(encodeSceneQuery(specs, steps, defaultParams(specs), 'middle')).toBe('step=middle&mode=a');
  });

  it('appends extra keys after the params', () => {
    expect(encodeSceneQuery(specs, steps, { ...defaultParams(specs), n: 2 }, 'intro', { lang: 'en', controls: '0' })).toBe(
      'step=intro&n=2&lang=en&controls=0',
    );
  });

  it('skips params that are missing from the values', () => {
    expect(encodeSceneQuery(specs, steps, { n: 2 }, 'intro')).toBe('step=intro&n=2');
  });

  /** A random valid value on the spec's grid. */
  function randomValue(spec: ParamSpec, r: () => number): ParamValues[string] {
    switch (spec.type) {
      case 'int':
        return spec.min + spec.step * Math.floor(r() * (Math.floor((spec.max - spec.min) / spec.step) + 1));
      case 'float': {
        const k = Math.floor(r() * (Math.round((spec.max - spec.min) / spec.step) + 1));
        const d = String(spec.step).split('.')[1]?.length ?? 0;
        return Math.min(spec.max, Number((spec.min + k * spec.step).toFixed(d)));
      }
      case 'enum':
        return spec.options[Math.floor(r() * spec.options.length)];
      case 'bool':
        return r() < 0.5;
      case 'set': {
        // valid = at least `min` options chosen; fill up from the option list in order
        const picked = spec.options.filter(() => r() < 0.5);
        for (const o of spec.options) if (picked.length < (spec.min ?? 0) && !picked.includes(o)) picked.push(o);
        return spec.options.filter((o) => picked.includes(o)).join(',');
      }
      case 'text':
        return ['', 'a b', '温度 0.7，top-p', 'x&y=z?#%', '🙂 emoji'][Math.floor(r() * 5)];
    }
  }

  it('round-trips: decode(encode(x)) == x for 500 random valid states, with no issues', () => {
    const r = mulberry32(1234);
    for (let i = 0; i < 500; i++) {
      const params: ParamValues = {};
      for (const s of specs) params[s.key] = r() < 0.3 ? s.default : randomValue(s, r);
      const stepId = steps[Math.floor(r() * steps.length)].id;
      const q = encodeSceneQuery(specs, steps, params, stepId);
      const back = decodeSceneQuery(specs, steps, new URLSearchParams(q));
      expect(back, q).toEqual({ params, stepId, issues: [] });
    }
  });

  it.each(builtScenes.map((m) => [m.id, m] as const))('round-trips random valid states of the %s schema', (_id, m) => {
    const r = mulberry32(99);
    for (let i = 0; i < 300; i++) {
      const params: ParamValues = {};
      for (const s of m.params) params[s.key] = r() < 0.3 ? s.default : randomValue(s, r);
      const stepId = m.steps[Math.floor(r() * m.steps.length)].id;
      const q = encodeSceneQuery(m.params, m.steps, params, stepId);
      expect(decodeSceneQuery(m.params, m.steps, new URLSearchParams(q)), q).toEqual({ params, stepId, issues: [] });
    }
  });
});

describe('set and text params', () => {
  const more: readonly ParamSpec[] = [
    { key: 'targets', type: 'set', default: 'q,v', options: ['q', 'k', 'v', 'o', 'ffn'], min: 1 },
    { key: 'tags', type: 'set', default: '', options: ['a', 'b'] },
    { key: 'prompt', type: 'text', default: '大模型为什么会复读？', maxLength: 12 },
  ];
  const st: readonly StepSpec[] = [{ id: 's1' }, { id: 's2', preset: { targets: 'q,k,v,o' } }];
  const dec = (q: string) => decodeSceneQuery(more, st, new URLSearchParams(q));

  it('reads a comma list in any order, stores it in option order', () => {
    expect(dec('targets=v,q,ffn').params.targets).toBe('q,v,ffn');
    expect(dec('targets=v,q,ffn').issues).toEqual([]);
    expect(dec('targets=ffn,ffn').params.targets).toBe('ffn');
  });

  it('drops unknown options with a notice, resets below min to the default', () => {
    const r = dec('targets=q,x,up');
    expect(r.params.targets).toBe('q');
    expect(r.issues).toEqual([{ kind: 'clamped', key: 'targets', raw: 'q,x,up', value: 'q' }]);
    const e = dec('targets=');
    expect(e.params.targets).toBe('q,v');
    expect(e.issues[0].kind).toBe('invalid');
    expect(dec('tags=').params.tags).toBe('');
    expect(dec('tags=').issues).toEqual([]);
  });

  it('keeps text as typed (Chinese, URL metacharacters, emoji) and cuts it at maxLength characters', () => {
    const q = encodeSceneQuery(more, st, { ...defaultParams(more), prompt: 'a&b=c #?🙂' }, 's1');
    expect(dec(q).params.prompt).toBe('a&b=c #?🙂');
    const long = dec(`prompt=${encodeURIComponent('一二三四五六七八九十🙂🙂🙂')}`);
    expect(long.params.prompt).toBe('一二三四五六七八九十🙂🙂');
    expect(long.issues[0].kind).toBe('clamped');
    expect(coerceParam(more[2], 42).status).toBe('invalid');
  });

  it('round-trips random valid states, with presets, and omits values equal to the baseline', () => {
    const r = mulberry32(99);
    const texts = ['', 'hi', '温度', 'a+b c', '🙂'];
    for (let i = 0; i < 200; i++) {
      const params: ParamValues = {
        targets: ['q', 'k', 'v', 'o', 'ffn'].filter(() => r() < 0.5).join(',') || 'o',
        tags: ['a', 'b'].filter(() => r() < 0.5).join(','),
        prompt: texts[Math.floor(r() * texts.length)],
      };
      const stepId = r() < 0.5 ? 's1' : 's2';
      const q = encodeSceneQuery(more, st, params, stepId);
      expect(dec(q), q).toEqual({ params, stepId, issues: [] });
    }
    expect(encodeSceneQuery(more, st, { ...defaultParams(more), targets: 'q,k,v,o' }, 's2')).toBe('step=s2');
  });

  it('applies patches from an embed host with the same rules', () => {
    const { params, issues } = applyParamPatch(more, defaultParams(more), { targets: ['o', 'q'], prompt: 'x'.repeat(20) });
    expect(params.targets).toBe('q,o');
    expect(params.prompt).toBe('x'.repeat(12));
    expect(issues.map((i) => i.kind)).toEqual(['clamped']);
    expect(formatParam(more[0], 'q,o')).toBe('q,o');
  });
});
