import { en } from './en';
import { zh } from './zh';
import type { Lang } from '../scenes/types';

export { QUESTIONS, CHAPTERS } from './questions';
export type { Question, ChapterId } from './questions';

/** Shell messages per language. */
export const MESSAGES = { zh, en } as const;
export type ShellMessages = typeof zh;

/** Fill `{name}` placeholders. */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Parse a language tag from the URL or storage; null when it is not one we ship. */
export function parseLang(raw: string | null | undefined): Lang | null {
  if (!raw) return null;
  const v = raw.toLowerCase();
  if (v === 'zh' || v.startsWith('zh-')) return 'zh';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return null;
}

/** `lang=` in the URL wins, then the saved choice, then the browser's languages, then zh. */
export function resolveLang(urlLang: string | null, saved: string | null, browser: readonly string[]): Lang {
  const fromUrl = parseLang(urlLang);
  if (fromUrl) return fromUrl;
  const fromSaved = parseLang(saved);
  if (fromSaved) return fromSaved;
  for (const b of browser) {
    const l = parseLang(b);
    if (l) return l;
  }
  return 'zh';
}
