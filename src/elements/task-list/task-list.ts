import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { ActionController } from '../../internal/action.js';
import { LiveController } from '../../internal/live.js';
import { DownloadController, fileDownloadStyles } from '../../internal/file-download.js';
import { taskBadge } from '../../internal/status.js';
import { icons } from '../../internal/icons.js';
import { actionError, emptyView, errorView, loadingView, spinner, updatedNotice } from '../../internal/views.js';
import { daysBetween, formatDate, formatRelativeDays, today } from '../../sdk/format.js';
import type { Page, PortalConfig, RecordRef, Task } from '../../sdk/schemas.js';
import '../file-upload/define.js';
import { styles } from './task-list.styles.js';

interface Tasks {
  page: Page<Task>;
  config: PortalConfig;
}

/**
 * What the firm asked the client to do ("send your bank statements"): each task with its status
 * and due date, the documents to download, the documents to upload against it, and — where the
 * firm allows — a button to mark it done. To do first, soonest due first; done below. Updates live
 * (an upload or the firm ticking a task off shows at once).
 *
 * @summary The tasks the firm shared with the client.
 * @tag portico-task-list
 *
 * @event portico-upload - A document was uploaded against a task.
 * @event portico-unauthorized - The session ended.
 *
 * @csspart heading - The view's heading.
 * @csspart task - One task.
 * @csspart file - A document (download button).
 * @csspart complete - The "Mark as done" button.
 * @csspart action-error - Why marking done failed.
 * @csspart updated - The short "Updated" notice after a live update.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - The highlighted task and the Mark as done button.
 * @cssproperty --portico-color-danger - Overdue tasks.
 */
@localized()
export class PorticoTaskList extends PorticoElement {
  static override styles = [PorticoElement.styles, fileDownloadStyles, styles];

  /** The id of a task to highlight and scroll to (links from activity and notifications). */
  @property() task?: string;

  #attachTo = new Map<string, RecordRef>();
  #scrolledTo?: string;
  #completing?: string;

  private loader = new Loader(this, {
    args: () => (this.backend ? ([this.backend] as const) : undefined),
    load: async ([adapter], signal): Promise<Tasks> => {
      const [page, config] = await Promise.all([adapter.listTasks({ sort: 'dueDate', limit: 200 }, { signal }), this.resolveConfig(adapter, signal)]);
      return { page, config };
    },
    isEmpty: ({ page }) => page.items.length === 0,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => change.record.type === 'task',
    onChange: () => this.loader.reload({ silent: true }),
  });

  private downloads = new DownloadController(this, () => this.backend);

