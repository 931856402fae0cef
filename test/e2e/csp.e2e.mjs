#!/usr/bin/env node
// End-to-end: the whole portal, and the embed builder, under the strict CSP of issue 9, in Chromium.
// Builds the demo for production, serves it with
//   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';
//   require-trusted-types-for 'script'; trusted-types portico dompurify
// signs in with an emailed code, visits every view and uses the main actions, and fails on any
// `securitypolicyviolation` (or page error). Adds its results to .wtr-summary.json for .ci/run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath, freshProfile } from '../chromium.mjs';
import { serveWithCsp } from '../../scripts/serve-csp.mjs';
import { report } from './report.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const outDir = mkdtempSync(join(tmpdir(), 'portico-csp-'));
const results = [];
let server;
let context;

const views = [
  '/',
  '/invoices',
  '/invoices/INV-1042',
  '/invoices/INV-1042?pay',
  '/quotes',
  '/quotes/Q-2001',
  '/contracts',
  '/contracts/ctr_acme_1',
  '/files',
  '/requests',
  '/requests/new',
  '/requests/req_acme_1',
  '/tasks',
  '/projects',
  '/projects/prj_acme_1',
  '/activity',
  '/catalogue',
  '/contact',
  '/pages/how-we-work',
];

try {
  await build({ configFile: join(root, 'vite.config.ts'), mode: 'demo', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  server = await serveWithCsp(outDir, 0);
  const base = `http://localhost:${server.address().port}/`;
  context = await chromium.launchPersistentContext(freshProfile(), { executablePath: chromePath, args: chromeArgs, headless: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const violations = async () => page.evaluate(() => window.__violations.splice(0));
  const step = async (name, run) => {
    try {
      await run();
      const found = [...(await violations()), ...errors.splice(0)];
      results.push({ name, failures: found });
    } catch (error) {
      results.push({ name, failures: [String(error?.message ?? error).split('\n')[0], ...(await violations().catch(() => []))] });
    }
  };
  const portal = page.locator('portico-portal');

  await step('sign-in page loads', async () => {
    await page.goto(`${base}csp.html`);
    await portal.locator('input[name="identifier"]').waitFor({ timeout: 10_000 });
  });
  await step('signs in with an emailed code', async () => {
    await portal.locator('input[name="identifier"]').fill('alice@acme-bakery.test');
    await portal.getByRole('button', { name: 'Send me a code' }).click();
    const code = (await page.locator('#messages .code').first().textContent({ timeout: 10_000 })).trim();
    await portal.locator('input[name="code"]').fill(code);
    await portal.locator('portico-home').waitFor({ timeout: 10_000 });
  });
  for (const path of views) {
    await step(`view ${path}`, async () => {
      await page.evaluate((p) => (location.hash = `#${p}`), path);
      await page.waitForTimeout(900);
      await page.waitForFunction(() => {
        const main = document.querySelector('portico-portal')?.shadowRoot?.querySelector('main');
        const view = main?.firstElementChild;
        return view && view.shadowRoot && !view.shadowRoot.querySelector('[part~="loading"]');
      }, null, { timeout: 10_000 });
    });
  }
  await step('opens a file preview and downloads', async () => {
    await page.evaluate(() => (location.hash = '#/files'));
    await page.waitForTimeout(900);
    const preview = portal.locator('portico-file-list').getByRole('button', { name: /preview/i }).first();
    if (await preview.count()) {
      await preview.click();
      await page.waitForTimeout(800);
      await page.keyboard.press('Escape');
    }
  });
  await step('uploads a file', async () => {
    await page.evaluate(() => (location.hash = '#/tasks'));
    await page.waitForTimeout(900);
    const input = portal.locator('portico-task-list').locator('portico-file-upload').first().locator('input[type="file"]');
    await input.setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
    await page.waitForTimeout(1200);
  });
  await step('switches to dark and to Arabic (right to left)', async () => {
    await page.evaluate(() => {
      const el = document.querySelector('portico-portal');
      el.theme = 'dark';
      el.locale = 'ar';
      location.hash = '#/invoices';
    });
    await page.waitForTimeout(1200);
  });
  await step('signs out', async () => {
    await portal.getByRole('button', { name: /Sign out|تسجيل الخروج/ }).click();
    await portal.locator('portico-login').waitFor({ timeout: 10_000 });
  });

  // The embed builder (also under the strict CSP): choices show in the portal and in the snippet.
  await step('embed builder: colour, modules and language reach the portal and the snippet', async () => {
    await page.goto(`${base}builder.html`);
    const preview = page.locator('.preview portico-portal');
    await preview.locator('nav a').first().waitFor({ state: 'attached', timeout: 10_000 });
    await page.locator('input[name="colorPrimary"]').fill('#0f766e');
    await page.locator('input[name="modules"][value="files"]').uncheck();
    await page.locator('select[name="locale"]').selectOption('fr-FR');
    await page.waitForTimeout(1200);
    const state = await page.evaluate(() => {
      const el = document.querySelector('.preview portico-portal');
      return {
        primary: el.style.getPropertyValue('--portico-color-primary'),
        nav: [...el.shadowRoot.querySelectorAll('nav a')].map((a) => a.textContent.trim()),
        snippet: document.querySelector('#snippet').textContent,
        config: JSON.parse(document.querySelector('#config').textContent),
      };
    });
    const problems = [];
    if (state.primary !== '#0f766e') problems.push(`primary colour is ${state.primary}`);
    if (state.nav.some((label) => /^(Files|Fichiers)$/.test(label))) problems.push(`Files still in the navigation: ${state.nav}`);
    if (!state.nav.includes('Factures')) problems.push(`navigation not in French: ${state.nav}`);
    if (!state.snippet.includes('locale="fr-FR"') || !state.snippet.includes('"colorPrimary": "#0f766e"')) problems.push(`snippet: ${state.snippet}`);
    if (state.config.modules.includes('files') || state.config.firm.primaryColor !== '#0f766e') problems.push(`config: ${JSON.stringify(state.config)}`);
    if (problems.length) throw new Error(problems.join('; '));
  });
} catch (error) {
  results.push({ name: 'CSP end-to-end run', failures: [String(error?.stack ?? error)] });
} finally {
  await context?.close();
  server?.close();
  rmSync(outDir, { recursive: true, force: true });
}

report('Strict CSP', results);
