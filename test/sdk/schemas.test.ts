import { expect } from '@open-wc/testing';
import * as s from '../../src/sdk/schemas.js';
import { parseInput, parseResponse } from '../../src/sdk/validate.js';
import { PortalStore } from '../../src/mocks/store.js';

describe('schemas', () => {
  const store = new PortalStore({ now: () => new Date('2026-11-23T12:00:00Z') });
  const brightline = new PortalStore({ preset: 'brightline', now: () => new Date('2026-11-23T12:00:00Z') });

  it('accept every seeded record of both firms', () => {
    for (const { db } of [store, brightline]) {
      expect(s.PortalConfig.safeParse(db.config).success, 'config').to.equal(true);
      const checks: [string, { safeParse(v: unknown): { success: boolean } }, unknown[]][] = [
        ['contacts', s.Contact, db.contacts],
        ['companies', s.Company, db.companies],
        ['invoices', s.Invoice, db.invoices],
        ['quotes', s.Quote, db.quotes],
        ['contracts', s.Contract, db.contracts],
        ['files', s.PortalFile, db.files],
        ['projects', s.Project, db.projects],
        ['activity', s.ActivityEvent, db.activity],
        ['catalogue', s.CatalogueItem, db.catalogue],
        ['comments', s.Comment, db.comments],
      ];
      for (const [name, schema, records] of checks) {
        expect(records.length, name).to.be.greaterThan(0);
        for (const record of records) expect(schema.safeParse(record).success, `${name}: ${JSON.stringify(record).slice(0, 80)}`).to.equal(true);
      }
    }
  });

  it('reject malformed records', () => {
    const invoice = store.getInvoice(store.createSession('ct_alice').token, 'INV-1042');
    const bad: [string, unknown][] = [
      ['draft status', { ...invoice, status: 'draft' }],
      ['fractional money', { ...invoice, total: 10.5 }],
      ['lower-case currency', { ...invoice, currency: 'eur' }],
      ['not a date', { ...invoice, dueDate: '23/11/2026' }],
      ['negative amount due', { ...invoice, amountDue: -1 }],
      ['missing lines', { ...invoice, lines: undefined }],
    ];
    for (const [what, value] of bad) expect(s.Invoice.safeParse(value).success, what).to.equal(false);
    expect(s.Signature.safeParse({ kind: 'drawn', name: 'A', image: 'javascript:alert(1)' }).success).to.equal(false);
    expect(s.Firm.safeParse({ ...store.db.config.firm, primaryColor: 'red; background:url(x)' }).success).to.equal(false);
    expect(s.Contact.safeParse({ ...store.db.contacts[0], email: 'not-an-email' }).success).to.equal(false);
  });

  it('turn a response mismatch into invalid_response naming the path', () => {
    try {
      parseResponse(s.Page(s.InvoiceSummary), { items: [{ id: 'x' }], nextCursor: null }, 'listInvoices');
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.include({ type: 'invalid_response', path: 'items[0].number' });
    }
  });

  it('turn bad input into validation errors per field, with readable messages', () => {
    try {
      parseInput(s.CreateRequestInput, { subject: '  ', category: '', description: 'ok', attachmentIds: [] });
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.deep.include({ type: 'validation', fields: { subject: 'Give your request a subject', category: 'Choose a category' } });
    }
  });
});
