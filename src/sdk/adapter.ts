/**
 * `PortalAdapter` is the contract between the portal's elements and a firm's backend.
 * Portico ships two implementations — `createRestAdapter` (talks to the REST contract in
 * `contract/openapi.json`) and `createMemoryAdapter` (the in-browser mock backend) — and a firm
 * may write its own: implement these methods, resolve with records that match the schemas in
 * `schemas.ts`, and reject with `PortalError` (or an `AbortError` when the signal aborted).
 */
import type {
  AcceptQuoteInput,
  ActivityEvent,
  AddCommentInput,
  CatalogueItem,
  ChangeEvent,
  Comment,
  Contract,
  ContractSummary,
  CreateRequestInput,
  DeclineQuoteInput,
  Invoice,
  InvoiceStatus,
  InvoiceSummary,
  Page,
  PayInput,
  PaymentIntent,
  PortalConfig,
  PortalFile,
  PortalRequest,
  Project,
  ProjectSummary,
  Quote,
  QuoteSummary,
  RecordRef,
  RecordType,
  ReplyInput,
  RequestChangesInput,
  RequestCodeInput,
  RequestStatus,
  RequestSummary,
  Session,
  SignContractInput,
  Task,
  VerifyCodeInput,
} from './schemas.js';

/** Options every call takes. */
export interface CallOptions {
  /** Aborting rejects the call with an `AbortError` and cancels its network request. */
  signal?: AbortSignal;
}

/**
 * Options of every write. One key per user intent (one click of "Pay"), reused unchanged
 * when that same intent is retried, so the backend can answer a replay with the first result.
 */
export interface WriteOptions extends CallOptions {
  idempotencyKey: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions extends WriteOptions {
  /** Called as bytes are sent. */
  onProgress?: (progress: UploadProgress) => void;
}

export interface UploadInput {
  file: Blob;
  /** File name to store; defaults to the `File`'s own name. */
  name?: string;
  /** The record the file belongs to (a task, a request, a project…). */
  attachTo?: RecordRef;
  folder?: string;
}

/** Paging, search and sort common to every list. */
export interface ListQuery {
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string;
  /** Page size; backends may cap it. Default 50. */
  limit?: number;
  /** Free text: number, subject, name… */
  q?: string;
  /** A field name, `-` first for descending: `-issueDate`, `dueDate`, `-total`. */
  sort?: string;
}

export interface InvoiceQuery extends ListQuery {
  status?: InvoiceStatus[];
  /** Only invoices of this project. */
  projectId?: string;
}
export interface QuoteQuery extends ListQuery {
  status?: QuoteSummary['status'][];
}
export interface FileQuery extends ListQuery {
  /** Only files attached to this record. */
  recordType?: RecordType;
  recordId?: string;
}
export interface RequestQuery extends ListQuery {
  status?: RequestStatus[];
}
export interface TaskQuery extends ListQuery {
  status?: Task['status'][];
}
export interface ProjectQuery extends ListQuery {
  status?: ProjectSummary['status'][];
}
export interface CommentQuery extends ListQuery {
  recordType: RecordType;
  recordId: string;
}

/** Called for each change the backend pushes. */
export type ChangeListener = (change: ChangeEvent) => void;

export interface SubscribeOptions extends CallOptions {
  /** Resume after this event id (the last one seen). */
  lastEventId?: string;
  /** Connection state, for a "reconnecting…" hint. */
  onStatus?: (status: 'connecting' | 'open' | 'reconnecting' | 'closed') => void;
}

/**
 * Everything a portal does against a firm's backend. Every method takes an `AbortSignal`
 * (through `options.signal`), resolves with schema-valid records, and rejects with `PortalError`.
 */
export interface PortalAdapter {
  // --- Authentication (passwordless) -----------------------------------------------------------

  /**
   * Sends a 6-digit code (and a magic link, for email) to the identifier. Resolves the same way
   * whether or not the identifier belongs to a contact, so nobody can probe for clients.
   */
  requestCode(input: RequestCodeInput, options?: CallOptions): Promise<void>;
  /**
   * Exchanges a code for a session. Rejects with `validation` and `code` `code_invalid`,
   * `code_expired` or `too_many_attempts`.
   */
  verifyCode(input: VerifyCodeInput, options?: CallOptions): Promise<Session>;
  /** Exchanges a magic-link token (single use) for a session; `link_used` or `link_expired` otherwise. */
  exchangeMagicLink(token: string, options?: CallOptions): Promise<Session>;
  /** A fresh session for the current one, before it expires. */
  refresh(options?: CallOptions): Promise<Session>;
  /** Ends the current session on the backend. */
  logout(options?: CallOptions): Promise<void>;

