/**
 * `createMemoryAdapter`: the mock backend's in-process face. No network, no service worker:
 * for unit tests, stories and prototypes. It validates every result with the same schemas as the
 * REST adapter and honours the store's fault plan, so it fails the same way too.
 */
import type { PortalAdapter, UploadOptions, WriteOptions } from '../sdk/adapter.js';
import { routes, type RouteName } from '../sdk/contract.js';
import { PortalError } from '../sdk/errors.js';
import { getDefaultSessionStore, type TokenGetter } from '../sdk/session.js';
import { parseResponse } from '../sdk/validate.js';
import { corrupt, errorForFault } from './faults.js';
import type { PortalStore } from './store.js';

export interface MemoryAdapterOptions {
  /** The bearer token of each call. Default: the shared session store's token. */
  getToken?: TokenGetter;
  /** How long a `timeout` fault hangs before failing, in ms. Default 15000 (like the REST adapter). */
  timeout?: number;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createMemoryAdapter(store: PortalStore, options: MemoryAdapterOptions = {}): PortalAdapter {
  const getToken: TokenGetter = options.getToken ?? (() => getDefaultSessionStore().token);
  const timeout = options.timeout ?? 15_000;

  /** One call: latency and faults first, then the store, then the contract's validation. */
  async function run<T>(name: RouteName, signal: AbortSignal | undefined, call: (token: string | undefined) => unknown): Promise<T> {
    signal?.throwIfAborted();
    const { latency, fault } = store.faults.take(name);
    if (latency) await wait(latency, signal);
    if (fault && 'status' in fault) throw errorForFault(fault);
    if (fault?.kind === 'network') throw new PortalError('network');
    if (fault?.kind === 'timeout') {
      await wait(timeout, signal);
      throw new PortalError('timeout');
    }
    const token = (await getToken()) ?? undefined;
    signal?.throwIfAborted();
    // Copy, so callers can never reach into the store's own objects.
    let data = structuredClone(call(token));
    // A microtask boundary like a real backend: results never arrive synchronously.
    await Promise.resolve();
    if (fault?.kind === 'malformed') throw new PortalError('invalid_response', undefined, { path: '' });
    if (fault?.kind === 'schema') data = corrupt(data);
    const schema = routes[name].response;
    return (typeof schema === 'string' ? data : parseResponse(schema, data, name)) as T;
  }

  function write<T>(name: RouteName, options: WriteOptions, payload: unknown, call: (token: string | undefined) => unknown): Promise<T> {
    return run<T>(name, options.signal, (token) => store.idempotent(options.idempotencyKey, name, token, payload, () => call(token)));
  }

  async function uploadFile(input: Parameters<PortalAdapter['uploadFile']>[0], options: UploadOptions) {
    const name = input.name ?? (input.file instanceof File ? input.file.name : 'upload');
    const { signal } = options;
    const token = (await getToken()) ?? undefined;
    // Check the backend's limits before "sending", as a real server would reject early.
    store.checkUpload(store.authenticate(token), { name, mimeType: input.file.type, size: input.file.size });
    const content = new Uint8Array(await input.file.arrayBuffer());
    const total = content.length;
    const steps = 4;
    for (let step = 1; step <= steps; step++) {
      await wait(10, signal);
      options.onProgress?.({ loaded: Math.round((total * step) / steps), total });
    }
    const payload = { name, size: total, attachTo: input.attachTo, folder: input.folder };
    return write<Awaited<ReturnType<PortalAdapter['uploadFile']>>>('uploadFile', options, payload, (t) =>
      store.uploadFile(t, { name, mimeType: input.file.type, content, attachTo: input.attachTo, folder: input.folder }),
    );
  }

  return {
    requestCode: (input, o) => run('requestCode', o?.signal, () => (store.requestCode(input), { ok: true })).then(() => undefined),
    verifyCode: (input, o) => run('verifyCode', o?.signal, () => store.verifyCode(input)),
    exchangeMagicLink: (token, o) => run('exchangeMagicLink', o?.signal, () => store.exchangeMagicLink(token)),
    refresh: (o) => run('refresh', o?.signal, (t) => store.refresh(t)),
    logout: (o) => run('logout', o?.signal, (t) => (store.logout(t), { ok: true })).then(() => undefined),
    getConfig: (o) => run('getConfig', o?.signal, (t) => store.getConfig(t)),

    listInvoices: (query, o) => run('listInvoices', o?.signal, (t) => store.listInvoices(t, query)),
    getInvoice: (id, o) => run('getInvoice', o?.signal, (t) => store.getInvoice(t, id)),
    markInvoiceViewed: (id, o) => run('markInvoiceViewed', o?.signal, (t) => (store.markInvoiceViewed(t, id), { ok: true })).then(() => undefined),
    getInvoicePdf: (id, o) =>
      run<Uint8Array>('getInvoicePdf', o?.signal, (t) => store.getInvoicePdf(t, id)).then((bytes) => new Blob([bytes as BlobPart], { type: 'application/pdf' })),
    pay: (input, o) => write('pay', o, input, (t) => store.pay(t, input)),

    listQuotes: (query, o) => run('listQuotes', o?.signal, (t) => store.listQuotes(t, query)),
    getQuote: (id, o) => run('getQuote', o?.signal, (t) => store.getQuote(t, id)),
    acceptQuote: (id, input, o) => write('acceptQuote', o, { id, input }, (t) => store.acceptQuote(t, id, input)),
    declineQuote: (id, input, o) => write('declineQuote', o, { id, input }, (t) => store.declineQuote(t, id, input)),
    requestQuoteChanges: (id, input, o) => write('requestQuoteChanges', o, { id, input }, (t) => store.requestQuoteChanges(t, id, input)),
    listContracts: (query, o) => run('listContracts', o?.signal, (t) => store.listContracts(t, query)),
    getContract: (id, o) => run('getContract', o?.signal, (t) => store.getContract(t, id)),
    signContract: (id, input, o) => write('signContract', o, { id, input }, (t) => store.signContract(t, id, input)),

    listFiles: (query, o) => run('listFiles', o?.signal, (t) => store.listFiles(t, query)),
    downloadFile: (id, o) =>
      run<{ file: { mimeType: string }; content: Uint8Array | string }>('downloadFile', o?.signal, (t) => store.downloadFile(t, id)).then(
        ({ file, content }) => new Blob([content as BlobPart], { type: file.mimeType }),
      ),
    uploadFile,

    listRequests: (query, o) => run('listRequests', o?.signal, (t) => store.listRequests(t, query)),
    getRequest: (id, o) => run('getRequest', o?.signal, (t) => store.getRequest(t, id)),
    createRequest: (input, o) => write('createRequest', o, input, (t) => store.createRequest(t, input)),
    replyToRequest: (id, input, o) => write('replyToRequest', o, { id, input }, (t) => store.replyToRequest(t, id, input)),
    setRequestStatus: (id, status, o) => write('setRequestStatus', o, { id, status }, (t) => store.setRequestStatus(t, id, status)),
    listTasks: (query, o) => run('listTasks', o?.signal, (t) => store.listTasks(t, query)),
    completeTask: (id, o) => write('completeTask', o, { id }, (t) => store.completeTask(t, id)),
    listProjects: (query, o) => run('listProjects', o?.signal, (t) => store.listProjects(t, query)),
    getProject: (id, o) => run('getProject', o?.signal, (t) => store.getProject(t, id)),
    listActivity: (query, o) => run('listActivity', o?.signal, (t) => store.listActivity(t, query)),

    listCatalogue: (query, o) => run('listCatalogue', o?.signal, (t) => store.listCatalogue(t, query)),
    listComments: (query, o) => run('listComments', o?.signal, (t) => store.listComments(t, query)),
    addComment: (input, o) => write('addComment', o, input, (t) => store.addComment(t, input)),

    subscribe(listener, { signal, lastEventId, onStatus } = {}) {
      (async () => {
        onStatus?.('connecting');
        let companyId: string;
        try {
          companyId = store.authenticate((await getToken()) ?? undefined).companyId;
        } catch {
          onStatus?.('closed');
          return;
        }
        if (signal?.aborted) return;
        onStatus?.('open');
        for (const change of store.changesSince(companyId, lastEventId)) listener(change);
        const off = store.onChange((record) => {
          if (record.companyId === companyId) queueMicrotask(() => signal?.aborted || listener(record.change));
        });
        signal?.addEventListener(
          'abort',
          () => {
            off();
            onStatus?.('closed');
          },
          { once: true },
        );
      })();
    },
  };
}
