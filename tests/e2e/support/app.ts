import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { NumberParamSpec, ParamSpec, SceneManifest, SetParamSpec, TextParamSpec } from '../../../src/scenes/types';

export type Theme = 'light' | 'dark';
export type Lang = 'zh' | 'en';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SCREENSHOT_DIR = resolve(ROOT, 'tests/e2e/screenshots');

/** Generous waits: SwiftShader WebGL on two cores is slow, and tfjs compiles shaders on first use. */
/** A cold load: tfjs start, shader compiles on software WebGL, a model fetch; slower when two workers run. */
export const READY_TIMEOUT = 120_000;
export const CHANGE_TIMEOUT = 10_000;
/** Waiting for a scene to finish drawing (a cold shader compile or a whole generation may sit in it). */
export const IDLE_TIMEOUT = 150_000;

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };
export const EMBED = { width: 640, height: 360 };

/** The app's base URL (ends with '/'); routes are hashes on it. */
export function baseURL(): string {
  return inject('baseURL');
}

/** `#/q/<id>?…` on the served build. Query values are encoded; order is kept. */
export function sceneURL(id: string, query: Record<string, string | number | boolean> = {}): string {
  return `${baseURL()}#/q/${id}${qs(query)}`;
}

/** `#/embed/<id>?…` on the served build. */
export function embedURL(id: string, query: Record<string, string | number | boolean> = {}): string {
  return `${baseURL()}#/embed/${id}${qs(query)}`;
}

/** The same-origin host page with an iframe on `src`. */
export function hostURL(src: string, size = EMBED): string {
  return `${baseURL()}__e2e/host.html?src=${encodeURIComponent(src)}&w=${size.width}&h=${size.height}`;
}

function qs(query: Record<string, string | number | boolean>): string {
  const parts = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Connects to the Chromium of scene shard `shard` (the global setup starts one per shard). */
export function connectBrowser(shard = 0): Promise<Browser> {
  const all = inject('wsEndpoints');
  return chromium.connect(all[shard % all.length], { timeout: 30_000 });
}

/** Everything a page reported as an error: console.error, uncaught exceptions, failed requests. */
export interface ErrorLog {
  errors: string[];
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  log: ErrorLog;
  close: () => Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  theme?: Theme;
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
}

/** A fresh context (own storage) and page, recording console errors and page errors of every frame. */
export async function openPage(browser: Browser, opts: OpenOptions = {}): Promise<OpenedPage> {
  const options: BrowserContextOptions = {
    viewport: opts.viewport ?? DESKTOP,
    colorScheme: opts.theme ?? 'light',
    locale: opts.locale ?? 'zh-CN',
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    deviceScaleFactor: 1,
  };
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log: ErrorLog = { errors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      log.errors.push(`console.error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => log.errors.push(`pageerror: ${err.stack ?? err.message}`));
  page.on('requestfailed', (req) => {
    const f = req.failure()?.errorText ?? '';
    if (!/ERR_ABORTED/.test(f)) log.errors.push(`requestfailed: ${req.url()} ${f}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) log.errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { context, page, log, close: () => context.close().catch(() => undefined) };
}

/** Waits for `[data-scene=id][data-ready=true]` in a page or frame. */
export async function waitReady(target: Page | Frame, id: string, timeout = READY_TIMEOUT): Promise<void> {
  await target.locator(`[data-scene="${id}"][data-ready="true"]`).first().waitFor({ state: 'attached', timeout });
}

/** Waits until `[data-readout="tf-backend"]` names a backend, and returns it. */
export async function waitBackend(target: Page | Frame, timeout = READY_TIMEOUT): Promise<string> {
  const handle = await target.waitForFunction(
    () => {
      const el = document.querySelector('[data-readout="tf-backend"]');
      const t = el?.textContent?.trim().toLowerCase() ?? '';
      return /^(webgl|webgl2|cpu|wasm|webgpu)$/.test(t) ? t : false;
    },
    undefined,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}

/** Text of every `[data-readout]` except the backend, keyed by readout key (duplicates joined). */
export async function readouts(target: Page | Frame): Promise<Record<string, string>> {
  return target.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-readout]'))) {
      const key = el.dataset.readout ?? '';
      if (key === 'tf-backend') continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      out[key] = key in out ? `${out[key]} | ${text}` : text;
    }
    return out;
  });
}

