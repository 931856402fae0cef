import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { setStyle } from '../../internal/set-style.js';
import { Loader, toPortalError } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { absoluteUrl, PaymentController, paymentOutcomeView, paymentStageView, paymentOutcomeStyles } from '../../internal/payment.js';
import { recordPath } from '../../internal/routes.js';
import { daysOverdue, invoiceBadge } from '../../internal/status.js';
import { icons } from '../../internal/icons.js';
import { actionError, emptyView, errorView, spinner, updatedNotice } from '../../internal/views.js';
import type { PortalAdapter } from '../../sdk/adapter.js';
import { isAbortError, type PortalError } from '../../sdk/errors.js';
import { formatDate, formatMoney, resolveLocale, totalsByCurrency } from '../../sdk/format.js';
import type { InvoiceStatus, InvoiceSummary, PortalConfig } from '../../sdk/schemas.js';
import { VirtualWindow } from './virtual-window.js';
import { styles } from './invoice-list.styles.js';

/** The status tabs, in order. */
export const INVOICE_TABS = ['to_pay', 'paid', 'canceled', 'all'] as const;
export type InvoiceTab = (typeof INVOICE_TABS)[number];

const TAB_STATUSES: Record<InvoiceTab, InvoiceStatus[] | undefined> = {
  to_pay: ['open', 'overdue', 'partially_paid'],
  paid: ['paid'],
  canceled: ['canceled'],
  all: undefined,
};

/** The sort orders offered, as the adapter's `sort` values. */
export const INVOICE_SORTS = ['-issueDate', 'issueDate', 'dueDate', '-total', 'total', 'status'] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];

/** The adapter pages at most this many per call. */
const MAX_PAGE = 500;
/** Rows are this tall (rem): a fixed height is what makes windowing exact. */
const ROW_REM = { table: 3.75, cards: 7.5 } as const;
/** Below this width (rem) the list shows cards instead of a table. */
const CARDS_BELOW_REM = 48;
const SEARCH_DEBOUNCE_MS = 300;

interface Dues {
  /** Unpaid invoices, soonest due first. */
  invoices: InvoiceSummary[];
  /** Every unpaid invoice is in `invoices`. */
  complete: boolean;
  config?: PortalConfig;
}

/**
 * The client's invoices: status tabs (To pay, Paid, Canceled, All), search by number or
 * description, sort by date, due date, amount or status, overdue invoices marked with how late they
 * are, and the amount due per currency with "Pay all overdue". Long histories stay fast: pages of
 * invoices load through the adapter as the client scrolls, and only the rows near the viewport are
 * in the DOM. A table on wide screens, cards on phones.
 *
 * @summary The client's invoices, with status tabs, search, sort and "Pay all overdue".
 * @tag portico-invoice-list
 *
 * @event portico-navigate - An invoice was opened (`/invoices/INV-1042`), or the tab, search or sort changed (`/invoices?status=paid&q=…&sort=…`, with `replace: true`) so the portal can keep the URL in step.
 * @event portico-pay - "Pay all overdue" started a payment; cancelable, `detail.intent` holds the redirect URL or client secret. Call `preventDefault()` to handle it yourself.
 * @event portico-unauthorized - The session ended while loading or paying.
 *
 * @csspart heading - The view's heading.
 * @csspart summary - The amount due per currency, with "Pay all overdue".
 * @csspart tabs - The status tabs.
 * @csspart tab - One status tab.
 * @csspart search - The search field.
 * @csspart sort - The sort select.
 * @csspart table - The invoice table (wide layout) or card list (phone layout).
 * @csspart row - One invoice (a table row or a card).
 * @csspart payment-outcome - The message after returning from checkout.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart action-error - A failed payment's message.
 *
 * @cssproperty --portico-color-primary - Brand colour: the selected tab, buttons.
 * @cssproperty --portico-color-danger - Overdue invoices.
 * @cssproperty --portico-color-border - Row separators.
 * @cssproperty --portico-sticky-top - Height of a fixed bar of the host page above the portal, so the table header sticks below it (default 0px).
 */
