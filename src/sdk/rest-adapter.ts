/**
 * `createRestAdapter`: a `PortalAdapter` for a firm's server that implements `contract/openapi.json`.
 *
 * - bearer token from `getToken` on every call;
 * - GETs (only) retried on network errors, 408/429/5xx, honouring `Retry-After`;
 * - identical GETs in flight at once share one request;
 * - conditional GETs: `If-None-Match` with the last `ETag`, a 304 reuses the cached body;
 * - every write carries the caller's `Idempotency-Key`;
 * - every response is validated with the contract's zod schema;
 * - every failure becomes a `PortalError`.
 */
import ky, { isHTTPError, isTimeoutError } from 'ky';
import type * as z from 'zod/mini';
import type { CallOptions, ChangeListener, PortalAdapter, SubscribeOptions, UploadInput, UploadOptions, WriteOptions } from './adapter.js';
import { queryString, routePath, routes, type RouteName } from './contract.js';
import { PortalError, errorTypeForStatus, isAbortError, isPortalError } from './errors.js';
import { ChangeEvent, ErrorBody } from './schemas.js';
import { getDefaultSessionStore, type TokenGetter } from './session.js';
import { parseResponse } from './validate.js';

export interface RestAdapterOptions {
  /** Where the contract is served, e.g. `https://firm.example/portal-api`. */
  baseUrl: string;
  /** The bearer token for each call. Default: the shared session store's token. */
  getToken?: TokenGetter;
  /** Milliseconds per attempt before a call fails with `timeout`. Default 15000. */
  timeout?: number;
  retry?: {
    /** Retries of a failed GET. Default 2. */
    limit?: number;
    /** Milliseconds before retry `attempt` (1-based) when the server gave no `Retry-After`. */
    delay?: (attempt: number) => number;
    /** Longest `Retry-After` waited for, in ms; a longer one fails at once (with `retryAfter` set) so the UI can say when. Default 10000. */
    maxRetryAfter?: number;
  };
  /** Milliseconds before live-update reconnection `attempt`. Default: 1 s doubling to 30 s, with jitter. */
  reconnectDelay?: (attempt: number) => number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
}

type RouteResponse<N extends RouteName> = (typeof routes)[N]['response'] extends z.ZodMiniType
  ? z.infer<(typeof routes)[N]['response']>
  : never;

interface CallInit {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  signal?: AbortSignal;
  idempotencyKey?: string;
}

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

const ETAG_CACHE_SIZE = 200;

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The `PortalError` an HTTP error response means, using the contract's error body when present. */
export function errorFromResponse(status: number, retryAfterHeader: string | null, bodyText: string): PortalError {
  let info: z.infer<typeof ErrorBody>['error'] | undefined;
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(bodyText));
    if (parsed.success) info = parsed.data.error;
  } catch {
    // Not JSON (a proxy's HTML page): the status alone decides.
  }
  return new PortalError(errorTypeForStatus(status), info?.message, {
    status,
    code: info?.code,
    fields: info?.fields,
    retryAfter: parseRetryAfter(retryAfterHeader) ?? info?.retryAfter,
  });
}

async function toPortalError(error: unknown): Promise<unknown> {
  if (isPortalError(error) || isAbortError(error)) return error;
  if (isTimeoutError(error)) return new PortalError('timeout', undefined, { cause: error });
  if (isHTTPError(error)) {
    const { response } = error;
    const body = await response.text().catch(() => '');
    return errorFromResponse(response.status, response.headers.get('Retry-After'), body);
  }
  // fetch rejects with a TypeError when the network fails (offline, DNS, CORS, connection reset).
  return new PortalError('network', undefined, { cause: error });
}

