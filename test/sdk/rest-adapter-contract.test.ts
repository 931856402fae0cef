import { runAdapterContract } from './adapter-contract.js';
import { createRestAdapter } from '../../src/sdk/rest-adapter.js';
import { API, serveStore } from '../helpers/msw.js';

runAdapterContract('REST adapter over msw', async ({ preset, timeout } = {}) => {
  const store = await serveStore({ preset });
  let token: string | undefined;
  const adapter = createRestAdapter({ baseUrl: API, getToken: () => token, timeout, retry: { delay: () => 0, maxRetryAfter: 1000 }, reconnectDelay: () => 20 });
  return { store, adapter, signIn: (session) => void (token = session?.token), abortReachesBackend: false };
});