@localized()
export class PorticoInvoiceList extends PorticoElement {
  static override styles = [PorticoElement.styles, paymentOutcomeStyles, styles];

  /** Which invoices: `to_pay` (open, overdue, partially paid; the default), `paid`, `canceled` or `all`. */
  @property() status: string = 'to_pay';

  /** Search text: matches the invoice number and description. */
  @property() q = '';

  /** Sort order: `-issueDate` (newest first), `issueDate`, `dueDate`, `-total`, `total` or `status`. Empty: due date for To pay, newest first otherwise. */
  @property() sort = '';

  /** Invoices per page loaded through the adapter (more load as the client scrolls). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;

  /** `success` or `cancel` after returning from checkout ("Pay all overdue"): shows the outcome. */
  @property({ attribute: 'payment-result' }) paymentResult?: string;

  @state() private rows: InvoiceSummary[] = [];
  @state() private cursor: string | null = null;
  @state() private total?: number;
  @state() private moreError?: PortalError;
  @state() private search = '';
  @state() private dues?: Dues;
  @state() private layout: 'table' | 'cards' = 'table';
  @state() private outcomeDismissed = false;

  #rem = 16;
  #searchTimer?: ReturnType<typeof setTimeout>;
  #more?: AbortController;
  #dues?: AbortController;
  #duesAdapter?: PortalAdapter;
  #reloadTarget = 0;
  #focusIndex = -1;
  #resize = new ResizeObserver(() => this.requestUpdate());