async function readJson(response: Response): Promise<unknown> {
  const body = await response.text();
  try {
    return JSON.parse(body);
  } catch (cause) {
    throw new PortalError('invalid_response', undefined, { path: '', cause });
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function defaultReconnectDelay(attempt: number): number {
  const base = Math.min(30_000, 1000 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}

/** Splits a `text/event-stream` body into events (the subset of the SSE format servers send). */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<{ id?: string; event?: string; data: string; retry?: number }> {
  const reader = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let buffer = '';
  let event: { id?: string; event?: string; data: string[]; retry?: number } = { data: [] };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let newline: number;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (event.data.length || event.id !== undefined) yield { ...event, data: event.data.join('\n') };
          event = { data: [] };
          continue;
        }
        if (line.startsWith(':')) continue; // comment / keep-alive
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') event.data.push(value);
        else if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'retry' && /^\d+$/.test(value)) event.retry = Number(value);
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** A `PortalAdapter` speaking the REST contract over `fetch` (ky). */
export function createRestAdapter(options: RestAdapterOptions): PortalAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const getToken: TokenGetter = options.getToken ?? (() => getDefaultSessionStore().token);
  const reconnectDelay = options.reconnectDelay ?? defaultReconnectDelay;
  const inflight = new Map<string, SharedRequest>();
  const etags = new Map<string, { etag: string; data: unknown }>();

  const maxRetryAfter = options.retry?.maxRetryAfter ?? 10_000;
  const http = ky.create({
    timeout: options.timeout ?? 15_000,
    fetch: options.fetch,
    throwHttpErrors: (status) => status !== 304,
    retry: {
      limit: options.retry?.limit ?? 2,
      methods: ['get'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      ...(options.retry?.delay ? { delay: options.retry.delay } : {}),
      shouldRetry: ({ error }) => {
        // Waiting longer than this on a read helps nobody: fail now and let the UI say when to retry.
        if (!isHTTPError(error)) return undefined;
        const after = parseRetryAfter(error.response.headers.get('Retry-After'));
        return after !== undefined && after * 1000 > maxRetryAfter ? false : undefined;
      },
    },
  });

  async function authHeaders(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    const token = await getToken();
    return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
  }

  /** Runs `run` once for every caller asking for `key` while it is in flight. */
  function shared<T>(key: string, signal: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let entry = inflight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: SharedRequest = { controller, waiting: 0, promise: run(controller.signal) };
      const forget = () => {
        if (inflight.get(key) === created) inflight.delete(key);
      };
      created.promise.then(forget, forget);
      inflight.set(key, created);
      entry = created;
    }
    const current = entry;
    current.waiting++;
    if (!signal) return current.promise as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        // The request is cancelled only when nobody is left waiting for it.
        if (--current.waiting === 0) {
          if (inflight.get(key) === current) inflight.delete(key);
          current.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      (current.promise as Promise<T>).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async function getJson<N extends RouteName>(name: N, init: CallInit): Promise<RouteResponse<N>> {
    const route = routes[name];
    const url = base + routePath(route.path, init.params) + queryString(init.query);
    const headers = await authHeaders();
    // The token is part of the key: two sessions never share a response or a cached body.
    const key = `${headers.Authorization ?? ''} ${url}`;
    return shared(key, init.signal, async (signal) => {
      try {
        const cached = etags.get(key);
        const response = await http.get(url, {
          signal,
          headers: cached ? { ...headers, 'If-None-Match': cached.etag } : headers,
        });
        if (response.status === 304) {
          if (cached) return cached.data as RouteResponse<N>;
          throw new PortalError('invalid_response', undefined, { status: 304, path: '' });
        }
        const data = parseResponse(route.response as z.ZodMiniType, await readJson(response), name);
        const etag = response.headers.get('ETag');
        etags.delete(key);
        if (etag) {
          etags.set(key, { etag, data });
          if (etags.size > ETAG_CACHE_SIZE) etags.delete(etags.keys().next().value!);
        }
        return data as RouteResponse<N>;
      } catch (error) {
        throw await toPortalError(error);
      }
    });
  }

  async function getBlob(name: 'getInvoicePdf' | 'downloadFile', id: string, signal?: AbortSignal): Promise<Blob> {
    const url = base + routePath(routes[name].path, { id });
    try {
      const response = await http.get(url, { signal, headers: await authHeaders(), throwHttpErrors: true });
      return await response.blob();
    } catch (error) {
      throw await toPortalError(error);
    }
  }

  async function post<N extends RouteName>(name: N, init: CallInit): Promise<RouteResponse<N>> {
    const route = routes[name];
    const url = base + routePath(route.path, init.params);
    try {
      const extra: Record<string, string> = init.idempotencyKey ? { 'Idempotency-Key': init.idempotencyKey } : {};
      const response = await http.post(url, {
        json: init.body ?? {},
        signal: init.signal,
        headers: await authHeaders(extra),
        throwHttpErrors: true,
      });
      return parseResponse(route.response as z.ZodMiniType, await readJson(response), name) as RouteResponse<N>;
    } catch (error) {
      throw await toPortalError(error);
    }
  }

  function write(options: WriteOptions) {
    return { signal: options.signal, idempotencyKey: options.idempotencyKey };
  }

  async function uploadFile(input: UploadInput, options: UploadOptions) {
    const headers = await authHeaders({ 'Idempotency-Key': options.idempotencyKey });
    const { signal } = options;
    signal?.throwIfAborted();
    // XMLHttpRequest, not fetch: only XHR reports upload progress in every browser.
    return new Promise<z.infer<typeof routes.uploadFile.response>>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const onAbort = () => xhr.abort();
      xhr.open('POST', base + routes.uploadFile.path);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      // Progress in bytes of the file (the request body also carries the multipart framing).
      const size = input.file.size;
      const report = (loaded: number) => options.onProgress?.({ loaded, total: size });
      xhr.upload.onloadstart = () => report(0);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total) report(Math.min(size, Math.round((event.loaded / event.total) * size)));
      };
      xhr.onload = () => {
        signal?.removeEventListener('abort', onAbort);
        if (xhr.status < 200 || xhr.status >= 300) {
          reject(errorFromResponse(xhr.status, xhr.getResponseHeader('Retry-After'), xhr.responseText));
          return;
        }
        // A service worker in between (msw in the demo) swallows upload progress: report the end anyway.
        report(size);
        try {
          let data: unknown;
          try {
            data = JSON.parse(xhr.responseText);
          } catch (cause) {
            throw new PortalError('invalid_response', undefined, { path: '', cause });
          }
          resolve(parseResponse(routes.uploadFile.response, data, 'uploadFile'));
        } catch (error) {
          reject(error);
        }
      };
      xhr.onerror = () => {
        signal?.removeEventListener('abort', onAbort);
        reject(new PortalError('network'));
      };
      xhr.onabort = () => reject(signal?.reason ?? new DOMException('The upload was aborted.', 'AbortError'));
      signal?.addEventListener('abort', onAbort, { once: true });

      const form = new FormData();
      const name = input.name ?? (input.file instanceof File ? input.file.name : 'upload');
      form.set('file', input.file, name);
      form.set('name', name);
      if (input.attachTo) {
        form.set('attachType', input.attachTo.type);
        form.set('attachId', input.attachTo.id);
      }
      if (input.folder) form.set('folder', input.folder);
      xhr.send(form);
    });
  }

  function subscribe(listener: ChangeListener, options: SubscribeOptions = {}) {
    const { signal, onStatus } = options;
    let lastEventId = options.lastEventId;
    let serverRetry: number | undefined;
    const url = base + routes.subscribe.path;

    (async () => {
      for (let attempt = 0; !signal?.aborted; attempt++) {
        onStatus?.(attempt === 0 ? 'connecting' : 'reconnecting');
        try {
          const headers = await authHeaders({ Accept: 'text/event-stream' });
          if (lastEventId) headers['Last-Event-ID'] = lastEventId;
          const response = await http.get(url, { signal, headers, timeout: false, retry: 0, throwHttpErrors: true, cache: 'no-store' });
          if (!response.body) throw new PortalError('invalid_response');
          onStatus?.('open');
          attempt = 0;
          for await (const message of readEventStream(response.body)) {
            if (message.retry !== undefined) serverRetry = message.retry;
            if (message.id !== undefined) lastEventId = message.id;
            if (!message.data) continue;
            let change: ChangeEvent;
            try {
              change = parseResponse(ChangeEvent, JSON.parse(message.data), 'subscribe');
            } catch {
              continue; // A malformed event is skipped, never fatal to the stream.
            }
            listener(change);
          }
        } catch (error) {
          if (signal?.aborted) break;
          const failure = await toPortalError(error);
          if (isPortalError(failure) && (failure.type === 'unauthorized' || failure.type === 'forbidden')) break;
        }
        await sleep(serverRetry ?? reconnectDelay(attempt + 1), signal);
      }
      onStatus?.('closed');
    })();
  }

  const read = (o?: CallOptions) => ({ signal: o?.signal });

  return {
    async requestCode(input, o) {
      await post('requestCode', { body: input, ...read(o) });
    },
    verifyCode: (input, o) => post('verifyCode', { body: input, ...read(o) }),
    exchangeMagicLink: (token, o) => post('exchangeMagicLink', { body: { token }, ...read(o) }),
    refresh: (o) => post('refresh', read(o)),
    async logout(o) {
      await post('logout', read(o));
    },
    getConfig: (o) => getJson('getConfig', read(o)),

    listInvoices: (query, o) => getJson('listInvoices', { query, ...read(o) }),
    getInvoice: (id, o) => getJson('getInvoice', { params: { id }, ...read(o) }),
    async markInvoiceViewed(id, o) {
      await post('markInvoiceViewed', { params: { id }, ...read(o) });
    },
    getInvoicePdf: (id, o) => getBlob('getInvoicePdf', id, o?.signal),
    pay: (input, o) => post('pay', { body: input, ...write(o) }),

    listQuotes: (query, o) => getJson('listQuotes', { query, ...read(o) }),
    getQuote: (id, o) => getJson('getQuote', { params: { id }, ...read(o) }),
    acceptQuote: (id, input, o) => post('acceptQuote', { params: { id }, body: input, ...write(o) }),
    declineQuote: (id, input, o) => post('declineQuote', { params: { id }, body: input, ...write(o) }),
    requestQuoteChanges: (id, input, o) => post('requestQuoteChanges', { params: { id }, body: input, ...write(o) }),
    listContracts: (query, o) => getJson('listContracts', { query, ...read(o) }),
    getContract: (id, o) => getJson('getContract', { params: { id }, ...read(o) }),
    signContract: (id, input, o) => post('signContract', { params: { id }, body: input, ...write(o) }),

    listFiles: (query, o) => getJson('listFiles', { query, ...read(o) }),
    downloadFile: (id, o) => getBlob('downloadFile', id, o?.signal),
    uploadFile,

    listRequests: (query, o) => getJson('listRequests', { query, ...read(o) }),
    getRequest: (id, o) => getJson('getRequest', { params: { id }, ...read(o) }),
    createRequest: (input, o) => post('createRequest', { body: input, ...write(o) }),
    replyToRequest: (id, input, o) => post('replyToRequest', { params: { id }, body: input, ...write(o) }),
    setRequestStatus: (id, status, o) => post('setRequestStatus', { params: { id }, body: { status }, ...write(o) }),
    listTasks: (query, o) => getJson('listTasks', { query, ...read(o) }),
    completeTask: (id, o) => post('completeTask', { params: { id }, ...write(o) }),
    listProjects: (query, o) => getJson('listProjects', { query, ...read(o) }),
    getProject: (id, o) => getJson('getProject', { params: { id }, ...read(o) }),
    listActivity: (query, o) => getJson('listActivity', { query, ...read(o) }),

    listCatalogue: (query, o) => getJson('listCatalogue', { query, ...read(o) }),
    listComments: (query, o) => getJson('listComments', { query, ...read(o) }),
    addComment: (input, o) => post('addComment', { body: input, ...write(o) }),

    subscribe,
  };
}
