import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
