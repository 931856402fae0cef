import { html, nothing, type TemplateResult } from 'lit';
import { setStyle } from '../../internal/set-style.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { icons } from '../../internal/icons.js';
import { daysOverdue, invoiceBadge, projectBadge, quoteBadge } from '../../internal/status.js';
import { loadingView, updatedNotice } from '../../internal/views.js';
import type { PortalError } from '../../sdk/errors.js';
import { daysBetween, formatDate, formatMoney, formatPercent, today, totalsByCurrency } from '../../sdk/format.js';
import type { InvoiceSummary, ModuleId, PortalConfig, ProjectSummary, QuoteSummary } from '../../sdk/schemas.js';
import '../rich-text/define.js';
import '../activity-feed/define.js';
import { styles } from './home.styles.js';

const DUE_SOON_DAYS = 7;
const PENDING: InvoiceSummary['status'][] = ['open', 'overdue', 'partially_paid'];

/** "Good morning" by the viewer's clock. */
function greeting(name: string): string {
  const hour = new Date().getHours();
  const first = name.split(/\s+/)[0];
  if (hour < 12) return msg(str`Good morning, ${first}`);
  if (hour < 18) return msg(str`Good afternoon, ${first}`);
  return msg(str`Good evening, ${first}`);
}

/**
 * The client's dashboard: a greeting and the firm's welcome message, then what needs them
 * ("Take action": overdue and due-soon invoices with Pay now, quotes awaiting a decision, requests
 * awaiting their reply), invoices to pay with totals per currency and a paid-vs-due picture,
 * pending quotes, active projects with progress, recent activity and a "New request" button.
 * Every block loads on its own, with its own loading, empty and error-with-retry states.
 *
 * @summary The portal's home dashboard.
 * @tag portico-home
 *
 * @event portico-navigate - A link or button asked for another view.
 * @event portico-unauthorized - The session ended while loading.
 *
 * @csspart heading - The greeting.
 * @csspart welcome - The firm's welcome message.
 * @csspart block - Each dashboard block.
 * @csspart action-list - The "Take action" list.
 *
 * @cssproperty --portico-color-primary - Buttons, progress and the amount-due bar.
 * @cssproperty --portico-color-success - The paid part of the summary bar.
 */
