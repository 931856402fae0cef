import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = 'portico.draft:';
/** A draft older than this is dropped when read: it is no longer what the client meant to send. */
const MAX_AGE_MS = 30 * 86_400_000;
/** Owner used when no signed-in contact is known (an element used alone without a session). */
const NOBODY = '_';

export interface DraftOptions<T> {
  /**
   * Whose draft: the signed-in contact's id. Never the session token — a client whose session
   * expired signs in again with a new token and must find the draft again.
   */
  owner: () => string | undefined;
  /** Which form: `request-new`, `reply:req_acme_1`. `undefined` while not known yet: nothing is read or written. */
  key: () => string | undefined;
  /**
   * Puts a stored draft back into the form. Called whenever the form (owner + key) changes, with the
   * stored value or `undefined` when there is none, before the host renders.
   */
  restore: (value: T | undefined) => void;
  /** A value not worth keeping (nothing typed); default: only blank strings, empty arrays and nullish values. */
  isEmpty?: (value: T) => boolean;
  /** Debounce of the saves while typing, in ms. Default 300. */
  wait?: number;
}

interface Stored<T> {
  value: T;
  savedAt: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled (privacy mode, sandboxed iframe)
  }
}

function blank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(blank);
  return false;
}

/** The `localStorage` key of one draft. */
export function draftStorageKey(owner: string | undefined, key: string): string {
  return `${PREFIX}${owner || NOBODY}:${key}`;
}

/** Reads a stored draft (or `undefined`), dropping it when it is too old or unreadable. */
export function readDraft<T>(owner: string | undefined, key: string): T | undefined {
  const name = draftStorageKey(owner, key);
  try {
    const raw = storage()?.getItem(name);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as Stored<T>;
    if (typeof stored?.savedAt !== 'number' || Date.now() - stored.savedAt > MAX_AGE_MS) {
      storage()?.removeItem(name);
      return undefined;
    }
    return stored.value;
  } catch {
    return undefined;
  }
}

/**
 * Removes stored drafts: every draft of `owner`, or every draft at all. For an explicit sign-out on
 * a shared device; an expired session keeps its drafts on purpose.
 */
export function clearDrafts(owner?: string): void {
  const store = storage();
  if (!store) return;
  const prefix = owner ? `${PREFIX}${owner}:` : PREFIX;
  for (const name of Object.keys(store)) if (name.startsWith(prefix)) store.removeItem(name);
}

/**
 * Nothing the client typed is ever lost: keeps a form's fields in `localStorage` while they type
 * (debounced, written at once when the element leaves the page or the tab is hidden), restores
 * them when the form shows again — after a reload, a network failure or signing in again after
 * the session expired — and forgets them only when told to, which the element does once the
 * backend confirmed the submission.
 *
 * ```ts
 * private draft = new DraftController<ReplyDraft>(this, {
 *   owner: () => this.currentSession?.contact.id,
 *   key: () => this.requestId && `reply:${this.requestId}`,
 *   restore: (value) => (this.body = value?.body ?? ''),
 * });
 * // on input: this.draft.save({ body }); after the backend confirmed: this.draft.clear();
 * ```
 */
export class DraftController<T> implements ReactiveController {
  /** True when the form was filled from a stored draft (and not cleared or discarded since). */
  restored = false;

  #host: ReactiveControllerHost;
  #options: DraftOptions<T>;
  #name?: string;
  #pending?: { name: string; value: T };
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: DraftOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The `localStorage` key in use, once owner and form are known. */
  get storageKey(): string | undefined {
    return this.#name;
  }

  hostConnected(): void {
    addEventListener('pagehide', this.#flushNow);
    document.addEventListener('visibilitychange', this.#flushNow);
  }

  hostUpdate(): void {
    const key = this.#options.key();
    const name = key === undefined ? undefined : draftStorageKey(this.#options.owner(), key);
    if (name === this.#name) return;
    this.flush(); // what was typed in the previous form goes to that form's draft
    this.#name = name;
    if (key === undefined) return;
    const value = readDraft<T>(this.#options.owner(), key);
    this.restored = value !== undefined;
    this.#options.restore(value);
  }

  hostDisconnected(): void {
    this.flush();
    removeEventListener('pagehide', this.#flushNow);
    document.removeEventListener('visibilitychange', this.#flushNow);
  }

  /** Keeps `value` as the draft (written after a short pause in typing). */
  save(value: T): void {
    if (!this.#name) return;
    this.#pending = { name: this.#name, value };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#options.wait ?? 300);
  }

  /** Writes a pending save now. */
  flush(): void {
    clearTimeout(this.#timer);
    const pending = this.#pending;
    this.#pending = undefined;
    if (!pending) return;
    try {
      if ((this.#options.isEmpty ?? blank)(pending.value)) storage()?.removeItem(pending.name);
      else storage()?.setItem(pending.name, JSON.stringify({ value: pending.value, savedAt: Date.now() } satisfies Stored<T>));
    } catch {
      // Storage full or disabled: the fields still hold the text for as long as the page lives.
    }
  }

  /** Forgets the draft. Call it only once the backend confirmed (or the client chose to discard it). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    this.restored = false;
    if (this.#name) {
      try {
        storage()?.removeItem(this.#name);
      } catch {
        /* storage unavailable */
      }
    }
    this.#host.requestUpdate();
  }

  #flushNow = () => this.flush();
}
