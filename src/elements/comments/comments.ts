import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { ActionController } from '../../internal/action.js';
import { DraftController } from '../../internal/draft.js';
import { LiveController } from '../../internal/live.js';
import { actionError, errorView, loadingView, spinner, updatedNotice } from '../../internal/views.js';
import { formatDateTime } from '../../sdk/format.js';
import { AddCommentInput, type Comment, type RecordType } from '../../sdk/schemas.js';
import { parseInput } from '../../sdk/validate.js';
import { isPortalError } from '../../sdk/errors.js';
import { styles } from './comments.styles.js';

const MAX_LENGTH = 2000;

/**
 * Short comments on an invoice, quote or request: the firm's and the client's, oldest first, and
 * a box to add one. What the client types is kept as a draft until the backend confirmed it, so
 * a reload, a network failure or a session expiry loses nothing.
 *
 * @summary Comments on a document.
 * @tag portico-comments
 *
 * @event portico-unauthorized - The session ended.
 *
 * @csspart heading - The "Comments" heading.
 * @csspart comment - One comment.
 * @csspart form - The new-comment form.
 */
@localized()
export class PorticoComments extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** The kind of record commented on: `invoice`, `quote` or `request`. */
  @property({ attribute: 'record-type' }) recordType?: RecordType;

  /** The record's id or number. */
  @property({ attribute: 'record-id' }) recordId?: string;

  @state() private body = '';
  @state() private fieldError?: string;

  private loader = new Loader(this, {
    args: () => (this.backend && this.recordType && this.recordId ? ([this.backend, this.recordType, this.recordId] as const) : undefined),
    load: async ([adapter, recordType, recordId], signal) => {
      const [page, config] = await Promise.all([adapter.listComments({ recordType, recordId, limit: 200 }, { signal }), this.resolveConfig(adapter, signal)]);
      return { comments: page.items, config };
    },
    isEmpty: () => false,
  });

  private draft = new DraftController<{ body: string }>(this, {
    owner: () => this.currentSession?.contact.id,
    key: () => (this.recordType && this.recordId ? `comment:${this.recordType}:${this.recordId}` : undefined),
    restore: (value) => (this.body = value?.body ?? ''),
  });

  private send = new ActionController(this, {
    run: (input: { record: { type: RecordType; id: string }; body: string }, options) => this.backend!.addComment(input, options),
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => change.record.type === 'comment' || (change.record.type === this.recordType && change.record.id === this.recordId),
    onChange: () => this.loader.reload({ silent: true }),
  });

  private onInput(event: InputEvent) {
    this.body = (event.target as HTMLTextAreaElement).value;
    this.fieldError = undefined;
    this.send.clearError();
    this.draft.save({ body: this.body });
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (!this.recordType || !this.recordId) return;
    const input = { record: { type: this.recordType, id: this.recordId }, body: this.body };
    try {
      parseInput(AddCommentInput, input);
    } catch (error) {
      this.fieldError = isPortalError(error) ? this.localize(error.fields?.body ?? error.message) : String(error);
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    const created = await this.send.run({ ...input, body: this.body.trim() });
    if (!created) {
      if (this.send.error?.fields?.body) this.fieldError = this.send.error.fields.body;
      return;
    }
    this.draft.clear();
    this.body = '';
    const current = this.loader.value;
    if (current) this.loader.set({ ...current, comments: [...current.comments.filter((c) => c.id !== created.id), created] });
  }

  private localize(message: string): string {
    if (message === 'Write a comment') return msg('Write a comment');
    if (message === 'Keep comments under 2,000 characters') return msg('Keep comments under 2,000 characters');
    return message;
  }

  private renderComment(comment: Comment) {
    return html`<li part="comment" data-author=${comment.author.type}>
      <div class="meta">
        <strong>${comment.author.name}</strong>
        <span>${comment.author.type === 'firm' ? msg('from the firm') : msg('you or your team')}</span>
        <time datetime=${comment.createdAt}>${formatDateTime(comment.createdAt, this.activeLocale)}</time>
      </div>
      <div class="text">${comment.body}</div>
    </li>`;
  }

  override render() {
    return this.loader.render({
      loading: () => loadingView({ rows: 2 }),
      error: (error) => errorView(error, this.loader.retry),
      ready: ({ comments, config }) => {
        const allowed = config.permissions.comments;
        if (!allowed && !comments.length) return html``;
        const blocked = this.writesBlocked;
        const id = 'comment-body';
        const describedBy = this.fieldError || this.send.error ? `${id}-error` : `${id}-hint`;
        return html`
          <div class="row">
            <h2 part="heading">${msg('Comments')}</h2>
            ${updatedNotice(this.live.recentlyUpdated)}
          </div>
          ${comments.length ? html`<ol aria-label=${msg('Comments')}>${comments.map((c) => this.renderComment(c))}</ol>` : html`<p class="muted small">${msg('No comments yet.')}</p>`}
          ${allowed
            ? html`<form part="form" @submit=${this.submit} novalidate>
                <label class="label" for=${id}>${msg('Add a comment')}</label>
                <textarea
                  id=${id}
                  .value=${live(this.body)}
                  @input=${this.onInput}
                  maxlength=${MAX_LENGTH}
                  ?disabled=${blocked}
                  aria-invalid=${this.fieldError ? 'true' : 'false'}
                  aria-describedby=${describedBy}
                ></textarea>
                ${this.fieldError
                  ? html`<span class="field-error" id=${`${id}-error`}>${this.fieldError}</span>`
                  : this.send.error
                    ? html`<span id=${`${id}-error`}>${actionError(this.send.error)}</span>`
                    : html`<span class="hint" id=${`${id}-hint`}>${blocked ? msg('Read-only preview: comments cannot be added.') : this.draft.restored ? msg('Your unsent comment was kept.') : msg('The firm will see your comment.')}</span>`}
                <div class="foot">
                  <button class="btn primary" type="submit" aria-busy=${this.send.pending ? 'true' : 'false'} ?disabled=${blocked || this.send.pending}>
                    ${this.send.pending ? spinner() : nothing} ${msg('Post comment')}
                  </button>
                  <span class="count" aria-hidden="true">${msg(str`${this.body.length} / ${MAX_LENGTH}`)}</span>
                </div>
              </form>`
            : nothing}
        `;
      },
    });
  }
}
