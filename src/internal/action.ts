import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { PorticoUnauthorizedEvent } from '../events/unauthorized.js';
import { newIdempotencyKey, type WriteOptions } from '../sdk/adapter.js';
import { PortalError, isAbortError } from '../sdk/errors.js';
import { toPortalError } from './loader.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly writesBlocked?: boolean };

export interface ActionOptions<I, R> {
  /** Performs the write. `options.idempotencyKey` is the same for every retry of one intent. */
  run: (input: I, options: WriteOptions) => Promise<R>;
  /**
   * Keeps the intent's key in `sessionStorage` under this name, so that reloading the page while a
   * write was in flight and trying again reuses the key (e.g. `pay:INV-1042`). The backend then
   * answers with the first result instead of acting twice.
   */
  persistAs?: (input: I) => string;
}

const PERSIST_PREFIX = 'portico.intent.';
const PERSIST_TTL_MS = 24 * 3_600_000;

/**
 * A write the user triggers (pay, accept, submit, upload): `pending` while in flight, a second
 * trigger while pending is ignored (double-click safe), one idempotency key per intent reused on
 * retry, the failure kept as a `PortalError` for the element to show, and nothing at all in a
 * read-only portal. An intent is the action with the same input: changing the input (another
 * amount) starts a new intent and a new key; success ends the intent.
 */
export class ActionController<I, R> implements ReactiveController {
  pending = false;
  error?: PortalError;

  #host: Host;
  #options: ActionOptions<I, R>;
  #intent?: { fingerprint: string; key: string };
  #controller?: AbortController;

  constructor(host: Host, options: ActionOptions<I, R>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // The write itself is not aborted: it may already have reached the backend, and its key is kept.
  }

  /** Clears a shown error (e.g. when the user edits the input). */
  clearError(): void {
    if (this.error) {
      this.error = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Runs the action; resolves with its result, or `undefined` when it failed, was ignored or was blocked. */
  async run(input: I): Promise<R | undefined> {
    if (this.pending) return undefined;
    if (this.#host.writesBlocked) {
      this.error = new PortalError('forbidden', msg('This is a read-only preview. Nothing can be changed here.'), { code: 'read_only' });
      this.#host.requestUpdate();
      return undefined;
    }
    const key = this.#keyFor(input);
    this.pending = true;
    this.error = undefined;
    this.#controller = new AbortController();
    this.#host.requestUpdate();
    try {
      const result = await this.#options.run(input, { idempotencyKey: key, signal: this.#controller.signal });
      this.#endIntent(input);
      return result;
    } catch (thrown) {
      if (!isAbortError(thrown)) {
        this.error = toPortalError(thrown);
        if (this.error.type === 'unauthorized') this.#host.dispatchEvent(new PorticoUnauthorizedEvent(this.error));
      }
      return undefined;
    } finally {
      this.pending = false;
      this.#controller = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Cancels an action in flight (uploads). The intent's key is kept for a retry. */
  abort(): void {
    this.#controller?.abort();
  }

  #keyFor(input: I): string {
    const fingerprint = JSON.stringify(input, (_, value) => (value instanceof Blob ? `${value.size}:${value.type}` : value));
    if (this.#intent?.fingerprint === fingerprint) return this.#intent.key;
    const name = this.#options.persistAs?.(input);
    const stored = name ? readIntent(name) : undefined;
    const key = stored && stored.fingerprint === fingerprint ? stored.key : newIdempotencyKey();
    this.#intent = { fingerprint, key };
    if (name) writeIntent(name, { fingerprint, key, at: Date.now() });
    return key;
  }

  #endIntent(input: I) {
    this.#intent = undefined;
    const name = this.#options.persistAs?.(input);
    if (name) {
      try {
        sessionStorage.removeItem(PERSIST_PREFIX + name);
      } catch {
        /* storage unavailable */
      }
    }
  }
}

function readIntent(name: string): { fingerprint: string; key: string } | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(PERSIST_PREFIX + name) ?? 'null') as { fingerprint: string; key: string; at: number } | null;
    return stored && Date.now() - stored.at < PERSIST_TTL_MS ? stored : undefined;
  } catch {
    return undefined;
  }
}

function writeIntent(name: string, intent: { fingerprint: string; key: string; at: number }) {
  try {
    sessionStorage.setItem(PERSIST_PREFIX + name, JSON.stringify(intent));
  } catch {
    /* storage unavailable: the key still lives for this page */
  }
}
