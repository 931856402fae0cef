import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { setStyle } from '../../internal/set-style.js';
import { saveBlob } from '../../internal/file-download.js';
import { Loader, toPortalError } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { absoluteUrl, PaymentController, paymentOutcomeView, paymentStageView, paymentOutcomeStyles } from '../../internal/payment.js';
import { recordPath } from '../../internal/routes.js';
import { daysOverdue, invoiceBadge, overdueLabel } from '../../internal/status.js';
import { icons } from '../../internal/icons.js';
import { actionError, badge, emptyView, errorView, printButton, spinner, updatedNotice } from '../../internal/views.js';
import '../comments/define.js';
import { PorticoUnauthorizedEvent } from '../../events/unauthorized.js';
import { isAbortError, isPortalError, type PortalError } from '../../sdk/errors.js';
import { currencyDigits, formatDate, formatDateTime, formatMoney, formatPercent, parseMoney, resolveLocale, toMajor } from '../../sdk/format.js';
import type { DocumentEvent, Invoice, Payment, PortalConfig } from '../../sdk/schemas.js';
import { styles } from './invoice-viewer.styles.js';

const VIEWED_PREFIX = 'portico.viewed.';

function viewedThisSession(id: string): boolean {
  try {
    return sessionStorage.getItem(VIEWED_PREFIX + id) === '1';
  } catch {
    return false;
  }
}

function rememberViewed(...ids: string[]) {
  try {
    for (const id of ids) sessionStorage.setItem(VIEWED_PREFIX + id, '1');
  } catch {
    /* storage unavailable: the invoice may be marked viewed again on the next visit */
  }
}

interface Loaded {
  invoice: Invoice;
  config: PortalConfig;
}

/**
 * One invoice as the client's bill: the amount due first and largest, Pay now (the full amount,
 * or part of it where the invoice allows), the PDF, line items with discounts and taxes, totals,
 * payments received and the document's history. Opening it tells the firm the invoice was viewed
 * (once per browser session). Updates live, and shows the outcome after returning from checkout.
 *
 * @summary An invoice with Pay now, PDF download and its payment history.
 * @tag portico-invoice-viewer
 *
 * @event portico-pay - A payment was started; cancelable. `detail.intent` holds the hosted-checkout URL or the client secret. Call `preventDefault()` to handle it yourself (e.g. mount Stripe Elements); otherwise the portal redirects to checkout.
 * @event portico-navigate - The "All invoices" link was followed.
 * @event portico-unauthorized - The session ended while loading, downloading or paying.
 *
 * @csspart heading - The view's heading (the invoice number).
 * @csspart summary - The card with the amount due and Pay now.
 * @csspart amount-due - The amount due, the largest thing on the page.
 * @csspart pay - The payment panel (amount choice and the Pay button).
 * @csspart pay-button - The Pay button.
 * @csspart lines - The table of line items.
 * @csspart totals - Subtotal, discounts, taxes, total, paid and due.
 * @csspart payments - The payment history.
 * @csspart history - The document's history (sent, viewed, paid…).
 * @csspart payment-outcome - The message after returning from checkout.
 * @csspart payment-message - The message when a payment form could not be opened.
 * @csspart pdf-unavailable - The note when the firm cannot produce a PDF of this invoice.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error state.
 * @csspart action-error - A failed payment's or download's message.
 *
 * @cssproperty --portico-color-primary - Brand colour: the Pay button.
 * @cssproperty --portico-color-danger - Overdue marks and errors.
 * @cssproperty --portico-sticky-top - Height of a fixed bar of the host page above the portal, so the amount-due card sticks below it (default 0px).
 */
@localized()
export class PorticoInvoiceViewer extends PorticoElement {
  static override styles = [PorticoElement.styles, paymentOutcomeStyles, styles];

  /** The invoice to show: its id or its number (`INV-1042`). */
  @property({ attribute: 'invoice-id' }) invoiceId = '';

  /** Opens with the payment panel focused (links such as "Pay now" on the home page set it). */
  @property({ type: Boolean }) pay = false;

  /** `success` or `cancel` after returning from checkout: shows the outcome and reloads the invoice. */
  @property({ attribute: 'payment-result' }) paymentResult?: string;

