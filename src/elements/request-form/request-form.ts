import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { ActionController } from '../../internal/action.js';
import { DraftController } from '../../internal/draft.js';
import { UploadsController, keptFilesStyles, keptFilesView } from '../../internal/uploads.js';
import { recordPath } from '../../internal/routes.js';
import { icons } from '../../internal/icons.js';
import { actionError, emptyView, errorView, loadingView, spinner } from '../../internal/views.js';
import { PorticoRequestCreatedEvent } from '../../events/request-created.js';
import { today } from '../../sdk/format.js';
import { isPortalError } from '../../sdk/errors.js';
import { CreateRequestInput, RecordType, type PortalConfig, type PortalFile, type PortalRequest, type RecordRef } from '../../sdk/schemas.js';
import { parseInput } from '../../sdk/validate.js';
import '../file-upload/define.js';
import { styles } from './request-form.styles.js';

/** What the client typed, kept as a draft. */
interface RequestDraft {
  subject: string;
  category: string;
  description: string;
  preferredDate: string;
  /**
   * Files already uploaded for this request (they live on the server; the draft keeps them). In the
   * form's state only the restored ones; those uploaded now are listed by the upload element.
   */
  attachments: PortalFile[];
}

/** The fields in screen order: the first invalid one gets focus. */
const FIELDS = ['subject', 'category', 'description', 'preferredDate', 'attachmentIds'] as const;
type Field = (typeof FIELDS)[number];

const blankDraft = (): RequestDraft => ({ subject: '', category: '', description: '', preferredDate: '', attachments: [] });

/** The SDK schema's messages, in the portal's language. Messages from the backend are shown as sent. */
function localizeSchemaMessage(message: string): string {
  const messages: Record<string, () => string> = {
    'Give your request a subject': () => msg('Give your request a subject'),
    'Keep the subject under 200 characters': () => msg('Keep the subject under 200 characters'),
    'Choose a category': () => msg('Choose a category'),
    'Describe what you need': () => msg('Describe what you need'),
    'Keep the description under 10,000 characters': () => msg('Keep the description under 10,000 characters'),
  };
  return messages[message]?.() ?? message;
}

function recordLabel(type: RecordRef['type']): string {
  const labels: Record<RecordRef['type'], () => string> = {
    invoice: () => msg('this invoice'),
    quote: () => msg('this quote'),
    contract: () => msg('this contract'),
    file: () => msg('this file'),
    request: () => msg('this request'),
    task: () => msg('this task'),
    project: () => msg('this project'),
    comment: () => msg('this comment'),
  };
  return labels[type]();
}

/**
 * A new request to the firm: subject, category, description, an optional preferred date and
 * attachments. Nothing typed is lost: the form keeps a draft while the client types and brings it
 * back after a reload, a network failure or signing in again; the draft goes only once the firm's
 * backend confirmed the request. Checked before sending with the SDK's own schema, and the
 * backend's field errors land at the same fields. Sending twice sends once.
 *
 * @summary Send the firm a new request.
 * @tag portico-request-form
 *
 * @event portico-request-created - The backend confirmed the new request (`detail.request`). Cancelable: prevent it to stay on the form instead of going to the request.
 * @event portico-navigate - After sending, to the new request's thread; or back to the list.
 * @event portico-unauthorized - The session ended; the draft is kept for when the client is back.
 * @event portico-upload - An attachment finished uploading (from the inner upload element).
 *
 * @csspart heading - The view's heading.
 * @csspart form - The form.
 * @csspart field - Each field with its label and message.
 * @csspart draft-notice - "We kept what you typed earlier", with Start over.
 * @csspart submit - The Send button.
 * @csspart action-error - Why sending failed.
 * @csspart loading - The skeleton while the firm's settings load.
 * @csspart empty - Shown instead of the form where the firm does not take requests here.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - The Send button.
 * @cssproperty --portico-color-danger - Field errors.
 */
@localized()
export class PorticoRequestForm extends PorticoElement {
  static override styles = [PorticoElement.styles, keptFilesStyles, styles];

  /** Prefills the subject (e.g. "Ask about this" on a catalogue item). */
  @property() subject?: string;

  /** Prefills the category: one of the firm's category ids. */
  @property() category?: string;

  /** With `related-id`: the record the request is about (`invoice`, `quote`, `project`…). */
  @property({ attribute: 'related-type' }) relatedType?: string;

