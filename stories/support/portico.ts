/**
 * Every story runs on the mock backend: a fresh seeded store per story, served by msw (the real
 * REST adapter talks to it over HTTP), shaped by the story's `parameters.portico`. The story test
 * in test/stories.test.ts uses the same loader, so what designers see is what the tests check.
 */
import type { SetupWorker } from 'msw/browser';
import { createHandlers, PortalStore, startMockBackend, type FirmPreset } from '../../src/mocks/index.js';
import { createRestAdapter, type PortalAdapter, type Session } from '../../src/sdk/index.js';

export interface PorticoParameters {
  /** Which firm: the accountants (default) or the electricians. */
  preset?: FirmPreset;
  /** Who is signed in (contact id or email); `null` for nobody. Default Alice of Acme Bakery. */
  contact?: string | null;
  /** Invoices for the first company (10000 for the long-history stories). */
  invoiceCount?: number;
  /** Changes to the data or faults to inject before the story renders. */
  setup?: (store: PortalStore) => void;
  /** Render inside a box this wide (phone stories: 360). */
  width?: number;
}

export interface PorticoLoaded {
  store: PortalStore;
  adapter: PortalAdapter;
  session: Session | null;
}

export const API_BASE = '/portal-api';
let worker: Promise<SetupWorker> | undefined;

export async function loadPortico(parameters: PorticoParameters = {}): Promise<PorticoLoaded> {
  const store = new PortalStore({ preset: parameters.preset, invoiceCount: parameters.invoiceCount });
  parameters.setup?.(store);
  const session = parameters.contact === null ? null : store.createSession(parameters.contact ?? 'ct_alice');
  if (!worker) worker = startMockBackend(store, { baseUrl: API_BASE });
  (await worker).resetHandlers(...createHandlers(store, { baseUrl: API_BASE }));
  const adapter = createRestAdapter({ baseUrl: API_BASE, getToken: () => session?.token });
  return { store, adapter, session };
}

/** Loading forever: the state designers need to look at. */
export const hang = (route: Parameters<PortalStore['faults']['delay']>[0]) => (store: PortalStore) => store.faults.delay(route, 1e9);
/** Fails every call to a route with a server error. */
export const fail = (route: Parameters<PortalStore['faults']['delay']>[0]) => (store: PortalStore) => store.faults.fail(route, { status: 503 });

/** Typed `parameters` for a story: `parameters: portico({ setup: (store) => … })`. */
export const portico = (parameters: PorticoParameters) => ({ portico: parameters });
