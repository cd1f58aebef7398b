import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fmt, MESSAGES, parseLang, resolveLang } from './index';
import { zh } from './zh';

/** Every leaf path of a nested object, e.g. `scene.prev`; array indices count as keys. */
function keyPaths(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) out.push(...keyPaths(v, prefix ? `${prefix}.${k}` : k));
  return out.sort();
}

describe('parseLang', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['ZH', 'zh'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
  ] as const)('reads %j as %s', (raw, lang) => {
    expect(parseLang(raw)).toBe(lang);
  });

  it.each(['fr', 'de-DE', 'zhx', 'english', 'eng', '', ' en', null, undefined])('gives null for %j', (raw) => {
    expect(parseLang(raw)).toBeNull();
  });
});

describe('resolveLang', () => {
  it('prefers the URL over everything', () => {
    expect(resolveLang('en', 'zh', ['zh-CN'])).toBe('en');
    expect(resolveLang('zh-TW', 'en', ['en-US'])).toBe('zh');
  });

  it('uses the saved choice when the URL has none or an unknown one', () => {
    expect(resolveLang(null, 'en', ['zh-CN'])).toBe('en');
    expect(resolveLang('fr', 'en', ['zh-CN'])).toBe('en');
  });

  it('uses the first browser language we ship when URL and saved say nothing useful', () => {
    expect(resolveLang(null, null, ['en-US', 'zh-CN'])).toBe('en');
    expect(resolveLang(null, 'xx', ['fr-FR', 'de', 'en-GB', 'zh'])).toBe('en');
    expect(resolveLang('', '', ['fr', 'zh-HK'])).toBe('zh');
  });

  it('falls back to zh', () => {
    expect(resolveLang(null, null, [])).toBe('zh');
    expect(resolveLang('fr', 'de', ['ja', 'ko'])).toBe('zh');
  });
});

describe('fmt', () => {
  it('fills named placeholders, repeated ones too', () => {
    expect(fmt('Step {i} of {n}', { i: 2, n: 8 })).toBe('Step 2 of 8');
    expect(fmt('{a}{a}-{b}', { a: 'x', b: 0 })).toBe('xx-0');
  });

  it('leaves unknown placeholders as they are', () => {
    expect(fmt('{a} {missing}', { a: 1 })).toBe('1 {missing}');
  });

  it('does not interpret $ patterns or braces in values', () => {
    expect(fmt('{v}', { v: '$& {x}' })).toBe('$& {x}');
  });

  it('leaves text without placeholders alone', () => {
    expect(fmt('plain {} { a }', { a: 1 })).toBe('plain {} { a }');
  });
});

describe('shell messages', () => {
  it('have the same keys in en and zh, recursively', () => {
    expect(keyPaths(zh)).toEqual(keyPaths(en));
  });

  it('have a non-empty string at every leaf in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const path of keyPaths(MESSAGES[lang])) {
        const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], MESSAGES[lang]);
        expect(typeof v, `${lang}:${path}`).toBe('string');
        expect((v as string).trim().length, `${lang}:${path}`).toBeGreaterThan(0);
      }
    }
  });

  it('use the same placeholders in en and zh', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const path of keyPaths(en)) {
      const get = (o: unknown) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
      expect(names(get(zh)), path).toEqual(names(get(en)));
    }
  });
});
