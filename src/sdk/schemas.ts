/**
 * The records a portal shows, as zod schemas (zod/mini, for size) with their inferred types.
 * These schemas are the single source of truth: the REST adapter validates every response
 * with them, the mock backend is typed by them, and `contract/openapi.json` is generated from them.
 *
 * Conventions: money is an integer in minor units (cents) next to an ISO 4217 `currency`;
 * dates are ISO 8601 (`YYYY-MM-DD` for calendar dates, full timestamps for moments).
 */
import * as z from 'zod/mini';

const text = z.string();
const nonEmpty = (message = 'Required') => z.string().check(z.trim(), z.minLength(1, message));
export const Id = z.string().check(z.minLength(1));
/** A moment, e.g. `2026-11-23T09:30:00Z` or with an offset. */
export const Timestamp = z.iso.datetime({ offset: true });
/** A calendar date, e.g. `2026-11-23`. */
export const CalendarDate = z.iso.date();
/** ISO 4217 code, upper case. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code'));
/** An amount in minor units (cents, pence; yen have none). */
export const Minor = z.int();
export const NonNegativeMinor = z.int().check(z.minimum(0));
const HexColor = z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'Expected a hex colour like #1d4ed8'));

// ---------------------------------------------------------------------------------------------
// Firm, configuration, people, session

export const ModuleId = z.enum([
  'home',
  'invoices',
  'quotes',
  'contracts',
  'files',
  'requests',
  'tasks',
  'projects',
  'activity',
  'catalogue',
  'contact',
]);
export type ModuleId = z.infer<typeof ModuleId>;

export const OpeningHours = z.object({ days: text, hours: text });

export const Firm = z.object({
  id: Id,
  name: nonEmpty(),
  logoUrl: z.optional(text),
  /** Brand colour; the portal picks a readable text colour for it. */
  primaryColor: HexColor,
  /** Shown on home; may contain merge tags such as `{{contact.name}}`. Rich text (sanitized HTML). */
  welcomeMessage: z.optional(text),
  /** About Us, rich text (sanitized HTML). */
  about: z.optional(text),
  contact: z.object({
    email: z.optional(text),
    phone: z.optional(text),
    address: z.optional(text),
    website: z.optional(text),
    hours: z.optional(z.array(OpeningHours)),
  }),
  /** The firm's own CSS; sanitized and scoped to the portal before use. */
  customCss: z.optional(text),
  /** Default locale of the portal, e.g. `en-GB`. */
  locale: z.optional(text),
});
export type Firm = z.infer<typeof Firm>;

export const MenuItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('module'), module: ModuleId, label: z.optional(text) }),
  z.object({ type: z.literal('link'), label: nonEmpty(), url: text }),
  z.object({ type: z.literal('page'), pageId: Id, label: nonEmpty() }),
]);
export type MenuItem = z.infer<typeof MenuItem>;

export const CustomPage = z.object({
  id: Id,
  slug: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: nonEmpty(),
  /** Rich HTML with merge tags; sanitized before display. */
  content: text,
});
export type CustomPage = z.infer<typeof CustomPage>;

export const SignInChannel = z.enum(['email', 'sms', 'whatsapp']);
export type SignInChannel = z.infer<typeof SignInChannel>;

export const Permissions = z.object({
  /** The client may pay invoices online. */
  payments: z.boolean(),
  /** Invoices that allow it may be paid in part. */
  partialPayments: z.boolean(),
  /** `view_only`: the firm records quote decisions itself; the portal only shows quotes. */
  quoteDecisions: z.enum(['full', 'view_only']),
  /** What the client may do with files. */
  files: z.enum(['download', 'upload', 'both']),
  requests: z.object({ create: z.boolean(), close: z.boolean() }),
  tasksComplete: z.boolean(),
  comments: z.boolean(),
});
export type Permissions = z.infer<typeof Permissions>;

export const UploadLimits = z.object({
  maxBytes: z.int().check(z.positive()),
  /** MIME types (`image/png`, `image/*`) or extensions (`.pdf`). Empty means any. */
  allowedTypes: z.array(text),
  maxFiles: z.int().check(z.positive()),
});
export type UploadLimits = z.infer<typeof UploadLimits>;

export const RequestCategory = z.object({ id: Id, label: nonEmpty() });