/** Readouts once they have stopped changing (two equal snapshots `gap` ms apart). */
export async function stableReadouts(target: Page | Frame, gap = 300, timeout = CHANGE_TIMEOUT): Promise<Record<string, string>> {
  const until = Date.now() + timeout;
  let prev = await readouts(target);
  for (;;) {
    await target.waitForTimeout(gap);
    const now = await readouts(target);
    if (changedKeys(prev, now).length === 0 || Date.now() > until) return now;
    prev = now;
  }
}

/**
 * After an action that may recompute (step change, URL change): waits up to `expectMs` for the
 * readouts to move away from `before` (computations are asynchronous, and `data-ready` stays true
 * after the first draw), then until they stop changing. Returns the settled readouts.
 */
export async function settleReadouts(
  target: Page | Frame,
  before: Record<string, string>,
  expectMs = 1000,
): Promise<Record<string, string>> {
  await waitReadoutChange(target, before, expectMs);
  return stableReadouts(target, 400);
}

/**
 * Waits until the scene has drawn what its current state asks for: two animation frames (so an
 * effect that starts a computation has run and set `data-pending`), then `data-ready="true"` and
 * `data-pending="false"` on the scene root, then readouts that hold still for `gap` ms (covers
 * scenes whose redraw is synchronous and never pends).
 */
export async function waitIdle(target: Page | Frame, id: string, gap = 150, timeout = CHANGE_TIMEOUT): Promise<Record<string, string>> {
  await target.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  await target.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return !!el && el.getAttribute('data-ready') === 'true' && el.getAttribute('data-pending') !== 'true';
    },
    `[data-scene="${id}"]`,
    { timeout, polling: 50 },
  );
  return stableReadouts(target, gap, timeout);
}

/** Keys whose text differs between two readout snapshots. */
export function changedKeys(a: Record<string, string>, b: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k] !== b[k]);
}

/** Polls until some readout differs from `before`; returns the changed keys (empty on timeout). */
export async function waitReadoutChange(
  target: Page | Frame,
  before: Record<string, string>,
  timeout = CHANGE_TIMEOUT,
): Promise<string[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const now = await readouts(target);
    const diff = changedKeys(before, now);
    if (diff.length) {
      // let a debounced second update land, then report against the settled values
      await target.waitForTimeout(150);
      return changedKeys(before, await readouts(target));
    }
    if (Date.now() > until) return [];
    await target.waitForTimeout(100);
  }
}

/** Query params of the current hash route (`#/q/<id>?a=1` → {a: '1'}). */
export async function hashQuery(target: Page | Frame): Promise<Record<string, string>> {
  const hash = await target.evaluate(() => location.hash);
  const q = hash.indexOf('?');
  return q < 0 ? {} : Object.fromEntries(new URLSearchParams(hash.slice(q + 1)));
}

/** Route part of the hash (`#/q/<id>`). */
export async function hashRoute(target: Page | Frame): Promise<string> {
  const hash = await target.evaluate(() => location.hash);
  const q = hash.indexOf('?');
  return q < 0 ? hash : hash.slice(0, q);
}

/** Polls `fn` until it returns a truthy value or the time runs out; returns the last value. */
export async function poll<T>(fn: () => Promise<T>, timeout = CHANGE_TIMEOUT, interval = 100): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Moves keyboard focus back to the document body (so ←/→ go to the step keys, not a control). */
export async function blurToBody(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
  });
}

/** Current `data-step` of the scene root. */
export async function currentStep(target: Page | Frame, id: string): Promise<string | null> {
  return target.locator(`[data-scene="${id}"]`).first().getAttribute('data-step');
}

