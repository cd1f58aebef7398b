#!/usr/bin/env node
/**
 * Size report of the production build (`npm run size`, after `vite build`).
 *
 * Reads dist/.vite/manifest.json and measures gzip sizes (zlib, level 9) of:
 *   - the entry: the `index.html` entry chunk plus every chunk it imports statically (what a first
 *     visit downloads before any scene), and its CSS;
 *   - the `tfjs` chunk and the `katex` chunk (forced by manualChunks in vite.config.ts);
 *   - each scene's lazy chunk (from src/scenes/<id>/module.ts), alone and with the static imports
 *     it adds on top of the entry (tfjs and katex listed apart).
 * Budgets: entry JS ≤ 150 KB gzip and no tfjs code in it; tfjs chunk ≤ 180 KB gzip.
 * Writes bench-results/sizes.json and bench-results/sizes.md.
 * Exit code: 1 only when the entry contains tfjs code (or the build is missing); an over-budget
 * size prints a WARNING line and still exits 0.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, process.env.SIZE_DIST ?? 'dist');
const OUT = resolve(ROOT, 'bench-results');
const KB = 1024;
export const BUDGETS = { entryGzip: 150 * KB, tfjsGzip: 180 * KB };

/**
 * Strings only tfjs library code carries (they survive minification: flag names, package names).
 * A bare "tfjs" is not enough: the app's own start-up code (which lazily imports the tfjs chunk)
 * says "tfjs" in messages, and the lazy chunk's file name "assets/tfjs-….js" appears in the
 * entry's preload map. Chunk file names are removed before searching.
 */
const TFJS_MARKERS = [
  '@tensorflow',
  'tfjsflags',
  'tfjs-core',
  'tfjs-converter',
  'tfjs-node',
  'WEBGL_VERSION',
  'WEBGL_PACK',
  'WEBGL_FORCE_F16_TEXTURES',
  'WEBGL_RENDER_FLOAT32_CAPABLE',
];

function fail(msg) {
  console.error(`size-report: ${msg}`);
  process.exit(1);
}

function loadManifest() {
  const p = join(DIST, '.vite', 'manifest.json');
  if (!existsSync(p)) fail(`no ${p} — run \`npm run build\` first (build.manifest must be on)`);
  return JSON.parse(readFileSync(p, 'utf8'));
}

