import type { PaymentIntent } from '../sdk/schemas.js';
import { PorticoEvent } from './portico-event.js';

export interface PayDetail {
  /** The invoices being paid: one, or several in one currency ("Pay all overdue"). */
  invoiceIds: string[];
  /** A partial amount in minor units; absent when paying the full amount due. */
  amount?: number;
  /** The currency of the invoices. */
  currency: string;
  /** What the backend's `pay` returned: a hosted-checkout URL, or a client secret to mount. */
  intent: PaymentIntent;
}

/**
 * A payment was started and the portal is about to act on it (redirect to hosted checkout).
 * Cancelable: call `preventDefault()` to take over — for example to mount Stripe Elements with
 * `detail.intent.clientSecret` — and the portal does nothing more.
 */
export class PorticoPayEvent extends PorticoEvent<'portico-pay', PayDetail> {
  constructor(detail: PayDetail) {
    super('portico-pay', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-pay': PorticoPayEvent;
  }
}
