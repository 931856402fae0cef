import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader, toPortalError } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { DownloadController, fileDownloadStyles } from '../../internal/file-download.js';
import { recordPath } from '../../internal/routes.js';
import { invoiceBadge, projectBadge, quoteBadge } from '../../internal/status.js';
import { icons } from '../../internal/icons.js';
import { emptyView, errorView, loadingView, updatedNotice } from '../../internal/views.js';
import { isAbortError, type PortalError } from '../../sdk/errors.js';
import { daysBetween, formatDate, formatMoney, formatPercent, resolveLocale, today, totalsByCurrency } from '../../sdk/format.js';
import type { InvoiceSummary, Milestone, PortalConfig, PortalFile, Project, QuoteSummary, RecordRef, TimeLog } from '../../sdk/schemas.js';
import { progressBar, progressStyles } from './progress.js';
import { styles } from './project-viewer.styles.js';

/** A related section loads on its own: one failing leaves the rest of the project on screen. */
type Section<T> = { items: T[]; error?: undefined } | { items?: undefined; error: PortalError };

interface ProjectView {
  project: Project;
  config: PortalConfig;
  invoices: Section<InvoiceSummary>;
  quotes: Section<QuoteSummary>;
  files: Section<PortalFile>;
}

async function section<T>(load: () => Promise<T[]>): Promise<Section<T>> {
  try {
    return { items: await load() };
  } catch (error) {
    if (isAbortError(error)) throw error;
    const failure = toPortalError(error);
    // A session that ended fails the whole view, so the portal can sign the client in again.
    if (failure.type === 'unauthorized') throw failure;
    return { error: failure };
  }
}

const unitFormats = new Map<string, Intl.NumberFormat>();
function unit(value: number, name: 'hour' | 'minute', locale: string): string {
  const key = `${locale}:${name}`;
  let format = unitFormats.get(key);
  if (!format) unitFormats.set(key, (format = new Intl.NumberFormat(resolveLocale(locale), { style: 'unit', unit: name, unitDisplay: 'short' })));
  return format.format(value);
}

/** `2 hr 30 min`, `45 min`, `3 hr`. */
export function formatDuration(minutes: number, locale: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? unit(hours, 'hour', locale) : '', rest || !hours ? unit(rest, 'minute', locale) : ''].filter(Boolean).join(' ');
}

/**
 * One project or job: its status and progress (a progress bar and a milestone timeline), dates,
 * address, the invoices, quotes and files that belong to it, and the time logged on it where the
 * firm shares that, with totals. Updates live.
 *
 * @summary A project or job, with progress, milestones, related documents and time.
 * @tag portico-project-viewer
 *
 * @event portico-navigate - Back to the list, or to a related invoice or quote.
 * @event portico-unauthorized - The session ended while loading.
 *
 * @csspart heading - The project's name.
 * @csspart progress - The progress bar.
 * @csspart milestones - The milestone timeline.
 * @csspart milestone - One milestone.
 * @csspart invoices - The related invoices.
 * @csspart quotes - The related quotes.
 * @csspart files - The related files.
 * @csspart file - A file (download button).
 * @csspart time - The time logs.
 * @csspart updated - The short "Updated" notice after a live update.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - Shown when the project has nothing to show yet.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - Progress and the next milestone.
 * @cssproperty --portico-color-success - Milestones done.
 */
@localized()
export class PorticoProjectViewer extends PorticoElement {
  static override styles = [PorticoElement.styles, fileDownloadStyles, progressStyles, styles];

  /** The project's id. */
  @property({ attribute: 'project-id' }) projectId?: string;

  private loader = new Loader(this, {
    args: () => (this.backend && this.projectId ? ([this.backend, this.projectId] as const) : undefined),
    load: async ([adapter, id], signal): Promise<ProjectView> => {
      const [project, config] = await Promise.all([adapter.getProject(id, { signal }), this.resolveConfig(adapter, signal)]);
      const [invoices, quotes, files] = await Promise.all([
        section(async () => (await adapter.listInvoices({ projectId: project.id, sort: '-issueDate', limit: 100 }, { signal })).items),
        section(() => Promise.all(project.quoteIds.map((quoteId) => adapter.getQuote(quoteId, { signal })))),
        section(async () => (await adapter.listFiles({ recordType: 'project', recordId: project.id, limit: 100 }, { signal })).items),
      ]);
      return { project, config, invoices, quotes, files };
    },
    isEmpty: ({ project, invoices, quotes, files }) =>
      !project.milestones.length && !project.timeLogs?.length && !invoices.items?.length && !quotes.items?.length && !files.items?.length && !invoices.error && !quotes.error && !files.error,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: ({ record }) => {
      const view = this.loader.value;
      if (record.type === 'project') return record.id === (view?.project.id ?? this.projectId);
      if (record.type === 'file') return true; // a new file may belong to this project
      const related = (ids: { id: string }[] | undefined) => !!ids?.some((item) => item.id === record.id);
      return (record.type === 'invoice' && related(view?.invoices.items)) || (record.type === 'quote' && related(view?.quotes.items));
    },
    onChange: () => this.loader.reload({ silent: true }),
  });