  private loader = new Loader(this, {
    args: () => (this.backend ? ([this.backend, this.tab, this.q.trim(), this.sortKey, Math.min(Math.max(1, this.pageSize), MAX_PAGE)] as const) : undefined),
    load: async ([adapter, tab, q, sort, pageSize], signal) => {
      this.#more?.abort();
      const wanted = Math.max(pageSize, this.#reloadTarget);
      this.#reloadTarget = 0;
      const query = { status: TAB_STATUSES[tab], q: q || undefined, sort };
      const first = adapter.listInvoices({ ...query, limit: Math.min(wanted, MAX_PAGE) }, { signal });
      // The summary above the list loads alongside the first page, so nothing shifts when it arrives.
      const dues = this.#duesAdapter !== adapter ? this.#loadDues(adapter) : undefined;
      let page = await first;
      const items = [...page.items];
      while (items.length < wanted && page.nextCursor) {
        signal.throwIfAborted();
        page = await adapter.listInvoices({ ...query, cursor: page.nextCursor, limit: Math.min(wanted - items.length, MAX_PAGE) }, { signal });
        items.push(...page.items);
      }
      await dues;
      signal.throwIfAborted();
      this.rows = items;
      this.cursor = page.nextCursor;
      this.total = page.total;
      this.moreError = undefined;
      return { items, nextCursor: page.nextCursor, total: page.total };
    },
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => change.record.type === 'invoice',
    onChange: async () => {
      // Reload what is on screen; rows further down load again when scrolled to.
      this.#reloadTarget = Math.min(this.rows.length, this.window.end + this.pageSize);
      await Promise.all([this.loader.reload({ silent: true }), this.backend && this.#loadDues(this.backend)]);
    },
  });

  private window = new VirtualWindow(this, {
    target: () => this.renderRoot?.querySelector('[data-rows]'),
    count: () => this.rowCount,
    rowHeight: () => this.rowHeight,
  });

  private payment = new PaymentController(this, {
    adapter: () => this.backend,
    redirect: (url) => this.redirect(url),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  /** Sends the browser to hosted checkout. Override to observe it (tests) or to open it elsewhere. */
  protected redirect(url: string): void {
    location.assign(url);
  }

  private get tab(): InvoiceTab {
    return (INVOICE_TABS as readonly string[]).includes(this.status) ? (this.status as InvoiceTab) : 'to_pay';
  }

  private get sortKey(): InvoiceSort {
    if ((INVOICE_SORTS as readonly string[]).includes(this.sort)) return this.sort as InvoiceSort;
    return this.tab === 'to_pay' ? 'dueDate' : '-issueDate';
  }

  /** Rows the list is tall enough for: every invoice when the backend says how many, else the loaded ones plus one to load more. */
  private get rowCount(): number {
    if (this.loader.status !== 'ready') return 0;
    return Math.max(this.rows.length, this.total ?? this.rows.length + (this.cursor ? 1 : 0));
  }

  private get rowHeight(): number {
    return Math.round(ROW_REM[this.layout] * this.#rem);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    clearTimeout(this.#searchTimer);
    this.#more?.abort();
    this.#dues?.abort();
    this.#more = this.#dues = this.#duesAdapter = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('q') && this.q.trim() !== this.search.trim()) this.search = this.q;
    if (changed.has('paymentResult')) {
      this.outcomeDismissed = false;
      // Back from checkout while already showing: fetch what the payment changed.
      if (this.paymentResult && changed.get('paymentResult') !== undefined && this.backend) void this.loader.reload({ silent: true });
      if (this.paymentResult && this.backend && this.#duesAdapter) void this.#loadDues(this.backend);
    }
    this.#rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const width = this.getBoundingClientRect().width;
    this.layout = width > 0 && width < CARDS_BELOW_REM * this.#rem ? 'cards' : 'table';
  }

  protected override updated(): void {
    // Load the next page before the window reaches the end of what is loaded.
    const needed = this.window.end + Math.floor(this.pageSize / 2);
    if (this.loader.status === 'ready' && this.cursor && !this.moreError && !this.#more && needed > this.rows.length) void this.#loadMore(needed);
  }

  async #loadMore(upTo: number) {
    const adapter = this.backend;
    if (!adapter || !this.cursor) return;
    const controller = new AbortController();
    this.#more = controller;
    try {
      const limit = Math.min(MAX_PAGE, Math.max(this.pageSize, upTo - this.rows.length));
      const page = await adapter.listInvoices(
        { status: TAB_STATUSES[this.tab], q: this.q.trim() || undefined, sort: this.sortKey, cursor: this.cursor, limit },
        { signal: controller.signal },
      );
      controller.signal.throwIfAborted();
      this.rows = this.rows.concat(page.items);
      this.cursor = page.nextCursor;
      if (page.total !== undefined) this.total = page.total;
    } catch (error) {
      if (!isAbortError(error) && !controller.signal.aborted) this.moreError = toPortalError(error);
    } finally {
      if (this.#more === controller) {
        this.#more = undefined;
        // Chain to the next page if the window is still ahead of what is loaded.
        this.requestUpdate();
      }
    }
  }

  private retryMore = () => {
    this.moreError = undefined;
  };

  /** The unpaid invoices behind "Total to pay" and "Pay all overdue". Never rejects: without them the list still works. */
  async #loadDues(adapter: PortalAdapter): Promise<void> {
    this.#dues?.abort();
    const controller = new AbortController();
    this.#dues = controller;
    this.#duesAdapter = adapter;
    const { signal } = controller;
    try {
      const [page, config] = await Promise.all([
        adapter.listInvoices({ status: TAB_STATUSES.to_pay, sort: 'dueDate', limit: MAX_PAGE }, { signal }),
        this.resolveConfig(adapter, signal).catch(() => undefined),
      ]);
      signal.throwIfAborted();
      this.dues = { invoices: page.items, complete: page.nextCursor === null, config };
    } catch (error) {
      if (!signal.aborted && !isAbortError(error)) this.dues = undefined;
    }
  }

  // --- Filters, search, sort ------------------------------------------------------------------

  #path(): string {
    const params = new URLSearchParams();
    if (this.tab !== 'to_pay') params.set('status', this.tab);
    if (this.q.trim()) params.set('q', this.q.trim());
    if ((INVOICE_SORTS as readonly string[]).includes(this.sort)) params.set('sort', this.sort);
    const query = params.toString();
    return query ? `/invoices?${query}` : '/invoices';
  }

  /** Applies a filter change here and asks the portal to put it in the URL. */
  #apply(change: { status?: InvoiceTab; q?: string; sort?: string }) {
    if (change.status !== undefined) this.status = change.status;
    if (change.q !== undefined) this.q = change.q;
    if (change.sort !== undefined) this.sort = change.sort;
    this.navigate(this.#path(), { replace: true });
  }

  private selectTab(tab: InvoiceTab, focus = false) {
    if (tab !== this.tab) this.#apply({ status: tab });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  private onTabKeydown = (event: KeyboardEvent) => {
    const index = INVOICE_TABS.indexOf(this.tab);
    const last = INVOICE_TABS.length - 1;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next: Record<string, number> = {
      ArrowRight: rtl ? index - 1 : index + 1,
      ArrowLeft: rtl ? index + 1 : index - 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    const target = (next[event.key] + INVOICE_TABS.length) % INVOICE_TABS.length;
    this.selectTab(INVOICE_TABS[target], true);
  };

  private onSearchInput = (event: InputEvent) => {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.commitSearch(), SEARCH_DEBOUNCE_MS);
  };

  private commitSearch = () => {
    clearTimeout(this.#searchTimer);
    if (this.search.trim() !== this.q.trim()) this.#apply({ q: this.search.trim() });
  };

  private onSearchKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitSearch();
    }
  };

  private clearSearch = () => {
    this.search = '';
    this.commitSearch();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  };

  private onSortChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    const byDefault = this.tab === 'to_pay' ? 'dueDate' : '-issueDate';
    this.#apply({ sort: value === byDefault ? '' : value });
  };

  // --- Keyboard in the rows ---------------------------------------------------------------------

  private onRowsKeydown = (event: KeyboardEvent) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(innerHeight / this.rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: this.rows.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    void this.focusRow(Math.max(0, Math.min(this.rows.length - 1, moves[event.key])));
  };

  private async focusRow(index: number) {
    this.#focusIndex = index;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] a`)?.focus();
  }

  private onRowsFocusIn = (event: FocusEvent) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (row) this.#focusIndex = Number(row.dataset.index);
  };

  private onRowsFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Element).contains(next)) this.#focusIndex = -1;
  };

  // --- Paying -----------------------------------------------------------------------------------

  private payOverdue(currency: string, invoices: InvoiceSummary[]) {
    void this.payment.pay({
      invoiceIds: invoices.map((invoice) => invoice.id),
      currency,
      returnUrl: absoluteUrl(this.href(this.#path())),
    });
  }

  // --- Rendering --------------------------------------------------------------------------------

  private get firmName(): string {
    return this.knownConfig?.firm.name ?? this.dues?.config?.firm.name ?? msg('your provider');
  }

  private money(minor: number, currency: string): string {
    return formatMoney(minor, currency, this.activeLocale);
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const dues = this.dues;
    if (!dues?.complete || !dues.invoices.length) return nothing;
    const totals = totalsByCurrency(dues.invoices, (i) => i.amountDue, (i) => i.currency);
    const overdue = dues.invoices.filter((invoice) => daysOverdue(invoice) > 0);
    const groups = totalsByCurrency(overdue, (i) => i.amountDue, (i) => i.currency).map((t) => ({ ...t, invoices: overdue.filter((i) => i.currency === t.currency) }));
    const payable = groups.filter((group) => group.invoices.length > 1);
    const config = this.knownConfig ?? dues.config;
    const canPay = !!config?.permissions.payments;
    const blocked = this.writesBlocked;
    return html`<section class="summary card" part="summary" aria-labelledby="summary-title">
      <div class="summary-totals">
        <h2 id="summary-title" class="label">${msg('Total to pay')}</h2>
        <p class="summary-amounts">
          ${totals.map((t) => html`<span class="money">${this.money(t.amount, t.currency)}</span>`)}
        </p>
        <p class="small muted">
          ${dues.invoices.length === 1 ? msg('1 invoice') : msg(str`${dues.invoices.length} invoices`)}${overdue.length
            ? html` · <span class="overdue-count">${overdue.length === 1 ? msg('1 overdue') : msg(str`${overdue.length} overdue`)}</span>`
            : nothing}
        </p>
      </div>
      ${canPay && payable.length
        ? html`<div class="summary-actions">
            ${payable.map(
              (group) => html`<button
                class="btn primary"
                type="button"
                ?disabled=${blocked}
                aria-busy=${this.payment.pending}
                aria-describedby=${blocked ? 'pay-all-blocked' : nothing}
                @click=${() => this.payOverdue(group.currency, group.invoices)}
              >
                ${this.payment.pending ? spinner() : nothing}
                ${msg(str`Pay all ${group.invoices.length} overdue · ${this.money(group.amount, group.currency)}`)}
              </button>`,
            )}
            ${blocked ? html`<p id="pay-all-blocked" class="hint">${msg('This is a read-only preview: paying is turned off.')}</p>` : nothing}
            ${paymentStageView(this.payment.stage)} ${actionError(this.payment.error)}
          </div>`
        : nothing}
    </section>`;
  }

  private renderTabs(): TemplateResult {
    const labels: Record<InvoiceTab, string> = { to_pay: msg('To pay'), paid: msg('Paid'), canceled: msg('Canceled'), all: msg('All') };
    return html`<div class="tabs" role="tablist" aria-label=${msg('Invoice status')} part="tabs" @keydown=${this.onTabKeydown}>
      ${INVOICE_TABS.map((tab) => {
        const selected = tab === this.tab;
        return html`<button
          id="tab-${tab}"
          class="tab"
          part="tab"
          role="tab"
          type="button"
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${selected ? 0 : -1}
          @click=${() => this.selectTab(tab)}
        >
          ${labels[tab]}
        </button>`;
      })}
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const labels: Record<InvoiceSort, string> = {
      '-issueDate': msg('Newest first'),
      issueDate: msg('Oldest first'),
      dueDate: msg('Due date'),
      '-total': msg('Amount: highest first'),
      total: msg('Amount: lowest first'),
      status: msg('Status'),
    };
    return html`<div class="filters">
      <label class="search" part="search">
        <span class="visually-hidden">${msg('Search invoices')}</span>
        ${icons.search('icon search-icon')}
        <input
          type="search"
          .value=${live(this.search)}
          placeholder=${msg('Search by number or description')}
          autocomplete="off"
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
          @search=${this.commitSearch}
        />
      </label>
      <label class="sort" part="sort">
        <span class="label">${msg('Sort')}</span>
        <select @change=${this.onSortChange}>
          ${INVOICE_SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.sortKey}>${labels[sort]}</option>`)}
        </select>
      </label>
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const q = this.q.trim();
    if (q) {
      return emptyView(
        msg(str`No invoices match “${q}”`),
        msg('Try another invoice number or word, or clear the search.'),
        html`<button class="btn" type="button" @click=${this.clearSearch}>${msg('Clear search')}</button>`,
      );
    }
    const firm = this.firmName;
    switch (this.tab) {
      case 'paid':
        return emptyView(msg('No paid invoices yet'), msg('Invoices you have paid will be listed here.'));
      case 'canceled':
        return emptyView(msg('No canceled invoices'), msg(str`Invoices ${firm} cancels will be listed here.`));
      case 'all':
        return emptyView(msg('No invoices yet'), msg(str`Invoices from ${firm} will show up here as soon as they are sent.`));
      default:
        return emptyView(msg('Nothing to pay'), msg(str`You are all paid up. New invoices from ${firm} will show up here.`));
    }
  }

  /** The rows to render: the window, plus the focused row so focus is never lost while scrolling. */
  private visibleIndexes(): number[] {
    const { start, end } = this.window;
    const indexes: number[] = [];
    for (let i = start; i < end; i++) indexes.push(i);
    if (this.#focusIndex >= 0 && this.#focusIndex < this.rowCount && (this.#focusIndex < start || this.#focusIndex >= end)) indexes.push(this.#focusIndex);
    return indexes;
  }

  private invoiceLink(invoice: InvoiceSummary): TemplateResult {
    const path = recordPath({ type: 'invoice', id: invoice.number })!;
    return html`<a class="number" href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${invoice.number}</a>`;
  }

  private renderPlaceholder(index: number, cells: boolean): TemplateResult {
    const firstMissing = index === this.rows.length;
    const content =
      this.moreError && firstMissing
        ? html`<span class="more-error" role="alert">
            ${this.moreError.message}
            <button class="btn" type="button" @click=${this.retryMore}>${icons.refresh()} ${msg('Try again')}</button>
          </span>`
        : html`<span class="visually-hidden">${msg('Loading…')}</span><span class="skeleton" aria-hidden="true"></span>`;
    return cells ? html`<span role="cell" class="placeholder-cell">${content}</span>` : content;
  }

  private renderTable(count: number): TemplateResult {
    const sortedBy = (field: string): 'ascending' | 'descending' | undefined =>
      this.sortKey.replace(/^-/, '') === field ? (this.sortKey.startsWith('-') ? 'descending' : 'ascending') : undefined;
    const height = this.rowHeight;
    const locale = this.activeLocale;
    return html`<div class="table" role="table" aria-label=${msg('Invoices')} aria-rowcount=${count + 1} part="table">
      <div role="rowgroup" class="thead">
        <div role="row" class="row head" aria-rowindex="1">
          <span role="columnheader">${msg('Number')}</span>
          <span role="columnheader" aria-sort=${sortedBy('issueDate') ?? nothing}>${msg('Issued')}</span>
          <span role="columnheader" aria-sort=${sortedBy('dueDate') ?? nothing}>${msg('Due')}</span>
          <span role="columnheader" class="money" aria-sort=${sortedBy('total') ?? nothing}>${msg('Total')}</span>
          <span role="columnheader" class="money">${msg('Amount due')}</span>
          <span role="columnheader" aria-sort=${sortedBy('status') ?? nothing}>${msg('Status')}</span>
        </div>
      </div>
      <div
        role="rowgroup"
        class="rows"
        data-rows
        ${setStyle({ height: `${count * height}px`, '--_row-height': `${height}px` })}
        @keydown=${this.onRowsKeydown}
        @focusin=${this.onRowsFocusIn}
        @focusout=${this.onRowsFocusOut}
      >
        ${repeat(
          this.visibleIndexes(),
          (i) => this.rows[i]?.id ?? `placeholder-${i}`,
          (i) => {
            const invoice = this.rows[i];
            const late = invoice ? daysOverdue(invoice) : 0;
            return html`<div
              role="row"
              class="row"
              part="row"
              aria-rowindex=${i + 2}
              data-index=${i}
              data-overdue=${late > 0 ? 'true' : nothing}
              ${setStyle({ transform: `translateY(${i * height}px)` })}
            >
              ${invoice
                ? html`<span role="cell" class="cell-number">
                      ${this.invoiceLink(invoice)}
                      ${invoice.subject ? html`<span class="subject">${invoice.subject}</span>` : nothing}
                    </span>
                    <span role="cell">${formatDate(invoice.issueDate, locale)}</span>
                    <span role="cell" class=${late ? 'late' : ''}>${formatDate(invoice.dueDate, locale)}</span>
                    <span role="cell" class="money">${this.money(invoice.total, invoice.currency)}</span>
                    <span role="cell" class="money due">${this.money(invoice.amountDue, invoice.currency)}</span>
                    <span role="cell">${invoiceBadge(invoice)}</span>`
                : this.renderPlaceholder(i, true)}
            </div>`;
          },
        )}
      </div>
    </div>`;
  }

  private renderCards(count: number): TemplateResult {
    const height = this.rowHeight;
    const locale = this.activeLocale;
    return html`<ul
      class="cards"
      aria-label=${msg('Invoices')}
      part="table"
      data-rows
      ${setStyle({ height: `${count * height}px`, '--_row-height': `${height}px` })}
      @keydown=${this.onRowsKeydown}
      @focusin=${this.onRowsFocusIn}
      @focusout=${this.onRowsFocusOut}
    >
      ${repeat(
        this.visibleIndexes(),
        (i) => this.rows[i]?.id ?? `placeholder-${i}`,
        (i) => {
          const invoice = this.rows[i];
          const late = invoice ? daysOverdue(invoice) : 0;
          return html`<li
            class="invoice-card"
            part="row"
            aria-setsize=${count}
            aria-posinset=${i + 1}
            data-index=${i}
            data-overdue=${late > 0 ? 'true' : nothing}
            ${setStyle({ transform: `translateY(${i * height}px)` })}
          >
            ${invoice
              ? html`<div class="card-top">${this.invoiceLink(invoice)} ${invoiceBadge(invoice)}</div>
                  <p class="subject">${invoice.subject ?? ''}</p>
                  <div class="card-bottom">
                    <span class="small ${late ? 'late' : 'muted'}">${msg(str`Due ${formatDate(invoice.dueDate, locale)}`)}</span>
                    ${invoice.status === 'paid' || invoice.status === 'canceled'
                      ? html`<span class="money total"><span class="visually-hidden">${msg('Total')}</span> ${this.money(invoice.total, invoice.currency)}</span>`
                      : html`<span class="money due"><span class="visually-hidden">${msg('Amount due')}</span> ${this.money(invoice.amountDue, invoice.currency)}</span>`}
                  </div>`
              : this.renderPlaceholder(i, false)}
          </li>`;
        },
      )}
    </ul>`;
  }

  /** Rows of the same height and columns as the real ones, so nothing jumps when they arrive. */
  private renderSkeleton(): TemplateResult {
    const bar = (width: string) => html`<span class="skeleton" ${setStyle({ width })}></span>`;
    const rows = Array.from({ length: 8 }, (_, i) => i);
    const style = setStyle({ '--_row-height': `${this.rowHeight}px` });
    return html`<div part="loading" role="status" aria-live="polite" aria-busy="true">
      <span class="visually-hidden">${msg('Loading invoices…')}</span>
      <p class="count small muted" aria-hidden="true">${bar('6rem')}</p>
      ${this.layout === 'cards'
        ? html`<div class="cards skeletons" aria-hidden="true" ${style}>
            ${rows.map(() => html`<div class="invoice-card">${bar('40%')} ${bar('60%')} ${bar('30%')}</div>`)}
          </div>`
        : html`<div class="table skeletons" aria-hidden="true" ${style}>
            <div class="row head">${['50%', '60%', '50%', '60%', '70%', '50%'].map(bar)}</div>
            ${rows.map(
              (i) => html`<div class="row">${[`${45 + (i % 3) * 10}%`, '70%', '70%', '60%', '60%', `${40 + (i % 2) * 20}%`].map(bar)}</div>`,
            )}
          </div>`}
    </div>`;
  }

  private renderList(): TemplateResult {
    const count = this.rowCount;
    const shown = this.total ?? this.rows.length;
    const counter = new Intl.NumberFormat(resolveLocale(this.activeLocale)).format(shown);
    return html`
      <p class="count small muted" role="status">${shown === 1 ? msg('1 invoice') : msg(str`${counter} invoices`)}</p>
      ${this.layout === 'cards' ? this.renderCards(count) : this.renderTable(count)}
    `;
  }

  override render() {
    return html`
      <div class="view-head">
        <h1 part="heading" tabindex="-1">${msg('Invoices')}</h1>
        ${updatedNotice(this.live.recentlyUpdated)}
      </div>
      ${this.outcomeDismissed ? nothing : paymentOutcomeView(this.paymentResult, () => (this.outcomeDismissed = true))}
      ${this.renderSummary()}
      <div class="toolbar">${this.renderTabs()} ${this.renderFilters()}</div>
      <div id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}" class="panel" data-layout=${this.layout}>
        ${this.loader.render({
          loading: () => this.renderSkeleton(),
          error: (error) => errorView(error, this.loader.retry),
          empty: () => this.renderEmpty(),
          ready: () => this.renderList(),
        })}
      </div>
    `;
  }
}
