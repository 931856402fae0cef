import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { ActionController } from '../../internal/action.js';
import { LiveController } from '../../internal/live.js';
import { DraftController } from '../../internal/draft.js';
import { UploadsController, keptFilesStyles, keptFilesView } from '../../internal/uploads.js';
import { DownloadController, fileDownloadStyles } from '../../internal/file-download.js';
import { recordPath } from '../../internal/routes.js';
import { requestBadge } from '../../internal/status.js';
import { icons } from '../../internal/icons.js';
import { actionError, emptyView, errorView, loadingView, spinner, updatedNotice } from '../../internal/views.js';
import { formatDate, formatDateTime } from '../../sdk/format.js';
import { ReplyInput, type Message, type PortalConfig, type PortalFile, type PortalRequest, type RecordRef } from '../../sdk/schemas.js';
import { parseInput } from '../../sdk/validate.js';
import '../comments/define.js';
import '../file-upload/define.js';
import { styles } from './request-thread.styles.js';

/** A half-written reply, kept as a draft. */
interface ReplyDraft {
  body: string;
  /** Files already uploaded for the reply. */
  attachments: PortalFile[];
}

interface Thread {
  request: PortalRequest;
  config: PortalConfig;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]!.toUpperCase())
    .join('');

/**
 * One request (ticket) with its conversation: every message from the client and the firm — who,
 * when, the text and its attachments to download — and a reply box that keeps a draft exactly like
 * the request form (nothing typed is lost, sending twice sends once). Close and reopen where the
 * firm allows it. A reply from the firm appears in place while the client is reading or typing,
 * without moving the page or touching the half-written reply.
 *
 * @summary A request's conversation, with reply, close and reopen.
 * @tag portico-request-thread
 *
 * @event portico-navigate - Back to the list, or to the record the request is about.
 * @event portico-unauthorized - The session ended; the reply draft is kept.
 * @event portico-upload - An attachment of the reply finished uploading.
 *
 * @csspart heading - The request's subject.
 * @csspart messages - The conversation.
 * @csspart message - One message.
 * @csspart file - An attachment (download button).
 * @csspart reply - The reply box.
 * @csspart submit - The Send reply button.
 * @csspart status-action - Close or Reopen.
 * @csspart draft-notice - "We kept what you typed earlier".
 * @csspart action-error - Why sending, closing or reopening failed.
 * @csspart updated - The short "Updated" notice after a live update.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - The client's own messages and the Send button.
 * @cssproperty --portico-color-surface-muted - The firm's messages.
 */
@localized()
export class PorticoRequestThread extends PorticoElement {
  static override styles = [PorticoElement.styles, fileDownloadStyles, keptFilesStyles, styles];

  /** The request's id (or number, e.g. `R-500`). */
  @property({ attribute: 'request-id' }) requestId?: string;

  @state() private body = '';
  @state() private keptFiles: PortalFile[] = [];
  @state() private bodyError?: string;
  @state() private sentNotice = '';
  #focusInvalid = false;
  #attachTo?: RecordRef;

  private loader = new Loader(this, {
    args: () => (this.backend && this.requestId ? ([this.backend, this.requestId] as const) : undefined),
    load: async ([adapter, id], signal): Promise<Thread> => {
      const [request, config] = await Promise.all([adapter.getRequest(id, { signal }), this.resolveConfig(adapter, signal)]);
      return { request, config };
    },
    // A request whose messages the backend keeps elsewhere: the header and the reply box still show.
    isEmpty: ({ request }) => request.messages.length === 0,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => {
      const request = this.loader.value?.request;
      return change.record.type === 'request' && (change.record.id === request?.id || change.record.id === this.requestId);
    },
    onChange: () => this.loader.reload({ silent: true }),
  });

  private draft = new DraftController<ReplyDraft>(this, {
    owner: () => this.currentSession?.contact.id,
    // The loaded request's id, so `R-500` and `req_acme_1` share one draft.
    key: () => {
      const id = this.loader.value?.request.id;
      return id ? `reply:${id}` : undefined;
    },
    restore: (value) => {
      this.body = value?.body ?? '';
      this.keptFiles = value?.attachments ?? [];
      this.bodyError = undefined;
    },
  });

  private uploads = new UploadsController(this);
  private downloads = new DownloadController(this, () => this.backend);

  private reply = new ActionController<{ id: string; input: ReplyInput }, PortalRequest>(this, {
    run: ({ id, input }, options) => this.backend!.replyToRequest(id, input, options),
    persistAs: ({ id }) => `reply:${id}:${this.currentSession?.contact.id ?? '_'}`,
  });

