import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/comments/define.js';
import type { PorticoComments } from '../../src/elements/comments/comments.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';

const mount = (b: Backend, extra = '') =>
  fixture<PorticoComments>(
    extra === 'read-only'
      ? html`<portico-comments .adapter=${b.adapter} .session=${b.session} record-type="invoice" record-id="INV-1030" read-only></portico-comments>`
      : html`<portico-comments .adapter=${b.adapter} .session=${b.session} record-type="invoice" record-id="INV-1030"></portico-comments>`,
  );

async function type(el: PorticoComments, text: string) {
  const textarea = el.shadowRoot!.querySelector('textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

const submit = (el: PorticoComments) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

describe('<portico-comments>', () => {
  beforeEach(() => localStorage.clear());

  it('shows the firm’s comments and posts one, which the activity feed then shows', async () => {
    const b = backend();
    const el = await mount(b);
    await until(() => /payment plan/.test(shadowText(el)));
    await expect(el).to.be.accessible();
    await type(el, 'We will pay on Friday.');
    submit(el);
    await until(() => el.shadowRoot!.querySelectorAll('[part="comment"]').length === 2);
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('');
    expect(b.store.listActivity(b.session.token).items[0].summary).to.equal('Alice Martin commented on INV-1030');
  });

  it('keeps a draft across a remount and a failed send, and clears it only when the firm has it', async () => {
    const b = backend();
    let el = await mount(b);
    await until(() => el.shadowRoot!.querySelector('textarea'));
    await type(el, 'Half-typed thought');
    el.remove();
    el = await mount(b);
    await until(() => el.shadowRoot!.querySelector('textarea')?.value === 'Half-typed thought', 3000, 'draft restored');
    expect(shadowText(el)).to.contain('Your unsent comment was kept');
    b.store.faults.fail('addComment', { kind: 'network' }, { times: 1 });
    submit(el);
    await until(() => el.shadowRoot!.querySelector('[part="action-error"]'));
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('Half-typed thought');
    submit(el);
    await until(() => el.shadowRoot!.querySelectorAll('[part="comment"]').length === 2);
    const keys = b.calls.filter(([name]) => name === 'addComment').map(([, args]) => (args[1] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(Object.keys(localStorage).filter((k) => k.includes('comment:'))).to.deep.equal([]);
  });

  it('refuses an empty comment with a message at the field', async () => {
    const b = backend();
    const el = await mount(b);
    await until(() => el.shadowRoot!.querySelector('textarea'));
    await type(el, '   ');
    submit(el);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Write a comment');
    expect(el.shadowRoot!.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect(b.writes()).to.have.length(0);
  });

  it('posts once on a double click', async () => {
    const b = backend();
    b.store.faults.delay('addComment', 100);
    const el = await mount(b);
    await until(() => el.shadowRoot!.querySelector('textarea'));
    await type(el, 'Once only');
    submit(el);
    submit(el);
    await until(() => el.shadowRoot!.querySelectorAll('[part="comment"]').length === 2);
    expect(b.writes()).to.have.length(1);
  });

  it('is read-only in a preview and hidden where the firm turned comments off', async () => {
    const b = backend();
    const el = await mount(b, 'read-only');
    await until(() => el.shadowRoot!.querySelector('textarea'));
    expect(el.shadowRoot!.querySelector('textarea')!.disabled).to.equal(true);
    expect(shadowText(el)).to.contain('Read-only preview');
    const off = backend({ preset: 'brightline' });
    off.store.db.comments.length = 0;
    const hidden = await fixture<PorticoComments>(html`<portico-comments .adapter=${off.adapter} record-type="invoice" record-id="INV-1030"></portico-comments>`);
    await until(() => hidden.shadowRoot!.querySelector('[part~="loading"]') === null);
    expect(shadowText(hidden)).to.equal('');
  });

  it('shows comments as text', async () => {
    const b = backend();
    for (const body of XSS_PAYLOADS) b.store.addComment(b.session.token, { record: { type: 'invoice', id: 'INV-1030' }, body });
    const el = await mount(b);
    await until(() => el.shadowRoot!.querySelectorAll('[part="comment"]').length === 1 + XSS_PAYLOADS.length);
    for (const payload of XSS_PAYLOADS) expect(shadowText(el)).to.contain(payload);
    assertNoXss(el);
  });
});
