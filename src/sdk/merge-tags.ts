/**
 * Merge tags in the firm's pages and welcome message: `{{contact.name}}`, `{{contact.email}}`,
 * `{{company.name}}`, `{{firm.name}}`, `{{invoice.total}}` / `{{invoice.due}}` (totals of the
 * invoices still to pay), `{{project.progress}}` (average progress of active projects) and
 * `{{system.current_date}}`. Values are HTML-escaped before the result is sanitized; an unknown
 * tag renders empty and is reported once.
 */
import type { PortalAdapter } from './adapter.js';
import { formatDate, formatMoney, formatPercent, today, totalsByCurrency } from './format.js';
import type { PortalConfig, Session } from './schemas.js';

export const MERGE_TAGS = [
  'contact.name',
  'contact.email',
  'company.name',
  'firm.name',
  'invoice.total',
  'invoice.due',
  'project.progress',
  'system.current_date',
] as const;
export type MergeTag = (typeof MERGE_TAGS)[number];

const TAG = /\{\{\s*([\w.]+)\s*\}\}/g;
const reported = new Set<string>();

export const isMergeTag = (name: string): name is MergeTag => (MERGE_TAGS as readonly string[]).includes(name);

/** The tag names a template uses. */
export function findMergeTags(template: string): string[] {
  return [...new Set([...template.matchAll(TAG)].map((m) => m[1]))];
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Replaces merge tags with (escaped) values. Unknown tags and tags without a value become empty;
 * each unknown name is reported once through `console.warn`.
 */
export function applyMergeTags(template: string, values: Partial<Record<MergeTag, string>>, options: { escape?: boolean } = {}): string {
  const escape = options.escape ?? true;
  return template.replace(TAG, (_, name: string) => {
    if (!isMergeTag(name)) {
      if (!reported.has(name)) {
        reported.add(name);
        console.warn(`[portico] Unknown merge tag {{${name}}} rendered empty. Known tags: ${MERGE_TAGS.join(', ')}.`);
      }
      return '';
    }
    const value = values[name] ?? '';
    return escape ? escapeHtml(value) : value;
  });
}

export interface MergeContext {
  adapter?: PortalAdapter;
  session?: Session | null;
  config?: PortalConfig;
  locale?: string;
  signal?: AbortSignal;
}

/** Values for the tags a template uses, loading invoices or projects only when needed. */
export async function resolveMergeTags(tags: readonly string[], context: MergeContext): Promise<Partial<Record<MergeTag, string>>> {
  const { adapter, session, config, locale, signal } = context;
  const values: Partial<Record<MergeTag, string>> = {
    'contact.name': session?.contact.name,
    'contact.email': session?.contact.email,
    'company.name': session?.company.name,
    'firm.name': config?.firm.name,
    'system.current_date': formatDate(today(), locale, 'long'),
  };
  // Totals per currency, never mixed: "£1,200.00 + €300.00".
  const join = (totals: { currency: string; amount: number }[]) =>
    totals.length ? totals.map((t) => formatMoney(t.amount, t.currency, locale)).join(' + ') : new Intl.NumberFormat(locale).format(0);
  if (adapter && session && tags.some((t) => t === 'invoice.total' || t === 'invoice.due')) {
    const page = await adapter.listInvoices({ status: ['open', 'overdue', 'partially_paid'], limit: 500 }, { signal });
    values['invoice.total'] = join(totalsByCurrency(page.items, (i) => i.total, (i) => i.currency));
    values['invoice.due'] = join(totalsByCurrency(page.items, (i) => i.amountDue, (i) => i.currency));
  }
  if (adapter && session && tags.includes('project.progress')) {
    const page = await adapter.listProjects({ status: ['active'], limit: 100 }, { signal });
    const average = page.items.length ? page.items.reduce((sum, p) => sum + p.progress, 0) / page.items.length : 0;
    values['project.progress'] = formatPercent(average, locale);
  }
  return values;
}
