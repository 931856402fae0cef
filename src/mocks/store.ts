/**
 * The mock backend: one in-memory store holding the seeded data and the business rules
 * (sign-in codes, paying, deciding on quotes, uploading, replying…). The memory adapter and the
 * msw handlers are two thin faces of it, so both behave exactly alike.
 */
import type { CommentQuery, FileQuery, InvoiceQuery, ListQuery, ProjectQuery, QuoteQuery, RequestQuery, TaskQuery } from '../sdk/adapter.js';
import { PortalError } from '../sdk/errors.js';
import * as s from '../sdk/schemas.js';
import { parseInput } from '../sdk/validate.js';
import { FaultPlan } from './faults.js';
import { makePdf } from './pdf.js';
import { seed, type Db, type FirmPreset, type SeedOptions, type StoredFile, type StoredInvoice, type StoredRequest, type StoredTask } from './seed.js';

export interface StoreOptions extends Omit<SeedOptions, 'today'> {
  /** The store's clock. Default: the real one. */
  now?: () => Date;
  /** What `pay` returns: a hosted-checkout redirect (default) or a client secret for embedded payment. */
  paymentMode?: 'redirect' | 'client_secret';
}

/** A message the backend "sent": read it in the demo's mailbox and in tests. */
export interface SentMessage {
  channel: s.SignInChannel;
  to: string;
  contactId: string;
  code: string;
  /** Magic link (email only). */
  link?: string;
  sentAt: string;
}

export interface ChangeRecord {
  companyId: string;
  change: s.ChangeEvent;
}

/** Input to the store's upload: bytes already received. */
export interface StoreUpload {
  name: string;
  mimeType: string;
  content: Uint8Array;
  attachTo?: s.RecordRef;
  folder?: string;
}

interface CodeEntry {
  contactId: string;
  code: string;
  expiresAt: number;
  tries: number;
}

export const CODE_TTL_MS = 10 * 60_000;
export const CODE_MAX_TRIES = 5;
export const LINK_TTL_MS = 15 * 60_000;
export const SESSION_TTL_MS = 12 * 3_600_000;

const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

function randomDigits(length: number): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => String(v % 10)).join('');
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c]!);
}

const clone = <T>(value: T): T => structuredClone(value);

/** Sort by a field; `-field` for descending; ties broken by id for a stable order. */
function sortItems<T extends { id: string }>(items: T[], sort: string | undefined, fallback: string): T[] {
  const spec = sort || fallback;
  const desc = spec.startsWith('-');
  const field = (desc ? spec.slice(1) : spec) as keyof T;
  if (!items.length) return items;
  if (!(field in items[0])) throw new PortalError('validation', `Cannot sort by “${String(field)}”.`, { fields: { sort: 'Unknown sort field' } });
  return [...items].sort((a, b) => {
    const x = a[field] as unknown;
    const y = b[field] as unknown;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
    return (desc ? -order : order) || a.id.localeCompare(b.id);
  });
}

function paginate<T>(items: T[], query: ListQuery = {}): s.Page<T> {
  const offset = query.cursor ? Number(/^c(\d+)$/.exec(query.cursor)?.[1] ?? NaN) : 0;
  if (!Number.isInteger(offset)) throw new PortalError('validation', 'That page link is not valid.', { fields: { cursor: 'Invalid cursor' } });
  const limit = Math.min(Math.max(1, query.limit ?? PAGE_SIZE), MAX_PAGE_SIZE);
  const page = items.slice(offset, offset + limit);
  const next = offset + limit;
  return { items: page, nextCursor: next < items.length ? `c${next}` : null, total: items.length };
}

const matches = (q: string | undefined, ...values: (string | undefined)[]) =>
  !q || values.some((value) => value?.toLowerCase().includes(q.trim().toLowerCase()));

const inStatus = <T extends string>(status: T[] | undefined, value: T) => !status?.length || status.includes(value);

export class PortalStore {
  readonly preset: FirmPreset;
  /** Sign-in codes and links "sent" by email, SMS or WhatsApp. */
  readonly sentMessages: SentMessage[] = [];
  /** Fault injection for both faces. */
  readonly faults = new FaultPlan();
  paymentMode: 'redirect' | 'client_secret';

  #db: Db;
  #now: () => Date;
  #timeOffset = 0;
  #codes = new Map<string, CodeEntry>();
  #codeRequests = new Map<string, number[]>();
  #links = new Map<string, { contactId: string; expiresAt: number; used: boolean }>();
  #sessions = new Map<string, { contactId: string; expiresAt: number }>();
  #idempotency = new Map<string, { fingerprint: string; result: unknown }>();
  #changes: ChangeRecord[] = [];
  #changeSeq = 0;
  #listeners = new Set<(record: ChangeRecord) => void>();
  #seq = 1000;

  constructor(options: StoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.preset = options.preset ?? 'harbor';
    this.paymentMode = options.paymentMode ?? 'redirect';
    this.#db = seed({ ...options, today: this.#now() });
  }

  // --- Clock and helpers for tests and the demo ---------------------------------------------------

  now(): Date {
    return new Date(this.#now().getTime() + this.#timeOffset);
  }

  /** Moves the store's clock forward (code and session expiry). */
  advanceTime(ms: number): void {
    this.#timeOffset += ms;
  }

  #iso(): string {
    return this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  #today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  #id(prefix: string): string {
    return `${prefix}_${++this.#seq}`;
  }

  /** The seeded contacts (for the demo's company switch and tests). */
  get contacts(): readonly s.Contact[] {
    return this.#db.contacts;
  }

  get companies(): readonly s.Company[] {
    return this.#db.companies;
  }

  /** The raw data set, for tests and benchmarks that need to reach past the API. */
  get db(): Db {
    return this.#db;
  }

