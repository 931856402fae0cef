import { Session } from './schemas.js';

export type SessionPersistence = 'session' | 'memory';

export interface SessionStoreOptions {
  /** `session` (default): survives a reload in this tab via `sessionStorage`. `memory`: gone on reload. */
  persist?: SessionPersistence;
  /** Storage key; change it to run two portals side by side. */
  key?: string;
}

type Listener = (session: Session | null) => void;

/**
 * Holds the signed-in session. The token lives here and nowhere else: never in a URL, never
 * logged. Adapters read it through their `getToken` callback.
 */
export class SessionStore {
  readonly key: string;
  #persist: SessionPersistence;
  #session: Session | null = null;
  #listeners = new Set<Listener>();

  constructor(options: SessionStoreOptions = {}) {
    this.key = options.key ?? 'portico.session';
    this.#persist = options.persist ?? 'session';
    this.#session = this.#read();
  }

  get persist(): SessionPersistence {
    return this.#persist;
  }

  /** Switching to `memory` removes the stored copy; switching to `session` writes it. */
  set persist(value: SessionPersistence) {
    if (value === this.#persist) return;
    this.#persist = value;
    this.#write(this.#session);
  }

  /** The current session, or null when there is none or it has expired. */
  get(): Session | null {
    if (this.#session && Date.parse(this.#session.expiresAt) <= Date.now()) this.clear();
    return this.#session;
  }

  get token(): string | undefined {
    return this.get()?.token;
  }

  set(session: Session): void {
    this.#session = session;
    this.#write(session);
    this.#emit();
  }

  clear(): void {
    const had = this.#session !== null;
    this.#session = null;
    this.#write(null);
    if (had) this.#emit();
  }

  /** Calls `listener` on every sign-in and sign-out; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit() {
    for (const listener of this.#listeners) listener(this.#session);
  }

  #storage(): Storage | undefined {
    try {
      return globalThis.sessionStorage;
    } catch {
      return undefined; // storage disabled (privacy mode, sandboxed iframe)
    }
  }

  #read(): Session | null {
    if (this.#persist !== 'session') return null;
    try {
      const raw = this.#storage()?.getItem(this.key);
      const parsed = raw ? Session.safeParse(JSON.parse(raw)) : undefined;
      return parsed?.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  #write(session: Session | null) {
    const storage = this.#storage();
    try {
      if (session && this.#persist === 'session') storage?.setItem(this.key, JSON.stringify(session));
      else storage?.removeItem(this.key);
    } catch {
      // Full or disabled storage: the session still works for this page.
    }
  }
}

let shared: SessionStore | undefined;

/**
 * The store the shell and both built-in adapters use unless told otherwise. Created on first
 * use, so importing the SDK touches no storage.
 */
export function getDefaultSessionStore(): SessionStore {
  return (shared ??= new SessionStore());
}

/** Supplies the bearer token of each call. May be async (e.g. a firm refreshing its own token). */
export type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>;