/** Sets the theme with the header button (persisted by the app) until `html[data-theme]` matches. */
export async function ensureTheme(page: Page, theme: Theme): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const now = await page.locator('html').getAttribute('data-theme');
    if (now === theme) return;
    await page.locator('button[data-action="theme"]').first().click();
    await poll(async () => (await page.locator('html').getAttribute('data-theme')) !== now, 3000);
  }
  const now = await page.locator('html').getAttribute('data-theme');
  if (now !== theme) throw new Error(`could not switch html[data-theme] to ${theme} (is ${now})`);
}

export function numberParams(m: SceneManifest): NumberParamSpec[] {
  return m.params.filter((p): p is NumberParamSpec => p.type === 'int' || p.type === 'float');
}

/** Value as the URL codec and `<input type=range>` print it (no float noise). */
export function fmt(v: number): string {
  return String(Number(v.toFixed(10)));
}

/** The option of a `set` param to toggle for a valid, different choice (drop the first chosen one if allowed, else add one). */
export function setToggleOption(p: SetParamSpec): string {
  const chosen = p.default.split(',').filter(Boolean);
  if (chosen.length > (p.min ?? 0)) return chosen[0];
  return p.options.find((o) => !chosen.includes(o)) ?? p.options[0];
}

/** A valid value of a `text` param different from its default: its first half (or the default plus a letter). */
export function otherText(p: TextParamSpec): string {
  const chars = Array.from(p.default);
  return chars.length > 1 ? chars.slice(0, Math.ceil(chars.length / 2)).join('') : `${p.default}a`;
}

/** A valid value different from the default, for any param type (one grid step, the next option, ...). */
export function offDefault(p: ParamSpec): string | number | boolean {
  switch (p.type) {
    case 'enum':
      return p.options[(p.options.indexOf(p.default) + 1) % p.options.length];
    case 'bool':
      return !p.default;
    case 'set': {
      const o = setToggleOption(p);
      const chosen = p.default.split(',').filter(Boolean);
      return p.options.filter((x) => (x === o ? !chosen.includes(x) : chosen.includes(x))).join(',');
    }
    case 'text':
      return otherText(p);
    default:
      return fmt(p.default + p.step <= p.max ? p.default + p.step : p.default - p.step);
  }
}

/** A value far outside a number param's range: 10× its max (or max + 10× the span when max ≤ 0). */
export function wayOverMax(p: NumberParamSpec): number {
  return p.max > 0 ? p.max * 10 : p.max + 10 * (p.max - p.min) + 1;
}

export function describeParam(p: ParamSpec): string {
  if (p.type === 'enum') return `${p.key} (enum: ${p.options.join('|')})`;
  if (p.type === 'bool') return `${p.key} (bool)`;
  if (p.type === 'set') return `${p.key} (set: ${p.options.join(',')})`;
  if (p.type === 'text') return `${p.key} (text ≤ ${p.maxLength})`;
  return `${p.key} (${p.type} ${p.min}…${p.max})`;
}

/** Saves a screenshot under tests/e2e/screenshots/<rel>. */
export async function screenshot(page: Page, rel: string, fullPage = true): Promise<string> {
  const path = resolve(SCREENSHOT_DIR, rel);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
  return path;
}

/** Waits two animation frames and a little more, for a redraw after a state change to land. */
export async function settle(target: Page | Frame, ms = 250): Promise<void> {
  await target.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  await target.waitForTimeout(ms);
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core on the page; only serious and critical violations are returned. */
export async function seriousAxe(page: Page, label: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const findings = bad.map((v) => ({
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(0, 3).join(' ') ?? ''}`),
  }));
  if (findings.length) console.log(`[axe] ${label}:\n${formatAxe(findings)}`);
  return findings;
}

export function formatAxe(findings: AxeFinding[]): string {
  return findings.map((f) => `  ${f.impact} ${f.id}: ${f.help}\n${f.nodes.map((n) => `    - ${n}`).join('\n')}`).join('\n');
}
