import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { loadAllPages } from '../../internal/pages.js';
import { Loader, toPortalError } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { DownloadController } from '../../internal/file-download.js';
import { recordPath } from '../../internal/routes.js';
import { icons } from '../../internal/icons.js';
import { emptyView, errorView, loadingView, spinner, updatedNotice } from '../../internal/views.js';
import { PorticoUnauthorizedEvent } from '../../events/unauthorized.js';
import type { PortalAdapter } from '../../sdk/adapter.js';
import { isAbortError, type PortalError } from '../../sdk/errors.js';
import type { PortalConfig, PortalFile, RecordRef, RecordType } from '../../sdk/schemas.js';
import { formatBytes, formatDate } from '../../sdk/format.js';
import '../file-upload/define.js';
import { styles } from './file-list.styles.js';

export type FileSort = 'date' | 'name' | 'size';
type FileKind = 'image' | 'pdf' | 'sheet' | 'doc' | 'text' | 'other';

interface Group {
  key: string;
  kind: 'shared' | 'uploads' | 'folder' | 'record';
  title: string;
  ref?: RecordRef;
  files: PortalFile[];
}

/** Where an upload goes: a record, a folder, or nowhere in particular. */
interface Target {
  value: string;
  label: string;
  group: 'general' | 'folder' | RecordType;
  attachTo?: RecordRef;
  folder?: string;
}

interface Loaded {
  config: PortalConfig;
  files: PortalFile[];
}

interface Preview {
  file: PortalFile;
  /** A data: URL for images, a blob: URL for PDFs. */
  url?: string;
  error?: PortalError;
  controller: AbortController;
}

/** Reads a blob as a data: URL (images: CSPs that allow `img-src data:` rarely allow `blob:`). */
function dataUrl(blob: Blob, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    signal.addEventListener('abort', () => reader.abort(), { once: true });
    reader.readAsDataURL(blob);
  });
}

const RECORD_ORDER: readonly RecordType[] = ['project', 'quote', 'contract', 'invoice', 'request', 'task', 'file', 'comment'];
const SORTS: readonly FileSort[] = ['date', 'name', 'size'];
const SEARCH_DELAY = 400;

const folderIcon = svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/></svg>`;
const eyeIcon = svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/></svg>`;

