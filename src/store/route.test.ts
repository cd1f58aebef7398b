import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, type Route } from './route';

/** A route as plain data (URLSearchParams compare by identity). */
function plain(r: Route) {
  return { ...r, query: r.query.toString() };
}

/** The id of a scene or embed route ('' for home). */
function idOf(h: string): string {
  const r = parseHash(h);
  return r.view === 'home' ? '' : r.id;
}

describe('parseHash', () => {
  it.each(['#/', '', '#', '/', '#/?x=1'])('reads %j as home', (h) => {
    expect(parseHash(h).view).toBe('home');
  });

  it('keeps the query on home', () => {
    expect(parseHash('#/?lang=en').query.get('lang')).toBe('en');
  });

  it('reads a scene route with its query', () => {
    const r = parseHash('#/q/layernorm-vs-batchnorm?a=1&step=padding');
    expect(plain(r)).toEqual({ view: 'scene', id: 'layernorm-vs-batchnorm', query: 'a=1&step=padding' });
    expect(r.query.get('a')).toBe('1');
  });

  it('reads a scene route without a query, and with a trailing slash', () => {
    expect(plain(parseHash('#/q/adamw'))).toEqual({ view: 'scene', id: 'adamw', query: '' });
    expect(plain(parseHash('#/q/adamw/'))).toEqual({ view: 'scene', id: 'adamw', query: '' });
  });

  it('reads an embed route', () => {
    const r = parseHash('#/embed/layernorm-vs-batchnorm?controls=0');
    expect(r).toMatchObject({ view: 'embed', id: 'layernorm-vs-batchnorm' });
    expect(r.query.get('controls')).toBe('0');
  });

  it('reads the hash without the leading #', () => {
    expect(parseHash('/q/x?y=2')).toMatchObject({ view: 'scene', id: 'x' });
  });

  it.each(['#/q/', '#/q', '#/x/abc', '#/q/a/b', '#/embed', '#q/abc', '#//q/abc', '#/Q/abc', '#/q//', 'garbage', '#/embed/a/b?c=1'])(
    'sends the junk path %j home',
    (h) => {
      expect(parseHash(h).view).toBe('home');
    },
  );

  it('decodes percent-encoded ids', () => {
    expect(idOf('#/q/a%20b')).toBe('a b');
    expect(idOf('#/q/%E4%B8%AD%E6%96%87')).toBe('中文');
    expect(idOf('#/embed/a%2Fb')).toBe('a/b');
  });

  it('keeps a malformed percent-encoding raw instead of throwing', () => {
    expect(idOf('#/q/%E0%A4%A')).toBe('%E0%A4%A');
    expect(idOf('#/q/100%')).toBe('100%');
  });
});

describe('formatHash', () => {
  it('formats home with and without a query', () => {
    expect(formatHash('home')).toBe('#/');
    expect(formatHash('home', undefined, 'lang=en')).toBe('#/?lang=en');
  });

  it('formats scene and embed routes', () => {
    expect(formatHash('scene', 'adamw')).toBe('#/q/adamw');
    expect(formatHash('scene', 'adamw', 'step=a&b=1')).toBe('#/q/adamw?step=a&b=1');
    expect(formatHash('embed', 'adamw', 'controls=0')).toBe('#/embed/adamw?controls=0');
  });

  it('falls back to home when a scene has no id', () => {
    expect(formatHash('scene')).toBe('#/');
    expect(formatHash('embed', '', 'x=1')).toBe('#/?x=1');
  });

  it('percent-encodes ids', () => {
    expect(formatHash('scene', 'a b')).toBe('#/q/a%20b');
    expect(formatHash('scene', 'a/b')).toBe('#/q/a%2Fb');
    expect(formatHash('scene', 'a?b')).toBe('#/q/a%3Fb');
  });
});

describe('round trip', () => {
  it.each([
    ['scene', 'layernorm-vs-batchnorm', 'step=padding&B=4'],
    ['embed', 'layernorm-vs-batchnorm', 'step=tensor&controls=0'],
    ['scene', 'adamw', ''],
    ['scene', 'a b/c?d#e%', 'x=1'],
    ['embed', '中文', 'lang=zh'],
    ['home', undefined, 'lang=en'],
    ['home', undefined, ''],
  ] as const)('parseHash(formatHash(%s, %j, %j)) gives the same route', (view, id, query) => {
    const r = parseHash(formatHash(view, id, query));
    expect(r.view).toBe(view);
    if (r.view !== 'home') expect(r.id).toBe(id);
    expect(r.query.toString()).toBe(query);
  });

  it.each(['#/', '#/q/adamw', '#/q/layernorm-vs-batchnorm?step=padding&B=4', '#/embed/x?controls=0', '#/q/a%20b?x=1'])(
    'formatHash(parseHash(%j)) gives the same hash',
    (h) => {
      const r = parseHash(h);
      expect(formatHash(r.view, r.view === 'home' ? undefined : r.id, r.query.toString())).toBe(h);
    },
  );
});
