/**
 * `createHandlers`: the mock backend's HTTP face. msw request handlers that implement the REST
 * contract (`src/sdk/contract.ts`) on top of a `PortalStore`: bearer auth, ETags and 304s,
 * `Idempotency-Key` replay, `Retry-After`, Server-Sent Events, and the store's fault plan.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import type { ListQuery } from '../sdk/adapter.js';
import { routes, type RouteName } from '../sdk/contract.js';
import { PortalError, isPortalError, statusForErrorType } from '../sdk/errors.js';
import { RecordType } from '../sdk/schemas.js';
import { corrupt, errorForFault } from './faults.js';
import type { PortalStore } from './store.js';

export interface HandlerOptions {
  /** Where the API is mounted; the portal's `api-base`. Default `/portal-api`. */
  baseUrl?: string;
}

type Context = { request: Request; id: string; token?: string; query: Record<string, unknown>; body: unknown };
type Handle = (ctx: Context) => unknown | Promise<unknown>;

/** FNV-1a: a cheap, stable fingerprint of a body for its ETag. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function errorResponse(error: PortalError): Response {
  const status = error.status ?? statusForErrorType(error.type);
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
  return HttpResponse.json(
    { error: { type: error.type, message: error.message, code: error.code, fields: error.fields, retryAfter: error.retryAfter } },
    { status, headers },
  );
}

function parseQuery(url: URL): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (key === 'limit') query.limit = Number(value);
    else if (key === 'status') query.status = value.split(',');
    else query[key] = value;
  }
  return query;
}

const bearer = (request: Request) => request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '') || undefined;

export function createHandlers(store: PortalStore, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '/portal-api').replace(/\/+$/, '');

  const write = (name: RouteName, ctx: Context, run: () => unknown) =>
    store.idempotent(ctx.request.headers.get('Idempotency-Key') ?? undefined, name, ctx.token, { id: ctx.id, body: ctx.body }, run);

  const json: Partial<Record<RouteName, Handle>> = {
    requestCode: ({ body }) => (store.requestCode(body as never), { ok: true }),
    verifyCode: ({ body }) => store.verifyCode(body as never),
    exchangeMagicLink: ({ body }) => store.exchangeMagicLink(String((body as { token?: unknown })?.token ?? '')),
    refresh: ({ token }) => store.refresh(token),
    logout: ({ token }) => (store.logout(token), { ok: true }),
    getConfig: ({ token }) => store.getConfig(token),
    listInvoices: ({ token, query }) => store.listInvoices(token, query),
    getInvoice: ({ token, id }) => store.getInvoice(token, id),
    markInvoiceViewed: ({ token, id }) => (store.markInvoiceViewed(token, id), { ok: true }),
    pay: (ctx) => write('pay', ctx, () => store.pay(ctx.token, ctx.body as never)),
    listQuotes: ({ token, query }) => store.listQuotes(token, query),
    getQuote: ({ token, id }) => store.getQuote(token, id),
    acceptQuote: (ctx) => write('acceptQuote', ctx, () => store.acceptQuote(ctx.token, ctx.id, ctx.body as never)),
    declineQuote: (ctx) => write('declineQuote', ctx, () => store.declineQuote(ctx.token, ctx.id, ctx.body as never)),
    requestQuoteChanges: (ctx) => write('requestQuoteChanges', ctx, () => store.requestQuoteChanges(ctx.token, ctx.id, ctx.body as never)),
    listContracts: ({ token, query }) => store.listContracts(token, query),
    getContract: ({ token, id }) => store.getContract(token, id),
    signContract: (ctx) => write('signContract', ctx, () => store.signContract(ctx.token, ctx.id, ctx.body as never)),
    listFiles: ({ token, query }) => store.listFiles(token, query),
    uploadFile: async (ctx) => {
      const form = await ctx.request.formData();
      const file = form.get('file');
      if (!(file instanceof File)) throw new PortalError('validation', 'No file was sent.', { fields: { file: 'Required' } });
      const attachType = RecordType.safeParse(form.get('attachType'));
      const attachId = form.get('attachId');
      const upload = {
        name: String(form.get('name') || file.name),
        mimeType: file.type,
        content: new Uint8Array(await file.arrayBuffer()),
        attachTo: attachType.success && typeof attachId === 'string' ? { type: attachType.data, id: attachId } : undefined,
        folder: (form.get('folder') as string | null) ?? undefined,
      };
      const fingerprint = { name: upload.name, size: upload.content.length, attachTo: upload.attachTo, folder: upload.folder };
      return store.idempotent(ctx.request.headers.get('Idempotency-Key') ?? undefined, 'uploadFile', ctx.token, fingerprint, () => store.uploadFile(ctx.token, upload));
    },
    listRequests: ({ token, query }) => store.listRequests(token, query),
    getRequest: ({ token, id }) => store.getRequest(token, id),
    createRequest: (ctx) => write('createRequest', ctx, () => store.createRequest(ctx.token, ctx.body as never)),
    replyToRequest: (ctx) => write('replyToRequest', ctx, () => store.replyToRequest(ctx.token, ctx.id, ctx.body as never)),
    setRequestStatus: (ctx) => write('setRequestStatus', ctx, () => store.setRequestStatus(ctx.token, ctx.id, (ctx.body as { status: 'open' | 'closed' }).status)),
    listTasks: ({ token, query }) => store.listTasks(token, query),
    completeTask: (ctx) => write('completeTask', ctx, () => store.completeTask(ctx.token, ctx.id)),
    listProjects: ({ token, query }) => store.listProjects(token, query),
    getProject: ({ token, id }) => store.getProject(token, id),
    listActivity: ({ token, query }) => store.listActivity(token, query),
    listCatalogue: ({ token, query }) => store.listCatalogue(token, query),
    listComments: ({ token, query }) => store.listComments(token, query as ListQuery as never),
    addComment: (ctx) => write('addComment', ctx, () => store.addComment(ctx.token, ctx.body as never)),
  };

  const binary: Partial<Record<RouteName, (ctx: Context) => { body: Uint8Array | string; type: string; name: string }>> = {
    getInvoicePdf: ({ token, id }) => ({ body: store.getInvoicePdf(token, id), type: 'application/pdf', name: `invoice-${id}.pdf` }),
    downloadFile: ({ token, id }) => {
      const { file, content } = store.downloadFile(token, id);
      return { body: content, type: file.mimeType, name: file.name };
    },
  };

  /** Latency and faults of the plan; a Response when the fault replaces the real answer. */
  async function injected(name: RouteName) {
    const { latency, fault } = store.faults.take(name);
    if (latency) await delay(latency);
    if (!fault) return {};
    if ('status' in fault) return { response: errorResponse(errorForFault(fault)) };
    if (fault.kind === 'network') return { response: HttpResponse.error() };
    if (fault.kind === 'timeout') {
      await delay(120_000); // Longer than any client timeout: the client gives up first.
      return { response: HttpResponse.error() };
    }
    return { fault: fault.kind };
  }

  function streamEvents(ctx: Context): Response {
    const contact = store.authenticate(ctx.token);
    const encoder = new TextEncoder();
    let off = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            off(); // the client went away
          }
        };
        send(': connected\n\n');
        for (const change of store.changesSince(contact.companyId, ctx.request.headers.get('Last-Event-ID') ?? undefined)) {
          send(`id: ${change.id}\ndata: ${JSON.stringify(change)}\n\n`);
        }
        off = store.onChange(({ companyId, change }) => {
          if (companyId === contact.companyId) send(`id: ${change.id}\ndata: ${JSON.stringify(change)}\n\n`);
        });
        ctx.request.signal?.addEventListener('abort', () => off(), { once: true });
      },
      cancel() {
        off();
      },
    });
    return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' } });
  }

  return (Object.keys(routes) as RouteName[]).map((name) => {
    const route = routes[name];
    const path = base + route.path.replace(/\{(\w+)\}/g, ':$1');
    const method = route.method === 'GET' ? http.get : http.post;
    return method(path, async ({ request, params }) => {
      const { response, fault } = await injected(name);
      if (response) return response;
      // The client gave up during the latency (e.g. a cancelled upload): do nothing.
      if (request.signal?.aborted) return HttpResponse.error();
      const url = new URL(request.url);
      let body: unknown = {};
      if (route.method === 'POST' && !('multipart' in route)) {
        const text = await request.text();
        try {
          body = text ? JSON.parse(text) : {};
        } catch {
          return errorResponse(new PortalError('validation', 'The request body is not valid JSON.'));
        }
      }
      const ctx: Context = { request, id: String(params.id ?? ''), token: bearer(request), query: parseQuery(url), body };
      try {
        if (name === 'subscribe') return streamEvents(ctx);
        const file = binary[name];
        if (file) {
          const { body: content, type, name: filename } = file(ctx);
          return new HttpResponse(content as BodyInit, {
            headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}` },
          });
        }
        let data = await json[name]!(ctx);
        if (fault === 'malformed') return new HttpResponse('{"items": [ {"id": ', { headers: { 'Content-Type': 'application/json' } });
        if (fault === 'schema') data = corrupt(data);
        const text = JSON.stringify(data);
        if (route.method !== 'GET') return new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });
        const etag = `W/"${hash(text)}"`;
        if (request.headers.get('If-None-Match') === etag) return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
        return new HttpResponse(text, { headers: { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': 'private, no-cache' } });
      } catch (error) {
        if (isPortalError(error)) return errorResponse(error);
        console.error('[portico mock backend]', error);
        return errorResponse(new PortalError('server'));
      }
    });
  });
}