  // --- Configuration ---------------------------------------------------------------------------

  /** Branding, enabled modules, permissions and pages. Works before sign-in (for branding). */
  getConfig(options?: CallOptions): Promise<PortalConfig>;

  // --- Invoices and payments -------------------------------------------------------------------

  listInvoices(query?: InvoiceQuery, options?: CallOptions): Promise<Page<InvoiceSummary>>;
  /** `id` is the invoice id or its number. */
  getInvoice(id: string, options?: CallOptions): Promise<Invoice>;
  /** Records that the client opened the invoice (shown in the firm's document history). */
  markInvoiceViewed(id: string, options?: CallOptions): Promise<void>;
  /** The invoice as a PDF made by the backend; `not_found` with code `pdf_unavailable` when it cannot. */
  getInvoicePdf(id: string, options?: CallOptions): Promise<Blob>;
  /** Starts a payment; resolves with where to send the client or what to mount. */
  pay(input: PayInput, options: WriteOptions): Promise<PaymentIntent>;

  // --- Quotes and contracts --------------------------------------------------------------------

  listQuotes(query?: QuoteQuery, options?: CallOptions): Promise<Page<QuoteSummary>>;
  getQuote(id: string, options?: CallOptions): Promise<Quote>;
  /** Records who, when, which version and the signature. `conflict` when a newer version exists. */
  acceptQuote(id: string, input: AcceptQuoteInput, options: WriteOptions): Promise<Quote>;
  declineQuote(id: string, input: DeclineQuoteInput, options: WriteOptions): Promise<Quote>;
  requestQuoteChanges(id: string, input: RequestChangesInput, options: WriteOptions): Promise<Quote>;
  listContracts(query?: ListQuery, options?: CallOptions): Promise<Page<ContractSummary>>;
  getContract(id: string, options?: CallOptions): Promise<Contract>;
  signContract(id: string, input: SignContractInput, options: WriteOptions): Promise<Contract>;

  // --- Files ----------------------------------------------------------------------------------

  listFiles(query?: FileQuery, options?: CallOptions): Promise<Page<PortalFile>>;
  /** The file's bytes. */
  downloadFile(id: string, options?: CallOptions): Promise<Blob>;
  /** Uploads one file, reporting progress; abort to cancel. */
  uploadFile(input: UploadInput, options: UploadOptions): Promise<PortalFile>;

  // --- Requests, tasks, projects, activity --------------------------------------------------------

  listRequests(query?: RequestQuery, options?: CallOptions): Promise<Page<RequestSummary>>;
  getRequest(id: string, options?: CallOptions): Promise<PortalRequest>;
  createRequest(input: CreateRequestInput, options: WriteOptions): Promise<PortalRequest>;
  replyToRequest(id: string, input: ReplyInput, options: WriteOptions): Promise<PortalRequest>;
  /** Close or reopen, where the firm allows it. */
  setRequestStatus(id: string, status: 'open' | 'closed', options: WriteOptions): Promise<PortalRequest>;
  listTasks(query?: TaskQuery, options?: CallOptions): Promise<Page<Task>>;
  completeTask(id: string, options: WriteOptions): Promise<Task>;
  listProjects(query?: ProjectQuery, options?: CallOptions): Promise<Page<ProjectSummary>>;
  getProject(id: string, options?: CallOptions): Promise<Project>;
  /** Newest first. */
  listActivity(query?: ListQuery, options?: CallOptions): Promise<Page<ActivityEvent>>;

  // --- Catalogue and comments ---------------------------------------------------------------------

  listCatalogue(query?: ListQuery, options?: CallOptions): Promise<Page<CatalogueItem>>;
  listComments(query: CommentQuery, options?: CallOptions): Promise<Page<Comment>>;
  addComment(input: AddCommentInput, options: WriteOptions): Promise<Comment>;

  // --- Live changes -----------------------------------------------------------------------------

  /**
   * Calls `listener` for every change the backend pushes until `options.signal` aborts.
   * Reconnects by itself and resumes without missing a change.
   */
  subscribe(listener: ChangeListener, options?: SubscribeOptions): void;
}

/** The write methods: a read-only portal never calls these. */
export const writeMethods = [
  'pay',
  'acceptQuote',
  'declineQuote',
  'requestQuoteChanges',
  'signContract',
  'uploadFile',
  'createRequest',
  'replyToRequest',
  'setRequestStatus',
  'completeTask',
  'addComment',
] as const satisfies readonly (keyof PortalAdapter)[];
export type WriteMethod = (typeof writeMethods)[number];

/** A new idempotency key: one per user intent. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
