import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/invoice-viewer/define.js';
import type { PorticoInvoiceViewer } from '../../src/elements/invoice-viewer/invoice-viewer.js';
import type { PorticoPayEvent } from '../../src/events/pay.js';
import type { WriteOptions } from '../../src/sdk/adapter.js';
import type { PayInput } from '../../src/sdk/schemas.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: Element, text: RegExp) => $$<HTMLButtonElement>(el, 'button').find((b) => text.test(b.textContent ?? ''))!;
const payButton = (el: Element) => $<HTMLButtonElement>(el, '[part="pay-button"]');
const payCalls = (b: Backend) => b.writes().filter(([name]) => name === 'pay').map(([, args]) => args as [PayInput, WriteOptions]);
const settle = () => new Promise((r) => setTimeout(r, 50));

interface Observed {
  redirects: string[];
  saved: { blob: Blob; name: string }[];
}

/** Mounts the viewer with the redirect and the file download observed instead of performed. */
async function mount(b: Backend, attributes = 'invoice-id="INV-1030"', width?: number): Promise<PorticoInvoiceViewer & Observed> {
  const container = document.createElement('div');
  if (width) container.style.width = `${width}px`;
  container.innerHTML = `<portico-invoice-viewer ${attributes}></portico-invoice-viewer>`;
  const el = container.firstElementChild as PorticoInvoiceViewer & Observed;
  el.adapter = b.adapter;
  el.session = b.session;
  el.redirects = [];
  el.saved = [];
  const hooks = el as unknown as { redirect(url: string): void; saveFile(blob: Blob, name: string): void };
  hooks.redirect = (url) => el.redirects.push(url);
  hooks.saveFile = (blob, name) => el.saved.push({ blob, name });
  // Not fixture(container): for a plain element it waits for an animation frame, which a background test page never gets.
  document.body.append(container);
  mounted.push(container);
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector('[part="summary"], [part~="empty"], [part~="error"]'), 3000, 'the invoice');
  return el;
}

const mounted: HTMLElement[] = [];

