/**
 * The REST contract as data: one entry per adapter method with its HTTP method, path and the
 * schemas of its body and response. The REST adapter, the mock backend's msw handlers and the
 * generated `contract/openapi.json` all read this table, so they cannot drift apart.
 */
import * as z from 'zod/mini';
import * as s from './schemas.js';

/** Version of the REST contract (semver): a firm's server says which one it implements. */
export const contractVersion = '1.0.0';

export type HttpMethod = 'GET' | 'POST';

export interface Route {
  method: HttpMethod;
  /** Relative to the API base; `{id}` is a path parameter. */
  path: string;
  /** Query parameters a list accepts (besides paging), for the OpenAPI document. */
  query?: readonly string[];
  body?: z.ZodMiniType;
  /** `binary` for file bodies (PDF, uploads' content). */
  response: z.ZodMiniType | 'binary' | 'event-stream';
  /** False for the sign-in routes and the public config. */
  auth: boolean;
  /** `multipart/form-data` request (uploads). */
  multipart?: true;
}

const list = ['cursor', 'limit', 'q', 'sort'] as const;

function route<const R extends Route>(r: R): R {
  return r;
}

export const routes = {
  requestCode: route({
    method: 'POST',
    path: '/auth/code',
    body: s.RequestCodeInput,
    response: s.Ok,
    auth: false,
  }),
  verifyCode: route({ method: 'POST', path: '/auth/verify', body: s.VerifyCodeInput, response: s.Session, auth: false }),
  exchangeMagicLink: route({ method: 'POST', path: '/auth/magic-link', body: s.MagicLinkInput, response: s.Session, auth: false }),
  refresh: route({ method: 'POST', path: '/auth/refresh', response: s.Session, auth: true }),
  logout: route({ method: 'POST', path: '/auth/logout', response: s.Ok, auth: true }),
  getConfig: route({ method: 'GET', path: '/config', response: s.PortalConfig, auth: false }),

  listInvoices: route({ method: 'GET', path: '/invoices', query: [...list, 'status', 'projectId'], response: s.Page(s.InvoiceSummary), auth: true }),
  getInvoice: route({ method: 'GET', path: '/invoices/{id}', response: s.Invoice, auth: true }),
  markInvoiceViewed: route({ method: 'POST', path: '/invoices/{id}/viewed', response: s.Ok, auth: true }),
  getInvoicePdf: route({ method: 'GET', path: '/invoices/{id}/pdf', response: 'binary', auth: true }),
  pay: route({ method: 'POST', path: '/payments', body: s.PayInput, response: s.PaymentIntent, auth: true }),

  listQuotes: route({ method: 'GET', path: '/quotes', query: [...list, 'status'], response: s.Page(s.QuoteSummary), auth: true }),
  getQuote: route({ method: 'GET', path: '/quotes/{id}', response: s.Quote, auth: true }),
  acceptQuote: route({ method: 'POST', path: '/quotes/{id}/accept', body: s.AcceptQuoteInput, response: s.Quote, auth: true }),
  declineQuote: route({ method: 'POST', path: '/quotes/{id}/decline', body: s.DeclineQuoteInput, response: s.Quote, auth: true }),
  requestQuoteChanges: route({ method: 'POST', path: '/quotes/{id}/request-changes', body: s.RequestChangesInput, response: s.Quote, auth: true }),
  listContracts: route({ method: 'GET', path: '/contracts', query: list, response: s.Page(s.ContractSummary), auth: true }),
  getContract: route({ method: 'GET', path: '/contracts/{id}', response: s.Contract, auth: true }),
  signContract: route({ method: 'POST', path: '/contracts/{id}/sign', body: s.SignContractInput, response: s.Contract, auth: true }),

  listFiles: route({ method: 'GET', path: '/files', query: [...list, 'recordType', 'recordId'], response: s.Page(s.PortalFile), auth: true }),
  downloadFile: route({ method: 'GET', path: '/files/{id}/content', response: 'binary', auth: true }),
  uploadFile: route({ method: 'POST', path: '/files', response: s.PortalFile, auth: true, multipart: true }),

  listRequests: route({ method: 'GET', path: '/requests', query: [...list, 'status'], response: s.Page(s.RequestSummary), auth: true }),
  getRequest: route({ method: 'GET', path: '/requests/{id}', response: s.PortalRequest, auth: true }),
  createRequest: route({ method: 'POST', path: '/requests', body: s.CreateRequestInput, response: s.PortalRequest, auth: true }),
  replyToRequest: route({ method: 'POST', path: '/requests/{id}/messages', body: s.ReplyInput, response: s.PortalRequest, auth: true }),
  setRequestStatus: route({ method: 'POST', path: '/requests/{id}/status', body: z.object({ status: z.enum(['open', 'closed']) }), response: s.PortalRequest, auth: true }),

  listTasks: route({ method: 'GET', path: '/tasks', query: [...list, 'status'], response: s.Page(s.Task), auth: true }),
  completeTask: route({ method: 'POST', path: '/tasks/{id}/complete', response: s.Task, auth: true }),
  listProjects: route({ method: 'GET', path: '/projects', query: [...list, 'status'], response: s.Page(s.ProjectSummary), auth: true }),
  getProject: route({ method: 'GET', path: '/projects/{id}', response: s.Project, auth: true }),
  listActivity: route({ method: 'GET', path: '/activity', query: list, response: s.Page(s.ActivityEvent), auth: true }),

  listCatalogue: route({ method: 'GET', path: '/catalogue', query: list, response: s.Page(s.CatalogueItem), auth: true }),
  listComments: route({ method: 'GET', path: '/comments', query: [...list, 'recordType', 'recordId'], response: s.Page(s.Comment), auth: true }),
  addComment: route({ method: 'POST', path: '/comments', body: s.AddCommentInput, response: s.Comment, auth: true }),

  subscribe: route({
    method: 'GET',
    path: '/events',
    response: 'event-stream',
    auth: true,
  }),
} as const;

export type RouteName = keyof typeof routes;

/** Fills `{id}` in a route path. Ids are URL-encoded. */
export function routePath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}

/** Query string of a list query: arrays comma-joined, empty values left out. */
export function queryString(query: object = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
