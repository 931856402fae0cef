import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PortalAdapter } from '../sdk/adapter.js';
import type { ChangeEvent } from '../sdk/schemas.js';

type Listener = (change: ChangeEvent) => void;

/** One live subscription per adapter, shared by every element that listens (one SSE connection). */
class ChangeHub {
  #adapter: PortalAdapter;
  #listeners = new Set<Listener>();
  #controller?: AbortController;
  #lastEventId?: string;

  constructor(adapter: PortalAdapter) {
    this.#adapter = adapter;
  }

  add(listener: Listener) {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#start();
  }

  remove(listener: Listener) {
    this.#listeners.delete(listener);
    if (this.#listeners.size === 0) {
      this.#controller?.abort();
      this.#controller = undefined;
    }
  }

  #start() {
    this.#controller = new AbortController();
    try {
      this.#adapter.subscribe(
        (change) => {
          this.#lastEventId = change.id;
          for (const listener of [...this.#listeners]) listener(change);
        },
        { signal: this.#controller.signal, lastEventId: this.#lastEventId },
      );
    } catch (error) {
      console.warn('[portico] live updates unavailable', error);
    }
  }
}

const hubs = new WeakMap<PortalAdapter, ChangeHub>();

function hubFor(adapter: PortalAdapter): ChangeHub {
  let hub = hubs.get(adapter);
  if (!hub) hubs.set(adapter, (hub = new ChangeHub(adapter)));
  return hub;
}

export interface LiveOptions {
  adapter: () => PortalAdapter | undefined;
  /** Which changes concern this element. */
  matches: (change: ChangeEvent) => boolean;
  /** Called (batched: once per burst) when matching changes arrive; the notice shows once it settles. */
  onChange: (changes: ChangeEvent[]) => void | Promise<void>;
}

/**
 * Live updates for an element: listens to the adapter's changes while connected and calls
 * `onChange` for the ones that concern it, batched so a burst of changes reloads once.
 */
export class LiveController implements ReactiveController {
  /** True for a few seconds after an update was applied: show a short "Updated" notice. */
  recentlyUpdated = false;

  #host: ReactiveControllerHost;
  #noticeTimer?: ReturnType<typeof setTimeout>;
  #options: LiveOptions;
  #adapter?: PortalAdapter;
  #pending: ChangeEvent[] = [];
  #timer?: ReturnType<typeof setTimeout>;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: LiveOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  #listener: Listener = (change) => {
    if (!this.#options.matches(change)) return;
    this.#pending.push(change);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(async () => {
      const changes = this.#pending;
      this.#pending = [];
      await this.#options.onChange(changes);
      this.#flash();
    }, 50);
  };

  hostConnected(): void {
    this.#connected = true;
    this.#attach();
  }

  hostUpdate(): void {
    if (this.#connected && this.#options.adapter() !== this.#adapter) this.#attach();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    clearTimeout(this.#noticeTimer);
    this.recentlyUpdated = false;
    if (this.#adapter) hubFor(this.#adapter).remove(this.#listener);
    this.#adapter = undefined;
  }

  #flash() {
    if (!this.#connected) return;
    this.recentlyUpdated = true;
    this.#host.requestUpdate();
    clearTimeout(this.#noticeTimer);
    this.#noticeTimer = setTimeout(() => {
      this.recentlyUpdated = false;
      this.#host.requestUpdate();
    }, 4000);
  }

  #attach() {
    const adapter = this.#options.adapter();
    if (adapter === this.#adapter) return;
    if (this.#adapter) hubFor(this.#adapter).remove(this.#listener);
    this.#adapter = adapter;
    if (adapter) hubFor(adapter).add(this.#listener);
  }
}
