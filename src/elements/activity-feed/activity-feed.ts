import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader, toPortalError } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { recordPath } from '../../internal/routes.js';
import { icons } from '../../internal/icons.js';
import { actionError, emptyView, errorView, loadingView, spinner, updatedNotice } from '../../internal/views.js';
import type { PortalError } from '../../sdk/errors.js';
import type { ActivityEvent } from '../../sdk/schemas.js';
import { formatDate, formatRelativeDays, formatTime, daysBetween, today } from '../../sdk/format.js';
import { styles } from './activity-feed.styles.js';

const successTypes = new Set<ActivityEvent['type']>(['invoice_paid', 'quote_accepted', 'contract_signed', 'task_completed']);

function iconFor(type: ActivityEvent['type']) {
  if (successTypes.has(type)) return icons.check();
  if (type.startsWith('file')) return icons.file();
  if (type.startsWith('request') || type === 'comment_added') return icons.mail();
  if (type.startsWith('task')) return icons.clock();
  return icons.file();
}

/**
 * What happened, newest first, grouped by day: invoices sent and paid, quotes sent and accepted,
 * files shared, replies to requests — each with a link to the record. Updates live.
 *
 * @summary The client's activity feed.
 * @tag portico-activity-feed
 *
 * @event portico-navigate - A record link was followed; the portal shows the record.
 * @event portico-unauthorized - The session ended while loading.
 *
 * @csspart heading - The view's heading.
 * @csspart day - One day's group.
 * @csspart item - One event.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - Brand colour (event markers).
 * @cssproperty --portico-color-text-muted - Dates and times.
 */
@localized()
export class PorticoActivityFeed extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** Show only the latest N events with a link to the full feed (for dashboards). 0 shows the full feed with "Show more". */
  @property({ type: Number }) limit = 0;

  /** Events per page when loading more. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 30;

  @state() private more: ActivityEvent[] = [];
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  @state() private moreError?: PortalError;

  private loader = new Loader(this, {
    args: () => (this.backend ? ([this.backend, this.limit || this.pageSize] as const) : undefined),
    load: async ([adapter, limit], signal) => {
      const page = await adapter.listActivity({ limit }, { signal });
      this.more = [];
      this.cursor = page.nextCursor;
      return page;
    },
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    // Every change is news to the feed.
    matches: () => true,
    onChange: () => this.loader.reload({ silent: true }),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private async loadMore() {
    const adapter = this.backend;
    if (!adapter || !this.cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await adapter.listActivity({ limit: this.pageSize, cursor: this.cursor });
      this.more = [...this.more, ...page.items];
      this.cursor = page.nextCursor;
    } catch (error) {
      this.moreError = toPortalError(error);
    } finally {
      this.loadingMore = false;
    }
  }

  private dayLabel(day: string): string {
    const diff = daysBetween(today(), day);
    return diff === 0 || diff === -1 ? formatRelativeDays(diff, this.activeLocale) : formatDate(day, this.activeLocale, 'long');
  }

  private renderItem(event: ActivityEvent): TemplateResult {
    const path = event.record ? recordPath(event.record) : undefined;
    return html`<li part="item">
      <span class="dot" data-tone=${successTypes.has(event.type) ? 'success' : 'neutral'}>${iconFor(event.type)}</span>
      <div class="summary">
        ${path
          ? html`<a href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${event.summary}</a>`
          : html`<span>${event.summary}</span>`}
      </div>
      <time datetime=${event.at}>${formatTime(event.at, this.activeLocale)}</time>
    </li>`;
  }

  private renderEvents(events: ActivityEvent[]): TemplateResult {
    const days = new Map<string, ActivityEvent[]>();
    for (const event of events) {
      const day = today(new Date(event.at));
      days.set(day, [...(days.get(day) ?? []), event]);
    }
    const dayHeading = this.limit ? (text: string) => html`<h3>${text}</h3>` : (text: string) => html`<h2>${text}</h2>`;
    return html`${[...days].map(
      ([day, items]) => html`<section class="day" part="day" aria-label=${this.dayLabel(day)}>
        ${dayHeading(this.dayLabel(day))}
        <ol>
          ${items.map((event) => this.renderItem(event))}
        </ol>
      </section>`,
    )}`;
  }

  override render() {
    const compact = this.limit > 0;
    const title = compact ? msg('Recent activity') : msg('Activity');
    return html`
      <header>
        ${compact ? html`<h2 part="heading" tabindex="-1">${title}</h2>` : html`<h1 part="heading" tabindex="-1">${title}</h1>`}
        ${updatedNotice(this.live.recentlyUpdated)}
      </header>
      ${this.loader.render({
        loading: () => loadingView({ rows: compact ? 3 : 6 }),
        error: (error) => errorView(error, this.loader.retry),
        empty: () =>
          emptyView(
            msg('Nothing has happened yet'),
            msg(str`Invoices, quotes, files and messages from ${this.knownConfig?.firm.name ?? msg('your provider')} will show up here.`),
          ),
        ready: (page) => html`
          ${this.renderEvents([...page.items, ...this.more])}
          ${compact
            ? html`<p class="more"><a href=${this.href('/activity')} @click=${(e: MouseEvent) => this.navigate('/activity', { event: e })}>${msg('See all activity')}</a></p>`
            : this.cursor
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
