/**
 * What every data-showing element must do, as one shared suite: accessible when loaded, a
 * skeleton while loading, an empty state, an error state whose Retry recovers, and an
 * `unauthorized` failure handed to the portal. Element test files call it with their own setup.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RouteName } from '../../src/sdk/contract.js';
import type { PortalStore } from '../../src/mocks/store.js';
import { backend, shadowText, until, type Backend } from './fixtures.js';

export interface ViewBehaviour {
  /** The element under test, given a signed-in backend. */
  render: (b: Backend) => TemplateResult;
  /** The route the element loads from (faults and latency go there). */
  route: RouteName;
  /** Empties the data the element shows. */
  makeEmpty: (store: PortalStore) => void;
  /** Text that proves the loaded data is shown. */
  readyText: RegExp;
  /** Text of the empty state. */
  emptyText: RegExp;
  /**
   * The element loads only what a backend serves before sign-in (the firm's config), so an expired
   * session cannot surface while loading: the "hands an expired session" check is left out, and the
   * element's own tests cover it on its writes.
   */
  publicData?: boolean;
}

async function mount(b: Backend, behaviour: ViewBehaviour): Promise<HTMLElement> {
  return fixture<HTMLElement>(behaviour.render(b));
}

export function itBehavesLikeAView(behaviour: ViewBehaviour): void {
  describe('states', () => {
    it('is accessible once loaded', async () => {
      const b = backend();
      const el = await mount(b, behaviour);
      await until(() => behaviour.readyText.test(shadowText(el)), 3000, `ready text ${behaviour.readyText}`);
      await expect(el).to.be.accessible();
    });

    it('shows a skeleton while loading, then the data', async () => {
      const b = backend();
      b.store.faults.delay(behaviour.route, 300);
      const el = await mount(b, behaviour);
      const loading = el.shadowRoot!.querySelector('[part~="loading"]');
      expect(loading, 'skeleton').to.exist;
      expect(loading!.getAttribute('role')).to.equal('status');
      expect(el.matches(':state(loading)')).to.equal(true);
      await until(() => behaviour.readyText.test(shadowText(el)), 3000, 'data after loading');
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    });

    it('says so when there is nothing to show', async () => {
      const b = backend();
      behaviour.makeEmpty(b.store);
      const el = await mount(b, behaviour);
      await until(() => el.shadowRoot!.querySelector('[part~="empty"]'), 3000, 'empty state');
      expect(shadowText(el)).to.match(behaviour.emptyText);
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows an error in plain words, and Retry recovers', async () => {
      const b = backend();
      b.store.faults.fail(behaviour.route, { status: 503 }, { times: 1 });
      const el = await mount(b, behaviour);
      await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 3000, 'error state');
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.match(/went wrong/i);
      await expect(el).to.be.accessible();
      const retry = [...error.querySelectorAll('button')].find((b) => /try again/i.test(b.textContent ?? ''))!;
      retry.click();
      await until(() => behaviour.readyText.test(shadowText(el)), 3000, 'data after retry');
    });

    if (!behaviour.publicData) it('hands an expired session to the portal', async () => {
      const b = backend();
      b.store.expireSession();
      b.store.faults.delay(behaviour.route, 50); // so the listener is attached before the failure
      const el = await mount(b, behaviour);
      const event = await oneEvent(el, 'portico-unauthorized');
      expect(event.detail.error.type).to.equal('unauthorized');
    });
  });
}
