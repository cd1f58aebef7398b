import { describe, expect, it } from 'vitest';
import { builtScenes } from '../app/registry';
import { en as lnbnEn } from '../scenes/layernorm-vs-batchnorm/copy/en';
import { zh as lnbnZh } from '../scenes/layernorm-vs-batchnorm/copy/zh';
import type { SceneCopy, SceneModule } from '../scenes/types';

const loaded = await Promise.all(builtScenes.map(async (m) => [m, await m.load()] as const));
const cases = loaded.map(([m, mod]) => [m.id, m, mod] as const);

/** Every leaf path of a nested object, e.g. `steps.tensor.title`; array indices count as keys. */
function keyPaths(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) out.push(...keyPaths(v, prefix ? `${prefix}.${k}` : k));
  return out.sort();
}

/** The tree with every leaf replaced by its type: paths whose leaves differ in kind between the two trees (string vs object vs array). */
function shapeOf(o: unknown): unknown {
  if (Array.isArray(o)) return o.map(shapeOf);
  if (typeof o === 'object' && o !== null) return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shapeOf(v)]).sort());
  return typeof o;
}

describe('question 3 copy', () => {
  it('has the same key tree in zh and en', () => {
    expect(keyPaths(lnbnZh)).toEqual(keyPaths(lnbnEn));
    expect(shapeOf(lnbnZh)).toEqual(shapeOf(lnbnEn));
  });
});

describe.each(cases)('scene %s copy', (_id, manifest, mod: SceneModule) => {
  const langs = ['zh', 'en'] as const;

  it('has the same key tree (and array lengths) in zh and en', () => {
    expect(keyPaths(mod.copy.zh)).toEqual(keyPaths(mod.copy.en));
    expect(shapeOf(mod.copy.zh)).toEqual(shapeOf(mod.copy.en));
  });

  it.each(langs)('%s has a title and caption for every step of the manifest, and no extra steps', (lang) => {
    const c: SceneCopy = mod.copy[lang];
    for (const s of manifest.steps) {
      expect(c.steps[s.id]?.title, s.id).toBeTruthy();
      expect(c.steps[s.id]?.caption, s.id).toBeTruthy();
    }
    expect(Object.keys(c.steps).sort()).toEqual(manifest.steps.map((s) => s.id).sort());
  });

  it.each(langs)('%s labels every param, and every option of enum params', (lang) => {
    const c: SceneCopy = mod.copy[lang];
    for (const p of manifest.params) {
      expect(c.params[p.key]?.label, p.key).toBeTruthy();
      if (p.type === 'enum') for (const o of p.options) expect(c.params[p.key].options?.[o], `${p.key}=${o}`).toBeTruthy();
    }
    expect(Object.keys(c.params).sort()).toEqual(manifest.params.map((p) => p.key).sort());
  });

  it.each(langs)('%s labels every readout the manifest lists', (lang) => {
    const c: SceneCopy = mod.copy[lang];
    for (const r of manifest.readouts) expect(c.readouts[r], r).toBeTruthy();
  });

  it.each(langs)('%s has unique source ids and every referenced source exists', (lang) => {
    const c: SceneCopy = mod.copy[lang];
    const ids = c.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...c.misconceptions.flatMap((m) => m.sources ?? []), ...c.followUps.flatMap((f) => f.sources ?? [])];
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(ids, `source "${r}"`).toContain(r);
  });

  it('uses the same source ids and URLs in both languages', () => {
    const strip = (c: SceneCopy) => c.sources.map((s) => ({ id: s.id, url: s.url }));
    expect(strip(mod.copy.zh)).toEqual(strip(mod.copy.en));
  });

  it('references the same sources from the same misconceptions and follow-ups in both languages', () => {
    const refs = (c: SceneCopy) => [c.misconceptions.map((m) => m.sources ?? []), c.followUps.map((f) => f.sources ?? [])];
    expect(refs(mod.copy.zh)).toEqual(refs(mod.copy.en));
  });

  it('uses the same math in every formula in both languages (only \\text{…} words and spacing may differ)', () => {
    // words inside \text{} are translated like any other copy; the mathematics must be identical
    const math = (tex: string) =>
      tex
        .replace(/\\text\{[^{}]*\}/g, '\\text{}')
        .replace(/\\(?:qquad|quad|[ ,;:!])/g, '')
        .replace(/\s+/g, '');
    expect(mod.copy.zh.formulas.map((f) => math(f.tex))).toEqual(mod.copy.en.formulas.map((f) => math(f.tex)));
    expect(mod.copy.zh.formulas.length).toBe(mod.copy.en.formulas.length);
  });
});
