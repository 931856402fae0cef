/**
 * The behaviour every `PortalAdapter` must have, as one suite. It runs against the memory adapter
 * and against the REST adapter talking to the msw handlers: both must pass the same tests.
 */
import { expect } from '@open-wc/testing';
import type { PortalAdapter } from '../../src/sdk/adapter.js';
import { PortalError, isPortalError, type PortalErrorType } from '../../src/sdk/errors.js';
import type { Session } from '../../src/sdk/schemas.js';
import type { Fault } from '../../src/mocks/faults.js';
import { CODE_MAX_TRIES, CODE_TTL_MS, type PortalStore } from '../../src/mocks/store.js';
import { rejection } from '../helpers/util.js';

export interface AdapterUnderTest {
  store: PortalStore;
  adapter: PortalAdapter;
  /** Set the token the adapter sends. */
  signIn(session: Session | undefined): void;
  /**
   * Whether the backend learns of an abort. msw's service worker never sees a page abort its
   * request, so over msw a cancelled upload may still be stored; a real server sees the
   * connection close mid-upload.
   */
  abortReachesBackend: boolean;
}

export type MakeAdapter = (options?: { preset?: 'harbor' | 'brightline'; timeout?: number }) => Promise<AdapterUnderTest>;

export function runAdapterContract(name: string, make: MakeAdapter) {
  describe(`${name}: PortalAdapter contract`, () => {
    let store: PortalStore;
    let adapter: PortalAdapter;
    let signIn: AdapterUnderTest['signIn'];
    let abortReachesBackend: boolean;

    beforeEach(async () => {
      ({ store, adapter, signIn, abortReachesBackend } = await make());
      signIn(store.createSession('ct_alice'));
    });

    const key = () => crypto.randomUUID();

    describe('sign-in', () => {
      beforeEach(() => signIn(undefined));

      it('sends a code to a known email and answers the same for an unknown one', async () => {
        await adapter.requestCode({ channel: 'email', identifier: 'alice@acme-bakery.test' });
        expect(store.sentMessages).to.have.length(1);
        expect(store.sentMessages[0].code).to.match(/^\d{6}$/);
        expect(store.sentMessages[0].link).to.contain('#portico-token=');
        await adapter.requestCode({ channel: 'email', identifier: 'nobody@example.test' });
        expect(store.sentMessages).to.have.length(1);
      });

      it('signs in with the right code, once', async () => {
        await adapter.requestCode({ channel: 'email', identifier: 'alice@acme-bakery.test' });
        const session = await adapter.verifyCode({ identifier: 'alice@acme-bakery.test', code: store.sentMessages[0].code });
        expect(session.contact.name).to.equal('Alice Martin');
        expect(session.company.name).to.equal('Acme Bakery Ltd');
        const again = await rejection(adapter.verifyCode({ identifier: 'alice@acme-bakery.test', code: store.sentMessages[0].code }));
        expect(again.type).to.equal('validation');
      });

      it('says when a code is wrong, expired, or tried too often', async () => {
        await adapter.requestCode({ channel: 'email', identifier: 'alice@acme-bakery.test' });
        const { code } = store.sentMessages[0];
        const wrong = code === '000000' ? '111111' : '000000';
        const first = await rejection(adapter.verifyCode({ identifier: 'alice@acme-bakery.test', code: wrong }));
        expect([first.type, first.code]).to.deep.equal(['validation', 'code_invalid']);
        expect(first.fields).to.have.property('code');
        for (let i = 2; i < CODE_MAX_TRIES; i++) await rejection(adapter.verifyCode({ identifier: 'alice@acme-bakery.test', code: wrong }));
        const last = await rejection(adapter.verifyCode({ identifier: 'alice@acme-bakery.test', code: wrong }));
        expect([last.type, last.code]).to.deep.equal(['rate_limited', 'too_many_attempts']);
        // The code is burned: even the right one no longer works.
        expect((await rejection(adapter.verifyCode({ identifier: 'alice@acme-bakery.test', code }))).type).to.equal('validation');

        await adapter.requestCode({ channel: 'email', identifier: 'ben@acme-bakery.test' });
        store.advanceTime(CODE_TTL_MS + 1000);
        const expired = await rejection(adapter.verifyCode({ identifier: 'ben@acme-bakery.test', code: store.sentMessages[1].code }));
        expect([expired.type, expired.code]).to.deep.equal(['validation', 'code_expired']);
      });

      it('sends codes by SMS where the firm allows it, and validates the code format', async () => {
        await adapter.requestCode({ channel: 'sms', identifier: '+1 555 0100' });
        expect(store.sentMessages[0]).to.include({ channel: 'sms', contactId: 'ct_alice' });
        expect(store.sentMessages[0].link).to.equal(undefined);
        const whatsapp = await rejection(adapter.requestCode({ channel: 'whatsapp', identifier: '+15550100' }));
        expect(whatsapp.type).to.equal('validation');
        const format = await rejection(adapter.verifyCode({ identifier: 'alice@acme-bakery.test', code: '12ab' }));
        expect(format.fields).to.have.property('code');
      });

      it('exchanges a magic link once', async () => {
        await adapter.requestCode({ channel: 'email', identifier: 'alice@acme-bakery.test', redirectUrl: 'https://portal.example/client#/home' });
        const token = store.sentMessages[0].link!.split('#portico-token=')[1];
        expect(store.sentMessages[0].link).to.match(/^https:\/\/portal\.example\/client#portico-token=/);
        const session = await adapter.exchangeMagicLink(token);
        expect(session.contact.id).to.equal('ct_alice');
        const used = await rejection(adapter.exchangeMagicLink(token));
        expect([used.type, used.code]).to.deep.equal(['validation', 'link_used']);
        expect((await rejection(adapter.exchangeMagicLink('nonsense'))).code).to.equal('link_invalid');
      });

      it('refreshes and logs out a session', async () => {
        const session = store.createSession('ct_alice');
        signIn(session);
        const fresh = await adapter.refresh();
        expect(fresh.token).to.not.equal(session.token);
        expect((await rejection(adapter.listInvoices())).type).to.equal('unauthorized');
        signIn(fresh);
        await adapter.logout();
        expect((await rejection(adapter.listInvoices())).type).to.equal('unauthorized');
      });
    });

    describe('config', () => {
      it('gives the firm’s branding before sign-in and the company’s permissions after', async () => {
        signIn(undefined);
        const open = await adapter.getConfig();
        expect(open.firm.name).to.equal('Harbor & Pine Accountants');
        expect(open.permissions.files).to.equal('both');
        signIn(store.createSession('ct_chloe'));
        expect((await adapter.getConfig()).permissions.files).to.equal('upload');
      });
    });

    describe('invoices', () => {
      it('lists every invoice across pages, never a draft', async () => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await adapter.listInvoices({ limit: 5, cursor });
          seen.push(...page.items.map((i) => i.number));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen).to.have.length(16);
        expect(new Set(seen).size).to.equal(16);
        const drafts = store.db.invoices.filter((i) => i.draft).map((i) => i.number);
        expect(drafts).to.have.length.greaterThan(0);
        for (const draft of drafts) expect(seen).not.to.include(draft);
      });

      it('filters by status, searches and sorts', async () => {
        const due = await adapter.listInvoices({ status: ['overdue'] });
        expect(due.items.length).to.be.greaterThan(0);
        expect(due.items.every((i) => i.status === 'overdue')).to.equal(true);
        const found = await adapter.listInvoices({ q: 'inv-1042' });
        expect(found.items.map((i) => i.number)).to.deep.equal(['INV-1042']);
        const byTotal = await adapter.listInvoices({ sort: '-total', limit: 100 });
        const totals = byTotal.items.map((i) => i.total);
        expect(totals).to.deep.equal([...totals].sort((a, b) => b - a));
      });

      it('gets an invoice by number and hides other companies’ invoices', async () => {
        const invoice = await adapter.getInvoice('INV-1042');
        expect(invoice.lines.length).to.be.greaterThan(0);
        expect(invoice.total).to.equal(invoice.subtotal + invoice.taxTotal);
        const other = store.db.invoices.find((i) => i.companyId === 'co_bluefern')!;
        expect((await rejection(adapter.getInvoice(other.id))).type).to.equal('not_found');
      });

      it('records a view and serves a PDF, or says why not', async () => {
        await adapter.markInvoiceViewed('INV-1042');
        const invoice = await adapter.getInvoice('INV-1042');
        expect(invoice.history.at(-1)).to.include({ type: 'viewed', by: 'Alice Martin' });
        const pdf = await adapter.getInvoicePdf('INV-1042');
        expect(pdf.type).to.equal('application/pdf');
        expect(await pdf.slice(0, 5).text()).to.equal('%PDF-');
        const noPdf = store.db.invoices.find((i) => i.companyId === 'co_acme' && !i.pdfAvailable)!;
        const error = await rejection(adapter.getInvoicePdf(noPdf.number));
        expect([error.type, error.code]).to.deep.equal(['not_found', 'pdf_unavailable']);
      });
    });

    describe('payments', () => {
      it('pays the amount due and records one payment, even when the same intent is sent twice', async () => {
        const before = await adapter.getInvoice('INV-1042');
        const intent = key();
        const first = await adapter.pay({ invoiceIds: ['INV-1042'], returnUrl: 'https://portal.example/#/invoices/INV-1042' }, { idempotencyKey: intent });
        const replay = await adapter.pay({ invoiceIds: ['INV-1042'], returnUrl: 'https://portal.example/#/invoices/INV-1042' }, { idempotencyKey: intent });
        expect(replay).to.deep.equal(first);
        expect(first.kind).to.equal('redirect');
        if (first.kind === 'redirect') expect(first.url).to.contain('portico-payment=success');
        const after = await adapter.getInvoice('INV-1042');
        expect(after.status).to.equal('paid');
        expect(after.amountDue).to.equal(0);
        expect(after.payments).to.have.length(before.payments.length + 1);
        expect(after.payments.at(-1)!.amount).to.equal(before.amountDue);
      });

      it('validates partial amounts and refuses a reused key with other details', async () => {
        const partial = store.db.invoices.find((i) => i.companyId === 'co_acme' && i.allowPartialPayment && i.amountDue > 0 && !i.draft)!;
        const tooMuch = await rejection(adapter.pay({ invoiceIds: [partial.id], amount: partial.amountDue + 1 }, { idempotencyKey: key() }));
        expect(tooMuch.type).to.equal('validation');
        expect(tooMuch.fields).to.have.property('amount');
        const zero = await rejection(adapter.pay({ invoiceIds: [partial.id], amount: 0 }, { idempotencyKey: key() }));
        expect(zero.fields).to.have.property('amount');
        const k = key();
        await adapter.pay({ invoiceIds: [partial.id], amount: 100 }, { idempotencyKey: k });
        const reused = await rejection(adapter.pay({ invoiceIds: [partial.id], amount: 200 }, { idempotencyKey: k }));
        expect([reused.type, reused.code]).to.deep.equal(['conflict', 'idempotency_key_reused']);
        expect((await adapter.getInvoice(partial.id)).amountPaid).to.equal(partial.amountPaid);
      });
    });

    describe('quotes and contracts', () => {
      it('accepts the current version with a signature and keeps the audit trail', async () => {
        const pending = (await adapter.listQuotes({ status: ['pending'] })).items.find((q) => q.currentVersion === 1)!;
        const quote = await adapter.getQuote(pending.id);
        const optional = quote.versions[0].lines.filter((l) => l.optional).map((l) => l.id);
        const accepted = await adapter.acceptQuote(quote.id, { version: 1, signature: { kind: 'typed', name: 'Alice Martin' }, selectedLineIds: optional, acceptTerms: true }, { idempotencyKey: key() });
        expect(accepted.status).to.equal('accepted');
        const decision = accepted.decisions.at(-1)!;
        expect(decision).to.include({ type: 'accepted', version: 1 });
        expect(decision.by.name).to.equal('Alice Martin');
        expect(decision.signature).to.deep.equal({ kind: 'typed', name: 'Alice Martin' });
        if (quote.depositPercent) expect(accepted.depositInvoiceId).to.be.a('string');
      });

      it('refuses an old version, an expired quote, and a second decision', async () => {
        const revised = (await adapter.listQuotes({ status: ['pending'] })).items.find((q) => q.currentVersion === 2)!;
        const stale = await rejection(adapter.acceptQuote(revised.id, { version: 1, signature: { kind: 'typed', name: 'A' }, selectedLineIds: [], acceptTerms: true }, { idempotencyKey: key() }));
        expect([stale.type, stale.code]).to.deep.equal(['conflict', 'quote_revised']);
        const expired = (await adapter.listQuotes({ status: ['expired'] })).items[0];
        const late = await rejection(adapter.acceptQuote(expired.id, { version: expired.currentVersion, signature: { kind: 'typed', name: 'A' }, selectedLineIds: [], acceptTerms: true }, { idempotencyKey: key() }));
        expect([late.type, late.code]).to.deep.equal(['conflict', 'quote_expired']);
        const declined = await adapter.declineQuote(revised.id, { version: 2, reason: 'Too early' }, { idempotencyKey: key() });
        expect(declined.decisions.at(-1)).to.include({ type: 'declined', reason: 'Too early' });
        const twice = await rejection(adapter.declineQuote(revised.id, { version: 2 }, { idempotencyKey: key() }));
        expect(twice.code).to.equal('quote_decided');
      });

      it('takes a request for changes and a drawn signature on a contract', async () => {
        const pending = (await adapter.listQuotes({ status: ['pending'] })).items[0];
        const changed = await adapter.requestQuoteChanges(pending.id, { version: pending.currentVersion, message: 'Split into two invoices please' }, { idempotencyKey: key() });
        expect(changed.status).to.equal('pending');
        expect(changed.decisions.at(-1)).to.include({ type: 'changes_requested', reason: 'Split into two invoices please' });
        const contract = (await adapter.listContracts()).items.find((c) => c.status === 'pending')!;
        const image = 'data:image/png;base64,iVBORw0KGgo=';
        const signed = await adapter.signContract(contract.id, { version: contract.version, signature: { kind: 'drawn', name: 'Alice Martin', image }, acceptTerms: true }, { idempotencyKey: key() });
        expect(signed.status).to.equal('signed');
        expect(signed.decisions.at(-1)!.signature).to.deep.equal({ kind: 'drawn', name: 'Alice Martin', image });
      });

      it('refuses decisions where the firm set quotes to view-only', async () => {
        ({ store, adapter, signIn } = await make({ preset: 'brightline' }));
        signIn(store.createSession('ct_alice'));
        const pending = (await adapter.listQuotes({ status: ['pending'] })).items[0];
        const error = await rejection(adapter.acceptQuote(pending.id, { version: pending.currentVersion, signature: { kind: 'typed', name: 'A' }, selectedLineIds: [], acceptTerms: true }, { idempotencyKey: key() }));
        expect(error.type).to.equal('forbidden');
      });
    });

    describe('files', () => {
      it('lists files by record and downloads their bytes', async () => {
        const all = await adapter.listFiles({ limit: 100 });
        const onProject = all.items.find((f) => f.attachedTo?.type === 'project')!;
        const scoped = await adapter.listFiles({ recordType: 'project', recordId: onProject.attachedTo!.id });
        expect(scoped.items.every((f) => f.attachedTo?.id === onProject.attachedTo!.id)).to.equal(true);
        const blob = await adapter.downloadFile(onProject.id);
        expect(blob.size).to.equal(onProject.size);
      });

      it('uploads with progress to a task, and rejects files over the limits', async () => {
        const progress: number[] = [];
        const task = (await adapter.listTasks()).items.find((t) => t.acceptsUploads)!;
        const file = new File(['date,amount\n2026-10-01,12.00\n'], 'october.csv', { type: 'text/csv' });
        const uploaded = await adapter.uploadFile({ file, attachTo: { type: 'task', id: task.id } }, { idempotencyKey: key(), onProgress: (p) => progress.push(p.loaded / p.total) });
        expect(uploaded).to.include({ name: 'october.csv', size: file.size, uploadedBy: 'client' });
        expect(progress.at(-1)).to.equal(1);
        expect((await adapter.listTasks()).items.find((t) => t.id === task.id)!.uploads.map((f) => f.id)).to.include(uploaded.id);

        const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.pdf', { type: 'application/pdf' });
        const tooBig = await rejection(adapter.uploadFile({ file: big }, { idempotencyKey: key() }));
        expect([tooBig.type, tooBig.code]).to.deep.equal(['validation', 'file_too_large']);
        const exe = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' });
        expect((await rejection(adapter.uploadFile({ file: exe }, { idempotencyKey: key() }))).code).to.equal('file_type');
      });

      it('cancels an upload on abort without storing it', async () => {
        const count = store.db.files.length;
        const controller = new AbortController();
        store.faults.delay('uploadFile', 300);
        const pending = adapter.uploadFile({ file: new File(['x'], 'x.txt', { type: 'text/plain' }) }, { idempotencyKey: key(), signal: controller.signal });
        setTimeout(() => controller.abort(), 20);
        const error = await pending.then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(error?.name).to.equal('AbortError');
        if (abortReachesBackend) {
          await new Promise((r) => setTimeout(r, 400));
          expect(store.db.files.length).to.equal(count);
        }
      });
    });

    describe('requests, tasks, projects, activity, catalogue, comments', () => {
      it('opens a request, replies, closes it; bad input names the field', async () => {
        const created = await adapter.createRequest({ subject: 'New hire', category: 'payroll', description: 'Starting Monday', attachmentIds: [] }, { idempotencyKey: key() });
        expect(created).to.include({ subject: 'New hire', status: 'open' });
        const replied = await adapter.replyToRequest(created.id, { body: 'Also a second one', attachmentIds: [] }, { idempotencyKey: key() });
        expect(replied.messages).to.have.length(2);
        const closed = await adapter.setRequestStatus(created.id, 'closed', { idempotencyKey: key() });
        expect(closed.status).to.equal('closed');
        const bad = await rejection(adapter.createRequest({ subject: 'x', category: 'nope', description: 'y', attachmentIds: [] }, { idempotencyKey: key() }));
        expect(bad.type).to.equal('validation');
        expect(bad.fields).to.have.property('category');
      });

      it('completes tasks the client may complete, and only those', async () => {
        const tasks = (await adapter.listTasks()).items;
        const allowed = tasks.find((t) => t.canComplete && t.status === 'todo')!;
        expect((await adapter.completeTask(allowed.id, { idempotencyKey: key() })).status).to.equal('done');
        const locked = tasks.find((t) => !t.canComplete)!;
        expect((await rejection(adapter.completeTask(locked.id, { idempotencyKey: key() }))).type).to.equal('forbidden');
      });

      it('shows projects with milestones and activity newest first', async () => {
        const [summary] = (await adapter.listProjects()).items;
        const project = await adapter.getProject(summary.id);
        expect(project.milestones.length).to.be.greaterThan(0);
        expect(project.progress).to.be.within(0, 100);
        const activity = (await adapter.listActivity({ limit: 20 })).items;
        const times = activity.map((a) => a.at);
        expect(times).to.deep.equal([...times].sort().reverse());
      });

      it('lists the catalogue and takes comments', async () => {
        expect((await adapter.listCatalogue({ q: 'payroll' })).items.map((i) => i.name)).to.include('Payroll');
        const comment = await adapter.addComment({ record: { type: 'invoice', id: 'INV-1042' }, body: 'Paying Friday' }, { idempotencyKey: key() });
        const listed = await adapter.listComments({ recordType: 'invoice', recordId: comment.record.id });
        expect(listed.items.map((c) => c.body)).to.include('Paying Friday');
      });
    });

    describe('failures', () => {
      const cases: [Fault, PortalErrorType][] = [
        [{ status: 400 }, 'validation'],
        [{ status: 401 }, 'unauthorized'],
        [{ status: 403 }, 'forbidden'],
        [{ status: 404 }, 'not_found'],
        [{ status: 409 }, 'conflict'],
        [{ status: 422, fields: { subject: 'Too long' } }, 'validation'],
        [{ status: 429, retryAfter: 7 }, 'rate_limited'],
        [{ status: 500 }, 'server'],
        [{ status: 502 }, 'server'],
        [{ status: 503 }, 'server'],
        [{ kind: 'network' }, 'network'],
        [{ kind: 'malformed' }, 'invalid_response'],
        [{ kind: 'schema' }, 'invalid_response'],
      ];
      for (const [fault, type] of cases) {
        it(`turns ${'status' in fault ? fault.status : fault.kind} into a ${type} PortalError, on reads and writes`, async () => {
          store.faults.fail('getInvoice', fault).fail('createRequest', fault);
          const read = await rejection(adapter.getInvoice('INV-1042'));
          expect(read.type).to.equal(type);
          expect(read.message).to.be.a('string').and.not.equal('');
          const written = await rejection(adapter.createRequest({ subject: 'a', category: 'tax', description: 'b', attachmentIds: [] }, { idempotencyKey: key() }));
          expect(written.type).to.equal(type);
          if ('retryAfter' in fault) expect(read.retryAfter).to.equal(7);
          if ('fields' in fault) expect(written.fields).to.deep.equal({ subject: 'Too long' });
          if ('kind' in fault && fault.kind === 'schema') expect(read.path).to.be.a('string').and.not.equal('');
        });
      }

      it('times out', async () => {
        ({ store, adapter, signIn } = await make({ timeout: 200 }));
        signIn(store.createSession('ct_alice'));
        store.faults.fail('listQuotes', { kind: 'timeout' });
        expect((await rejection(adapter.listQuotes())).type).to.equal('timeout');
      });

      it('rejects with AbortError when the caller aborts', async () => {
        store.faults.delay('listInvoices', 500);
        const controller = new AbortController();
        const pending = adapter.listInvoices({}, { signal: controller.signal });
        controller.abort();
        const error = await pending.then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(error?.name).to.equal('AbortError');
        expect(isPortalError(error)).to.equal(false);
      });

      it('is unauthorized when the session has expired', async () => {
        store.expireSession();
        const error = await rejection(adapter.listProjects());
        expect(error).to.be.instanceOf(PortalError);
        expect(error.type).to.equal('unauthorized');
      });
    });

    describe('live changes', () => {
      it('pushes changes and resumes after the last one seen', async () => {
        const controller = new AbortController();
        const seen: string[] = [];
        let lastId: string | undefined;
        const opened = new Promise<void>((resolve) =>
          adapter.subscribe(
            (change) => {
              seen.push(`${change.kind} ${change.record.type} ${change.record.label}`);
              lastId = change.id;
            },
            { signal: controller.signal, onStatus: (status) => status === 'open' && resolve() },
          ),
        );
        await opened;
        store.firmReply('R-500', 'Any news?');
        await waitFor(() => seen.length === 1);
        expect(seen[0]).to.equal('updated request Question about my VAT bill');
        controller.abort();

        // Missed while disconnected:
        store.shareFile('co_acme', 'Missed.pdf');
        store.shareFile('co_bluefern', 'Not yours.pdf');
        const resumed: string[] = [];
        const second = new AbortController();
        adapter.subscribe((change) => resumed.push(change.record.label ?? ''), { signal: second.signal, lastEventId: lastId });
        await waitFor(() => resumed.length === 1);
        expect(resumed).to.deep.equal(['Missed.pdf']);
        second.abort();
      });
    });
  });
}

export async function waitFor(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
