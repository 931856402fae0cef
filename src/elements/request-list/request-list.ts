import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader, toPortalError } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { recordPath } from '../../internal/routes.js';
import { requestBadge } from '../../internal/status.js';
import { icons } from '../../internal/icons.js';
import { actionError, emptyView, errorView, loadingView, spinner, updatedNotice } from '../../internal/views.js';
import type { PortalError } from '../../sdk/errors.js';
import { formatDate, formatTime, today } from '../../sdk/format.js';
import type { PortalConfig, RequestStatus, RequestSummary } from '../../sdk/schemas.js';
import { styles } from './request-list.styles.js';

/** The list's filters: every request, or one status. */
export type RequestFilter = 'all' | RequestStatus;
const FILTERS: readonly RequestFilter[] = ['all', 'awaiting_client', 'open', 'closed'];

/**
 * The client's requests to the firm, newest activity first, with their status — open (with the
 * firm), awaiting your reply, closed — a filter by status, and the way to a new request. Each links
 * to its thread. Updates live when the firm replies.
 *
 * @summary The client's requests and tickets.
 * @tag portico-request-list
 *
 * @event portico-navigate - A request, a filter or "New request" was chosen (filters replace the history entry).
 * @event portico-unauthorized - The session ended while loading.
 *
 * @csspart heading - The view's heading.
 * @csspart filters - The status filter.
 * @csspart new - The "New request" link.
 * @csspart request - One request in the list.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart updated - The short "Updated" notice after a live update.
 *
 * @cssproperty --portico-color-primary - The "New request" button and the chosen filter.
 * @cssproperty --portico-color-warning - Requests awaiting the client's reply.
 */
