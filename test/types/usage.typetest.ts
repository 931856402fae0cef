/**
 * Type tests: checked by `npm test` (tsc), never run. Each `@ts-expect-error` marks misuse that
 * must not compile; if a type loosened, the unused directive itself fails the typecheck.
 */
import '../../src/index.js';
import { createRestAdapter, PortalError, isPortalError, type Invoice, type PortalAdapter } from '../../src/sdk/index.js';
import { createMemoryAdapter, PortalStore } from '../../src/mocks/index.js';
import { PorticoPortal as PortalComponent } from '../../src/react/index.js';

// --- Every tag is known to document.createElement / querySelector -----------------------------
const portal = document.createElement('portico-portal');
portal.apiBase = 'https://firm.example/portal-api';
portal.routing = 'memory';
portal.readOnly = true;
portal.theme = 'dark';
portal.appearance = { variables: { colorPrimary: '#0f766e', borderRadius: '4px', fontFamily: 'Georgia, serif' } };
// @ts-expect-error routing is 'hash' or 'memory'
portal.routing = 'history';
// @ts-expect-error read-only is a boolean
portal.readOnly = 'yes';
// @ts-expect-error no such appearance variable
portal.appearance = { variables: { colourPrimary: '#0f766e' } };

const viewer = document.querySelector('portico-invoice-viewer');
if (viewer) viewer.invoiceId = 'INV-1042';
// @ts-expect-error invoice-id is a string
if (viewer) viewer.invoiceId = 1042;
const tags: (keyof HTMLElementTagNameMap)[] = [
  'portico-portal',
  'portico-login',
  'portico-home',
  'portico-invoice-list',
  'portico-invoice-viewer',
  'portico-quote-list',
  'portico-quote-viewer',
  'portico-signature-pad',
  'portico-file-list',
  'portico-file-upload',
  'portico-request-form',
  'portico-request-list',
  'portico-request-thread',
  'portico-task-list',
  'portico-project-list',
  'portico-project-viewer',
  'portico-activity-feed',
  'portico-page',
  'portico-rich-text',
  'portico-catalogue',
  'portico-contact',
  'portico-comments',
];
// @ts-expect-error not a Portico tag
const unknown: keyof HTMLElementTagNameMap = 'portico-nope';

// --- Every event has a typed detail --------------------------------------------------------------
portal.addEventListener('portico-pay', (event) => {
  const ids: string[] = event.detail.invoiceIds;
  const kind: 'redirect' | 'client_secret' = event.detail.intent.kind;
  event.preventDefault();
  // @ts-expect-error no such detail field
  void event.detail.amountDue;
  void ids;
  void kind;
});
document.addEventListener('portico-navigate', (event) => {
  const path: string = event.detail.path;
  void path;
});
portal.addEventListener('portico-sign-in', (event) => {
  const name: string = event.detail.session.contact.name;
  void name;
});
portal.addEventListener('portico-upload', (event) => {
  // @ts-expect-error a file's size is a number
  const size: string = event.detail.file.size;
  void size;
});
portal.addEventListener('portico-decision', (event) => void event.detail.decision);
portal.addEventListener('portico-request-created', (event) => void event.detail);
portal.addEventListener('portico-unauthorized', (event) => void event.detail.error.type);

// --- The SDK's contract ----------------------------------------------------------------------------
const adapter: PortalAdapter = createRestAdapter({ baseUrl: 'https://firm.example/portal-api', getToken: () => 'token' });
void adapter.pay({ invoiceIds: ['INV-1042'] }, { idempotencyKey: crypto.randomUUID() });
// @ts-expect-error every write takes an idempotency key
void adapter.pay({ invoiceIds: ['INV-1042'] }, {});
// @ts-expect-error money is in minor units (a number), never a string
void adapter.pay({ invoiceIds: ['INV-1042'], amount: '12.50' }, { idempotencyKey: 'k' });
void adapter.getInvoice('INV-1042').then((invoice: Invoice) => {
  // @ts-expect-error draft is never a status a portal sees
  const draft: typeof invoice.status = 'draft';
  void draft;
});
try {
  throw new PortalError('rate_limited', undefined, { retryAfter: 30 });
} catch (error) {
  if (isPortalError(error)) {
    const type: 'network' | 'timeout' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'validation' | 'rate_limited' | 'server' | 'invalid_response' = error.type;
    void type;
  }
}
// @ts-expect-error not an error type
void new PortalError('oops');

// --- Mocks for users' own tests ----------------------------------------------------------------------
const store = new PortalStore({ preset: 'brightline', invoiceCount: 100 });
createMemoryAdapter(store, { getToken: () => store.createSession('ct_alice').token });
store.faults.fail('listInvoices', { status: 503, retryAfter: 5 });
// @ts-expect-error not a route
store.faults.fail('listInvoicez', { status: 503 });

// --- React ------------------------------------------------------------------------------------------
void PortalComponent;

void tags;
void unknown;
