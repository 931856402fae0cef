import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/request-thread/define.js';
import type { PorticoRequestThread } from '../../src/elements/request-thread/request-thread.js';
import { clearDrafts, draftStorageKey } from '../../src/internal/draft.js';
import type { WriteOptions } from '../../src/sdk/adapter.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

// Ben (Acme Bakery) writes the replies here, so these drafts never meet the request form's (Alice's).
const BEN = 'ct_ben';

const root = (el: HTMLElement) => el.shadowRoot!;
const messages = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part="message"]')];
const textarea = (el: HTMLElement) => root(el).querySelector<HTMLTextAreaElement>('textarea')!;
const send = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('[part="submit"]')!;
const statusButton = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('[part="status-action"]');
const badge = (el: HTMLElement) => root(el).querySelector('.title .badge')!.textContent;

function typeReply(el: HTMLElement, value: string) {
  textarea(el).value = value;
  textarea(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function mount(b: Backend, id = 'req_acme_1', readOnly = false) {
  const el = await fixture<PorticoRequestThread>(
    html`<portico-request-thread .adapter=${b.adapter} .session=${b.session} request-id=${id} ?read-only=${readOnly}></portico-request-thread>`,
  );
  await until(() => messages(el).length, 3000, 'the messages');
  return el;
}

const calls = (b: Backend, name: string) => b.calls.filter(([method]) => method === name);

describe('<portico-request-thread>', () => {
  beforeEach(() => clearDrafts(BEN));
  afterEach(() => delete (window as { __xss?: number }).__xss);

  itBehavesLikeAView({
    render: (b) => html`<portico-request-thread .adapter=${b.adapter} request-id="req_acme_1"></portico-request-thread>`,
    route: 'getRequest',
    makeEmpty: (store) => store.db.requests.forEach((r) => (r.messages = [])),
    readyText: /Hi, the VAT return shows a higher amount/,
    emptyText: /No messages yet/,
  });

  it('shows the conversation from both sides: who, when, the text with its line breaks', async () => {
    const b = backend({ contact: BEN });
    b.store.db.requests[0].messages[0].body = 'First line\nSecond line';
    const el = await mount(b);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Question about my VAT bill');
    expect(badge(el)).to.equal('Awaiting your reply');
    expect(shadowText(el)).to.match(/R-500 · Tax · Opened/);
    const [client, firm] = messages(el);
    expect(client.dataset.side).to.equal('client');
    expect(client.querySelector('.author')!.textContent!.trim()).to.equal('Alice Martin');
    expect(client.querySelector('.body')!.textContent).to.equal('First line\nSecond line');
    expect(getComputedStyle(client.querySelector('.body')!).whiteSpace).to.equal('pre-wrap');
    expect(firm.dataset.side).to.equal('firm');
    expect(firm.querySelector('.author')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Priya Shah Harbor & Pine Accountants');
    expect(firm.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
  });

  it('calls the signed-in contact "You"', async () => {
    const b = backend({ contact: 'ct_alice' });
    const el = await mount(b);
    expect(messages(el)[0].querySelector('.author')!.textContent!.trim()).to.equal('You');
  });

  it('downloads attachments through the adapter', async () => {
    const b = backend({ contact: BEN });
    const el = await mount(b, 'req_acme_3');
    const saved: string[] = [];
    const keep = (e: MouseEvent) => {
      const link = e.target as HTMLAnchorElement;
      if (link.download) {
        e.preventDefault();
        saved.push(link.download);
      }
    };
    document.addEventListener('click', keep, true);
    try {
      const button = root(el).querySelector<HTMLButtonElement>('[part="file"]')!;
      expect(button.getAttribute('aria-label')).to.match(/^Download Bank letter\.pdf, \d[\d.,]* (byte|kB)$/);
      button.click();
      button.click();
      await until(() => saved.length === 1);
      expect(saved).to.deep.equal(['Bank letter.pdf']);
      const [[, [id]]] = calls(b, 'downloadFile');
      expect(calls(b, 'downloadFile')).to.have.length(1);
      expect(id).to.equal(b.store.db.files.find((f) => f.name === 'Bank letter.pdf' && f.companyId === 'co_acme')!.id);
    } finally {
      document.removeEventListener('click', keep, true);
    }
  });

  it('sends a reply once, shows it, and forgets the draft', async () => {
    const b = backend({ contact: BEN });
    b.store.faults.delay('replyToRequest', 100);
    const el = await mount(b);
    typeReply(el, 'Yes, it was paid on 3 October.\nThanks!');
    send(el).click();
    send(el).click();
    await until(() => messages(el).length === 3, 3000, 'the reply in the thread');
    expect(calls(b, 'replyToRequest')).to.have.length(1);
    const mine = messages(el)[2];
    expect(mine.dataset.side).to.equal('client');
    expect(mine.querySelector('.author')!.textContent!.trim()).to.equal('You');
    expect(mine.querySelector('.body')!.textContent).to.equal('Yes, it was paid on 3 October.\nThanks!');
    expect(textarea(el).value).to.equal('');
    expect(badge(el)).to.equal('Open');
    expect(shadowText(el)).to.contain('Your reply was sent.');
    expect(localStorage.getItem(draftStorageKey(BEN, 'reply:req_acme_1'))).to.equal(null);
  });

  it('asks for a message before sending', async () => {
    const b = backend({ contact: BEN });
    const el = await mount(b);
    typeReply(el, '   ');
    send(el).click();
    await until(() => textarea(el).getAttribute('aria-invalid') === 'true');
    expect(root(el).getElementById(textarea(el).getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal('Write a message');
    expect(root(el).activeElement).to.equal(textarea(el));
    expect(b.writes()).to.have.length(0);
  });

  it('keeps a half-written reply across a reload and a network failure, retrying with the same key', async () => {
    const b = backend({ contact: BEN });
    b.store.faults.fail('replyToRequest', { kind: 'network' }, { times: 1 });
    const el = await mount(b, 'R-500');
    typeReply(el, 'Half a thought');
    send(el).click();
    await until(() => /could not reach the server/.test(shadowText(el)));
    expect(textarea(el).value).to.equal('Half a thought');
    el.remove();
    // The same request by its id: the same draft.
    const again = await mount(b, 'req_acme_1');
    expect(textarea(again).value).to.equal('Half a thought');
    expect(shadowText(again)).to.contain('We kept what you typed earlier');
    send(again).click();
    await until(() => messages(again).length === 3);
    const keys = calls(b, 'replyToRequest').map(([, args]) => (args[2] as WriteOptions).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(localStorage.getItem(draftStorageKey(BEN, 'reply:req_acme_1'))).to.equal(null);
  });

  it('closes and reopens where the firm allows it', async () => {
    const b = backend({ contact: BEN });
    const el = await mount(b);
    expect(statusButton(el)!.textContent!.trim()).to.equal('Close request');
    statusButton(el)!.click();
    await until(() => badge(el) === 'Closed');
    expect(statusButton(el)!.textContent!.trim()).to.equal('Reopen request');
    expect(shadowText(el)).to.contain('This request is closed. Replying opens it again.');
    statusButton(el)!.click();
    await until(() => badge(el) === 'Open');
    expect(calls(b, 'setRequestStatus').map(([, args]) => args[1])).to.deep.equal(['closed', 'open']);
    expect(b.store.db.requests[0].status).to.equal('open');

    const brightline = backend({ preset: 'brightline', contact: BEN });
    const other = await mount(brightline);
    expect(statusButton(other)).to.equal(null);
  });

  it('changes nothing in a read-only portal, and says why', async () => {
    const b = backend({ contact: BEN });
    const el = await mount(b, 'req_acme_1', true);
    typeReply(el, 'Hello');
    await el.updateComplete;
    expect(send(el).disabled).to.equal(true);
    expect(statusButton(el)!.disabled).to.equal(true);
    expect(shadowText(el)).to.contain('read-only preview');
    textarea(el).form!.requestSubmit();
    await el.updateComplete;
    expect(b.writes()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows a firm reply in place, keeping the half-typed reply, the focus and the scroll position', async () => {
    const b = backend({ contact: BEN });
    const request = b.store.db.requests[0];
    for (let i = 0; i < 30; i++) request.messages.push({ ...request.messages[1], id: `older_${i}`, body: `Earlier message ${i}` });
    const el = await mount(b);
    const box = textarea(el);
    typeReply(el, 'I am still typ');
    box.focus({ preventScroll: true });
    window.scrollTo(0, 600);
    const scrolled = window.scrollY;
    expect(scrolled).to.be.greaterThan(0);
    let skeleton = false;
    const observer = new MutationObserver(() => (skeleton ||= !!root(el).querySelector('[part~="loading"]')));
    observer.observe(root(el), { childList: true, subtree: true });
    b.store.firmReply('R-500', 'One more question: which bank?');
    await until(() => messages(el).at(-1)!.textContent!.includes('which bank?'), 3000, 'the firm reply');
    observer.disconnect();
    expect(skeleton, 'no skeleton during a live update').to.equal(false);
    expect(textarea(el)).to.equal(box);
    expect(box.value).to.equal('I am still typ');
    expect(root(el).activeElement).to.equal(box);
    expect(window.scrollY).to.equal(scrolled);
    expect(shadowText(el)).to.contain('Updated');
    expect(badge(el)).to.equal('Awaiting your reply');
    window.scrollTo(0, 0);
  });

  it('shows subjects, messages and file names as text, never as markup', async () => {
    const b = backend({ contact: BEN });
    const request = b.store.db.requests[2];
    request.subject = XSS_PAYLOADS[0];
    request.description = XSS_PAYLOADS[1];
    request.messages.forEach((m, i) => (m.body = XSS_PAYLOADS.join(i ? '\n' : ' ')));
    b.store.db.files.find((f) => f.id === request.messages[0].attachmentIds[0])!.name = XSS_PAYLOADS[2];
    request.messages[1].author.name = XSS_PAYLOADS[3];
    const el = await mount(b, request.id);
    expect(root(el).querySelector('h1')!.textContent).to.equal(XSS_PAYLOADS[0]);
    expect(messages(el)[0].querySelector('.body')!.textContent).to.equal(XSS_PAYLOADS.join(' '));
    expect(shadowText(el)).to.contain(XSS_PAYLOADS[2]);
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });
});