@localized()
export class PorticoRequestList extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** Which requests: `all` (default), `awaiting_client`, `open` (with the firm) or `closed`. */
  @property() status: RequestFilter = 'all';

  /** Requests per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private more: RequestSummary[] = [];
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  @state() private moreError?: PortalError;

  private loader = new Loader(this, {
    args: () => (this.backend ? ([this.backend, this.filter, this.pageSize] as const) : undefined),
    load: async ([adapter, filter, limit], signal) => {
      const [page, config] = await Promise.all([
        adapter.listRequests({ status: filter === 'all' ? undefined : [filter], sort: '-updatedAt', limit }, { signal }),
        this.resolveConfig(adapter, signal),
      ]);
      this.more = [];
      this.cursor = page.nextCursor;
      this.moreError = undefined;
      return { page, config };
    },
    isEmpty: ({ page }) => page.items.length === 0,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => change.record.type === 'request',
    onChange: () => this.loader.reload({ silent: true }),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private get filter(): RequestFilter {
    return FILTERS.includes(this.status) ? this.status : 'all';
  }

  private filterLabel(filter: RequestFilter): string {
    switch (filter) {
      case 'awaiting_client':
        return msg('Awaiting your reply');
      case 'open':
        return msg('Open');
      case 'closed':
        return msg('Closed');
      default:
        return msg('All');
    }
  }

  private filterPath(filter: RequestFilter): string {
    return filter === 'all' ? '/requests' : `/requests?status=${filter}`;
  }

  private chooseFilter(filter: RequestFilter, event: MouseEvent) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.status = filter;
    this.navigate(this.filterPath(filter), { replace: true });
  }

  private async loadMore() {
    const adapter = this.backend;
    if (!adapter || !this.cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const filter = this.filter;
      const page = await adapter.listRequests({ status: filter === 'all' ? undefined : [filter], sort: '-updatedAt', limit: this.pageSize, cursor: this.cursor });
      this.more = [...this.more, ...page.items];
      this.cursor = page.nextCursor;
    } catch (error) {
      this.moreError = toPortalError(error);
    } finally {
      this.loadingMore = false;
    }
  }

  private get activeConfig(): PortalConfig | undefined {
    return this.loader.value?.config ?? this.knownConfig;
  }

  private when(timestamp: string): string {
    const day = today(new Date(timestamp));
    return day === today() ? formatTime(timestamp, this.activeLocale) : formatDate(day, this.activeLocale);
  }

  private newRequestLink(primary = true): TemplateResult | typeof nothing {
    if (this.activeConfig && !this.activeConfig.permissions.requests.create) return nothing;
    return html`<a
      class="btn ${primary ? 'primary' : ''}"
      part="new"
      href=${this.href('/requests/new')}
      @click=${(e: MouseEvent) => this.navigate('/requests/new', { event: e })}
      >${icons.plus()} ${msg('New request')}</a
    >`;
  }

  private renderRequest(request: RequestSummary, config: PortalConfig): TemplateResult {
    const path = recordPath({ type: 'request', id: request.id })!;
    const category = config.requestCategories.find((c) => c.id === request.category)?.label ?? request.category;
    return html`<li part="request" data-status=${request.status}>
      <a class="subject" href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${request.subject}</a>
      <span class="status">${requestBadge(request.status)}</span>
      <span class="meta">
        <span class="num">${request.number}</span>
        ${category ? html`<span aria-hidden="true">·</span> <span>${category}</span>` : nothing}
        <span aria-hidden="true">·</span>
        <span>${msg('Last activity')} <time datetime=${request.updatedAt}>${this.when(request.updatedAt)}</time></span>
      </span>
    </li>`;
  }

  private renderFilters(): TemplateResult {
    return html`<nav class="filters" part="filters" aria-label=${msg('Filter requests by status')}>
      ${FILTERS.map((filter) => {
        const path = this.filterPath(filter);
        return html`<a href=${this.href(path)} aria-current=${filter === this.filter ? 'page' : nothing} @click=${(e: MouseEvent) => this.chooseFilter(filter, e)}
          >${this.filterLabel(filter)}</a
        >`;
      })}
    </nav>`;
  }

  private renderEmpty(config: PortalConfig): TemplateResult {
    if (this.filter !== 'all') {
      const titles: Record<Exclude<RequestFilter, 'all'>, () => string> = {
        awaiting_client: () => msg('Nothing is waiting for your reply'),
        open: () => msg('No open requests'),
        closed: () => msg('No closed requests'),
      };
      return emptyView(
        titles[this.filter](),
        msg('Requests with this status will show up here.'),
        html`<a href=${this.href('/requests')} @click=${(e: MouseEvent) => this.chooseFilter('all', e)}>${msg('Show all requests')}</a>`,
      );
    }
    const link = this.newRequestLink();
    return emptyView(
      msg('No requests yet'),
      msg(str`Questions and requests you send to ${config.firm.name} will show up here, with their replies.`),
      link === nothing ? undefined : link,
    );
  }

  override render() {
    return html`
      <header>
        <h1 part="heading" tabindex="-1">${msg('Requests')}</h1>
        ${updatedNotice(this.live.recentlyUpdated)}
        <span class="spacer"></span>
        ${this.newRequestLink()}
      </header>
      ${this.renderFilters()}
      ${this.loader.render({
        loading: () => loadingView({ rows: 4 }),
        error: (error) => errorView(error, this.loader.retry),
        empty: ({ config }) => this.renderEmpty(config),
        ready: ({ page, config }) => html`
          <ul class="requests" aria-label=${msg(str`${this.filterLabel(this.filter)} requests`)}>
            ${[...page.items, ...this.more].map((request) => this.renderRequest(request, config))}
          </ul>
          ${this.cursor
            ? html`<div class="more">
                <button class="btn" type="button" aria-busy=${this.loadingMore} ?disabled=${this.loadingMore} @click=${this.loadMore}>
                  ${this.loadingMore ? spinner() : nothing} ${msg('Show more')}
                </button>
              </div>`
            : nothing}
          ${actionError(this.moreError)}
        `,
      })}
    `;
  }
}
