import { create, type StateCreator } from 'zustand';
import type { Lang, ParamValues } from '../scenes/types';
import type { CodecIssue } from './paramsCodec';

export type Theme = 'light' | 'dark';
export type BackendState = 'idle' | 'loading' | 'webgl' | 'cpu' | 'error';

/** Persisted preferences. */
export interface PrefsSlice {
  lang: Lang;
  theme: Theme;
  reducedMotion: boolean;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
  setReducedMotion: (on: boolean) => void;
}

/** The current scene's shareable state (mirrored in the URL). */
export interface SceneSlice {
  sceneId: string | null;
  params: ParamValues;
  stepId: string;
  /** How the next URL write should go: a new history entry or a replacement. */
  historyMode: 'push' | 'replace';
  loadScene: (id: string | null, params: ParamValues, stepId: string) => void;
  setParams: (params: ParamValues) => void;
  setStep: (stepId: string, params?: ParamValues) => void;
}

/** Step player. Never in the URL. */
export interface PlayerSlice {
  playing: boolean;
  setPlaying: (on: boolean) => void;
}

/** A visible, dismissible message (e.g. a URL value that was clamped). */
export interface Notice {
  id: number;
  issue: CodecIssue;
}

export interface NoticeSlice {
  notices: Notice[];
  addIssues: (issues: CodecIssue[]) => void;
  dismissNotice: (id: number) => void;
  clearNotices: () => void;
}

/** tfjs runtime status, shown in the page chrome. */
export interface RuntimeSlice {
  backend: BackendState;
  backendError: string | null;
  setBackend: (b: BackendState, error?: string | null) => void;
}

export type AppState = PrefsSlice & SceneSlice & PlayerSlice & NoticeSlice & RuntimeSlice;

export const PREFS_KEY = 'llm-scenes:prefs';

/** Preferences saved in localStorage (missing or corrupt storage gives nulls). */
export function readSavedPrefs(): { lang: string | null; theme: Theme | null; reducedMotion: boolean | null } {
  try {
    const raw = globalThis.localStorage?.getItem(PREFS_KEY);
    const o = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    return {
      lang: typeof o.lang === 'string' ? o.lang : null,
      theme: o.theme === 'light' || o.theme === 'dark' ? o.theme : null,
      reducedMotion: typeof o.reducedMotion === 'boolean' ? o.reducedMotion : null,
    };
  } catch {
    return { lang: null, theme: null, reducedMotion: null };
  }
}

function savePref(patch: Record<string, unknown>): void {
  try {
    const raw = globalThis.localStorage?.getItem(PREFS_KEY);
    let o: Record<string, unknown> = {};
    try {
      const v: unknown = raw ? JSON.parse(raw) : {};
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) o = v as Record<string, unknown>;
    } catch {
      /* corrupt saved JSON: overwrite it rather than never saving again */
    }
    globalThis.localStorage?.setItem(PREFS_KEY, JSON.stringify({ ...o, ...patch }));
  } catch {
    /* storage unavailable (private mode, sandboxed iframe): preferences just don't persist */
  }
}

export const createPrefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set) => ({
  lang: 'zh',
  theme: 'light',
  reducedMotion: false,
  setLang: (lang) => {
    savePref({ lang });
    set({ lang });
  },
  setTheme: (theme) => {
    savePref({ theme });
    set({ theme });
  },
  setReducedMotion: (reducedMotion) => {
    savePref({ reducedMotion });
    set({ reducedMotion });
  },
});

export const createSceneSlice: StateCreator<AppState, [], [], SceneSlice> = (set, get) => ({
  sceneId: null,
  params: {},
  stepId: '',
  historyMode: 'replace',
  loadScene: (sceneId, params, stepId) => set({ sceneId, params, stepId, historyMode: 'replace' }),
  setParams: (params) => set({ params, historyMode: 'replace' }),
  setStep: (stepId, params) =>
    set({
      stepId,
      params: params ?? get().params,
      historyMode: get().playing ? 'replace' : 'push',
    }),
});

export const createPlayerSlice: StateCreator<AppState, [], [], PlayerSlice> = (set) => ({
  playing: false,
  setPlaying: (playing) => set({ playing }),
});

let noticeSeq = 0;
export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  addIssues: (issues) =>
    set((s) => {
      // The same issue is shown once (a URL read twice, e.g. under React StrictMode, adds nothing new).
      const same = (a: CodecIssue, b: CodecIssue) => a.kind === b.kind && a.key === b.key && a.raw === b.raw;
      const fresh = issues.filter((i, k) => !s.notices.some((n) => same(n.issue, i)) && issues.findIndex((j) => same(i, j)) === k);
      if (!fresh.length) return s;
      return { notices: [...s.notices, ...fresh.map((issue) => ({ id: ++noticeSeq, issue }))].slice(-6) };
    }),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clearNotices: () => set({ notices: [] }),
});

export const createRuntimeSlice: StateCreator<AppState, [], [], RuntimeSlice> = (set) => ({
  backend: 'idle',
  backendError: null,
  setBackend: (backend, backendError = null) => set({ backend, backendError }),
});

/** Build a fresh store (the app has one; tests make their own). */
export function createAppStore() {
  return create<AppState>()((...a) => ({
    ...createPrefsSlice(...a),
    ...createSceneSlice(...a),
    ...createPlayerSlice(...a),
    ...createNoticeSlice(...a),
    ...createRuntimeSlice(...a),
  }));
}

/** The app's store. Read one field per selector: `useAppStore((s) => s.lang)`. */
export const useAppStore = createAppStore();
