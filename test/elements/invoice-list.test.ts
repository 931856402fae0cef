import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/invoice-list/define.js';
import type { PorticoInvoiceList } from '../../src/elements/invoice-list/invoice-list.js';
import type { InvoiceQuery, WriteOptions } from '../../src/sdk/adapter.js';
import type { PayInput } from '../../src/sdk/schemas.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** The invoice rows (or cards) in the DOM, placeholders excluded. */
const rows = (el: Element) => $$(el, '[part~="row"]').filter((row) => row.querySelector('a.number'));
const numbers = (el: Element) => rows(el).map((row) => row.querySelector('a.number')!.textContent!.trim());
const listCalls = (b: Backend) => b.calls.filter(([name]) => name === 'listInvoices').map(([, args]) => (args[0] ?? {}) as InvoiceQuery);
const button = (el: Element, text: RegExp) => $$<HTMLButtonElement>(el, 'button').find((b) => text.test(b.textContent ?? ''))!;

async function mount(b: Backend, attributes = '', width?: number): Promise<PorticoInvoiceList> {
  const container = document.createElement('div');
  if (width) container.style.width = `${width}px`;
  container.innerHTML = `<portico-invoice-list ${attributes}></portico-invoice-list>`;
  const el = container.firstElementChild as PorticoInvoiceList;
  el.adapter = b.adapter;
  el.session = b.session;
  // Not fixture(container): for a plain element it waits for an animation frame, which a background test page never gets.
  document.body.append(container);
  mounted.push(container);
  await el.updateComplete;
  await until(() => rows(el).length || el.shadowRoot!.querySelector('[part~="empty"], [part~="error"]'), 5000, 'invoices');
  return el;
}

const mounted: HTMLElement[] = [];

/** The browser fires `scroll` with the next frame; a background test page gets none, so fire it here. */
async function scrollTo(y: number) {
  window.scrollTo(0, y);
  window.dispatchEvent(new Event('scroll'));
}