const cache = new Map();
function measure(file) {
  if (!cache.has(file)) {
    const buf = readFileSync(join(DIST, file));
    cache.set(file, { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  return cache.get(file);
}

function sum(list) {
  return list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

/** Keys of `key` and everything it imports statically, transitively. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const k of manifest[key].imports ?? []) staticClosure(manifest, k, seen);
  return seen;
}

function cssOf(manifest, keys) {
  const css = new Set();
  for (const k of keys) for (const c of manifest[k].css ?? []) css.add(c);
  return [...css];
}

function findNamed(manifest, name) {
  const hits = Object.entries(manifest).filter(
    ([k, c]) => c.name === name || k === `_${name}` || new RegExp(`(^|/)_?${name}[-.][^/]*\\.js$`).test(k),
  );
  return hits.length ? hits[0][0] : undefined;
}

function scanForTfjs(files) {
  const hits = [];
  for (const f of files) {
    const text = readFileSync(join(DIST, f), 'utf8').replace(/[\w./-]*tfjs[\w.-]*\.(m?js|css)/g, '<chunk>');
    for (const marker of TFJS_MARKERS) {
      const i = text.indexOf(marker);
      if (i >= 0) hits.push({ file: f, marker, context: text.slice(Math.max(0, i - 60), i + 60).replace(/\s+/g, ' ') });
    }
  }
  return hits;
}

const fmtKB = (n) => `${(n / KB).toFixed(1)} KB`;

export function sizeReport() {
  const manifest = loadManifest();
  const entryKey =
    Object.keys(manifest).find((k) => manifest[k].isEntry && /(^|\/)index\.html$/.test(k)) ??
    Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) fail('no entry in the manifest');

  const tfjsKey = findNamed(manifest, 'tfjs');
  const katexKey = findNamed(manifest, 'katex');

  const entryKeys = staticClosure(manifest, entryKey);
  const entryFiles = [...entryKeys].map((k) => manifest[k].file);
  const entryJs = sum(entryFiles.map(measure));
  const entryCssFiles = cssOf(manifest, entryKeys);
  const entryCss = sum(entryCssFiles.map(measure));

  const rows = [];
  rows.push({ name: 'entry JS (index.html + static imports)', files: entryFiles, ...entryJs });
  rows.push({ name: 'entry CSS', files: entryCssFiles, ...entryCss });
  let tfjs;
  if (tfjsKey) {
    tfjs = measure(manifest[tfjsKey].file);
    rows.push({ name: 'tfjs chunk', files: [tfjs.file], raw: tfjs.raw, gzip: tfjs.gzip });
  }
  let katex;
  if (katexKey) {
    katex = measure(manifest[katexKey].file);
    const katexCss = cssOf(manifest, [katexKey]);
    rows.push({ name: 'katex chunk', files: [katex.file], raw: katex.raw, gzip: katex.gzip });
    if (katexCss.length) rows.push({ name: 'katex CSS', files: katexCss, ...sum(katexCss.map(measure)) });
  }

  const scenes = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    const m = /(^|\/)src\/scenes\/([^/]+)\/module\.tsx?$/.exec(key);
    if (!m) continue;
    const own = measure(chunk.file);
    const closure = staticClosure(manifest, key);
    const added = [...closure].filter((k) => !entryKeys.has(k) && k !== tfjsKey && k !== katexKey);
    const addedJs = sum(added.map((k) => measure(manifest[k].file)));
    const css = cssOf(manifest, added);
    const cssSize = sum(css.map(measure));
    scenes.push({
      id: m[2],
      file: chunk.file,
      raw: own.raw,
      gzip: own.gzip,
      withImports: { files: added.map((k) => manifest[k].file), raw: addedJs.raw, gzip: addedJs.gzip },
      css: { files: css, raw: cssSize.raw, gzip: cssSize.gzip },
      importsTfjs: closure.has(tfjsKey),
      importsKatex: closure.has(katexKey),
    });
    rows.push({ name: `scene ${m[2]}`, files: [chunk.file], raw: own.raw, gzip: own.gzip });
    if (added.length > 1) rows.push({ name: `scene ${m[2]} + its own imports`, files: added.map((k) => manifest[k].file), ...addedJs });
  }
  scenes.sort((a, b) => a.id.localeCompare(b.id));

  const total = sum(Object.values(manifest).map((c) => measure(c.file)));

  // which markers the tfjs chunk really carries (so the check is not blind)
  const liveMarkers = tfjsKey ? scanForTfjs([manifest[tfjsKey].file]).map((h) => h.marker) : [];
  const tfjsInEntry = [];
  if (tfjsKey && entryKeys.has(tfjsKey)) tfjsInEntry.push({ file: manifest[tfjsKey].file, marker: 'static import of the tfjs chunk', context: '' });
  tfjsInEntry.push(...scanForTfjs(entryFiles));

  const warnings = [];
  if (entryJs.gzip > BUDGETS.entryGzip) warnings.push(`entry JS is ${fmtKB(entryJs.gzip)} gzip, over the ${fmtKB(BUDGETS.entryGzip)} budget`);
  if (!tfjsKey) warnings.push('no chunk named "tfjs" in the manifest (manualChunks?)');
  else if (tfjs.gzip > BUDGETS.tfjsGzip) warnings.push(`tfjs chunk is ${fmtKB(tfjs.gzip)} gzip, over the ${fmtKB(BUDGETS.tfjsGzip)} budget`);
  if (!katexKey) warnings.push('no chunk named "katex" in the manifest');
  if (tfjsKey && liveMarkers.length === 0) warnings.push('none of the tfjs markers occurs in the tfjs chunk: the no-tfjs-in-entry check is blind');

  return {
    generatedAt: new Date().toISOString(),
    manifestPath: DIST.startsWith(ROOT + '/') ? relative(ROOT, join(DIST, '.vite', 'manifest.json')) : join(DIST, '.vite', 'manifest.json'),
    budgets: BUDGETS,
    entry: { files: entryFiles, raw: entryJs.raw, gzip: entryJs.gzip, css: { files: entryCssFiles, raw: entryCss.raw, gzip: entryCss.gzip } },
    tfjs: tfjs ?? null,
    katex: katex ?? null,
    scenes,
    total,
    rows,
    tfjsInEntry,
    tfjsMarkers: { searched: TFJS_MARKERS, foundInTfjsChunk: liveMarkers },
    warnings,
    ok: tfjsInEntry.length === 0,
  };
}

export function sizeMarkdown(r) {
  const lines = [
    '# Bundle sizes',
    '',
    `Generated ${r.generatedAt} from ${r.manifestPath}. gzip = zlib level 9.`,
    '',
    '| part | raw | gzip | budget |',
    '| --- | ---: | ---: | --- |',
  ];
  for (const row of r.rows) {
    let budget = '';
    if (row.name.startsWith('entry JS')) budget = `≤ ${fmtKB(r.budgets.entryGzip)} ${row.gzip <= r.budgets.entryGzip ? '✓' : '✗'}`;
    if (row.name === 'tfjs chunk') budget = `≤ ${fmtKB(r.budgets.tfjsGzip)} ${row.gzip <= r.budgets.tfjsGzip ? '✓' : '✗'}`;
    lines.push(`| ${row.name} | ${fmtKB(row.raw)} | ${fmtKB(row.gzip)} | ${budget} |`);
  }
  lines.push(`| all files in the manifest | ${fmtKB(r.total.raw)} | ${fmtKB(r.total.gzip)} | |`);
  lines.push('', `tfjs code in the entry: ${r.tfjsInEntry.length ? 'YES — ' + r.tfjsInEntry.map((h) => `${h.file}: "${h.marker}"`).join('; ') : 'none'}`);
  for (const w of r.warnings) lines.push('', `WARNING: ${w}`);
  return lines.join('\n') + '\n';
}

function printTable(r) {
  const w = Math.max(...r.rows.map((x) => x.name.length), 10);
  console.log(`${'part'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const row of r.rows) console.log(`${row.name.padEnd(w)}  ${fmtKB(row.raw).padStart(10)}  ${fmtKB(row.gzip).padStart(10)}`);
  console.log(`${'all files in the manifest'.padEnd(w)}  ${fmtKB(r.total.raw).padStart(10)}  ${fmtKB(r.total.gzip).padStart(10)}`);
  console.log(`budgets: entry JS ≤ ${fmtKB(r.budgets.entryGzip)} gzip (no tfjs), tfjs ≤ ${fmtKB(r.budgets.tfjsGzip)} gzip`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const r = sizeReport();
  printTable(r);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'sizes.json'), JSON.stringify(r, null, 2) + '\n');
  writeFileSync(join(OUT, 'sizes.md'), sizeMarkdown(r));
  console.log(`wrote ${join('bench-results', 'sizes.json')} and ${join('bench-results', 'sizes.md')}`);
  for (const w of r.warnings) console.log(`WARNING: ${w}`);
  if (!r.ok) {
    for (const h of r.tfjsInEntry) console.error(`ERROR: tfjs code in the entry: ${h.file}: "${h.marker}" …${h.context}…`);
    process.exit(1);
  }
}
