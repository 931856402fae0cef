/**
 * The page bench/invoice-list-render.mjs drives: mounts <portico-invoice-list> on the memory
 * adapter over a store of N invoices and measures, in this browser, what the client waits for.
 */
import '../src/elements/invoice-list/define.js';
import type { PorticoInvoiceList } from '../src/elements/invoice-list/invoice-list.js';
import { createMemoryAdapter, PortalStore } from '../src/mocks/index.js';
import type { PortalAdapter } from '../src/sdk/index.js';

const TODAY = new Date('2026-11-23T12:00:00Z');
const backends = new Map<number, PortalAdapter>();
const ROW = '[part~="row"] a.number';

function backendFor(count: number): PortalAdapter {
  let adapter = backends.get(count);
  if (!adapter) {
    const store = new PortalStore({ invoiceCount: count, now: () => TODAY });
    const session = store.createSession('ct_alice');
    adapter = createMemoryAdapter(store, { getToken: () => session.token });
    backends.set(count, adapter);
  }
  return adapter;
}

const root = document.querySelector('#root')!;
let current: PorticoInvoiceList | undefined;

/** Resolves when `check` holds after a change under `node` (checked on every mutation). */
function whenMutated(node: Node, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const observer = new MutationObserver(() => {
      if (check()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(node, { childList: true, subtree: true, attributes: true });
  });
}

const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));

const api = {
  /** Seeds the store for `count` invoices (not measured). */
  prepare(count: number): void {
    backendFor(count);
  },

  /** Mounts the list and returns ms until the first rows are in the DOM and laid out. */
  async mount(count: number): Promise<number> {
    api.unmount();
    scrollTo(0, 0);
    const el = document.createElement('portico-invoice-list');
    el.setAttribute('status', 'all');
    el.adapter = backendFor(count);
    const start = performance.now();
    root.append(el);
    await whenMutated(el.shadowRoot!, () => !!el.shadowRoot!.querySelector(ROW));
    el.shadowRoot!.querySelector(ROW)!.getBoundingClientRect(); // style and layout included
    const elapsed = performance.now() - start;
    current = el;
    await idle(300); // let the background "total to pay" request settle before anything else
    return elapsed;
  },

  /** Scrolls `steps` screens down; returns the ms each step took until its rows were rendered and laid out. */
  async scroll(steps: number): Promise<number[]> {
    const el = current!;
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const start = performance.now();
      scrollBy(0, Math.round(innerHeight * 0.9));
      dispatchEvent(new Event('scroll')); // the browser's own comes with the next frame
      await el.updateComplete;
      el.shadowRoot!.querySelector('[data-rows]')!.lastElementChild?.getBoundingClientRect();
      times.push(performance.now() - start);
      await idle(20);
    }
    return times;
  },

  /** Jumps to row `index` and returns ms until real rows (not placeholders) are shown there. */
  async jump(index: number): Promise<number> {
    const el = current!;
    const body = el.shadowRoot!.querySelector('[data-rows]')!;
    const rowHeight = body.firstElementChild!.getBoundingClientRect().height;
    const start = performance.now();
    scrollTo(0, body.getBoundingClientRect().top + scrollY + index * rowHeight);
    dispatchEvent(new Event('scroll'));
    const wanted = `[aria-rowindex="${index + 2}"] a.number`;
    await whenMutated(el.shadowRoot!, () => !!el.shadowRoot!.querySelector(wanted));
    return performance.now() - start;
  },

  /** Rows in the DOM right now. */
  rowsInDom(): number {
    return current?.shadowRoot!.querySelectorAll('[part~="row"]').length ?? 0;
  },

  unmount(): void {
    current?.remove();
    current = undefined;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.documentElement.dataset.ready = 'true';
