/**
 * Test set-up for elements: a seeded store, a memory adapter signed in as a contact, and a spy that
 * records every adapter call (to prove a read-only portal makes no write, a double-click one pay…).
 */
import { writeMethods, type PortalAdapter, type WriteMethod } from '../../src/sdk/adapter.js';
import type { Session } from '../../src/sdk/schemas.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import { PortalStore, type StoreOptions } from '../../src/mocks/store.js';
import { useLocale } from '../../src/internal/i18n.js';

// The UI language is page-wide (@lit/localize): a test that gives an element a locale must not
// leave the next test in French.
afterEach(() => useLocale('en'));

export const TODAY = new Date('2026-11-23T12:00:00Z');

export interface Backend {
  store: PortalStore;
  session: Session;
  /** The memory adapter, wrapped by `calls`. */
  adapter: PortalAdapter;
  /** Every call made through `adapter`, in order: `[method, args]`. */
  calls: [keyof PortalAdapter, unknown[]][];
  /** The write calls only. */
  writes(): [WriteMethod, unknown[]][];
}

/** Wraps an adapter so every call is recorded. */
export function spyAdapter(adapter: PortalAdapter, calls: [keyof PortalAdapter, unknown[]][]): PortalAdapter {
  return new Proxy(adapter, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push([name as keyof PortalAdapter, args]);
        return value.apply(target, args);
      };
    },
  });
}

/** A backend signed in as `contact` (default Alice of Acme Bakery). */
export function backend(options: StoreOptions & { contact?: string; today?: Date } = {}): Backend {
  const store = new PortalStore({ now: () => options.today ?? TODAY, ...options });
  const session = store.createSession(options.contact ?? 'ct_alice');
  const calls: [keyof PortalAdapter, unknown[]][] = [];
  const adapter = spyAdapter(createMemoryAdapter(store, { getToken: () => session.token, timeout: 500 }), calls);
  return {
    store,
    session,
    adapter,
    calls,
    writes: () => calls.filter(([name]) => (writeMethods as readonly string[]).includes(name)) as [WriteMethod, unknown[]][],
  };
}

/** Waits until `check` passes (re-rendering elements settle over a few microtasks and timers). */
export async function until(check: () => unknown, timeout = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  for (;;) {
    try {
      if (check()) return;
    } catch {
      /* not yet */
    }
    if (performance.now() - start > timeout) throw new Error(`until: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Everything under an element's shadow root (and nested shadow roots), for queries across them. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    found.push(...(node.querySelectorAll(selector) as NodeListOf<T>));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

/** The first match of `selector` anywhere under `root`, through shadow roots. */
export function deepQuery<T extends Element = Element>(root: Element | ShadowRoot | Document, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

/** Text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** XSS payloads every text field must show as text. Each sets `window.__xss` if it ever runs. */
export const XSS_PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  '<a href="javascript:window.__xss=4">click</a>',
  '<iframe srcdoc="<script>parent.__xss=5</script>"></iframe>',
  '{{constructor.constructor("window.__xss=6")()}}',
];

/** Asserts no payload ran and no payload markup became an element under `root`. */
export function assertNoXss(root: Element): void {
  if ((window as unknown as { __xss?: number }).__xss) throw new Error(`XSS payload ran: ${(window as unknown as { __xss?: number }).__xss}`);
  const injected = deepQueryAll(root, 'img[onerror], svg[onload], script, iframe[srcdoc], a[href^="javascript:"]');
  if (injected.length) throw new Error(`Payload markup became elements: ${injected.map((e) => e.outerHTML).join(', ')}`);
}