/** Types an amount in the partial-payment field. */
async function typeAmount(el: PorticoInvoiceViewer, text: string) {
  const other = $<HTMLInputElement>(el, 'input[value="partial"]');
  if (!other.checked) {
    other.click();
    await el.updateComplete;
  }
  const input = $<HTMLInputElement>(el, '#amount');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const fieldError = (el: Element) => el.shadowRoot!.querySelector('#amount-error')?.textContent?.trim();

describe('<portico-invoice-viewer>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => mounted.splice(0).forEach((container) => container.remove()));

  itBehavesLikeAView({
    render: (b) => html`<portico-invoice-viewer .adapter=${b.adapter} invoice-id="INV-1030"></portico-invoice-viewer>`,
    route: 'getInvoice',
    makeEmpty: (store) => (store.db.invoices.length = 0),
    readyText: /Invoice INV-1030/,
    emptyText: /could not find this invoice/,
  });

  describe('the bill', () => {
    it('shows the header, lines with discounts and taxes, totals, payments and history', async () => {
      const b = backend();
      const invoice = b.store.db.invoices.find((i) => i.number === 'INV-1034')!;
      invoice.lines[0].discount = 500;
      const el = await mount(b, 'invoice-id="INV-1034"');
      const text = shadowText(el);
      expect($(el, 'h1').textContent).to.equal('Invoice INV-1034');
      expect($(el, '.view-head .badge').textContent).to.equal('Partially paid');
      for (const part of ['Issued', 'Nov 3, 2026', 'Dec 3, 2026', 'Harbor & Pine Accountants', 'Acme Bakery Ltd', 'Companies House filing', 'VAT 20%', '−£5.00'])
        expect(text).to.contain(part);
      const totals = $$(el, '[part="totals"] > div').map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' '));
      expect(totals).to.deep.equal(['Subtotal £50.00', 'VAT 20% £10.00', 'Total £60.00', 'Amount paid −£24.00', 'Amount due £36.00']);
      const payment = $$(el, '[part="payments"] tbody tr')[0].textContent!.replace(/\s+/g, ' ');
      expect(payment).to.contain('Card').and.contain('£24.00').and.contain(invoice.payments[0].reference!);
      const history = $$(el, '[part="history"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(history.some((h) => h.startsWith('Part payment received'))).to.equal(true);
      expect(history.some((h) => h.startsWith('Invoice sent'))).to.equal(true);
      expect(text).to.contain('Thank you for your business.').and.contain('Payment due within 30 days');
    });

    it('makes the amount due the largest thing on the page', async () => {
      const el = await mount(backend());
      const amount = $(el, '[part="amount-due"]');
      expect(amount.textContent).to.equal('£1,896.00');
      const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      const largestElsewhere = Math.max(...$$(el, '*').filter((e) => e !== amount && e.textContent?.trim()).map(size));
      expect(size(amount)).to.be.greaterThan(largestElsewhere);
    });

    it('formats in the portal locale and the invoice currency', async () => {
      const cases = [
        { locale: 'de-DE', currency: 'EUR', due: '1.234,56\u00a0€', date: '28.10.2026' },
        { locale: 'fr-FR', currency: 'EUR', due: '1\u202f234,56\u00a0€', date: '28 oct. 2026' },
        { locale: 'ja-JP', currency: 'JPY', due: '￥123,456', date: '2026/10/28' },
        { locale: 'en-US', currency: 'USD', due: '$1,234.56', date: 'Oct 28, 2026' },
      ];
      for (const c of cases) {
        const b = backend();
        const invoice = b.store.db.invoices.find((i) => i.number === 'INV-1030')!;
        invoice.currency = c.currency;
        invoice.amountDue = 123456;
        const el = await mount(b, `invoice-id="INV-1030" locale="${c.locale}"`);
        expect($(el, '[part="amount-due"]').textContent, c.locale).to.equal(c.due);
        expect($(el, '.due-note').textContent, c.locale).to.contain(c.date);
        el.parentElement!.remove();
      }
    });

    it('tells the firm the invoice was viewed, once per session', async () => {
      const b = backend();
      const first = await mount(b);
      await until(() => $$(first, '[part="history"] li').some((li) => /^Viewed/.test(li.textContent!.trim())), 3000, 'viewed in history');
      first.parentElement!.remove();
      await mount(b);
      // And again by number and by id: all the same invoice.
      await mount(b, 'invoice-id="inv_1030"');
      expect(b.calls.filter(([name]) => name === 'markInvoiceViewed').map(([, args]) => args[0])).to.deep.equal(['INV-1030']);
      expect(b.store.db.invoices.find((i) => i.number === 'INV-1030')!.history.filter((h) => h.type === 'viewed')).to.have.length(1);
    });

    it('does not tell the firm anything from a read-only preview', async () => {
      const b = backend();
      await mount(b, 'invoice-id="INV-1030" read-only');
      expect(b.calls.some(([name]) => name === 'markInvoiceViewed')).to.equal(false);
    });

    it('updates live when the invoice changes', async () => {
      const b = backend();
      sessionStorage.setItem('portico.viewed.INV-1030', '1'); // seen earlier this session
      const el = await mount(b);
      b.store.pay(b.session.token, { invoiceIds: ['inv_1030'] });
      await until(() => $(el, '.view-head .badge').textContent === 'Paid', 3000, 'paid badge');
      expect(shadowText(el)).to.contain('Updated');
      expect(payButton(el)).to.equal(null);
    });

    it('shows every text from the backend as text', async () => {
      const b = backend();
      const invoice = b.store.db.invoices.find((i) => i.number === 'INV-1034')!;
      const [a, c, d, e, f, g] = XSS_PAYLOADS;
      invoice.subject = a;
      invoice.lines[0].description = c;
      invoice.notes = d;
      invoice.terms = e;
      invoice.payments[0].reference = f;
      invoice.payments[0].method = g;
      const el = await mount(b, 'invoice-id="INV-1034"');
      expect(shadowText(el)).to.contain('onerror').and.contain('<script>');
      await settle();
      assertNoXss(el);
    });
  });

  describe('PDF', () => {
    it('downloads the PDF the backend makes', async () => {
      const b = backend();
      const el = await mount(b);
      button(el, /Download PDF/).click();
      await until(() => el.saved.length === 1);
      expect(el.saved[0].name).to.equal('INV-1030.pdf');
      expect(el.saved[0].blob.type).to.equal('application/pdf');
      expect(new TextDecoder().decode((await el.saved[0].blob.arrayBuffer()).slice(0, 5))).to.equal('%PDF-');
    });

    it('says clearly when the firm cannot produce one', async () => {
      const b = backend();
      b.store.faults.fail('getInvoicePdf', { status: 404, code: 'pdf_unavailable' });
      const el = await mount(b);
      button(el, /Download PDF/).click();
      await until(() => $(el, '.pdf [role="alert"]'));
      expect($(el, '.pdf [role="alert"]').textContent).to.contain('A PDF of this invoice is not available. Please contact Harbor & Pine Accountants for a copy.');
      expect(el.saved).to.deep.equal([]);
    });

    it('says so up front for an invoice marked as having no PDF', async () => {
      const b = backend();
      const el = await mount(b, 'invoice-id="INV-1033"');
      expect(b.store.db.invoices.find((i) => i.number === 'INV-1033')!.pdfAvailable).to.equal(false);
      expect(button(el, /Download PDF/)).to.equal(undefined);
      expect($(el, '[part="pdf-unavailable"]').textContent).to.contain('A PDF of this invoice is not available');
    });
  });

  describe('Pay now', () => {
    it('redirects to checkout with the invoice page as the return address', async () => {
      const b = backend();
      const el = await mount(b);
      expect(payButton(el).textContent).to.contain('Pay £1,896.00');
      setTimeout(() => payButton(el).click());
      const event = (await oneEvent(el, 'portico-pay')) as PorticoPayEvent;
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.include({ currency: 'GBP' });
      expect(event.detail.invoiceIds).to.deep.equal(['inv_1030']);
      expect(event.detail.intent.kind).to.equal('redirect');
      await until(() => el.redirects.length === 1);
      const [[input, options]] = payCalls(b);
      expect(input).to.deep.equal({ invoiceIds: ['inv_1030'], returnUrl: `${location.href.split('#')[0]}#/invoices/INV-1030` });
      expect(options.idempotencyKey).to.be.a('string');
      expect(el.redirects[0]).to.equal((event.detail.intent as { url: string }).url);
      expect(el.redirects[0]).to.match(/#\/invoices\/INV-1030[?&]portico-payment=success/);
      expect(payButton(el).getAttribute('aria-busy')).to.equal('true');
    });

    it('makes exactly one payment on a double-click', async () => {
      const b = backend();
      b.store.faults.delay('pay', 100);
      const el = await mount(b);
      payButton(el).click();
      payButton(el).click();
      await el.updateComplete;
      expect(payButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(payButton(el).querySelector('.spinner')).to.exist;
      await until(() => el.redirects.length === 1);
      payButton(el)?.click(); // (the mock's checkout succeeds at once, so the button may be gone)
      await settle();
      expect(payCalls(b)).to.have.length(1);
      expect(el.redirects).to.have.length(1);
    });

    it('retries after a network failure with the same idempotency key', async () => {
      const b = backend();
      b.store.faults.fail('pay', { kind: 'network' }, { times: 1 });
      const el = await mount(b);
      payButton(el).click();
      await until(() => $(el, '[part="summary"] [role="alert"]'), 3000, 'the failure');
      expect($(el, '[part="summary"] [role="alert"]').textContent).to.match(/could not reach the server/i);
      expect(el.redirects).to.deep.equal([]);
      payButton(el).click();
      await until(() => el.redirects.length === 1);
      const keys = payCalls(b).map(([, options]) => options.idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(b.store.db.invoices.find((i) => i.number === 'INV-1030')!.payments).to.have.length(1);
    });

    it('reuses the key after a reload while the payment was pending', async () => {
      const b = backend();
      b.store.faults.delay('pay', 200);
      const first = await mount(b);
      payButton(first).click();
      await until(() => payCalls(b).length === 1);
      first.parentElement!.remove(); // the page goes away mid-flight
      const again = await mount(b);
      payButton(again).click();
      await until(() => again.redirects.length === 1, 3000, 'redirect after reload');
      const keys = payCalls(b).map(([, options]) => options.idempotencyKey);
      expect(keys[1]).to.equal(keys[0]);
      expect(b.store.db.invoices.find((i) => i.number === 'INV-1030')!.payments).to.have.length(1);
    });

    it('lets the host page take over through a canceled portico-pay, and then does nothing more', async () => {
      const b = backend({ paymentMode: 'client_secret' });
      const el = await mount(b);
      const seen: PorticoPayEvent[] = [];
      el.parentElement!.addEventListener('portico-pay', (event) => {
        seen.push(event);
        event.preventDefault();
      });
      payButton(el).click();
      await until(() => seen.length === 1);
      expect(seen[0].detail.intent).to.include({ kind: 'client_secret', provider: 'mockpay' });
      await settle();
      expect(el.redirects).to.deep.equal([]);
      expect($(el, '[part="payment-message"]')).to.equal(null);
      expect(payButton(el).getAttribute('aria-busy')).to.equal('false');
    });

    it('does not redirect when the host cancels a redirect intent either', async () => {
      const b = backend();
      const el = await mount(b);
      el.addEventListener('portico-pay', (event) => event.preventDefault());
      payButton(el).click();
      await until(() => payCalls(b).length === 1);
      await settle();
      expect(el.redirects).to.deep.equal([]);
    });

    it('says the page must handle a client secret when no host handler takes it', async () => {
      const b = backend({ paymentMode: 'client_secret' });
      const el = await mount(b);
      payButton(el).click();
      await until(() => $(el, '[part="payment-message"]'));
      expect($(el, '[part="payment-message"]').textContent).to.contain('this website has not set it up yet. Nothing was charged.');
      expect(el.redirects).to.deep.equal([]);
    });

    it('never follows a checkout URL that is not http(s)', async () => {
      const b = backend();
      const el = await mount(b);
      el.addEventListener('portico-pay', (event) => ((event.detail.intent as { url: string }).url = 'javascript:alert(1)'), { once: true });
      payButton(el).click();
      await until(() => $(el, '[part="summary"] [role="alert"]'));
      expect($(el, '[part="summary"] [role="alert"]').textContent).to.contain('payment page address we received is not valid');
      expect(el.redirects).to.deep.equal([]);
    });

    it('is disabled with an explanation in a read-only preview, and writes nothing', async () => {
      const b = backend();
      const el = await mount(b, 'invoice-id="INV-1030" read-only');
      const pay = payButton(el);
      expect(pay.disabled).to.equal(true);
      expect(el.shadowRoot!.getElementById(pay.getAttribute('aria-describedby')!)!.textContent).to.contain('read-only preview');
      pay.click();
      pay.removeAttribute('disabled');
      pay.click();
      await settle();
      expect(b.writes()).to.deep.equal([]);
      expect(el.redirects).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('is not offered when nothing is due', async () => {
      const b = backend();
      const el = await mount(b, 'invoice-id="INV-1035"');
      expect($(el, '.view-head .badge').textContent).to.equal('Paid');
      expect(payButton(el)).to.equal(null);
      expect(shadowText(el)).to.contain('Paid in full on');
    });

    it('is not offered when the firm does not take payments online, and says how to pay instead', async () => {
      const b = backend();
      b.store.updateConfig((config) => (config.permissions.payments = false));
      const el = await mount(b);
      expect(payButton(el)).to.equal(null);
      expect(shadowText(el)).to.contain('Online payment is not available for this invoice');
    });

    it('opens focused on the payment panel with the pay attribute', async () => {
      const b = backend();
      const el = await mount(b, 'invoice-id="INV-1030" pay');
      await until(() => el.shadowRoot!.activeElement?.id === 'pay-panel');
      el.focusHeading();
      expect(el.shadowRoot!.activeElement?.id).to.equal('pay-panel');
      await expect(el).to.be.accessible();
    });

    it('shows the outcome after returning from checkout, and reloads the invoice', async () => {
      const b = backend();
      const el = await mount(b);
      b.store.pay(b.session.token, { invoiceIds: ['inv_1030'] });
      el.paymentResult = 'success';
      await until(() => $(el, '.view-head .badge').textContent === 'Paid');
      expect($(el, '[part="payment-outcome"]').textContent).to.contain('Payment received — thank you');
      expect(b.calls.filter(([name]) => name === 'getInvoice').length).to.be.greaterThan(1);
      const cancel = await mount(b, 'invoice-id="INV-1031" payment-result="cancel"');
      expect($(cancel, '[part="payment-outcome"]').textContent).to.contain('Payment canceled, nothing was charged');
      await expect(cancel).to.be.accessible();
    });
  });

  describe('partial payments', () => {
    // INV-1034 allows part payments (£36.00 due); the firm allows them too.
    it('offers the full amount or another amount, and pays the amount typed', async () => {
      const b = backend();
      const el = await mount(b, 'invoice-id="INV-1034"');
      expect($<HTMLInputElement>(el, 'input[value="full"]').checked).to.equal(true);
      await typeAmount(el, '10.50');
      expect(payButton(el).textContent).to.contain('Pay £10.50');
      payButton(el).click();
      await until(() => el.redirects.length === 1);
      expect(payCalls(b)[0][0]).to.include({ amount: 1050 });
    });

    const invalid: [string, RegExp][] = [
      ['', /Enter the amount you want to pay/],
      ['ten pounds', /Enter an amount as a number, for example 18\.00/],
      ['0', /greater than zero/],
      ['-5', /greater than zero/],
      ['36.01', /more than the amount due \(£36\.00\)/],
      ['1.234', /Enter an amount as a number/],
    ];
    for (const [text, message] of invalid) {
      it(`refuses “${text}” with a message at the field, and sends nothing`, async () => {
        const b = backend();
        const el = await mount(b, 'invoice-id="INV-1034"');
        await typeAmount(el, text);
        payButton(el).click();
        await el.updateComplete;
        expect(fieldError(el)).to.match(message);
        const input = $<HTMLInputElement>(el, '#amount');
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain('amount-error');
        expect(input.value).to.equal(text);
        await settle();
        expect(payCalls(b)).to.deep.equal([]);
      });
    }

    it('reads amounts the locale’s way', async () => {
      const b = backend();
      const invoice = b.store.db.invoices.find((i) => i.number === 'INV-1034')!;
      invoice.currency = 'EUR';
      invoice.total = invoice.amountDue = 250000;
      invoice.amountPaid = 0;
      const el = await mount(b, 'invoice-id="INV-1034" locale="de-DE"');
      await typeAmount(el, '1.234,50');
      payButton(el).click();
      await until(() => payCalls(b).length === 1);
      expect(payCalls(b)[0][0].amount).to.equal(123450);
    });

    it('treats the whole amount typed in as the full payment (the same intent)', async () => {
      const b = backend();
      const el = await mount(b, 'invoice-id="INV-1034"');
      await typeAmount(el, '36');
      payButton(el).click();
      await until(() => payCalls(b).length === 1);
      expect(payCalls(b)[0][0].amount).to.equal(undefined);
    });

    it('is not offered where the invoice or the firm does not allow it', async () => {
      const b = backend();
      const el = await mount(b, 'invoice-id="INV-1030"');
      expect(b.store.db.invoices.find((i) => i.number === 'INV-1030')!.allowPartialPayment).to.equal(false);
      expect($(el, 'input[value="partial"]')).to.equal(null);
      const firmOff = backend();
      firmOff.store.updateConfig((config) => (config.permissions.partialPayments = false));
      const el2 = await mount(firmOff, 'invoice-id="INV-1034"');
      expect($(el2, 'input[value="partial"]')).to.equal(null);
      expect(payButton(el2).textContent).to.contain('Pay £36.00');
    });

    it('is accessible with a message at the field', async () => {
      const b = backend();
      const el = await mount(b, 'invoice-id="INV-1034"', 360);
      await typeAmount(el, '99');
      payButton(el).click();
      await el.updateComplete;
      expect(fieldError(el)).to.match(/more than the amount due/);
      await expect(el).to.be.accessible();
    });
  });
});
