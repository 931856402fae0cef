#!/usr/bin/env node
// End-to-end: dist/portico.min.js as a firm would load it from a CDN, on a page with the strict CSP.
// The portal is defined by the one file, other elements load on demand when they appear, nothing
// bare-imports a package, and no policy is violated. Adds its results to .wtr-summary.json.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath, freshProfile } from '../chromium.mjs';
import { serveWithCsp } from '../../scripts/serve-csp.mjs';
import { report } from './report.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const outDir = mkdtempSync(join(tmpdir(), 'portico-cdn-'));
const results = [];
let server;
let context;

const check = (name, ok, detail = '') => results.push({ name, failures: ok ? [] : [detail || 'failed'] });

try {
  await build({ configFile: join(root, 'vite.config.ts'), mode: 'cdn', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const files = readdirSync(outDir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
  const bare = files.filter((f) => /\bfrom\s*["'](?![./])[^"']+["']|import\(\s*["'](?![./])/.test(readFileSync(join(outDir, f), 'utf8')));
  check('the CDN build imports no bare package names (self-contained)', bare.length === 0, `bare imports in ${bare.join(', ')}`);
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title><script type="module" src="./portico.min.js"></script></head>
<body><portico-portal api-base="/no-backend-here" routing="memory"></portico-portal><div id="later"></div></body></html>`,
  );
  server = await serveWithCsp(outDir, 0);
  const base = `http://localhost:${server.address().port}/`;
  context = await chromium.launchPersistentContext(freshProfile(), { executablePath: chromePath, args: chromeArgs, headless: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const loaded = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(base);
  await page.waitForFunction(() => customElements.get('portico-portal') && document.querySelector('portico-portal').shadowRoot?.querySelector('[part~="error"]'), null, { timeout: 10_000 });
  check('one script tag defines <portico-portal>, which says clearly when its backend cannot be reached', true);
  const before = loaded.filter((p) => p.includes('/chunks/')).length;
  await page.evaluate(() => document.querySelector('#later').append(document.createElement('portico-invoice-list')));
  await page.waitForFunction(() => customElements.get('portico-invoice-list'), null, { timeout: 10_000 });
  check('an element added later is loaded on demand', loaded.filter((p) => p.includes('/chunks/')).length > before, 'no chunk was requested');
  const violations = await page.evaluate(() => window.__violations);
  check('no policy violation under the strict CSP', violations.length === 0, violations.join('; '));
  check('no page error', errors.length === 0, errors.join('; '));
} catch (error) {
  results.push({ name: 'CDN end-to-end run', failures: [String(error?.stack ?? error)] });
} finally {
  await context?.close();
  server?.close();
  rmSync(outDir, { recursive: true, force: true });
}

report('CDN bundle', results);