  /** Signs a contact in without a code (tests, stories, the demo's "skip sign-in"). */
  createSession(contactId: string): s.Session {
    const contact = this.#db.contacts.find((c) => c.id === contactId || c.email === contactId);
    if (!contact) throw new PortalError('not_found', `No contact ${contactId}`);
    const token = randomToken();
    const expiresAt = this.now().getTime() + SESSION_TTL_MS;
    this.#sessions.set(token, { contactId: contact.id, expiresAt });
    return {
      token,
      expiresAt: new Date(expiresAt).toISOString(),
      contact: clone(contact),
      company: clone(this.#db.companies.find((c) => c.id === contact.companyId)!),
    };
  }

  /**
   * Accepts a session issued by an earlier store (the demo keeps its session across a reload,
   * although the in-memory store starts afresh). Unknown contacts are ignored.
   */
  restoreSession(session: Pick<s.Session, 'token' | 'expiresAt' | 'contact'>): boolean {
    const contact = this.#db.contacts.find((c) => c.id === session.contact.id);
    const expiresAt = Date.parse(session.expiresAt);
    if (!contact || !(expiresAt > this.now().getTime())) return false;
    this.#sessions.set(session.token, { contactId: contact.id, expiresAt });
    return true;
  }

  /** Ends a session as if it had expired (the next call is `unauthorized`). */
  expireSession(token?: string): void {
    if (token) this.#sessions.delete(token);
    else this.#sessions.clear();
  }

  /** Runs a write once per idempotency key: a replay returns the first result. */
  idempotent<T>(key: string | undefined, operation: string, token: string | undefined, payload: unknown, run: () => T): T {
    if (!key) throw new PortalError('validation', 'An Idempotency-Key header is required on writes.', { code: 'idempotency_key_required' });
    // Scoped to the contact, not the token: a retry after signing in again is still the same intent.
    const entryKey = `${operation}:${this.authenticate(token).id}:${key}`;
    const fingerprint = JSON.stringify(payload);
    const seen = this.#idempotency.get(entryKey);
    if (seen) {
      if (seen.fingerprint !== fingerprint) throw new PortalError('conflict', 'This request was already sent with different details.', { code: 'idempotency_key_reused' });
      return clone(seen.result) as T;
    }
    const result = run();
    this.#idempotency.set(entryKey, { fingerprint, result: clone(result) });
    return result;
  }

  // --- Live changes -----------------------------------------------------------------------------

  /** Calls `listener` for every change; returns the unsubscribe function. */
  onChange(listener: (record: ChangeRecord) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Changes of one company after `lastEventId` (for resuming a stream). */
  changesSince(companyId: string, lastEventId?: string): s.ChangeEvent[] {
    const after = Number(lastEventId ?? NaN);
    if (!Number.isFinite(after)) return [];
    return this.#changes.filter((r) => r.companyId === companyId && Number(r.change.id) > after).map((r) => r.change);
  }

  #emit(companyId: string, kind: s.ChangeEvent['kind'], record: s.RecordRef) {
    const change: s.ChangeEvent = { id: String(++this.#changeSeq), kind, record, at: this.#iso() };
    const entry = { companyId, change };
    this.#changes.push(entry);
    if (this.#changes.length > 1000) this.#changes.shift();
    for (const listener of this.#listeners) listener(clone(entry));
  }

  #activity(companyId: string, event: Omit<s.ActivityEvent, 'id' | 'at'>) {
    this.#db.activity.unshift({ ...event, id: this.#id('act'), at: this.#iso(), companyId });
  }

  // --- Authentication ---------------------------------------------------------------------------

  #findByIdentifier(channel: s.SignInChannel, identifier: string) {
    const id = identifier.trim().toLowerCase();
    const phone = id.replace(/[^\d+]/g, '');
    return this.#db.contacts.find((c) => (channel === 'email' ? c.email.toLowerCase() === id : !!c.phone && c.phone.replace(/[^\d+]/g, '') === phone));
  }

  requestCode(input: s.RequestCodeInput): void {
    const { channel, identifier, redirectUrl } = parseInput(s.RequestCodeInput, input);
    if (!this.#db.config.signInChannels.includes(channel)) {
      throw new PortalError('validation', 'That sign-in channel is not available.', { fields: { channel: 'Not available' } });
    }
    const key = identifier.trim().toLowerCase();
    const now = this.now().getTime();
    const recent = (this.#codeRequests.get(key) ?? []).filter((t) => now - t < CODE_TTL_MS);
    if (recent.length >= 5) {
      throw new PortalError('rate_limited', 'Too many codes requested. Please wait a few minutes.', { retryAfter: Math.ceil((recent[0] + CODE_TTL_MS - now) / 1000) });
    }
    this.#codeRequests.set(key, [...recent, now]);
    const contact = this.#findByIdentifier(channel, identifier);
    if (!contact) return; // Same answer as for a known contact: nobody can probe who is a client.
    const code = randomDigits(6);
    this.#codes.set(key, { contactId: contact.id, code, expiresAt: now + CODE_TTL_MS, tries: 0 });
    let link: string | undefined;
    if (channel === 'email') {
      const token = randomToken();
      this.#links.set(token, { contactId: contact.id, expiresAt: now + LINK_TTL_MS, used: false });
      const base = (redirectUrl ?? 'https://portal.example/').split('#')[0];
      link = `${base}#portico-token=${token}`;
    }
    this.sentMessages.push({ channel, to: identifier.trim(), contactId: contact.id, code, link, sentAt: this.#iso() });
  }

  verifyCode(input: s.VerifyCodeInput): s.Session {
    const { identifier, code } = parseInput(s.VerifyCodeInput, input);
    const key = identifier.trim().toLowerCase();
    const entry = this.#codes.get(key);
    const wrong = new PortalError('validation', 'That code is not right. Check the latest message we sent and try again.', { code: 'code_invalid', fields: { code: 'That code is not right' } });
    if (!entry) throw wrong;
    if (this.now().getTime() > entry.expiresAt) {
      this.#codes.delete(key);
      throw new PortalError('validation', 'That code has expired. We can send you a new one.', { code: 'code_expired', fields: { code: 'Expired' } });
    }
    if (entry.code !== code) {
      entry.tries++;
      if (entry.tries >= CODE_MAX_TRIES) {
        this.#codes.delete(key);
        throw new PortalError('rate_limited', 'Too many wrong tries. Ask for a new code.', { code: 'too_many_attempts' });
      }
      throw wrong;
    }
    this.#codes.delete(key);
    return this.createSession(entry.contactId);
  }

  exchangeMagicLink(token: string): s.Session {
    const link = this.#links.get(token);
    if (!link) throw new PortalError('validation', 'This sign-in link is not valid.', { code: 'link_invalid' });
    if (link.used) throw new PortalError('validation', 'This sign-in link was already used. Links work once.', { code: 'link_used' });
    if (this.now().getTime() > link.expiresAt) throw new PortalError('validation', 'This sign-in link has expired.', { code: 'link_expired' });
    link.used = true;
    return this.createSession(link.contactId);
  }

  /** The contact behind a bearer token, or `unauthorized`. */
  authenticate(token: string | undefined): s.Contact {
    const session = token ? this.#sessions.get(token) : undefined;
    if (!session || session.expiresAt <= this.now().getTime()) {
      if (token) this.#sessions.delete(token);
      throw new PortalError('unauthorized');
    }
    return this.#db.contacts.find((c) => c.id === session.contactId)!;
  }

  refresh(token: string | undefined): s.Session {
    const contact = this.authenticate(token);
    this.#sessions.delete(token!);
    return this.createSession(contact.id);
  }

  logout(token: string | undefined): void {
    if (token) this.#sessions.delete(token);
  }

  // --- Config -----------------------------------------------------------------------------------

  /** The firm's config; with a valid token, with that contact's company's permissions. */
  getConfig(token?: string): s.PortalConfig {
    const config = clone(this.#db.config);
    if (token && this.#sessions.has(token)) {
      const contact = this.authenticate(token);
      Object.assign(config.permissions, this.#db.companyPermissions[contact.companyId]);
    }
    return config;
  }

  /** Changes the firm's config (stories and tests: disable a module, switch permissions…). */
  updateConfig(change: (config: s.PortalConfig) => void): void {
    change(this.#db.config);
  }

  #permissions(contact: s.Contact): s.Permissions {
    return { ...this.#db.config.permissions, ...this.#db.companyPermissions[contact.companyId] };
  }

  // --- Invoices and payments ------------------------------------------------------------------

  #invoiceStatus(invoice: StoredInvoice): s.InvoiceStatus {
    if (invoice.canceled) return 'canceled';
    if (invoice.amountDue === 0) return 'paid';
    if (invoice.amountPaid > 0) return 'partially_paid';
    return invoice.dueDate < this.#today() ? 'overdue' : 'open';
  }

  #visibleInvoices(contact: s.Contact): StoredInvoice[] {
    return this.#db.invoices.filter((inv) => inv.companyId === contact.companyId && !inv.draft);
  }

  #invoice(contact: s.Contact, id: string): StoredInvoice {
    const invoice = this.#visibleInvoices(contact).find((inv) => inv.id === id || inv.number === id);
    if (!invoice) throw new PortalError('not_found', 'We could not find that invoice.');
    invoice.status = this.#invoiceStatus(invoice);
    return invoice;
  }

  listInvoices(token: string | undefined, query: InvoiceQuery = {}): s.Page<s.InvoiceSummary> {
    const contact = this.authenticate(token);
    const items = this.#visibleInvoices(contact)
      .map((inv) => ({ ...inv, status: this.#invoiceStatus(inv) }))
      .filter((inv) => inStatus(query.status, inv.status) && (!query.projectId || inv.projectId === query.projectId) && matches(query.q, inv.number, inv.subject));
    const page = paginate(sortItems(items, query.sort, '-issueDate'), query);
    return { ...page, items: page.items.map((inv) => s.InvoiceSummary.parse(inv)) };
  }

  getInvoice(token: string | undefined, id: string): s.Invoice {
    return s.Invoice.parse(this.#invoice(this.authenticate(token), id));
  }

  markInvoiceViewed(token: string | undefined, id: string): void {
    const contact = this.authenticate(token);
    const invoice = this.#invoice(contact, id);
    invoice.history.push({ type: 'viewed', at: this.#iso(), by: contact.name });
    this.#emit(contact.companyId, 'updated', { type: 'invoice', id: invoice.id, label: invoice.number });
  }

  getInvoicePdf(token: string | undefined, id: string): Uint8Array {
    const invoice = this.#invoice(this.authenticate(token), id);
    if (!invoice.pdfAvailable) throw new PortalError('not_found', 'A PDF of this invoice is not available. Please contact us for a copy.', { code: 'pdf_unavailable' });
    return makePdf(`Invoice ${invoice.number}`, [
      `Issued ${invoice.issueDate}, due ${invoice.dueDate}`,
      ...invoice.lines.map((l) => `${l.description} x ${l.quantity}: ${(l.amount / 100).toFixed(2)} ${invoice.currency}`),
      `Total: ${(invoice.total / 100).toFixed(2)} ${invoice.currency}`,
      `Amount due: ${(invoice.amountDue / 100).toFixed(2)} ${invoice.currency}`,
    ]);
  }

  pay(token: string | undefined, input: s.PayInput): s.PaymentIntent {
    const contact = this.authenticate(token);
    const { invoiceIds, amount, returnUrl } = parseInput(s.PayInput, input);
    const permissions = this.#permissions(contact);
    if (!permissions.payments) throw new PortalError('forbidden', 'Online payment is not available. Please pay by bank transfer.');
    const invoices = invoiceIds.map((id) => this.#invoice(contact, id));
    if (invoices.some((inv) => inv.amountDue === 0)) throw new PortalError('conflict', 'This invoice has nothing left to pay.', { code: 'nothing_due' });
    if (new Set(invoices.map((inv) => inv.currency)).size > 1) {
      throw new PortalError('validation', 'Invoices in different currencies must be paid separately.', { fields: { invoiceIds: 'Mixed currencies' } });
    }
    if (amount !== undefined) {
      const [invoice] = invoices;
      if (invoices.length > 1 || !invoice.allowPartialPayment || !permissions.partialPayments) {
        throw new PortalError('validation', 'This invoice must be paid in full.', { fields: { amount: 'Partial payment is not allowed' } });
      }
      if (amount > invoice.amountDue) {
        throw new PortalError('validation', 'That is more than the amount due.', { fields: { amount: 'Enter at most the amount due' } });
      }
    }
    const paymentId = this.#id('pay');
    const status = this.paymentMode === 'redirect' ? 'succeeded' : 'pending';
    for (const invoice of invoices) {
      const paid = amount ?? invoice.amountDue;
      invoice.payments.push({ id: `${paymentId}_${invoice.id}`, invoiceId: invoice.id, amount: paid, currency: invoice.currency, method: 'Card', reference: paymentId.toUpperCase(), paidAt: this.#iso(), status });
      if (status === 'succeeded') this.#applyPayment(contact.companyId, invoice, paid);
    }
    if (this.paymentMode === 'client_secret') {
      return { kind: 'client_secret', paymentId, provider: 'mockpay', clientSecret: `${paymentId}_secret_${randomToken().slice(0, 12)}`, publishableKey: 'pk_test_mock' };
    }
    // Hosted checkout "succeeds" at once and sends the client back.
    const base = returnUrl ?? 'https://portal.example/';
    // The outcome goes into the fragment (the portal's route): `#/invoices/INV-1042?portico-payment=…`.
    const fragment = base.includes('#') ? base.slice(base.indexOf('#')) : undefined;
    const separator = fragment === undefined ? '#?' : fragment.includes('?') ? '&' : '?';
    return { kind: 'redirect', paymentId, url: `${base}${separator}portico-payment=success&portico-payment-id=${paymentId}` };
  }

  /** Completes a pending embedded payment (what a provider's webhook would do). */
  completePayment(paymentId: string): void {
    for (const invoice of this.#db.invoices) {
      const payment = invoice.payments.find((p) => p.id === `${paymentId}_${invoice.id}` && p.status === 'pending');
      if (payment) {
        payment.status = 'succeeded';
        this.#applyPayment(invoice.companyId, invoice, payment.amount);
      }
    }
  }

  #applyPayment(companyId: string, invoice: StoredInvoice, amount: number) {
    invoice.amountPaid += amount;
    invoice.amountDue = Math.max(0, invoice.total - invoice.amountPaid);
    invoice.status = this.#invoiceStatus(invoice);
    invoice.history.push({ type: invoice.amountDue === 0 ? 'paid' : 'partially_paid', at: this.#iso() });
    this.#activity(companyId, { type: 'invoice_paid', summary: `Payment received for ${invoice.number}`, record: { type: 'invoice', id: invoice.id, label: invoice.number } });
    this.#emit(companyId, 'updated', { type: 'invoice', id: invoice.id, label: invoice.number });
  }

  // --- Quotes and contracts ---------------------------------------------------------------------

  #quote(contact: s.Contact, id: string) {
    const quote = this.#db.quotes.find((q) => q.companyId === contact.companyId && (q.id === id || q.number === id));
    if (!quote) throw new PortalError('not_found', 'We could not find that quote.');
    if (quote.status === 'pending' && quote.expiryDate < this.#today()) quote.status = 'expired';
    return quote;
  }

  listQuotes(token: string | undefined, query: QuoteQuery = {}): s.Page<s.QuoteSummary> {
    const contact = this.authenticate(token);
    const items = this.#db.quotes
      .filter((q) => q.companyId === contact.companyId)
      .map((q) => this.#quote(contact, q.id))
      .filter((q) => inStatus(query.status, q.status) && matches(query.q, q.number, q.title));
    const page = paginate(sortItems(items, query.sort, '-issueDate'), query);
    return { ...page, items: page.items.map((q) => s.QuoteSummary.parse(q)) };
  }

  getQuote(token: string | undefined, id: string): s.Quote {
    return s.Quote.parse(this.#quote(this.authenticate(token), id));
  }

  #decidable(contact: s.Contact, id: string, version: number) {
    if (this.#permissions(contact).quoteDecisions !== 'full') throw new PortalError('forbidden', 'Please contact us to accept or decline this quote.');
    const quote = this.#quote(contact, id);
    if (quote.status === 'expired') throw new PortalError('conflict', 'This quote has expired. Ask us for a new one.', { code: 'quote_expired' });
    if (quote.status !== 'pending') throw new PortalError('conflict', 'A decision was already recorded for this quote.', { code: 'quote_decided' });
    if (version !== quote.currentVersion) throw new PortalError('conflict', 'We sent a newer version of this quote while you had it open. Please review the latest version.', { code: 'quote_revised' });
    return quote;
  }

  #by(contact: s.Contact): s.Person {
    return { type: 'client', name: contact.name, contactId: contact.id };
  }

  acceptQuote(token: string | undefined, id: string, input: s.AcceptQuoteInput): s.Quote {
    const contact = this.authenticate(token);
    const { version, signature, selectedLineIds } = parseInput(s.AcceptQuoteInput, input);
    const quote = this.#decidable(contact, id, version);
    const current = quote.versions.find((v) => v.version === version)!;
    const unknown = selectedLineIds.filter((lineId) => !current.lines.some((l) => l.id === lineId && l.optional));
    if (unknown.length) throw new PortalError('validation', 'Only optional lines can be chosen.', { fields: { selectedLineIds: 'Unknown optional line' } });
    const chosen = current.lines.filter((l) => !l.optional || selectedLineIds.includes(l.id));
    const total = chosen.reduce((sum, l) => {
      const net = Math.round(l.quantity * l.unitPrice);
      return sum + net + Math.round((net * l.taxRate) / 100);
    }, 0);
    quote.status = 'accepted';
    quote.total = total;
    quote.decisions.push({ type: 'accepted', version, at: this.#iso(), by: this.#by(contact), signature, selectedLineIds: chosen.map((l) => l.id), total });
    quote.history.push({ type: 'accepted', at: this.#iso(), by: contact.name });
    if (quote.depositPercent) {
      const deposit = Math.round((total * quote.depositPercent) / 100);
      const invoiceId = this.#id('inv');
      const number = `INV-D${quote.number.slice(2)}`;
      this.#db.invoices.push({
        id: invoiceId,
        number,
        status: 'open',
        issueDate: this.#today(),
        dueDate: new Date(this.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10),
        currency: quote.currency,
        total: deposit,
        amountPaid: 0,
        amountDue: deposit,
        subject: `Deposit (${quote.depositPercent}%) for ${quote.title}`,
        lines: [{ id: `${invoiceId}_l1`, description: `Deposit for quote ${quote.number}`, quantity: 1, unitPrice: deposit, taxes: [], amount: deposit }],
        subtotal: deposit,
        discountTotal: 0,
        taxTotal: 0,
        allowPartialPayment: false,
        payments: [],
        history: [{ type: 'sent', at: this.#iso() }],
        pdfAvailable: true,
        quoteId: quote.id,
        companyId: contact.companyId,
      });
      quote.depositInvoiceId = invoiceId;
      this.#emit(contact.companyId, 'created', { type: 'invoice', id: invoiceId, label: number });
    }
    this.#activity(contact.companyId, { type: 'quote_accepted', summary: `${contact.name} accepted quote ${quote.number}`, actor: this.#by(contact), record: { type: 'quote', id: quote.id, label: quote.number } });
    this.#emit(contact.companyId, 'updated', { type: 'quote', id: quote.id, label: quote.number });
    return s.Quote.parse(quote);
  }

  declineQuote(token: string | undefined, id: string, input: s.DeclineQuoteInput): s.Quote {
    const contact = this.authenticate(token);
    const { version, reason } = parseInput(s.DeclineQuoteInput, input);
    const quote = this.#decidable(contact, id, version);
    quote.status = 'declined';
    quote.decisions.push({ type: 'declined', version, at: this.#iso(), by: this.#by(contact), ...(reason ? { reason } : {}) });
    quote.history.push({ type: 'declined', at: this.#iso(), by: contact.name });
    this.#activity(contact.companyId, { type: 'quote_declined', summary: `${contact.name} declined quote ${quote.number}`, actor: this.#by(contact), record: { type: 'quote', id: quote.id, label: quote.number } });
    this.#emit(contact.companyId, 'updated', { type: 'quote', id: quote.id, label: quote.number });
    return s.Quote.parse(quote);
  }

  requestQuoteChanges(token: string | undefined, id: string, input: s.RequestChangesInput): s.Quote {
    const contact = this.authenticate(token);
    const { version, message } = parseInput(s.RequestChangesInput, input);
    const quote = this.#decidable(contact, id, version);
    quote.decisions.push({ type: 'changes_requested', version, at: this.#iso(), by: this.#by(contact), reason: message });
    quote.history.push({ type: 'changes_requested', at: this.#iso(), by: contact.name });
    this.#emit(contact.companyId, 'updated', { type: 'quote', id: quote.id, label: quote.number });
    return s.Quote.parse(quote);
  }

  /** The firm sends a new version of a quote (live updates, conflict tests). */
  reviseQuote(id: string, change: (lines: s.QuoteLine[]) => s.QuoteLine[] = (lines) => lines): s.Quote {
    const quote = this.#db.quotes.find((q) => q.id === id || q.number === id);
    if (!quote) throw new PortalError('not_found');
    const last = quote.versions.at(-1)!;
    const lines = change(clone(last.lines));
    const chosen = lines.filter((l) => !l.optional || l.selected);
    const subtotal = chosen.reduce((sum, l) => sum + Math.round(l.quantity * l.unitPrice), 0);
    const taxTotal = chosen.reduce((sum, l) => sum + Math.round((Math.round(l.quantity * l.unitPrice) * l.taxRate) / 100), 0);
    quote.versions.push({ ...last, version: last.version + 1, sentAt: this.#iso(), message: 'Revised quote.', lines, subtotal, taxTotal, total: subtotal + taxTotal });
    quote.currentVersion = last.version + 1;
    quote.total = subtotal + taxTotal;
    quote.history.push({ type: 'revised', at: this.#iso() });
    this.#emit(quote.companyId, 'updated', { type: 'quote', id: quote.id, label: quote.number });
    return s.Quote.parse(quote);
  }

  #contract(contact: s.Contact, id: string) {
    const contract = this.#db.contracts.find((c) => c.companyId === contact.companyId && (c.id === id || c.number === id));
    if (!contract) throw new PortalError('not_found', 'We could not find that contract.');
    if (contract.status === 'pending' && contract.expiryDate && contract.expiryDate < this.#today()) contract.status = 'expired';
    return contract;
  }

  listContracts(token: string | undefined, query: ListQuery = {}): s.Page<s.ContractSummary> {
    const contact = this.authenticate(token);
    const items = this.#db.contracts.filter((c) => c.companyId === contact.companyId).map((c) => this.#contract(contact, c.id)).filter((c) => matches(query.q, c.number, c.title));
    const page = paginate(sortItems(items, query.sort, '-issueDate'), query);
    return { ...page, items: page.items.map((c) => s.ContractSummary.parse(c)) };
  }

  getContract(token: string | undefined, id: string): s.Contract {
    return s.Contract.parse(this.#contract(this.authenticate(token), id));
  }

  signContract(token: string | undefined, id: string, input: s.SignContractInput): s.Contract {
    const contact = this.authenticate(token);
    const { version, signature } = parseInput(s.SignContractInput, input);
    const contract = this.#contract(contact, id);
    if (contract.status === 'expired') throw new PortalError('conflict', 'This contract has expired. Ask us for a new one.', { code: 'contract_expired' });
    if (contract.status !== 'pending') throw new PortalError('conflict', 'This contract is already signed.', { code: 'contract_signed' });
    if (version !== contract.version) throw new PortalError('conflict', 'We updated this contract while you had it open. Please review the latest version.', { code: 'contract_revised' });
    contract.status = 'signed';
    contract.decisions.push({ type: 'signed', version, at: this.#iso(), by: this.#by(contact), signature });
    contract.history.push({ type: 'signed', at: this.#iso(), by: contact.name });
    this.#activity(contact.companyId, { type: 'contract_signed', summary: `${contact.name} signed ${contract.title}`, actor: this.#by(contact), record: { type: 'contract', id: contract.id, label: contract.title } });
    this.#emit(contact.companyId, 'updated', { type: 'contract', id: contract.id, label: contract.title });
    return s.Contract.parse(contract);
  }

  // --- Files ------------------------------------------------------------------------------------

  #file(contact: s.Contact, id: string): StoredFile {
    const file = this.#db.files.find((f) => f.id === id && f.companyId === contact.companyId);
    if (!file) throw new PortalError('not_found', 'We could not find that file.');
    return file;
  }

  #publicFile = (file: StoredFile): s.PortalFile => s.PortalFile.parse(file);

  listFiles(token: string | undefined, query: FileQuery = {}): s.Page<s.PortalFile> {
    const contact = this.authenticate(token);
    const items = this.#db.files.filter(
      (f) =>
        f.companyId === contact.companyId &&
        (!query.recordType || f.attachedTo?.type === query.recordType) &&
        (!query.recordId || f.attachedTo?.id === query.recordId) &&
        matches(query.q, f.name, f.attachedTo?.label, f.folder),
    );
    const page = paginate(sortItems(items, query.sort, '-createdAt'), query);
    return { ...page, items: page.items.map(this.#publicFile) };
  }

  downloadFile(token: string | undefined, id: string): { file: s.PortalFile; content: Uint8Array | string } {
    const contact = this.authenticate(token);
    const file = this.#file(contact, id);
    if (this.#permissions(contact).files === 'upload' && file.uploadedBy === 'firm') {
      throw new PortalError('forbidden', 'Downloading is not available in this portal.');
    }
    return { file: this.#publicFile(file), content: file.content };
  }

  /** Checks an upload against the firm's limits (the portal checks first; this is the backend's word). */
  checkUpload(contact: s.Contact, upload: Pick<StoreUpload, 'name' | 'mimeType'> & { size: number }): void {
    if (this.#permissions(contact).files === 'download') throw new PortalError('forbidden', 'Uploading is not available in this portal.');
    const { maxBytes, allowedTypes } = this.#db.config.uploads;
    if (upload.size > maxBytes) {
      throw new PortalError('validation', `${upload.name} is larger than the ${Math.round(maxBytes / 1048576)} MB limit.`, { code: 'file_too_large', fields: { file: 'Too large' } });
    }
    if (!isAllowedType(upload, allowedTypes)) {
      throw new PortalError('validation', `${upload.name}: this type of file is not accepted.`, { code: 'file_type', fields: { file: 'Type not accepted' } });
    }
  }

  uploadFile(token: string | undefined, upload: StoreUpload): s.PortalFile {
    const contact = this.authenticate(token);
    this.checkUpload(contact, { ...upload, size: upload.content.length });
    let attachedTo: s.RecordRef | undefined;
    if (upload.attachTo) {
      attachedTo = this.#resolveRef(contact, upload.attachTo);
    }
    const file: StoredFile = {
      id: this.#id('file'),
      name: upload.name,
      mimeType: upload.mimeType || 'application/octet-stream',
      size: upload.content.length,
      createdAt: this.#iso(),
      uploadedBy: 'client',
      ...(attachedTo ? { attachedTo } : {}),
      ...(upload.folder ? { folder: upload.folder } : {}),
      companyId: contact.companyId,
      content: upload.content,
    };
    this.#db.files.push(file);
    if (attachedTo?.type === 'task') {
      this.#db.tasks.find((t) => t.id === attachedTo.id)!.uploadIds.push(file.id);
      this.#emit(contact.companyId, 'updated', attachedTo);
    }
    if (attachedTo?.type === 'project') this.#db.projects.find((p) => p.id === attachedTo.id)!.fileIds.push(file.id);
    this.#activity(contact.companyId, { type: 'file_uploaded', summary: `${contact.name} uploaded ${file.name}`, actor: this.#by(contact), record: { type: 'file', id: file.id, label: file.name } });
    this.#emit(contact.companyId, 'created', { type: 'file', id: file.id, label: file.name });
    return this.#publicFile(file);
  }

  /** The firm shares a file (live updates in the demo). */
  shareFile(companyId: string, name: string, attachTo?: s.RecordRef): s.PortalFile {
    const file: StoredFile = { id: this.#id('file'), name, mimeType: 'application/pdf', size: 0, createdAt: this.#iso(), uploadedBy: 'firm', companyId, content: makePdf(name), ...(attachTo ? { attachedTo: attachTo } : {}) };
    file.size = (file.content as Uint8Array).length;
    this.#db.files.push(file);
    this.#activity(companyId, { type: 'file_shared', summary: `${this.#db.config.firm.name} shared ${name}`, record: { type: 'file', id: file.id, label: name } });
    this.#emit(companyId, 'created', { type: 'file', id: file.id, label: name });
    return this.#publicFile(file);
  }

  /** The record a reference points to (by id or number), as a canonical reference with its label. */
  #resolveRef(contact: s.Contact, ref: Pick<s.RecordRef, 'type' | 'id'>): s.RecordRef {
    const [id, label] = ((): [string, string] => {
      switch (ref.type) {
        case 'invoice': {
          const r = this.#invoice(contact, ref.id);
          return [r.id, r.number];
        }
        case 'quote': {
          const r = this.#quote(contact, ref.id);
          return [r.id, r.number];
        }
        case 'contract': {
          const r = this.#contract(contact, ref.id);
          return [r.id, r.title];
        }
        case 'request': {
          const r = this.#request(contact, ref.id);
          return [r.id, r.subject];
        }
        case 'task': {
          const r = this.#task(contact, ref.id);
          return [r.id, r.title];
        }
        case 'project': {
          const r = this.#project(contact, ref.id);
          return [r.id, r.name];
        }
        case 'file': {
          const r = this.#file(contact, ref.id);
          return [r.id, r.name];
        }
        default:
          throw new PortalError('validation', 'Files cannot be attached to that.', { fields: { attachTo: 'Not allowed' } });
      }
    })();
    return { type: ref.type, id, label };
  }

  // --- Requests ---------------------------------------------------------------------------------

  #request(contact: s.Contact, id: string) {
    const request = this.#db.requests.find((r) => r.companyId === contact.companyId && (r.id === id || r.number === id));
    if (!request) throw new PortalError('not_found', 'We could not find that request.');
    return request;
  }

  #publicRequest(contact: s.Contact, request: StoredRequest): s.PortalRequest {
    return s.PortalRequest.parse({
      ...request,
      messages: request.messages.map((m) => ({ ...m, attachments: m.attachmentIds.map((id) => this.#publicFile(this.#file(contact, id))) })),
    });
  }

  listRequests(token: string | undefined, query: RequestQuery = {}): s.Page<s.RequestSummary> {
    const contact = this.authenticate(token);
    const items = this.#db.requests.filter((r) => r.companyId === contact.companyId && inStatus(query.status, r.status) && matches(query.q, r.number, r.subject, r.description));
    const page = paginate(sortItems(items, query.sort, '-updatedAt'), query);
    return { ...page, items: page.items.map((r) => s.RequestSummary.parse(r)) };
  }

  getRequest(token: string | undefined, id: string): s.PortalRequest {
    const contact = this.authenticate(token);
    return this.#publicRequest(contact, this.#request(contact, id));
  }

  #attachments(contact: s.Contact, ids: string[]) {
    for (const id of ids) {
      const file = this.#db.files.find((f) => f.id === id && f.companyId === contact.companyId);
      if (!file) throw new PortalError('validation', 'One of the attachments is missing. Please upload it again.', { fields: { attachmentIds: 'Unknown file' } });
    }
    return ids;
  }

  createRequest(token: string | undefined, input: s.CreateRequestInput): s.PortalRequest {
    const contact = this.authenticate(token);
    if (!this.#permissions(contact).requests.create) throw new PortalError('forbidden', 'New requests are not available in this portal.');
    const data = parseInput(s.CreateRequestInput, input);
    if (!this.#db.config.requestCategories.some((c) => c.id === data.category)) {
      throw new PortalError('validation', undefined, { fields: { category: 'Choose one of the categories' } });
    }
    if (data.preferredDate && data.preferredDate < this.#today()) {
      throw new PortalError('validation', undefined, { fields: { preferredDate: 'Choose a date from today on' } });
    }
    const id = this.#id('req');
    const now = this.#iso();
    const request = {
      id,
      number: `R-${this.#seq}`,
      subject: data.subject,
      category: data.category,
      status: 'open' as const,
      createdAt: now,
      updatedAt: now,
      description: data.description,
      ...(data.preferredDate ? { preferredDate: data.preferredDate } : {}),
      ...(data.relatedTo ? { relatedTo: this.#resolveRef(contact, data.relatedTo) } : {}),
      messages: [{ id: `${id}_m1`, author: this.#by(contact), body: data.description, createdAt: now, attachmentIds: this.#attachments(contact, data.attachmentIds) }],
      companyId: contact.companyId,
    };
    this.#db.requests.push(request);
    for (const fileId of data.attachmentIds) {
      const file = this.#file(contact, fileId);
      file.attachedTo ??= { type: 'request', id, label: data.subject };
    }
    this.#activity(contact.companyId, { type: 'request_created', summary: `${contact.name} opened “${data.subject}”`, actor: this.#by(contact), record: { type: 'request', id, label: data.subject } });
    this.#emit(contact.companyId, 'created', { type: 'request', id, label: data.subject });
    return this.#publicRequest(contact, request);
  }

  replyToRequest(token: string | undefined, id: string, input: s.ReplyInput): s.PortalRequest {
    const contact = this.authenticate(token);
    const data = parseInput(s.ReplyInput, input);
    const request = this.#request(contact, id);
    const now = this.#iso();
    request.messages.push({ id: this.#id('msg'), author: this.#by(contact), body: data.body, createdAt: now, attachmentIds: this.#attachments(contact, data.attachmentIds) });
    request.status = 'open'; // A reply (also to a closed request) puts it back with the firm.
    request.updatedAt = now;
    this.#activity(contact.companyId, { type: 'request_replied', summary: `${contact.name} replied to “${request.subject}”`, actor: this.#by(contact), record: { type: 'request', id: request.id, label: request.subject } });
    this.#emit(contact.companyId, 'updated', { type: 'request', id: request.id, label: request.subject });
    return this.#publicRequest(contact, request);
  }

  setRequestStatus(token: string | undefined, id: string, status: 'open' | 'closed'): s.PortalRequest {
    const contact = this.authenticate(token);
    if (!this.#permissions(contact).requests.close) throw new PortalError('forbidden', 'Please ask us to close or reopen requests.');
    const request = this.#request(contact, id);
    request.status = status;
    request.updatedAt = this.#iso();
    this.#emit(contact.companyId, 'updated', { type: 'request', id: request.id, label: request.subject });
    return this.#publicRequest(contact, request);
  }

  /** The firm replies to a request (live updates, demo). */
  firmReply(requestId: string, body: string, author = 'Priya Shah'): void {
    const request = this.#db.requests.find((r) => r.id === requestId || r.number === requestId);
    if (!request) throw new PortalError('not_found');
    const now = this.#iso();
    request.messages.push({ id: this.#id('msg'), author: { type: 'firm', name: author }, body, createdAt: now, attachmentIds: [] });
    request.status = 'awaiting_client';
    request.updatedAt = now;
    this.#activity(request.companyId, { type: 'request_replied', summary: `${author} replied to “${request.subject}”`, actor: { type: 'firm', name: author }, record: { type: 'request', id: request.id, label: request.subject } });
    this.#emit(request.companyId, 'updated', { type: 'request', id: request.id, label: request.subject });
  }

  // --- Tasks, projects, activity ------------------------------------------------------------------

  #task(contact: s.Contact, id: string) {
    const task = this.#db.tasks.find((t) => t.companyId === contact.companyId && t.id === id);
    if (!task) throw new PortalError('not_found', 'We could not find that task.');
    return task;
  }

  #publicTask(contact: s.Contact, task: StoredTask): s.Task {
    const files = (ids: string[]) => ids.map((id) => this.#publicFile(this.#file(contact, id)));
    return s.Task.parse({ ...task, downloads: files(task.downloadIds), uploads: files(task.uploadIds) });
  }

  listTasks(token: string | undefined, query: TaskQuery = {}): s.Page<s.Task> {
    const contact = this.authenticate(token);
    const items = this.#db.tasks.filter((t) => t.companyId === contact.companyId && inStatus(query.status, t.status) && matches(query.q, t.title, t.description));
    const page = paginate(sortItems(items, query.sort, 'dueDate'), query);
    return { ...page, items: page.items.map((t) => this.#publicTask(contact, t)) };
  }

  completeTask(token: string | undefined, id: string): s.Task {
    const contact = this.authenticate(token);
    const task = this.#task(contact, id);
    if (!task.canComplete || !this.#permissions(contact).tasksComplete) throw new PortalError('forbidden', 'We will mark this task done when we have checked it.');
    if (task.status !== 'done') {
      task.status = 'done';
      task.completedAt = this.#iso();
      this.#activity(contact.companyId, { type: 'task_completed', summary: `${contact.name} completed “${task.title}”`, actor: this.#by(contact), record: { type: 'task', id: task.id, label: task.title } });
      this.#emit(contact.companyId, 'updated', { type: 'task', id: task.id, label: task.title });
    }
    return this.#publicTask(contact, task);
  }

  #project(contact: s.Contact, id: string) {
    const project = this.#db.projects.find((p) => p.companyId === contact.companyId && p.id === id);
    if (!project) throw new PortalError('not_found', 'We could not find that project.');
    return project;
  }

  listProjects(token: string | undefined, query: ProjectQuery = {}): s.Page<s.ProjectSummary> {
    const contact = this.authenticate(token);
    const items = this.#db.projects.filter((p) => p.companyId === contact.companyId && inStatus(query.status, p.status) && matches(query.q, p.name));
    const page = paginate(sortItems(items, query.sort, 'name'), query);
    return { ...page, items: page.items.map((p) => s.ProjectSummary.parse(p)) };
  }

  getProject(token: string | undefined, id: string): s.Project {
    return s.Project.parse(this.#project(this.authenticate(token), id));
  }

  /** The firm ticks off a project's milestone, the next open one by default (live updates, demo). */
  completeMilestone(projectId: string, milestoneId?: string): void {
    const project = this.#db.projects.find((p) => p.id === projectId);
    const milestone = project?.milestones.find((m) => (milestoneId ? m.id === milestoneId : !m.completedAt));
    if (!project || !milestone) throw new PortalError('not_found');
    milestone.completedAt ??= this.#iso();
    project.progress = Math.round((project.milestones.filter((m) => m.completedAt).length / project.milestones.length) * 100);
    const firm = { type: 'firm' as const, name: this.#db.config.firm.name };
    this.#activity(project.companyId, { type: 'project_updated', summary: `${project.name}: ${milestone.title} done`, actor: firm, record: { type: 'project', id: project.id, label: project.name } });
    this.#emit(project.companyId, 'updated', { type: 'project', id: project.id, label: project.name });
  }

  listActivity(token: string | undefined, query: ListQuery = {}): s.Page<s.ActivityEvent> {
    const contact = this.authenticate(token);
    const items = this.#db.activity.filter((a) => a.companyId === contact.companyId && matches(query.q, a.summary));
    const page = paginate(items, query);
    return { ...page, items: page.items.map((a) => s.ActivityEvent.parse(a)) };
  }

  // --- Catalogue and comments ------------------------------------------------------------------

  listCatalogue(token: string | undefined, query: ListQuery = {}): s.Page<s.CatalogueItem> {
    this.authenticate(token);
    const items = this.#db.catalogue.filter((c) => matches(query.q, c.name, c.description, c.category));
    return paginate(sortItems(items, query.sort, 'name'), query);
  }

  listComments(token: string | undefined, query: CommentQuery): s.Page<s.Comment> {
    const contact = this.authenticate(token);
    // By id or number (`INV-1042`), like every other record lookup.
    const { id } = this.#resolveRef(contact, { type: query.recordType, id: query.recordId });
    const items = this.#db.comments.filter((c) => c.companyId === contact.companyId && c.record.type === query.recordType && c.record.id === id);
    const page = paginate(sortItems(items, query.sort, 'createdAt'), query);
    return { ...page, items: page.items.map((c) => s.Comment.parse(c)) };
  }

  addComment(token: string | undefined, input: s.AddCommentInput): s.Comment {
    const contact = this.authenticate(token);
    if (!this.#permissions(contact).comments) throw new PortalError('forbidden', 'Comments are not available in this portal.');
    const data = parseInput(s.AddCommentInput, input);
    if (!['invoice', 'quote', 'request'].includes(data.record.type)) throw new PortalError('validation', undefined, { fields: { record: 'Comments are for invoices, quotes and requests' } });
    const record = this.#resolveRef(contact, data.record);
    const comment = { id: this.#id('cm'), record, author: this.#by(contact), body: data.body, createdAt: this.#iso(), companyId: contact.companyId };
    this.#db.comments.push(comment);
    this.#activity(contact.companyId, { type: 'comment_added', summary: `${contact.name} commented on ${record.label}`, actor: this.#by(contact), record });
    this.#emit(contact.companyId, 'created', { type: 'comment', id: comment.id, label: record.label });
    return s.Comment.parse(comment);
  }
}

/** True when a file's MIME type or extension is in the allowed list (empty list: anything). */
export function isAllowedType(file: { name: string; mimeType: string }, allowed: readonly string[]): boolean {
  if (!allowed.length) return true;
  const name = file.name.toLowerCase();
  const mime = file.mimeType.toLowerCase();
  return allowed.some((rule) => {
    const r = rule.toLowerCase();
    if (r.startsWith('.')) return name.endsWith(r);
    if (r.endsWith('/*')) return mime.startsWith(r.slice(0, -1));
    return mime === r;
  });
}
