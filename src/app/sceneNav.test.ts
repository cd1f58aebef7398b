import { describe, expect, it } from 'vitest';
import { manifest } from '../scenes/layernorm-vs-batchnorm';
import type { SceneManifest } from '../scenes/types';
import { defaultParams } from '../store/paramsCodec';
import { stepIndexOf, stepTarget } from './sceneNav';

const defaults = defaultParams(manifest.params);
const ids = manifest.steps.map((s) => s.id);

describe('stepTarget (question 3 manifest)', () => {
  it('moves to a step without a preset and keeps the params object', () => {
    const p = { ...defaults, mode: 'ln', B: 3 };
    const t = stepTarget(manifest, p, 0);
    expect(t).toEqual({ stepId: 'tensor', params: p, issues: [] });
    expect(t?.params).toBe(p);
  });

  it('applies the preset of the step it moves to and keeps the other params', () => {
    const p = { ...defaults, mode: 'ln', phase: 'eval', pad: 0.6, B: 3 };
    const t = stepTarget(manifest, p, ids.indexOf('batchnorm'));
    expect(t).toEqual({ stepId: 'batchnorm', params: { ...p, mode: 'bn', phase: 'train', pad: 0 }, issues: [] });
    expect(p.mode).toBe('ln'); // the input is not mutated
  });

  it('applies every step preset exactly (each preset is valid for the schema)', () => {
    manifest.steps.forEach((s, i) => {
      const t = stepTarget(manifest, defaults, i)!;
      expect(t.stepId).toBe(s.id);
      expect(t.issues).toEqual([]);
      expect(t.params).toEqual({ ...defaults, ...(s.preset ?? {}) });
    });
  });

  it('sets pad to 0.4 on the padding step and eval on train-vs-inference', () => {
    expect(stepTarget(manifest, defaults, ids.indexOf('padding'))?.params).toMatchObject({ mode: 'bn', phase: 'train', pad: 0.4 });
    expect(stepTarget(manifest, defaults, ids.indexOf('train-vs-inference'))?.params).toMatchObject({ mode: 'bn', phase: 'eval', pad: 0 });
    expect(stepTarget(manifest, defaults, ids.indexOf('rmsnorm'))?.params).toMatchObject({ mode: 'rms' });
  });

  it('clamps the index to the first and last step', () => {
    expect(stepTarget(manifest, defaults, -1)?.stepId).toBe(ids[0]);
    expect(stepTarget(manifest, defaults, -100)?.stepId).toBe(ids[0]);
    expect(stepTarget(manifest, defaults, ids.length)?.stepId).toBe(ids[ids.length - 1]);
    expect(stepTarget(manifest, defaults, 1e9)?.stepId).toBe(ids[ids.length - 1]);
  });

  it('rounds a fractional index', () => {
    expect(stepTarget(manifest, defaults, 1.4)?.stepId).toBe(ids[1]);
    expect(stepTarget(manifest, defaults, 1.6)?.stepId).toBe(ids[2]);
  });

  it('gives null for a scene with no steps', () => {
    const empty: SceneManifest = { ...manifest, steps: [] };
    expect(stepTarget(empty, defaults, 0)).toBeNull();
  });

  it('reports preset values that the schema does not accept', () => {
    const bad: SceneManifest = { ...manifest, steps: [{ id: 'a', preset: { B: 999, ghost: 1 } }] };
    const t = stepTarget(bad, defaults, 0)!;
    expect(t.params.B).toBe(32);
    expect(t.params).not.toHaveProperty('ghost');
    expect(t.issues.map((i) => i.kind)).toEqual(['clamped', 'unknownParam']);
  });
});

describe('stepIndexOf', () => {
  it('finds every step id', () => {
    ids.forEach((id, i) => expect(stepIndexOf(manifest, id)).toBe(i));
  });

  it('gives 0 for an unknown or empty id', () => {
    expect(stepIndexOf(manifest, 'nope')).toBe(0);
    expect(stepIndexOf(manifest, '')).toBe(0);
  });

  it('is the inverse of stepTarget', () => {
    for (let i = 0; i < ids.length; i++) expect(stepIndexOf(manifest, stepTarget(manifest, defaults, i)!.stepId)).toBe(i);
  });
});
