import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from './server';
import { CHROMIUM_ARGS, SHARDS, resolveChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built app, ending in '/'. The host page is at `${baseURL}__e2e/host.html`. */
    baseURL: string;
    /** Playwright ws endpoints of the Chromiums (one per scene shard; see `connectBrowser`). */
    wsEndpoints: string[];
  }
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Once per run: make sure a production build and a Chromium exist, serve dist/ on a free port
 * (plus the e2e host page, same origin), and start one Chromium that every test file connects to.
 * Everything is closed again in the returned teardown.
 */
export default async function setup(project: TestProject) {
  const dist = resolve(ROOT, process.env.E2E_DIST ?? 'dist');
  if (!process.env.E2E_DIST && (!existsSync(resolve(dist, 'index.html')) || process.env.E2E_BUILD === '1')) {
    console.log('[e2e] no dist/index.html (or E2E_BUILD=1): running vite build');
    // vitest sets NODE_ENV=test, and a Vite build under it bundles React's development build (jsxDEV,
    // ~1.7x the entry size, much slower); the tests and the benchmark must run the production build
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }

  const executablePath = resolveChromium(ROOT);

  let server: StaticServer | undefined;
  const browsers: BrowserServer[] = [];
  const teardown = async () => {
    await Promise.all(browsers.splice(0).map((b) => b.close().catch(() => undefined)));
    await server?.close().catch(() => undefined);
    server = undefined;
  };
  try {
    server = await startStaticServer(dist, {
      '/__e2e/host.html': resolve(ROOT, 'tests/e2e/host.html'),
    });
    for (let i = 0; i < SHARDS; i++) {
      browsers.push(await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS }));
    }
  } catch (err) {
    await teardown();
    throw err;
  }
  console.log(`[e2e] serving ${dist} at ${server.url}; chromium ${executablePath}`);
  project.provide('baseURL', server.url);
  project.provide('wsEndpoints', browsers.map((b) => b.wsEndpoint()));
  return teardown;
}
