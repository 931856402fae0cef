#!/usr/bin/env node
// Benchmark: <portico-invoice-list> with 100 and with 10,000 invoices, in one Chromium run.
//
// Builds bench/invoice-list-render.html (production Lit, as a firm's site would ship it) into a
// temporary directory, serves it, and measures in the page, several times for each size:
// - first rows: from adding the element to its first rows in the DOM and laid out, with the
//   memory adapter's answers remembered after the warm-up, so this is the element's own cost
//   (paging, windowing, rendering, layout) — compared;
// - the same with the memory adapter working live: the mock backend filters and sorts all the
//   invoices on the page's main thread (a real backend does that on the server) — reported;
// - scroll: one screen down, until the rows there are rendered and laid out (per step) — compared;
// - for 10,000 only: a jump to row 5,000 (pages load on the way) — reported.
// It prints the medians and the ratios 10,000 : 100, and exits 1 when a compared ratio is above 3.
//
//   npm run bench:render            (REPS=9 npm run bench:render for more repetitions)
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../test/chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const REPS = Number(process.env.REPS ?? 7);
const SIZES = [100, 10_000];
const MAX_RATIO = 3;

const outDir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
let server;
let browser;
try {
  await build({
    configFile: false,
    root: join(root, 'bench'),
    logLevel: 'warn',
    publicDir: false,
    // Lit's decorators as TypeScript's experimentalDecorators compile them (as in vite.config.ts).
    oxc: { decorator: { legacy: true }, assumptions: { setPublicClassFields: true }, typescript: { removeClassFieldsWithoutInitializer: true } },
    build: { outDir, emptyOutDir: true, target: 'es2022', rolldownOptions: { input: join(root, 'bench/invoice-list-render.html') } },
  });

  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  server = createServer((req, res) => {
    const path = normalize(join(outDir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.startsWith(outDir) && existsSync(path) && statSync(path).isFile() ? path : undefined;
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/invoice-list-render.html`;

  // playwright-core gives the browser a fresh temporary profile of its own.
  browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');

  const results = Object.fromEntries(SIZES.map((n) => [n, { firstRows: [], live: [], scroll: [], rows: [], jump: [], backend: [] }]));
  for (const n of SIZES) await page.evaluate((count) => window.bench.prepare(count), n);
  // One warm-up of each size (JIT, style caches, the remembered answers), then interleaved repetitions.
  for (const n of SIZES) await page.evaluate((count) => window.bench.mount(count, true), n);
  for (let rep = 0; rep < REPS; rep++) {
    for (const n of SIZES) {
      const r = results[n];
      r.firstRows.push(await page.evaluate((count) => window.bench.mount(count, true), n));
      r.scroll.push(median(await page.evaluate(() => window.bench.scroll(6))));
      r.rows.push(await page.evaluate(() => window.bench.rowsInDom()));
      r.live.push(await page.evaluate((count) => window.bench.mount(count, false), n));
      r.backend.push(await page.evaluate((count) => window.bench.backendCall(count), n));
      if (n === 10_000) r.jump.push(await page.evaluate(() => window.bench.jump(5000)));
    }
  }

  const [small, large] = SIZES.map((n) => results[n]);
  const ratio = (key) => median(large[key]) / median(small[key]);
  const ms = (values) => `${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`;
  console.log(`<portico-invoice-list>, ${REPS} repetitions, medians — Chromium ${browser.version()}, 1280×800`);
  for (const n of SIZES) {
    const r = results[n];
    console.log(`  ${String(n).padStart(6)} invoices: first rows ${ms(r.firstRows)}; scroll step ${ms(r.scroll)}; rows in DOM ≤ ${Math.max(...r.rows)}`);
    console.log(`  ${' '.repeat(15)} with the mock backend working live: first rows ${ms(r.live)}; one listInvoices call alone ${ms(r.backend)}`);
  }
  console.log(`  10,000 invoices: jump to row 5,000 until its rows show ${ms(large.jump)} (pages of up to 500 on the way)`);
  const firstRatio = ratio('firstRows');
  const scrollRatio = ratio('scroll');
  console.log(`  ratio 10,000 : 100 — first rows ${firstRatio.toFixed(2)}×, scroll step ${scrollRatio.toFixed(2)}× (limit ${MAX_RATIO}×)`);
  console.log(`  (not compared) with the mock backend live: first rows ${ratio('live').toFixed(2)}×; the backend call alone ${ratio('backend').toFixed(2)}×`);
  const ok = firstRatio <= MAX_RATIO && scrollRatio <= MAX_RATIO;
  console.log(ok ? 'OK' : `FAIL: rendering 10,000 invoices costs more than ${MAX_RATIO}× rendering 100`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser?.close();
  server?.close();
  rmSync(outDir, { recursive: true, force: true });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
