/**
 * Formatting with `Intl`, in the portal's locale: money (integer minor units + currency),
 * calendar dates (never shifted by the viewer's time zone), moments, sizes, relative days.
 * Formatters are cached: a list of 10,000 invoices creates a handful, not 30,000.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** The locale to use: the given one if the browser knows it, else the browser's. */
export function resolveLocale(locale?: string): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** Digits after the decimal point for a currency: 2 for EUR/USD, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  return cached(`digits:${currency}`, () => new Intl.NumberFormat('en', { style: 'currency', currency })).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `1234.5` (major units) from minor units. */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

/** Minor units from major units, rounded to the currency's precision. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}

/** `€1,234.50`, `1 234,50 €`, `￥1,235` — the locale's way, with the currency's own precision. */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const formatter = cached(`money:${locale}:${currency}`, () => new Intl.NumberFormat(resolveLocale(locale), { style: 'currency', currency }));
  return formatter.format(toMajor(minor, currency));
}

/**
 * Reads an amount typed by a person ("1,234.50", "1.234,50", "1 234,5", "€ 20") in the locale's
 * conventions. Returns minor units, or `undefined` when it is not a number.
 */
export function parseMoney(text: string, currency: string, locale?: string): number | undefined {
  const parts = cached(`num:${locale}`, () => new Intl.NumberFormat(resolveLocale(locale))).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,'-]/g, '');
  if (group !== ' ' && group !== '\u00a0' && group !== '\u202f') cleaned = cleaned.split(group).join('');
  cleaned = cleaned.replace(decimal, '.').replace(/'/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const digits = currencyDigits(currency);
  const [, fraction = ''] = cleaned.split('.');
  if (fraction.length > digits) return undefined;
  return toMinor(Number(cleaned), currency);
}

/** `23 Nov 2026` for a calendar date `2026-11-23`, whatever the viewer's time zone. */
export function formatDate(date: string, locale?: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  const formatter = cached(`date:${locale}:${style}`, () => new Intl.DateTimeFormat(resolveLocale(locale), { dateStyle: style, timeZone: 'UTC' }));
  return formatter.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A moment in the viewer's time zone: `23 Nov 2026, 14:05`. */
export function formatDateTime(timestamp: string, locale?: string): string {
  const formatter = cached(`datetime:${locale}`, () => new Intl.DateTimeFormat(resolveLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }));
  return formatter.format(new Date(timestamp));
}

/** A time of day in the viewer's time zone: `14:05`. */
export function formatTime(timestamp: string, locale?: string): string {
  return cached(`time:${locale}`, () => new Intl.DateTimeFormat(resolveLocale(locale), { timeStyle: 'short' })).format(new Date(timestamp));
}

/** "today", "yesterday", "in 3 days". */
export function formatRelativeDays(days: number, locale?: string): string {
  return cached(`rel:${locale}`, () => new Intl.RelativeTimeFormat(resolveLocale(locale), { numeric: 'auto' })).format(days, 'day');
}

/** Today's calendar date in the viewer's time zone, `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Whole days from calendar date `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** `1.2 MB`, in the locale's digits. */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const formatter = cached(`bytes:${locale}:${units[unit]}`, () =>
    new Intl.NumberFormat(resolveLocale(locale), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0 }),
  );
  return formatter.format(value);
}

/** `45%`. */
export function formatPercent(percent: number, locale?: string): string {
  return cached(`pct:${locale}`, () => new Intl.NumberFormat(resolveLocale(locale), { style: 'percent', maximumFractionDigits: 0 })).format(percent / 100);
}

/** Sums amounts per currency, so totals never mix currencies. Currencies in first-seen order. */
export function totalsByCurrency<T>(items: readonly T[], amount: (item: T) => number, currency: (item: T) => string): { currency: string; amount: number }[] {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(currency(item), (totals.get(currency(item)) ?? 0) + amount(item));
  return [...totals].map(([code, sum]) => ({ currency: code, amount: sum }));
}
