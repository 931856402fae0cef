/**
 * Quote arithmetic, the backend's way: each line's net is `round(quantity × unitPrice)`, its tax
 * `round(net × rate / 100)`; totals are sums of those. The viewer recomputes them live as the client
 * ticks optional lines, and shows the same numbers the backend records on acceptance.
 */
import type { QuoteLine } from '../../sdk/schemas.js';

export interface QuoteTotals {
  subtotal: number;
  taxTotal: number;
  total: number;
}

/** A line's amount before tax, in minor units. */
export function lineNet(line: Pick<QuoteLine, 'quantity' | 'unitPrice'>): number {
  return Math.round(line.quantity * line.unitPrice);
}

/** A line's tax, in minor units. */
export function lineTax(line: Pick<QuoteLine, 'quantity' | 'unitPrice' | 'taxRate'>): number {
  return Math.round((lineNet(line) * line.taxRate) / 100);
}

/** True when the line counts: every required line, and the optional lines in `selected`. */
export function lineIncluded(line: Pick<QuoteLine, 'id' | 'optional'>, selected: ReadonlySet<string>): boolean {
  return !line.optional || selected.has(line.id);
}

/** The optional lines ticked by default (what the firm proposed). */
export function defaultSelection(lines: readonly QuoteLine[]): Set<string> {
  return new Set(lines.filter((line) => line.optional && line.selected).map((line) => line.id));
}

/** Subtotal, tax and total of the included lines. */
export function quoteTotals(lines: readonly QuoteLine[], selected: ReadonlySet<string>): QuoteTotals {
  let subtotal = 0;
  let taxTotal = 0;
  for (const line of lines) {
    if (!lineIncluded(line, selected)) continue;
    subtotal += lineNet(line);
    taxTotal += lineTax(line);
  }
  return { subtotal, taxTotal, total: subtotal + taxTotal };
}

/** The deposit due on a total, rounded like the backend. */
export function depositAmount(total: number, percent: number): number {
  return Math.round((total * percent) / 100);
}
