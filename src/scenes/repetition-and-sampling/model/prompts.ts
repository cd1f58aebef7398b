/** Preset prompt texts and prompt validation (pure). */
import type { Tokenizer } from '../../../model/types';
import { DEFAULT_PROMPT, VAGUE_PROMPT } from '../params';

/** Example prompts (quick picks in the scene): a concrete question in each language, and a short, vague opening. */
export const PROMPT_PRESETS = ['zh', 'zh-vague', 'en', 'en-vague'] as const;
export type PromptKey = (typeof PROMPT_PRESETS)[number];
export const PROMPT_TEXT: Record<PromptKey, string> = {
  zh: DEFAULT_PROMPT,
  'zh-vague': VAGUE_PROMPT,
  en: 'Q: Why do large models repeat themselves?\nA:',
  'en-vague': 'Also,',
};

/** The sentence the self-reinforcement plot repeats, by language (both are statements from the training text's topics). */
export const REINFORCE_SENTENCE = {
  zh: '温度越低，分布越尖，输出越容易重复。',
  en: 'A lower temperature makes the distribution sharper and the output more repetitive.',
} as const;

/** Result of checking a prompt against the tokenizer and the context. */
export type PromptCheck =
  | { ok: true; ids: number[]; unknown: string[] }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too-long'; tokens: number; context: number };

/**
 * Encodes a prompt; empty (after trimming) or too long for the context (it must leave room for at
 * least one new token) is refused; characters the tokenizer maps to <unk> (id 0) are listed.
 */
export function checkPrompt(text: string, tok: Pick<Tokenizer, 'encode'>, contextLength: number, unkId = 0): PromptCheck {
  if (!text.trim()) return { ok: false, reason: 'empty' };
  const ids = tok.encode(text);
  if (!ids.length) return { ok: false, reason: 'empty' };
  if (ids.length >= contextLength) return { ok: false, reason: 'too-long', tokens: ids.length, context: contextLength };
  const unknown: string[] = [];
  for (const ch of new Set(Array.from(text))) {
    const e = tok.encode(ch);
    if (e.length === 1 && e[0] === unkId) unknown.push(ch);
  }
  return { ok: true, ids, unknown };
}
