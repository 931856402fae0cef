import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/login/define.js';
import type { PorticoLogin } from '../../src/elements/login/login.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import { CODE_TTL_MS, PortalStore } from '../../src/mocks/store.js';
import { PortalError } from '../../src/sdk/errors.js';
import { TODAY, shadowText, until } from '../helpers/fixtures.js';

function setup(preset: 'harbor' | 'brightline' = 'harbor') {
  const store = new PortalStore({ preset, now: () => TODAY });
  const adapter = createMemoryAdapter(store, { getToken: () => undefined });
  return { store, adapter };
}

const q = <T extends Element>(el: PorticoLogin, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function type(el: PorticoLogin, selector: string, value: string) {
  const input = q<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

async function requestCode(el: PorticoLogin, email: string) {
  await until(() => q(el, 'input[name="identifier"]'));
  await type(el, 'input[name="identifier"]', email);
  q<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await until(() => q(el, 'input[name="code"]'), 3000, 'code step');
}

describe('<portico-login>', () => {
  it('signs in with an emailed code, typed or pasted with spaces', async () => {
    const { store, adapter } = setup();
    const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter}></portico-login>`);
    await requestCode(el, 'Alice@Acme-Bakery.test');
    const code = store.sentMessages[0].code;
    const input = q<HTMLInputElement>(el, 'input[name="code"]');
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    setTimeout(() => type(el, 'input[name="code"]', `${code.slice(0, 3)} ${code.slice(3)}`));
    const event = await oneEvent(el, 'portico-sign-in');
    expect(event.detail.session.contact.name).to.equal('Alice Martin');
    expect(event.detail.method).to.equal('code');
  });

  it('answers the same whether or not the email is known', async () => {
    const { store, adapter } = setup();
    const known = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter}></portico-login>`);
    await requestCode(known, 'alice@acme-bakery.test');
    const unknown = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter}></portico-login>`);
    await requestCode(unknown, 'stranger@example.test');
    const message = (el: PorticoLogin, email: string) => q(el, '.sent').textContent!.replace(email, 'EMAIL').trim();
    expect(message(unknown, 'stranger@example.test')).to.equal(message(known, 'alice@acme-bakery.test'));
    expect(store.sentMessages).to.have.length(1);
  });

  it('says clearly when a code is wrong, expired or tried too often', async () => {
    const { store, adapter } = setup();
    const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter}></portico-login>`);
    await requestCode(el, 'alice@acme-bakery.test');
    const wrong = store.sentMessages[0].code === '000000' ? '111111' : '000000';
    await type(el, 'input[name="code"]', wrong);
    await until(() => /not right/.test(shadowText(el)));
    expect(q(el, 'input[name="code"]').getAttribute('aria-invalid')).to.equal('true');
    for (let i = 0; i < 4; i++) {
      await type(el, 'input[name="code"]', '');
      await type(el, 'input[name="code"]', wrong);
      await until(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'));
    }
    await until(() => /Too many wrong tries/.test(shadowText(el)));
    const resend = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /Send a new code/.test(b.textContent!))!;
    expect(resend.disabled).to.equal(false);

    resend.click();
    await until(() => store.sentMessages.length === 2);
    store.advanceTime(CODE_TTL_MS + 1000);
    await type(el, 'input[name="code"]', store.sentMessages[1].code);
    await until(() => /has expired/.test(shadowText(el)));
    await expect(el).to.be.accessible();
  });

  it('asks for a valid email before sending anything', async () => {
    const { store, adapter } = setup();
    const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter}></portico-login>`);
    await until(() => q(el, 'input[name="identifier"]'));
    await type(el, 'input[name="identifier"]', 'not-an-email');
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(shadowText(el)).to.match(/Enter a valid email address/);
    expect(q(el, 'input[name="identifier"]').getAttribute('aria-invalid')).to.equal('true');
    expect(store.sentMessages).to.have.length(0);
  });

  it('offers a new code only after a cooldown', async () => {
    const { adapter } = setup();
    const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter}></portico-login>`);
    await requestCode(el, 'alice@acme-bakery.test');
    const resend = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /Send a new code/.test(b.textContent!))!;
    expect(resend.disabled).to.equal(true);
    expect(resend.textContent).to.match(/in \d+ s/);
  });

  it('offers the channels the firm enables, and texts the code', async () => {
    const { store, adapter } = setup('brightline');
    const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter}></portico-login>`);
    await until(() => el.shadowRoot!.querySelectorAll('input[name="channel"]').length === 3);
    expect(shadowText(el)).to.match(/Email.*Text message.*WhatsApp/);
    const [, sms] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="channel"]');
    sms.click();
    await el.updateComplete;
    expect(q(el, 'input[name="identifier"]').getAttribute('type')).to.equal('tel');
    await requestCode(el, '+1 555 0100');
    expect(store.sentMessages[0]).to.include({ channel: 'sms', contactId: 'ct_alice' });
    expect(shadowText(el)).to.match(/Check your phone/);
    await expect(el).to.be.accessible();
  });

  it('explains a used magic link and a session that expired', async () => {
    const { adapter } = setup();
    const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter} .linkError=${new PortalError('validation', 'x', { code: 'link_used' })}></portico-login>`);
    await until(() => /already used/.test(shadowText(el)));
    el.linkError = undefined;
    el.notice = 'Your session has expired. Please sign in again.';
    await el.updateComplete;
    expect(q(el, '[part="notice"]').textContent).to.contain('session has expired');
    await expect(el).to.be.accessible();
  });

  it('shows the firm’s brand', async () => {
    const { adapter } = setup();
    const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${adapter}></portico-login>`);
    await until(() => /Harbor & Pine Accountants/.test(shadowText(el)));
    expect(q(el, 'h1').textContent).to.equal('Sign in');
  });
});
