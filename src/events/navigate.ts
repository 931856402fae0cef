import { PorticoEvent } from './portico-event.js';

export interface NavigateDetail {
  /** A portal path: `/invoices`, `/invoices/INV-1042`, `/invoices?status=paid`. */
  path: string;
  /** Replace the history entry instead of adding one (filter and sort changes). */
  replace?: boolean;
}

/**
 * An element asks to show another view (a link to a record, a filter change). The portal handles it
 * and calls `preventDefault()`; outside the portal, a host page may listen and route itself.
 */
export class PorticoNavigateEvent extends PorticoEvent<'portico-navigate', NavigateDetail> {
  constructor(detail: NavigateDetail) {
    super('portico-navigate', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-navigate': PorticoNavigateEvent;
  }
}
