import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatBytes } from '../sdk/format.js';
import { icons } from './icons.js';
import type { PorticoFileUpload } from '../elements/file-upload/file-upload.js';
import type { PortalFile } from '../sdk/schemas.js';

/**
 * Follows a `<portico-file-upload>` in an element's template, so a form knows when files are still
 * uploading (disable Send) and which ones are done (their ids go with the submission). The host
 * re-renders only when that changes. Attach it with lit's `ref`:
 * `<portico-file-upload ${ref(this.uploads.ref)}>`.
 */
export class UploadsController implements ReactiveController {
  #host: ReactiveControllerHost;
  #element?: PorticoFileUpload;
  #signature = '';
  // Added to the upload element itself: runs after each of its renders.
  #watcher: ReactiveController = { hostUpdated: () => this.#check() };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** True while a file is uploading or waiting to. */
  get busy(): boolean {
    return this.#element?.busy ?? false;
  }

  /** Files uploaded in the current batch. */
  get uploaded(): PortalFile[] {
    return this.#element?.uploaded ?? [];
  }

  /** Empties the upload list (after the files were sent with the form). */
  reset(): void {
    this.#element?.reset();
  }

  /** The `ref` callback for the upload element. */
  ref = (element?: Element): void => {
    if (element === this.#element) return;
    this.#element?.removeController(this.#watcher);
    this.#element = element as PorticoFileUpload | undefined;
    this.#element?.addController(this.#watcher);
    // After the host's current render has committed.
    queueMicrotask(() => this.#check());
  };

  #check() {
    const signature = `${this.busy}|${this.uploaded.map((file) => file.id).join(',')}`;
    if (signature === this.#signature) return;
    this.#signature = signature;
    this.#host.requestUpdate();
  }
}

/**
 * Files already attached to a draft (uploaded earlier, kept across a reload), each with Remove.
 * Shared by the request form and the reply box; style it with `keptFilesStyles`.
 */
export function keptFilesView(files: readonly PortalFile[], options: { locale: string; disabled: boolean; onRemove: (file: PortalFile) => void }): TemplateResult | typeof nothing {
  if (!files.length) return nothing;
  return html`<ul class="kept" aria-label=${msg('Attached files')}>
    ${files.map(
      (file) => html`<li>
        ${icons.file()}<span class="name">${file.name}</span><span class="muted small">${formatBytes(file.size, options.locale)}</span>
        <button class="btn ghost" type="button" ?disabled=${options.disabled} aria-label=${msg(str`Remove ${file.name}`)} @click=${() => options.onRemove(file)}>${icons.close()}</button>
      </li>`,
    )}
  </ul>`;
}

export const keptFilesStyles = css`
  .kept {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .kept li {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-1) var(--_space-2) var(--_space-1) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .kept .name {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .kept .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    color: var(--_text-muted);
  }
`;
