import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CodecIssue } from './paramsCodec';
import { createAppStore, PREFS_KEY, readSavedPrefs } from './store';

const issue = (key: string): CodecIssue => ({ kind: 'clamped', key, raw: '999', value: '1' });

beforeEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('preferences', () => {
  it('start as zh, light, full motion, and read back as nulls from empty storage', () => {
    const s = createAppStore().getState();
    expect([s.lang, s.theme, s.reducedMotion]).toEqual(['zh', 'light', false]);
    expect(readSavedPrefs()).toEqual({ lang: null, theme: null, reducedMotion: null });
  });

  it('persist setLang, setTheme and setReducedMotion to localStorage', () => {
    const store = createAppStore();
    store.getState().setLang('en');
    expect(readSavedPrefs()).toEqual({ lang: 'en', theme: null, reducedMotion: null });
    store.getState().setTheme('dark');
    store.getState().setReducedMotion(true);
    expect(readSavedPrefs()).toEqual({ lang: 'en', theme: 'dark', reducedMotion: true });
    expect(store.getState()).toMatchObject({ lang: 'en', theme: 'dark', reducedMotion: true });
    expect(JSON.parse(localStorage.getItem(PREFS_KEY)!)).toEqual({ lang: 'en', theme: 'dark', reducedMotion: true });
  });

  it('keep other saved preferences when one changes', () => {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ theme: 'dark', extra: 1 }));
    createAppStore().getState().setReducedMotion(false);
    expect(JSON.parse(localStorage.getItem(PREFS_KEY)!)).toEqual({ theme: 'dark', extra: 1, reducedMotion: false });
    expect(readSavedPrefs()).toEqual({ lang: null, theme: 'dark', reducedMotion: false });
  });

  it.each(['{not json', 'null', '"zh"', '[1,2]', '42'])('read corrupt storage %j as nulls', (raw) => {
    localStorage.setItem(PREFS_KEY, raw);
    expect(readSavedPrefs()).toEqual({ lang: null, theme: null, reducedMotion: null });
  });

  it('read values of the wrong type as nulls', () => {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ lang: 5, theme: 'sepia', reducedMotion: 'yes' }));
    expect(readSavedPrefs()).toEqual({ lang: null, theme: null, reducedMotion: null });
  });

  it.each(['{broken', '[1,2]', '"zh"', 'null'])('overwrite corrupt saved JSON %j on the next change, so it persists again', (raw) => {
    localStorage.setItem(PREFS_KEY, raw);
    const store = createAppStore();
    store.getState().setLang('en');
    expect(store.getState().lang).toBe('en');
    expect(readSavedPrefs()).toEqual({ lang: 'en', theme: null, reducedMotion: null });
    expect(JSON.parse(localStorage.getItem(PREFS_KEY)!)).toEqual({ lang: 'en' });
  });

  it('still change in the store when storage throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const store = createAppStore();
    expect(() => store.getState().setTheme('dark')).not.toThrow();
    expect(store.getState().theme).toBe('dark');
  });

  it('read as nulls when getItem throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(readSavedPrefs()).toEqual({ lang: null, theme: null, reducedMotion: null });
  });
});

describe('notices', () => {
  it('are added with increasing ids and dismissed one by one', () => {
    const store = createAppStore();
    store.getState().addIssues([issue('a'), issue('b')]);
    const [a, b] = store.getState().notices;
    expect(a.issue.key).toBe('a');
    expect(b.issue.key).toBe('b');
    expect(b.id).toBeGreaterThan(a.id);
    store.getState().dismissNotice(a.id);
    expect(store.getState().notices.map((n) => n.issue.key)).toEqual(['b']);
    store.getState().dismissNotice(12345);
    expect(store.getState().notices).toHaveLength(1);
  });

  it('keep only the 6 newest', () => {
    const store = createAppStore();
    store.getState().addIssues(['1', '2', '3', '4'].map(issue));
    store.getState().addIssues(['5', '6', '7', '8'].map(issue));
    expect(store.getState().notices.map((n) => n.issue.key)).toEqual(['3', '4', '5', '6', '7', '8']);
    const ids = store.getState().notices.map((n) => n.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('show the same issue once, even when added twice', () => {
    const store = createAppStore();
    store.getState().addIssues([issue('a'), issue('a')]);
    store.getState().addIssues([issue('a'), issue('b')]);
    expect(store.getState().notices.map((n) => n.issue.key)).toEqual(['a', 'b']);
  });

  it('are cleared all at once, and adding none changes nothing visible', () => {
    const store = createAppStore();
    store.getState().addIssues([issue('a')]);
    store.getState().addIssues([]);
    expect(store.getState().notices).toHaveLength(1);
    store.getState().clearNotices();
    expect(store.getState().notices).toEqual([]);
  });
});

describe('scene state', () => {
  it('loadScene and setParams replace the history entry', () => {
    const store = createAppStore();
    store.getState().loadScene('x', { a: 1 }, 's1');
    expect(store.getState()).toMatchObject({ sceneId: 'x', params: { a: 1 }, stepId: 's1', historyMode: 'replace' });
    store.getState().setStep('s2');
    expect(store.getState().historyMode).toBe('push');
    store.getState().setParams({ a: 2 });
    expect(store.getState()).toMatchObject({ params: { a: 2 }, stepId: 's2', historyMode: 'replace' });
  });

  it('setStep pushes a history entry when not playing, and replaces while playing', () => {
    const store = createAppStore();
    store.getState().loadScene('x', { a: 1 }, 's1');
    store.getState().setStep('s2');
    expect(store.getState()).toMatchObject({ stepId: 's2', historyMode: 'push' });
    store.getState().setPlaying(true);
    store.getState().setStep('s3');
    expect(store.getState()).toMatchObject({ stepId: 's3', historyMode: 'replace' });
    store.getState().setPlaying(false);
    store.getState().setStep('s4');
    expect(store.getState().historyMode).toBe('push');
  });

  it('setStep keeps the params unless new ones are given', () => {
    const store = createAppStore();
    const p = { a: 1 };
    store.getState().loadScene('x', p, 's1');
    store.getState().setStep('s2');
    expect(store.getState().params).toBe(p);
    store.getState().setStep('s3', { a: 9 });
    expect(store.getState().params).toEqual({ a: 9 });
  });

  it('makes independent stores', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setPlaying(true);
    a.getState().setBackend('error', 'boom');
    expect(b.getState().playing).toBe(false);
    expect(b.getState().backend).toBe('idle');
    expect(a.getState()).toMatchObject({ backend: 'error', backendError: 'boom' });
    a.getState().setBackend('cpu');
    expect(a.getState().backendError).toBeNull();
  });
});
