/**
 * The benchmark (`npm run bench`): for every built scene, in real headless Chromium (SwiftShader
 * WebGL) against the production build:
 *
 *  1. time to ready — navigation start → `[data-scene][data-ready="true"]`, fresh context (cold
 *     cache) each time, median of LOADS loads; also → `tf-backend` readout showing a backend;
 *  2. slider drag — each range slider's thumb dragged with the mouse for ~DRAG_MS, back and forth;
 *     the page records (a) every requestAnimationFrame timestamp → frame intervals p50/p95/max and
 *     the share of frames over 1.5×16.7 ms, (b) 'long-animation-frame' entries (frames > 50 ms, with
 *     their script and render parts) when the browser supports them, (c) Event Timing entries for
 *     pointer/input events (input → next paint, reported from 16 ms up), and (d) main-thread busy
 *     time from CDP Performance.getMetrics (TaskDuration delta over the drag) divided by frames;
 *  3. tensor leak — `window.__tfNumTensors()` after load, after CHANGES parameter changes, and after
 *     CHANGES more (a leak shows as growth between the last two);
 *  4. the gzip sizes from scripts/size-report.mjs.
 *
 * Writes bench-results/bench.md and bench-results/bench.json (for the scenes run: `BENCH_SCENES=id,id`
 * limits it). Nothing here is asserted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtScenes } from '../../src/app/registry';
import type { NumberParamSpec, ParamSpec, SceneManifest } from '../../src/scenes/types';
import { DESKTOP, ROOT, connectBrowser, numberParams, openPage, sceneURL, settle, waitBackend, waitReady } from '../e2e/support/app';

const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const DRAG_MS = Number(process.env.BENCH_DRAG_MS ?? 2000);
/** A drag goes on past DRAG_MS until it has made this many pointer moves (or DRAG_MAX_MS passed). */
const MIN_MOVES = Number(process.env.BENCH_MIN_MOVES ?? 12);
const DRAG_MAX_MS = Number(process.env.BENCH_DRAG_MAX_MS ?? 20000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const MORE_CHANGES = Number(process.env.BENCH_MORE_CHANGES ?? 50);
const OUT = resolve(ROOT, 'bench-results');
/** BENCH_SCENES=id,id limits the run to those scenes (a full run takes ~3 min per scene here). */
const ONLY = (process.env.BENCH_SCENES ?? '').split(',').map((s) => s.trim()).filter(Boolean);

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

function stats(xs: number[]): Stats {
  if (!xs.length) return { n: 0, p50: NaN, p95: NaN, max: NaN, mean: NaN };
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const median = (xs: number[]) => stats(xs).p50;
const r1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

interface DragResult {
  param: string;
  durationMs: number;
  pointerMoves: number;
  inputEvents: number;
  valuesSeen: number;
  readoutChanges: number;
  frames: number;
  frameInterval: Stats;
  slowFramePct: number;
  loaf: { supported: boolean; count: number; duration: Stats; blockingTotal: number; scriptTotal: number; renderTotal: number };
  events: { count: number; duration: Stats; processing: Stats };
  busyPerFrameMs: number | null;
  busyPct: number | null;
}

interface SceneBench {
  id: string;
  backend: string;
  ready: { loadsMs: number[]; medianMs: number; backendMedianMs: number };
  drags: DragResult[];
  tensors: { afterLoad: number | null; afterChanges: number | null; afterMoreChanges: number | null; changes: number; moreChanges: number; note?: string };
}

/** Installed before any page script: records when the scene first reports ready and the backend shows. */
const READY_PROBE = () => {
  const w = window as unknown as { __benchReadyAt?: number; __benchBackendAt?: number };
  const check = () => {
    if (w.__benchReadyAt === undefined && document.querySelector('[data-scene][data-ready="true"]')) w.__benchReadyAt = performance.now();
    const b = document.querySelector('[data-readout="tf-backend"]')?.textContent?.trim();
    if (w.__benchBackendAt === undefined && b && /^(webgl|cpu|wasm|webgpu)/i.test(b)) w.__benchBackendAt = performance.now();
    if (w.__benchReadyAt !== undefined && w.__benchBackendAt !== undefined) obs.disconnect();
  };
  const obs = new MutationObserver(check);
  const start = () => {
    obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
};

/** Starts the in-page frame recorder. */
async function startRecorder(page: Page, inputSelector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as Record<string, unknown>;
    const values = new Set<string>();
    let inputEvents = 0;
    const input = document.querySelector<HTMLInputElement>(sel);
    const onInput = () => {
      inputEvents += 1;
      if (input) values.add(input.value);
    };
    input?.addEventListener('input', onInput, { passive: true });
    let readoutMutations = 0;
    const mo = new MutationObserver((recs) => {
      for (const r of recs) {
        const el = (r.target.nodeType === 1 ? r.target : r.target.parentElement) as Element | null;
        if (el?.closest('[data-readout]:not([data-readout="tf-backend"])')) {
          readoutMutations += 1;
          return;
        }
      }
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    const frames: number[] = [];
    const loaf: { duration: number; blocking: number; script: number; render: number }[] = [];
    const events: { name: string; duration: number; processing: number }[] = [];
    let on = true;
    const tick = (t: number) => {
      frames.push(t);
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const types = PerformanceObserver.supportedEntryTypes ?? [];
    const observers: PerformanceObserver[] = [];
    type Loaf = { entryType: string; duration: number; blockingDuration?: number; renderStart?: number; startTime: number; scripts?: { duration: number }[] };
    type Ev = { entryType: string; name: string; duration: number; processingStart: number; processingEnd: number };
    const take = (entries: PerformanceEntryList) => {
      for (const raw of entries) {
        if (raw.entryType === 'long-animation-frame') {
          const e = raw as unknown as Loaf;
          const script = (e.scripts ?? []).reduce((acc, x) => acc + x.duration, 0);
          const render = e.renderStart ? e.startTime + e.duration - e.renderStart : 0;
          loaf.push({ duration: e.duration, blocking: e.blockingDuration ?? 0, script, render });
        } else if (raw.entryType === 'event') {
          const e = raw as unknown as Ev;
          events.push({ name: e.name, duration: e.duration, processing: e.processingEnd - e.processingStart });
        }
      }
    };
    if (types.includes('long-animation-frame')) {
      const o = new PerformanceObserver((list) => take(list.getEntries()));
      o.observe({ type: 'long-animation-frame', buffered: false });
      observers.push(o);
    }
    if (types.includes('event')) {
      const o = new PerformanceObserver((list) => take(list.getEntries()));
      o.observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
      observers.push(o);
    }
    w.__benchRec = {
      loafSupported: types.includes('long-animation-frame'),
      stop: () => {
        on = false;
        for (const o of observers) {
          take(o.takeRecords());
          o.disconnect();
        }
        mo.disconnect();
        input?.removeEventListener('input', onInput);
        return { frames, loaf, events, inputEvents, values: values.size, readoutMutations };
      },
    };
  }, inputSelector);
}

async function stopRecorder(page: Page) {
  return page.evaluate(() => {
    const rec = (window as unknown as { __benchRec: { loafSupported: boolean; stop: () => unknown } }).__benchRec;
    return { loafSupported: rec.loafSupported, ...(rec.stop() as {
      frames: number[];
      loaf: { duration: number; blocking: number; script: number; render: number }[];
      events: { name: string; duration: number; processing: number }[];
      inputEvents: number;
      values: number;
      readoutMutations: number;
    }) };
  });
}

/** Drags one range input's thumb from its current position to both ends and back for ~DRAG_MS. */
async function dragSlider(page: Page, p: NumberParamSpec): Promise<DragResult> {
  const input = page.locator(`[data-param="${p.key}"] input[type="range"]`).first();
  await input.scrollIntoViewIfNeeded();
  await settle(page, 300);
  const box = (await input.boundingBox())!;
  const [value, min, max] = await input.evaluate((el: HTMLInputElement) => [Number(el.value), Number(el.min), Number(el.max)]);
  const inset = 8; // half the default thumb width
  const xAt = (f: number) => box.x + inset + f * (box.width - 2 * inset);
  const y = box.y + box.height / 2;
  const f0 = max > min ? (value - min) / (max - min) : 0;

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  };

  const sel = `[data-param="${p.key}"] input[type="range"]`;
  await startRecorder(page, sel);
  const task0 = await metric();
  const t0 = Date.now();
  await page.mouse.move(xAt(f0), y);
  await page.mouse.down();
  let moves = 0;
  // triangle wave: current → right end → left end → … with a pointer move every ~16 ms
  // (each move waits for the page to take the event, so a busy page gets fewer moves)
  while (Date.now() - t0 < DRAG_MS || (moves < MIN_MOVES && Date.now() - t0 < DRAG_MAX_MS)) {
    // two sweeps over DRAG_MS of wall time, or over MIN_MOVES moves when the page is slower than that
    const phase = Math.max((Date.now() - t0) / DRAG_MS, moves / MIN_MOVES) * 2 + f0;
    const tri = phase % 2 < 1 ? phase % 1 : 1 - (phase % 1);
    await page.mouse.move(xAt(tri), y);
    moves += 1;
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const wall = Date.now() - t0;
  const task1 = await metric();
  await settle(page, 100);
  const rec = await stopRecorder(page);
  await cdp.detach().catch(() => undefined);

  const intervals = rec.frames.slice(1).map((t, k) => t - rec.frames[k]);
  const busyMs = (task1 - task0) * 1000;
  return {
    param: p.key,
    durationMs: wall,
    pointerMoves: moves,
    inputEvents: rec.inputEvents,
    valuesSeen: rec.values,
    readoutChanges: rec.readoutMutations,
    frames: intervals.length,
    frameInterval: stats(intervals),
    slowFramePct: intervals.length ? (100 * intervals.filter((d) => d > 25).length) / intervals.length : NaN,
    loaf: {
      supported: rec.loafSupported,
      count: rec.loaf.length,
      duration: stats(rec.loaf.map((l) => l.duration)),
      blockingTotal: rec.loaf.reduce((a, l) => a + l.blocking, 0),
      scriptTotal: rec.loaf.reduce((a, l) => a + l.script, 0),
      renderTotal: rec.loaf.reduce((a, l) => a + l.render, 0),
    },
    events: {
      count: rec.events.length,
      duration: stats(rec.events.map((e) => e.duration)),
      processing: stats(rec.events.map((e) => e.processing)),
    },
    busyPerFrameMs: Number.isFinite(busyMs) && intervals.length ? busyMs / intervals.length : null,
    busyPct: Number.isFinite(busyMs) ? (100 * busyMs) / wall : null,
  };
}

async function tensorCount(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const f = (window as unknown as { __tfNumTensors?: () => number }).__tfNumTensors;
    return typeof f === 'function' ? f() : null;
  });
}

/** `count` parameter changes through the controls, round-robin, one per frame or two. */
async function changeParams(page: Page, m: SceneManifest, count: number, offset: number): Promise<void> {
  const ps: ParamSpec[] = [...m.params];
  for (let i = 0; i < count; i++) {
    const p = ps[(i + offset) % ps.length];
    const round = Math.floor((i + offset) / ps.length);
    const box = page.locator(`[data-param="${p.key}"]`).first();
    if (p.type === 'enum') {
      await box.locator(`button[data-value="${p.options[(round + 1) % p.options.length]}"]`).click();
    } else if (p.type === 'bool') {
      await box.locator('input[type="checkbox"]').click();
    } else if (p.type === 'set') {
      await box.locator('button[data-value]:not([disabled])').nth(round % p.options.length).click();
    } else if (p.type === 'text') {
      // typing is committed after a pause: a text param is not a per-frame control
      continue;
    } else {
      await box.locator('input[type="range"]').press(round % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await settle(page, 1500);
}

let browser: Browser;
const results: SceneBench[] = [];

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
  writeReport(results);
});

for (const m of builtScenes.filter((s) => !ONLY.length || ONLY.includes(s.id))) {
  describe(`bench ${m.id}`, () => {
    it('time to ready, slider drags, tensor count', async () => {
      const res: SceneBench = {
        id: m.id,
        backend: '',
        ready: { loadsMs: [], medianMs: NaN, backendMedianMs: NaN },
        drags: [],
        tensors: { afterLoad: null, afterChanges: null, afterMoreChanges: null, changes: CHANGES, moreChanges: MORE_CHANGES },
      };
      const backendAt: number[] = [];
      for (let k = 0; k < LOADS; k++) {
        const o = await openPage(browser, { viewport: DESKTOP });
        try {
          await o.context.addInitScript(READY_PROBE);
          await o.page.goto(sceneURL(m.id));
          await waitReady(o.page, m.id);
          res.backend = await waitBackend(o.page);
          const t = await o.page.evaluate(() => {
            const w = window as unknown as { __benchReadyAt?: number; __benchBackendAt?: number };
            return [w.__benchReadyAt ?? NaN, w.__benchBackendAt ?? NaN];
          });
          res.ready.loadsMs.push(t[0]);
          backendAt.push(t[1]);
        } finally {
          await o.close();
        }
      }
      res.ready.medianMs = median(res.ready.loadsMs);
      res.ready.backendMedianMs = median(backendAt);
      console.log(`[bench] ${m.id}: ready ${res.ready.loadsMs.map((x) => x.toFixed(0)).join(', ')} ms (${res.backend})`);

      const o = await openPage(browser, { viewport: DESKTOP });
      try {
        const { page } = o;
        await page.goto(sceneURL(m.id));
        await waitReady(page, m.id);
        await waitBackend(page);
        await settle(page, 1000);
        for (const p of numberParams(m)) {
          const d = await dragSlider(page, p);
          res.drags.push(d);
          console.log(
            `[bench] ${m.id} drag ${p.key}: ${d.frames} frames, interval p50 ${r1(d.frameInterval.p50)} p95 ${r1(d.frameInterval.p95)} max ${r1(d.frameInterval.max)} ms, ` +
              `LoAF ${d.loaf.count}, busy ${r1(d.busyPct ?? NaN)}%`,
          );
          await settle(page, 500);
        }

        // tensor leak check: from a fresh load
        await page.goto('about:blank');
        await page.goto(sceneURL(m.id));
        await waitReady(page, m.id);
        await waitBackend(page);
        await settle(page, 1000);
        res.tensors.afterLoad = await tensorCount(page);
        if (res.tensors.afterLoad === null) res.tensors.note = 'window.__tfNumTensors is not defined';
        await changeParams(page, m, CHANGES, 0);
        res.tensors.afterChanges = await tensorCount(page);
        await changeParams(page, m, MORE_CHANGES, CHANGES);
        res.tensors.afterMoreChanges = await tensorCount(page);
        console.log(`[bench] ${m.id} tensors: ${res.tensors.afterLoad} → ${res.tensors.afterChanges} → ${res.tensors.afterMoreChanges}`);
        if (o.log.errors.length) console.log(`[bench] ${m.id} page errors:\n  ${o.log.errors.join('\n  ')}`);
      } finally {
        await o.close();
      }
      results.push(res);
    });
  });
}

function loadSizes(): Record<string, unknown> | null {
  try {
    execFileSync(process.execPath, [resolve(ROOT, 'scripts/size-report.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    /* the size report exits 1 when tfjs is in the entry; its json is still written */
  }
  const p = resolve(OUT, 'sizes.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>) : null;
}

function writeReport(all: SceneBench[]): void {
  mkdirSync(OUT, { recursive: true });
  const sizes = loadSizes() as null | {
    entry: { gzip: number; css: { gzip: number } };
    tfjs: { gzip: number } | null;
    katex: { gzip: number } | null;
    scenes: { id: string; gzip: number; withImports: { gzip: number } }[];
    warnings: string[];
  };
  let chromiumVersion = '';
  try {
    chromiumVersion = browser?.version() ?? '';
  } catch {
    /* closed */
  }
  const env = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    chromium: chromiumVersion,
    loads: LOADS,
    dragMs: DRAG_MS,
    minMoves: MIN_MOVES,
    changes: CHANGES,
    moreChanges: MORE_CHANGES,
  };
  const method = [
    'Time to ready: fresh browser context per load (cold HTTP cache), `performance.now()` (ms since navigation start) when a MutationObserver installed before any page script first sees `[data-scene][data-ready="true"]`; median of the loads. "backend" is the same for the `tf-backend` readout naming a backend.',
    `Slider drag: the thumb of each range input is pressed with page.mouse and swept end to end and back for ~${DRAG_MS} ms (longer, up to ${DRAG_MAX_MS} ms, until at least ${MIN_MOVES} pointer moves were made), one pointer move about every 16 ms (page.mouse.move waits until the page has taken the event, so a blocked main thread shows as few moves; the page counts the range input's 'input' events, the distinct values they carried and the DOM mutations inside readouts). In the page, a requestAnimationFrame loop records every frame's timestamp (frame interval = time between frames: 16.7 ms is a smooth 60 Hz, "slow" = over 25 ms); a PerformanceObserver records 'long-animation-frame' entries (frames over 50 ms, with their script and render parts) and Event Timing entries (input → next paint for events of 16 ms or more). "busy/frame" is the main thread's TaskDuration over the drag (CDP Performance.getMetrics delta) divided by the frames drawn; "busy %" is that over wall time.`,
    `Tensors: \`window.__tfNumTensors()\` (tf.memory().numTensors) after a fresh load, after ${CHANGES} parameter changes through the controls (round-robin over the params; sliders by ArrowRight/ArrowLeft, enums by clicking the next option, bools by toggling; two animation frames after each), and after ${MORE_CHANGES} more. A leak shows as growth with the number of changes.`,
    'Machine: headless Debian Chromium with SwiftShader WebGL (no GPU) on the CPUs below, so absolute times are pessimistic; compare runs on the same machine.',
  ];
  writeFileSync(resolve(OUT, 'bench.json'), JSON.stringify({ env, method, scenes: all, sizes }, null, 2) + '\n');

  const f = (x: number | null | undefined, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));
  const kb = (n: number | undefined) => (n === undefined ? '–' : `${(n / 1024).toFixed(1)} KB`);
  const lines: string[] = [
    '# Benchmark',
    '',
    `${env.date} · node ${env.node} · ${env.cpus}× ${env.cpuModel} · Chromium ${env.chromium} (headless, SwiftShader WebGL)`,
    '',
    '## Time to ready',
    '',
    '| scene | backend | loads (ms) | median ready (ms) | median backend shown (ms) |',
    '| --- | --- | --- | ---: | ---: |',
  ];
  for (const s of all) {
    lines.push(`| ${s.id} | ${s.backend} | ${s.ready.loadsMs.map((x) => f(x, 0)).join(', ')} | ${f(s.ready.medianMs, 0)} | ${f(s.ready.backendMedianMs, 0)} |`);
  }
  lines.push(
    '',
    '## Slider drags',
    '',
    '| scene | param | frames | frame interval p50 / p95 / max (ms) | slow frames | LoAF > 50 ms: n, p95, max (ms) | input→paint p50 / p95 / max (ms), n | busy/frame (ms) | busy % | pointer moves → input events → values | readout mutations |',
    '| --- | --- | ---: | --- | ---: | --- | --- | ---: | ---: | --- | ---: |',
  );
  for (const s of all) {
    for (const d of s.drags) {
      lines.push(
        `| ${s.id} | ${d.param} | ${d.frames} | ${f(d.frameInterval.p50)} / ${f(d.frameInterval.p95)} / ${f(d.frameInterval.max)} | ${f(d.slowFramePct, 0)}% | ` +
          `${d.loaf.supported ? `${d.loaf.count}, ${f(d.loaf.duration.p95, 0)}, ${f(d.loaf.duration.max, 0)}` : 'n/a'} | ` +
          `${f(d.events.duration.p50, 0)} / ${f(d.events.duration.p95, 0)} / ${f(d.events.duration.max, 0)}, ${d.events.count} | ${f(d.busyPerFrameMs)} | ${f(d.busyPct, 0)}% | ${d.pointerMoves} → ${d.inputEvents} → ${d.valuesSeen} | ${d.readoutChanges} |`,
      );
    }
  }
  lines.push('', '## Tensor count', '', `| scene | after load | after ${CHANGES} changes | after ${CHANGES + MORE_CHANGES} changes | growth over the last ${MORE_CHANGES} |`, '| --- | ---: | ---: | ---: | ---: |');
  for (const s of all) {
    const t = s.tensors;
    const growth = t.afterChanges !== null && t.afterMoreChanges !== null ? t.afterMoreChanges - t.afterChanges : null;
    lines.push(`| ${s.id} | ${t.afterLoad ?? '–'} | ${t.afterChanges ?? '–'} | ${t.afterMoreChanges ?? '–'} | ${growth ?? (t.note ?? '–')} |`);
  }
  lines.push('', '## Sizes (gzip)', '');
  if (sizes) {
    lines.push('| part | gzip |', '| --- | ---: |');
    lines.push(`| entry JS | ${kb(sizes.entry.gzip)} |`, `| entry CSS | ${kb(sizes.entry.css.gzip)} |`);
    lines.push(`| tfjs chunk | ${kb(sizes.tfjs?.gzip)} |`, `| katex chunk | ${kb(sizes.katex?.gzip)} |`);
    for (const sc of sizes.scenes) lines.push(`| scene ${sc.id} (+ own imports) | ${kb(sc.gzip)} (${kb(sc.withImports.gzip)}) |`);
    for (const w of sizes.warnings) lines.push('', `WARNING: ${w}`);
  } else {
    lines.push('(no size report: dist/.vite/manifest.json missing?)');
  }
  lines.push('', '## Method', '', ...method.map((x) => `- ${x}`), '');
  writeFileSync(resolve(OUT, 'bench.md'), lines.join('\n'));
  console.log(`[bench] wrote bench-results/bench.md and bench-results/bench.json`);
}
