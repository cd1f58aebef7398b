/**
 * Bundles the fine-tuning script (shares src/model/{tokenizer,format,graph}.ts with the browser) into one
 * Node ES module, exactly like scripts/tiny-transformer/vite.config.ts.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  logLevel: 'warn',
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