export const PortalConfig = z.object({
  firm: Firm,
  /** Enabled modules. A module not listed is off: absent from navigation, its deep links say so. */
  modules: z.array(ModuleId),
  /** Navigation in display order. Empty means "the enabled modules in the order given". */
  menu: z.array(MenuItem),
  pages: z.array(CustomPage),
  permissions: Permissions,
  uploads: UploadLimits,
  requestCategories: z.array(RequestCategory),
  signInChannels: z.array(SignInChannel),
});
export type PortalConfig = z.infer<typeof PortalConfig>;

export const Company = z.object({ id: Id, name: nonEmpty(), address: z.optional(text), taxId: z.optional(text) });
export type Company = z.infer<typeof Company>;

export const Contact = z.object({
  id: Id,
  name: nonEmpty(),
  email: z.email(),
  phone: z.optional(text),
  title: z.optional(text),
  companyId: Id,
  /** Preferred language, BCP 47. */
  locale: z.optional(text),
});
export type Contact = z.infer<typeof Contact>;

export const Session = z.object({
  /** Opaque bearer token. Never put it in a URL or a log. */
  token: nonEmpty(),
  expiresAt: Timestamp,
  contact: Contact,
  company: Company,
});
export type Session = z.infer<typeof Session>;

// ---------------------------------------------------------------------------------------------
// Shared pieces

export const RecordType = z.enum(['invoice', 'quote', 'contract', 'file', 'request', 'task', 'project', 'comment']);
export type RecordType = z.infer<typeof RecordType>;

/** A pointer to another record, with a label to show without loading it. */
export const RecordRef = z.object({ type: RecordType, id: Id, label: z.optional(text) });
export type RecordRef = z.infer<typeof RecordRef>;

export const Person = z.object({ type: z.enum(['client', 'firm']), name: nonEmpty(), contactId: z.optional(Id) });
export type Person = z.infer<typeof Person>;

/** Something that happened to a document (the firm's history of it). */
export const DocumentEvent = z.object({
  type: z.enum([
    'sent',
    'viewed',
    'reminder_sent',
    'partially_paid',
    'paid',
    'canceled',
    'revised',
    'accepted',
    'declined',
    'changes_requested',
    'signed',
    'expired',
  ]),
  at: Timestamp,
  by: z.optional(text),
});
export type DocumentEvent = z.infer<typeof DocumentEvent>;

export const Tax = z.object({ name: nonEmpty(), /** percent, e.g. 20 */ rate: z.number(), amount: Minor });
export type Tax = z.infer<typeof Tax>;

// ---------------------------------------------------------------------------------------------
// Files

export const PortalFile = z.object({
  id: Id,
  name: nonEmpty(),
  mimeType: text,
  size: z.int().check(z.minimum(0)),
  createdAt: Timestamp,
  uploadedBy: z.enum(['firm', 'client']),
  /** The record the file belongs to; absent for files simply shared with the client. */
  attachedTo: z.optional(RecordRef),
  folder: z.optional(text),
});
export type PortalFile = z.infer<typeof PortalFile>;

// ---------------------------------------------------------------------------------------------
// Invoices and payments

/** `draft` exists in a firm's books but is never shown in a portal, so it is not a valid status here. */
export const InvoiceStatus = z.enum(['open', 'overdue', 'partially_paid', 'paid', 'canceled']);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

export const InvoiceLine = z.object({
  id: Id,
  description: text,
  quantity: z.number(),
  unitPrice: Minor,
  /** Discount on this line, minor units. */
  discount: z.optional(NonNegativeMinor),
  taxes: z.array(Tax),
  /** quantity × unitPrice − discount, before tax. */
  amount: Minor,
});
export type InvoiceLine = z.infer<typeof InvoiceLine>;