  /** With `related-type`: the id of the record the request is about. */
  @property({ attribute: 'related-id' }) relatedId?: string;

  @state() private fields: RequestDraft = blankDraft();
  @state() private errors: Partial<Record<Field, string>> & { other?: string } = {};
  #edited = false;
  #focusInvalid = false;
  #warnedType?: string;

  private loader = new Loader(this, {
    args: () => (this.backend ? ([this.backend, this.knownConfig] as const) : undefined),
    load: ([adapter], signal) => this.resolveConfig(adapter, signal),
    // Where the firm takes no requests here, the view explains that instead of the form.
    isEmpty: (config) => !config.permissions.requests.create,
  });

  private draft = new DraftController<RequestDraft>(this, {
    owner: () => this.currentSession?.contact.id,
    key: () => {
      const related = this.relatedRef;
      return related ? `request-new:${related.type}:${related.id}` : 'request-new';
    },
    restore: (value) => {
      this.fields = value ? { ...blankDraft(), ...value } : this.prefilled();
      this.errors = {};
      this.#edited = false;
    },
  });

  private uploads = new UploadsController(this);

  private send = new ActionController<CreateRequestInput, PortalRequest>(this, {
    run: (input, options) => this.backend!.createRequest(input, options),
    // A reload while sending, then Send again, reuses the key: the firm gets one request.
    persistAs: () => `request:${this.draft.storageKey ?? 'request-new'}`,
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private get relatedRef(): RecordRef | undefined {
    if (!this.relatedType || !this.relatedId) return undefined;
    if (!RecordType.safeParse(this.relatedType).success) {
      if (this.#warnedType !== this.relatedType) {
        this.#warnedType = this.relatedType;
        console.warn(`[portico] <portico-request-form related-type="${this.relatedType}">: not a record type; the request is sent without it.`);
      }
      return undefined;
    }
    return { type: this.relatedType as RecordRef['type'], id: this.relatedId };
  }

  private prefilled(): RequestDraft {
    return { ...blankDraft(), subject: this.subject ?? '', category: this.category ?? '' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Prefill set after the form showed (and nothing typed or restored yet) still applies.
    if (this.hasUpdated && (changed.has('subject') || changed.has('category')) && !this.#edited && !this.draft.restored) {
      this.fields = { ...this.fields, ...(this.subject !== undefined ? { subject: this.subject } : {}), ...(this.category !== undefined ? { category: this.category } : {}) };
    }
  }

  protected override updated(): void {
    if (!this.#focusInvalid) return;
    this.#focusInvalid = false;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private get attachments(): PortalFile[] {
    const seen = new Set<string>();
    return [...this.fields.attachments, ...this.uploads.uploaded].filter((file) => !seen.has(file.id) && !!seen.add(file.id));
  }

  private patchFields(change: Partial<RequestDraft>) {
    this.fields = { ...this.fields, ...change };
    this.#edited = true;
    this.draft.save({ ...this.fields, attachments: this.attachments });
  }

  private onInput(event: Event) {
    const target = event.target as HTMLInputElement;
    const name = target.name as keyof RequestDraft;
    if (!['subject', 'category', 'description', 'preferredDate'].includes(name)) return;
    this.patchFields({ [name]: target.value });
    if (this.errors[name as Field] || this.errors.other) this.errors = { ...this.errors, [name]: undefined, other: undefined };
    this.send.clearError();
  }

  private onUploaded() {
    // The uploaded file's id is part of the draft from now on (the upload element lists it).
    this.#edited = true;
    this.draft.save({ ...this.fields, attachments: this.attachments });
    if (this.errors.attachmentIds) this.errors = { ...this.errors, attachmentIds: undefined };
  }

  private removeAttachment(file: PortalFile) {
    this.patchFields({ attachments: this.fields.attachments.filter((f) => f.id !== file.id) });
  }

  private startOver() {
    this.draft.clear();
    this.uploads.reset();
    this.fields = this.prefilled();
    this.errors = {};
    this.#edited = false;
    this.send.clearError();
  }

  private showErrors(fields: Record<string, string>, localize: boolean) {
    const errors: typeof this.errors = {};
    const other: string[] = [];
    for (const [path, message] of Object.entries(fields)) {
      const field = FIELDS.find((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
      const text = localize ? localizeSchemaMessage(message) : message;
      if (field) errors[field] ??= text;
      else other.push(text);
    }
    if (other.length) errors.other = other.join(' ');
    this.errors = errors;
    this.#focusInvalid = true;
  }

  private async onSubmit(event: SubmitEvent, config: PortalConfig) {
    event.preventDefault();
    if (this.send.pending || this.uploads.busy) return;
    const related = this.relatedRef;
    const draft = { ...this.fields, attachments: this.attachments };
    const candidate = {
      subject: draft.subject,
      category: draft.category,
      description: draft.description,
      ...(draft.preferredDate ? { preferredDate: draft.preferredDate } : {}),
      attachmentIds: draft.attachments.map((file) => file.id),
      ...(related ? { relatedTo: related } : {}),
    };
    let input: CreateRequestInput;
    try {
      input = parseInput(CreateRequestInput, candidate);
    } catch (error) {
      if (isPortalError(error) && error.fields) this.showErrors(error.fields, true);
      return;
    }
    // What the schema cannot know: the firm's categories, and that a preferred date lies ahead.
    const extra: Record<string, string> = {};
    if (!config.requestCategories.some((c) => c.id === input.category)) extra.category = msg('Choose a category');
    if (input.preferredDate && input.preferredDate < today()) extra.preferredDate = msg('Choose a date from today on');
    if (Object.keys(extra).length) return this.showErrors(extra, false);
    this.errors = {};
    // Make sure what is being sent is kept, whatever happens to the page meanwhile.
    this.draft.save(draft);
    this.draft.flush();
    const request = await this.send.run(input);
    if (!request) {
      const error = this.send.error;
      if (error?.type === 'validation' && error.fields) this.showErrors(error.fields, false);
      return;
    }
    // The backend confirmed: now, and only now, the draft goes.
    this.draft.clear();
    this.uploads.reset();
    this.fields = this.prefilled();
    this.#edited = false;
    const created = this.emit(new PorticoRequestCreatedEvent(request));
    if (!created.defaultPrevented) this.navigate(recordPath({ type: 'request', id: request.id })!);
  }

  private describedBy(field: Field, hint = false) {
    const ids = [hint ? `${field}-hint` : '', this.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private fieldError(field: Field): TemplateResult | typeof nothing {
    const message = this.errors[field];
    return message ? html`<span class="field-error" id="${field}-error">${icons.alert()} ${message}</span>` : nothing;
  }

  private renderUnavailable(config: PortalConfig): TemplateResult {
    const { email, phone } = config.firm.contact;
    return emptyView(
      msg('New requests are not available here'),
      msg(str`To ask ${config.firm.name} something, please get in touch directly.`),
      email || phone
        ? html`<p class="row contact">
            ${email ? html`<a class="btn" href="mailto:${email}">${icons.mail()} ${email}</a>` : nothing}
            ${phone ? html`<a class="btn" href="tel:${phone.replace(/[^\d+]/g, '')}">${icons.phone()} ${phone}</a>` : nothing}
          </p>`
        : undefined,
    );
  }

  private renderForm(config: PortalConfig): TemplateResult {
    const { fields } = this;
    const pending = this.send.pending;
    const busy = this.uploads.busy;
    const blocked = this.writesBlocked;
    const related = this.relatedRef;
    const relatedPath = related && recordPath(related);
    const error = this.send.error;
    // Field errors from the backend are shown at the fields; only the rest goes under the button.
    const shownError = error && !(error.type === 'validation' && error.fields && !this.errors.other) ? error : undefined;
    return html`
      ${this.draft.restored
        ? html`<p class="alert" data-tone="info" part="draft-notice">
            ${msg('We kept what you typed earlier. It has not been sent yet.')}
            <button class="btn link" type="button" @click=${this.startOver}>${msg('Start over')}</button>
          </p>`
        : nothing}
      <form part="form" class="stack" novalidate @input=${this.onInput} @submit=${(e: SubmitEvent) => this.onSubmit(e, config)}>
        ${relatedPath
          ? html`<p class="muted about">
              ${msg('About')} <a href=${this.href(relatedPath)} @click=${(e: MouseEvent) => this.navigate(relatedPath, { event: e })}>${recordLabel(related!.type)}</a>
            </p>`
          : nothing}
        <div class="field" part="field">
          <label for="subject">${msg('Subject')}</label>
          <input
            id="subject"
            name="subject"
            autocomplete="off"
            required
            .value=${live(fields.subject)}
            ?readonly=${pending}
            aria-invalid=${this.errors.subject ? 'true' : 'false'}
            aria-describedby=${this.describedBy('subject')}
          />
          ${this.fieldError('subject')}
        </div>
        <div class="field" part="field">
          <label for="category">${msg('Category')}</label>
          <select
            id="category"
            name="category"
            required
            ?disabled=${pending}
            aria-invalid=${this.errors.category ? 'true' : 'false'}
            aria-describedby=${this.describedBy('category')}
          >
            <option value="" ?selected=${!config.requestCategories.some((c) => c.id === fields.category)}>${msg('Choose a category')}</option>
            ${config.requestCategories.map((c) => html`<option value=${c.id} ?selected=${c.id === fields.category}>${c.label}</option>`)}
          </select>
          ${this.fieldError('category')}
        </div>
        <div class="field" part="field">
          <label for="description">${msg('Description')}</label>
          <span class="hint" id="description-hint">${msg('What do you need, and by when? The more detail, the sooner we can help.')}</span>
          <textarea
            id="description"
            name="description"
            rows="6"
            required
            .value=${live(fields.description)}
            ?readonly=${pending}
            aria-invalid=${this.errors.description ? 'true' : 'false'}
            aria-describedby=${this.describedBy('description', true)}
          ></textarea>
          ${this.fieldError('description')}
        </div>
        <div class="field date" part="field">
          <label for="preferredDate">${msg('Preferred date')} <span class="optional">${msg('(optional)')}</span></label>
          <input
            id="preferredDate"
            name="preferredDate"
            type="date"
            min=${today()}
            .value=${live(fields.preferredDate)}
            ?readonly=${pending}
            aria-invalid=${this.errors.preferredDate ? 'true' : 'false'}
            aria-describedby=${this.describedBy('preferredDate')}
          />
          ${this.fieldError('preferredDate')}
        </div>
        <div
          class="field"
          part="field"
          role="group"
          tabindex="-1"
          aria-labelledby="attachments-label"
          aria-invalid=${this.errors.attachmentIds ? 'true' : 'false'}
          aria-describedby=${this.describedBy('attachmentIds')}
        >
          <span class="label" id="attachments-label">${msg('Attachments')} <span class="optional">${msg('(optional)')}</span></span>
          ${keptFilesView(this.fields.attachments, { locale: this.activeLocale, disabled: pending, onRemove: (file) => this.removeAttachment(file) })}
          <portico-file-upload
            ${ref(this.uploads.ref)}
            .adapter=${this.backend}
            .config=${config}
            ?read-only=${blocked}
            label=${msg('Drag files here to attach them')}
            @portico-upload=${this.onUploaded}
          ></portico-file-upload>
          ${this.fieldError('attachmentIds')}
        </div>
        ${this.errors.other ? html`<p class="alert" data-tone="danger" role="alert">${this.errors.other}</p>` : actionError(shownError)}
        <div class="row actions">
          <button class="btn primary large" part="submit" type="submit" ?disabled=${blocked || busy} aria-busy=${pending} aria-describedby=${blocked || busy ? 'submit-hint' : nothing}>
            ${pending ? spinner() : nothing} ${pending ? msg('Sending…') : msg('Send request')}
          </button>
          <a class="btn ghost large" href=${this.href('/requests')} @click=${(e: MouseEvent) => this.navigate('/requests', { event: e })}>${msg('Cancel')}</a>
        </div>
        ${blocked
          ? html`<p class="hint" id="submit-hint">${msg('This is a read-only preview: requests cannot be sent from here.')}</p>`
          : busy
            ? html`<p class="hint" id="submit-hint" role="status">${msg('Waiting for your files to finish uploading…')}</p>`
            : html`<p class="hint">${msg('We keep a draft on this device until your request is sent.')}</p>`}
      </form>
    `;
  }

  override render() {
    return html`
      <header>
        <h1 part="heading" tabindex="-1">${msg('New request')}</h1>
      </header>
      ${this.loader.render({
        loading: () => loadingView({ rows: 4, shape: 'detail' }),
        error: (error) => errorView(error, this.loader.retry),
        empty: (config) => this.renderUnavailable(config),
        ready: (config) => this.renderForm(config),
      })}
    `;
  }
}
