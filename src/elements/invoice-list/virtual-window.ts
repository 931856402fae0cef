import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualWindowOptions {
  /** The element rows are laid out in; its top edge is the top of row 0. */
  target: () => Element | null | undefined;
  /** How many rows there are (loaded or not). */
  count: () => number;
  /** The fixed height of one row, in px. */
  rowHeight: () => number;
  /** Rows rendered beyond each edge of the visible area, so Tab and fast scrolling find rows ready. */
  overscan?: number;
}

const scrolling = new Set(['auto', 'scroll', 'overlay']);
const clipping = new Set([...scrolling, 'hidden', 'clip']);

/**
 * Windowing for a list of fixed-height rows: works out which rows `[start, end)` intersect what
 * the user can see — the viewport, clipped by every scrolling ancestor (also across shadow roots,
 * so the portal's own scroll box works) — and asks the host to render again only when that range
 * changes. The host renders just those rows, absolutely positioned in a box as tall as all rows.
 */
export class VirtualWindow implements ReactiveController {
  start = 0;
  end = 0;

  #host: ReactiveControllerHost & HTMLElement;
  #options: VirtualWindowOptions;
  #overscan: number;
  #clippers: Element[] = [];
  #scrollers: Element[] = [];
  #attached = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualWindowOptions) {
    this.#host = host;
    this.#options = options;
    this.#overscan = options.overscan ?? 6;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('scroll', this.#onScroll, { passive: true });
    addEventListener('resize', this.#onScroll, { passive: true });
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.#onScroll);
    removeEventListener('resize', this.#onScroll);
    for (const scroller of this.#scrollers) scroller.removeEventListener('scroll', this.#onScroll);
    this.#scrollers = [];
    this.#clippers = [];
    this.#attached = false;
  }

  /** Before each render: the range for the geometry as it is now. */
  hostUpdate(): void {
    this.#compute();
  }

  hostUpdated(): void {
    if (!this.#attached && this.#options.target()) this.#findAncestors();
  }

  /** Call when the layout changed without a scroll (content above the list grew). */
  measure = (): void => {
    if (this.#compute()) this.#host.requestUpdate();
  };

  #onScroll = () => this.measure();

  #findAncestors() {
    this.#attached = true;
    let node: Element | null = this.#host;
    while (node) {
      node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
      if (!node || node === document.body || node === document.documentElement) break;
      const { overflowY } = getComputedStyle(node);
      if (clipping.has(overflowY)) this.#clippers.push(node);
      if (scrolling.has(overflowY)) {
        node.addEventListener('scroll', this.#onScroll, { passive: true });
        this.#scrollers.push(node);
      }
    }
  }

  /** Updates `start`/`end`; true when they changed. */
  #compute(): boolean {
    const count = this.#options.count();
    const height = this.#options.rowHeight();
    const target = this.#options.target();
    let from = 0;
    let to = innerHeight;
    if (target?.isConnected) {
      let top = 0;
      let bottom = innerHeight;
      for (const clipper of this.#clippers) {
        const rect = clipper.getBoundingClientRect();
        top = Math.max(top, rect.top);
        bottom = Math.min(bottom, rect.bottom);
      }
      const origin = target.getBoundingClientRect().top;
      from = top - origin;
      to = bottom - origin;
    }
    let start = Math.max(0, Math.floor(from / height) - this.#overscan);
    let end = Math.min(count, Math.ceil(to / height) + this.#overscan);
    if (end <= start) {
      // Entirely out of view: keep a few rows at the nearer edge so the list is never blank on arrival.
      start = to <= 0 ? 0 : Math.max(0, count - this.#overscan);
      end = to <= 0 ? Math.min(count, this.#overscan) : count;
    }
    const changed = start !== this.start || end !== this.end;
    this.start = start;
    this.end = end;
    return changed;
  }
}
