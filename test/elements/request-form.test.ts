import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/request-form/define.js';
import type { PorticoRequestForm } from '../../src/elements/request-form/request-form.js';
import type { PorticoFileUpload } from '../../src/elements/file-upload/file-upload.js';
import { clearDrafts, draftStorageKey } from '../../src/internal/draft.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import { PortalStore } from '../../src/mocks/store.js';
import type { CreateRequestInput, Session } from '../../src/sdk/schemas.js';
import type { WriteOptions } from '../../src/sdk/adapter.js';
import { backend, shadowText, spyAdapter, until, XSS_PAYLOADS, assertNoXss, TODAY, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const field = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, name: string) => root(el).querySelector<T>(`[name="${name}"]`)!;
const submit = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('[part="submit"]')!;
/** The message of a field, checked to be the one its `aria-describedby` points at. */
const errorOf = (el: HTMLElement, name: string) => {
  const ids = (field(el, name).getAttribute('aria-describedby') ?? '').split(' ');
  return ids.includes(`${name}-error`) ? root(el).getElementById(`${name}-error`)!.textContent!.trim() : '';
};

function type(el: HTMLElement, name: string, value: string) {
  const input = field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function mount(b: { adapter: Backend['adapter']; session: Session }, attributes: Record<string, string> = {}, readOnly = false) {
  const el = await fixture<PorticoRequestForm>(html`<portico-request-form .adapter=${b.adapter} .session=${b.session} ?read-only=${readOnly}></portico-request-form>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await until(() => field(el, 'subject'), 3000, 'the form');
  return el;
}

async function fillIn(el: HTMLElement) {
  type(el, 'subject', 'Payroll for our new baker');
  type(el, 'category', 'payroll');
  type(el, 'description', 'She starts on 6 January.\nFull time.');
  await (el as PorticoRequestForm).updateComplete;
}

const createCalls = (b: Backend) => b.calls.filter(([name]) => name === 'createRequest');

/** Removes the element the way a reload does (it flushes its draft on the way out). */
function unmount(el: HTMLElement) {
  el.remove();
}

describe('<portico-request-form>', () => {
  beforeEach(() => clearDrafts('ct_alice'));

  itBehavesLikeAView({
    render: (b) => html`<portico-request-form .adapter=${b.adapter} .session=${b.session}></portico-request-form>`,
    route: 'getConfig',
    // Replaced, not mutated: the seed shares its permissions object between stores.
    makeEmpty: (store) => store.updateConfig((config) => (config.permissions = { ...config.permissions, requests: { create: false, close: true } })),
    readyText: /Send request/,
    emptyText: /New requests are not available here.*hello@harbor-pine\.example/,
    publicData: true,
  });

  it("offers the firm's categories and takes prefills from attributes", async () => {
    const b = backend();
    const el = await mount(b, { subject: 'Ask about: Payroll', category: 'payroll' });
    await el.updateComplete;
    const options = [...field<HTMLSelectElement>(el, 'category').options].map((o) => o.textContent);
    expect(options).to.deep.equal(['Choose a category', 'General question', 'Tax', 'Payroll', 'Bookkeeping']);
    expect(field(el, 'subject').value).to.equal('Ask about: Payroll');
    expect(field<HTMLSelectElement>(el, 'category').value).to.equal('payroll');
    expect(field(el, 'preferredDate').min).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('checks the fields before sending, says what is wrong at each, and focuses the first', async () => {
    const b = backend();
    const el = await mount(b);
    submit(el).click();
    await until(() => field(el, 'subject').getAttribute('aria-invalid') === 'true');
    expect(errorOf(el, 'subject')).to.equal('Give your request a subject');
    expect(errorOf(el, 'category')).to.equal('Choose a category');
    expect(errorOf(el, 'description')).to.contain('Describe what you need');
    expect(field(el, 'preferredDate').getAttribute('aria-invalid')).to.equal('false');
    expect(root(el).activeElement).to.equal(field(el, 'subject'));
    await expect(el).to.be.accessible();
    // Fixing a field clears its message.
    type(el, 'subject', 'Hello');
    await el.updateComplete;
    expect(field(el, 'subject').getAttribute('aria-invalid')).to.equal('false');
    expect(errorOf(el, 'subject')).to.equal('');
    expect(createCalls(b)).to.have.length(0);
  });

  it('refuses a preferred date in the past', async () => {
    const b = backend();
    const el = await mount(b);
    await fillIn(el);
    type(el, 'preferredDate', '2001-01-01');
    submit(el).click();
    await until(() => field(el, 'preferredDate').getAttribute('aria-invalid') === 'true');
    expect(errorOf(el, 'preferredDate')).to.equal('Choose a date from today on');
    expect(root(el).activeElement).to.equal(field(el, 'preferredDate'));
    expect(createCalls(b)).to.have.length(0);
  });

  it("shows the backend's validation errors at the right fields", async () => {
    const b = backend();
    b.store.faults.fail('createRequest', { status: 422, fields: { description: 'Please add your employee’s start date', 'attachmentIds[0]': 'That file is gone' } }, { times: 1 });
    const el = await mount(b);
    await fillIn(el);
    submit(el).click();
    await until(() => field(el, 'description').getAttribute('aria-invalid') === 'true');
    expect(errorOf(el, 'description')).to.equal('Please add your employee’s start date');
    const group = root(el).querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById('attachmentIds-error')!.textContent).to.contain('That file is gone');
    expect(field(el, 'subject').getAttribute('aria-invalid')).to.equal('false');
    expect(root(el).activeElement).to.equal(field(el, 'description'));
    // What was typed is still there.
    expect(field(el, 'subject').value).to.equal('Payroll for our new baker');
  });

  it('sends once however often Send is clicked, then goes to the new request', async () => {
    const b = backend();
    b.store.faults.delay('createRequest', 100);
    const el = await mount(b);
    await fillIn(el);
    const created = oneEvent(el, 'portico-request-created');
    const navigated = oneEvent(el, 'portico-navigate');
    submit(el).click();
    submit(el).click();
    field(el, 'subject').form!.requestSubmit();
    const { detail } = await created;
    expect(detail.request.subject).to.equal('Payroll for our new baker');
    expect((await navigated).detail.path).to.equal(`/requests/${detail.request.id}`);
    expect(createCalls(b)).to.have.length(1);
    expect(b.store.db.requests.filter((r) => r.subject === 'Payroll for our new baker')).to.have.length(1);
    const [, [input]] = createCalls(b)[0] as [string, [CreateRequestInput]];
    expect(input).to.deep.equal({ subject: 'Payroll for our new baker', category: 'payroll', description: 'She starts on 6 January.\nFull time.', attachmentIds: [] });
    // The backend confirmed: the draft is gone.
    expect(localStorage.getItem(draftStorageKey('ct_alice', 'request-new'))).to.equal(null);
  });

  it('stays on the form when the host prevents the created event', async () => {
    const b = backend();
    const el = await mount(b);
    await fillIn(el);
    let navigated = false;
    el.addEventListener('portico-navigate', () => (navigated = true));
    el.addEventListener('portico-request-created', (e) => e.preventDefault());
    const created = oneEvent(el, 'portico-request-created');
    submit(el).click();
    await created;
    await el.updateComplete;
    expect(navigated).to.equal(false);
    expect(field(el, 'subject').value).to.equal('');
  });

  describe('drafts', () => {
    it('survives a reload', async () => {
      const b = backend();
      const el = await mount(b);
      await fillIn(el);
      type(el, 'preferredDate', '2099-03-01');
      unmount(el);
      const again = await mount(b);
      await again.updateComplete;
      expect(field(again, 'subject').value).to.equal('Payroll for our new baker');
      expect(field<HTMLSelectElement>(again, 'category').value).to.equal('payroll');
      expect(field<HTMLTextAreaElement>(again, 'description').value).to.equal('She starts on 6 January.\nFull time.');
      expect(field(again, 'preferredDate').value).to.equal('2099-03-01');
      expect(shadowText(again)).to.contain('We kept what you typed earlier');
      await expect(again).to.be.accessible();
    });

    it('is saved while typing, without waiting for the element to leave', async () => {
      const b = backend();
      const el = await mount(b);
      type(el, 'description', 'Half a thought');
      await until(() => localStorage.getItem(draftStorageKey('ct_alice', 'request-new'))?.includes('Half a thought'), 3000, 'the draft in storage');
    });

    it('survives a network failure, and the retry reuses the idempotency key', async () => {
      const b = backend();
      b.store.faults.fail('createRequest', { kind: 'network' }, { times: 1 });
      const el = await mount(b);
      await fillIn(el);
      submit(el).click();
      await until(() => /could not reach the server/.test(shadowText(el)), 3000, 'the network error');
      expect(field(el, 'subject').value).to.equal('Payroll for our new baker');
      unmount(el);
      const again = await mount(b);
      expect(field(again, 'subject').value).to.equal('Payroll for our new baker');
      const created = oneEvent(again, 'portico-request-created');
      submit(again).click();
      await created;
      const keys = createCalls(b).map(([, args]) => (args[1] as WriteOptions).idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(localStorage.getItem(draftStorageKey('ct_alice', 'request-new'))).to.equal(null);
    });

    it('survives a session expiry: signing in again as the same contact brings it back', async () => {
      const store = new PortalStore({ now: () => TODAY });
      let session = store.createSession('ct_alice');
      const calls: Backend['calls'] = [];
      const adapter = spyAdapter(createMemoryAdapter(store, { getToken: () => session.token }), calls);
      const el = await mount({ adapter, session });
      await fillIn(el);
      store.expireSession();
      const unauthorized = oneEvent(el, 'portico-unauthorized');
      submit(el).click();
      expect((await unauthorized).detail.error.type).to.equal('unauthorized');
      await el.updateComplete;
      expect(field(el, 'subject').value).to.equal('Payroll for our new baker');
      unmount(el);

      // Someone else signing in on this device does not see it.
      const ben = store.createSession('ct_ben');
      const other = await mount({ adapter: createMemoryAdapter(store, { getToken: () => ben.token }), session: ben });
      expect(field(other, 'subject').value).to.equal('');
      unmount(other);

      session = store.createSession('ct_alice');
      const again = await mount({ adapter, session });
      expect(field(again, 'subject').value).to.equal('Payroll for our new baker');
      expect(field<HTMLTextAreaElement>(again, 'description').value).to.equal('She starts on 6 January.\nFull time.');
      const created = oneEvent(again, 'portico-request-created');
      submit(again).click();
      expect((await created).detail.request.subject).to.equal('Payroll for our new baker');
      expect(localStorage.getItem(draftStorageKey('ct_alice', 'request-new'))).to.equal(null);
    });

    it('keeps uploaded attachments, and Start over discards everything', async () => {
      const b = backend();
      const el = await mount(b);
      await fillIn(el);
      const uploader = root(el).querySelector<PorticoFileUpload>('portico-file-upload')!;
      uploader.addFiles([new File(['a,b'], 'contract.csv', { type: 'text/csv' })]);
      await oneEvent(el, 'portico-upload');
      unmount(el);
      const again = await mount(b);
      await until(() => /contract\.csv/.test(shadowText(again)));
      [...root(again).querySelectorAll('button')].find((button) => button.textContent!.includes('Start over'))!.click();
      await again.updateComplete;
      expect(field(again, 'subject').value).to.equal('');
      expect(shadowText(again)).to.not.contain('contract.csv');
      expect(localStorage.getItem(draftStorageKey('ct_alice', 'request-new'))).to.equal(null);
    });
  });

  it('sends attachments with the request, and waits for them to finish uploading', async () => {
    const b = backend();
    b.store.faults.delay('uploadFile', 200);
    const el = await mount(b);
    await fillIn(el);
    const uploader = root(el).querySelector<PorticoFileUpload>('portico-file-upload')!;
    uploader.addFiles([new File(['%PDF'], 'payslip.pdf', { type: 'application/pdf' })]);
    await until(() => submit(el).disabled, 3000, 'Send disabled while uploading');
    expect(shadowText(el)).to.contain('Waiting for your files to finish uploading');
    await until(() => !submit(el).disabled, 3000, 'Send enabled once uploaded');
    expect(root(el).querySelector('.kept'), 'listed once, by the upload element').to.equal(null);
    const created = oneEvent(el, 'portico-request-created');
    submit(el).click();
    const { request } = (await created).detail;
    expect(request.messages[0].attachments.map((file: { name: string }) => file.name)).to.deep.equal(['payslip.pdf']);
    const [, [input]] = createCalls(b)[0] as [string, [CreateRequestInput]];
    expect(input.attachmentIds).to.deep.equal([request.messages[0].attachments[0].id]);
  });

  it('links the request to the record it is about', async () => {
    const b = backend();
    const el = await mount(b, { 'related-type': 'invoice', 'related-id': 'inv_1030', subject: 'Question about INV-1030' });
    await el.updateComplete;
    expect(root(el).querySelector('a[href="#/invoices/inv_1030"]')!.textContent).to.equal('this invoice');
    type(el, 'category', 'general');
    type(el, 'description', 'Is this the final amount?');
    const created = oneEvent(el, 'portico-request-created');
    submit(el).click();
    const { request } = (await created).detail;
    expect(request.relatedTo).to.deep.include({ type: 'invoice', id: 'inv_1030', label: 'INV-1030' });
  });

  it('sends nothing in a read-only portal, and says why', async () => {
    const b = backend();
    const el = await mount(b, {}, true);
    await fillIn(el);
    expect(submit(el).disabled).to.equal(true);
    expect(shadowText(el)).to.contain('read-only preview');
    field(el, 'subject').form!.requestSubmit();
    await el.updateComplete;
    expect(b.writes()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows hostile prefills as text', async () => {
    const b = backend();
    const el = await mount(b, { subject: XSS_PAYLOADS.join(' ') });
    await el.updateComplete;
    expect(field(el, 'subject').value).to.equal(XSS_PAYLOADS.join(' '));
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
