#!/usr/bin/env node
// Size benchmark: min+gzip (level 9) of what a browser downloads.
//
// - first screen: dist/portico.min.js with everything it imports statically, plus the home view
//   (shell + sign-in + home: what a client waits for);
// - whole portal: every file of the CDN build (each chunk gzipped on its own, as served);
// - each element alone: its define module bundled with everything it needs (a page using only it);
// - the SDK alone: portico/sdk bundled.
// Prints a table and exits 1 when a budget is exceeded (`--report` prints without failing).
//
//   npm run bench:size
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BUDGETS = { firstScreen: 35, wholePortal: 75, sdk: 12 };
const report = process.argv.includes('--report');
const kb = (bytes) => bytes / 1024;
const gz = (content) => gzipSync(content, { level: 9 }).length;

const outDir = mkdtempSync(join(tmpdir(), 'portico-size-'));
try {
  // The CDN build, as a firm would load it from a CDN.
  await viteBuild({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: 'manifest.json' },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const fileSize = new Map();
  const sizeOf = (file) => {
    if (!fileSize.has(file)) fileSize.set(file, gz(readFileSync(join(outDir, file))));
    return fileSize.get(file);
  };
  // Static closure of a manifest entry: the files loaded before it runs.
  const closure = (key, seen = new Set()) => {
    const entry = manifest[key];
    if (!entry || seen.has(entry.file)) return seen;
    seen.add(entry.file);
    for (const imported of entry.imports ?? []) closure(imported, seen);
    return seen;
  };
  const first = closure('src/elements/home/define.ts', closure('src/cdn.ts'));
  const firstScreen = [...first].reduce((sum, file) => sum + sizeOf(file), 0);
  const allFiles = readdirSync(outDir, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
  // Translations load one at a time, for the client's language only: counted apart.
  const localeFiles = new Set(Object.entries(manifest).filter(([key]) => key.startsWith('src/locales/') && !key.endsWith('locale-codes.ts')).map(([, e]) => e.file));
  const wholePortal = allFiles.filter((file) => !localeFiles.has(file)).reduce((sum, file) => sum + sizeOf(file), 0);
  const largestLocale = Math.max(0, ...[...localeFiles].map(sizeOf));

  // Standalone bundles (esbuild, production Lit, minified).
  // What loads before the entry runs: its chunk and the chunks it imports statically (not lazy ones).
  const bundle = async (entry) => {
    const result = await esbuild({
      metafile: true,
      entryPoints: [join(root, entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      outdir: join(outDir, 'standalone'),
      splitting: true,
      conditions: ['browser', 'production'],
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    const outputs = result.metafile.outputs;
    const byPath = new Map(result.outputFiles.map((f) => [f.path, f]));
    const start = Object.keys(outputs).find((out) => outputs[out].entryPoint);
    const seen = new Set();
    const visit = (out) => {
      if (seen.has(out)) return;
      seen.add(out);
      for (const imported of outputs[out].imports) if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(start);
    return [...seen].reduce((sum, out) => sum + gz(byPath.get(resolve(out)).contents), 0);
  };
  const sdk = await bundle('src/sdk/index.ts');
  const elements = readdirSync(join(root, 'src/elements')).filter((name) => existsSync(join(root, 'src/elements', name, 'define.ts')));
  const elementSizes = [];
  for (const name of elements) elementSizes.push([`portico-${name}`, await bundle(`src/elements/${name}/define.ts`)]);

  const rows = [
    ['first screen (shell + sign-in + home)', firstScreen, BUDGETS.firstScreen],
    ['whole portal (every chunk)', wholePortal, BUDGETS.wholePortal],
    ['SDK alone (portico/sdk)', sdk, BUDGETS.sdk],
  ];
  let over = 0;
  console.log(`\n${'min+gzip'.padEnd(44)}${'kB'.padStart(8)}${'budget'.padStart(9)}`);
  for (const [label, bytes, budget] of rows) {
    const fails = kb(bytes) > budget;
    if (fails) over++;
    console.log(`${label.padEnd(44)}${kb(bytes).toFixed(1).padStart(8)}${`≤ ${budget}`.padStart(9)}${fails ? '  OVER' : '  ok'}`);
  }
  console.log(`\n${'each element alone, with its dependencies'.padEnd(44)}${'kB'.padStart(8)}`);
  for (const [tag, bytes] of elementSizes.sort((a, b) => b[1] - a[1])) console.log(`${tag.padEnd(44)}${kb(bytes).toFixed(1).padStart(8)}`);
  console.log(`\n${allFiles.length} files in the CDN build; the first screen loads ${first.size} of them.`);
  console.log(`Translations (one loads, for the client's language; not in the totals): largest ${kb(largestLocale).toFixed(1)} kB.`);
  if (over && !report) {
    console.log(`\n${over} budget(s) exceeded.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
