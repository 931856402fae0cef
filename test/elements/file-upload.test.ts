import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/file-upload/define.js';
import type { PorticoFileUpload } from '../../src/elements/file-upload/file-upload.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';

const csv = (name = 'october.csv', size = 2000) => new File([new Uint8Array(size)], name, { type: 'text/csv' });

async function mount(b: Backend, extra: Partial<PorticoFileUpload> = {}) {
  const config = b.store.getConfig(b.session.token);
  const el = await fixture<PorticoFileUpload>(html`<portico-file-upload .adapter=${b.adapter} .config=${config}></portico-file-upload>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const items = (el: PorticoFileUpload) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
const status = (el: PorticoFileUpload) => items(el).map((i) => i.dataset.status);
const button = (root: ParentNode, label: RegExp) => [...root.querySelectorAll('button')].find((b) => label.test(b.textContent ?? '') || label.test(b.getAttribute('aria-label') ?? ''))!;

describe('<portico-file-upload>', () => {
  it('is accessible, with a keyboard-reachable file picker', async () => {
    const el = await mount(backend());
    await expect(el).to.be.accessible();
    expect(button(el.shadowRoot!.querySelector('[part="zone"]')!, /choose files/i)).to.exist;
  });

  it('uploads several files with progress, attached to a record, one event each', async () => {
    const b = backend();
    const task = b.store.db.tasks.find((t) => t.companyId === 'co_acme' && t.acceptsUploads)!;
    const el = await mount(b, { attachTo: { type: 'task', id: task.id } });
    const events: string[] = [];
    el.addEventListener('portico-upload', (e) => events.push(e.detail.file.name));
    const progress: number[] = [];
    const observer = new MutationObserver(() => el.shadowRoot!.querySelectorAll('[role="progressbar"]').forEach((p) => progress.push(Number(p.getAttribute('aria-valuenow')))));
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true });
    el.addFiles([csv('a.csv', 4000), csv('b.csv', 8000), csv('c.csv', 100)]);
    await until(() => status(el).length === 3 && status(el).every((s) => s === 'done'));
    observer.disconnect();
    expect(events.sort()).to.deep.equal(['a.csv', 'b.csv', 'c.csv']);
    expect(progress.some((p) => p > 0 && p < 100), `intermediate progress in ${progress}`).to.equal(true);
    expect(el.uploaded.map((f) => f.attachedTo?.id)).to.deep.equal([task.id, task.id, task.id]);
    expect(b.store.db.tasks.find((t) => t.id === task.id)!.uploadIds).to.have.length(3);
  });

  it('rejects too-large and wrong-type files before sending anything, and uploads the rest', async () => {
    const b = backend();
    const el = await mount(b);
    el.addFiles([new File([new Uint8Array(11 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' }), new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }), csv()]);
    await until(() => status(el).includes('done'));
    expect(status(el)).to.deep.equal(['rejected', 'rejected', 'done']);
    expect(shadowText(el)).to.match(/Too large: the limit is 10.5 MB/);
    expect(shadowText(el)).to.match(/not accepted\. Accepted: PDF, images, CSV/);
    expect(b.writes().map(([, [input]]) => (input as { name: string }).name)).to.deep.equal(['october.csv']);
  });

  it('cancels one upload and retries it with the same key, leaving the others alone', async () => {
    const b = backend();
    b.store.faults.delay('uploadFile', 400);
    const el = await mount(b);
    el.addFiles([csv('slow.csv'), csv('other.csv')]);
    await until(() => status(el)[0] === 'uploading');
    button(items(el)[0], /cancel slow/i).click();
    await until(() => status(el)[0] === 'canceled');
    await until(() => status(el)[1] === 'done');
    b.store.faults.clear();
    button(items(el)[0], /retry slow/i).click();
    await until(() => status(el)[0] === 'done');
    const keys = b.calls.filter(([name]) => name === 'uploadFile').map(([, args]) => (args[1] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.have.length(3);
    expect(keys[2]).to.equal(keys[0]);
    expect(keys[1]).to.not.equal(keys[0]);
  });

  it('keeps the batch going when one file fails, and retries it', async () => {
    const b = backend();
    b.store.faults.fail('uploadFile', { status: 500 }, { times: 1 });
    const el = await mount(b);
    el.addFiles([csv('first.csv'), csv('second.csv')]);
    await until(() => status(el).includes('failed') && status(el).includes('done'));
    expect(shadowText(el)).to.match(/Upload failed/);
    button(items(el).find((i) => i.dataset.status === 'failed')!, /retry/i).click();
    await until(() => status(el).every((s) => s === 'done'));
  });

  it('limits how many files go at once', async () => {
    const b = backend();
    const el = await mount(b, { limits: { maxBytes: 1e6, allowedTypes: [], maxFiles: 2 } });
    el.addFiles([csv('1.csv'), csv('2.csv'), csv('3.csv')]);
    await el.updateComplete;
    expect(items(el)).to.have.length(2);
    expect(shadowText(el)).to.match(/up to 2 files at once/);
  });

  it('uploads nothing in a read-only portal or where the firm allows downloads only, and says why', async () => {
    const b = backend();
    const el = await mount(b, { readOnly: true });
    el.addFiles([csv()]);
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
    expect(shadowText(el)).to.match(/read-only preview/);
    expect(button(el.shadowRoot!, /choose files/i).disabled).to.equal(true);
    const down = backend({ preset: 'brightline' });
    const el2 = await mount(down);
    expect(shadowText(el2)).to.match(/not available/);
    expect(b.writes()).to.have.length(0);
    expect(down.writes()).to.have.length(0);
  });

  it('takes dropped files', async () => {
    const b = backend();
    const el = await mount(b);
    const data = new DataTransfer();
    data.items.add(csv('dropped.csv'));
    const zone = el.shadowRoot!.querySelector('[part="zone"]')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.hasAttribute('data-over')).to.equal(true);
    setTimeout(() => zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })));
    const event = await oneEvent(el, 'portico-upload');
    expect(event.detail.file.name).to.equal('dropped.csv');
  });

  it('shows hostile file names as text', async () => {
    const b = backend();
    const el = await mount(b, { limits: { maxBytes: 1e6, allowedTypes: [], maxFiles: 10 } });
    el.addFiles(XSS_PAYLOADS.map((name) => new File(['x'], `${name}.pdf`, { type: 'application/pdf' })));
    await until(() => status(el).length === XSS_PAYLOADS.length && status(el).every((s) => s === 'done'));
    for (const payload of XSS_PAYLOADS) expect(shadowText(el)).to.contain(payload);
    assertNoXss(el);
  });
});
