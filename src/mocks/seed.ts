/**
 * The seeded, deterministic data set of the mock backend: a firm (two presets: an accounting
 * practice and an electrical contractor), two client companies with several contacts, and every
 * kind of record in every status. Same options and same day in, same data out.
 */
import type {
  ActivityEvent,
  CatalogueItem,
  Comment,
  Company,
  Contact,
  Contract,
  DocumentEvent,
  Firm,
  Invoice,
  InvoiceLine,
  Message,
  ModuleId,
  Payment,
  Permissions,
  PortalConfig,
  PortalFile,
  PortalRequest,
  Project,
  Quote,
  QuoteLine,
  QuoteVersion,
  Task,
} from '../sdk/schemas.js';
import { makePdf, makeSvg } from './pdf.js';

export type FirmPreset = 'harbor' | 'brightline';

export type StoredInvoice = Invoice & { companyId: string; draft?: boolean; canceled?: boolean };
export type StoredQuote = Quote & { companyId: string };
export type StoredContract = Contract & { companyId: string };
export type StoredFile = PortalFile & { companyId: string; content: Uint8Array | string };
export type StoredMessage = Omit<Message, 'attachments'> & { attachmentIds: string[] };
export type StoredRequest = Omit<PortalRequest, 'messages'> & { companyId: string; messages: StoredMessage[] };
export type StoredTask = Omit<Task, 'downloads' | 'uploads'> & { companyId: string; downloadIds: string[]; uploadIds: string[] };
export type StoredProject = Project & { companyId: string };
export type StoredActivity = ActivityEvent & { companyId: string };
export type StoredComment = Comment & { companyId: string };

export interface Db {
  preset: FirmPreset;
  config: PortalConfig;
  /** Per-company changes to the firm's config (the seeds' companies differ in file permissions). */
  companyPermissions: Record<string, Partial<Permissions>>;
  companies: Company[];
  contacts: Contact[];
  invoices: StoredInvoice[];
  quotes: StoredQuote[];
  contracts: StoredContract[];
  files: StoredFile[];
  requests: StoredRequest[];
  tasks: StoredTask[];
  projects: StoredProject[];
  activity: StoredActivity[];
  catalogue: CatalogueItem[];
  comments: StoredComment[];
}

