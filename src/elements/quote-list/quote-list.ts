import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { loadAllPages } from '../../internal/pages.js';
import { Loader } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { recordPath } from '../../internal/routes.js';
import { contractBadge, quoteBadge } from '../../internal/status.js';
import { emptyView, errorView, loadingView, updatedNotice } from '../../internal/views.js';
import type { PortalAdapter } from '../../sdk/adapter.js';
import type { ContractSummary, QuoteSummary } from '../../sdk/schemas.js';
import { daysBetween, formatDate, formatMoney, today } from '../../sdk/format.js';
import { styles } from './quote-list.styles.js';

type Kind = 'quote' | 'contract';
type QuoteFilter = QuoteSummary['status'] | 'all';
type ContractFilter = ContractSummary['status'] | 'all';

const QUOTE_FILTERS: readonly QuoteFilter[] = ['pending', 'accepted', 'declined', 'expired', 'all'];
const CONTRACT_FILTERS: readonly ContractFilter[] = ['pending', 'signed', 'expired', 'all'];
/** "Expires in 3 days" is a warning from this many days on. */
const SOON_DAYS = 7;

type Loaded = { kind: 'quote'; items: QuoteSummary[] } | { kind: 'contract'; items: ContractSummary[] };

/**
 * The client's quotes by status — Pending, Accepted, Declined, Expired, All — with amount, date and
 * expiry, each linking to the quote. With `kind="contract"` it lists contracts instead (Awaiting
 * signature, Signed, Expired). Updates live when the firm sends or revises one.
 *
 * @summary Quotes (or contracts) by status.
 * @tag portico-quote-list
 *
 * @event portico-navigate - A quote was opened (`/quotes/:id`, `/contracts/:id`) or the status filter changed (`replace: true`).
 * @event portico-unauthorized - The session ended while loading.
 *
 * @csspart heading - The view's heading.
 * @csspart filters - The status filter.
 * @csspart item - One quote or contract.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - The current filter's underline.
 */
