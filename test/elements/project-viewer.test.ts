import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/project-viewer/define.js';
import { formatDuration, type PorticoProjectViewer } from '../../src/elements/project-viewer/project-viewer.js';
import type { PortalStore } from '../../src/mocks/store.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const milestones = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part="milestone"]')];
const section = (el: HTMLElement, part: string) => root(el).querySelector<HTMLElement>(`[part="${part}"]`);

async function mount(b: Backend, id = 'prj_acme_1') {
  const el = await fixture<PorticoProjectViewer>(html`<portico-project-viewer .adapter=${b.adapter} project-id=${id}></portico-project-viewer>`);
  await until(() => root(el).querySelector('[part="progress"]') || root(el).querySelector('[part~="error"]'), 3000, 'the project');
  return el;
}

function emptyProjects(store: PortalStore) {
  for (const project of store.db.projects) {
    project.milestones = [];
    project.invoiceIds = [];
    project.quoteIds = [];
    project.fileIds = [];
    delete project.timeLogs;
  }
  for (const invoice of store.db.invoices) delete invoice.projectId;
  for (const file of store.db.files) if (file.attachedTo?.type === 'project') delete file.attachedTo;
}

describe('<portico-project-viewer>', () => {
  itBehavesLikeAView({
    render: (b) => html`<portico-project-viewer .adapter=${b.adapter} project-id="prj_acme_1"></portico-project-viewer>`,
    route: 'getProject',
    makeEmpty: emptyProjects,
    readyText: /Records received/,
    emptyText: /Nothing here yet.*Harbor & Pine Accountants will add milestones/,
  });

  it('shows the progress as a bar with an accessible value, and the dates', async () => {
    const b = backend();
    const el = await mount(b);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Year-end accounts 2026');
    expect(root(el).querySelector('.title .badge')!.textContent).to.equal('In progress');
    const bar = section(el, 'progress')!;
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-valuenow')).to.equal('50');
    expect(bar.getAttribute('aria-valuetext')).to.equal('50%');
    expect(shadowText(el)).to.match(/50% complete/);
    expect(shadowText(el)).to.contain('2 of 4 milestones done');
    expect(shadowText(el)).to.match(/Started ?Oct 14, 2026 Due ?Dec 23, 2026/);
  });

  it('draws the milestones as a timeline: done, next, upcoming', async () => {
    const b = backend();
    const el = await mount(b);
    expect(milestones(el).map((m) => m.dataset.state)).to.deep.equal(['done', 'done', 'next', 'upcoming']);
    expect(milestones(el).map((m) => m.querySelector('.milestone-title')!.textContent)).to.deep.equal(['Records received', 'Draft accounts', 'Your review', 'Filed with Companies House']);
    expect(milestones(el)[2].getAttribute('aria-current')).to.equal('step');
    expect(milestones(el)[0].textContent).to.match(/Done\.\s+Done /);
    expect(milestones(el)[2].textContent).to.match(/Next\.\s+Was due /);
  });

  it('lists the related invoices with totals per currency, quotes and files, each leading on', async () => {
    const b = backend();
    const el = await mount(b);
    const invoices = section(el, 'invoices')!;
    expect([...invoices.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['INV-1030', 'INV-1031']);
    expect(shadowText(invoices)).to.match(/Invoiced ?£2,316\.00 Still to pay ?£2,316\.00/);
    const quote = section(el, 'quotes')!.querySelector('a')!;
    expect(quote.textContent).to.equal('Q-2001');
    expect(quote.getAttribute('href')).to.equal('#/quotes/q_2001');
    setTimeout(() => invoices.querySelector('a')!.click());
    expect((await oneEvent(el, 'portico-navigate')).detail.path).to.equal('/invoices/inv_1030');
    expect([...section(el, 'files')!.querySelectorAll('[part="file"] .file-name')].map((n) => n.textContent)).to.deep.equal([
      'Year-end accounts 2026 — site photo.svg',
      'Year-end accounts 2026 plan.pdf',
    ]);
    const listFiles = b.calls.find(([name]) => name === 'listFiles')!;
    expect(listFiles[1][0]).to.deep.include({ recordType: 'project', recordId: 'prj_acme_1' });
  });

  it('shows time logs where the firm shares them, with the total', async () => {
    const b = backend();
    const el = await mount(b);
    const rows = [...section(el, 'time')!.querySelectorAll('tbody tr')].map((row) => row.querySelector('.work')!.textContent + ' ' + row.querySelector('.money')!.textContent);
    expect(rows).to.deep.equal(['Reviewed bank reconciliations 2 hr 30 min', 'Prepared draft 4 hr', 'Call with client 30 min']);
    expect(section(el, 'time')!.querySelector('tfoot')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Total 7 hr');
    const other = await mount(b, 'prj_acme_2');
    expect(section(other, 'time')).to.equal(null);
    expect(formatDuration(61, 'en')).to.equal('1 hr 1 min');
  });

  it('keeps the project on screen when one related list fails, with a retry for it', async () => {
    const b = backend();
    b.store.faults.fail('listInvoices', { status: 503 }, { times: 1 });
    const el = await mount(b);
    expect(milestones(el)).to.have.length(4);
    const invoices = section(el, 'invoices')!;
    expect(invoices.querySelector('[role="alert"]')!.textContent).to.contain('We could not load the invoices.');
    invoices.querySelector('button')!.click();
    await until(() => section(el, 'invoices')!.querySelectorAll('a').length === 2, 3000, 'the invoices after retry');
  });

  it('updates live when the firm ticks off a milestone, and says so', async () => {
    const b = backend();
    const el = await mount(b);
    b.store.completeMilestone('prj_acme_1');
    await until(() => section(el, 'progress')!.getAttribute('aria-valuenow') === '75', 3000, 'the new progress');
    expect(milestones(el).map((m) => m.dataset.state)).to.deep.equal(['done', 'done', 'done', 'next']);
    expect(shadowText(el)).to.contain('Updated');
    expect(root(el).querySelector('[part~="loading"]')).to.equal(null);
  });

  it('shows names, descriptions, milestones and time logs as text, never as markup', async () => {
    const b = backend();
    const project = b.store.db.projects.find((p) => p.id === 'prj_acme_1')!;
    project.name = XSS_PAYLOADS[0];
    project.description = XSS_PAYLOADS[1];
    project.address = XSS_PAYLOADS[2];
    project.milestones.forEach((m, i) => (m.title = XSS_PAYLOADS[(i + 3) % XSS_PAYLOADS.length]));
    project.timeLogs!.forEach((log, i) => (log.description = XSS_PAYLOADS[(i + 4) % XSS_PAYLOADS.length]));
    const el = await mount(b);
    for (const payload of XSS_PAYLOADS) expect(shadowText(el)).to.contain(payload);
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });
});
