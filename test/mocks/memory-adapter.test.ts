import { runAdapterContract } from '../sdk/adapter-contract.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import { PortalStore } from '../../src/mocks/store.js';

runAdapterContract('memory adapter', async ({ preset, timeout } = {}) => {
  const store = new PortalStore({ preset, now: () => new Date('2026-11-23T12:00:00Z') });
  let token: string | undefined;
  const adapter = createMemoryAdapter(store, { getToken: () => token, timeout });
  return { store, adapter, signIn: (session) => void (token = session?.token), abortReachesBackend: true };
});
