import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/quote-viewer/define.js';
import type { PorticoQuoteViewer } from '../../src/elements/quote-viewer/quote-viewer.js';
import type { PorticoSignaturePad } from '../../src/elements/signature-pad/signature-pad.js';
import { clearDrafts } from '../../src/internal/draft.js';
import type { WriteOptions } from '../../src/sdk/adapter.js';
import type { AcceptQuoteInput } from '../../src/sdk/schemas.js';
import { assertNoXss, backend, deepQuery, shadowText, until, XSS_PAYLOADS, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';
import { drawOn } from '../helpers/draw.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: Element, text: RegExp) => $$<HTMLButtonElement>(el, 'button').find((b) => text.test(b.textContent ?? '') || text.test(b.getAttribute('aria-label') ?? ''));
const settle = () => new Promise((r) => setTimeout(r, 50));

async function mount(b: Backend, id = 'q_2002', options: { kind?: 'quote' | 'contract'; readOnly?: boolean } = {}) {
  const el = await fixture<PorticoQuoteViewer>(
    html`<portico-quote-viewer .adapter=${b.adapter} record-id=${id} kind=${options.kind ?? 'quote'} ?read-only=${!!options.readOnly} locale="en-GB"></portico-quote-viewer>`,
  );
  await until(() => el.shadowRoot!.querySelector('[part="header"], [part="empty"], [part="error"]'), 3000, 'loaded');
  return el;
}

const pad = (el: Element) => $<PorticoSignaturePad>(el, 'portico-signature-pad');

function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function open(el: PorticoQuoteViewer, choice: RegExp) {
  button(el, choice)!.click();
  await el.updateComplete;
}

/** Opens Accept, ticks the terms and signs with a typed name. */
async function fillAccept(el: PorticoQuoteViewer, name = 'Alice Martin') {
  await open(el, /^\s*Accept and sign\s*$/);
  $<HTMLInputElement>(el, '#terms').click();
  typeInto(pad(el).shadowRoot!.querySelector<HTMLInputElement>('input[part="name"]')!, name);
  await el.updateComplete;
}

const submit = (el: PorticoQuoteViewer, label: RegExp) => button(el, label)!.click();
const writes = (b: Backend, name: string) => b.writes().filter(([method]) => method === name);
const total = (el: Element) => $(el, '[data-total]').textContent!.trim();

describe('<portico-quote-viewer>', () => {
  beforeEach(() => clearDrafts());
  afterEach(() => clearDrafts());

  describe('quote', () => {
    itBehavesLikeAView({
      render: (b) => html`<portico-quote-viewer .adapter=${b.adapter} record-id="q_2001"></portico-quote-viewer>`,
      route: 'getQuote',
      makeEmpty: (store) => (store.db.quotes.length = 0),
      readyText: /Year-end accounts 2026/,
      emptyText: /could not find this quote/,
    });
  });

  describe('contract', () => {
    itBehavesLikeAView({
      render: (b) => html`<portico-quote-viewer kind="contract" .adapter=${b.adapter} record-id="ctr_acme_1"></portico-quote-viewer>`,
      route: 'getContract',
      makeEmpty: (store) => (store.db.contracts.length = 0),
      readyText: /Engagement letter 2027/,
      emptyText: /could not find this contract/,
    });
  });

  describe('reading a quote', () => {
    it('shows the lines, the firm’s message, the terms and the totals', async () => {
      const el = await mount(backend(), 'q_2001');
      expect($(el, 'h1').textContent).to.equal('Year-end accounts 2026');
      expect($(el, '.eyebrow').textContent).to.match(/Quote Q-2001 · version 2/);
      expect($$(el, '.line').map((l) => l.querySelector('.desc')!.textContent!.trim())).to.deep.equal([
        'Self-assessment tax return',
        'Advisory call (hours)',
        'Self-assessment tax return',
      ]);
      expect($(el, '[part="message"]').textContent).to.equal('Updated after our call: one more unit, and the filing added.');
      expect($(el, '[part="terms"]').textContent).to.match(/valid for 30 days/);
      expect($(el, '[part="totals"]').textContent!.replace(/\s+/g, ' ')).to.match(/Subtotal £1,240.00 Tax £248.00 Total £1,488.00/);
      expect($(el, '.headline-total').textContent).to.contain('£1,488.00');
    });

    it('recomputes subtotal, tax and total as optional lines are ticked in and out', async () => {
      const el = await mount(backend(), 'q_2002');
      expect(total(el)).to.equal('£2,395.20');
      const boxes = $$<HTMLInputElement>(el, '.line input[type="checkbox"]');
      expect(boxes.map((b) => b.checked)).to.deep.equal([true, false]);
      expect(boxes.map((b) => b.labels?.[0]?.textContent)).to.deep.equal(['Quarterly review meeting', 'Cloud accounting software setup']);
      boxes[1].click();
      await el.updateComplete;
      expect(total(el)).to.equal('£2,611.20');
      expect($(el, '[part="totals"]').textContent!.replace(/\s+/g, ' ')).to.match(/Subtotal £2,176.00 Tax £435.20/);
      expect($(el, '.headline-total').textContent).to.contain('£2,611.20');
      boxes[0].click();
      await el.updateComplete;
      expect(total(el)).to.equal('£2,311.20');
    });

    it('shows every version, what changed against the previous one, and lets the client look at older ones', async () => {
      const el = await mount(backend(), 'q_2001');
      const versions = $$(el, '[part="versions"] li');
      expect(versions.map((v) => v.querySelector('.vname')!.textContent)).to.deep.equal(['Version 2 (current)', 'Version 1']);
      expect(versions[0].textContent).to.match(/3 line changes · total \+£570.00/);
      const changes = $(el, '[part="changes"]');
      expect(changes.querySelector('h2')!.textContent).to.equal('What changed from version 1');
      const rows = [...changes.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal([
        'Added Self-assessment tax return — 1 × £350.00',
        'Removed VAT return preparation — 1 × £225.00',
        'Changed Self-assessment tax return: quantity 1 → 2',
      ]);
      expect(changes.textContent).to.match(/Total: £918.00 → £1,488.00 \(\+£570.00\)/);

      button(el, /View version 1/)!.click();
      await el.updateComplete;
      expect(shadowText(el)).to.match(/You are looking at version 1 of 2/);
      expect($$(el, '.line').map((l) => l.querySelector('.desc')!.textContent!.trim())).to.include('VAT return preparation');
      expect(total(el)).to.equal('£918.00');
      expect($(el, '[part="decision"]'), 'decisions only on the current version').to.not.exist;
      expect($(el, '[part="changes"]'), 'version 1 has nothing before it').to.not.exist;
      button(el, /View the current version/)!.click();
      await el.updateComplete;
      expect(total(el)).to.equal('£1,488.00');
      expect($(el, '[part="decision"]')).to.exist;
    });
  });

  describe('deciding', () => {
    it('accepts with a typed signature, records it and offers the deposit payment', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002');
      await fillAccept(el);
      expect(shadowText(el)).to.match(/You are accepting version 1 for £2,395.20, tax included/);
      expect(shadowText(el)).to.match(/A deposit of 30% \(£718.56\) is due on acceptance/);
      await expect(el).to.be.accessible();
      setTimeout(() => submit(el, /^\s*Accept quote\s*$/));
      const event = await oneEvent(el, 'portico-decision');
      expect(event.detail).to.deep.equal({ kind: 'quote', id: 'q_2002', decision: 'accepted' });
      const [[, [id, input]]] = writes(b, 'acceptQuote') as [string, [string, AcceptQuoteInput, WriteOptions]][];
      expect(id).to.equal('q_2002');
      expect(input).to.deep.equal({ version: 1, signature: { kind: 'typed', name: 'Alice Martin' }, selectedLineIds: ['q_2002_o1'], acceptTerms: true });
      await el.updateComplete;
      expect($(el, '.title-row .badge').textContent).to.equal('Accepted');
      const trail = $(el, '[part="audit-trail"]');
      expect(trail.textContent).to.match(/Accepted · version 1/);
      expect(trail.textContent).to.match(/By Alice Martin · 23 Nov 2026/);
      expect(trail.textContent).to.match(/Total accepted: £2,395.20/);
      expect(trail.querySelector('.signature.typed')!.textContent).to.equal('Alice Martin');
      expect($(el, '[part="decision"]')).to.not.exist;
      const deposit = b.store.db.quotes.find((q) => q.id === 'q_2002')!.depositInvoiceId!;
      const pay = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent!.trim() === 'Pay the deposit')!;
      expect(pay.getAttribute('href')).to.equal(`#/invoices/${deposit}?pay`);
      setTimeout(() => pay.click());
      const navigate = await oneEvent(el, 'portico-navigate');
      expect(navigate.detail.path).to.equal(`/invoices/${deposit}?pay`);
      await expect(el).to.be.accessible();
    });

    it('accepts with a drawn signature and the client’s choice of optional lines', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002');
      $$<HTMLInputElement>(el, '.line input[type="checkbox"]')[1].click(); // add the cloud setup
      await open(el, /^\s*Accept and sign\s*$/);
      $<HTMLInputElement>(el, '#terms').click();
      const signature = pad(el);
      signature.shadowRoot!.querySelector<HTMLInputElement>('input[value="drawn"]')!.click();
      await signature.updateComplete;
      typeInto(signature.shadowRoot!.querySelector<HTMLInputElement>('input[part="name"]')!, 'Alice Martin');
      drawOn(signature);
      await el.updateComplete;
      setTimeout(() => submit(el, /^\s*Accept quote\s*$/));
      await oneEvent(el, 'portico-decision');
      const [[, [, input]]] = writes(b, 'acceptQuote') as [string, [string, AcceptQuoteInput]][];
      expect(input.selectedLineIds).to.deep.equal(['q_2002_o1', 'q_2002_o2']);
      expect(input.signature.kind).to.equal('drawn');
      expect((input.signature as { image: string }).image).to.match(/^data:image\/png;base64,/);
      await el.updateComplete;
      const image = $<HTMLImageElement>(el, '[part="audit-trail"] .signature img');
      expect(image.getAttribute('src')).to.equal((input.signature as { image: string }).image);
      expect(image.alt).to.equal('Signature drawn by Alice Martin');
      expect($(el, '[part="audit-trail"]').textContent).to.match(/Total accepted: £2,611.20/);
    });

    it('asks for the terms and a signature before sending anything', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002');
      await open(el, /^\s*Accept and sign\s*$/);
      submit(el, /^\s*Accept quote\s*$/);
      await el.updateComplete;
      await settle();
      expect(shadowText(el)).to.match(/Tick the box to accept the terms/);
      expect(deepQuery(el, '[part="error"]')!.textContent).to.match(/Type your full name to sign/);
      expect($(el, '#terms').getAttribute('aria-invalid')).to.equal('true');
      expect(b.writes()).to.have.length(0);
    });

    it('declines with a reason', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002');
      await open(el, /^\s*Decline\s*$/);
      typeInto($<HTMLTextAreaElement>(el, '#reason'), 'Too expensive for us this year.');
      setTimeout(() => submit(el, /^\s*Decline quote\s*$/));
      const event = await oneEvent(el, 'portico-decision');
      expect(event.detail.decision).to.equal('declined');
      expect(writes(b, 'declineQuote').map(([, args]) => args.slice(0, 2))).to.deep.equal([['q_2002', { version: 1, reason: 'Too expensive for us this year.' }]]);
      await el.updateComplete;
      expect($(el, '.title-row .badge').textContent).to.equal('Declined');
      expect($(el, '[part="audit-trail"]').textContent).to.match(/Declined · version 1.*“Too expensive for us this year.”/s);
    });

    it('declines without a reason too', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002');
      await open(el, /^\s*Decline\s*$/);
      setTimeout(() => submit(el, /^\s*Decline quote\s*$/));
      await oneEvent(el, 'portico-decision');
      expect(writes(b, 'declineQuote').map(([, args]) => args[1])).to.deep.equal([{ version: 1 }]);
    });

    it('requests changes with a message, and the quote stays open', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002');
      await open(el, /Request changes/);
      submit(el, /Send request/);
      await el.updateComplete;
      expect(shadowText(el)).to.match(/Say what you would like changed/);
      expect(b.writes()).to.have.length(0);
      typeInto($<HTMLTextAreaElement>(el, '#changes'), 'Could you add a second review meeting?');
      setTimeout(() => submit(el, /Send request/));
      const event = await oneEvent(el, 'portico-decision');
      expect(event.detail.decision).to.equal('changes_requested');
      expect(writes(b, 'requestQuoteChanges').map(([, args]) => args[1])).to.deep.equal([{ version: 1, message: 'Could you add a second review meeting?' }]);
      await el.updateComplete;
      expect(shadowText(el)).to.match(/Your request was sent/);
      expect($(el, '.title-row .badge').textContent).to.equal('Pending');
      expect($(el, '[part="audit-trail"]').textContent).to.match(/Changes requested · version 1.*“Could you add a second review meeting\?”/s);
      expect(button(el, /^\s*Accept and sign\s*$/), 'the client can still decide').to.exist;
    });

    it('sends one decision when the button is pressed twice', async () => {
      const b = backend();
      b.store.faults.delay('acceptQuote', 100);
      const el = await mount(b, 'q_2002');
      await fillAccept(el);
      const accept = button(el, /^\s*Accept quote\s*$/)!;
      accept.click();
      accept.click();
      await el.updateComplete;
      expect(accept.getAttribute('aria-busy')).to.equal('true');
      accept.click();
      await oneEvent(el, 'portico-decision');
      expect(writes(b, 'acceptQuote')).to.have.length(1);
      expect(b.store.db.quotes.find((q) => q.id === 'q_2002')!.decisions.filter((d) => d.type === 'accepted')).to.have.length(1);
    });

    it('keeps what was typed when sending fails, and retries with the same key', async () => {
      const b = backend();
      b.store.faults.fail('declineQuote', { status: 503 }, { times: 1 });
      const el = await mount(b, 'q_2002');
      await open(el, /^\s*Decline\s*$/);
      typeInto($<HTMLTextAreaElement>(el, '#reason'), 'Not now');
      submit(el, /^\s*Decline quote\s*$/);
      await until(() => el.shadowRoot!.querySelector('[part="action-error"]'));
      expect($<HTMLTextAreaElement>(el, '#reason').value).to.equal('Not now');
      setTimeout(() => submit(el, /^\s*Decline quote\s*$/));
      await oneEvent(el, 'portico-decision');
      const keys = writes(b, 'declineQuote').map(([, args]) => (args[2] as WriteOptions).idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
    });

    it('keeps a half-written message across a reload of the page', async () => {
      const b = backend();
      let el = await mount(b, 'q_2002');
      await open(el, /Request changes/);
      typeInto($<HTMLTextAreaElement>(el, '#changes'), 'Please split the payroll line');
      el.remove(); // leaving the page writes the draft at once
      el = await mount(b, 'q_2002');
      await open(el, /Request changes/);
      expect($<HTMLTextAreaElement>(el, '#changes').value).to.equal('Please split the payroll line');
    });
  });

  describe('when deciding is not possible', () => {
    it('explains that an expired quote cannot be accepted, and offers to ask for a new one', async () => {
      const b = backend();
      const el = await mount(b, 'q_2005');
      expect($(el, '.title-row .badge').textContent).to.equal('Expired');
      expect(shadowText(el)).to.match(/This quote expired on 24 Sept 2026, so it can no longer be accepted/);
      expect(button(el, /Accept/)).to.not.exist;
      const ask = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find((a) => /Ask for an updated quote/.test(a.textContent!))!;
      expect(ask.getAttribute('href')).to.equal('#/requests/new?subject=Updated+quote+for+Q-2005&related-type=quote&related-id=q_2005');
      await expect(el).to.be.accessible();
    });

    it('explains a quote that expired while open when the client accepts', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002');
      await fillAccept(el);
      b.store.db.quotes.find((q) => q.id === 'q_2002')!.expiryDate = '2026-11-01';
      submit(el, /^\s*Accept quote\s*$/);
      await until(() => /This quote has expired/.test(shadowText(el)));
      await until(() => $(el, '.title-row .badge').textContent === 'Expired');
      expect(shadowText(el)).to.match(/can no longer be accepted/);
    });

    it('reloads a quote revised while open, explains what changed, and keeps the signature', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002');
      await fillAccept(el, 'Alice Martin');
      // The firm sends version 2 between loading and accepting.
      b.store.reviseQuote('q_2002', (lines) => lines.map((line, i) => (i === 0 ? { ...line, unitPrice: 50000 } : line)));
      submit(el, /^\s*Accept quote\s*$/);
      await until(() => /newer version/.test(shadowText(el)), 3000, 'the explanation');
      await until(() => /version 2/.test($(el, '.eyebrow').textContent!));
      expect(writes(b, 'acceptQuote')).to.have.length(1);
      expect(b.store.db.quotes.find((q) => q.id === 'q_2002')!.status).to.equal('pending');
      expect($(el, '[part="notice"]').getAttribute('data-tone')).to.equal('warning');
      const changes = $(el, '[part="changes"]');
      expect(changes.querySelector('h2')!.textContent).to.match(/What changed since version 1, the one you had open/);
      expect(changes.textContent!.replace(/\s+/g, ' ')).to.match(/Changed Monthly bookkeeping: price £450.00 → £500.00/);
      // What the client typed is still there; the terms must be accepted again for the new version.
      expect(pad(el).value).to.deep.equal({ kind: 'typed', name: 'Alice Martin' });
      expect($<HTMLInputElement>(el, '#terms').checked).to.equal(false);
      $<HTMLInputElement>(el, '#terms').click();
      await el.updateComplete;
      setTimeout(() => submit(el, /^\s*Accept quote\s*$/));
      await oneEvent(el, 'portico-decision');
      const inputs = writes(b, 'acceptQuote').map(([, args]) => (args[1] as AcceptQuoteInput).version);
      expect(inputs).to.deep.equal([1, 2]);
    });

    it('shows a revision that arrives live, with what changed', async () => {
      const b = backend();
      const el = await mount(b, 'q_2001');
      b.store.reviseQuote('q_2001', (lines) => lines.slice(1));
      await until(() => $$(el, '[part="versions"] li').length === 3);
      expect(shadowText(el)).to.match(/We received a newer version of this quote \(version 3\)/);
      expect($(el, '[part="changes"]').textContent).to.match(/Removed/);
      expect(shadowText(el)).to.contain('Updated');
    });

    it('shows the quote without decisions where the firm records them itself', async () => {
      const b = backend({ preset: 'brightline' });
      const el = await mount(b, 'q_2002');
      expect(shadowText(el)).to.match(/Brightline Electrical records decisions on quotes themselves/);
      expect(button(el, /Accept/)).to.not.exist;
      expect(button(el, /Decline/)).to.not.exist;
      expect($$(el, '.line').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      expect(b.writes()).to.have.length(0);
    });

    it('makes no write in a read-only portal, and says why', async () => {
      const b = backend();
      const el = await mount(b, 'q_2002', { readOnly: true });
      expect(shadowText(el)).to.match(/read-only preview: accepting, declining and requesting changes are turned off/);
      for (const label of [/^\s*Accept and sign\s*$/, /Request changes/, /^\s*Decline\s*$/]) {
        const choice = button(el, label)!;
        expect(choice.disabled, String(label)).to.equal(true);
        choice.click();
      }
      await el.updateComplete;
      expect($(el, 'form')).to.not.exist;
      const contract = await mount(b, 'ctr_acme_1', { kind: 'contract', readOnly: true });
      expect(shadowText(contract)).to.match(/read-only preview: signing is turned off/);
      button(contract, /Sign contract/)!.click();
      await settle();
      expect(b.writes()).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('contracts', () => {
    it('shows the contract text sanitized, and signs it', async () => {
      const b = backend();
      b.store.db.contracts.find((c) => c.id === 'ctr_acme_1')!.body += XSS_PAYLOADS.join('<p>');
      const el = await mount(b, 'ctr_acme_1', { kind: 'contract' });
      expect($(el, 'h1').textContent).to.equal('Engagement letter 2027');
      expect($(el, '.title-row .badge').textContent).to.equal('Awaiting signature');
      await until(() => deepQuery(el, '[part="content"] h3'));
      expect(deepQuery(el, '.content[part="content"]')!.textContent).to.match(/1\. Services/);
      await settle();
      assertNoXss(el);
      expect(button(el, /Decline/)).to.not.exist;
      button(el, /^\s*Sign contract\s*$/)!.click();
      await el.updateComplete;
      expect(shadowText(el)).to.match(/Tick the box to agree to the contract/);
      expect(b.writes()).to.have.length(0);
      $<HTMLInputElement>(el, '#terms').click();
      typeInto(pad(el).shadowRoot!.querySelector<HTMLInputElement>('input[part="name"]')!, 'Alice Martin');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      setTimeout(() => button(el, /^\s*Sign contract\s*$/)!.click());
      const event = await oneEvent(el, 'portico-decision');
      expect(event.detail).to.deep.equal({ kind: 'contract', id: 'ctr_acme_1', decision: 'signed' });
      expect(writes(b, 'signContract').map(([, args]) => args.slice(0, 2))).to.deep.equal([
        ['ctr_acme_1', { version: 1, signature: { kind: 'typed', name: 'Alice Martin' }, acceptTerms: true }],
      ]);
      await el.updateComplete;
      expect($(el, '.title-row .badge').textContent).to.equal('Signed');
      expect(shadowText(el)).to.match(/Signed by Alice Martin on 23 Nov 2026/);
      expect($(el, '[part="audit-trail"] .signature').textContent).to.equal('Alice Martin');
    });

    it('shows a signed contract with its signature', async () => {
      const el = await mount(backend(), 'ctr_acme_2', { kind: 'contract' });
      expect($(el, '.title-row .badge').textContent).to.equal('Signed');
      expect($(el, '[part="audit-trail"]').textContent).to.match(/Signed · version 1.*By Alice Martin/s);
      expect($(el, '[part="decision"]')).to.not.exist;
    });
  });

  it('shows everything the firm and the client wrote as text', async () => {
    const b = backend();
    const quote = b.store.db.quotes.find((q) => q.id === 'q_2001')!;
    const current = quote.versions.at(-1)!;
    current.message = XSS_PAYLOADS[0];
    current.terms = XSS_PAYLOADS[1];
    current.lines.forEach((line, i) => (line.description = XSS_PAYLOADS[(i + 2) % XSS_PAYLOADS.length]));
    quote.decisions[0].reason = XSS_PAYLOADS[5];
    quote.decisions[0].by.name = XSS_PAYLOADS[2];
    quote.title = XSS_PAYLOADS[3];
    const el = await mount(b, 'q_2001');
    for (const payload of XSS_PAYLOADS) expect(shadowText(el)).to.contain(payload.replace(/\s+/g, ' '));
    await settle();
    assertNoXss(el);
  });
});
