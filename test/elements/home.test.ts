import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/home/define.js';
import type { PorticoHome } from '../../src/elements/home/home.js';
import { backend, shadowText, until, type Backend } from '../helpers/fixtures.js';

async function mount(b: Backend, configure?: (config: ReturnType<Backend['store']['getConfig']>) => void) {
  const config = b.store.getConfig(b.session.token);
  configure?.(config);
  return fixture<PorticoHome>(html`<portico-home .adapter=${b.adapter} .session=${b.session} .config=${config}></portico-home>`);
}

const actions = (el: PorticoHome) => [...el.shadowRoot!.querySelectorAll('[part="action-list"] > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<portico-home>', () => {
  it('greets the contact and lists what needs them, with Pay now on overdue invoices', async () => {
    const b = backend();
    const el = await mount(b);
    await until(() => actions(el).length > 0 && !el.shadowRoot!.querySelector('[part~="loading"]'));
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.match(/, Alice$/);
    const items = actions(el);
    expect(items.some((t) => /Invoice INV-1042 .*Overdue · \d+ days/.test(t))).to.equal(true);
    expect(items.some((t) => /Quote Q-\d+: .*Awaiting your decision/.test(t))).to.equal(true);
    expect(items.some((t) => /Question about my VAT bill Awaiting your reply/.test(t))).to.equal(true);
    const pay = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="action-list"] a.btn')].find((a) => a.textContent!.includes('Pay now'))!;
    expect(pay.getAttribute('href')).to.match(/^#\/invoices\/INV-\d+\?pay$/);
    await expect(el).to.be.accessible();
  });

  it('totals what is due per currency, never mixed', async () => {
    const b = backend();
    const el = await mount(b);
    await until(() => el.shadowRoot!.querySelectorAll('.total').length === 2);
    const totals = [...el.shadowRoot!.querySelectorAll('.total')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    const due = (currency: string) =>
      b.store.db.invoices.filter((i) => i.companyId === 'co_acme' && !i.draft && i.currency === currency && i.amountDue > 0 && !i.canceled).reduce((sum, i) => sum + i.amountDue, 0);
    expect(totals[0]).to.equal(`${new Intl.NumberFormat(undefined, { style: 'currency', currency: 'GBP' }).format(due('GBP') / 100)} to pay in GBP`);
    expect(totals[1]).to.contain('EUR');
    expect(el.shadowRoot!.querySelector('.split[role="img"]')!.getAttribute('aria-label')).to.match(/paid this year/);
  });

  it('shows active projects with their progress', async () => {
    const b = backend();
    const el = await mount(b);
    await until(() => el.shadowRoot!.querySelector('[role="progressbar"]'));
    const bars = [...el.shadowRoot!.querySelectorAll('[role="progressbar"]')].map((p) => [p.getAttribute('aria-label'), p.getAttribute('aria-valuenow')]);
    expect(bars).to.deep.include(['Year-end accounts 2026 progress', '50']);
  });

  it('says the client is all caught up when nothing needs them', async () => {
    const b = backend();
    for (const invoice of b.store.db.invoices) invoice.amountDue = 0;
    b.store.db.quotes.length = 0;
    b.store.db.requests.length = 0;
    const el = await mount(b);
    await until(() => /all caught up/.test(shadowText(el)));
    expect(shadowText(el)).to.match(/No invoices to pay/);
    expect(shadowText(el)).to.match(/No quotes waiting for you/);
    await expect(el).to.be.accessible();
  });

  it('keeps every block working when one fails, and that block retries', async () => {
    const b = backend();
    b.store.faults.fail('listQuotes', { status: 503 }, { times: 1 });
    const el = await mount(b);
    await until(() => el.shadowRoot!.querySelectorAll('.inline-error').length > 0);
    expect(actions(el).some((t) => t.includes('INV-1042'))).to.equal(true);
    const retry = [...el.shadowRoot!.querySelectorAll('.inline-error button')][0] as HTMLButtonElement;
    retry.click();
    await until(() => actions(el).some((t) => t.includes('Quote Q-')), 3000, 'quotes after retry');
    expect(el.shadowRoot!.querySelectorAll('.inline-error')).to.have.length(0);
  });

  it('shows skeletons while loading', async () => {
    const b = backend();
    b.store.faults.delay('*', 300);
    const el = await mount(b);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="loading"]').length).to.be.greaterThan(1);
    await until(() => !el.shadowRoot!.querySelector('[part~="loading"]'), 3000);
  });

  it('leaves out what the firm switched off', async () => {
    const b = backend({ preset: 'brightline' });
    const el = await mount(b, (config) => {
      config.permissions.payments = false;
      config.permissions.requests.create = false;
      config.modules = config.modules.filter((m) => m !== 'projects' && m !== 'activity');
    });
    await until(() => actions(el).length > 0);
    expect(el.shadowRoot!.querySelector('[part="action-list"] a.btn.primary')).to.equal(null);
    expect(shadowText(el)).to.not.match(/New request|Active projects|Recent activity/);
  });

  it('updates in place when an invoice is paid elsewhere', async () => {
    const b = backend();
    const el = await mount(b);
    await until(() => actions(el).some((t) => t.includes('INV-1042')));
    b.store.pay(b.session.token, { invoiceIds: ['INV-1042'] });
    await until(() => !actions(el).some((t) => t.includes('INV-1042')), 3000, 'paid invoice gone');
    expect(shadowText(el)).to.contain('Updated');
  });
});
