/**
 * The page bench/invoice-list-render.mjs drives: mounts <portico-invoice-list> on the memory
 * adapter over a store of N invoices and measures, in this browser, what the client waits for.
 */
import '../src/elements/invoice-list/define.js';
import type { PorticoInvoiceList } from '../src/elements/invoice-list/invoice-list.js';
import { createMemoryAdapter, PortalStore } from '../src/mocks/index.js';
import type { PortalAdapter } from '../src/sdk/index.js';

const TODAY = new Date('2026-11-23T12:00:00Z');
const ROW = '[part~="row"] a.number';

interface Backend {
  /** The memory adapter: the mock backend filters, sorts and pages on this page's main thread. */
  live: PortalAdapter;
  /** The same adapter with its answers remembered, so only the element's own work is measured. */
  warm: PortalAdapter;
}
const backends = new Map<number, Backend>();

function backendFor(count: number): Backend {
  let backend = backends.get(count);
  if (!backend) {
    const store = new PortalStore({ invoiceCount: count, now: () => TODAY });
    const session = store.createSession('ct_alice');
    const live = createMemoryAdapter(store, { getToken: () => session.token });
    const answers = new Map<string, Promise<unknown>>();
    const remember = <T>(key: string, call: () => Promise<T>): Promise<T> => {
      if (!answers.has(key)) answers.set(key, call());
      // A copy each time, as a backend's answer would be.
      return answers.get(key)!.then((value) => structuredClone(value) as T);
    };
    const warm: PortalAdapter = {
      ...live,
      listInvoices: (query) => remember(`list:${JSON.stringify(query)}`, () => live.listInvoices(query)),
      getConfig: () => remember('config', () => live.getConfig()),
    };
    backends.set(count, (backend = { live, warm }));
  }
  return backend;
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

  /**
   * Mounts the list and returns ms until the first rows are in the DOM and laid out. `warm`: the
   * adapter answers from memory (the element's own cost); otherwise the mock backend works too.
   */
  async mount(count: number, warm: boolean): Promise<number> {
    api.unmount();
    scrollTo(0, 0);
    const el = document.createElement('portico-invoice-list');
    el.setAttribute('status', 'all');
    el.adapter = warm ? backendFor(count).warm : backendFor(count).live;
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

  /** ms the mock backend takes for the list's first page (all invoices, newest first, 100). */
  async backendCall(count: number): Promise<number> {
    const start = performance.now();
    await backendFor(count).live.listInvoices({ sort: '-issueDate', limit: 100 });
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
