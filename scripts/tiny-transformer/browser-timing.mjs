// Measures the tiny transformer in headless Chromium (WebGL through SwiftShader, like the e2e tests):
// serves the repo with Vite's dev server, opens scripts/tiny-transformer/timing.html and records the
// result under "browser" in scripts/tiny-transformer/timings.json.   Usage: node scripts/tiny-transformer/browser-timing.mjs
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = execFileSync('bash', [join(ROOT, 'scripts/ensure-chromium.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const executablePath = out.trim().split('\n').pop().trim();
const server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('[page]', m.text()));
  await page.goto(url + 'scripts/tiny-transformer/timing.html');
  const r = await page.evaluate(() => window.__timing, undefined, { timeout: 300000 });
  console.log(JSON.stringify(r));
  const file = join(ROOT, 'scripts/tiny-transformer/timings.json');
  const prev = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const note = `${r.msPerTokenMedian} ms per generated token (median, KV cache, greedy, read-back included; first token ${r.firstTokenMs} ms incl. shader compiles); forward of 64 tokens with all internals ${r.forward64InternalsMs} ms (first call ${r.forward64InternalsFirstMs} ms); backend ${r.backend}; measured ${new Date().toISOString().slice(0, 10)} on the shared 2-core machine`;
  writeFileSync(file, JSON.stringify({ ...prev, browser: { ...r, note } }, null, 1) + '\n');
} finally {
  await browser.close();
  await server.close();
}