  private setStatus = new ActionController<{ id: string; status: 'open' | 'closed' }, PortalRequest>(this, {
    run: ({ id, status }, options) => this.backend!.setRequestStatus(id, status, options),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  protected override updated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    this.renderRoot.querySelector<HTMLElement>('textarea[aria-invalid="true"]')?.focus();
  }

  private attachToFor(id: string): RecordRef {
    // One object per request: a new one each render would re-render the upload element.
    if (this.#attachTo?.id !== id) this.#attachTo = { type: 'request', id };
    return this.#attachTo;
  }

  private get attachments(): PortalFile[] {
    const seen = new Set<string>();
    return [...this.keptFiles, ...this.uploads.uploaded].filter((file) => !seen.has(file.id) && !!seen.add(file.id));
  }

  private saveDraft() {
    this.draft.save({ body: this.body, attachments: this.attachments });
  }

  private onInput(event: Event) {
    this.body = (event.target as HTMLTextAreaElement).value;
    this.bodyError = undefined;
    this.sentNotice = '';
    this.reply.clearError();
    this.saveDraft();
  }

  private removeKept(file: PortalFile) {
    this.keptFiles = this.keptFiles.filter((f) => f.id !== file.id);
    this.saveDraft();
  }

  private discardDraft() {
    this.draft.clear();
    this.uploads.reset();
    this.body = '';
    this.keptFiles = [];
    this.bodyError = undefined;
  }

  private async onSubmit(event: SubmitEvent, request: PortalRequest) {
    event.preventDefault();
    if (this.reply.pending || this.uploads.busy) return;
    const attachments = this.attachments;
    let input: ReplyInput;
    try {
      input = parseInput(ReplyInput, { body: this.body, attachmentIds: attachments.map((file) => file.id) });
    } catch {
      // Only the text can be wrong: the attachments are files the backend just accepted.
      this.bodyError = this.body.trim() ? msg('Keep your message under 10,000 characters') : msg('Write a message');
      this.#focusInvalid = true;
      return;
    }
    this.draft.save({ body: this.body, attachments });
    this.draft.flush();
    const updated = await this.reply.run({ id: request.id, input });
    if (!updated) {
      const fieldError = this.reply.error?.fields?.body;
      if (fieldError) {
        this.bodyError = fieldError;
        this.#focusInvalid = true;
      }
      return;
    }
    // Confirmed by the backend: the draft can go.
    this.draft.clear();
    this.uploads.reset();
    this.body = '';
    this.keptFiles = [];
    this.sentNotice = msg('Your reply was sent.');
    this.loader.set({ ...this.loader.value!, request: updated });
  }

  private async changeStatus(request: PortalRequest, status: 'open' | 'closed') {
    const updated = await this.setStatus.run({ id: request.id, status });
    if (updated) this.loader.set({ ...this.loader.value!, request: updated });
  }

  private renderMessage(message: Message, config: PortalConfig): TemplateResult {
    const own = message.author.type === 'client';
    const me = own && !!message.author.contactId && message.author.contactId === this.currentSession?.contact.id;
    return html`<li part="message" data-side=${own ? 'client' : 'firm'}>
      <div class="who">
        <span class="avatar" aria-hidden="true">${initials(message.author.name)}</span>
        <span class="author">
          <strong>${me ? msg('You') : message.author.name}</strong>
          ${own ? nothing : html`<span class="muted small">${config.firm.name}</span>`}
        </span>
        <time datetime=${message.createdAt} class="muted small">${formatDateTime(message.createdAt, this.activeLocale)}</time>
      </div>
      <p class="text body">${message.body}</p>
      ${message.attachments.length
        ? html`<ul class="attachments" aria-label=${msg('Attachments')}>
            ${message.attachments.map((file) => html`<li>${this.downloads.button(file, this.activeLocale)}</li>`)}
          </ul>`
        : nothing}
    </li>`;
  }

  private renderStatusAction(request: PortalRequest, config: PortalConfig): TemplateResult | typeof nothing {
    if (!config.permissions.requests.close) return nothing;
    const closing = request.status !== 'closed';
    const pending = this.setStatus.pending;
    return html`<button
      class="btn"
      part="status-action"
      type="button"
      ?disabled=${this.writesBlocked}
      aria-busy=${pending}
      @click=${() => this.changeStatus(request, closing ? 'closed' : 'open')}
    >
      ${pending ? spinner() : closing ? icons.check() : icons.refresh()} ${closing ? msg('Close request') : msg('Reopen request')}
    </button>`;
  }

  private renderReply(request: PortalRequest, config: PortalConfig): TemplateResult {
    const pending = this.reply.pending;
    const busy = this.uploads.busy;
    const blocked = this.writesBlocked;
    const describedBy = [this.bodyError ? 'reply-error' : '', request.status === 'closed' ? 'reply-closed' : ''].filter(Boolean).join(' ');
    const error = this.reply.error && !this.reply.error.fields?.body ? this.reply.error : undefined;
    return html`<section class="reply card card-body" part="reply" aria-labelledby="reply-heading">
      <h2 id="reply-heading">${msg('Reply')}</h2>
      ${this.draft.restored
        ? html`<p class="alert" data-tone="info" part="draft-notice">
            ${msg('We kept what you typed earlier. It has not been sent yet.')}
            <button class="btn link" type="button" @click=${this.discardDraft}>${msg('Discard draft')}</button>
          </p>`
        : nothing}
      <form class="stack" novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e, request)}>
        <div class="field">
          <label for="reply">${msg('Your message')}</label>
          ${request.status === 'closed' ? html`<span class="hint" id="reply-closed">${msg('This request is closed. Replying opens it again.')}</span>` : nothing}
          <textarea
            id="reply"
            name="body"
            rows="4"
            .value=${live(this.body)}
            ?readonly=${pending}
            aria-invalid=${this.bodyError ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${this.onInput}
          ></textarea>
          ${this.bodyError ? html`<span class="field-error" id="reply-error">${icons.alert()} ${this.bodyError}</span>` : nothing}
        </div>
        ${keptFilesView(this.keptFiles, { locale: this.activeLocale, disabled: pending, onRemove: (file) => this.removeKept(file) })}
        <portico-file-upload
          ${ref(this.uploads.ref)}
          .adapter=${this.backend}
          .config=${config}
          .attachTo=${this.attachToFor(request.id)}
          ?read-only=${blocked}
          label=${msg('Drag files here to attach them')}
          @portico-upload=${this.saveDraft}
        ></portico-file-upload>
        ${actionError(error)}
        <div class="row">
          <button class="btn primary" part="submit" type="submit" ?disabled=${blocked || busy} aria-busy=${pending}>
            ${pending ? spinner() : icons.mail()} ${pending ? msg('Sending…') : msg('Send reply')}
          </button>
          <span class="muted small" role="status">${this.sentNotice}</span>
        </div>
        ${blocked
          ? html`<p class="hint">${msg('This is a read-only preview: replies cannot be sent from here.')}</p>`
          : busy
            ? html`<p class="hint">${msg('Waiting for your files to finish uploading…')}</p>`
            : nothing}
      </form>
    </section>`;
  }

  private renderThread({ request, config }: Thread): TemplateResult {
    const category = config.requestCategories.find((c) => c.id === request.category)?.label ?? request.category;
    const related = request.relatedTo;
    const relatedPath = related && recordPath(related);
    return html`
      <header class="head">
        <div class="title">
          <h1 part="heading" tabindex="-1">${request.subject}</h1>
          ${requestBadge(request.status)} ${updatedNotice(this.live.recentlyUpdated)}
        </div>
        <p class="meta muted small">
          <span class="num">${request.number}</span>
          ${category ? html`<span aria-hidden="true">·</span> <span>${category}</span>` : nothing}
          <span aria-hidden="true">·</span>
          <span>${msg(str`Opened ${formatDate(request.createdAt.slice(0, 10), this.activeLocale)}`)}</span>
          ${request.preferredDate
            ? html`<span aria-hidden="true">·</span> <span>${msg(str`Preferred date ${formatDate(request.preferredDate, this.activeLocale)}`)}</span>`
            : nothing}
        </p>
        ${relatedPath
          ? html`<p class="small">
              ${msg('About')}
              <a href=${this.href(relatedPath)} @click=${(e: MouseEvent) => this.navigate(relatedPath, { event: e })}>${related!.label ?? related!.id}</a>
            </p>`
          : nothing}
        <div class="row status-row">
          ${this.renderStatusAction(request, config)}
          ${config.permissions.requests.close && this.writesBlocked ? html`<span class="hint">${msg('Read-only preview: nothing can be changed here.')}</span>` : nothing}
        </div>
        ${actionError(this.setStatus.error)}
      </header>
      ${request.messages.length
        ? html`<ol class="messages" part="messages" aria-label=${msg('Messages')}>
            ${request.messages.map((message) => this.renderMessage(message, config))}
          </ol>`
        : emptyView(msg('No messages yet'), msg('Write below to start the conversation.'))}
      ${this.renderReply(request, config)}
      <portico-comments class="comments" record-type="request" record-id=${request.id}></portico-comments>
    `;
  }

  override render() {
    return html`
      <nav class="back">
        <a href=${this.href('/requests')} @click=${(e: MouseEvent) => this.navigate('/requests', { event: e })}>${icons.back()} ${msg('All requests')}</a>
      </nav>
      ${this.loader.render({
        loading: () => html`<h1 part="heading" tabindex="-1" class="visually-hidden">${msg('Request')}</h1>
          ${loadingView({ rows: 6, shape: 'detail' })}`,
        error: (error) => html`<h1 part="heading" tabindex="-1">${msg('Request')}</h1>
          ${errorView(error, this.loader.retry)}`,
        ready: (thread) => this.renderThread(thread),
      })}
    `;
  }
}