export const InvoiceSummary = z.object({
  id: Id,
  number: nonEmpty(),
  status: InvoiceStatus,
  issueDate: CalendarDate,
  dueDate: CalendarDate,
  currency: Currency,
  total: Minor,
  amountPaid: NonNegativeMinor,
  amountDue: NonNegativeMinor,
  /** A short description (the job, the period). */
  subject: z.optional(text),
  projectId: z.optional(Id),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

export const Payment = z.object({
  id: Id,
  invoiceId: Id,
  amount: NonNegativeMinor,
  currency: Currency,
  method: text,
  reference: z.optional(text),
  paidAt: Timestamp,
  status: z.enum(['succeeded', 'pending', 'failed']),
});
export type Payment = z.infer<typeof Payment>;

export const Invoice = z.extend(InvoiceSummary, {
  lines: z.array(InvoiceLine),
  subtotal: Minor,
  discountTotal: NonNegativeMinor,
  taxTotal: Minor,
  notes: z.optional(text),
  terms: z.optional(text),
  /** The client may pay part of the amount due (a deposit or instalment). */
  allowPartialPayment: z.boolean(),
  payments: z.array(Payment),
  history: z.array(DocumentEvent),
  /** False when the firm's setup cannot produce a PDF of this invoice. */
  pdfAvailable: z.boolean(),
  quoteId: z.optional(Id),
});
export type Invoice = z.infer<typeof Invoice>;

export const PayInput = z.object({
  /** One invoice, or several in one currency ("pay all overdue"). */
  invoiceIds: z.array(Id).check(z.minLength(1)),
  /** Partial amount in minor units; absent means the full amount due. */
  amount: z.optional(z.int().check(z.positive('Enter an amount greater than zero'))),
  /** Where hosted checkout sends the client back; the portal adds `#…portico-payment=success|cancel`. */
  returnUrl: z.optional(text),
});
export type PayInput = z.infer<typeof PayInput>;

/** What `pay` hands back: send the client to hosted checkout, or mount an embedded provider. */
export const PaymentIntent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('redirect'), paymentId: Id, url: text }),
  z.object({
    kind: z.literal('client_secret'),
    paymentId: Id,
    provider: nonEmpty(),
    clientSecret: nonEmpty(),
    publishableKey: z.optional(text),
  }),
]);
export type PaymentIntent = z.infer<typeof PaymentIntent>;

// ---------------------------------------------------------------------------------------------
// Quotes and contracts

export const QuoteStatus = z.enum(['pending', 'accepted', 'declined', 'expired']);
export type QuoteStatus = z.infer<typeof QuoteStatus>;

export const QuoteLine = z.object({
  id: Id,
  description: text,
  quantity: z.number(),
  unitPrice: Minor,
  /** Tax rate in percent applied to this line. */
  taxRate: z.number(),
  /** The client may tick this line in or out. */
  optional: z.boolean(),
  /** For optional lines: ticked by default. */
  selected: z.boolean(),
});
export type QuoteLine = z.infer<typeof QuoteLine>;

export const QuoteVersion = z.object({
  version: z.int().check(z.positive()),
  sentAt: Timestamp,
  /** The firm's message with this revision. */
  message: z.optional(text),
  lines: z.array(QuoteLine),
  terms: z.optional(text),
  /** Totals with the default selection of optional lines. */
  subtotal: Minor,
  taxTotal: Minor,
  total: Minor,
});
export type QuoteVersion = z.infer<typeof QuoteVersion>;

export const Signature = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('typed'), name: nonEmpty('Type your full name') }),
  z.object({
    kind: z.literal('drawn'),
    name: nonEmpty('Type your full name'),
    /** PNG data URL of the drawing. */
    image: z.string().check(z.startsWith('data:image/png;base64,')),
  }),
]);
export type Signature = z.infer<typeof Signature>;

/** One decision on a quote or contract, kept as its audit trail. */
export const Decision = z.object({
  type: z.enum(['accepted', 'declined', 'changes_requested', 'signed']),
  version: z.int(),
  at: Timestamp,
  by: Person,
  signature: z.optional(Signature),
  reason: z.optional(text),
  selectedLineIds: z.optional(z.array(Id)),
  total: z.optional(Minor),
});
export type Decision = z.infer<typeof Decision>;

export const QuoteSummary = z.object({
  id: Id,
  number: nonEmpty(),
  title: text,
  status: QuoteStatus,
  issueDate: CalendarDate,
  expiryDate: CalendarDate,
  currency: Currency,
  total: Minor,
  currentVersion: z.int().check(z.positive()),
  projectId: z.optional(Id),
});
export type QuoteSummary = z.infer<typeof QuoteSummary>;

export const Quote = z.extend(QuoteSummary, {
  /** Every revision the firm sent, oldest first. */
  versions: z.array(QuoteVersion).check(z.minLength(1)),
  /** Percent of the accepted total due as a deposit on acceptance. */
  depositPercent: z.optional(z.number().check(z.gt(0), z.lte(100))),
  /** The invoice raised for the deposit once accepted. */
  depositInvoiceId: z.optional(Id),
  decisions: z.array(Decision),
  history: z.array(DocumentEvent),
});
export type Quote = z.infer<typeof Quote>;