  @state() private amountMode: 'full' | 'partial' = 'full';
  @state() private amountText = '';
  @state() private amountError?: string;
  @state() private pdfPending = false;
  @state() private pdfError?: PortalError;
  @state() private outcomeDismissed = false;

  #payFocused = false;
  /** Right after marking the invoice viewed, its own change comes back: apply changes then without the "Updated" notice. */
  #quietUntil = 0;

  private loader = new Loader(this, {
    args: () => (this.backend && this.invoiceId ? ([this.backend, this.invoiceId] as const) : undefined),
    load: async ([adapter, id], signal): Promise<Loaded | null> => {
      let marked = false;
      // A read-only preview is the firm looking: it must not tell the firm the client opened it.
      if (!this.writesBlocked && !viewedThisSession(id)) {
        try {
          await adapter.markInvoiceViewed(id, { signal });
          marked = true;
          this.#quietUntil = Date.now() + 3000;
        } catch (error) {
          if (isAbortError(error)) throw error;
          // Not worth failing the page for: the invoice itself still loads (and reports a real problem).
        }
      }
      try {
        const [invoice, config] = await Promise.all([adapter.getInvoice(id, { signal }), this.resolveConfig(adapter, signal)]);
        if (marked) rememberViewed(id, invoice.id, invoice.number);
        return { invoice, config };
      } catch (error) {
        // Not there (any more): say so and lead back to the list, rather than offer a pointless retry.
        if (isPortalError(error) && error.type === 'not_found') return null;
        throw error;
      }
    },
    isEmpty: (value) => value === null,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => {
      const invoice = this.loader.value?.invoice;
      const ids = [this.invoiceId, invoice?.id, invoice?.number];
      if (change.record.type !== 'invoice' || !ids.includes(change.record.id)) return false;
      if (Date.now() < this.#quietUntil) {
        // Most likely our own "viewed": reload quietly, so a real change in that moment is not lost either.
        void this.loader.reload({ silent: true });
        return false;
      }
      return true;
    },
    onChange: () => this.loader.reload({ silent: true }),
  });

  private payment = new PaymentController(this, {
    adapter: () => this.backend,
    redirect: (url) => this.redirect(url),
  });

  /** Moves focus to the heading, or to the payment panel when opened to pay (the portal calls this after navigating here). */
  focusHeading(): void {
    const target = (this.pay && this.renderRoot.querySelector<HTMLElement>('#pay-panel')) || this.renderRoot.querySelector<HTMLElement>('[part="heading"]');
    target?.focus();
  }

  /** Sends the browser to hosted checkout. Override to observe it (tests) or to open it elsewhere. */
  protected redirect(url: string): void {
    location.assign(url);
  }