  private downloads = new DownloadController(this, () => this.backend);

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private link(ref: Pick<RecordRef, 'type' | 'id'>, label: string): TemplateResult {
    const path = recordPath(ref)!;
    return html`<a href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${label}</a>`;
  }

  private sectionError(error: PortalError, what: string): TemplateResult {
    return html`<p class="alert" data-tone="danger" role="alert">
      ${what} ${error.message}
      <button class="btn link" type="button" @click=${() => this.loader.reload({ silent: true })}>${msg('Try again')}</button>
    </p>`;
  }

  private renderMilestones(milestones: Milestone[]): TemplateResult {
    const next = milestones.findIndex((m) => !m.completedAt);
    const locale = this.activeLocale;
    return html`<ol class="timeline" part="milestones" aria-label=${msg('Milestones')}>
      ${milestones.map((milestone, i) => {
        const state = milestone.completedAt ? 'done' : i === next ? 'next' : 'upcoming';
        const late = !milestone.completedAt && milestone.dueDate && daysBetween(milestone.dueDate, today()) > 0;
        const stateText = { done: msg('Done'), next: msg('Next'), upcoming: msg('Upcoming') }[state];
        return html`<li part="milestone" data-state=${state} aria-current=${state === 'next' ? 'step' : nothing}>
          <span class="marker" aria-hidden="true">${state === 'done' ? icons.check() : nothing}</span>
          <div class="milestone-body">
            <span class="milestone-title">${milestone.title}</span>
            <span class="small ${late ? 'late' : 'muted'}">
              <span class="visually-hidden">${stateText}.</span>
              ${milestone.completedAt
                ? msg(str`Done ${formatDate(today(new Date(milestone.completedAt)), locale)}`)
                : milestone.dueDate
                  ? late
                    ? msg(str`Was due ${formatDate(milestone.dueDate, locale)}`)
                    : msg(str`Due ${formatDate(milestone.dueDate, locale)}`)
                  : stateText}
            </span>
          </div>
        </li>`;
      })}
    </ol>`;
  }

  private renderInvoices(section: Section<InvoiceSummary>): TemplateResult | typeof nothing {
    if (section.error) return html`<section part="invoices" aria-labelledby="invoices-heading"><h2 id="invoices-heading">${msg('Invoices')}</h2>${this.sectionError(section.error, msg('We could not load the invoices.'))}</section>`;
    if (!section.items.length) return nothing;
    const locale = this.activeLocale;
    const totals = totalsByCurrency(section.items, (i) => i.total, (i) => i.currency);
    const due = totalsByCurrency(section.items, (i) => i.amountDue, (i) => i.currency).filter((t) => t.amount > 0);
    const join = (list: { amount: number; currency: string }[]) => list.map((t) => formatMoney(t.amount, t.currency, locale)).join(' + ');
    return html`<section part="invoices" aria-labelledby="invoices-heading">
      <h2 id="invoices-heading">${msg('Invoices')}</h2>
      <ul class="records">
        ${section.items.map(
          (invoice) => html`<li>
            <span class="record-main">${this.link({ type: 'invoice', id: invoice.id }, invoice.number)}
              ${invoice.subject ? html`<span class="muted small">${invoice.subject}</span>` : nothing}</span>
            ${invoiceBadge(invoice)}
            <span class="money">${formatMoney(invoice.total, invoice.currency, locale)}</span>
          </li>`,
        )}
      </ul>
      <dl class="totals">
        <div><dt>${msg('Invoiced')}</dt><dd class="money">${join(totals)}</dd></div>
        ${due.length ? html`<div><dt>${msg('Still to pay')}</dt><dd class="money">${join(due)}</dd></div>` : nothing}
      </dl>
    </section>`;
  }