describe('<portico-invoice-list>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => mounted.splice(0).forEach((container) => container.remove()));
  afterEach(() => window.scrollTo(0, 0));

  itBehavesLikeAView({
    render: (b) => html`<portico-invoice-list .adapter=${b.adapter}></portico-invoice-list>`,
    route: 'listInvoices',
    makeEmpty: (store) => (store.db.invoices.length = 0),
    readyText: /INV-10\d\d/,
    emptyText: /Nothing to pay/,
  });

  describe('status tabs', () => {
    it('opens on To pay: open, overdue and partially paid invoices, the most urgent first', async () => {
      const b = backend();
      const el = await mount(b);
      const tabs = $$(el, '[role="tab"]');
      expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['To pay', 'Paid', 'Canceled', 'All']);
      expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false']);
      expect($(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-to_pay');
      expect(listCalls(b)[0]).to.include({ sort: 'dueDate' });
      expect(listCalls(b)[0].status).to.deep.equal(['open', 'overdue', 'partially_paid']);
      expect(rows(el)).to.have.length(9);
      const badges = rows(el).map((row) => row.querySelector('.badge')!.textContent!.trim());
      expect(badges.filter((text) => text === 'Paid' || text === 'Canceled')).to.deep.equal([]);
    });

    it('switches tab by click and asks the portal to put it in the URL', async () => {
      const b = backend();
      const el = await mount(b);
      setTimeout(() => $(el, '#tab-paid').click());
      const event = await oneEvent(el, 'portico-navigate');
      expect(event.detail).to.deep.equal({ path: '/invoices?status=paid', replace: true });
      await until(() => rows(el).length && rows(el).every((row) => /Paid/.test(row.textContent!)), 3000, 'paid invoices');
      expect(listCalls(b).at(-1)!.status).to.deep.equal(['paid']);
      expect(el.status).to.equal('paid');
    });

    it('moves between tabs with the arrow keys, Home and End (roving focus)', async () => {
      const b = backend();
      const el = await mount(b);
      const key = (k: string) => el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      $(el, '#tab-to_pay').focus();
      key('ArrowRight');
      await el.updateComplete;
      await until(() => el.shadowRoot!.activeElement?.id === 'tab-paid');
      expect($(el, '#tab-paid').getAttribute('aria-selected')).to.equal('true');
      expect($(el, '#tab-paid').tabIndex).to.equal(0);
      expect($(el, '#tab-to_pay').tabIndex).to.equal(-1);
      key('End');
      await until(() => el.shadowRoot!.activeElement?.id === 'tab-all');
      key('ArrowRight');
      await until(() => el.shadowRoot!.activeElement?.id === 'tab-to_pay');
      key('ArrowLeft');
      await until(() => el.shadowRoot!.activeElement?.id === 'tab-all');
      key('Home');
      await until(() => el.shadowRoot!.activeElement?.id === 'tab-to_pay');
      await until(() => rows(el).length === 9, 3000, 'to pay again');
    });

    it('takes status, q and sort from its attributes (the URL inside the portal)', async () => {
      const b = backend();
      const el = await mount(b, 'status="all" q="payroll" sort="-total"');
      expect(listCalls(b)[0]).to.include({ q: 'payroll', sort: '-total' });
      expect(listCalls(b)[0].status).to.equal(undefined);
      expect($<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('payroll');
      expect($<HTMLSelectElement>(el, 'select').value).to.equal('-total');
      expect($(el, '#tab-all').getAttribute('aria-selected')).to.equal('true');
      for (const row of rows(el)) expect(row.textContent).to.match(/Payroll/);
    });

    it('marks overdue invoices with how many days they are late', async () => {
      const b = backend();
      const el = await mount(b);
      const overdue = rows(el).filter((row) => row.hasAttribute('data-overdue'));
      expect(overdue).to.have.length(3);
      expect(overdue[0].textContent).to.contain('Overdue · 26 days');
      expect(overdue[0].querySelector('.late')).to.exist;
    });
  });

  it('updates live in place when an invoice changes, and says so', async () => {
    const b = backend();
    const el = await mount(b);
    b.store.pay(b.session.token, { invoiceIds: ['inv_1042'] });
    await until(() => rows(el).length === 8 && !numbers(el).includes('INV-1042'), 3000, 'the paid invoice gone from To pay');
    expect(shadowText(el)).to.contain('Updated');
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
  });

  describe('search and sort', () => {
    it('searches by number or text once typing pauses, and puts it in the URL', async () => {
      const b = backend();
      const el = await mount(b);
      const input = $<HTMLInputElement>(el, 'input[type="search"]');
      for (const text of ['P', 'Pa', 'Pay', 'Payroll']) {
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      const event = await oneEvent(el, 'portico-navigate');
      expect(event.detail).to.deep.equal({ path: '/invoices?q=Payroll', replace: true });
      await until(() => rows(el).length && rows(el).every((row) => /Payroll/.test(row.textContent!)), 3000, 'search results');
      // Debounced: one search, not one per keystroke.
      expect(listCalls(b).filter((q) => q.q).map((q) => q.q)).to.deep.equal(['Payroll']);
      // By number too.
      input.value = 'INV-1031';
      input.dispatchEvent(new InputEvent('input'));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await until(() => numbers(el).join() === 'INV-1031', 3000, 'search by number');
    });

    it('says when nothing matches and clears the search on request', async () => {
      const b = backend();
      const el = await mount(b, 'q="no such invoice"');
      expect(shadowText(el)).to.contain('No invoices match “no such invoice”');
      setTimeout(() => button(el, /Clear search/).click());
      const event = await oneEvent(el, 'portico-navigate');
      expect(event.detail.path).to.equal('/invoices');
      await until(() => rows(el).length === 9);
      expect($<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('');
    });

    it('sorts through the adapter and marks the sorted column', async () => {
      const b = backend();
      const el = await mount(b, 'status="all"');
      const select = $<HTMLSelectElement>(el, 'select');
      select.value = '-total';
      setTimeout(() => select.dispatchEvent(new Event('change')));
      const event = await oneEvent(el, 'portico-navigate');
      expect(event.detail).to.deep.equal({ path: '/invoices?status=all&sort=-total', replace: true });
      await until(() => listCalls(b).at(-1)!.sort === '-total' && $(el, '[aria-sort]')?.textContent === 'Total');
      expect($(el, '[aria-sort]').getAttribute('aria-sort')).to.equal('descending');
      const invoices = b.store.db.invoices.filter((i) => i.companyId === 'co_acme' && !i.draft);
      const expected = [...invoices].sort((x, y) => y.total - x.total || x.id.localeCompare(y.id)).map((i) => i.number);
      await until(() => numbers(el).length > 5 && numbers(el).join() === expected.slice(0, numbers(el).length).join(), 3000, 'sorted rows');
    });

    it('keeps the sort out of the URL when it is the default again', async () => {
      const b = backend();
      const el = await mount(b, 'sort="-total"');
      const select = $<HTMLSelectElement>(el, 'select');
      select.value = 'dueDate';
      setTimeout(() => select.dispatchEvent(new Event('change')));
      const event = await oneEvent(el, 'portico-navigate');
      expect(event.detail.path).to.equal('/invoices');
    });
  });

  describe('long histories', () => {
    it('keeps the rows in the DOM bounded with 10,000 invoices, paging through the adapter as it scrolls', async function () {
      this.timeout(20_000);
      const b = backend({ invoiceCount: 10_000 });
      const el = await mount(b, 'status="all" page-size="100"');
      const table = $(el, '[role="table"]');
      // 10,000 invoices plus the header row.
      expect(table.getAttribute('aria-rowcount')).to.equal('10001');
      const bounded = () => $$(el, '[role="rowgroup"] [role="row"]').length;
      expect(bounded()).to.be.within(5, 60);
      expect(listCalls(b)[0].limit).to.equal(100);
      // Scroll a third of the way down: pages load (at most 500 at a time), the rows there appear.
      const rowHeight = rows(el)[1].getBoundingClientRect().top - rows(el)[0].getBoundingClientRect().top;
      const body = $(el, '[data-rows]');
      const target = 3000;
      await scrollTo(body.getBoundingClientRect().top + scrollY + target * rowHeight);
      await until(() => rows(el).some((row) => row.getAttribute('aria-rowindex') === String(target + 2)), 10_000, 'rows around 3,000');
      expect(bounded()).to.be.within(5, 60);
      const indexes = rows(el).map((row) => Number(row.getAttribute('aria-rowindex')));
      expect(Math.min(...indexes)).to.be.greaterThan(target - 60);
      expect(listCalls(b).every((q) => (q.limit ?? 0) <= 500)).to.equal(true);
      expect(listCalls(b).some((q) => q.cursor)).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1500);
    });

    it('moves through the rows with the arrow keys, rendering rows as it goes', async () => {
      const b = backend();
      const el = await mount(b, 'status="all"');
      const first = rows(el)[0].querySelector<HTMLAnchorElement>('a')!;
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await until(() => el.shadowRoot!.activeElement?.textContent === numbers(el)[1]);
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await until(() => el.shadowRoot!.activeElement?.closest('[data-index]')?.getAttribute('data-index') === '15');
    });
  });

  describe('layout and formatting', () => {
    it('shows cards on a phone', async () => {
      const b = backend();
      const el = await mount(b, '', 360);
      expect($(el, '[role="table"]')).to.equal(null);
      const cards = $$(el, 'ul.cards > li');
      expect(cards.length).to.be.within(3, 9);
      for (const card of cards) expect(card.getAttribute('aria-setsize')).to.equal('9');
      expect(cards[0].getAttribute('aria-posinset')).to.equal('1');
      expect(cards[0].textContent).to.match(/Overdue · 26 days/);
      await expect(el).to.be.accessible();
    });

    const cases = [
      { locale: 'en-US', currency: 'USD', total: 123456, money: '$1,234.56', date: 'Nov 13, 2026' },
      { locale: 'fr-FR', currency: 'EUR', total: 123456, money: '1\u202f234,56\u00a0€', date: '13 nov. 2026' },
      { locale: 'de-DE', currency: 'EUR', total: 123456, money: '1.234,56\u00a0€', date: '13.11.2026' },
      { locale: 'ja-JP', currency: 'JPY', total: 123456, money: '￥123,456', date: '2026/11/13' },
      { locale: 'en-US', currency: 'JPY', total: 5000, money: '¥5,000', date: 'Nov 13, 2026' },
      { locale: 'de-DE', currency: 'USD', total: 99, money: '0,99\u00a0$', date: '13.11.2026' },
    ];
    for (const c of cases) {
      it(`formats money and dates in ${c.locale} with ${c.currency}`, async () => {
        const b = backend();
        for (const invoice of b.store.db.invoices) invoice.currency = c.currency;
        const invoice = b.store.db.invoices.find((i) => i.number === 'INV-1042')!;
        invoice.total = invoice.amountDue = c.total;
        const el = await mount(b, `locale="${c.locale}"`);
        const row = rows(el).find((r) => r.textContent!.includes('INV-1042'))!;
        const cells = [...row.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent!.trim());
        expect(cells[2]).to.equal(c.date);
        expect(cells[3]).to.equal(c.money);
        expect(cells[4]).to.equal(c.money);
      });
    }

    it('totals what is due per currency, never mixed', async () => {
      const b = backend();
      const el = await mount(b);
      await until(() => $(el, '[part="summary"]'));
      const amounts = $$(el, '.summary-amounts .money').map((m) => m.textContent!.trim());
      const unpaid = b.store.db.invoices.filter((i) => i.companyId === 'co_acme' && !i.draft && !i.canceled && i.amountDue > 0);
      const sum = (currency: string) => unpaid.filter((i) => i.currency === currency).reduce((s, i) => s + i.amountDue, 0);
      expect(amounts).to.deep.equal([
        new Intl.NumberFormat('en-US', { style: 'currency', currency: 'GBP' }).format(sum('GBP') / 100),
        new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(sum('EUR') / 100),
      ]);
    });

    it('shows subjects as text, never as markup', async () => {
      const b = backend();
      b.store.db.invoices.filter((i) => i.companyId === 'co_acme').forEach((invoice, i) => (invoice.subject = XSS_PAYLOADS[i % XSS_PAYLOADS.length]));
      const el = await mount(b, 'status="all"');
      expect(shadowText(el)).to.contain('onerror');
      await new Promise((r) => setTimeout(r, 50));
      assertNoXss(el);
    });
  });

  describe('Pay all overdue', () => {
    const payCalls = (b: Backend) => b.writes().filter(([name]) => name === 'pay').map(([, args]) => args as [PayInput, WriteOptions]);

    it('pays every overdue invoice of one currency in one payment, then goes to checkout', async () => {
      const b = backend();
      const el = await mount(b);
      const redirects: string[] = [];
      (el as unknown as { redirect: (url: string) => void }).redirect = (url) => redirects.push(url);
      await until(() => button(el, /Pay all 3 overdue/));
      const pay = button(el, /Pay all 3 overdue/);
      expect(pay.textContent).to.contain('£5,581.20');
      const overdue = b.store.db.invoices.filter((i) => i.companyId === 'co_acme' && i.status === 'overdue').map((i) => i.id);
      setTimeout(() => {
        pay.click();
        pay.click();
      });
      const event = await oneEvent(el, 'portico-pay');
      expect([...event.detail.invoiceIds].sort()).to.deep.equal([...overdue].sort());
      expect(event.detail.currency).to.equal('GBP');
      expect(event.detail.amount).to.equal(undefined);
      await until(() => redirects.length === 1);
      expect(payCalls(b)).to.have.length(1);
      expect(payCalls(b)[0][0].returnUrl).to.equal(`${location.href.split('#')[0]}#/invoices`);
      expect(redirects[0]).to.match(/portico-payment=success/);
      expect(shadowText(el)).to.contain('Taking you to the secure payment page');
    });

    it('is offered only for several overdue invoices in one currency', async () => {
      const b = backend();
      const overdue = b.store.db.invoices.filter((i) => i.companyId === 'co_acme' && i.status === 'overdue');
      overdue[0].currency = 'EUR';
      overdue[1].currency = 'USD';
      const el = await mount(b);
      await until(() => $(el, '[part="summary"]'));
      expect(button(el, /Pay all/)).to.equal(undefined);
    });

    it('is disabled with an explanation in a read-only preview, and writes nothing', async () => {
      const b = backend();
      const el = await mount(b, 'read-only');
      await until(() => button(el, /Pay all 3 overdue/));
      const pay = button(el, /Pay all 3 overdue/);
      expect(pay.disabled).to.equal(true);
      expect(el.shadowRoot!.getElementById(pay.getAttribute('aria-describedby')!)!.textContent).to.match(/read-only preview/);
      pay.click();
      await new Promise((r) => setTimeout(r, 50));
      expect(b.writes()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('is absent when the firm does not take payments online', async () => {
      const b = backend();
      b.store.updateConfig((config) => (config.permissions.payments = false));
      const el = await mount(b);
      await until(() => $(el, '[part="summary"]'));
      expect(button(el, /Pay all/)).to.equal(undefined);
    });

    it('shows the outcome after returning from checkout', async () => {
      const b = backend();
      const el = await mount(b, 'payment-result="success"');
      expect($(el, '[part="payment-outcome"]').textContent).to.contain('Payment received — thank you');
      el.paymentResult = 'cancel';
      await el.updateComplete;
      expect($(el, '[part="payment-outcome"]').textContent).to.contain('Payment canceled, nothing was charged');
    });
  });
});
