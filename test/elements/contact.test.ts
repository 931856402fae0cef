import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/contact/define.js';
import type { PorticoContact } from '../../src/elements/contact/contact.js';
import { backend, deepQuery, shadowText, until, assertNoXss } from '../helpers/fixtures.js';

describe('<portico-contact>', () => {
  it('shows About us (sanitized), how to reach the firm and the client’s details', async () => {
    const b = backend();
    const el = await fixture<PorticoContact>(html`<portico-contact .adapter=${b.adapter} .session=${b.session}></portico-contact>`);
    await until(() => deepQuery(el, 'portico-rich-text')?.shadowRoot?.querySelector('h2'));
    const text = shadowText(el);
    expect(text).to.contain('12 Quay Street, Bristol');
    expect(text).to.contain('Monday–Friday');
    expect(el.shadowRoot!.querySelector('a[href="tel:+442079460321"]')).to.exist;
    expect(el.shadowRoot!.querySelector('a[href="mailto:hello@harbor-pine.example"]')).to.exist;
    expect(el.shadowRoot!.querySelector('a[target="_blank"]')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(text).to.contain('alice@acme-bakery.test');
    expect(text).to.contain('Acme Bakery Ltd');
    await expect(el).to.be.accessible();
  });

  it('asks for a correction through a prefilled request', async () => {
    const b = backend();
    const el = await fixture<PorticoContact>(html`<portico-contact .adapter=${b.adapter} .session=${b.session}></portico-contact>`);
    await until(() => /Ask for a correction/.test(shadowText(el)));
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((btn) => /Ask for a correction/.test(btn.textContent!))!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'portico-navigate');
    expect(event.detail.path).to.match(/^\/requests\/new\?subject=Please\+update\+my\+contact\+details&category=general$/);
  });

  it('sanitizes a hostile About us', async () => {
    const b = backend();
    b.store.updateConfig((config) => (config.firm.about = '<p>About</p><img src=x onerror="window.__xss=1"><a href="javascript:window.__xss=2">x</a><script>window.__xss=3</script>'));
    const el = await fixture<PorticoContact>(html`<portico-contact .adapter=${b.adapter} .session=${b.session}></portico-contact>`);
    await until(() => deepQuery(el, 'portico-rich-text')?.shadowRoot?.querySelector('p'));
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });

  it('shows an error with Retry when the settings cannot load', async () => {
    const b = backend();
    b.store.faults.fail('getConfig', { status: 500 }, { times: 1 });
    const el = await fixture<PorticoContact>(html`<portico-contact .adapter=${b.adapter} .session=${b.session}></portico-contact>`);
    await until(() => el.shadowRoot!.querySelector('[part~="error"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
    await until(() => /Contact us/.test(shadowText(el)));
  });
});
