import { expect } from '@open-wc/testing';
import { createRestAdapter, type RestAdapterOptions } from '../../src/sdk/rest-adapter.js';
import { newIdempotencyKey } from '../../src/sdk/adapter.js';
import type { PortalStore } from '../../src/mocks/store.js';
import { API, requestsTo, serveStore } from '../helpers/msw.js';
import { rejection } from '../helpers/util.js';
import { waitFor } from './adapter-contract.js';

describe('REST adapter (HTTP behaviour)', () => {
  let store: PortalStore;
  let token: string;
  const make = (options: Partial<RestAdapterOptions> = {}) =>
    createRestAdapter({ baseUrl: API, getToken: () => token, retry: { delay: () => 0 }, ...options });

  beforeEach(async () => {
    store = await serveStore();
    token = store.createSession('ct_alice').token;
  });

  it('sends the bearer token and no token before sign-in', async () => {
    await make().listProjects();
    expect(requestsTo('/projects')[0].headers.get('Authorization')).to.equal(`Bearer ${token}`);
    token = '';
    await make().getConfig();
    expect(requestsTo('/config')[0].headers.get('Authorization')).to.equal(null);
  });

  it('retries a failed GET but never a POST', async () => {
    const adapter = make();
    store.faults.fail('listInvoices', { status: 503 }, { times: 1 });
    const page = await adapter.listInvoices();
    expect(page.items.length).to.be.greaterThan(0);
    expect(requestsTo('/invoices')).to.have.length(2);

    store.faults.fail('listQuotes', { kind: 'network' }, { times: 2 });
    await adapter.listQuotes();
    expect(requestsTo('/quotes')).to.have.length(3);

    store.faults.fail('pay', { status: 503 }, { times: 1 });
    const error = await rejection(adapter.pay({ invoiceIds: ['INV-1042'] }, { idempotencyKey: newIdempotencyKey() }));
    expect(error.type).to.equal('server');
    expect(requestsTo('/payments', 'POST')).to.have.length(1);
  });

  it('does not retry a GET that failed for good (404)', async () => {
    expect((await rejection(make().getInvoice('INV-0000'))).type).to.equal('not_found');
    expect(requestsTo('/invoices/INV-0000')).to.have.length(1);
  });

  it('honours Retry-After on a read, and fails at once when the wait is too long', async () => {
    const adapter = make({ retry: { delay: () => 0, maxRetryAfter: 5000 } });
    store.faults.fail('listTasks', { status: 429, retryAfter: 1 }, { times: 1 });
    const started = performance.now();
    await adapter.listTasks();
    // Not a performance check: it proves the adapter waited for the server's Retry-After.
    expect(performance.now() - started).to.be.greaterThan(900);
    expect(requestsTo('/tasks')).to.have.length(2);

    store.faults.fail('listTasks', { status: 429, retryAfter: 60 }, { times: 1 });
    const error = await rejection(adapter.listTasks());
    expect([error.type, error.retryAfter]).to.deep.equal(['rate_limited', 60]);
    expect(requestsTo('/tasks')).to.have.length(3);
  });

  it('sends one idempotency key per intent, the same on a retry, and charges once', async () => {
    const adapter = make();
    const intent = newIdempotencyKey();
    store.faults.fail('pay', { kind: 'network' }, { times: 1 });
    expect((await rejection(adapter.pay({ invoiceIds: ['INV-1042'] }, { idempotencyKey: intent }))).type).to.equal('network');
    const first = await adapter.pay({ invoiceIds: ['INV-1042'] }, { idempotencyKey: intent });
    const again = await adapter.pay({ invoiceIds: ['INV-1042'] }, { idempotencyKey: intent });
    expect(again).to.deep.equal(first);
    const keys = requestsTo('/payments', 'POST').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.deep.equal([intent, intent, intent]);
    const invoice = store.db.invoices.find((i) => i.number === 'INV-1042')!;
    expect(invoice.payments.filter((p) => p.reference === first.paymentId.toUpperCase())).to.have.length(1);
    expect(invoice.amountDue).to.equal(0);
  });

  it('shares one request between identical concurrent GETs', async () => {
    const adapter = make();
    store.faults.delay('getInvoice', 50);
    const [a, b] = await Promise.all([adapter.getInvoice('INV-1042'), adapter.getInvoice('INV-1042')]);
    expect(a).to.deep.equal(b);
    expect(requestsTo('/invoices/INV-1042')).to.have.length(1);
    await adapter.getInvoice('INV-1042');
    expect(requestsTo('/invoices/INV-1042')).to.have.length(2);
  });

  it('keeps a shared GET alive for the callers who did not abort', async () => {
    const adapter = make();
    store.faults.delay('listProjects', 100);
    const controller = new AbortController();
    const aborted = adapter.listProjects({}, { signal: controller.signal });
    const kept = adapter.listProjects();
    controller.abort();
    const error = await aborted.catch((e: Error) => e);
    expect((error as Error).name).to.equal('AbortError');
    expect((await kept).items.length).to.be.greaterThan(0);
    expect(requestsTo('/projects')).to.have.length(1);
  });

  it('revalidates with If-None-Match and reuses the body on 304', async () => {
    const adapter = make();
    const first = await adapter.getQuote('Q-2001');
    const second = await adapter.getQuote('Q-2001');
    expect(second).to.deep.equal(first);
    const [, revalidation] = requestsTo('/quotes/Q-2001');
    expect(revalidation.headers.get('If-None-Match')).to.match(/^W\/"/);
    store.reviseQuote('Q-2001');
    const third = await adapter.getQuote('Q-2001');
    expect(third.currentVersion).to.equal(first.currentVersion + 1);
  });

  it('names the path of a response that does not match the contract', async () => {
    store.faults.fail('listInvoices', { kind: 'schema' });
    const error = await rejection(make().listInvoices());
    expect(error.type).to.equal('invalid_response');
    expect(error.path).to.equal('items[0].id');
  });

  it('keeps the server’s message and field errors', async () => {
    const error = await rejection(make().createRequest({ subject: '', category: 'tax', description: 'x', attachmentIds: [] }, { idempotencyKey: newIdempotencyKey() }));
    expect(error.type).to.equal('validation');
    expect(error.status).to.equal(422);
    expect(error.fields).to.deep.equal({ subject: 'Give your request a subject' });
  });

  it('reports real upload progress from the network, with the key and token', async () => {
    // msw's service worker hides upload progress from the pages it controls, so the upload runs in
    // a frame on the other loopback origin against a slow real endpoint of the test server.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const frame = document.createElement('iframe');
    const ready = new Promise((resolve) => addEventListener('message', (e) => e.data === 'ready' && resolve(e), { once: false }));
    frame.src = `http://${other}:${location.port}/test/fixtures/upload-frame.html`;
    document.body.append(frame);
    await ready;
    const size = 16 * 1024 * 1024;
    const done = new Promise<{ progress: number[]; file?: { size: number; folder: string }; error?: string }>((resolve) =>
      addEventListener('message', (e) => e.data !== 'ready' && resolve(e.data)),
    );
    frame.contentWindow!.postMessage({ size, token, key: 'key-1' }, '*');
    const { progress, file, error } = await done;
    frame.remove();
    expect(error).to.equal(undefined);
    expect(file!.size, 'bytes the server received').to.be.greaterThan(size);
    expect(JSON.parse(file!.folder)).to.deep.equal({ idempotencyKey: 'key-1', authorization: `Bearer ${token}` });
    expect(progress[0]).to.equal(0);
    expect(progress.at(-1)).to.equal(size);
    expect(progress.some((loaded) => loaded > 0 && loaded < size), `an intermediate progress event in ${progress}`).to.equal(true);
  });

  it('reconnects the live stream after a failure and keeps going', async () => {
    const adapter = make({ reconnectDelay: () => 20 });
    store.faults.fail('subscribe', { status: 503 }, { times: 1 });
    const statuses: string[] = [];
    const seen: string[] = [];
    const controller = new AbortController();
    adapter.subscribe((c) => seen.push(c.record.label ?? ''), { signal: controller.signal, onStatus: (s) => statuses.push(s) });
    await waitFor(() => statuses.includes('open'));
    expect(statuses.slice(0, 3)).to.deep.equal(['connecting', 'reconnecting', 'open']);
    store.shareFile('co_acme', 'After reconnect.pdf');
    await waitFor(() => seen.length === 1);
    expect(seen).to.deep.equal(['After reconnect.pdf']);
    controller.abort();
    await waitFor(() => statuses.at(-1) === 'closed');
  });

  it('stops the live stream for good when the session is gone', async () => {
    token = 'expired';
    const statuses: string[] = [];
    make({ reconnectDelay: () => 10 }).subscribe(() => {}, { onStatus: (s) => statuses.push(s) });
    await waitFor(() => statuses.at(-1) === 'closed');
    expect(requestsTo('/events')).to.have.length(1);
  });
});
