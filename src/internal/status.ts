/**
 * Status badges for every kind of record: text plus colour, never colour alone, the same words
 * everywhere (list, viewer, home).
 */
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { InvoiceSummary, PortalRequest, ProjectSummary, QuoteStatus, Task } from '../sdk/schemas.js';
import { daysBetween, today } from '../sdk/format.js';
import { badge } from './views.js';

/** Days past the due date while something is still owed (0 when not overdue). */
export function daysOverdue(invoice: Pick<InvoiceSummary, 'dueDate' | 'amountDue' | 'status'>, on: string = today()): number {
  if (invoice.amountDue <= 0 || invoice.status === 'canceled' || invoice.status === 'paid') return 0;
  return Math.max(0, daysBetween(invoice.dueDate, on));
}

export function overdueLabel(days: number): string {
  return days === 1 ? msg('Overdue · 1 day') : msg(str`Overdue · ${days} days`);
}

export function invoiceBadge(invoice: Pick<InvoiceSummary, 'dueDate' | 'amountDue' | 'status'>, on?: string): TemplateResult {
  const late = daysOverdue(invoice, on);
  switch (invoice.status) {
    case 'paid':
      return badge(msg('Paid'), 'success');
    case 'canceled':
      return badge(msg('Canceled'), 'neutral');
    case 'partially_paid':
      return late ? badge(`${msg('Partially paid')} · ${overdueLabel(late)}`, 'danger') : badge(msg('Partially paid'), 'warning');
    default:
      return late ? badge(overdueLabel(late), 'danger') : badge(msg('To pay'), 'info');
  }
}

export function quoteBadge(status: QuoteStatus): TemplateResult {
  switch (status) {
    case 'accepted':
      return badge(msg('Accepted'), 'success');
    case 'declined':
      return badge(msg('Declined'), 'neutral');
    case 'expired':
      return badge(msg('Expired'), 'warning');
    default:
      return badge(msg('Pending'), 'info');
  }
}

export function contractBadge(status: 'pending' | 'signed' | 'expired'): TemplateResult {
  return status === 'signed' ? badge(msg('Signed'), 'success') : status === 'expired' ? badge(msg('Expired'), 'warning') : badge(msg('Awaiting signature'), 'info');
}

export function requestBadge(status: PortalRequest['status']): TemplateResult {
  return status === 'awaiting_client' ? badge(msg('Awaiting your reply'), 'warning') : status === 'closed' ? badge(msg('Closed'), 'neutral') : badge(msg('Open'), 'info');
}

export function taskBadge(task: Pick<Task, 'status' | 'dueDate'>, on: string = today()): TemplateResult {
  if (task.status === 'done') return badge(msg('Done'), 'success');
  if (task.dueDate && task.dueDate < on) return badge(msg('Overdue'), 'danger');
  return badge(msg('To do'), 'info');
}

export function projectBadge(status: ProjectSummary['status']): TemplateResult {
  switch (status) {
    case 'completed':
      return badge(msg('Completed'), 'success');
    case 'on_hold':
      return badge(msg('On hold'), 'warning');
    case 'planned':
      return badge(msg('Planned'), 'neutral');
    default:
      return badge(msg('In progress'), 'info');
  }
}
