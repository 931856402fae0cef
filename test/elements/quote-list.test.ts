import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/quote-list/define.js';
import type { PorticoQuoteList } from '../../src/elements/quote-list/quote-list.js';
import { assertNoXss, backend, shadowText, until, XSS_PAYLOADS, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

async function mount(b: Backend, attrs: { status?: string; kind?: string } = {}) {
  const el = await fixture<PorticoQuoteList>(
    html`<portico-quote-list .adapter=${b.adapter} status=${attrs.status ?? ''} kind=${attrs.kind ?? 'quote'} locale="en-GB"></portico-quote-list>`,
  );
  await until(() => el.shadowRoot!.querySelector('[part="item"], .none, [part="empty"]'));
  return el;
}

const items = (el: PorticoQuoteList) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="item"]')];
const titles = (el: PorticoQuoteList) => items(el).map((a) => a.querySelector('.title')!.textContent!.trim());
const filter = (el: PorticoQuoteList, label: RegExp) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="filters"] a')].find((a) => label.test(a.textContent!))!;

describe('<portico-quote-list>', () => {
  describe('quotes', () => {
    itBehavesLikeAView({
      render: (b) => html`<portico-quote-list .adapter=${b.adapter}></portico-quote-list>`,
      route: 'listQuotes',
      makeEmpty: (store) => (store.db.quotes.length = 0),
      readyText: /Payroll setup/,
      emptyText: /No quotes yet.*appears here for you to review and accept/,
    });
  });

  describe('contracts', () => {
    itBehavesLikeAView({
      render: (b) => html`<portico-quote-list kind="contract" .adapter=${b.adapter}></portico-quote-list>`,
      route: 'listContracts',
      makeEmpty: (store) => (store.db.contracts.length = 0),
      readyText: /Engagement letter 2027/,
      emptyText: /No contracts yet/,
    });
  });

  it('shows pending quotes first, with amount, dates, version and a count per status', async () => {
    const el = await mount(backend());
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Quotes');
    expect(titles(el)).to.deep.equal(['Q-2002Payroll setup', 'Q-2001Year-end accounts 2026']);
    const first = items(el)[0];
    expect(first.querySelector('.amount')!.textContent!.trim()).to.equal('£2,395.20');
    expect(first.textContent).to.match(/Issued 19 Nov 2026/);
    expect(first.textContent).to.match(/Expires 22 Dec 2026/);
    expect(first.querySelector('.badge')!.textContent).to.equal('Pending');
    expect(items(el)[1].textContent).to.match(/Version 2/);
    const counts = [...el.shadowRoot!.querySelectorAll('[part="filters"] a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(counts).to.deep.equal(['Pending 2', 'Accepted 1', 'Declined 1', 'Expired 1', 'All 5']);
    expect(filter(el, /Pending/).getAttribute('aria-current')).to.equal('page');
  });

  it('switches status in place and asks the portal to replace the address', async () => {
    const el = await mount(backend());
    const accepted = filter(el, /Accepted/);
    expect(accepted.getAttribute('href')).to.equal('#/quotes?status=accepted');
    setTimeout(() => accepted.click());
    const event = await oneEvent(el, 'portico-navigate');
    expect(event.detail).to.deep.equal({ path: '/quotes?status=accepted', replace: true });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Q-2003R&D tax credit claim']);
    expect(filter(el, /Accepted/).getAttribute('aria-current')).to.equal('page');
    el.setAttribute('status', 'expired');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Q-2005Company formation']);
    expect(items(el)[0].textContent).to.match(/Expired 24 Sept 2026/);
    el.setAttribute('status', 'all');
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
  });

  it('links each quote to its page', async () => {
    const el = await mount(backend());
    const link = items(el)[0];
    expect(link.getAttribute('href')).to.equal('#/quotes/q_2002');
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'portico-navigate');
    expect(event.detail.path).to.equal('/quotes/q_2002');
  });

  it('warns when a pending quote expires soon', async () => {
    const b = backend();
    b.store.db.quotes.find((q) => q.id === 'q_2002')!.expiryDate = '2026-11-26';
    const el = await mount(b);
    const soon = items(el)[0].querySelector('[data-tone="warning"]')!;
    expect(soon.textContent).to.equal('Expires in 3 days');
  });

  it('says when no quote has the chosen status, and offers all quotes', async () => {
    const b = backend();
    for (const quote of b.store.db.quotes) if (quote.status === 'pending') quote.status = 'accepted';
    const el = await mount(b);
    expect(items(el)).to.have.length(0);
    expect(shadowText(el)).to.match(/No quotes are waiting for your decision/);
    const all = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.none a')][0];
    all.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
  });

  it('lists contracts by status with their badges', async () => {
    const el = await mount(backend(), { kind: 'contract' });
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Contracts');
    expect(titles(el)).to.deep.equal(['C-301Engagement letter 2027']);
    expect(items(el)[0].querySelector('.badge')!.textContent).to.equal('Awaiting signature');
    expect(items(el)[0].getAttribute('href')).to.equal('#/contracts/ctr_acme_1');
    setTimeout(() => filter(el, /Signed/).click());
    const event = await oneEvent(el, 'portico-navigate');
    expect(event.detail.path).to.equal('/contracts?status=signed');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['C-302Data processing agreement']);
    expect(items(el)[0].querySelector('.badge')!.textContent).to.equal('Signed');
  });

  it('updates live when the firm revises a quote', async () => {
    const b = backend();
    const el = await mount(b);
    b.store.reviseQuote('q_2002', (lines) => lines.map((line) => ({ ...line, quantity: line.quantity * 2 })));
    await until(() => /Version 2/.test(items(el)[0].textContent!));
    expect(items(el)[0].querySelector('.amount')!.textContent!.trim()).to.equal('£4,790.40');
    expect(shadowText(el)).to.contain('Updated');
  });

  it('shows titles as text, never as markup', async () => {
    const b = backend();
    b.store.db.quotes.forEach((quote, i) => (quote.title = XSS_PAYLOADS[i % XSS_PAYLOADS.length]));
    const el = await mount(b, { status: 'all' });
    for (const payload of XSS_PAYLOADS.slice(0, 5)) expect(shadowText(el)).to.contain(payload.replace(/\s+/g, ' '));
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });
});