  /** Hands the downloaded PDF to the browser. Override to observe it (tests) or to show it inline. */
  protected saveFile(blob: Blob, name: string): void {
    saveBlob(blob, name);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('invoiceId')) {
      this.amountMode = 'full';
      this.amountText = '';
      this.amountError = undefined;
      this.pdfError = undefined;
      this.payment.clearError();
    }
    if (changed.has('pay') || changed.has('invoiceId')) this.#payFocused = false;
    if (changed.has('paymentResult')) {
      this.outcomeDismissed = false;
      // Returning from checkout while already showing: fetch what the payment changed.
      if (this.paymentResult && changed.get('paymentResult') !== undefined && this.loader.status === 'ready') void this.loader.reload({ silent: true });
    }
  }

  protected override updated(): void {
    if (this.pay && !this.#payFocused && this.loader.status === 'ready') {
      this.#payFocused = true;
      this.renderRoot.querySelector<HTMLElement>('#pay-panel')?.focus();
    }
  }

  // --- Paying -----------------------------------------------------------------------------------

  private get partialAllowed(): boolean {
    const value = this.loader.value;
    return !!value && value.invoice.allowPartialPayment && value.config.permissions.partialPayments;
  }

  /** The amount typed for a partial payment, checked: minor units, or a message for the field. */
  private parseAmount(invoice: Invoice): { amount?: number; error?: string } {
    const text = this.amountText.trim();
    const due = formatMoney(invoice.amountDue, invoice.currency, this.activeLocale);
    if (!text) return { error: msg('Enter the amount you want to pay.') };
    const amount = parseMoney(text, invoice.currency, this.activeLocale);
    if (amount === undefined) {
      const digits = currencyDigits(invoice.currency);
      const example = new Intl.NumberFormat(resolveLocale(this.activeLocale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        toMajor(Math.round(invoice.amountDue / 2), invoice.currency),
      );
      return { error: msg(str`Enter an amount as a number, for example ${example}.`) };
    }
    if (amount <= 0) return { error: msg('Enter an amount greater than zero.') };
    if (amount > invoice.amountDue) return { error: msg(str`That is more than the amount due (${due}).`) };
    return { amount };
  }

  private onAmountInput = (event: InputEvent) => {
    this.amountText = (event.target as HTMLInputElement).value;
    this.amountMode = 'partial';
    // Once a message is shown, keep it in step with what is typed.
    if (this.amountError && this.loader.value) this.amountError = this.parseAmount(this.loader.value.invoice).error;
    this.payment.clearError();
  };

  private onAmountBlur = (event: FocusEvent) => {
    const input = event.target as HTMLInputElement;
    // Chrome also blurs a field while removing it from the page: check only a field still there.
    setTimeout(() => {
      if (input.isConnected && this.amountMode === 'partial' && this.amountText.trim() && this.loader.value) this.amountError = this.parseAmount(this.loader.value.invoice).error;
    });
  };

  private setMode(mode: 'full' | 'partial') {
    this.amountMode = mode;
    this.amountError = undefined;
    this.payment.clearError();
    if (mode === 'partial') void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#amount')?.focus());
  }

  private submitPay = () => {
    const value = this.loader.value;
    if (!value || this.payment.pending) return;
    const { invoice } = value;
    let amount: number | undefined;
    if (this.amountMode === 'partial' && this.partialAllowed) {
      const parsed = this.parseAmount(invoice);
      this.amountError = parsed.error;
      if (parsed.error) {
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#amount')?.focus());
        return;
      }
      // The whole amount typed in is the full payment: the same intent as "Full amount".
      amount = parsed.amount === invoice.amountDue ? undefined : parsed.amount;
    }
    void this.payment.pay({
      invoiceIds: [invoice.id],
      amount,
      currency: invoice.currency,
      returnUrl: absoluteUrl(this.href(recordPath({ type: 'invoice', id: invoice.number })!)),
    });
  };

  private downloadPdf = async () => {
    const adapter = this.backend;
    const invoice = this.loader.value?.invoice;
    if (!adapter || !invoice || this.pdfPending) return;
    this.pdfPending = true;
    this.pdfError = undefined;
    try {
      const blob = await adapter.getInvoicePdf(invoice.id);
      this.saveFile(blob, `${invoice.number}.pdf`);
    } catch (thrown) {
      if (!isAbortError(thrown)) {
        this.pdfError = toPortalError(thrown);
        if (this.pdfError.type === 'unauthorized') this.dispatchEvent(new PorticoUnauthorizedEvent(this.pdfError));
      }
    } finally {
      this.pdfPending = false;
    }
  };

  // --- Rendering --------------------------------------------------------------------------------

  private money(minor: number, currency: string): string {
    return formatMoney(minor, currency, this.activeLocale);
  }

  private date(date: string): string {
    return formatDate(date, this.activeLocale);
  }

  private firmName(config: PortalConfig): string {
    return config.firm.name;
  }

  private renderPayPanel({ invoice, config }: Loaded): TemplateResult | typeof nothing {
    if (invoice.amountDue <= 0 || invoice.status === 'canceled') return nothing;
    if (!config.permissions.payments) {
      return html`<p class="hint pay-off">
        ${msg(str`Online payment is not available for this invoice. Please pay by bank transfer using the details on the invoice, or contact ${this.firmName(config)}.`)}
      </p>`;
    }
    const blocked = this.writesBlocked;
    const partial = this.partialAllowed && this.amountMode === 'partial';
    const parsed = partial ? this.parseAmount(invoice) : {};
    const payLabel = partial && parsed.amount ? this.money(parsed.amount, invoice.currency) : this.money(invoice.amountDue, invoice.currency);
    const fieldError = this.amountError ?? (partial ? this.payment.error?.fields?.amount : undefined);
    const pending = this.payment.pending;
    return html`<section id="pay-panel" class="pay no-print" part="pay" tabindex="-1" aria-labelledby="pay-title">
      <h2 id="pay-title" class="visually-hidden">${msg(str`Pay invoice ${invoice.number}`)}</h2>
      ${this.partialAllowed
        ? html`<fieldset class="amount-choice" ?disabled=${blocked}>
            <legend class="label">${msg('How much would you like to pay?')}</legend>
            <label class="check">
              <input type="radio" name="amount-mode" value="full" .checked=${live(this.amountMode === 'full')} @change=${() => this.setMode('full')} />
              <span>${msg('Full amount due')} <span class="money">${this.money(invoice.amountDue, invoice.currency)}</span></span>
            </label>
            <label class="check">
              <input type="radio" name="amount-mode" value="partial" .checked=${live(this.amountMode === 'partial')} @change=${() => this.setMode('partial')} />
              <span>${msg('Another amount')}</span>
            </label>
            ${this.amountMode === 'partial'
              ? html`<div class="field amount-field">
                  <label for="amount">${msg(str`Amount to pay (${invoice.currency})`)}</label>
                  <input
                    id="amount"
                    inputmode="decimal"
                    autocomplete="off"
                    .value=${live(this.amountText)}
                    aria-invalid=${fieldError ? 'true' : 'false'}
                    aria-describedby="amount-hint${fieldError ? ' amount-error' : ''}"
                    @input=${this.onAmountInput}
                    @blur=${this.onAmountBlur}
                    @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.submitPay()}
                  />
                  <span id="amount-hint" class="hint">${msg(str`Up to ${this.money(invoice.amountDue, invoice.currency)}`)}</span>
                  ${fieldError ? html`<span id="amount-error" class="field-error" role="alert">${fieldError}</span>` : nothing}
                </div>`
              : nothing}
          </fieldset>`
        : nothing}
      <button
        class="btn primary large pay-button"
        part="pay-button"
        type="button"
        ?disabled=${blocked}
        aria-busy=${pending ? 'true' : 'false'}
        aria-describedby=${blocked ? 'pay-blocked' : nothing}
        @click=${this.submitPay}
      >
        ${pending ? spinner() : icons.lock()} ${msg(str`Pay ${payLabel}`)}
      </button>
      ${blocked
        ? html`<p id="pay-blocked" class="hint">${msg('This is a read-only preview: paying is turned off.')}</p>`
        : html`<p class="hint secure">${msg('You will pay on a secure checkout page.')}</p>`}
    </section>`;
  }

  private renderSummary(loaded: Loaded): TemplateResult {
    const { invoice } = loaded;
    const late = daysOverdue(invoice);
    const lastPayment = invoice.payments.filter((p) => p.status === 'succeeded').at(-1);
    let label = msg('Amount due');
    let amount = invoice.amountDue;
    let note: TemplateResult | string = late
      ? html`<span class="late">${msg(str`Due ${this.date(invoice.dueDate)}`)} · ${overdueLabel(late)}</span>`
      : msg(str`Due ${this.date(invoice.dueDate)}`);
    if (invoice.status === 'paid') {
      label = msg('Paid');
      amount = invoice.total;
      note = lastPayment ? msg(str`Paid in full on ${formatDate(lastPayment.paidAt, this.activeLocale)}`) : msg('Paid in full');
    } else if (invoice.status === 'canceled') {
      note = msg('This invoice was canceled. Nothing is due.');
    }
    return html`<section class="card summary" part="summary" aria-labelledby="due-label">
      <p id="due-label" class="label">${label}</p>
      <p class="amount-due money" part="amount-due">${this.money(amount, invoice.currency)}</p>
      <p class="due-note">${note}</p>
      ${invoice.amountPaid > 0 && invoice.amountDue > 0
        ? html`<p class="small muted">${msg(str`${this.money(invoice.amountPaid, invoice.currency)} of ${this.money(invoice.total, invoice.currency)} paid`)}</p>
            <div class="progress" aria-hidden="true"><span ${setStyle({ width: `${Math.round((invoice.amountPaid / invoice.total) * 100)}%` })}></span></div>`
        : nothing}
      ${this.renderPayPanel(loaded)}
      ${paymentStageView(this.payment.stage)} ${this.payment.error?.fields?.amount && this.amountMode === 'partial' ? nothing : actionError(this.payment.error)}
      ${this.renderPdf(loaded)}
    </section>`;
  }

  private renderPdf({ invoice, config }: Loaded): TemplateResult {
    const unavailable = msg(str`A PDF of this invoice is not available. Please contact ${this.firmName(config)} for a copy.`);
    if (!invoice.pdfAvailable) return html`<p class="hint pdf-note" part="pdf-unavailable">${icons.file()} ${unavailable}</p>${printButton()}`;
    const error = this.pdfError;
    return html`<div class="pdf">
      <button class="btn" type="button" aria-busy=${this.pdfPending ? 'true' : 'false'} @click=${this.downloadPdf}>
        ${this.pdfPending ? spinner() : icons.download()} ${msg('Download PDF')}
      </button>
      ${printButton()}
      ${error ? html`<p class="alert" data-tone="danger" role="alert" part="action-error">${error.code === 'pdf_unavailable' ? unavailable : error.message}</p>` : nothing}
    </div>`;
  }

  private renderDetails({ invoice, config }: Loaded): TemplateResult {
    const company = this.currentSession?.company;
    return html`<section class="card card-body details" aria-labelledby="details-title">
      <h2 id="details-title">${msg('Details')}</h2>
      <dl class="facts">
        <div><dt>${msg('Invoice number')}</dt><dd>${invoice.number}</dd></div>
        <div><dt>${msg('Issued')}</dt><dd>${this.date(invoice.issueDate)}</dd></div>
        <div><dt>${msg('Due')}</dt><dd>${this.date(invoice.dueDate)}</dd></div>
        <div><dt>${msg('From')}</dt><dd>${config.firm.name}${config.firm.contact.address ? html`<br /><span class="text muted">${config.firm.contact.address}</span>` : nothing}</dd></div>
        ${company
          ? html`<div>
              <dt>${msg('Billed to')}</dt>
              <dd>
                ${company.name}${company.address ? html`<br /><span class="text muted">${company.address}</span>` : nothing}
                ${company.taxId ? html`<br /><span class="muted">${msg(str`Tax ID ${company.taxId}`)}</span>` : nothing}
              </dd>
            </div>`
          : nothing}
      </dl>
    </section>`;
  }

  private taxGroups(invoice: Invoice): { label: string; amount: number }[] {
    const groups = new Map<string, number>();
    for (const line of invoice.lines)
      for (const tax of line.taxes) {
        const label = `${tax.name} ${formatPercent(tax.rate, this.activeLocale)}`;
        groups.set(label, (groups.get(label) ?? 0) + tax.amount);
      }
    const sum = [...groups.values()].reduce((a, b) => a + b, 0);
    // Only itemise when the lines add up to the invoice's tax total (no rounding surprises).
    if (!groups.size || sum !== invoice.taxTotal) return [{ label: msg('Tax'), amount: invoice.taxTotal }];
    return [...groups].map(([label, amount]) => ({ label, amount }));
  }

  private renderLines(invoice: Invoice): TemplateResult {
    const c = invoice.currency;
    const number = new Intl.NumberFormat(resolveLocale(this.activeLocale), { maximumFractionDigits: 3 });
    const discounts = invoice.lines.some((line) => line.discount);
    return html`<section class="card card-body" aria-labelledby="items-title">
      <h2 id="items-title">${msg('Items')}</h2>
      <div class="table-wrap">
        <table class="data lines" part="lines">
          <thead>
            <tr>
              <th scope="col">${msg('Description')}</th>
              <th scope="col" class="num wide">${msg('Qty')}</th>
              <th scope="col" class="money wide">${msg('Unit price')}</th>
              ${discounts ? html`<th scope="col" class="money wide">${msg('Discount')}</th>` : nothing}
              <th scope="col" class="wide">${msg('Tax')}</th>
              <th scope="col" class="money">${msg('Amount')}</th>
            </tr>
          </thead>
          <tbody>
            ${invoice.lines.map((line) => {
              const taxes = line.taxes.map((t) => `${t.name} ${formatPercent(t.rate, this.activeLocale)}`).join(', ');
              return html`<tr>
                <td>
                  <span class="text">${line.description}</span>
                  <span class="line-meta narrow">
                    ${number.format(line.quantity)} × ${this.money(line.unitPrice, c)}${line.discount ? html` · ${msg(str`${this.money(line.discount, c)} off`)}` : nothing}${taxes
                      ? html` · ${taxes}`
                      : nothing}
                  </span>
                </td>
                <td class="num wide">${number.format(line.quantity)}</td>
                <td class="money wide">${this.money(line.unitPrice, c)}</td>
                ${discounts ? html`<td class="money wide">${line.discount ? `−${this.money(line.discount, c)}` : '—'}</td>` : nothing}
                <td class="wide">${taxes || '—'}</td>
                <td class="money">${this.money(line.amount, c)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this.renderTotals(invoice)}
    </section>`;
  }

  private renderTotals(invoice: Invoice): TemplateResult {
    const c = invoice.currency;
    const row = (label: string, amount: string, cls = '') => html`<div class=${cls}><dt>${label}</dt><dd class="money">${amount}</dd></div>`;
    return html`<dl class="totals" part="totals">
      ${invoice.discountTotal > 0
        ? html`${row(msg('Before discounts'), this.money(invoice.subtotal + invoice.discountTotal, c))}
          ${row(msg('Discounts'), `−${this.money(invoice.discountTotal, c)}`)}`
        : nothing}
      ${row(msg('Subtotal'), this.money(invoice.subtotal, c))}
      ${this.taxGroups(invoice).map((tax) => row(tax.label, this.money(tax.amount, c)))}
      ${row(msg('Total'), this.money(invoice.total, c), 'strong')}
      ${invoice.amountPaid > 0 ? row(msg('Amount paid'), `−${this.money(invoice.amountPaid, c)}`) : nothing}
      ${row(msg('Amount due'), this.money(invoice.amountDue, c), 'strong due')}
    </dl>`;
  }

  private paymentStatus(payment: Payment): TemplateResult | typeof nothing {
    if (payment.status === 'pending') return badge(msg('Processing'), 'warning');
    if (payment.status === 'failed') return badge(msg('Failed'), 'danger');
    return nothing;
  }

  private renderPayments(invoice: Invoice): TemplateResult {
    return html`<section class="card card-body" aria-labelledby="payments-title" part="payments">
      <h2 id="payments-title">${msg('Payments')}</h2>
      ${invoice.payments.length
        ? html`<div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">${msg('Date')}</th>
                  <th scope="col">${msg('Method')}</th>
                  <th scope="col" class="wide">${msg('Reference')}</th>
                  <th scope="col" class="money">${msg('Amount')}</th>
                </tr>
              </thead>
              <tbody>
                ${invoice.payments.map(
                  (payment) => html`<tr>
                    <td><time datetime=${payment.paidAt}>${formatDate(payment.paidAt, this.activeLocale)}</time></td>
                    <td>
                      ${payment.method} ${this.paymentStatus(payment)}
                      ${payment.reference ? html`<span class="line-meta narrow">${payment.reference}</span>` : nothing}
                    </td>
                    <td class="wide">${payment.reference ?? '—'}</td>
                    <td class="money">${this.money(payment.amount, payment.currency)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">${msg('No payments yet. Payments you make will be listed here.')}</p>`}
    </section>`;
  }

  private eventLabel(event: DocumentEvent): string {
    switch (event.type) {
      case 'sent':
        return msg('Invoice sent');
      case 'viewed':
        return msg('Viewed');
      case 'reminder_sent':
        return msg('Reminder sent');
      case 'partially_paid':
        return msg('Part payment received');
      case 'paid':
        return msg('Paid in full');
      case 'canceled':
        return msg('Canceled');
      case 'revised':
        return msg('Revised');
      default:
        return event.type.replace(/_/g, ' ');
    }
  }

  private renderHistory(invoice: Invoice): TemplateResult {
    const events = [...invoice.history].sort((a, b) => b.at.localeCompare(a.at));
    return html`<section class="card card-body" aria-labelledby="history-title" part="history">
      <h2 id="history-title">${msg('History')}</h2>
      <ol class="timeline">
        ${events.map(
          (event) => html`<li data-type=${event.type}>
            <span class="event">${this.eventLabel(event)}${event.by ? html` <span class="muted">· ${event.by}</span>` : nothing}</span>
            <time class="small muted" datetime=${event.at}>${formatDateTime(event.at, this.activeLocale)}</time>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  /** Shaped like the invoice: heading, the amount-due card with its button, the items. */
  private renderSkeleton(): TemplateResult {
    const bar = (width: string, height = '1em') => html`<span class="skeleton" ${setStyle({ width, height })}></span>`;
    return html`<h1 part="heading" tabindex="-1" class="visually-hidden">${msg('Invoice')}</h1>
      <div part="loading" role="status" aria-live="polite" aria-busy="true">
        <span class="visually-hidden">${msg('Loading the invoice…')}</span>
        <div aria-hidden="true">
          <div class="view-head">${bar('14rem', '1.75rem')}</div>
          <div class="layout">
            <div class="side">
              <div class="card summary">${bar('6rem')} ${bar('11rem', '2.75rem')} ${bar('8rem')} ${bar('100%', '3rem')} ${bar('100%', '2.5rem')}</div>
            </div>
            <div class="main">
              <div class="card card-body skeleton-lines">
                ${bar('5rem', '1.25rem')} ${[80, 65, 72].map((w) => html`<div class="skeleton-line">${bar(`${w}%`)} ${bar('4rem')}</div>`)}
              </div>
            </div>
          </div>
        </div>
      </div>`;
  }

  private renderInvoice(loaded: Loaded): TemplateResult {
    const { invoice } = loaded;
    return html`
      <div class="view-head">
        <div class="title">
          <h1 part="heading" tabindex="-1">${msg(str`Invoice ${invoice.number}`)}</h1>
          ${invoiceBadge(invoice)} ${updatedNotice(this.live.recentlyUpdated)}
        </div>
        ${invoice.subject ? html`<p class="muted subject">${invoice.subject}</p>` : nothing}
      </div>
      ${this.outcomeDismissed ? nothing : paymentOutcomeView(this.paymentResult, () => (this.outcomeDismissed = true))}
      <div class="layout">
        <div class="side">${this.renderSummary(loaded)} ${this.renderDetails(loaded)}</div>
        <div class="main">
          ${this.renderLines(invoice)} ${this.renderPayments(invoice)}
          ${invoice.notes || invoice.terms
            ? html`<section class="card card-body notes" aria-labelledby="notes-title">
                <h2 id="notes-title">${msg('Notes and terms')}</h2>
                ${invoice.notes ? html`<p class="text">${invoice.notes}</p>` : nothing}
                ${invoice.terms ? html`<h3>${msg('Terms')}</h3><p class="text muted">${invoice.terms}</p>` : nothing}
              </section>`
            : nothing}
          ${this.renderHistory(invoice)}
          <portico-comments class="card card-body no-print" record-type="invoice" record-id=${invoice.id}></portico-comments>
        </div>
      </div>
    `;
  }

  override render() {
    return html`
      <nav class="back no-print" aria-label=${msg('Breadcrumb')}>
        <a href=${this.href('/invoices')} @click=${(e: MouseEvent) => this.navigate('/invoices', { event: e })}>${icons.back()} ${msg('All invoices')}</a>
      </nav>
      ${this.loader.render({
        loading: () => this.renderSkeleton(),
        error: (error) => html`<h1 part="heading" tabindex="-1">${msg('Invoice')}</h1>
          ${errorView(error, this.loader.retry)}`,
        empty: () => html`<h1 part="heading" tabindex="-1">${msg('Invoice')}</h1>
          ${emptyView(
            msg('We could not find this invoice'),
            msg('It may have been canceled or replaced. Your other invoices are all in the list.'),
            html`<a class="btn" href=${this.href('/invoices')} @click=${(e: MouseEvent) => this.navigate('/invoices', { event: e })}>${msg('See all invoices')}</a>`,
          )}`,
        ready: (loaded) => this.renderInvoice(loaded!),
      })}
    `;
  }
}
