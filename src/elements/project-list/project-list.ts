import { html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { recordPath } from '../../internal/routes.js';
import { projectBadge } from '../../internal/status.js';
import { emptyView, errorView, loadingView, updatedNotice } from '../../internal/views.js';
import { formatDate, formatPercent } from '../../sdk/format.js';
import type { PortalConfig, ProjectSummary } from '../../sdk/schemas.js';
import { progressBar, progressStyles } from '../project-viewer/progress.js';
import { styles } from './project-list.styles.js';

const ORDER: Record<ProjectSummary['status'], number> = { active: 0, on_hold: 1, planned: 2, completed: 3 };

/**
 * The client's projects and jobs, each with its status, a progress bar and its dates; running work
 * first, finished work last. Each card leads to the project. Updates live.
 *
 * @summary The client's projects and jobs.
 * @tag portico-project-list
 *
 * @event portico-navigate - A project was chosen.
 * @event portico-unauthorized - The session ended while loading.
 *
 * @csspart heading - The view's heading.
 * @csspart project - One project card.
 * @csspart progress - A project's progress bar.
 * @csspart updated - The short "Updated" notice after a live update.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - Progress bars.
 */
@localized()
export class PorticoProjectList extends PorticoElement {
  static override styles = [PorticoElement.styles, progressStyles, styles];

  private loader = new Loader(this, {
    args: () => (this.backend ? ([this.backend] as const) : undefined),
    load: async ([adapter], signal) => {
      const [page, config] = await Promise.all([adapter.listProjects({ sort: 'name', limit: 200 }, { signal }), this.resolveConfig(adapter, signal)]);
      return { projects: [...page.items].sort((a, b) => ORDER[a.status] - ORDER[b.status]), config };
    },
    isEmpty: ({ projects }) => projects.length === 0,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => change.record.type === 'project',
    onChange: () => this.loader.reload({ silent: true }),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private renderProject(project: ProjectSummary): TemplateResult {
    const path = recordPath({ type: 'project', id: project.id })!;
    const locale = this.activeLocale;
    return html`<li class="card" part="project" data-status=${project.status}>
      <span class="kind">${project.kind === 'job' ? msg('Job') : msg('Project')}</span>
      <h2><a href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${project.name}</a></h2>
      <span class="status">${projectBadge(project.status)}</span>
      <div class="progress-row">
        ${progressBar(project.progress, msg(str`Progress of ${project.name}`), locale)}
        <span class="num small">${msg(str`${formatPercent(project.progress, locale)} done`)}</span>
      </div>
      ${project.startDate || project.dueDate
        ? html`<p class="dates small muted">
            ${project.startDate ? html`<span>${msg(str`Started ${formatDate(project.startDate, locale)}`)}</span>` : nothing}
            ${project.dueDate ? html`<span>${msg(str`Due ${formatDate(project.dueDate, locale)}`)}</span>` : nothing}
          </p>`
        : nothing}
    </li>`;
  }

  private renderEmpty(config: PortalConfig): TemplateResult {
    return emptyView(msg('No projects yet'), msg(str`Projects and jobs ${config.firm.name} works on for you will show up here, with their progress.`));
  }

  override render() {
    return html`
      <header>
        <h1 part="heading" tabindex="-1">${msg('Projects')}</h1>
        ${updatedNotice(this.live.recentlyUpdated)}
      </header>
      ${this.loader.render({
        loading: () => loadingView({ rows: 3, shape: 'cards' }),
        error: (error) => errorView(error, this.loader.retry),
        empty: ({ config }) => this.renderEmpty(config),
        ready: ({ projects }) => html`<ul class="projects">
          ${projects.map((project) => this.renderProject(project))}
        </ul>`,
      })}
    `;
  }
}
