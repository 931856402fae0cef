/** Portal paths of records, shared by every element that links to one. */
import type { RecordRef } from '../sdk/schemas.js';

/** The portal path that shows a record (`/invoices/INV-1042`), or undefined when it has no view. */
export function recordPath(ref: Pick<RecordRef, 'type' | 'id'>): string | undefined {
  const id = encodeURIComponent(ref.id);
  switch (ref.type) {
    case 'invoice':
      return `/invoices/${id}`;
    case 'quote':
      return `/quotes/${id}`;
    case 'contract':
      return `/contracts/${id}`;
    case 'request':
      return `/requests/${id}`;
    case 'project':
      return `/projects/${id}`;
    case 'task':
      return `/tasks?task=${id}`;
    case 'file':
      return `/files?file=${id}`;
    default:
      return undefined;
  }
}
