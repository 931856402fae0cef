import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PorticoUnauthorizedEvent } from '../events/unauthorized.js';
import { PortalError, isAbortError, isPortalError } from '../sdk/errors.js';

export type LoadStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface LoaderOptions<T, A extends readonly unknown[]> {
  /**
   * The inputs of the load. It runs again whenever one changes (compared with `Object.is`).
   * Return `undefined` while something is missing (no adapter yet): the element keeps loading.
   */
  args: () => A | undefined;
  /** Loads the data; must honour `signal`. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** Decides the `empty` state (default: an empty array or an empty page). */
  isEmpty?: (value: T) => boolean;
}

type Host = ReactiveControllerHost & HTMLElement & { setState?: (name: string, on: boolean) => void };

const defaultIsEmpty = (value: unknown) =>
  Array.isArray(value) ? value.length === 0 : !!value && typeof value === 'object' && 'items' in value && Array.isArray(value.items) && value.items.length === 0;

/** Turns anything thrown into a `PortalError` (a bug in an adapter must not blank the screen). */
export function toPortalError(error: unknown): PortalError {
  if (isPortalError(error)) return error;
  console.error('[portico]', error);
  return new PortalError('server', undefined, { cause: error });
}

/**
 * Loads data for an element, like Lit's Task: one status (`loading` / `ready` / `empty` / `error`),
 * abort on disconnect or when the inputs change, stale responses ignored, `retry()` for the error
 * view, silent `reload()` for live updates (the current data stays on screen). An `unauthorized`
 * failure also dispatches `portico-unauthorized` so the portal can sign the client in again.
 */
export class Loader<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: LoadStatus = 'loading';
  value?: T;
  error?: PortalError;

  #host: Host;
  #options: LoaderOptions<T, A>;
  #args?: A;
  #controller?: AbortController;
  #generation = 0;
  #interrupted = false;

  constructor(host: Host, options: LoaderOptions<T, A>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (!args) return;
    if (this.#args && args.length === this.#args.length && args.every((value, i) => Object.is(value, this.#args![i]))) return;
    this.#args = args;
    void this.run();
  }

  hostConnected(): void {
    if (this.#interrupted) {
      // Disconnected mid-load (moved in the DOM): load again on the next update.
      this.#interrupted = false;
      this.#args = undefined;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.#controller && this.status === 'loading') this.#interrupted = true;
    this.#controller?.abort();
  }

  /** Loads again, showing the loading state. */
  retry = (): Promise<void> => this.run();

  /** Loads again; with `silent`, the current data stays on screen until the new data arrives. */
  reload(options: { silent?: boolean } = {}): Promise<void> {
    return this.run(options);
  }

  /** Replaces the value in place (after a write returned the updated record). */
  set(value: T): void {
    this.#generation++;
    this.#controller?.abort();
    this.value = value;
    this.error = undefined;
    this.#setStatus(this.#isEmpty(value) ? 'empty' : 'ready');
  }

  async run({ silent = false }: { silent?: boolean } = {}): Promise<void> {
    const args = this.#args ?? this.#options.args();
    if (!args) return;
    this.#args = args;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const generation = ++this.#generation;
    const keepShowing = silent && (this.status === 'ready' || this.status === 'empty');
    if (!keepShowing) {
      this.error = undefined;
      this.#setStatus('loading');
    }
    try {
      const value = await this.#options.load(args, controller.signal);
      if (generation !== this.#generation) return;
      this.value = value;
      this.error = undefined;
      this.#setStatus(this.#isEmpty(value) ? 'empty' : 'ready');
    } catch (thrown) {
      if (generation !== this.#generation || isAbortError(thrown)) return;
      const error = toPortalError(thrown);
      if (error.type === 'unauthorized') this.#host.dispatchEvent(new PorticoUnauthorizedEvent(error));
      // A failed background refresh keeps what is on screen.
      if (keepShowing && error.type !== 'unauthorized' && error.type !== 'not_found' && error.type !== 'forbidden') return;
      this.error = error;
      this.#setStatus('error');
    } finally {
      if (generation === this.#generation) this.#controller = undefined;
    }
  }

  /** Renders by status. `loading` and `error` are required so no element forgets them. */
  render<R>(views: { loading: () => R; error: (error: PortalError) => R; ready: (value: T) => R; empty?: (value: T) => R }): R {
    switch (this.status) {
      case 'loading':
        return views.loading();
      case 'error':
        return views.error(this.error!);
      case 'empty':
        return (views.empty ?? views.ready)(this.value!);
      default:
        return views.ready(this.value!);
    }
  }

  #isEmpty(value: T): boolean {
    return (this.#options.isEmpty ?? defaultIsEmpty)(value);
  }

  #setStatus(status: LoadStatus) {
    this.status = status;
    for (const name of ['loading', 'ready', 'empty', 'error']) this.#host.setState?.(name, name === status);
    this.#host.requestUpdate();
  }
}
