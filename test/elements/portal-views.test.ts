/**
 * The whole portal, view by view: every view loads inside the shell and passes axe, and in a
 * read-only portal no click or submit anywhere makes a single write reach the backend.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/portal/define.js';
import type { PorticoPortal } from '../../src/elements/portal/portal.js';
import { writeMethods } from '../../src/sdk/adapter.js';
import { getDefaultSessionStore } from '../../src/sdk/session.js';
import { backend, deepQueryAll, until, type Backend } from '../helpers/fixtures.js';

const VIEWS = [
  '/',
  '/invoices',
  '/invoices/INV-1042',
  '/quotes',
  '/quotes/Q-2001',
  '/contracts',
  '/contracts/ctr_acme_1',
  '/files',
  '/requests',
  '/requests/new',
  '/requests/req_acme_1',
  '/tasks',
  '/projects',
  '/projects/prj_acme_1',
  '/activity',
  '/catalogue',
  '/contact',
  '/pages/how-we-work',
];

const currentView = (portal: PorticoPortal) => portal.shadowRoot!.querySelector('main')?.firstElementChild as HTMLElement | null;

async function open(portal: PorticoPortal, path: string) {
  portal.navigate(path);
  await until(
    () => {
      const view = currentView(portal);
      return view?.shadowRoot?.childElementCount && deepQueryAll(view, '[part~="loading"]').length === 0;
    },
    5000,
    `view ${path} loaded`,
  );
}

async function mount(b: Backend, readOnly = false) {
  getDefaultSessionStore().set(b.session);
  return readOnly
    ? fixture<PorticoPortal>(html`<portico-portal .adapter=${b.adapter} routing="memory" read-only></portico-portal>`)
    : fixture<PorticoPortal>(html`<portico-portal .adapter=${b.adapter} routing="memory"></portico-portal>`);
}

describe('the portal, view by view', () => {
  afterEach(() => getDefaultSessionStore().clear());

  for (const path of VIEWS) {
    it(`shows ${path} inside the shell and passes axe`, async () => {
      const b = backend();
      const portal = await mount(b);
      await open(portal, path);
      await expect(portal).to.be.accessible();
    });
  }

  it('in read-only mode, no click or submit in any view makes a write reach the backend', async function () {
    this.timeout(60_000);
    const b = backend();
    const portal = await mount(b, true);
    let clicked = 0;
    for (const path of VIEWS) {
      await open(portal, path);
      const view = currentView(portal)!;
      for (const form of deepQueryAll<HTMLFormElement>(view, 'form')) {
        form.requestSubmit();
      }
      for (const button of deepQueryAll<HTMLButtonElement>(view, 'button:not([disabled])')) {
        if (/sign out|print|menu|close/i.test(button.textContent ?? '') || button.closest('dialog')) continue;
        button.click();
        clicked++;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(clicked, 'buttons exercised').to.be.greaterThan(20);
    const writes = b.calls.filter(([name]) => (writeMethods as readonly string[]).includes(name));
    expect(writes.map(([name]) => name)).to.deep.equal([]);
  });
});
