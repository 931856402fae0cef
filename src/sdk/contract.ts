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
  summary: string;
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
    summary: 'Send a one-time code (and magic link) to an email or phone. Same answer whether or not it is known.',
    body: s.RequestCodeInput,
    response: s.Ok,
    auth: false,
  }),
  verifyCode: route({ method: 'POST', path: '/auth/verify', summary: 'Exchange a code for a session.', body: s.VerifyCodeInput, response: s.Session, auth: false }),
  exchangeMagicLink: route({ method: 'POST', path: '/auth/magic-link', summary: 'Exchange a single-use magic-link token for a session.', body: s.MagicLinkInput, response: s.Session, auth: false }),
  refresh: route({ method: 'POST', path: '/auth/refresh', summary: 'A fresh session for the bearer one.', response: s.Session, auth: true }),
  logout: route({ method: 'POST', path: '/auth/logout', summary: 'End the bearer session.', response: s.Ok, auth: true }),
  getConfig: route({ method: 'GET', path: '/config', summary: 'Branding, modules, permissions, pages. Public; with a bearer token, the contact\u2019s own config.', response: s.PortalConfig, auth: false }),

  listInvoices: route({ method: 'GET', path: '/invoices', summary: 'Invoices of the contact\u2019s company (never drafts).', query: [...list, 'status', 'projectId'], response: s.Page(s.InvoiceSummary), auth: true }),
  getInvoice: route({ method: 'GET', path: '/invoices/{id}', summary: 'One invoice by id or number.', response: s.Invoice, auth: true }),
  markInvoiceViewed: route({ method: 'POST', path: '/invoices/{id}/viewed', summary: 'Record that the client opened the invoice.', response: s.Ok, auth: true }),
  getInvoicePdf: route({ method: 'GET', path: '/invoices/{id}/pdf', summary: 'The invoice as PDF.', response: 'binary', auth: true }),
  pay: route({ method: 'POST', path: '/payments', summary: 'Start a payment of one or more invoices.', body: s.PayInput, response: s.PaymentIntent, auth: true }),

  listQuotes: route({ method: 'GET', path: '/quotes', summary: 'Quotes.', query: [...list, 'status'], response: s.Page(s.QuoteSummary), auth: true }),
  getQuote: route({ method: 'GET', path: '/quotes/{id}', summary: 'One quote with every version and its decisions.', response: s.Quote, auth: true }),
  acceptQuote: route({ method: 'POST', path: '/quotes/{id}/accept', summary: 'Accept a version with a signature. 409 when a newer version exists or it expired.', body: s.AcceptQuoteInput, response: s.Quote, auth: true }),
  declineQuote: route({ method: 'POST', path: '/quotes/{id}/decline', summary: 'Decline, with an optional reason.', body: s.DeclineQuoteInput, response: s.Quote, auth: true }),
  requestQuoteChanges: route({ method: 'POST', path: '/quotes/{id}/request-changes', summary: 'Ask the firm for a revision.', body: s.RequestChangesInput, response: s.Quote, auth: true }),
  listContracts: route({ method: 'GET', path: '/contracts', summary: 'Contracts.', query: list, response: s.Page(s.ContractSummary), auth: true }),
  getContract: route({ method: 'GET', path: '/contracts/{id}', summary: 'One contract.', response: s.Contract, auth: true }),
  signContract: route({ method: 'POST', path: '/contracts/{id}/sign', summary: 'Sign a contract version.', body: s.SignContractInput, response: s.Contract, auth: true }),

  listFiles: route({ method: 'GET', path: '/files', summary: 'Files shared with or uploaded by the client.', query: [...list, 'recordType', 'recordId'], response: s.Page(s.PortalFile), auth: true }),
  downloadFile: route({ method: 'GET', path: '/files/{id}/content', summary: 'A file\u2019s bytes.', response: 'binary', auth: true }),
  uploadFile: route({ method: 'POST', path: '/files', summary: 'Upload a file (multipart: file, name, attachType, attachId, folder).', response: s.PortalFile, auth: true, multipart: true }),

  listRequests: route({ method: 'GET', path: '/requests', summary: 'Requests (tickets).', query: [...list, 'status'], response: s.Page(s.RequestSummary), auth: true }),
  getRequest: route({ method: 'GET', path: '/requests/{id}', summary: 'One request with its messages.', response: s.PortalRequest, auth: true }),
  createRequest: route({ method: 'POST', path: '/requests', summary: 'Open a request.', body: s.CreateRequestInput, response: s.PortalRequest, auth: true }),
  replyToRequest: route({ method: 'POST', path: '/requests/{id}/messages', summary: 'Reply in a request\u2019s thread.', body: s.ReplyInput, response: s.PortalRequest, auth: true }),
  setRequestStatus: route({ method: 'POST', path: '/requests/{id}/status', summary: 'Close or reopen a request.', body: z.object({ status: z.enum(['open', 'closed']) }), response: s.PortalRequest, auth: true }),

  listTasks: route({ method: 'GET', path: '/tasks', summary: 'Tasks the firm shared with the client.', query: [...list, 'status'], response: s.Page(s.Task), auth: true }),
  completeTask: route({ method: 'POST', path: '/tasks/{id}/complete', summary: 'Mark a task done.', response: s.Task, auth: true }),
  listProjects: route({ method: 'GET', path: '/projects', summary: 'Projects and jobs.', query: [...list, 'status'], response: s.Page(s.ProjectSummary), auth: true }),
  getProject: route({ method: 'GET', path: '/projects/{id}', summary: 'One project with milestones and related records.', response: s.Project, auth: true }),
  listActivity: route({ method: 'GET', path: '/activity', summary: 'What happened, newest first.', query: list, response: s.Page(s.ActivityEvent), auth: true }),

  listCatalogue: route({ method: 'GET', path: '/catalogue', summary: 'The firm\u2019s products and services.', query: list, response: s.Page(s.CatalogueItem), auth: true }),
  listComments: route({ method: 'GET', path: '/comments', summary: 'Comments on one record, oldest first.', query: [...list, 'recordType', 'recordId'], response: s.Page(s.Comment), auth: true }),
  addComment: route({ method: 'POST', path: '/comments', summary: 'Comment on an invoice, quote or request.', body: s.AddCommentInput, response: s.Comment, auth: true }),

  subscribe: route({
    method: 'GET',
    path: '/events',
    summary: 'Server-Sent Events: `id:` is the change id, `data:` a ChangeEvent as JSON. Send `Last-Event-ID` to resume.',
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
