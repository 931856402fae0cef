import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/catalogue/define.js';
import type { PorticoCatalogue } from '../../src/elements/catalogue/catalogue.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

describe('<portico-catalogue>', () => {
  itBehavesLikeAView({
    render: (b) => html`<portico-catalogue .adapter=${b.adapter}></portico-catalogue>`,
    route: 'listCatalogue',
    makeEmpty: (store) => (store.db.catalogue.length = 0),
    readyText: /Monthly bookkeeping/,
    emptyText: /No products or services yet/,
  });

  const items = (el: PorticoCatalogue) => [...el.shadowRoot!.querySelectorAll('[part="item"] h2')].map((h) => h.textContent);

  it('shows prices with currency and unit, in the locale', async () => {
    const b = backend();
    const el = await fixture<PorticoCatalogue>(html`<portico-catalogue .adapter=${b.adapter} locale="fr-FR"></portico-catalogue>`);
    await until(() => items(el).length === 8);
    expect(shadowText(el)).to.contain('450,00 £GB / month');
    expect(shadowText(el)).to.contain('Price on request');
  });

  it('searches through the adapter and says when nothing matches', async () => {
    const b = backend();
    const el = await fixture<PorticoCatalogue>(html`<portico-catalogue .adapter=${b.adapter}></portico-catalogue>`);
    await until(() => items(el).length === 8);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'tax return';
    input.dispatchEvent(new InputEvent('input'));
    await until(() => items(el).length === 1);
    expect(items(el)).to.deep.equal(['Self-assessment']);
    input.value = 'zzz';
    input.dispatchEvent(new InputEvent('input'));
    await until(() => /Nothing matches “zzz”/.test(shadowText(el)));
    [...el.shadowRoot!.querySelectorAll('button')].find((btn) => /Clear search/.test(btn.textContent!))!.click();
    await until(() => items(el).length === 8);
  });

  it('filters by category with toggle buttons', async () => {
    const b = backend();
    const el = await fixture<PorticoCatalogue>(html`<portico-catalogue .adapter=${b.adapter}></portico-catalogue>`);
    await until(() => items(el).length === 8);
    const tax = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')].find((c) => c.textContent === 'Tax')!;
    tax.click();
    await el.updateComplete;
    expect(tax.getAttribute('aria-pressed')).to.equal('true');
    expect([...items(el)].sort()).to.deep.equal(['R&D tax credits', 'Self-assessment', 'VAT return']);
  });

  it('opens a prefilled request from "Ask about this"', async () => {
    const b = backend();
    const el = await fixture<PorticoCatalogue>(html`<portico-catalogue .adapter=${b.adapter}></portico-catalogue>`);
    await until(() => items(el).length === 8);
    const ask = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="item"] button')].find((b) => b.textContent!.includes(': Payroll'))!;
    setTimeout(() => ask.click());
    const event = await oneEvent(el, 'portico-navigate');
    const url = new URL(event.detail.path, 'https://x.test');
    expect(url.pathname).to.equal('/requests/new');
    expect(url.searchParams.get('subject')).to.equal('Question about Payroll');
    expect(url.searchParams.get('category')).to.equal('general');
  });

  it('shows names and descriptions as text', async () => {
    const b = backend();
    b.store.db.catalogue.push(...XSS_PAYLOADS.map((p, i) => ({ id: `x${i}`, name: p, description: p, price: 100, currency: 'GBP', category: p })));
    const el = await fixture<PorticoCatalogue>(html`<portico-catalogue .adapter=${b.adapter}></portico-catalogue>`);
    await until(() => items(el).length === 8 + XSS_PAYLOADS.length);
    for (const payload of XSS_PAYLOADS) expect(items(el)).to.include(payload);
    assertNoXss(el);
  });
});
