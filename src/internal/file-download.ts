/**
 * Downloading a file through the adapter (elements never fetch): a controller that remembers which
 * files are on their way and what failed, and the button every file list shows.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { PorticoUnauthorizedEvent } from '../events/unauthorized.js';
import type { PortalAdapter } from '../sdk/adapter.js';
import type { PortalError } from '../sdk/errors.js';
import { formatBytes } from '../sdk/format.js';
import type { PortalFile } from '../sdk/schemas.js';
import { icons } from './icons.js';
import { toPortalError } from './loader.js';
import { spinner } from './views.js';

/** Hands a blob to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Host = ReactiveControllerHost & HTMLElement;

export class DownloadController implements ReactiveController {
  /** Ids of the files being downloaded. */
  readonly pending = new Set<string>();
  /** The last failure, with the file it was for. */
  failed?: { fileId: string; error: PortalError };

  #host: Host;
  #adapter: () => PortalAdapter | undefined;

  constructor(host: Host, adapter: () => PortalAdapter | undefined) {
    this.#host = host;
    this.#adapter = adapter;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Fetches the file through the adapter and saves it. A second click while on its way is ignored. */
  async download(file: PortalFile): Promise<void> {
    const adapter = this.#adapter();
    if (!adapter || this.pending.has(file.id)) return;
    this.pending.add(file.id);
    this.failed = undefined;
    this.#host.requestUpdate();
    try {
      saveBlob(await adapter.downloadFile(file.id), file.name);
    } catch (thrown) {
      const error = toPortalError(thrown);
      this.failed = { fileId: file.id, error };
      if (error.type === 'unauthorized') this.#host.dispatchEvent(new PorticoUnauthorizedEvent(error));
    } finally {
      this.pending.delete(file.id);
      this.#host.requestUpdate();
    }
  }

  /** A file as a download button (name, size), with its failure under it. */
  button(file: PortalFile, locale: string): TemplateResult {
    const busy = this.pending.has(file.id);
    const failed = this.failed?.fileId === file.id ? this.failed.error : undefined;
    return html`<span class="file-download">
      <button
        class="btn link file"
        part="file"
        type="button"
        aria-busy=${busy}
        aria-label=${msg(str`Download ${file.name}, ${formatBytes(file.size, locale)}`)}
        @click=${() => this.download(file)}
      >
        ${busy ? spinner() : icons.download()}<span class="file-name">${file.name}</span>
        <span class="muted file-size">${formatBytes(file.size, locale)}</span>
      </button>
      ${failed ? html`<span class="field-error" role="alert">${failed.message}</span>` : nothing}
    </span>`;
  }
}

/** Styles of `DownloadController.button()`. */
export const fileDownloadStyles = css`
  .file-download {
    display: inline-flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  .btn.file {
    gap: var(--_space-2);
    justify-content: flex-start;
    text-align: start;
    white-space: normal;
    text-decoration: none;
  }
  .btn.file .icon,
  .btn.file .spinner {
    flex: none;
    width: 1.1em;
    height: 1.1em;
  }
  .btn.file .file-name {
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .btn.file .file-size {
    font-size: var(--_text-xs);
    font-weight: 400;
    white-space: nowrap;
  }
  @media (pointer: coarse) {
    .btn.file {
      min-height: 2.75rem;
    }
  }
`;
