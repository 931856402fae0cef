import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/invoice-viewer/define.js';
import '../../src/elements/quote-viewer/define.js';
import '../../src/elements/portal/define.js';
import type { PorticoInvoiceViewer } from '../../src/elements/invoice-viewer/invoice-viewer.js';
import type { PorticoQuoteViewer } from '../../src/elements/quote-viewer/quote-viewer.js';
import type { PorticoPortal } from '../../src/elements/portal/portal.js';
import { getDefaultSessionStore } from '../../src/sdk/session.js';
import { backend, until } from '../helpers/fixtures.js';

const shown = (el: Element | null | undefined) => !!el && getComputedStyle(el).display !== 'none';

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints an invoice: full line items and totals, no payment panel, buttons or comments', async () => {
    const b = backend();
    const el = await fixture<PorticoInvoiceViewer>(html`<portico-invoice-viewer .adapter=${b.adapter} .session=${b.session} invoice-id="INV-1042" pay></portico-invoice-viewer>`);
    await until(() => el.shadowRoot!.querySelector('[part="lines"]') && el.shadowRoot!.querySelector('[part="pay"]'));
    const print = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="print"]')!;
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      print.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);

    await emulateMedia({ media: 'print' });
    const invoice = b.store.getInvoice(b.session.token, 'INV-1042');
    expect(shown(el.shadowRoot!.querySelector('[part="lines"]'))).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part="lines"] tbody tr')).to.have.length(invoice.lines.length);
    expect(shown(el.shadowRoot!.querySelector('[part="totals"]'))).to.equal(true);
    expect(shown(el.shadowRoot!.querySelector('[part="amount-due"]'))).to.equal(true);
    expect(shown(el.shadowRoot!.querySelector('[part="pay"]'))).to.equal(false);
    expect(shown(print)).to.equal(false);
    expect(shown(el.shadowRoot!.querySelector('portico-comments'))).to.equal(false);
    expect(shown(el.shadowRoot!.querySelector('.back'))).to.equal(false);
  });

  it('prints a quote without its decision form', async () => {
    const b = backend();
    const el = await fixture<PorticoQuoteViewer>(html`<portico-quote-viewer .adapter=${b.adapter} .session=${b.session} record-id="Q-2002"></portico-quote-viewer>`);
    await until(() => el.shadowRoot!.querySelector('[part="decision"]'));
    await emulateMedia({ media: 'print' });
    expect(shown(el.shadowRoot!.querySelector('[part="decision"]'))).to.equal(false);
    expect(shown(el.shadowRoot!.querySelector('[part="header"]'))).to.equal(true);
    expect(shown(el.shadowRoot!.querySelector('[part="lines"]'))).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part="lines"] > li').length).to.be.greaterThan(1);
    expect(shown(el.shadowRoot!.querySelector('[part="print"]'))).to.equal(false);
  });

  it('keeps the firm’s brand and drops the portal’s navigation on paper', async () => {
    const b = backend();
    getDefaultSessionStore().set(b.session);
    const portal = await fixture<PorticoPortal>(html`<portico-portal .adapter=${b.adapter} routing="memory"></portico-portal>`);
    await until(() => portal.shadowRoot!.querySelector('nav a'));
    await emulateMedia({ media: 'print' });
    expect(shown(portal.shadowRoot!.querySelector('nav'))).to.equal(false);
    expect(shown(portal.shadowRoot!.querySelector('.account'))).to.equal(false);
    expect(shown(portal.shadowRoot!.querySelector('.brand'))).to.equal(true);
    expect(portal.shadowRoot!.querySelector('.firm-name')!.textContent).to.equal('Harbor & Pine Accountants');
    getDefaultSessionStore().clear();
  });
});
