// @web/test-runner: every test in real headless Chromium (Debian's package; see scripts/ensure-chromium.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeArgs, chromePath } from './test/chromium.mjs';
import { countReporter } from './test/count-reporter.mjs';

let reactModule;
const workerScript = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // React ships CommonJS only: the portico/react test gets it as one ESM bundle (see /__react.js).
    {
      name: 'react-as-esm',
      resolveImport({ source }) {
        if (source === 'react' || source === 'react-dom/client') return '/__react.js';
      },
    },
  ],

  middleware: [
    // React and react-dom/client bundled once into a single ES module (one React instance).
    async function reactBundle(context, next) {
      if (context.path !== '/__react.js') return next();
      reactModule ??= build({
        stdin: { contents: "import React from 'react'; import { createRoot } from 'react-dom/client'; export default React; export { createRoot };", resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
      }).then((result) => result.outputFiles[0].text);
      context.type = 'application/javascript';
      context.body = await reactModule;
    },
    // One module importing every story file, for test/stories.test.ts.
    function storyIndex(context, next) {
      if (context.path !== '/__stories.js') return next();
      const files = readdirSync('stories').filter((file) => file.endsWith('.stories.ts')).sort();
      context.type = 'application/javascript';
      context.body = [
        ...files.map((file, i) => `import * as s${i} from '/stories/${file}';`),
        `export default { ${files.map((file, i) => `${JSON.stringify(file)}: s${i}`).join(', ')} };`,
      ].join('\n');
    },
    // msw's service worker must be served from the root to control every test page.
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.body = workerScript;
        return;
      }
      return next();
    },
    // A real HTTP endpoint outside msw, for what a service worker hides: upload progress.
    // Tests reach it on the other loopback name, a different origin that msw's worker does not control.
    async function echoUpload(context, next) {
      if (!context.path.startsWith('/echo-api/')) return next();
      context.set('Access-Control-Allow-Origin', '*');
      context.set('Access-Control-Allow-Headers', 'Authorization, Idempotency-Key, Content-Type');
      if (context.method === 'OPTIONS') {
        context.status = 204;
        return;
      }
      let size = 0;
      // Read slowly, like a server on a real network, so the browser has progress to report.
      for await (const chunk of context.req) {
        size += chunk.length;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      context.type = 'application/json';
      context.body = JSON.stringify({
        id: 'file_echo',
        name: 'echo.bin',
        mimeType: 'application/octet-stream',
        size,
        createdAt: '2026-11-23T12:00:00Z',
        uploadedBy: 'client',
        // Echoed in a contract field so it survives the adapter's validation.
        folder: JSON.stringify({ idempotencyKey: context.get('Idempotency-Key'), authorization: context.get('Authorization') }),
      });
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } })],
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