export interface SeedOptions {
  preset?: FirmPreset;
  /** PRNG seed; default 42. */
  seed?: number;
  /** "Today" for the data set; dates are relative to it. */
  today?: Date;
  /** Invoices for the first company (default 16). Use 10000 for benchmarks. */
  invoiceCount?: number;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const DAY = 86_400_000;

interface Vocabulary {
  firm: Firm;
  modules: ModuleId[];
  permissions: Permissions;
  signInChannels: PortalConfig['signInChannels'];
  lineItems: readonly [description: string, unitPrice: number, quantity: number][];
  invoiceSubjects: readonly string[];
  quoteTitles: readonly string[];
  optionalLines: readonly [description: string, unitPrice: number][];
  projects: readonly { name: string; kind: 'project' | 'job'; milestones: string[]; address?: string }[];
  requestSubjects: readonly [subject: string, category: string, firstMessage: string, reply?: string][];
  tasks: readonly [title: string, description: string, uploads: boolean][];
  catalogue: readonly [name: string, description: string, price: number, unit: string, category: string][];
  staff: readonly string[];
}

const harbor: Vocabulary = {
  firm: {
    id: 'firm_harbor',
    name: 'Harbor & Pine Accountants',
    primaryColor: '#1d4ed8',
    welcomeMessage:
      '<p>Welcome back, {{contact.name}}. Here is everything we share with <strong>{{company.name}}</strong>. You have {{invoice.due}} to pay.</p>',
    about:
      '<h2>About Harbor &amp; Pine</h2><p>We are a small team of chartered accountants looking after 200 local businesses since 2009.</p><ul><li>Bookkeeping and payroll</li><li>Tax returns and year-end accounts</li><li>Advice when you need it</li></ul><p>Read <a href="https://harbor-pine.example/how-we-work">how we work</a>.</p>',
    contact: {
      email: 'hello@harbor-pine.example',
      phone: '+44 20 7946 0321',
      address: '12 Quay Street, Bristol BS1 4DJ',
      website: 'https://harbor-pine.example',
      hours: [
        { days: 'Monday–Friday', hours: '09:00–17:30' },
        { days: 'Saturday', hours: 'By appointment' },
      ],
    },
    locale: 'en-GB',
  },
  modules: ['home', 'invoices', 'quotes', 'contracts', 'files', 'requests', 'tasks', 'projects', 'activity', 'catalogue', 'contact'],
  permissions: {
    payments: true,
    partialPayments: true,
    quoteDecisions: 'full',
    files: 'both',
    requests: { create: true, close: true },
    tasksComplete: true,
    comments: true,
  },
  signInChannels: ['email', 'sms'],
  lineItems: [
    ['Monthly bookkeeping', 45000, 1],
    ['VAT return preparation', 22500, 1],
    ['Payroll — employees per month', 1200, 8],
    ['Advisory call (hours)', 9500, 2],
    ['Year-end accounts', 120000, 1],
    ['Companies House filing', 5000, 1],
    ['Self-assessment tax return', 35000, 1],
  ],
  invoiceSubjects: ['Bookkeeping', 'Payroll', 'VAT quarter', 'Advisory', 'Year-end', 'Tax return'],
  quoteTitles: ['Year-end accounts 2026', 'Payroll setup', 'R&D tax credit claim', 'Quarterly management accounts', 'Company formation'],
  optionalLines: [
    ['Quarterly review meeting', 25000],
    ['Cloud accounting software setup', 18000],
  ],
  projects: [
    { name: 'Year-end accounts 2026', kind: 'project', milestones: ['Records received', 'Draft accounts', 'Your review', 'Filed with Companies House'] },
    { name: 'Move to cloud bookkeeping', kind: 'project', milestones: ['Kick-off call', 'Data migration', 'Bank feeds live', 'Training session'] },
    { name: 'Corporation tax return', kind: 'job', milestones: ['Computation', 'Your approval', 'Submitted to HMRC'] },
  ],
  requestSubjects: [
    ['Question about my VAT bill', 'tax', 'Hi, the VAT return shows a higher amount than I expected. Could you explain the difference?', 'Of course — it includes the late invoice from September. Could you confirm the Ledger & Co invoice was paid in October?'],
    ['New employee starting in January', 'payroll', 'We are hiring a baker starting 6 January, full time. What do you need from us?'],
    ['Change of bank details', 'general', 'Our business account moved to a new bank. I attached the letter.', 'Thanks, updated. Nothing else needed.'],
    ['Help with expense receipts', 'bookkeeping', 'What is the easiest way to send you receipts every month?', 'You can upload photos right here in the portal under Files, or forward them to receipts@harbor-pine.example.'],
  ],
  tasks: [
    ['Upload your bank statements for October', 'PDF or CSV exports from your bank for 1–31 October.', true],
    ['Sign and return the engagement letter', 'Download the letter, sign it and upload the signed copy.', true],
    ['Review the draft accounts', 'We sent the draft year-end accounts. Tell us if anything looks wrong.', false],
    ['Send your payroll changes for December', 'New starters, leavers, overtime and bonuses.', true],
    ['Confirm your registered office address', 'Reply in a request if it changed.', false],
  ],
  catalogue: [
    ['Monthly bookkeeping', 'Reconciled books every month, with a one-page summary of how the business is doing.', 45000, 'month', 'Bookkeeping'],
    ['Payroll', 'Payslips, RTI submissions and pension contributions, every pay run.', 1200, 'employee / month', 'Payroll'],
    ['VAT return', 'Preparation and submission of your quarterly VAT return under Making Tax Digital.', 22500, 'quarter', 'Tax'],
    ['Year-end accounts', 'Statutory accounts, filed with Companies House, with a meeting to walk you through them.', 120000, 'year', 'Accounts'],
    ['Self-assessment', 'Your personal tax return, including rental and dividend income.', 35000, 'return', 'Tax'],
    ['Advisory call', 'An hour with a partner on anything from pricing to hiring.', 9500, 'hour', 'Advice'],
    ['Company formation', 'Set up a limited company, registered office included for the first year.', 25000, 'company', 'Advice'],
    ['R&D tax credits', 'A claim prepared and defended, charged only when HMRC pays out.', 0, 'claim', 'Tax'],
  ],
  staff: ['Priya Shah', 'Tom Harbor'],
};

const brightline: Vocabulary = {
  firm: {
    id: 'firm_brightline',
    name: 'Brightline Electrical',
    primaryColor: '#f59e0b',
    welcomeMessage: '<p>Hi {{contact.name}} — your jobs, quotes and invoices with {{firm.name}} in one place. Today is {{system.current_date}}.</p>',
    about:
      '<h2>About Brightline</h2><p>Licensed electricians serving homes and small businesses. Every job is certified and guaranteed for 6 years.</p>',
    contact: {
      email: 'office@brightline.example',
      phone: '+1 555 0142',
      address: '88 Spark Lane, Portland, OR 97201',
      hours: [
        { days: 'Mon–Fri', hours: '7:00–18:00' },
        { days: 'Emergencies', hours: '24/7' },
      ],
    },
    locale: 'en-US',
  },
  modules: ['home', 'invoices', 'quotes', 'files', 'requests', 'projects', 'activity', 'catalogue', 'contact'],
  permissions: {
    payments: true,
    partialPayments: false,
    quoteDecisions: 'view_only',
    files: 'download',
    requests: { create: true, close: false },
    tasksComplete: false,
    comments: false,
  },
  signInChannels: ['email', 'sms', 'whatsapp'],
  lineItems: [
    ['Call-out fee', 8500, 1],
    ['Labour (hours)', 9500, 3],
    ['LED downlight', 3200, 6],
    ['Consumer unit upgrade', 64000, 1],
    ['EV charger installation', 89000, 1],
    ['Safety inspection certificate', 15000, 1],
  ],
  invoiceSubjects: ['Kitchen rewiring', 'Emergency call-out', 'Lighting upgrade', 'Inspection', 'EV charger'],
  quoteTitles: ['Kitchen rewiring', 'EV charger installation', 'Garden lighting', 'Office fit-out electrics', 'Fuse box replacement'],
  optionalLines: [
    ['Smart switches (per room)', 12000],
    ['Outdoor socket', 18000],
  ],
  projects: [
    { name: 'Kitchen rewiring', kind: 'job', milestones: ['Site survey', 'First fix', 'Second fix', 'Testing & certificate'], address: '14 Elm Street' },
    { name: 'EV charger installation', kind: 'job', milestones: ['Survey', 'Install', 'Commissioning'], address: '14 Elm Street' },
    { name: 'Office lighting upgrade', kind: 'project', milestones: ['Design', 'Order fittings', 'Install floor 1', 'Install floor 2'] },
  ],
  requestSubjects: [
    ['Breaker keeps tripping', 'repair', 'The kitchen breaker trips when the kettle and toaster run together.', 'Sounds like an overloaded circuit. Could you send a photo of the fuse box?'],
    ['Quote for garden lights', 'quote', 'We would like six lights along the path and two by the patio.'],
    ['Reschedule Thursday visit', 'scheduling', 'Can we move Thursday to Friday morning?', 'Done — Friday 8:00.'],
    ['Certificate copy', 'general', 'Could you send another copy of the safety certificate?'],
  ],
  tasks: [],
  catalogue: [
    ['Call-out', 'A qualified electrician at your door within 4 hours, first 30 minutes included.', 8500, 'visit', 'Repairs'],
    ['Hourly labour', 'Any electrical work, billed in 15-minute steps.', 9500, 'hour', 'Repairs'],
    ['EV charger', '7 kW home charger, installed and registered for the grant.', 89000, 'install', 'Installations'],
    ['Consumer unit upgrade', 'Modern fuse box with RCD protection and certificate.', 64000, 'install', 'Installations'],
    ['Safety inspection', 'Full electrical installation condition report for landlords and buyers.', 15000, 'inspection', 'Certificates'],
    ['LED lighting', 'Energy-saving downlights, supplied and fitted.', 3200, 'light', 'Installations'],
  ],
  staff: ['Maria Lopez', 'Jake Brightline'],
};

const vocabularies: Record<FirmPreset, Vocabulary> = { harbor, brightline };

export function seed(options: SeedOptions = {}): Db {
  const preset = options.preset ?? 'harbor';
  const v = vocabularies[preset];
  const rand = prng(options.seed ?? 42);
  const today = new Date(options.today ?? Date.now());
  today.setUTCHours(0, 0, 0, 0);
  const t0 = today.getTime();
  const day = (offset: number) => new Date(t0 + offset * DAY).toISOString().slice(0, 10);
  const at = (offset: number, hour = 10) => new Date(t0 + offset * DAY + hour * 3_600_000).toISOString().replace('.000Z', 'Z');

  const companies: Company[] = [
    { id: 'co_acme', name: 'Acme Bakery Ltd', address: '3 Mill Road, Bristol BS2 0HQ', taxId: 'GB 123 4567 89' },
    { id: 'co_bluefern', name: 'Blue Fern Studio', address: '27 rue des Lilas, 75011 Paris', taxId: 'FR 40 123456789' },
  ];
  const contacts: Contact[] = [
    { id: 'ct_alice', name: 'Alice Martin', email: 'alice@acme-bakery.test', phone: '+15550100', title: 'Owner', companyId: 'co_acme', locale: 'en-GB' },
    { id: 'ct_ben', name: 'Ben Okafor', email: 'ben@acme-bakery.test', phone: '+15550101', title: 'Office manager', companyId: 'co_acme' },
    { id: 'ct_chloe', name: 'Chloé Dubois', email: 'chloe@bluefern.test', phone: '+33612345678', title: 'Founder', companyId: 'co_bluefern', locale: 'fr-FR' },
    { id: 'ct_dan', name: 'Dan Wu', email: 'dan@bluefern.test', companyId: 'co_bluefern' },
  ];
  const currencyOf: Record<string, string> = { co_acme: preset === 'harbor' ? 'GBP' : 'USD', co_bluefern: 'EUR' };

  const db: Db = {
    preset,
    config: {
      // Copies: a store's updateConfig() must not leak into the next store (tests, stories).
      firm: structuredClone(v.firm),
      modules: [...v.modules],
      menu: [
        ...v.modules.map((module) => ({ type: 'module' as const, module })),
        { type: 'page', pageId: 'pg_how', label: preset === 'harbor' ? 'How we work' : 'Our guarantee' },
        { type: 'link', label: 'Book a call', url: preset === 'harbor' ? 'https://cal.example/harbor-pine' : 'https://cal.example/brightline' },
      ],
      pages: [
        {
          id: 'pg_how',
          slug: preset === 'harbor' ? 'how-we-work' : 'guarantee',
          title: preset === 'harbor' ? 'How we work' : 'Our guarantee',
          content:
            preset === 'harbor'
              ? '<h2>How we work with {{company.name}}</h2><p>Hello {{contact.name}}, this page explains our year.</p><ol><li>Send records by the 7th of each month.</li><li>We reconcile and report by the 20th.</li><li>Questions? <a href="mailto:hello@harbor-pine.example">Email us</a>.</li></ol><table><thead><tr><th>Deadline</th><th>What</th></tr></thead><tbody><tr><td>31 Jan</td><td>Self-assessment</td></tr><tr><td>7th monthly</td><td>VAT return</td></tr></tbody></table><p>Open projects are {{project.progress}} complete on average.</p>'
              : '<h2>Six-year guarantee</h2><p>Every job by {{firm.name}} is certified and guaranteed. Questions? Call <a href="tel:+15550142">555 0142</a>.</p>',
        },
      ],
      permissions: structuredClone(v.permissions),
      uploads: {
        maxBytes: 10 * 1024 * 1024,
        allowedTypes: ['application/pdf', 'image/*', '.csv', '.xlsx', '.docx', 'text/plain'],
        maxFiles: 10,
      },
      requestCategories:
        preset === 'harbor'
          ? [
              { id: 'general', label: 'General question' },
              { id: 'tax', label: 'Tax' },
              { id: 'payroll', label: 'Payroll' },
              { id: 'bookkeeping', label: 'Bookkeeping' },
            ]
          : [
              { id: 'repair', label: 'Repair' },
              { id: 'quote', label: 'New quote' },
              { id: 'scheduling', label: 'Scheduling' },
              { id: 'general', label: 'General' },
            ],
      signInChannels: [...v.signInChannels],
    },
    companyPermissions: preset === 'harbor' ? { co_bluefern: { files: 'upload' } } : {},
    companies,
    contacts,
    invoices: [],
    quotes: [],
    contracts: [],
    files: [],
    requests: [],
    tasks: [],
    projects: [],
    activity: [],
    catalogue: v.catalogue.map(([name, description, price, unit, category], i) => ({
      id: `cat_${i + 1}`,
      name,
      description,
      price,
      currency: currencyOf.co_acme,
      unit,
      category,
      imageUrl: `data:image/svg+xml,${encodeURIComponent(makeSvg(name, ['#1d4ed8', '#047857', '#b45309', '#7c3aed'][i % 4]))}`,
    })),
    comments: [],
  };

  let activitySeq = 0;
  const activity = (companyId: string, event: Omit<ActivityEvent, 'id'>) =>
    db.activity.push({ ...event, id: `act_${++activitySeq}`, companyId });
  const firmPerson = (name = v.staff[0]) => ({ type: 'firm' as const, name });

  let fileSeq = 0;
  const addFile = (companyId: string, file: Omit<PortalFile, 'id' | 'size' | 'mimeType'> & { mimeType?: string }, content?: Uint8Array | string) => {
    const isImage = /\.(png|jpe?g|svg)$/i.test(file.name);
    const mimeType = file.mimeType ?? (isImage ? 'image/svg+xml' : file.name.endsWith('.csv') ? 'text/csv' : 'application/pdf');
    const body = content ?? (isImage ? makeSvg(file.name.replace(/\.\w+$/, ''), '#0f766e') : makePdf(file.name, [`Shared by ${v.firm.name}`]));
    const stored: StoredFile = {
      ...file,
      name: isImage && !file.name.endsWith('.svg') ? file.name.replace(/\.\w+$/, '.svg') : file.name,
      id: `file_${++fileSeq}`,
      mimeType,
      size: typeof body === 'string' ? new TextEncoder().encode(body).length : body.length,
      companyId,
      content: body,
    };
    db.files.push(stored);
    if (file.uploadedBy === 'firm') {
      activity(companyId, { type: 'file_shared', at: file.createdAt, summary: `${v.firm.name} shared ${stored.name}`, actor: firmPerson(), record: { type: 'file', id: stored.id, label: stored.name } });
    }
    return stored;
  };

  // --- Invoices -----------------------------------------------------------------------------
  let invoiceNumber = 1030;
  const makeLines = (count: number, prefix: string): InvoiceLine[] =>
    Array.from({ length: count }, (_, i) => {
      const [description, unitPrice, quantity] = rand.pick(v.lineItems);
      const amountBefore = Math.round(unitPrice * quantity);
      const discount = rand.chance(0.15) ? Math.round(amountBefore * 0.1) : undefined;
      const amount = amountBefore - (discount ?? 0);
      return {
        id: `${prefix}_l${i + 1}`,
        description,
        quantity,
        unitPrice,
        ...(discount ? { discount } : {}),
        taxes: [{ name: preset === 'harbor' ? 'VAT' : 'Sales tax', rate: preset === 'harbor' ? 20 : 8.5, amount: Math.round(amount * (preset === 'harbor' ? 0.2 : 0.085)) }],
        amount,
      };
    });

  const makeInvoice = (companyId: string, kind: 'open' | 'overdue' | 'partially_paid' | 'paid' | 'canceled' | 'draft', ageDays: number, extra: Partial<StoredInvoice> = {}): StoredInvoice => {
    const id = `inv_${invoiceNumber}`;
    const number = `INV-${invoiceNumber++}`;
    const lines = makeLines(rand.int(1, 4), id);
    const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
    const discountTotal = lines.reduce((sum, l) => sum + (l.discount ?? 0), 0);
    const taxTotal = lines.reduce((sum, l) => sum + l.taxes.reduce((s, t) => s + t.amount, 0), 0);
    const total = subtotal + taxTotal;
    const currency = extra.currency ?? currencyOf[companyId];
    const issue = -ageDays;
    const due = kind === 'overdue' ? -rand.int(3, 40) : issue + 30;
    const payments: Payment[] = [];
    const history: DocumentEvent[] = [{ type: 'sent', at: at(issue, 9), by: v.staff[0] }];
    let paid = 0;
    if (kind === 'paid' || kind === 'partially_paid') {
      paid = kind === 'paid' ? total : Math.round(total * 0.4);
      const paidAt = at(Math.min(-1, issue + rand.int(2, 20)), 14);
      payments.push({ id: `pay_${id}`, invoiceId: id, amount: paid, currency, method: rand.pick(['Card', 'Bank transfer']), reference: `TX-${rand.int(100000, 999999)}`, paidAt, status: 'succeeded' });
      history.push({ type: 'viewed', at: at(issue + 1, 11), by: 'Client' }, { type: kind === 'paid' ? 'paid' : 'partially_paid', at: paidAt });
    }
    if (kind === 'canceled') history.push({ type: 'canceled', at: at(issue + 2) });
    const invoice: StoredInvoice = {
      id,
      number,
      status: kind === 'draft' ? 'open' : kind,
      issueDate: day(issue),
      dueDate: day(due),
      currency,
      total,
      amountPaid: paid,
      amountDue: kind === 'canceled' ? 0 : total - paid,
      subject: rand.pick(v.invoiceSubjects),
      lines,
      subtotal,
      discountTotal,
      taxTotal,
      notes: 'Thank you for your business.',
      terms: 'Payment due within 30 days. Late payments may incur interest at 8% above base rate.',
      allowPartialPayment: kind === 'partially_paid' || rand.chance(0.3),
      payments,
      history,
      pdfAvailable: true,
      companyId,
      ...(kind === 'draft' ? { draft: true } : {}),
      ...(kind === 'canceled' ? { canceled: true } : {}),
      ...extra,
    };
    db.invoices.push(invoice);
    if (kind !== 'draft') {
      activity(companyId, { type: 'invoice_sent', at: history[0].at, summary: `Invoice ${number} was sent`, actor: firmPerson(), record: { type: 'invoice', id, label: number } });
      for (const payment of payments) {
        activity(companyId, { type: 'invoice_paid', at: payment.paidAt, summary: `Payment received for ${number}`, record: { type: 'invoice', id, label: number } });
      }
    }
    return invoice;
  };

  const invoicePlan: [Parameters<typeof makeInvoice>[1], number][] = [
    ['overdue', 45],
    ['overdue', 60],
    ['open', 5],
    ['open', 12],
    ['partially_paid', 20],
    ['paid', 40],
    ['paid', 70],
    ['paid', 100],
    ['canceled', 80],
    ['draft', 1],
    ['open', 2],
    ['paid', 130],
    ['overdue', 50],
    ['paid', 160],
    ['open', 8],
    ['paid', 190],
  ];
  for (const company of companies) {
    const count = company.id === 'co_acme' ? options.invoiceCount ?? invoicePlan.length : invoicePlan.length - 4;
    for (let i = 0; i < count; i++) {
      const [planned, age] = invoicePlan[i % invoicePlan.length];
      // Only the first cycle has a draft, so a large data set has exactly `count` visible invoices (with the extra one below).
      const kind = planned === 'draft' && i >= invoicePlan.length ? 'paid' : planned;
      const invoice = makeInvoice(company.id, kind, age + Math.floor(i / invoicePlan.length) * 7);
      if (i === 3) invoice.pdfAvailable = false; // one invoice whose firm setup cannot produce a PDF
    }
    // One invoice in another currency, so totals per currency are never mixed.
    makeInvoice(company.id, 'open', 6, { currency: company.id === 'co_acme' ? 'EUR' : 'USD' });
    if (company.id === 'co_acme') invoiceNumber = 1100 + (options.invoiceCount ?? 0);
  }

  // --- Projects -----------------------------------------------------------------------------
  for (const company of companies) {
    v.projects.forEach((p, i) => {
      const id = `prj_${company.id.slice(3)}_${i + 1}`;
      // Active projects always have something left to do.
      const done = Math.min([2, 3, 1][i] ?? 0, p.milestones.length - 1);
      const status: Project['status'] = i === 1 && company.id === 'co_bluefern' ? 'completed' : i === 2 ? 'planned' : 'active';
      const milestones = p.milestones.map((title, m) => ({
        id: `${id}_m${m + 1}`,
        title,
        dueDate: day(-30 + m * 14),
        // Done milestones were completed on or before their due date, and never after today.
        ...(status === 'completed' || m < done ? { completedAt: at(Math.min(-30 + m * 14 - 1, -1 - m), 16) } : {}),
      }));
      const completed = milestones.filter((m) => m.completedAt).length;
      const companyInvoices = db.invoices.filter((inv) => inv.companyId === company.id && !inv.draft);
      db.projects.push({
        id,
        name: p.name,
        kind: p.kind,
        status,
        progress: Math.round((completed / milestones.length) * 100),
        startDate: day(-40 + i * 5),
        dueDate: day(30 + i * 20),
        description: `${p.name} for ${company.name}.`,
        ...(p.address ? { address: p.address } : {}),
        milestones,
        invoiceIds: companyInvoices.slice(i * 2, i * 2 + 2).map((inv) => inv.id),
        quoteIds: [],
        fileIds: [],
        ...(i === 0
          ? {
              timeLogs: [
                { id: `${id}_t1`, date: day(-9), description: 'Reviewed bank reconciliations', minutes: 150, by: v.staff[0] },
                { id: `${id}_t2`, date: day(-6), description: 'Prepared draft', minutes: 240, by: v.staff[1] },
                { id: `${id}_t3`, date: day(-2), description: 'Call with client', minutes: 30, by: v.staff[0] },
              ],
            }
          : {}),
        companyId: company.id,
      });
      for (let m = 0; m < completed; m++) {
        activity(company.id, { type: 'project_updated', at: milestones[m].completedAt!, summary: `${p.name}: ${milestones[m].title} done`, actor: firmPerson(), record: { type: 'project', id, label: p.name } });
      }
      for (const invoiceId of db.projects.at(-1)!.invoiceIds) {
        db.invoices.find((inv) => inv.id === invoiceId)!.projectId = id;
      }
    });
  }

  // --- Quotes ---------------------------------------------------------------------------------
  let quoteNumber = 2001;
  const quoteLines = (prefix: string, count: number, withOptional: boolean): QuoteLine[] => {
    const lines: QuoteLine[] = Array.from({ length: count }, (_, i) => {
      const [description, unitPrice, quantity] = v.lineItems[(i * 2 + quoteNumber) % v.lineItems.length];
      return { id: `${prefix}_l${i + 1}`, description, quantity, unitPrice, taxRate: preset === 'harbor' ? 20 : 8.5, optional: false, selected: true };
    });
    if (withOptional) {
      v.optionalLines.forEach(([description, unitPrice], i) =>
        lines.push({ id: `${prefix}_o${i + 1}`, description, quantity: 1, unitPrice, taxRate: preset === 'harbor' ? 20 : 8.5, optional: true, selected: i === 0 }),
      );
    }
    return lines;
  };
  const versionOf = (version: number, sentAt: string, lines: QuoteLine[], message?: string): QuoteVersion => {
    const chosen = lines.filter((l) => !l.optional || l.selected);
    const subtotal = chosen.reduce((sum, l) => sum + Math.round(l.quantity * l.unitPrice), 0);
    const taxTotal = chosen.reduce((sum, l) => sum + Math.round((Math.round(l.quantity * l.unitPrice) * l.taxRate) / 100), 0);
    return { version, sentAt, message, lines, terms: 'This quote is valid for 30 days. Work starts within two weeks of acceptance.', subtotal, taxTotal, total: subtotal + taxTotal };
  };
  for (const company of companies) {
    const contact = contacts.find((c) => c.companyId === company.id)!;
    const plans: { status: Quote['status']; versions: number; optional: boolean; deposit?: number; age: number }[] = [
      { status: 'pending', versions: 2, optional: false, age: 10 },
      { status: 'pending', versions: 1, optional: true, deposit: 30, age: 4 },
      { status: 'accepted', versions: 1, optional: false, age: 40 },
      { status: 'declined', versions: 1, optional: false, age: 60 },
      { status: 'expired', versions: 1, optional: false, age: 90 },
    ];
    plans.forEach((plan, i) => {
      const id = `q_${quoteNumber}`;
      const number = `Q-${quoteNumber}`;
      const v1Lines = quoteLines(id, 3, plan.optional);
      const versions = [versionOf(1, at(-plan.age, 9), v1Lines, `Here is our quote for ${v.quoteTitles[i].toLowerCase()}.`)];
      if (plan.versions > 1) {
        // Revision: one line's quantity changed, one removed, one added.
        const [first, , third] = v1Lines;
        const v2Lines: QuoteLine[] = [
          { ...first, quantity: first.quantity + 1 },
          third,
          { id: `${id}_l9`, description: v.lineItems[v.lineItems.length - 1][0], quantity: 1, unitPrice: v.lineItems[v.lineItems.length - 1][1], taxRate: first.taxRate, optional: false, selected: true },
        ];
        versions.push(versionOf(2, at(-plan.age + 4, 9), v2Lines, 'Updated after our call: one more unit, and the filing added.'));
      }
      const current = versions.at(-1)!;
      const decisions: Quote['decisions'] = [];
      const history: DocumentEvent[] = versions.map((ver, n) => ({ type: n === 0 ? 'sent' : 'revised', at: ver.sentAt, by: v.staff[0] }));
      if (plan.versions > 1) {
        decisions.push({ type: 'changes_requested', version: 1, at: at(-plan.age + 2, 15), by: { type: 'client', name: contact.name, contactId: contact.id }, reason: 'Could you add the Companies House filing?' });
        history.splice(1, 0, { type: 'changes_requested', at: at(-plan.age + 2, 15), by: contact.name });
      }
      if (plan.status === 'accepted') {
        decisions.push({ type: 'accepted', version: 1, at: at(-plan.age + 3, 11), by: { type: 'client', name: contact.name, contactId: contact.id }, signature: { kind: 'typed', name: contact.name }, selectedLineIds: current.lines.map((l) => l.id), total: current.total });
        history.push({ type: 'accepted', at: at(-plan.age + 3, 11), by: contact.name });
      }
      if (plan.status === 'declined') {
        decisions.push({ type: 'declined', version: 1, at: at(-plan.age + 5, 11), by: { type: 'client', name: contact.name, contactId: contact.id }, reason: 'We decided to postpone this until spring.' });
        history.push({ type: 'declined', at: at(-plan.age + 5, 11), by: contact.name });
      }
      const project = db.projects.find((p) => p.companyId === company.id && p.name === v.quoteTitles[i]);
      if (project) project.quoteIds.push(id);
      db.quotes.push({
        id,
        number,
        title: v.quoteTitles[i],
        status: plan.status,
        issueDate: day(-plan.age),
        expiryDate: day(plan.status === 'expired' ? -plan.age + 30 : plan.status === 'pending' ? 30 - i : -plan.age + 30),
        currency: currencyOf[company.id],
        total: current.total,
        currentVersion: current.version,
        versions,
        ...(plan.deposit ? { depositPercent: plan.deposit } : {}),
        ...(project ? { projectId: project.id } : {}),
        decisions,
        history,
        companyId: company.id,
      });
      activity(company.id, { type: 'quote_sent', at: versions[0].sentAt, summary: `Quote ${number} was sent`, actor: firmPerson(), record: { type: 'quote', id, label: number } });
      if (plan.status === 'accepted') activity(company.id, { type: 'quote_accepted', at: decisions.at(-1)!.at, summary: `${contact.name} accepted quote ${number}`, actor: { type: 'client', name: contact.name }, record: { type: 'quote', id, label: number } });
      quoteNumber++;
    });

    // --- Contracts ----------------------------------------------------------------------------
    const contractBody = (title: string) =>
      `<h2>${title}</h2><p>This agreement is between ${v.firm.name.replace('&', '&amp;')} and ${company.name}.</p><h3>1. Services</h3><p>We provide the services listed in the accepted quote.</p><h3>2. Fees</h3><p>Invoices are payable within 30 days.</p><h3>3. Term</h3><p>Either party may end this agreement with 30 days' notice.</p>`;
    const pendingId = `ctr_${company.id.slice(3)}_1`;
    db.contracts.push({
      id: pendingId,
      number: `C-${company.id === 'co_acme' ? 301 : 401}`,
      title: preset === 'harbor' ? 'Engagement letter 2027' : 'Service agreement 2027',
      status: 'pending',
      issueDate: day(-3),
      expiryDate: day(27),
      version: 1,
      body: contractBody(preset === 'harbor' ? 'Engagement letter 2027' : 'Service agreement 2027'),
      decisions: [],
      history: [{ type: 'sent', at: at(-3), by: v.staff[1] }],
      companyId: company.id,
    });
    db.contracts.push({
      id: `ctr_${company.id.slice(3)}_2`,
      number: `C-${company.id === 'co_acme' ? 302 : 402}`,
      title: 'Data processing agreement',
      status: 'signed',
      issueDate: day(-200),
      version: 1,
      body: contractBody('Data processing agreement'),
      decisions: [{ type: 'signed', version: 1, at: at(-198, 12), by: { type: 'client', name: contact.name, contactId: contact.id }, signature: { kind: 'typed', name: contact.name } }],
      history: [
        { type: 'sent', at: at(-200), by: v.staff[1] },
        { type: 'signed', at: at(-198, 12), by: contact.name },
      ],
      companyId: company.id,
    });

    // --- Files --------------------------------------------------------------------------------
    const companyInvoices = db.invoices.filter((inv) => inv.companyId === company.id && !inv.draft);
    const companyQuotes = db.quotes.filter((q) => q.companyId === company.id);
    const companyProjects = db.projects.filter((p) => p.companyId === company.id);
    addFile(company.id, { name: preset === 'harbor' ? 'Welcome pack.pdf' : 'Warranty terms.pdf', createdAt: at(-150), uploadedBy: 'firm' });
    addFile(company.id, { name: preset === 'harbor' ? 'Tax checklist 2026.pdf' : 'Safety certificate.pdf', createdAt: at(-20), uploadedBy: 'firm', folder: 'Guides' });
    addFile(company.id, { name: `Timesheet ${companyInvoices[2].number}.pdf`, createdAt: at(-12), uploadedBy: 'firm', attachedTo: { type: 'invoice', id: companyInvoices[2].id, label: companyInvoices[2].number } });
    addFile(company.id, { name: `Scope of work ${companyQuotes[0].number}.pdf`, createdAt: at(-10), uploadedBy: 'firm', attachedTo: { type: 'quote', id: companyQuotes[0].id, label: companyQuotes[0].number } });
    for (const project of companyProjects.slice(0, 2)) {
      const photo = addFile(company.id, { name: `${project.name} — site photo.png`, createdAt: at(-8), uploadedBy: 'firm', attachedTo: { type: 'project', id: project.id, label: project.name } });
      const plan = addFile(company.id, { name: `${project.name} plan.pdf`, createdAt: at(-25), uploadedBy: 'firm', attachedTo: { type: 'project', id: project.id, label: project.name } });
      project.fileIds.push(photo.id, plan.id);
    }
    addFile(company.id, { name: 'Receipts September.csv', createdAt: at(-30), uploadedBy: 'client', folder: 'Receipts' }, 'date,merchant,amount\n2026-09-02,Flour Co,120.00\n2026-09-14,Oven Repair,340.00\n');

    // --- Requests -----------------------------------------------------------------------------
    v.requestSubjects.forEach(([subject, category, first, reply], i) => {
      const id = `req_${company.id.slice(3)}_${i + 1}`;
      const created = -(i * 9 + 3);
      const messages: StoredMessage[] = [
        { id: `${id}_m1`, author: { type: 'client', name: contact.name, contactId: contact.id }, body: first, createdAt: at(created, 9), attachmentIds: [] },
      ];
      if (i === 2) {
        const letter = addFile(company.id, { name: 'Bank letter.pdf', createdAt: at(created, 9), uploadedBy: 'client', attachedTo: { type: 'request', id, label: subject } });
        messages[0].attachmentIds.push(letter.id);
      }
      if (reply) {
        messages.push({ id: `${id}_m2`, author: firmPerson(v.staff[i % 2]), body: reply, createdAt: at(created + 1, 11), attachmentIds: [] });
        activity(company.id, { type: 'request_replied', at: at(created + 1, 11), summary: `${v.staff[i % 2]} replied to “${subject}”`, actor: firmPerson(v.staff[i % 2]), record: { type: 'request', id, label: subject } });
      }
      const status: PortalRequest['status'] = i === 2 ? 'closed' : reply ? 'awaiting_client' : 'open';
      db.requests.push({
        id,
        number: `R-${company.id === 'co_acme' ? 500 + i : 600 + i}`,
        subject,
        category,
        status,
        createdAt: messages[0].createdAt,
        updatedAt: messages.at(-1)!.createdAt,
        description: first,
        messages,
        companyId: company.id,
      });
    });

    // --- Tasks --------------------------------------------------------------------------------
    v.tasks.forEach(([title, description, uploads], i) => {
      const id = `task_${company.id.slice(3)}_${i + 1}`;
      const done = i === 2;
      const downloads: string[] = [];
      if (i === 1) {
        downloads.push(addFile(company.id, { name: 'Engagement letter (to sign).pdf', createdAt: at(-5), uploadedBy: 'firm', attachedTo: { type: 'task', id, label: title } }).id);
      }
      db.tasks.push({
        id,
        title,
        description,
        status: done ? 'done' : 'todo',
        dueDate: day([5, 10, -2, 14, -4][i] ?? 7),
        createdAt: at(-6 - i),
        ...(done ? { completedAt: at(-1, 15) } : {}),
        canComplete: i !== 0,
        acceptsUploads: uploads,
        downloadIds: downloads,
        uploadIds: [],
        ...(i === 0 && companyProjects[0] ? { projectId: companyProjects[0].id } : {}),
        companyId: company.id,
      });
      activity(company.id, { type: 'task_assigned', at: at(-6 - i), summary: `New task: ${title}`, actor: firmPerson(), record: { type: 'task', id, label: title } });
    });

    // --- Comments -----------------------------------------------------------------------------
    const commented = companyInvoices[0];
    db.comments.push({
      id: `cm_${company.id.slice(3)}_1`,
      record: { type: 'invoice', id: commented.id, label: commented.number },
      author: firmPerson(v.staff[1]),
      body: 'Reminder: this one is past due. Let us know if you need a payment plan.',
      createdAt: at(-2, 10),
      companyId: company.id,
    });
  }

  db.activity.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  // The vocabularies are module-level: each store gets its own copy, so changing one store's config
  // (a test switching a module off) never reaches another store.
  return structuredClone(db);
}
