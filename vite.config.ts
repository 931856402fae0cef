/**
 * One config, three jobs:
 * - `vite` (npm start): the demo in demo/, with the mock backend's service worker served at the root;
 * - `vite build` (lib): ESM per entry (`.`, `./sdk`, `./mocks`, one per element) with dependencies external;
 * - `vite build --mode cdn`: dist/portico.min.js, self-contained for a `<script type="module">`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/elements/${entry.name}/define.ts`))
  .map((entry) => entry.name);

const themes = readdirSync('src/themes').filter((file) => file.endsWith('.css'));

/** Lit's decorators as TypeScript's `experimentalDecorators` compile them (what esbuild does in tests). */
const oxc = {
  decorator: { legacy: true },
  assumptions: { setPublicClassFields: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
} as UserConfig['oxc'];

/** Serves msw's worker script at /mockServiceWorker.js (dev server and preview). */
function mockServiceWorker(): Plugin {
  const script = () => readFileSync('node_modules/msw/lib/mockServiceWorker.js', 'utf8');
  return {
    name: 'portico:mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'application/javascript');
        res.end(script());
      });
    },
  };
}

/**
 * Lit creates its Trusted Types policy as "lit-html". The CDN bundle is Portico's own, so its Lit
 * registers the policy as "portico": a firm's CSP then needs `trusted-types portico dompurify`.
 */
function trustedTypesPolicyName(): Plugin {
  return {
    name: 'portico:trusted-types-policy',
    transform(code, id) {
      if (!/node_modules\/lit-html\//.test(id) || !code.includes('createPolicy(')) return null;
      return { code: code.replace(/createPolicy\((["'])lit-html\1/g, 'createPolicy("portico"'), map: null };
    },
  };
}

/** Puts msw's worker script next to a built page. */
function mockServiceWorkerFile(): Plugin {
  return {
    name: 'portico:mock-service-worker-file',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync('node_modules/msw/lib/mockServiceWorker.js', 'utf8') });
    },
  };
}

/** Copies the theme CSS files into dist/themes. */
function themeFiles(): Plugin {
  return {
    name: 'portico:themes',
    generateBundle() {
      for (const file of themes) this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(`src/themes/${file}`, 'utf8') });
    },
  };
}

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return { root: 'demo', oxc, plugins: [mockServiceWorker()], server: { port: 5173, host: true }, preview: { port: 4173 } };
  }
  if (mode === 'demo') {
    // The demo as a production build (npm run demo:csp serves it under the strict CSP).
    return {
      root: 'demo',
      oxc,
      publicDir: false,
      plugins: [trustedTypesPolicyName(), mockServiceWorkerFile()],
      resolve: { conditions: ['browser', 'production'] },
      build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022', rolldownOptions: { input: { index: 'demo/index.html', csp: 'demo/csp.html', builder: 'demo/builder.html' } } },
    };
  }
  if (mode === 'cdn') {
    return {
      oxc,
      publicDir: false,
      plugins: [trustedTypesPolicyName()],
      resolve: { conditions: ['browser', 'production'] },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'portico.min.js' },
        rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  return {
    oxc,
    publicDir: false,
    plugins: [themeFiles()],
    build: {
      outDir: 'dist',
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          'sdk/index': 'src/sdk/index.ts',
          'mocks/index': 'src/mocks/index.ts',
          'react/index': 'src/react/index.ts',
          ...Object.fromEntries(elements.map((name) => [`elements/${name}`, `src/elements/${name}/define.ts`])),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, 'ky', /^zod(\/|$)/, /^msw(\/|$)/, 'dompurify', /^react(-dom)?(\/|$)/],
      },
    },
  };
});