  private complete = new ActionController<string, Task>(this, {
    run: (id, options) => this.backend!.completeTask(id, options),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('task')) this.#scrolledTo = undefined;
    // Once the asked-for task is on screen, bring it into view (once: live updates must not move the page).
    if (!this.task || this.#scrolledTo === this.task || this.loader.status !== 'ready') return;
    const item = this.renderRoot.querySelector(`[data-task-id="${CSS.escape(this.task)}"]`);
    if (item) {
      this.#scrolledTo = this.task;
      // Instantly: the view just arrived, there is nothing to animate from.
      item.scrollIntoView({ block: 'center' });
    }
  }

  private attachTo(task: Task): RecordRef {
    // A stable object per task, so the upload elements do not re-render with every list render.
    let ref = this.#attachTo.get(task.id);
    if (!ref) this.#attachTo.set(task.id, (ref = { type: 'task', id: task.id, label: task.title }));
    return ref;
  }

  private async markDone(task: Task) {
    this.#completing = task.id;
    const done = await this.complete.run(task.id);
    if (done && this.loader.value) {
      const { page, config } = this.loader.value;
      this.loader.set({ config, page: { ...page, items: page.items.map((t) => (t.id === done.id ? done : t)) } });
    }
  }

  private dueText(task: Task): TemplateResult | typeof nothing {
    if (task.status === 'done') {
      return task.completedAt ? html`<span>${msg(str`Done ${formatDate(today(new Date(task.completedAt)), this.activeLocale)}`)}</span>` : nothing;
    }
    if (!task.dueDate) return html`<span>${msg('No due date')}</span>`;
    const days = daysBetween(today(), task.dueDate);
    const when = Math.abs(days) <= 1 ? formatRelativeDays(days, this.activeLocale) : formatDate(task.dueDate, this.activeLocale);
    return html`<span class=${days < 0 ? 'late' : ''}>${days < 0 ? msg(str`Was due ${when}`) : msg(str`Due ${when}`)}</span>`;
  }

  private renderCompletion(task: Task, config: PortalConfig): TemplateResult | typeof nothing {
    if (task.status === 'done') return nothing;
    if (!task.canComplete || !config.permissions.tasksComplete) {
      return html`<p class="hint">${msg(str`${config.firm.name} marks this task done once they have checked it.`)}</p>`;
    }
    const pending = this.complete.pending && this.#completing === task.id;
    const failed = !this.complete.pending && this.#completing === task.id ? this.complete.error : undefined;
    return html`<div class="complete">
      <button
        class="btn"
        part="complete"
        type="button"
        ?disabled=${this.writesBlocked}
        aria-busy=${pending}
        aria-describedby=${this.writesBlocked ? 'read-only-hint' : nothing}
        @click=${() => this.markDone(task)}
      >
        ${pending ? spinner() : icons.check()} ${msg('Mark as done')}
      </button>
      ${actionError(failed)}
    </div>`;
  }

  private renderTask(task: Task, config: PortalConfig): TemplateResult {
    const headingId = `task-${task.id}-title`;
    const canUpload = task.acceptsUploads && task.status !== 'done';
    return html`<li
      class="card"
      part="task"
      data-task-id=${task.id}
      data-status=${task.status}
      ?data-highlight=${task.id === this.task}
      aria-current=${task.id === this.task ? 'true' : nothing}
      aria-labelledby=${headingId}
    >
      <div class="head">
        <h3 id=${headingId}>${task.title}</h3>
        ${taskBadge(task)}
      </div>
      <p class="meta small muted">${this.dueText(task)}</p>
      ${task.description ? html`<p class="text">${task.description}</p>` : nothing}
      ${task.downloads.length
        ? html`<div class="files">
            <h4 class="label">${msg(str`From ${config.firm.name}`)}</h4>
            <ul>
              ${task.downloads.map((file) => html`<li>${this.downloads.button(file, this.activeLocale)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${task.uploads.length
        ? html`<div class="files">
            <h4 class="label">${msg('You sent')}</h4>
            <ul>
              ${task.uploads.map((file) => html`<li>${this.downloads.button(file, this.activeLocale)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${canUpload
        ? html`<portico-file-upload
            .adapter=${this.backend}
            .config=${config}
            .attachTo=${this.attachTo(task)}
            ?read-only=${this.writesBlocked}
            label=${msg('Drag the documents for this task here')}
          ></portico-file-upload>`
        : nothing}
      ${this.renderCompletion(task, config)}
    </li>`;
  }

  private renderTasks({ page, config }: Tasks): TemplateResult {
    const todo = page.items.filter((t) => t.status !== 'done');
    const done = page.items.filter((t) => t.status === 'done');
    return html`
      ${this.writesBlocked ? html`<p class="hint" id="read-only-hint">${msg('This is a read-only preview: nothing can be uploaded or marked done.')}</p>` : nothing}
      <section aria-labelledby="todo-heading">
        <h2 id="todo-heading">${msg('To do')} <span class="count">${todo.length}</span></h2>
        ${todo.length
          ? html`<ul class="tasks">
              ${todo.map((task) => this.renderTask(task, config))}
            </ul>`
          : html`<p class="muted all-done">${icons.check()} ${msg('All done — nothing to do right now.')}</p>`}
      </section>
      ${done.length
        ? html`<section aria-labelledby="done-heading">
            <h2 id="done-heading">${msg('Done')} <span class="count">${done.length}</span></h2>
            <ul class="tasks">
              ${done.map((task) => this.renderTask(task, config))}
            </ul>
          </section>`
        : nothing}
    `;
  }

  override render() {
    return html`
      <header>
        <h1 part="heading" tabindex="-1">${msg('Tasks')}</h1>
        ${updatedNotice(this.live.recentlyUpdated)}
      </header>
      ${this.loader.render({
        loading: () => loadingView({ rows: 3, shape: 'cards' }),
        error: (error) => errorView(error, this.loader.retry),
        empty: ({ config }) =>
          emptyView(msg('No tasks for you'), msg(str`When ${config.firm.name} needs something from you — documents, a signature, a check — it will show up here.`)),
        ready: (tasks) => this.renderTasks(tasks),
      })}
    `;
  }
}
