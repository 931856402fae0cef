import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/request-list/define.js';
import type { PorticoRequestList } from '../../src/elements/request-list/request-list.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="request"]')];
const subjects = (el: HTMLElement) => rows(el).map((row) => row.querySelector('.subject')!.textContent!.trim());

async function mount(b: Backend, status?: string, pageSize?: number) {
  const el = await fixture<PorticoRequestList>(
    html`<portico-request-list .adapter=${b.adapter} status=${status ?? 'all'} page-size=${pageSize ?? 50}></portico-request-list>`,
  );
  await until(() => rows(el).length || el.shadowRoot!.querySelector('[part~="empty"]'), 3000, 'the list');
  return el;
}

describe('<portico-request-list>', () => {
  itBehavesLikeAView({
    render: (b) => html`<portico-request-list .adapter=${b.adapter}></portico-request-list>`,
    route: 'listRequests',
    makeEmpty: (store) => (store.db.requests.length = 0),
    readyText: /Question about my VAT bill/,
    emptyText: /No requests yet.*Harbor & Pine Accountants will show up here.*New request/,
  });

  it('lists requests with their status, newest activity first, linking to their threads', async () => {
    const b = backend();
    const el = await mount(b);
    expect(subjects(el)).to.deep.equal(['Question about my VAT bill', 'New employee starting in January', 'Change of bank details', 'Help with expense receipts']);
    const times = rows(el).map((row) => row.querySelector('time')!.getAttribute('datetime')!);
    expect(times).to.deep.equal([...times].sort().reverse());
    expect(rows(el).map((row) => row.querySelector('.badge')!.textContent)).to.deep.equal(['Awaiting your reply', 'Open', 'Closed', 'Awaiting your reply']);
    expect(shadowText(rows(el)[0])).to.match(/R-500 · Tax · Last activity/);
    const link = rows(el)[0].querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).to.equal('#/requests/req_acme_1');
    setTimeout(() => link.click());
    expect((await oneEvent(el, 'portico-navigate')).detail.path).to.equal('/requests/req_acme_1');
  });

  it('filters by status, and asks the portal to replace the address', async () => {
    const b = backend();
    const el = await mount(b, 'closed');
    expect(subjects(el)).to.deep.equal(['Change of bank details']);
    const awaiting = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="filters"] a')].find((a) => a.textContent!.trim() === 'Awaiting your reply')!;
    expect(awaiting.getAttribute('href')).to.equal('#/requests?status=awaiting_client');
    setTimeout(() => awaiting.click());
    const { detail } = await oneEvent(el, 'portico-navigate');
    expect(detail).to.deep.equal({ path: '/requests?status=awaiting_client', replace: true });
    await until(() => subjects(el).length === 2);
    expect(subjects(el)).to.deep.equal(['Question about my VAT bill', 'Help with expense receipts']);
    expect(awaiting.getAttribute('aria-current')).to.equal('page');
    const queries = b.calls.filter(([name]) => name === 'listRequests').map(([, [query]]) => (query as { status?: string[] }).status);
    expect(queries).to.deep.equal([['closed'], ['awaiting_client']]);
  });

  it('says when no request has a status, and offers all of them', async () => {
    const b = backend();
    b.store.db.requests.forEach((r) => (r.status = 'open'));
    const el = await mount(b, 'closed');
    expect(shadowText(el)).to.contain('No closed requests');
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="empty"] a')!.click();
    await until(() => subjects(el).length === 4);
  });

  it('leads to a new request, unless the firm takes none here', async () => {
    const b = backend();
    const el = await mount(b);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="new"]')!;
    expect(link.getAttribute('href')).to.equal('#/requests/new');
    setTimeout(() => link.click());
    expect((await oneEvent(el, 'portico-navigate')).detail.path).to.equal('/requests/new');

    const config = b.store.getConfig(b.session.token);
    config.permissions = { ...config.permissions, requests: { create: false, close: false } };
    const closed = await fixture<PorticoRequestList>(html`<portico-request-list .adapter=${b.adapter} .config=${config}></portico-request-list>`);
    await until(() => rows(closed).length);
    expect(closed.shadowRoot!.querySelector('[part="new"]')).to.equal(null);
  });

  it('loads more on demand', async () => {
    const b = backend();
    const el = await mount(b, 'all', 2);
    expect(rows(el)).to.have.length(2);
    [...el.shadowRoot!.querySelectorAll('button')].find((button) => /show more/i.test(button.textContent!))!.click();
    await until(() => rows(el).length === 4);
  });

  it('updates live when the firm replies, and says so', async () => {
    const b = backend();
    const el = await mount(b);
    b.store.firmReply('R-501', 'Please send the signed contract.');
    await until(() => subjects(el)[0] === 'New employee starting in January', 3000, 'R-501 on top');
    expect(rows(el)[0].querySelector('.badge')!.textContent).to.equal('Awaiting your reply');
    expect(shadowText(el)).to.contain('Updated');
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
  });

  it('shows subjects and categories as text, never as markup', async () => {
    const b = backend();
    b.store.db.requests.forEach((r, i) => {
      r.subject = XSS_PAYLOADS[i % XSS_PAYLOADS.length];
      r.category = XSS_PAYLOADS[(i + 1) % XSS_PAYLOADS.length];
    });
    const el = await mount(b);
    for (const payload of XSS_PAYLOADS.slice(0, 4)) expect(shadowText(el)).to.contain(payload);
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });
});
