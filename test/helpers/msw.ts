// Starts the mock backend's msw worker once per test page, with a fresh store per test.
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from '../../src/mocks/handlers.js';
import { PortalStore, type StoreOptions } from '../../src/mocks/store.js';

export const API = '/portal-api';
export const TODAY = new Date('2026-11-23T12:00:00Z');
let worker: SetupWorker | undefined;

/** Every request that reached the mock backend since the last `serveStore`. */
export const requestLog: Request[] = [];

/** A new seeded store served over HTTP at `API` (replacing the previous one). */
export async function serveStore(options: StoreOptions = {}): Promise<PortalStore> {
  const store = new PortalStore({ now: () => TODAY, ...options });
  requestLog.length = 0;
  if (!worker) {
    worker = setupWorker(...createHandlers(store, { baseUrl: API }));
    worker.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.startsWith(API)) requestLog.push(request);
    });
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  } else {
    worker.resetHandlers(...createHandlers(store, { baseUrl: API }));
  }
  return store;
}

/** Requests to one path (and method) in the log. */
export const requestsTo = (path: string, method = 'GET') =>
  requestLog.filter((r) => r.method === method && new URL(r.url).pathname === API + path);