export const AcceptQuoteInput = z.object({
  /** The version the client saw; a newer one on the server is a conflict. */
  version: z.int(),
  signature: Signature,
  /** Optional lines the client ticked. */
  selectedLineIds: z.array(Id),
  acceptTerms: z.literal(true, 'Please accept the terms'),
});
export type AcceptQuoteInput = z.infer<typeof AcceptQuoteInput>;

export const DeclineQuoteInput = z.object({ version: z.int(), reason: z.optional(z.string().check(z.maxLength(2000))) });
export type DeclineQuoteInput = z.infer<typeof DeclineQuoteInput>;

export const RequestChangesInput = z.object({
  version: z.int(),
  message: z.string().check(z.trim(), z.minLength(1, 'Say what you would like changed'), z.maxLength(5000)),
});
export type RequestChangesInput = z.infer<typeof RequestChangesInput>;

export const ContractStatus = z.enum(['pending', 'signed', 'expired']);
export const ContractSummary = z.object({
  id: Id,
  number: nonEmpty(),
  title: nonEmpty(),
  status: ContractStatus,
  issueDate: CalendarDate,
  expiryDate: z.optional(CalendarDate),
  version: z.int().check(z.positive()),
});
export type ContractSummary = z.infer<typeof ContractSummary>;

export const Contract = z.extend(ContractSummary, {
  /** The contract text, rich HTML; sanitized before display. */
  body: text,
  decisions: z.array(Decision),
  history: z.array(DocumentEvent),
});
export type Contract = z.infer<typeof Contract>;

export const SignContractInput = z.object({
  version: z.int(),
  signature: Signature,
  acceptTerms: z.literal(true, 'Please accept the terms'),
});
export type SignContractInput = z.infer<typeof SignContractInput>;

// ---------------------------------------------------------------------------------------------
// Requests (tickets), tasks, projects

export const RequestStatus = z.enum(['open', 'awaiting_client', 'closed']);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const Message = z.object({
  id: Id,
  author: Person,
  body: text,
  createdAt: Timestamp,
  attachments: z.array(PortalFile),
});
export type Message = z.infer<typeof Message>;