  private renderQuotes(section: Section<QuoteSummary>): TemplateResult | typeof nothing {
    if (section.error) return html`<section part="quotes" aria-labelledby="quotes-heading"><h2 id="quotes-heading">${msg('Quotes')}</h2>${this.sectionError(section.error, msg('We could not load the quotes.'))}</section>`;
    if (!section.items.length) return nothing;
    return html`<section part="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">${msg('Quotes')}</h2>
      <ul class="records">
        ${section.items.map(
          (quote) => html`<li>
            <span class="record-main">${this.link({ type: 'quote', id: quote.id }, quote.number)}
              ${quote.title ? html`<span class="muted small">${quote.title}</span>` : nothing}</span>
            ${quoteBadge(quote.status)}
            <span class="money">${formatMoney(quote.total, quote.currency, this.activeLocale)}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderFiles(section: Section<PortalFile>): TemplateResult | typeof nothing {
    if (section.error) return html`<section part="files" aria-labelledby="files-heading"><h2 id="files-heading">${msg('Files')}</h2>${this.sectionError(section.error, msg('We could not load the files.'))}</section>`;
    if (!section.items.length) return nothing;
    return html`<section part="files" aria-labelledby="files-heading">
      <h2 id="files-heading">${msg('Files')}</h2>
      <ul class="files">
        ${section.items.map((file) => html`<li>${this.downloads.button(file, this.activeLocale)}</li>`)}
      </ul>
    </section>`;
  }

  private renderTime(logs: TimeLog[]): TemplateResult {
    const locale = this.activeLocale;
    const total = logs.reduce((sum, log) => sum + log.minutes, 0);
    return html`<section part="time" aria-labelledby="time-heading">
      <h2 id="time-heading">${msg('Time spent')}</h2>
      <table class="data time">
        <thead>
          <tr>
            <th scope="col">${msg('Date')}</th>
            <th scope="col">${msg('Work')}</th>
            <th scope="col">${msg('By')}</th>
            <th scope="col" class="money">${msg('Time')}</th>
          </tr>
        </thead>
        <tbody>
          ${logs.map(
            (log) => html`<tr>
              <td class="date">${formatDate(log.date, locale)}</td>
              <td class="work">${log.description}</td>
              <td class="by">${log.by}</td>
              <td class="money num">${formatDuration(log.minutes, locale)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="3">${msg('Total')}</th>
            <td class="money num">${formatDuration(total, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </section>`;
  }

  private renderProject(view: ProjectView, empty: boolean): TemplateResult {
    const { project, config } = view;
    const locale = this.activeLocale;
    const done = project.milestones.filter((m) => m.completedAt).length;
    return html`
      <header class="head">
        <span class="kind">${project.kind === 'job' ? msg('Job') : msg('Project')}</span>
        <div class="title">
          <h1 part="heading" tabindex="-1">${project.name}</h1>
          ${projectBadge(project.status)} ${updatedNotice(this.live.recentlyUpdated)}
        </div>
        ${project.address ? html`<p class="muted">${project.address}</p>` : nothing}
        ${project.description ? html`<p class="text description">${project.description}</p>` : nothing}
      </header>
      <div class="layout">
        <div class="main">
          <section class="card card-body overview" aria-labelledby="progress-heading">
            <h2 id="progress-heading" class="visually-hidden">${msg('Progress')}</h2>
            <div class="percent">
              <span class="big num">${formatPercent(project.progress, locale)}</span>
              <span class="muted">${msg('complete')}</span>
            </div>
            ${progressBar(project.progress, msg(str`Progress of ${project.name}`), locale, true)}
            ${project.milestones.length ? html`<p class="small muted">${msg(str`${done} of ${project.milestones.length} milestones done`)}</p>` : nothing}
            <dl class="dates">
              ${project.startDate ? html`<div><dt>${msg('Started')}</dt><dd>${formatDate(project.startDate, locale)}</dd></div>` : nothing}
              ${project.dueDate ? html`<div><dt>${msg('Due')}</dt><dd>${formatDate(project.dueDate, locale)}</dd></div>` : nothing}
            </dl>
          </section>
          ${project.milestones.length
            ? html`<section aria-labelledby="milestones-heading">
                <h2 id="milestones-heading">${msg('Milestones')}</h2>
                ${this.renderMilestones(project.milestones)}
              </section>`
            : nothing}
          ${project.timeLogs?.length ? this.renderTime(project.timeLogs) : nothing}
          ${empty ? emptyView(msg('Nothing here yet'), msg(str`${config.firm.name} will add milestones, documents and invoices as the work goes on.`)) : nothing}
        </div>
        <aside class="side" aria-label=${msg('Related documents')}>
          ${this.renderInvoices(view.invoices)} ${this.renderQuotes(view.quotes)} ${this.renderFiles(view.files)}
        </aside>
      </div>
    `;
  }

  override render() {
    return html`
      <nav class="back">
        <a href=${this.href('/projects')} @click=${(e: MouseEvent) => this.navigate('/projects', { event: e })}>${icons.back()} ${msg('All projects')}</a>
      </nav>
      ${this.loader.render({
        loading: () => html`<h1 part="heading" tabindex="-1" class="visually-hidden">${msg('Project')}</h1>
          ${loadingView({ rows: 6, shape: 'detail' })}`,
        error: (error) => html`<h1 part="heading" tabindex="-1">${msg('Project')}</h1>
          ${errorView(error, this.loader.retry)}`,
        empty: (view) => this.renderProject(view, true),
        ready: (view) => this.renderProject(view, false),
      })}
    `;
  }
}
