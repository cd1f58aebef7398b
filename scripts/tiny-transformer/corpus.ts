/**
 * Generates the tiny transformer's training corpus (seeded, deterministic):
 *  - documents built from the hand-written facts in `topics.ts` (zh and en): interview Q&A, short
 *    explanations, recaps that restate their first sentence, question lists;
 *  - the app's own scene copy (string literals of `src/scenes/<id>/copy/{zh,en}.ts`).
 * Writes `data/train.txt`, `data/val.txt` (documents separated by a blank line) and `data/stats.json`.
 * Run through `npm run train -- corpus` (see README in this folder).
 */
import { mulberry32 } from '../../src/compute/rng';
import { TOPICS } from './topics';

export interface CorpusOptions {
  seed: number;
  /** Number of generated documents. */
  documents: number;
  /** Fraction of documents held out for validation. */
  valFraction: number;
}

type Lang = 'zh' | 'en';

const CONNECT: Record<Lang, string[]> = {
  zh: ['', '', '', '首先，', '其次，', '另外，', '同时，', '而且，', '需要注意的是，', '换句话说，'],
  en: ['', '', '', 'First, ', 'Also, ', 'In addition, ', 'Note that ', 'Moreover, ', 'In other words, '],
};

function lowerFirst(s: string): string {
  // keep acronyms and names (BERT, LoRA, ZeRO, GPT...) as they are
  if (/^[A-Z](?:[a-z]|\s)/.test(s) && !/^(LayerNorm|BatchNorm|RMSNorm|LoRA|LangChain|LLaMA|Qwen|ChatGLM|BART|BERT|GPT|AdamW|Adam|ALiBi|ZeRO|DeepSpeed|Pre-LN|Top|T5|Matrix|Rotary)/.test(s)) {
    return s[0].toLowerCase() + s.slice(1);
  }
  return s;
}

function joinEn(prefix: string, fact: string): string {
  if (!prefix) return fact;
  return prefix + lowerFirst(fact);
}

export function generateCorpus(opts: CorpusOptions, appCopy: { zh: string[]; en: string[] }) {
  const rnd = mulberry32(opts.seed);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const shuffle = <T,>(a: readonly T[]): T[] => {
    const b = a.slice();
    for (let i = b.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [b[i], b[j]] = [b[j], b[i]];
    }
    return b;
  };
  const sentences = (lang: Lang, facts: string[]) =>
    facts.map((f, i) => {
      const c = i === 0 ? '' : pick(CONNECT[lang]);
      return lang === 'zh' ? c + f : joinEn(c, f);
    });
  const sep = (lang: Lang) => (lang === 'zh' ? '' : ' ');

  const docs: string[] = [];
  for (let d = 0; d < opts.documents; d++) {
    const lang: Lang = rnd() < 0.55 ? 'zh' : 'en';
    const topic = pick(TOPICS);
    const t = topic[lang];
    const kind = rnd();
    const n = 2 + Math.floor(rnd() * Math.min(4, t.facts.length - 1));
    const facts = shuffle(t.facts).slice(0, n);
    let doc: string;
    if (kind < 0.35) {
      // interview Q&A
      doc = lang === 'zh' ? `问：${t.q}\n答：${sentences(lang, facts).join('')}` : `Q: ${t.q}\nA: ${sentences(lang, facts).join(' ')}`;
    } else if (kind < 0.6) {
      // short explanation with a title
      doc = lang === 'zh' ? `关于${t.name}：${sentences(lang, facts).join('')}` : `About ${t.name}: ${sentences(lang, facts).join(' ')}`;
    } else if (kind < 0.8) {
      // recap: the paragraph ends by restating its first sentence
      const body = sentences(lang, facts).join(sep(lang));
      doc = lang === 'zh' ? `${body}总之，${facts[0]}` : `${body} In short, ${lowerFirst(facts[0])}`;
    } else if (kind < 0.9) {
      // a list of interview questions from several topics
      const qs = shuffle(TOPICS).slice(0, 3 + Math.floor(rnd() * 3));
      doc = (lang === 'zh' ? '面试常问：\n' : 'Common interview questions:\n') + qs.map((q, i) => `${i + 1}. ${q[lang].q}`).join('\n');
    } else {
      // two topics side by side
      const other = pick(TOPICS)[lang];
      const f2 = shuffle(other.facts).slice(0, 2);
      doc = sentences(lang, facts.slice(0, 2)).join(sep(lang)) + sep(lang) + sentences(lang, f2).join(sep(lang));
    }
    docs.push(doc);
  }
  // the app's own copy, each string one document (train split only, appended after generation)
  const copyDocs = [...appCopy.zh, ...appCopy.en];

  const train: string[] = [];
  const val: string[] = [];
  for (const doc of docs) (rnd() < opts.valFraction ? val : train).push(doc);
  for (const doc of copyDocs) (rnd() < opts.valFraction ? val : train).push(doc);
  // interleave copy documents with generated ones (deterministic shuffle)
  return { train: shuffle(train).join('\n\n') + '\n', val: shuffle(val).join('\n\n') + '\n' };
}

/** String literals (≥ 12 characters) of a copy file, with TypeScript escapes undone. */
export function extractCopyStrings(source: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;
  for (const m of source.matchAll(re)) {
    const raw = m[1] ?? m[2] ?? '';
    const s = raw.replace(/\\(.)/g, (_: string, c: string) => (c === 'n' ? '\n' : c));
    if (s.length >= 12 && !s.includes('${') && !/^\.?\.?\//.test(s)) out.push(s);
  }
  return out;
}
