import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { setStyle } from '../../internal/set-style.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { toPortalError } from '../../internal/loader.js';
import { icons } from '../../internal/icons.js';
import { PorticoUploadEvent } from '../../events/upload.js';
import { PorticoUnauthorizedEvent } from '../../events/unauthorized.js';
import { newIdempotencyKey } from '../../sdk/adapter.js';
import { isAbortError } from '../../sdk/errors.js';
import { formatBytes } from '../../sdk/format.js';
import type { PortalFile, RecordRef, UploadLimits } from '../../sdk/schemas.js';
import { styles } from './file-upload.styles.js';

type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'canceled' | 'rejected';

interface UploadItem {
  id: number;
  file: File;
  status: UploadStatus;
  loaded: number;
  /** One key per file: a retry of the same file reuses it, so the backend stores it once. */
  key: string;
  message?: string;
  result?: PortalFile;
  controller?: AbortController;
}

const DEFAULT_LIMITS: UploadLimits = { maxBytes: 10 * 1024 * 1024, allowedTypes: [], maxFiles: 10 };
const CONCURRENT_UPLOADS = 2;

/** True when a file's MIME type or extension is allowed (an empty list allows anything). */
export function fileAllowed(file: { name: string; type: string }, allowed: readonly string[]): boolean {
  if (!allowed.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return allowed.some((rule) => {
    const r = rule.toLowerCase();
    if (r.startsWith('.')) return name.endsWith(r);
    if (r.endsWith('/*')) return type.startsWith(r.slice(0, -1));
    return type === r;
  });
}

let nextId = 1;

/**
 * Uploads files to the firm: drag-and-drop or a file picker, several at once, a real progress bar
 * per file, cancel and retry per file. The firm's limits (size, types, count) are checked before
 * anything is sent, with a clear message; a file that fails never affects the others in the batch.
 *
 * @summary Upload files with progress, cancel and retry.
 * @tag portico-file-upload
 *
 * @event portico-upload - A file finished uploading; `detail.file` is the stored file.
 * @event portico-unauthorized - The session ended during an upload.
 *
 * @csspart zone - The drop zone.
 * @csspart list - The list of files in the batch.
 * @csspart item - One file with its progress.
 * @csspart progress - A file's progress bar.
 *
 * @cssproperty --portico-color-primary - Progress bars and the active drop zone.
 */
@localized()
export class PorticoFileUpload extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** The record the files belong to (a task, a request, a project). */
  @property({ attribute: false }) attachTo?: RecordRef;

  /** Folder to file the uploads in. */
  @property() folder?: string;

  /** Label of the drop zone. */
  @property() label?: string;

  /** Limits to enforce; default: the firm's config. */
  @property({ attribute: false }) limits?: UploadLimits;

  @state() private items: UploadItem[] = [];
  @state() private over = false;
  @state() private notice?: string;
  @query('input[type="file"]') private input!: HTMLInputElement;

  /** Files uploaded so far in this batch. */
  get uploaded(): PortalFile[] {
    return this.items.flatMap((item) => (item.status === 'done' && item.result ? [item.result] : []));
  }

  /** True while any file is still uploading or waiting. */
  get busy(): boolean {
    return this.items.some((item) => item.status === 'uploading' || item.status === 'queued');
  }

  /** Clears the list (after the files were used, e.g. a request was sent). */
  reset(): void {
    for (const item of this.items) item.controller?.abort();
    this.items = [];
    this.notice = undefined;
  }

  private get activeLimits(): UploadLimits {
    return this.limits ?? this.knownConfig?.uploads ?? DEFAULT_LIMITS;
  }

  private get blockedReason(): string | undefined {
    if (this.writesBlocked) return msg('This is a read-only preview: uploading is turned off.');
    if (this.knownConfig?.permissions.files === 'download') return msg('Uploading files is not available in this portal.');
    return undefined;
  }

  /** Adds files to the batch (from the picker, a drop, or code) and starts uploading the valid ones. */
  addFiles(files: Iterable<File>): void {
    if (this.blockedReason) return;
    const limits = this.activeLimits;
    const incoming = [...files];
    const room = Math.max(0, limits.maxFiles - this.items.filter((i) => i.status !== 'rejected').length);
    this.notice = incoming.length > room ? msg(str`You can add up to ${limits.maxFiles} files at once. The others were left out.`) : undefined;
    const added = incoming.slice(0, room).map((file): UploadItem => {
      const item: UploadItem = { id: nextId++, file, status: 'queued', loaded: 0, key: newIdempotencyKey() };
      if (file.size > limits.maxBytes) {
        item.status = 'rejected';
        item.message = msg(str`Too large: the limit is ${formatBytes(limits.maxBytes, this.activeLocale)}.`);
      } else if (!fileAllowed(file, limits.allowedTypes)) {
        item.status = 'rejected';
        item.message = msg(str`This type of file is not accepted. Accepted: ${this.describeTypes(limits.allowedTypes)}.`);
      }
      return item;
    });
    this.items = [...this.items, ...added];
    this.pump();
  }

  private describeTypes(types: readonly string[]): string {
    return types.map((t) => (t === 'image/*' ? msg('images') : t === 'application/pdf' ? 'PDF' : t.replace(/^\./, '').toUpperCase())).join(', ');
  }

  /** Starts queued uploads, a few at a time. */
  private pump() {
    const running = this.items.filter((i) => i.status === 'uploading').length;
    for (const item of this.items.filter((i) => i.status === 'queued').slice(0, Math.max(0, CONCURRENT_UPLOADS - running))) {
      void this.upload(item);
    }
  }

  private patch(item: UploadItem, change: Partial<UploadItem>) {
    Object.assign(item, change);
    this.items = [...this.items];
  }

  private async upload(item: UploadItem) {
    const adapter = this.backend;
    if (!adapter || this.blockedReason) return;
    const controller = new AbortController();
    this.patch(item, { status: 'uploading', loaded: 0, message: undefined, controller });
    try {
      const result = await adapter.uploadFile(
        { file: item.file, name: item.file.name, attachTo: this.attachTo, folder: this.folder },
        {
          idempotencyKey: item.key,
          signal: controller.signal,
          onProgress: ({ loaded }) => this.patch(item, { loaded }),
        },
      );
      this.patch(item, { status: 'done', loaded: item.file.size, result, controller: undefined });
      this.emit(new PorticoUploadEvent(result));
    } catch (thrown) {
      if (isAbortError(thrown)) {
        this.patch(item, { status: 'canceled', controller: undefined, message: msg('Canceled', { id: 'upload-canceled', desc: 'An upload the client stopped' }) });
      } else {
        const error = toPortalError(thrown);
        if (error.type === 'unauthorized') this.emit(new PorticoUnauthorizedEvent(error));
        this.patch(item, { status: 'failed', controller: undefined, message: error.message });
      }
    } finally {
      this.pump();
    }
  }

  private cancel(item: UploadItem) {
    if (item.status === 'queued') this.patch(item, { status: 'canceled', message: msg('Canceled', { id: 'upload-canceled', desc: 'An upload the client stopped' }) });
    item.controller?.abort();
  }

  private retry(item: UploadItem) {
    this.patch(item, { status: 'queued', message: undefined });
    this.pump();
  }

  private dismiss(item: UploadItem) {
    this.items = this.items.filter((i) => i !== item);
  }

  private onDrop(event: DragEvent) {
    event.preventDefault();
    this.over = false;
    if (event.dataTransfer?.files.length) this.addFiles(event.dataTransfer.files);
  }

  private onDragOver(event: DragEvent) {
    if (this.blockedReason) return;
    event.preventDefault();
    this.over = true;
  }

  private onPick() {
    if (this.input.files?.length) this.addFiles(this.input.files);
    this.input.value = '';
  }

  private renderItem(item: UploadItem): TemplateResult {
    const percent = item.file.size ? Math.round((item.loaded / item.file.size) * 100) : 100;
    const size = formatBytes(item.file.size, this.activeLocale);
    const status: Record<UploadStatus, string> = {
      queued: msg('Waiting…'),
      uploading: msg(str`Uploading… ${percent}%`),
      done: msg('Uploaded'),
      failed: msg('Upload failed'),
      canceled: msg('Canceled', { id: 'upload-canceled', desc: 'An upload the client stopped' }),
      rejected: msg('Not uploaded'),
    };
    const tone = item.status === 'done' ? 'success' : item.status === 'failed' || item.status === 'rejected' ? 'danger' : undefined;
    return html`<li part="item" data-status=${item.status}>
      <span class="name">${item.file.name}</span>
      <span class="meta" data-tone=${tone ?? nothing}>${size} · ${status[item.status]}${item.message && item.message !== status[item.status] ? html` — ${item.message}` : nothing}</span>
      ${item.status === 'uploading' || item.status === 'queued'
        ? html`<div class="progress" part="progress" role="progressbar" aria-label=${msg(str`Uploading ${item.file.name}`)} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent}>
            <span ${setStyle({ width: `${percent}%` })}></span>
          </div>`
        : nothing}
      <span class="actions">
        ${item.status === 'uploading' || item.status === 'queued'
          ? html`<button class="btn" type="button" @click=${() => this.cancel(item)} aria-label=${msg(str`Cancel ${item.file.name}`)}>${msg('Cancel')}</button>`
          : nothing}
        ${item.status === 'failed' || item.status === 'canceled'
          ? html`<button class="btn" type="button" @click=${() => this.retry(item)} aria-label=${msg(str`Retry ${item.file.name}`)}>${msg('Retry')}</button>`
          : nothing}
        ${item.status !== 'uploading' && item.status !== 'queued'
          ? html`<button class="btn ghost" type="button" @click=${() => this.dismiss(item)} aria-label=${msg(str`Remove ${item.file.name} from the list`)}>${icons.close()}</button>`
          : nothing}
      </span>
    </li>`;
  }

  override render() {
    const blocked = this.blockedReason;
    const limits = this.activeLimits;
    const hint = [
      msg(str`Up to ${formatBytes(limits.maxBytes, this.activeLocale)} each`),
      limits.allowedTypes.length ? this.describeTypes(limits.allowedTypes) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return html`
      <div
        class="zone"
        part="zone"
        aria-disabled=${blocked ? 'true' : 'false'}
        ?data-over=${this.over}
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        ${icons.upload()}
        <span class="label">${this.label ?? msg('Drag files here')}</span>
        <button class="btn" type="button" ?disabled=${!!blocked} @click=${() => this.input.click()}>${msg('Choose files')}</button>
        <span class="hint">${blocked ?? hint}</span>
        <input type="file" multiple tabindex="-1" aria-hidden="true" @change=${this.onPick} accept=${limits.allowedTypes.join(',')} />
      </div>
      ${this.notice ? html`<p class="alert" data-tone="warning" role="alert">${this.notice}</p>` : nothing}
      ${this.items.length
        ? html`<ul part="list" aria-label=${msg('Files to upload')} aria-live="polite">
            ${this.items.map((item) => this.renderItem(item))}
          </ul>`
        : nothing}
    `;
  }
}
