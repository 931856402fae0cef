/**
 * `portico/mocks`: the mock backend, for your own tests, stories and prototypes.
 * One `PortalStore` (seeded data + business rules) with two faces: `createMemoryAdapter`
 * (in-process) and `createHandlers` (msw handlers speaking the REST contract).
 */
export { PortalStore, isAllowedType, CODE_MAX_TRIES, CODE_TTL_MS, LINK_TTL_MS, SESSION_TTL_MS, type StoreOptions, type SentMessage, type StoreUpload, type ChangeRecord } from './store.js';
export { FaultPlan, corrupt, errorForFault, type Fault, type FaultStatus, type FaultTarget } from './faults.js';
export { createMemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';
export { createHandlers, type HandlerOptions } from './handlers.js';
export { startMockBackend, type MockBackendOptions } from './browser.js';
export { seed, type Db, type FirmPreset, type SeedOptions } from './seed.js';
export { makePdf, makeSvg } from './pdf.js';
