/**
 * Bundles the training script (TypeScript, sharing `src/model/tokenizer.ts`, `format.ts` and `graph.ts`
 * with the browser runtime) into one Node ES module. tfjs stays external (resolved from node_modules).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  logLevel: 'warn',
  // bundle tfjs-core's ESM build so its gradient registrations (not in the Node bundle) can be imported;
  // the wasm backend stays external and shares the same global engine and registries.
  ssr: { noExternal: ['@tensorflow/tfjs-core'] },
  build: {
    ssr: 'main.ts',
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'main.mjs' } },
  },
});
