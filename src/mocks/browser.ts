/**
 * Starts the mock backend in a browser page: a service worker (msw) answers the REST contract
 * at `baseUrl` from a `PortalStore`. Used by the demo, stories and tests.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type HandlerOptions } from './handlers.js';
import type { PortalStore } from './store.js';

export interface MockBackendOptions extends HandlerOptions {
  /** Where `mockServiceWorker.js` is served. Default `/mockServiceWorker.js`. */
  workerUrl?: string;
  /** Log every mocked request to the console. Default false. */
  log?: boolean;
}

export async function startMockBackend(store: PortalStore, options: MockBackendOptions = {}): Promise<SetupWorker> {
  const worker = setupWorker(...createHandlers(store, options));
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: !options.log,
  });
  return worker;
}