/** What kind of file, from its MIME type and extension (the backend's type is only a hint). */
export function fileKind(file: Pick<PortalFile, 'name' | 'mimeType'>): FileKind {
  const mime = file.mimeType.toLowerCase();
  const name = file.name.toLowerCase();
  if (mime.startsWith('image/')) return 'image';
  if (mime === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
  if (mime === 'text/csv' || /\.(csv|xlsx?|ods|numbers)$/.test(name) || mime.includes('spreadsheet')) return 'sheet';
  if (/\.(docx?|odt|pages|rtf)$/.test(name) || mime.includes('wordprocessing')) return 'doc';
  if (mime.startsWith('text/')) return 'text';
  return 'other';
}

/** True when the browser can show it in the page (and only types it shows safely: images in `<img>`, PDF). */
export function canPreview(file: Pick<PortalFile, 'name' | 'mimeType'>): boolean {
  return file.mimeType.toLowerCase().startsWith('image/') || file.mimeType.toLowerCase() === 'application/pdf';
}

/**
 * The files shared between the firm and the client, grouped by what they belong to — a project or
 * job, a quote, an invoice, a request, a task — with folders and a "Shared with you" group for the
 * rest. Each file shows its name, type, size and date; images and PDFs open in a preview, every
 * file can be downloaded where the firm allows it. Search and sort; `file` highlights one file and
 * scrolls to it. Where the firm allows uploads, `<portico-file-upload>` sends files to a chosen
 * record or folder and the list refreshes as each arrives. Permissions follow the firm's
 * `permissions.files`: `download` (no uploads), `upload` (the firm's files are listed but not
 * downloadable) or `both`.
 *
 * @summary Files, grouped by record, with preview, download and upload.
 * @tag portico-file-list
 *
 * @event portico-navigate - A record link was followed, or the search or sort changed (`replace: true`).
 * @event portico-upload - A file finished uploading (from the upload panel).
 * @event portico-unauthorized - The session ended while loading, downloading or uploading.
 *
 * @csspart heading - The view's heading.
 * @csspart toolbar - Search and sort.
 * @csspart upload - The upload panel.
 * @csspart group - One group of files.
 * @csspart file - One file.
 * @csspart preview - The preview dialog.
 * @csspart notice - An explanation of what the firm allows.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - The highlighted file and progress bars.
 */
@localized()
export class PorticoFileList extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** The id of a file to highlight and scroll to (links from elsewhere: `/files?file=…`). */
  @property() file?: string;

  /** Search text: file name, what it belongs to, folder. */
  @property() q?: string;

  /** Order within each group: `date` (newest first, default), `name`, `size` (largest first). */
  @property() sort?: string;

  @state() private search = '';
  @state() private uploadOpen = false;
  @state() private target = '';
  @state() private extraTargets: Target[] = [];
  @state() private preview?: Preview;

  @query('dialog') private dialog?: HTMLDialogElement;

  #searchTimer?: ReturnType<typeof setTimeout>;
  #scrolledTo?: string;
  #opener?: HTMLElement;
  #targetsLoaded = false;

  private loader = new Loader<Loaded, readonly [PortalAdapter]>(this, {
    args: () => (this.backend ? ([this.backend] as const) : undefined),
    load: async ([adapter], signal) => {
      const [config, files] = await Promise.all([
        this.resolveConfig(adapter, signal),
        loadAllPages((cursor) => adapter.listFiles({ cursor, limit: 200 }, { signal })),
      ]);
      return { config, files };
    },
    isEmpty: (value) => value.files.length === 0,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) => change.record.type === 'file',
    onChange: () => this.loader.reload({ silent: true }),
  });

  private downloads = new DownloadController(this, () => this.backend);

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    this.closePreview();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('q')) this.search = this.q ?? '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.file && this.#scrolledTo !== this.file && this.loader.status === 'ready') {
      const row = this.renderRoot.querySelector<HTMLElement>(`[data-file-id="${CSS.escape(this.file)}"]`);
      if (row) {
        this.#scrolledTo = this.file;
        row.scrollIntoView({ block: 'center' });
      }
    }
  }

  // --- Permissions ---------------------------------------------------------------------------------

  private canDownload(config: PortalConfig, file: PortalFile): boolean {
    return config.permissions.files !== 'upload' || file.uploadedBy === 'client';
  }

  private canUpload(config: PortalConfig): boolean {
    return config.permissions.files !== 'download';
  }

  // --- Search and sort ------------------------------------------------------------------------------

  private get activeSort(): FileSort {
    return SORTS.includes(this.sort as FileSort) ? (this.sort as FileSort) : 'date';
  }

  private path(q: string, sort: FileSort): string {
    const params = new URLSearchParams();
    if (q.trim()) params.set('q', q.trim());
    if (sort !== 'date') params.set('sort', sort);
    const query = params.toString();
    return query ? `/files?${query}` : '/files';
  }

  private onSearch(event: Event) {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    // The address follows the search after a pause in typing, not on every key.
    this.#searchTimer = setTimeout(() => this.navigate(this.path(this.search, this.activeSort), { replace: true }), SEARCH_DELAY);
  }

  private onSort(event: Event) {
    this.sort = (event.target as HTMLSelectElement).value;
    this.navigate(this.path(this.search, this.activeSort), { replace: true });
  }

  private clearSearch() {
    clearTimeout(this.#searchTimer);
    this.search = '';
    this.navigate(this.path('', this.activeSort), { replace: true });
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  private fileMatches(file: PortalFile, words: string[]): boolean {
    if (!words.length) return true;
    const haystack = [file.name, file.attachedTo?.label, file.folder, this.kindLabel(fileKind(file))].filter(Boolean).join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  }

  private sorted(files: PortalFile[]): PortalFile[] {
    const sort = this.activeSort;
    const collator = new Intl.Collator(this.activeLocale, { numeric: true, sensitivity: 'base' });
    return [...files].sort((a, b) => {
      const order = sort === 'name' ? collator.compare(a.name, b.name) : sort === 'size' ? b.size - a.size : b.createdAt.localeCompare(a.createdAt);
      return order || a.id.localeCompare(b.id);
    });
  }

  // --- Grouping -------------------------------------------------------------------------------------

  private recordKindLabel(type: RecordType): string {
    switch (type) {
      case 'invoice':
        return msg('Invoice');
      case 'quote':
        return msg('Quote');
      case 'contract':
        return msg('Contract');
      case 'request':
        return msg('Request');
      case 'task':
        return msg('Task');
      case 'project':
        return msg('Project');
      default:
        return msg('Record');
    }
  }

  private groups(files: PortalFile[]): Group[] {
    const groups = new Map<string, Group>();
    for (const file of files) {
      let key: string;
      let group: Omit<Group, 'files'>;
      if (file.attachedTo) {
        key = `${file.attachedTo.type}:${file.attachedTo.id}`;
        group = { key, kind: 'record', title: file.attachedTo.label || file.attachedTo.id, ref: file.attachedTo };
      } else if (file.folder) {
        key = `folder:${file.folder}`;
        group = { key, kind: 'folder', title: file.folder };
      } else if (file.uploadedBy === 'client') {
        key = 'uploads';
        group = { key, kind: 'uploads', title: msg('Your uploads') };
      } else {
        key = 'shared';
        group = { key, kind: 'shared', title: msg('Shared with you') };
      }
      if (!groups.has(key)) groups.set(key, { ...group, files: [] });
      groups.get(key)!.files.push(file);
    }
    const rank = (group: Group) =>
      group.kind === 'shared' ? 0 : group.kind === 'folder' ? 1 : group.kind === 'record' ? 2 + RECORD_ORDER.indexOf(group.ref!.type) : 20;
    const collator = new Intl.Collator(this.activeLocale, { numeric: true, sensitivity: 'base' });
    return [...groups.values()].sort((a, b) => rank(a) - rank(b) || collator.compare(a.title, b.title));
  }

  // --- Upload targets -------------------------------------------------------------------------------

  private targets(value: Loaded): Target[] {
    const targets = new Map<string, Target>();
    targets.set('', { value: '', label: msg('Shared files (no folder)'), group: 'general' });
    const folders = [...new Set(value.files.map((f) => f.folder).filter((f): f is string => !!f))].sort();
    for (const folder of folders) targets.set(`folder:${folder}`, { value: `folder:${folder}`, label: folder, group: 'folder', folder });
    const refs = [...value.files.flatMap((f) => (f.attachedTo ? [f.attachedTo] : [])), ...this.extraTargets.map((t) => t.attachTo!)];
    for (const ref of refs) {
      if (ref.type === 'file' || ref.type === 'comment') continue;
      const key = `${ref.type}:${ref.id}`;
      if (!targets.has(key)) targets.set(key, { value: key, label: ref.label || ref.id, group: ref.type, attachTo: { type: ref.type, id: ref.id, label: ref.label } });
    }
    return [...targets.values()];
  }

  /** Projects, open requests and tasks that take uploads: records a client may want to upload to. */
  private async loadTargets(config: PortalConfig) {
    const adapter = this.backend;
    if (!adapter || this.#targetsLoaded) return;
    this.#targetsLoaded = true;
    const modules = new Set(config.modules);
    const [projects, requests, tasks] = await Promise.allSettled([
      modules.has('projects') ? adapter.listProjects({ limit: 100 }) : Promise.resolve({ items: [] }),
      modules.has('requests') ? adapter.listRequests({ status: ['open', 'awaiting_client'], limit: 100 }) : Promise.resolve({ items: [] }),
      modules.has('tasks') ? adapter.listTasks({ status: ['todo'], limit: 100 }) : Promise.resolve({ items: [] }),
    ]);
    const extra: Target[] = [];
    if (projects.status === 'fulfilled') for (const p of projects.value.items) extra.push(this.refTarget({ type: 'project', id: p.id, label: p.name }));
    if (requests.status === 'fulfilled') for (const r of requests.value.items) extra.push(this.refTarget({ type: 'request', id: r.id, label: r.subject }));
    if (tasks.status === 'fulfilled') for (const t of tasks.value.items) if (t.acceptsUploads) extra.push(this.refTarget({ type: 'task', id: t.id, label: t.title }));
    // Failing to list these leaves the records the files already name: uploading still works.
    this.extraTargets = extra;
  }

  private refTarget(ref: RecordRef): Target {
    return { value: `${ref.type}:${ref.id}`, label: ref.label ?? ref.id, group: ref.type, attachTo: ref };
  }

  private toggleUpload(config: PortalConfig) {
    this.uploadOpen = !this.uploadOpen;
    if (this.uploadOpen) {
      void this.loadTargets(config);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLSelectElement>('#target')?.focus());
    }
  }

  private onUploaded() {
    void this.loader.reload({ silent: true });
  }

  // --- Preview --------------------------------------------------------------------------------------

  private async openPreview(file: PortalFile, event: Event) {
    const adapter = this.backend;
    if (!adapter) return;
    this.closePreview();
    this.#opener = event.currentTarget as HTMLElement;
    const controller = new AbortController();
    this.preview = { file, controller };
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    try {
      const blob = await adapter.downloadFile(file.id, { signal: controller.signal });
      if (this.preview?.controller !== controller) return;
      // The type is fixed to what is previewed: a file can never be shown as a page.
      if (fileKind(file) === 'image') {
        const url = await dataUrl(new Blob([blob], { type: file.mimeType.toLowerCase() }), controller.signal);
        if (this.preview?.controller === controller) this.preview = { ...this.preview, url };
      } else {
        this.preview = { ...this.preview, url: URL.createObjectURL(new Blob([blob], { type: 'application/pdf' })) };
      }
    } catch (thrown) {
      if (isAbortError(thrown) || this.preview?.controller !== controller) return;
      const error = toPortalError(thrown);
      if (error.type === 'unauthorized') this.emit(new PorticoUnauthorizedEvent(error));
      this.preview = { ...this.preview, error };
    }
  }

  /** Closes the preview, frees its memory and gives focus back to the button that opened it. */
  private closePreview() {
    const preview = this.preview;
    if (!preview) return;
    preview.controller.abort();
    if (preview.url?.startsWith('blob:')) URL.revokeObjectURL(preview.url);
    this.preview = undefined;
    if (this.dialog?.open) this.dialog.close();
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
  }

  private renderPreview(config: PortalConfig | undefined): TemplateResult {
    const preview = this.preview;
    const file = preview?.file;
    const kind = file ? fileKind(file) : 'other';
    let body: TemplateResult | typeof nothing = nothing;
    if (preview?.error) body = html`<p class="alert" data-tone="danger" role="alert">${preview.error.message}</p>`;
    else if (preview?.url && kind === 'image') body = html`<img src=${preview.url} alt=${file!.name} />`;
    // PDFs open in the browser's own viewer in a new tab: a blob: frame inside the page is refused by
    // strict Content Security Policies (default-src 'self'), and a portal must work under them.
    else if (preview?.url)
      body = html`<div class="open-pdf" role="status">
        <p>${msg('PDFs open in your browser’s own viewer.')}</p>
        <p><a class="btn primary" href=${preview.url} target="_blank" rel="noopener">${icons.external()} ${msg('Open in a new tab')}</a></p>
      </div>`;
    else if (preview) body = html`<span class="loading" role="status">${spinner()} ${msg('Loading preview…')}</span>`;
    // Escape fires `cancel` at once (the `close` event comes later, as a task of its own): clean up on either.
    return html`<dialog part="preview" aria-labelledby="preview-title" @cancel=${() => this.closePreview()} @close=${() => this.closePreview()}>
      ${file
        ? html`<div class="dialog-head">
              <h2 id="preview-title">${file.name}</h2>
              <button class="btn ghost" type="button" aria-label=${msg('Close preview')} @click=${() => this.closePreview()}>${icons.close()}</button>
            </div>
            <div class="dialog-body">${body}</div>
            <div class="dialog-foot">
              ${config && this.canDownload(config, file) ? this.downloadButton(file, 'btn') : nothing}
              <button class="btn primary" type="button" @click=${() => this.closePreview()}>${msg('Close')}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  // --- Rendering ------------------------------------------------------------------------------------

  private kindLabel(kind: FileKind): string {
    switch (kind) {
      case 'image':
        return msg('Image');
      case 'pdf':
        return 'PDF';
      case 'sheet':
        return msg('Spreadsheet');
      case 'doc':
        return msg('Document');
      case 'text':
        return msg('Text');
      default:
        return msg('File');
    }
  }

  private downloadButton(file: PortalFile, className = 'btn'): TemplateResult {
    const busy = this.downloads.pending.has(file.id);
    return html`<button class=${className} type="button" aria-busy=${busy ? 'true' : 'false'} aria-label=${msg(str`Download ${file.name}`)} @click=${() => this.downloads.download(file)}>
      ${busy ? spinner() : icons.download()} ${msg('Download')}
    </button>`;
  }

  private renderFile(config: PortalConfig, file: PortalFile): TemplateResult {
    const kind = fileKind(file);
    const downloadable = this.canDownload(config, file);
    const failed = this.downloads.failed?.fileId === file.id ? this.downloads.failed.error : undefined;
    const highlighted = this.file === file.id;
    return html`<li class="file" part="file" data-file-id=${file.id} ?data-highlight=${highlighted} aria-current=${highlighted ? 'true' : nothing}>
      <span class="type-icon" data-type=${kind}>${kind === 'image' ? icons.image() : icons.file()}</span>
      <span class="name">${file.name}</span>
      <span class="meta">
        <span>${this.kindLabel(kind)}</span>
        <span>${formatBytes(file.size, this.activeLocale)}</span>
        <span><time datetime=${file.createdAt}>${formatDate(file.createdAt, this.activeLocale)}</time></span>
        <span>${file.uploadedBy === 'client' ? msg('Uploaded by you') : msg(str`From ${config.firm.name}`)}</span>
      </span>
      <span class="actions">
        ${downloadable && canPreview(file)
          ? html`<button class="btn" type="button" aria-label=${msg(str`Preview ${file.name}`)} @click=${(e: Event) => this.openPreview(file, e)}>${eyeIcon} ${msg('Preview')}</button>`
          : nothing}
        ${downloadable ? this.downloadButton(file) : html`<span class="locked">${icons.lock()} ${msg('Download not available')}</span>`}
        ${failed ? html`<span class="field-error row-error" role="alert">${failed.message}</span>` : nothing}
      </span>
    </li>`;
  }

  private renderGroup(config: PortalConfig, group: Group): TemplateResult {
    const id = `group-${group.key.replace(/[^\w-]/g, '_')}`;
    const path = group.ref ? recordPath(group.ref) : undefined;
    const icon = group.kind === 'folder' ? folderIcon : group.kind === 'record' ? icons.file() : icons.inbox();
    const title = group.kind === 'record' ? html`<span class="kind">${this.recordKindLabel(group.ref!.type)}:</span> ${group.title}` : group.title;
    return html`<section class="group" part="group" aria-labelledby=${id}>
      <h2 id=${id}>
        ${icon} ${path ? html`<a href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${title}</a>` : title}
      </h2>
      <ul class="files">
        ${group.files.map((file) => this.renderFile(config, file))}
      </ul>
    </section>`;
  }

  private renderNotes(config: PortalConfig): TemplateResult {
    const firm = config.firm.name;
    const mode = config.permissions.files;
    return html`<div class="notes">
      ${mode === 'upload'
        ? html`<p class="alert" data-tone="info" part="notice">
            ${icons.lock()}
            <span>${msg(str`You can send files to ${firm} here. Files from ${firm} are listed for reference: downloading them is not available in this portal.`)}</span>
          </p>`
        : nothing}
      ${mode === 'download'
        ? html`<p class="alert" data-tone="info" part="notice">
            ${icons.lock()}
            <span>
              ${msg(str`Uploading files is not available in this portal. To send ${firm} a file, contact them directly.`)}
              ${config.firm.contact.email ? html` <a href="mailto:${config.firm.contact.email}">${config.firm.contact.email}</a>` : nothing}
            </span>
          </p>`
        : nothing}
    </div>`;
  }

  private renderUpload(value: Loaded): TemplateResult | typeof nothing {
    if (!this.canUpload(value.config) || !this.uploadOpen) return nothing;
    const targets = this.targets(value);
    const chosen = targets.find((t) => t.value === this.target) ?? targets[0];
    const groups: [Target['group'], string][] = [
      ['folder', msg('Folders')],
      ['project', msg('Projects and jobs')],
      ['request', msg('Requests')],
      ['task', msg('Tasks')],
      ['quote', msg('Quotes')],
      ['invoice', msg('Invoices')],
      ['contract', msg('Contracts')],
    ];
    return html`<section class="card upload" part="upload" id="upload-panel" aria-labelledby="upload-heading">
      <h2 id="upload-heading">${msg('Upload files')}</h2>
      <div class="field">
        <label for="target">${msg('Upload to')}</label>
        <select id="target" .value=${chosen.value} @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${chosen.value === ''}>${targets[0].label}</option>
          ${groups.map(([group, label]) => {
            const options = targets.filter((t) => t.group === group);
            return options.length
              ? html`<optgroup label=${label}>${options.map((t) => html`<option value=${t.value} ?selected=${t.value === chosen.value}>${t.label}</option>`)}</optgroup>`
              : nothing;
          })}
        </select>
      </div>
      <portico-file-upload
        .adapter=${this.backend}
        .config=${value.config}
        .locale=${this.activeLocale}
        ?read-only=${this.readOnly}
        .attachTo=${chosen.attachTo}
        .folder=${chosen.folder}
        label=${msg('Drag files here to upload them')}
        @portico-upload=${this.onUploaded}
      ></portico-file-upload>
    </section>`;
  }

  private renderUploadToggle(): TemplateResult | typeof nothing {
    const value = this.loader.status === 'ready' || this.loader.status === 'empty' ? this.loader.value : undefined;
    if (!value || !this.canUpload(value.config)) return nothing;
    return html`<button
      class="btn primary"
      type="button"
      aria-expanded=${this.uploadOpen ? 'true' : 'false'}
      aria-controls="upload-panel"
      @click=${() => this.toggleUpload(value.config)}
    >
      ${icons.upload()} ${msg('Upload files')}
    </button>`;
  }

  private renderBody(value: Loaded, empty: boolean): TemplateResult {
    const { config } = value;
    const words = this.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const shown = this.sorted(value.files.filter((file) => this.fileMatches(file, words)));
    const uploadable = this.canUpload(config);
    return html`
      ${this.renderNotes(config)}
      ${this.renderUpload(value)}
      ${empty
        ? emptyView(
            msg('No files yet'),
            uploadable
              ? msg(str`Documents ${config.firm.name} shares with you, and files you upload, will appear here.`)
              : msg(str`Documents ${config.firm.name} shares with you will appear here.`),
          )
        : html`<div class="toolbar" part="toolbar">
              <div class="search">
                ${icons.search()}
                <label class="visually-hidden" for="search">${msg('Search files')}</label>
                <input id="search" type="search" placeholder=${msg('Search files')} autocomplete="off" .value=${this.search} @input=${this.onSearch} />
              </div>
              <div class="sort">
                <label for="sort">${msg('Sort by')}</label>
                <select id="sort" .value=${this.activeSort} @change=${this.onSort}>
                  <option value="date" ?selected=${this.activeSort === 'date'}>${msg('Newest first')}</option>
                  <option value="name" ?selected=${this.activeSort === 'name'}>${msg('Name')}</option>
                  <option value="size" ?selected=${this.activeSort === 'size'}>${msg('Largest first')}</option>
                </select>
              </div>
            </div>
            ${shown.length
              ? html`<div class="groups">${this.groups(shown).map((group) => this.renderGroup(config, group))}</div>`
              : html`<div class="none" role="status">
                  <p>${msg(str`No files match “${this.search.trim()}”.`)}</p>
                  <p><button class="btn" type="button" @click=${this.clearSearch}>${msg('Clear search')}</button></p>
                </div>`}`}
    `;
  }

  override render() {
    return html`
      <div class="header">
        <h1 part="heading" tabindex="-1">${msg('Files')}</h1>
        ${updatedNotice(this.live.recentlyUpdated)} ${this.renderUploadToggle()}
      </div>
      ${this.loader.render({
        loading: () => loadingView({ rows: 5 }),
        error: (error) => errorView(error, this.loader.retry),
        empty: (value) => this.renderBody(value, true),
        ready: (value) => this.renderBody(value, false),
      })}
      ${this.renderPreview(this.loader.value?.config)}
    `;
  }
}
