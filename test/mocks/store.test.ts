import { expect } from '@open-wc/testing';
import { PortalStore } from '../../src/mocks/store.js';

const now = () => new Date('2026-11-23T12:00:00Z');

describe('PortalStore (mock backend)', () => {
  it('seeds the same data for the same options and day', () => {
    const a = new PortalStore({ now });
    const b = new PortalStore({ now });
    expect(JSON.stringify(a.db)).to.equal(JSON.stringify(b.db));
    expect(JSON.stringify(new PortalStore({ now, seed: 7 }).db.invoices)).not.to.equal(JSON.stringify(a.db.invoices));
  });

  it('has every status of every record for both companies', () => {
    const store = new PortalStore({ now });
    for (const contact of ['ct_alice', 'ct_chloe']) {
      const token = store.createSession(contact).token;
      const statuses = new Set(store.listInvoices(token, { limit: 500 }).items.map((i) => i.status));
      expect([...statuses].sort()).to.deep.equal(['canceled', 'open', 'overdue', 'paid', 'partially_paid']);
      expect(new Set(store.listQuotes(token).items.map((q) => q.status)).size).to.equal(4);
      expect(new Set(store.listRequests(token).items.map((r) => r.status)).size).to.equal(3);
      expect(store.listContracts(token).items.length).to.equal(2);
    }
    expect(store.contacts.length).to.be.greaterThan(3);
  });

  it('scales to 10,000 invoices for benchmarks', () => {
    const store = new PortalStore({ now, invoiceCount: 10_000 });
    const page = store.listInvoices(store.createSession('ct_alice').token, { limit: 500 });
    expect(page.total).to.equal(10_000);
    expect(page.items).to.have.length(500);
    expect(page.nextCursor).to.equal('c500');
  });

  it('keeps each company’s records to itself', () => {
    const store = new PortalStore({ now });
    const alice = store.createSession('ct_alice').token;
    const chloe = store.createSession('ct_chloe').token;
    const mine = store.listFiles(alice, { limit: 500 }).items.map((f) => f.id);
    const theirs = store.listFiles(chloe, { limit: 500 }).items.map((f) => f.id);
    expect(mine.filter((id) => theirs.includes(id))).to.deep.equal([]);
  });

  it('limits how often codes can be requested', () => {
    const store = new PortalStore({ now });
    for (let i = 0; i < 5; i++) store.requestCode({ channel: 'email', identifier: 'alice@acme-bakery.test' });
    expect(() => store.requestCode({ channel: 'email', identifier: 'alice@acme-bakery.test' })).to.throw().with.property('type', 'rate_limited');
  });

  it('raises a deposit invoice when a quote asking for one is accepted', () => {
    const store = new PortalStore({ now });
    const token = store.createSession('ct_alice').token;
    const quote = store.db.quotes.find((q) => q.companyId === 'co_acme' && q.depositPercent)!;
    const accepted = store.acceptQuote(token, quote.id, { version: 1, signature: { kind: 'typed', name: 'Alice Martin' }, selectedLineIds: [], acceptTerms: true });
    const deposit = store.getInvoice(token, accepted.depositInvoiceId!);
    expect(deposit.total).to.equal(Math.round((accepted.total * quote.depositPercent!) / 100));
    expect(deposit.status).to.equal('open');
  });

  it('records embedded payments as pending until the provider confirms', () => {
    const store = new PortalStore({ now, paymentMode: 'client_secret' });
    const token = store.createSession('ct_alice').token;
    const intent = store.pay(token, { invoiceIds: ['INV-1042'] });
    expect(intent.kind).to.equal('client_secret');
    expect(store.getInvoice(token, 'INV-1042').status).to.equal('overdue');
    store.completePayment(intent.paymentId);
    expect(store.getInvoice(token, 'INV-1042').status).to.equal('paid');
  });
});
