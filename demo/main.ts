// The demo: the portal on the seeded mock backend, served by msw in this browser. No server needed.
import { PortalStore, startMockBackend } from '../src/mocks/index.js';
import { createRestAdapter } from '../src/sdk/index.js';

const store = new PortalStore();
await startMockBackend(store, { baseUrl: '/portal-api' });
const config = await createRestAdapter({ baseUrl: '/portal-api' }).getConfig();
document.querySelector('#status')!.textContent = `Mock backend running for ${config.firm.name}. The portal arrives with the shell issue.`;