export const RequestSummary = z.object({
  id: Id,
  number: nonEmpty(),
  subject: nonEmpty(),
  category: text,
  status: RequestStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type RequestSummary = z.infer<typeof RequestSummary>;

export const PortalRequest = z.extend(RequestSummary, {
  description: text,
  preferredDate: z.optional(CalendarDate),
  relatedTo: z.optional(RecordRef),
  messages: z.array(Message),
});
export type PortalRequest = z.infer<typeof PortalRequest>;

export const CreateRequestInput = z.object({
  subject: z.string().check(z.trim(), z.minLength(1, 'Give your request a subject'), z.maxLength(200, 'Keep the subject under 200 characters')),
  category: z.string().check(z.minLength(1, 'Choose a category')),
  description: z.string().check(z.trim(), z.minLength(1, 'Describe what you need'), z.maxLength(10000, 'Keep the description under 10,000 characters')),
  preferredDate: z.optional(CalendarDate),
  attachmentIds: z.array(Id),
  relatedTo: z.optional(RecordRef),
});
export type CreateRequestInput = z.infer<typeof CreateRequestInput>;

export const ReplyInput = z.object({
  body: z.string().check(z.trim(), z.minLength(1, 'Write a message'), z.maxLength(10000)),
  attachmentIds: z.array(Id),
});
export type ReplyInput = z.infer<typeof ReplyInput>;

export const TaskStatus = z.enum(['todo', 'done']);
export const Task = z.object({
  id: Id,
  title: nonEmpty(),
  description: z.optional(text),
  status: TaskStatus,
  dueDate: z.optional(CalendarDate),
  createdAt: Timestamp,
  completedAt: z.optional(Timestamp),
  /** The client may mark it done. */
  canComplete: z.boolean(),
  /** The firm asks for documents against this task. */
  acceptsUploads: z.boolean(),
  /** Documents from the firm to download. */
  downloads: z.array(PortalFile),
  /** Documents the client uploaded for it. */
  uploads: z.array(PortalFile),
  projectId: z.optional(Id),
});
export type Task = z.infer<typeof Task>;

export const Milestone = z.object({
  id: Id,
  title: nonEmpty(),
  dueDate: z.optional(CalendarDate),
  completedAt: z.optional(Timestamp),
});
export type Milestone = z.infer<typeof Milestone>;

export const TimeLog = z.object({
  id: Id,
  date: CalendarDate,
  description: text,
  minutes: z.int().check(z.minimum(0)),
  by: text,
});
export type TimeLog = z.infer<typeof TimeLog>;

export const ProjectStatus = z.enum(['planned', 'active', 'on_hold', 'completed']);
export const ProjectSummary = z.object({
  id: Id,
  name: nonEmpty(),
  kind: z.enum(['project', 'job']),
  status: ProjectStatus,
  /** Percent complete, 0–100. */
  progress: z.number().check(z.gte(0), z.lte(100)),
  startDate: z.optional(CalendarDate),
  dueDate: z.optional(CalendarDate),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const Project = z.extend(ProjectSummary, {
  description: z.optional(text),
  /** Where a job takes place. */
  address: z.optional(text),
  milestones: z.array(Milestone),
  invoiceIds: z.array(Id),
  quoteIds: z.array(Id),
  fileIds: z.array(Id),
  /** Present only when the firm shares time logs. */
  timeLogs: z.optional(z.array(TimeLog)),
});
export type Project = z.infer<typeof Project>;

// ---------------------------------------------------------------------------------------------
// Activity, catalogue, comments, live changes

export const ActivityType = z.enum([
  'invoice_sent',
  'invoice_paid',
  'quote_sent',
  'quote_accepted',
  'quote_declined',
  'contract_signed',
  'file_shared',
  'file_uploaded',
  'request_created',
  'request_replied',
  'task_assigned',
  'task_completed',
  'project_updated',
  'comment_added',
]);
export type ActivityType = z.infer<typeof ActivityType>;

export const ActivityEvent = z.object({
  id: Id,
  type: ActivityType,
  at: Timestamp,
  /** A sentence to show, plain text. */
  summary: text,
  actor: z.optional(Person),
  record: z.optional(RecordRef),
});
export type ActivityEvent = z.infer<typeof ActivityEvent>;

export const CatalogueItem = z.object({
  id: Id,
  name: nonEmpty(),
  description: text,
  price: Minor,
  currency: Currency,
  /** e.g. "hour", "visit", "month". */
  unit: z.optional(text),
  category: z.optional(text),
  imageUrl: z.optional(text),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const Comment = z.object({
  id: Id,
  record: RecordRef,
  author: Person,
  body: text,
  createdAt: Timestamp,
});
export type Comment = z.infer<typeof Comment>;

export const AddCommentInput = z.object({
  record: RecordRef,
  body: z.string().check(z.trim(), z.minLength(1, 'Write a comment'), z.maxLength(2000, 'Keep comments under 2,000 characters')),
});
export type AddCommentInput = z.infer<typeof AddCommentInput>;

/** A change pushed by `subscribe`: which record changed. Views reload what they show of it. */
export const ChangeEvent = z.object({
  /** Monotonic id; the REST adapter resumes after it (`Last-Event-ID`). */
  id: text,
  kind: z.enum(['created', 'updated', 'deleted']),
  record: RecordRef,
  at: Timestamp,
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;

// ---------------------------------------------------------------------------------------------
// Auth inputs, paging

export const RequestCodeInput = z.object({
  channel: SignInChannel,
  /** The email or phone number, per channel. */
  identifier: z.string().check(z.trim(), z.minLength(3, 'Enter your email address')),
  /** Where a magic link should land; the backend appends `#portico-token=…`. */
  redirectUrl: z.optional(text),
});
export type RequestCodeInput = z.infer<typeof RequestCodeInput>;

export const VerifyCodeInput = z.object({
  identifier: z.string().check(z.trim(), z.minLength(3)),
  code: z.string().check(z.regex(/^\d{6}$/, 'Enter the 6-digit code')),
});
export type VerifyCodeInput = z.infer<typeof VerifyCodeInput>;

export const MagicLinkInput = z.object({ token: nonEmpty() });

export const Ok = z.object({ ok: z.literal(true) });

/** One page of a list. `nextCursor` is null on the last page. */
export const Page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.nullable(text), total: z.optional(z.int()) });
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** Count across all pages, when the backend knows it cheaply. */
  total?: number;
}

/** The body of every error response: `{ "error": { … } }`. */
export const ErrorBody = z.object({
  error: z.object({
    type: z.string(),
    message: z.optional(text),
    code: z.optional(text),
    fields: z.optional(z.record(z.string(), z.string())),
    retryAfter: z.optional(z.number()),
  }),
});
