/**
 * The two weight files of this scene (the shipped tiny transformer and its full fine-tune), fetched
 * and parsed once per page. Parsing needs no tfjs (src/model/format.ts).
 */
import { parseModelFile, validateWeights, type ParsedModelFile } from '../../../model/format';

export const BASE_URL = 'model/tiny-transformer.bin';
export const FT_URL = 'model/tiny-transformer-ft.bin';

let loading: Promise<{ base: ParsedModelFile; ft: ParsedModelFile }> | null = null;

async function fetchModel(url: string): Promise<ParsedModelFile> {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  const href = base ? new URL(url, base).href : url;
  const res = await fetch(href);
  if (!res.ok) throw new Error(`tiny-transformer weights: could not load ${url} (HTTP ${res.status})`);
  const parsed = parseModelFile(await res.arrayBuffer());
  validateWeights(parsed);
  return parsed;
}

/** Both files (first call fetches; a failed load can be retried). */
export function getWeights(): Promise<{ base: ParsedModelFile; ft: ParsedModelFile }> {
  if (!loading) {
    loading = Promise.all([fetchModel(BASE_URL), fetchModel(FT_URL)]).then(([base, ft]) => ({ base, ft }));
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
