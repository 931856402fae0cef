import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/task-list/define.js';
import type { PorticoTaskList } from '../../src/elements/task-list/task-list.js';
import type { PorticoFileUpload } from '../../src/elements/file-upload/file-upload.js';
import type { UploadInput } from '../../src/sdk/adapter.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const task = (el: HTMLElement, id: string) => root(el).querySelector<HTMLElement>(`[part="task"][data-task-id="${id}"]`)!;
const titles = (el: HTMLElement, section: string) => [...root(el).querySelectorAll(`section[aria-labelledby="${section}-heading"] [part="task"] h3`)].map((h) => h.textContent);
const doneButton = (el: HTMLElement, id: string) => task(el, id)?.querySelector<HTMLButtonElement>('[part="complete"]') ?? null;

async function mount(b: Backend, options: { task?: string; readOnly?: boolean; config?: unknown } = {}) {
  const el = await fixture<PorticoTaskList>(
    html`<portico-task-list .adapter=${b.adapter} .config=${options.config} task=${options.task ?? ''} ?read-only=${options.readOnly}></portico-task-list>`,
  );
  await until(() => root(el).querySelector('[part="task"]'), 3000, 'the tasks');
  return el;
}

describe('<portico-task-list>', () => {
  itBehavesLikeAView({
    render: (b) => html`<portico-task-list .adapter=${b.adapter}></portico-task-list>`,
    route: 'listTasks',
    makeEmpty: (store) => (store.db.tasks.length = 0),
    readyText: /Upload your bank statements for October/,
    emptyText: /No tasks for you.*When Harbor & Pine Accountants needs something from you/,
  });

  it('shows what to do first, soonest due first, with status, due date and description; done below', async () => {
    const b = backend();
    const el = await mount(b);
    expect(titles(el, 'todo')).to.deep.equal([
      'Confirm your registered office address',
      'Upload your bank statements for October',
      'Sign and return the engagement letter',
      'Send your payroll changes for December',
    ]);
    expect(titles(el, 'done')).to.deep.equal(['Review the draft accounts']);
    expect(task(el, 'task_acme_5').querySelector('.badge')!.textContent).to.equal('Overdue');
    expect(shadowText(task(el, 'task_acme_5'))).to.match(/Was due 19 Nov 2026|Was due Nov 19, 2026/);
    expect(task(el, 'task_acme_1').querySelector('.badge')!.textContent).to.equal('To do');
    expect(shadowText(task(el, 'task_acme_1'))).to.contain('PDF or CSV exports from your bank');
    expect(task(el, 'task_acme_3').querySelector('.badge')!.textContent).to.equal('Done');
    expect(task(el, 'task_acme_3').querySelector('portico-file-upload')).to.equal(null);
  });

  it('offers the documents to download', async () => {
    const b = backend();
    const el = await mount(b);
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
      task(el, 'task_acme_2').querySelector<HTMLButtonElement>('[part="file"]')!.click();
      await until(() => saved.length === 1);
      expect(saved).to.deep.equal(['Engagement letter (to sign).pdf']);
    } finally {
      document.removeEventListener('click', keep, true);
    }
  });

  it('uploads documents against a task and lists them', async () => {
    const b = backend();
    const el = await mount(b);
    const uploader = task(el, 'task_acme_1').querySelector<PorticoFileUpload>('portico-file-upload')!;
    uploader.addFiles([new File(['date,amount'], 'october.csv', { type: 'text/csv' })]);
    await oneEvent(el, 'portico-upload');
    await until(() => /You sent.*october\.csv/.test(shadowText(task(el, 'task_acme_1'))), 3000, 'the upload listed with the task');
    const [[, [input]]] = b.calls.filter(([name]) => name === 'uploadFile') as [string, [UploadInput]][];
    expect(input.attachTo).to.deep.include({ type: 'task', id: 'task_acme_1' });
    expect(b.store.db.tasks.find((t) => t.id === 'task_acme_1')!.uploadIds).to.have.length(1);
  });

  it('marks a task done once, however often it is clicked', async () => {
    const b = backend();
    b.store.faults.delay('completeTask', 100);
    const el = await mount(b);
    doneButton(el, 'task_acme_2')!.click();
    doneButton(el, 'task_acme_2')!.click();
    await until(() => titles(el, 'done').includes('Sign and return the engagement letter'), 3000, 'the task done');
    expect(b.calls.filter(([name]) => name === 'completeTask')).to.have.length(1);
    expect(task(el, 'task_acme_2').querySelector('.badge')!.textContent).to.equal('Done');
    expect(doneButton(el, 'task_acme_2')).to.equal(null);
  });

  it('says who marks a task done where the client may not', async () => {
    const b = backend();
    const el = await mount(b);
    expect(doneButton(el, 'task_acme_1')).to.equal(null);
    expect(shadowText(task(el, 'task_acme_1'))).to.contain('Harbor & Pine Accountants marks this task done once they have checked it.');

    const config = b.store.getConfig(b.session.token);
    config.permissions = { ...config.permissions, tasksComplete: false };
    const other = await mount(b, { config });
    expect(root(other).querySelector('[part="complete"]')).to.equal(null);
  });

  it('changes nothing in a read-only portal, and says why', async () => {
    const b = backend();
    const el = await mount(b, { readOnly: true });
    expect(doneButton(el, 'task_acme_2')!.disabled).to.equal(true);
    expect(shadowText(el)).to.contain('read-only preview');
    const uploader = task(el, 'task_acme_1').querySelector<PorticoFileUpload>('portico-file-upload')!;
    uploader.addFiles([new File(['x'], 'x.csv', { type: 'text/csv' })]);
    doneButton(el, 'task_acme_2')!.click();
    await el.updateComplete;
    expect(b.writes()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('highlights the task in the address and brings it into view', async () => {
    const b = backend();
    const template = b.store.db.tasks[0];
    for (let i = 0; i < 12; i++) b.store.db.tasks.unshift({ ...template, id: `extra_${i}`, title: `Earlier task ${i}`, dueDate: '2026-11-01', uploadIds: [] });
    const el = await mount(b, { task: 'task_acme_4' });
    const item = task(el, 'task_acme_4');
    expect(item.hasAttribute('data-highlight')).to.equal(true);
    expect(item.getAttribute('aria-current')).to.equal('true');
    expect(root(el).querySelectorAll('[aria-current]')).to.have.length(1);
    await until(() => {
      const rect = item.getBoundingClientRect();
      return rect.top >= 0 && rect.top < innerHeight;
    }, 3000, 'the task scrolled into view');
    window.scrollTo(0, 0);
  });

  it('updates live when a task changes, and says so', async () => {
    const b = backend();
    const el = await mount(b);
    b.store.uploadFile(b.session.token, { name: 'from-my-phone.pdf', mimeType: 'application/pdf', content: new Uint8Array([37, 80, 68, 70]), attachTo: { type: 'task', id: 'task_acme_4' } });
    await until(() => shadowText(task(el, 'task_acme_4')).includes('from-my-phone.pdf'), 3000, 'the new upload');
    expect(shadowText(el)).to.contain('Updated');
    expect(root(el).querySelector('[part~="loading"]')).to.equal(null);
  });

  it('shows titles, descriptions and file names as text, never as markup', async () => {
    const b = backend();
    b.store.db.tasks.forEach((t, i) => {
      t.title = XSS_PAYLOADS[i % XSS_PAYLOADS.length];
      t.description = XSS_PAYLOADS[(i + 1) % XSS_PAYLOADS.length];
    });
    b.store.db.files.find((f) => f.name === 'Engagement letter (to sign).pdf' && f.companyId === 'co_acme')!.name = XSS_PAYLOADS[5];
    const el = await mount(b);
    for (const payload of XSS_PAYLOADS) expect(shadowText(el)).to.contain(payload);
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });
});
