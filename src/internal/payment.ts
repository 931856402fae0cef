/**
 * Paying invoices, shared by the invoice viewer ("Pay now") and the invoice list ("Pay all
 * overdue"): one idempotent `pay` call, the cancelable `portico-pay` event, then hosted checkout.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { PorticoPayEvent } from '../events/pay.js';
import type { PortalAdapter } from '../sdk/adapter.js';
import { PortalError } from '../sdk/errors.js';
import type { PaymentIntent } from '../sdk/schemas.js';
import { ActionController } from './action.js';
import { icons } from './icons.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly writesBlocked?: boolean };

export interface PaymentRequest {
  invoiceIds: string[];
  /** Partial amount in minor units; absent for the full amount due. */
  amount?: number;
  currency: string;
  /** Where checkout sends the client back (the backend appends `portico-payment=…`). */
  returnUrl: string;
}

export interface PaymentOptions {
  adapter: () => PortalAdapter | undefined;
  /** Sends the browser to hosted checkout. Elements route this through an overridable method. */
  redirect: (url: string) => void;
}

/** What happened after `pay` answered. */
export type PaymentStage = 'idle' | 'redirecting' | 'handled' | 'unhandled';

/**
 * One payment action. Double-click safe and retry safe through `ActionController` (one
 * idempotency key per set of invoices and amount, kept in `sessionStorage` so a reload while
 * pending reuses it); refuses in a read-only portal. After the backend answers it dispatches the
 * cancelable `portico-pay`; unless the host page takes over, a redirect intent sends the browser
 * to checkout, and a client secret nobody handled ends in `stage === 'unhandled'`.
 */
export class PaymentController implements ReactiveController {
  stage: PaymentStage = 'idle';

  #host: Host;
  #options: PaymentOptions;
  #returnUrl = '';
  #action: ActionController<{ invoiceIds: string[]; amount?: number }, PaymentIntent>;

  constructor(host: Host, options: PaymentOptions) {
    this.#host = host;
    this.#options = options;
    this.#action = new ActionController(host, {
      run: (input, callOptions) => {
        const adapter = this.#options.adapter();
        if (!adapter) return Promise.reject(new PortalError('server', msg('Payments are not connected yet. Please try again in a moment.')));
        return adapter.pay({ ...input, returnUrl: this.#returnUrl }, callOptions);
      },
      persistAs: (input) => `pay:${input.invoiceIds.join(',')}`,
    });
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pageshow', this.#onPageShow);
  }

  hostDisconnected(): void {
    removeEventListener('pageshow', this.#onPageShow);
  }

  /** Coming back with the browser's Back button from checkout: the page is live again. */
  #onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.stage === 'redirecting') {
      this.stage = 'idle';
      this.#host.requestUpdate();
    }
  };

  /** True while `pay` is in flight or the browser is on its way to checkout. */
  get pending(): boolean {
    return this.#action.pending || this.stage === 'redirecting';
  }

  get error(): PortalError | undefined {
    return this.#action.error;
  }

  clearError(): void {
    this.#action.clearError();
  }

  /** Starts the payment; resolves with the intent, or `undefined` when it failed, was ignored or blocked. */
  async pay(request: PaymentRequest): Promise<PaymentIntent | undefined> {
    if (this.pending) return undefined;
    const { invoiceIds, amount, currency } = request;
    this.#returnUrl = request.returnUrl;
    this.stage = 'idle';
    const intent = await this.#action.run(amount === undefined ? { invoiceIds } : { invoiceIds, amount });
    if (!intent) return undefined;
    const event = new PorticoPayEvent({ invoiceIds, ...(amount === undefined ? {} : { amount }), currency, intent });
    this.#host.dispatchEvent(event);
    if (event.defaultPrevented) {
      this.stage = 'handled';
    } else if (intent.kind === 'redirect') {
      const url = checkoutUrl(intent.url);
      if (url) {
        this.stage = 'redirecting';
        this.#options.redirect(url);
      } else {
        this.#action.error = new PortalError('invalid_response', msg('The payment page address we received is not valid. Nothing was charged. Please contact us.'));
      }
    } else {
      console.warn('[portico] `pay` returned a client secret, but no `portico-pay` listener called preventDefault() to mount the payment form.');
      this.stage = 'unhandled';
    }
    this.#host.requestUpdate();
    return intent;
  }
}

/** Only http(s) checkout pages: a `javascript:` URL from a broken backend must never run. */
function checkoutUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The absolute URL of a portal `href` (`#/invoices/INV-1042`, or a path with history routing). */
export function absoluteUrl(href: string): string {
  return new URL(href, location.href).href;
}

/** What the client reads after `pay` answered, when the portal itself cannot go on. */
export function paymentStageView(stage: PaymentStage): TemplateResult | typeof nothing {
  if (stage === 'redirecting') return html`<p class="hint" role="status">${msg('Taking you to the secure payment page…')}</p>`;
  if (stage === 'unhandled')
    return html`<p class="alert" data-tone="warning" role="alert" part="payment-message">
      ${msg('The payment form could not be opened: this website has not set it up yet. Nothing was charged. Please contact us to pay.')}
    </p>`;
  return nothing;
}

/** The outcome after returning from checkout (`portico-payment=success|cancel`), with a way to dismiss it. */
export function paymentOutcomeView(result: string | undefined, dismiss: () => void): TemplateResult | typeof nothing {
  if (result !== 'success' && result !== 'cancel') return nothing;
  const success = result === 'success';
  return html`<div class="alert outcome" data-tone=${success ? 'success' : 'info'} role="status" part="payment-outcome">
    ${success ? icons.check() : icons.alert()}
    <span>${success ? msg('Payment received — thank you') : msg('Payment canceled, nothing was charged')}</span>
    <button class="btn ghost dismiss" type="button" @click=${dismiss} aria-label=${msg('Dismiss')}>${icons.close()}</button>
  </div>`;
}

/** Styles of `paymentOutcomeView`, for the elements that show it. */
export const paymentOutcomeStyles = css`
  .outcome {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin-bottom: var(--_space-4);
  }
  .outcome > span {
    flex: 1;
    font-weight: 600;
  }
  .outcome .dismiss {
    min-height: 2rem;
    min-width: 2rem;
    padding: 0;
    color: inherit;
  }
  @media (pointer: coarse) {
    .outcome .dismiss {
      min-height: 2.75rem;
      min-width: 2.75rem;
    }
  }
`;