@localized()
export class PorticoQuoteList extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** `quote` (default) lists quotes; `contract` lists contracts. */
  @property({ reflect: true }) kind: Kind = 'quote';

  /**
   * Which to show. Quotes: `pending` (default), `accepted`, `declined`, `expired`, `all`.
   * Contracts: `pending` (default, awaiting signature), `signed`, `expired`, `all`.
   */
  @property() status?: string;

  private loader = new Loader<Loaded, readonly [PortalAdapter, Kind]>(this, {
    args: () => (this.backend ? ([this.backend, this.kind === 'contract' ? 'contract' : 'quote'] as const) : undefined),
    load: async ([adapter, kind], signal): Promise<Loaded> =>
      kind === 'contract'
        ? { kind, items: await loadAllPages((cursor) => adapter.listContracts({ cursor, limit: 100 }, { signal })) }
        : { kind, items: await loadAllPages((cursor) => adapter.listQuotes({ cursor, limit: 100 }, { signal })) },
    isEmpty: (value) => value.items.length === 0,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => change.record.type === (this.kind === 'contract' ? 'contract' : 'quote'),
    onChange: () => this.loader.reload({ silent: true }),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private get isContract(): boolean {
    return this.kind === 'contract';
  }

  private get filter(): string {
    const filters: readonly string[] = this.isContract ? CONTRACT_FILTERS : QUOTE_FILTERS;
    return this.status && filters.includes(this.status) ? this.status : 'pending';
  }

  private filterPath(filter: string): string {
    const base = this.isContract ? '/contracts' : '/quotes';
    return filter === 'pending' ? base : `${base}?status=${filter}`;
  }

  private filterLabel(filter: string): string {
    switch (filter) {
      case 'pending':
        return this.isContract ? msg('To sign') : msg('Pending');
      case 'accepted':
        return msg('Accepted');
      case 'declined':
        return msg('Declined');
      case 'expired':
        return msg('Expired');
      case 'signed':
        return msg('Signed');
      default:
        return msg('All');
    }
  }

  private selectFilter(event: MouseEvent, filter: string) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.status = filter;
    this.navigate(this.filterPath(filter), { replace: true });
  }

  private renderFilters(items: readonly { status: string }[]): TemplateResult {
    const filters: readonly string[] = this.isContract ? CONTRACT_FILTERS : QUOTE_FILTERS;
    const current = this.filter;
    return html`<nav class="filters" part="filters" aria-label=${this.isContract ? msg('Filter contracts by status') : msg('Filter quotes by status')}>
      ${filters.map((filter) => {
        const count = filter === 'all' ? items.length : items.filter((item) => item.status === filter).length;
        const path = this.filterPath(filter);
        return html`<a href=${this.href(path)} aria-current=${filter === current ? 'page' : nothing} @click=${(e: MouseEvent) => this.selectFilter(e, filter)}>
          ${this.filterLabel(filter)} <span class="count">${count}</span>
        </a>`;
      })}
    </nav>`;
  }

  private expiryText(status: string, expiryDate: string): TemplateResult {
    const locale = this.activeLocale;
    if (status === 'expired') return html`<span>${msg(str`Expired ${formatDate(expiryDate, locale)}`)}</span>`;
    if (status !== 'pending') return html`<span>${msg(str`Valid until ${formatDate(expiryDate, locale)}`)}</span>`;
    const days = daysBetween(today(), expiryDate);
    if (days >= 0 && days <= SOON_DAYS) {
      const soon = days === 0 ? msg('Expires today') : days === 1 ? msg('Expires tomorrow') : msg(str`Expires in ${days} days`);
      return html`<span data-tone="warning">${soon}</span>`;
    }
    return html`<span>${msg(str`Expires ${formatDate(expiryDate, locale)}`)}</span>`;
  }

  private link(path: string, content: TemplateResult): TemplateResult {
    return html`<a class="item" part="item" href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${content}</a>`;
  }

  private renderQuote(quote: QuoteSummary): TemplateResult {
    const path = recordPath({ type: 'quote', id: quote.id })!;
    return html`<li>
      ${this.link(
        path,
        html`<span class="title"><span class="number">${quote.number}</span>${quote.title || quote.number}</span>
          <span class="meta">
            <span>${msg(str`Issued ${formatDate(quote.issueDate, this.activeLocale)}`)}</span>
            ${this.expiryText(quote.status, quote.expiryDate)}
            ${quote.currentVersion > 1 ? html`<span>${msg(str`Version ${quote.currentVersion}`)}</span>` : nothing}
          </span>
          ${quoteBadge(quote.status)}
          <span class="amount money">${formatMoney(quote.total, quote.currency, this.activeLocale)}</span>`,
      )}
    </li>`;
  }

  private renderContract(contract: ContractSummary): TemplateResult {
    const path = recordPath({ type: 'contract', id: contract.id })!;
    return html`<li>
      ${this.link(
        path,
        html`<span class="title"><span class="number">${contract.number}</span>${contract.title}</span>
          <span class="meta">
            <span>${msg(str`Issued ${formatDate(contract.issueDate, this.activeLocale)}`)}</span>
            ${contract.expiryDate && contract.status !== 'signed' ? this.expiryText(contract.status, contract.expiryDate) : nothing}
          </span>
          ${contractBadge(contract.status)}
          <span class="amount"></span>`,
      )}
    </li>`;
  }

  private renderNone(): TemplateResult {
    const filter = this.filter;
    const text = this.isContract
      ? filter === 'pending'
        ? msg('Nothing is waiting for your signature.')
        : filter === 'signed'
          ? msg('No signed contracts.')
          : msg('No expired contracts.')
      : filter === 'pending'
        ? msg('No quotes are waiting for your decision.')
        : filter === 'accepted'
          ? msg('No accepted quotes.')
          : filter === 'declined'
            ? msg('No declined quotes.')
            : msg('No expired quotes.');
    const all = this.filterPath('all');
    return html`<div class="none" role="status">
      <p>${text}</p>
      <p><a href=${this.href(all)} @click=${(e: MouseEvent) => this.selectFilter(e, 'all')}>${this.isContract ? msg('Show all contracts') : msg('Show all quotes')}</a></p>
    </div>`;
  }

  private renderReady(value: Loaded): TemplateResult {
    const filter = this.filter;
    const shown = value.items.filter((item) => filter === 'all' || item.status === filter);
    return html`${this.renderFilters(value.items)}
    ${shown.length
      ? html`<ul aria-label=${this.filterLabel(filter)}>
          ${value.kind === 'contract'
            ? (shown as ContractSummary[]).map((contract) => this.renderContract(contract))
            : (shown as QuoteSummary[]).map((quote) => this.renderQuote(quote))}
        </ul>`
      : this.renderNone()}`;
  }

  override render() {
    const firm = this.knownConfig?.firm.name ?? msg('your provider');
    return html`
      <div class="header">
        <h1 part="heading" tabindex="-1">${this.isContract ? msg('Contracts') : msg('Quotes')}</h1>
        ${updatedNotice(this.live.recentlyUpdated)}
      </div>
      ${this.loader.render({
        loading: () => loadingView({ rows: 4, shape: 'cards' }),
        error: (error) => errorView(error, this.loader.retry),
        empty: () =>
          this.isContract
            ? emptyView(msg('No contracts yet'), msg(str`Agreements from ${firm} will appear here for you to read and sign.`))
            : emptyView(msg('No quotes yet'), msg(str`When ${firm} sends you a quote, it appears here for you to review and accept.`)),
        ready: (value) => this.renderReady(value),
      })}
    `;
  }
}