@localized()
export class PorticoHome extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  private configLoader = new Loader(this, {
    args: () => (this.backend ? ([this.backend, this.knownConfig] as const) : undefined),
    load: ([adapter, known], signal) => (known ? Promise.resolve(known) : adapter.getConfig({ signal })),
    isEmpty: () => false,
  });

  private invoices = new Loader(this, {
    args: () => (this.backend && this.enabled('invoices') ? ([this.backend] as const) : undefined),
    load: ([adapter], signal) => adapter.listInvoices({ status: PENDING, sort: 'dueDate', limit: 100 }, { signal }).then((page) => page.items),
  });

  private paid = new Loader(this, {
    args: () => (this.backend && this.enabled('invoices') ? ([this.backend] as const) : undefined),
    load: ([adapter], signal) => adapter.listInvoices({ status: ['paid', 'partially_paid'], sort: '-issueDate', limit: 200 }, { signal }).then((page) => page.items),
  });

  private quotes = new Loader(this, {
    args: () => (this.backend && this.enabled('quotes') ? ([this.backend] as const) : undefined),
    load: ([adapter], signal) => adapter.listQuotes({ status: ['pending'], sort: 'expiryDate', limit: 20 }, { signal }).then((page) => page.items),
  });

  private requests = new Loader(this, {
    args: () => (this.backend && this.enabled('requests') ? ([this.backend] as const) : undefined),
    load: ([adapter], signal) => adapter.listRequests({ status: ['awaiting_client'], limit: 20 }, { signal }).then((page) => page.items),
  });

  private projects = new Loader(this, {
    args: () => (this.backend && this.enabled('projects') ? ([this.backend] as const) : undefined),
    load: ([adapter], signal) => adapter.listProjects({ status: ['active'], limit: 6 }, { signal }).then((page) => page.items),
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => ['invoice', 'quote', 'request', 'project'].includes(change.record.type),
    onChange: async (changes) => {
      const types = new Set(changes.map((c) => c.record.type));
      await Promise.all([
        types.has('invoice') && this.invoices.reload({ silent: true }),
        types.has('invoice') && this.paid.reload({ silent: true }),
        types.has('quote') && this.quotes.reload({ silent: true }),
        types.has('request') && this.requests.reload({ silent: true }),
        types.has('project') && this.projects.reload({ silent: true }),
      ]);
    },
  });

  /** Moves focus to the greeting (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private get cfg(): PortalConfig | undefined {
    return this.knownConfig ?? this.configLoader.value;
  }

  private enabled(module: ModuleId): boolean {
    const config = this.cfg;
    return !!config && config.modules.includes(module);
  }

  private link(path: string, label: string | TemplateResult, className?: string): TemplateResult {
    return html`<a class=${className ?? nothing} href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${label}</a>`;
  }

  private money(amount: number, currency: string) {
    return formatMoney(amount, currency, this.activeLocale);
  }

  private inlineError(what: string, error: PortalError, retry: () => void): TemplateResult {
    return html`<p class="inline-error" role="alert">
      ${icons.alert()} ${msg(str`We could not load your ${what}.`)} ${error.message}
      <button class="btn" type="button" @click=${retry}>${msg('Try again')}</button>
    </p>`;
  }

  private renderActions(): TemplateResult {
    const on = today();
    const items: TemplateResult[] = [];
    const errors: TemplateResult[] = [];
    const loading = [this.invoices, this.quotes, this.requests].some((l, i) => l.status === 'loading' && this.enabled((['invoices', 'quotes', 'requests'] as const)[i]));
    const payments = !!this.cfg?.permissions.payments;

    if (this.invoices.status === 'error') errors.push(this.inlineError(msg('invoices'), this.invoices.error!, this.invoices.retry));
    for (const invoice of this.invoices.value ?? []) {
      const late = daysOverdue(invoice, on);
      const dueIn = daysBetween(on, invoice.dueDate);
      if (!late && dueIn > DUE_SOON_DAYS) continue;
      const path = `/invoices/${encodeURIComponent(invoice.number)}`;
      items.push(html`<li>
        <span class="item-main">
          ${this.link(path, msg(str`Invoice ${invoice.number}`))}
          <span class="sub">${late ? msg(str`Was due ${formatDate(invoice.dueDate, this.activeLocale)}`) : msg(str`Due ${formatDate(invoice.dueDate, this.activeLocale)}`)}</span>
        </span>
        ${invoiceBadge(invoice, on)}
        <span class="amount money">${this.money(invoice.amountDue, invoice.currency)}</span>
        ${payments ? html`<span class="action">${this.link(`${path}?pay`, msg('Pay now'), 'btn primary')}</span>` : nothing}
      </li>`);
    }
    if (this.quotes.status === 'error') errors.push(this.inlineError(msg('quotes'), this.quotes.error!, this.quotes.retry));
    for (const quote of this.quotes.value ?? []) {
      const path = `/quotes/${encodeURIComponent(quote.number)}`;
      items.push(html`<li>
        <span class="item-main">
          ${this.link(path, msg(str`Quote ${quote.number}: ${quote.title}`))}
          <span class="sub">${msg(str`Awaiting your decision · valid until ${formatDate(quote.expiryDate, this.activeLocale)}`)}</span>
        </span>
        <span class="amount money">${this.money(quote.total, quote.currency)}</span>
        <span class="action">${this.link(path, msg('Review'), 'btn')}</span>
      </li>`);
    }
    if (this.requests.status === 'error') errors.push(this.inlineError(msg('requests'), this.requests.error!, this.requests.retry));
    for (const request of this.requests.value ?? []) {
      const path = `/requests/${encodeURIComponent(request.id)}`;
      items.push(html`<li>
        <span class="item-main">
          ${this.link(path, request.subject)}
          <span class="sub">${msg('Awaiting your reply')}</span>
        </span>
        <span class="action">${this.link(path, msg('Reply'), 'btn')}</span>
      </li>`);
    }

    let body: TemplateResult;
    if (items.length) body = html`<ul class="items" part="action-list">${items}</ul>`;
    else if (loading) body = loadingView({ rows: 3 });
    else if (!errors.length) body = html`<p class="caught-up">${icons.check()} ${msg('You are all caught up. Nothing needs your attention.')}</p>`;
    else body = html``;
    return html`<section class="card wide" part="block" aria-labelledby="take-action">
      <header><h2 id="take-action">${msg('Take action')}</h2></header>
      ${body} ${errors}
    </section>`;
  }

  private renderInvoices(): TemplateResult {
    const on = today();
    const content = this.invoices.render({
      loading: () => loadingView({ rows: 4 }),
      error: (error) => this.inlineError(msg('invoices'), error, this.invoices.retry),
      empty: () => html`<p class="mini-state">${msg('No invoices to pay. New invoices will appear here.')}</p>`,
      ready: (invoices) => {
        const due = totalsByCurrency(invoices, (i) => i.amountDue, (i) => i.currency);
        const paid = totalsByCurrency(
          (this.paid.value ?? []).filter((i) => i.issueDate.slice(0, 4) === on.slice(0, 4)),
          (i) => i.amountPaid,
          (i) => i.currency,
        );
        return html`
          <div class="totals">
            ${due.map(
              (t) => html`<div class="total">
                <span class="value money">${this.money(t.amount, t.currency)}</span>
                <span class="label">${msg(str`to pay in ${t.currency}`)}</span>
              </div>`,
            )}
          </div>
          ${due.map((t) => {
            const paidAmount = paid.find((p) => p.currency === t.currency)?.amount ?? 0;
            const whole = paidAmount + t.amount || 1;
            return html`<div class="stack" ${setStyle({ gap: 'var(--_space-1)' })}>
              <div class="split" role="img" aria-label=${msg(str`${t.currency}: ${this.money(paidAmount, t.currency)} paid this year, ${this.money(t.amount, t.currency)} still to pay`)}>
                <span class="paid" ${setStyle({ width: `${(paidAmount / whole) * 100}%` })}></span>
                <span class="due" ${setStyle({ width: `${(t.amount / whole) * 100}%` })}></span>
              </div>
              <div class="legend" aria-hidden="true">
                <span class="paid">${msg(str`Paid this year ${this.money(paidAmount, t.currency)}`)}</span>
                <span class="due">${msg(str`To pay ${this.money(t.amount, t.currency)}`)}</span>
              </div>
            </div>`;
          })}
          <ul class="items">
            ${invoices.slice(0, 5).map(
              (invoice) => html`<li>
                <span class="item-main">
                  ${this.link(`/invoices/${encodeURIComponent(invoice.number)}`, invoice.number)}
                  <span class="sub">${msg(str`Due ${formatDate(invoice.dueDate, this.activeLocale)}`)}</span>
                </span>
                ${invoiceBadge(invoice, on)}
                <span class="amount money">${this.money(invoice.amountDue, invoice.currency)}</span>
              </li>`,
            )}
          </ul>
        `;
      },
    });
    return html`<section class="card" part="block" aria-labelledby="home-invoices">
      <header><h2 id="home-invoices">${msg('Invoices to pay')}</h2>${this.link('/invoices', msg('All invoices'))}</header>
      ${content}
    </section>`;
  }

  private renderQuotes(): TemplateResult {
    const content = this.quotes.render({
      loading: () => loadingView({ rows: 3 }),
      error: (error) => this.inlineError(msg('quotes'), error, this.quotes.retry),
      empty: () => html`<p class="mini-state">${msg('No quotes waiting for you. Quotes we send will appear here.')}</p>`,
      ready: (quotes: QuoteSummary[]) => html`<ul class="items">
        ${quotes.slice(0, 5).map(
          (quote) => html`<li>
            <span class="item-main">
              ${this.link(`/quotes/${encodeURIComponent(quote.number)}`, quote.title || quote.number)}
              <span class="sub">${quote.number} · ${msg(str`valid until ${formatDate(quote.expiryDate, this.activeLocale)}`)}</span>
            </span>
            ${quoteBadge(quote.status)}
            <span class="amount money">${this.money(quote.total, quote.currency)}</span>
          </li>`,
        )}
      </ul>`,
    });
    return html`<section class="card" part="block" aria-labelledby="home-quotes">
      <header><h2 id="home-quotes">${msg('Quotes to review')}</h2>${this.link('/quotes', msg('All quotes'))}</header>
      ${content}
    </section>`;
  }

  private renderProjects(): TemplateResult {
    const content = this.projects.render({
      loading: () => loadingView({ rows: 3 }),
      error: (error) => this.inlineError(msg('projects'), error, this.projects.retry),
      empty: () => html`<p class="mini-state">${msg('No active projects right now.')}</p>`,
      ready: (projects: ProjectSummary[]) => html`<ul class="items">
        ${projects.map(
          (project) => html`<li>
            <span class="item-main">
              ${this.link(`/projects/${encodeURIComponent(project.id)}`, project.name)}
              <span class="progress-row">
                <span
                  class="progress"
                  role="progressbar"
                  aria-label=${msg(str`${project.name} progress`)}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(project.progress)}
                  ><span ${setStyle({ width: `${project.progress}%` })}></span
                ></span>
                <span class="small num">${formatPercent(project.progress, this.activeLocale)}</span>
              </span>
            </span>
            ${projectBadge(project.status)}
          </li>`,
        )}
      </ul>`,
    });
    return html`<section class="card" part="block" aria-labelledby="home-projects">
      <header><h2 id="home-projects">${msg('Active projects')}</h2>${this.link('/projects', msg('All projects'))}</header>
      ${content}
    </section>`;
  }

  override render() {
    const session = this.currentSession;
    const config = this.cfg;
    if (!config) {
      return this.configLoader.status === 'error'
        ? html`<h1 part="heading" tabindex="-1">${msg('Home')}</h1>${this.inlineError(msg('portal settings'), this.configLoader.error!, this.configLoader.retry)}`
        : loadingView({ shape: 'detail' });
    }
    const canRequest = config.modules.includes('requests') && config.permissions.requests.create;
    return html`
      <div class="intro">
        <div class="who">
          <h1 part="heading" tabindex="-1">${session ? greeting(session.contact.name) : msg('Welcome')}</h1>
          ${session ? html`<p>${session.company.name}</p>` : nothing}
        </div>
        ${updatedNotice(this.live.recentlyUpdated)}
        ${canRequest ? this.link('/requests/new', html`${icons.plus()} ${msg('New request')}`, 'btn primary') : nothing}
      </div>
      ${config.firm.welcomeMessage
        ? html`<portico-rich-text class="welcome" part="welcome" merge-tags .content=${config.firm.welcomeMessage} .adapter=${this.backend} .session=${session} .config=${config}></portico-rich-text>`
        : nothing}
      <div class="grid">
        ${this.renderActions()} ${this.enabled('invoices') ? this.renderInvoices() : nothing} ${this.enabled('quotes') ? this.renderQuotes() : nothing}
        ${this.enabled('projects') ? this.renderProjects() : nothing}
        ${this.enabled('activity')
          ? html`<section class="card wide" part="block"><portico-activity-feed limit="5" .adapter=${this.backend} .config=${config}></portico-activity-feed></section>`
          : nothing}
      </div>
    `;
  }
}


