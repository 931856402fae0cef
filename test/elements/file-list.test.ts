import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/file-list/define.js';
import type { PorticoFileList } from '../../src/elements/file-list/file-list.js';
import type { PorticoFileUpload } from '../../src/elements/file-upload/file-upload.js';
import type { PortalConfig } from '../../src/sdk/schemas.js';
import type { StoredFile } from '../../src/mocks/seed.js';
import { assertNoXss, backend, shadowText, until, XSS_PAYLOADS, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (root: Element | ShadowRoot, text: RegExp) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text.test(b.textContent ?? '') || text.test(b.getAttribute('aria-label') ?? ''));
const settle = () => new Promise((r) => setTimeout(r, 50));

async function mount(b: Backend, attrs: { file?: string; q?: string; sort?: string; readOnly?: boolean; config?: PortalConfig } = {}) {
  const el = await fixture<PorticoFileList>(
    html`<portico-file-list
      .adapter=${b.adapter}
      .config=${attrs.config}
      file=${attrs.file ?? ''}
      q=${attrs.q ?? ''}
      sort=${attrs.sort ?? ''}
      ?read-only=${!!attrs.readOnly}
      locale="en-GB"
    ></portico-file-list>`,
  );
  await until(() => el.shadowRoot!.querySelector('[part="file"], [part="empty"], [part="error"]'), 3000, 'files');
  return el;
}

const rows = (el: Element) => $$(el, '[part="file"]');
const names = (el: Element, group?: Element) => [...(group ?? el.shadowRoot!).querySelectorAll('[part="file"] .name')].map((n) => n.textContent);
const groupTitles = (el: Element) => $$(el, '[part="group"] h2').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
const row = (el: Element, name: string) => rows(el).find((r) => r.querySelector('.name')!.textContent === name)!;

function addFile(b: Backend, file: Partial<StoredFile> & { name: string }) {
  b.store.db.files.push({
    id: `file_t${b.store.db.files.length}`,
    mimeType: 'application/pdf',
    size: 100,
    createdAt: '2026-11-20T10:00:00Z',
    uploadedBy: 'firm',
    companyId: 'co_acme',
    content: '%PDF-1.4 test',
    ...file,
  });
}

/** Opens the upload panel and returns the upload element inside it. */
async function openUpload(el: PorticoFileList): Promise<PorticoFileUpload> {
  button(el.shadowRoot!, /Upload files/)!.click();
  await el.updateComplete;
  const upload = $<PorticoFileUpload>(el, 'portico-file-upload');
  await upload.updateComplete;
  return upload;
}

const uploads = (upload: PorticoFileUpload) => [...upload.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
const uploadStatus = (upload: PorticoFileUpload) => uploads(upload).map((item) => item.dataset.status);
const csv = (name = 'october.csv', size = 4000) => new File([new Uint8Array(size)], name, { type: 'text/csv' });

/** Catches the `<a download>` a download clicks, instead of letting the browser save the file. */
function catchDownloads(): { saved: { name: string; href: string }[]; stop: () => void } {
  const saved: { name: string; href: string }[] = [];
  const listener = (event: Event) => {
    const link = event.composedPath()[0];
    if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
      event.preventDefault();
      saved.push({ name: link.download, href: link.href });
    }
  };
  document.addEventListener('click', listener, true);
  return { saved, stop: () => document.removeEventListener('click', listener, true) };
}

describe('<portico-file-list>', () => {
  itBehavesLikeAView({
    render: (b) => html`<portico-file-list .adapter=${b.adapter}></portico-file-list>`,
    route: 'listFiles',
    makeEmpty: (store) => (store.db.files.length = 0),
    readyText: /Welcome pack\.pdf/,
    emptyText: /No files yet.*Documents Harbor & Pine Accountants shares with you, and files you upload, will appear here/,
  });

  it('groups files by what they belong to, with a “Shared with you” group, each with type, size and date', async () => {
    const el = await mount(backend());
    expect(groupTitles(el)).to.deep.equal([
      'Shared with you',
      'Guides',
      'Receipts',
      'Project: Move to cloud bookkeeping',
      'Project: Year-end accounts 2026',
      'Quote: Q-2001',
      'Invoice: INV-1032',
      'Request: Change of bank details',
      'Task: Sign and return the engagement letter',
    ]);
    const quoteGroup = $$(el, '[part="group"]')[5];
    expect(names(el, quoteGroup)).to.deep.equal(['Scope of work Q-2001.pdf']);
    const link = quoteGroup.querySelector('h2 a')!;
    expect(link.getAttribute('href')).to.equal('#/quotes/q_2001');
    setTimeout(() => (link as HTMLAnchorElement).click());
    expect((await oneEvent(el, 'portico-navigate')).detail.path).to.equal('/quotes/q_2001');
    const welcome = row(el, 'Welcome pack.pdf');
    expect(welcome.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ')).to.match(/^ ?PDF \d+ byte 26 Jun 2026 From Harbor & Pine Accountants ?$/);
    expect(welcome.querySelector('.type-icon')!.getAttribute('data-type')).to.equal('pdf');
    expect(row(el, 'Receipts September.csv').textContent).to.match(/Spreadsheet.*Uploaded by you/s);
  });

  it('sorts by date, name or size, and puts the sort in the address', async () => {
    const b = backend();
    b.store.db.files = b.store.db.files.filter((f) => f.companyId !== 'co_acme');
    addFile(b, { name: 'b-middle.pdf', size: 3000, createdAt: '2026-11-10T10:00:00Z' });
    addFile(b, { name: 'a-oldest.pdf', size: 1000, createdAt: '2026-11-01T10:00:00Z' });
    addFile(b, { name: 'c-newest.pdf', size: 2000, createdAt: '2026-11-20T10:00:00Z' });
    const el = await mount(b);
    expect(names(el)).to.deep.equal(['c-newest.pdf', 'b-middle.pdf', 'a-oldest.pdf']);
    const select = $<HTMLSelectElement>(el, '#sort');
    select.value = 'name';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = await oneEvent(el, 'portico-navigate');
    expect(event.detail).to.deep.equal({ path: '/files?sort=name', replace: true });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['a-oldest.pdf', 'b-middle.pdf', 'c-newest.pdf']);
    el.setAttribute('sort', 'size');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['b-middle.pdf', 'c-newest.pdf', 'a-oldest.pdf']);
  });

  it('searches names, records and folders, and says when nothing matches', async () => {
    const el = await mount(backend(), { q: 'receipts' });
    expect(names(el)).to.deep.equal(['Receipts September.csv']);
    const search = $<HTMLInputElement>(el, '#search');
    expect(search.value).to.equal('receipts');
    search.value = 'Q-2001';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Scope of work Q-2001.pdf']);
    const navigated = await oneEvent(el, 'portico-navigate');
    expect(navigated.detail).to.deep.equal({ path: '/files?q=Q-2001', replace: true });
    search.value = 'no such thing';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(shadowText(el)).to.match(/No files match “no such thing”/);
    button(el.shadowRoot!, /Clear search/)!.click();
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(5);
  });

  it('highlights and scrolls to the file it is given', async () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const b = backend();
      const target = b.store.db.files.find((f) => f.companyId === 'co_acme' && f.name.startsWith('Scope of work'))!;
      const el = await mount(b, { file: target.id });
      await el.updateComplete;
      const highlighted = $$(el, '[part="file"][data-highlight]');
      expect(highlighted.map((r) => r.querySelector('.name')!.textContent)).to.deep.equal([target.name]);
      expect(highlighted[0].getAttribute('aria-current')).to.equal('true');
      expect(scrolled.length === 1 && scrolled[0] === highlighted[0], 'scrolled to the highlighted file').to.equal(true);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('downloads a file through the adapter', async () => {
    const b = backend();
    const el = await mount(b);
    const downloads = catchDownloads();
    try {
      button(row(el, 'Welcome pack.pdf'), /Download/)!.click();
      await until(() => downloads.saved.length === 1);
      expect(downloads.saved[0].name).to.equal('Welcome pack.pdf');
      expect(downloads.saved[0].href).to.match(/^blob:/);
      const bytes = await (await fetch(downloads.saved[0].href)).text();
      expect(bytes.startsWith('%PDF')).to.equal(true);
      expect(b.calls.filter(([name]) => name === 'downloadFile')).to.have.length(1);
    } finally {
      downloads.stop();
    }
  });

  it('previews an image in a dialog that closes on Escape (a close request), and gives focus back', async () => {
    const el = await mount(backend());
    const photo = row(el, 'Year-end accounts 2026 — site photo.svg');
    const preview = button(photo, /Preview/)!;
    preview.focus();
    preview.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    await until(() => dialog.querySelector('img'));
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Year-end accounts 2026 — site photo.svg');
    const image = dialog.querySelector('img')!;
    // A data: URL: strict CSPs that allow data: images rarely allow blob: ones.
    expect(image.getAttribute('src')).to.match(/^data:image\/svg\+xml;base64,/);
    expect(image.alt).to.equal('Year-end accounts 2026 — site photo.svg');
    await until(() => dialog.contains(el.shadowRoot!.activeElement), 3000, 'focus moved into the dialog');
    await expect(el).to.be.accessible();
    // Escape is a "close request"; requestClose() makes the same one without a real key press (which a
    // background test page would never receive: key input waits for a frame).
    (dialog as HTMLDialogElement & { requestClose(): void }).requestClose();
    // The dialog's close event is a task of its own: wait for it rather than for the next render.
    await until(() => !dialog.open && !dialog.querySelector('img'), 3000, 'the dialog closed and emptied');
    await until(() => el.shadowRoot!.activeElement === preview, 3000, 'focus back on the Preview button');
  });

  it('opens a PDF in the browser’s viewer in a new tab (no frame a strict CSP would refuse), and closes', async () => {
    const el = await mount(backend());
    const preview = button(row(el, 'Welcome pack.pdf'), /Preview/)!;
    preview.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    await until(() => dialog.querySelector('.open-pdf a'));
    expect(dialog.querySelector('iframe, object, embed')).to.not.exist;
    const open = dialog.querySelector<HTMLAnchorElement>('.open-pdf a')!;
    expect(open.href).to.match(/^blob:/);
    expect(open.target).to.equal('_blank');
    expect(open.rel).to.contain('noopener');
    expect(await (await fetch(open.href)).blob().then((b) => b.type)).to.equal('application/pdf');
    expect(button(dialog, /Download/)).to.exist;
    await expect(el).to.be.accessible();
    button(dialog, /^\s*Close\s*$/)!.click();
    await until(() => !dialog.open, 3000, 'the dialog closed');
    await until(() => el.shadowRoot!.activeElement === preview, 3000, 'focus back on the Preview button');
  });

  it('offers no preview for files the browser cannot show', async () => {
    const el = await mount(backend());
    expect(button(row(el, 'Receipts September.csv'), /Preview/)).to.not.exist;
    expect(button(row(el, 'Receipts September.csv'), /Download/)).to.exist;
  });

  describe('permissions', () => {
    it('upload-only firms: the firm’s files are listed but not downloadable, the client’s own are', async () => {
      const b = backend({ contact: 'ct_chloe' });
      const el = await mount(b);
      expect(shadowText(el)).to.match(/downloading them is not available in this portal/);
      const firmFile = row(el, 'Welcome pack.pdf');
      expect(button(firmFile, /Download|Preview/)).to.not.exist;
      expect(firmFile.textContent).to.match(/Download not available/);
      expect(button(row(el, 'Receipts September.csv'), /Download/)).to.exist;
      expect(button(el.shadowRoot!, /Upload files/)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the backend’s refusal clearly when a download is forbidden', async () => {
      const b = backend({ contact: 'ct_chloe' });
      // A portal whose config still says "both" (say, cached before the firm changed it).
      const config = b.store.getConfig();
      config.permissions.files = 'both';
      const el = await mount(b, { config });
      button(row(el, 'Welcome pack.pdf'), /Download/)!.click();
      await until(() => row(el, 'Welcome pack.pdf').querySelector('[role="alert"]'));
      expect(row(el, 'Welcome pack.pdf').querySelector('[role="alert"]')!.textContent).to.equal('Downloading is not available in this portal.');
    });

    it('download-only firms: no upload, and the client is told how to send files', async () => {
      const b = backend({ preset: 'brightline' });
      const el = await mount(b);
      expect(button(el.shadowRoot!, /Upload files/)).to.not.exist;
      expect($(el, 'portico-file-upload')).to.not.exist;
      expect(shadowText(el)).to.match(/Uploading files is not available in this portal/);
      expect(button(row(el, 'Warranty terms.pdf'), /Download/)).to.exist;
      expect(b.writes()).to.have.length(0);
    });
  });

  describe('uploading', () => {
    it('uploads to a chosen record with progress, and the list shows the new file', async () => {
      const b = backend();
      const el = await mount(b);
      const upload = await openUpload(el);
      await until(() => $$<HTMLOptionElement>(el, '#target option').some((o) => o.textContent === 'Upload your bank statements for October'));
      await expect(el).to.be.accessible();
      const select = $<HTMLSelectElement>(el, '#target');
      const project = [...select.options].find((o) => o.textContent === 'Year-end accounts 2026')!;
      select.value = project.value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(upload.attachTo).to.deep.equal({ type: 'project', id: 'prj_acme_1', label: 'Year-end accounts 2026' });
      const progress: number[] = [];
      const observer = new MutationObserver(() => upload.shadowRoot!.querySelectorAll('[role="progressbar"]').forEach((p) => progress.push(Number(p.getAttribute('aria-valuenow')))));
      observer.observe(upload.shadowRoot!, { subtree: true, attributes: true, childList: true });
      setTimeout(() => upload.addFiles([csv('november.csv', 8000)]));
      const event = await oneEvent(el, 'portico-upload');
      observer.disconnect();
      expect(event.detail.file.attachedTo?.id).to.equal('prj_acme_1');
      expect(progress.some((p) => p > 0 && p < 100), `progress ${progress}`).to.equal(true);
      await until(() => names(el).includes('november.csv'));
      const group = $$(el, '[part="group"]').find((g) => /Project: Year-end accounts 2026/.test(g.querySelector('h2')!.textContent!))!;
      expect(names(el, group)).to.include('november.csv');
    });

    it('uploads to a folder', async () => {
      const b = backend();
      const el = await mount(b);
      const upload = await openUpload(el);
      const select = $<HTMLSelectElement>(el, '#target');
      select.value = 'folder:Receipts';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      upload.addFiles([csv('receipts-october.csv')]);
      await until(() => names(el).includes('receipts-october.csv'));
      expect(b.store.db.files.find((f) => f.name === 'receipts-october.csv')!.folder).to.equal('Receipts');
    });

    it('cancels and retries one upload, and rejects too-large and wrong-type files before sending', async () => {
      const b = backend();
      b.store.faults.delay('uploadFile', 300);
      const el = await mount(b);
      const upload = await openUpload(el);
      upload.addFiles([
        csv('slow.csv'),
        new File([new Uint8Array(11 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' }),
        new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }),
      ]);
      await until(() => uploadStatus(upload)[0] === 'uploading');
      expect(uploadStatus(upload).slice(1)).to.deep.equal(['rejected', 'rejected']);
      expect(shadowText(upload)).to.match(/Too large: the limit is 10.5 MB/);
      expect(shadowText(upload)).to.match(/This type of file is not accepted/);
      button(uploads(upload)[0], /Cancel slow/)!.click();
      await until(() => uploadStatus(upload)[0] === 'canceled');
      b.store.faults.clear();
      button(uploads(upload)[0], /Retry slow/)!.click();
      await until(() => uploadStatus(upload)[0] === 'done');
      await until(() => names(el).includes('slow.csv'));
      expect(names(el).filter((n) => n === 'slow.csv')).to.have.length(1);
      const sent = b.writes().map(([, [input]]) => (input as { name: string }).name);
      expect(sent.every((name) => name === 'slow.csv')).to.equal(true);
    });

    it('uploads nothing in a read-only portal, and says why', async () => {
      const b = backend();
      const el = await mount(b, { readOnly: true });
      const upload = await openUpload(el);
      upload.addFiles([csv()]);
      await upload.updateComplete;
      expect(shadowText(upload)).to.match(/read-only preview/);
      expect(uploads(upload)).to.have.length(0);
      await settle();
      expect(b.writes()).to.have.length(0);
    });
  });

  it('updates live when the firm shares a file', async () => {
    const b = backend();
    const el = await mount(b);
    b.store.shareFile('co_acme', 'Fresh letter.pdf');
    await until(() => names(el).includes('Fresh letter.pdf'));
    expect(shadowText(el)).to.contain('Updated');
  });

  it('shows hostile file names and metadata as text', async () => {
    const b = backend();
    XSS_PAYLOADS.forEach((payload, i) =>
      addFile(b, { name: `${payload}.pdf`, folder: i === 1 ? payload : undefined, attachedTo: i === 2 ? { type: 'quote', id: 'q_2001', label: payload } : undefined }),
    );
    addFile(b, { name: '<img src=x onerror=alert(1)>.pdf' });
    const el = await mount(b);
    for (const payload of XSS_PAYLOADS) expect(names(el)).to.include(`${payload}.pdf`);
    expect(names(el)).to.include('<img src=x onerror=alert(1)>.pdf');
    expect(groupTitles(el)).to.include(XSS_PAYLOADS[1]);
    expect(groupTitles(el)).to.include(`Quote: ${XSS_PAYLOADS[2].replace(/\s+/g, ' ')}`);
    const upload = await openUpload(el);
    upload.addFiles([new File(['x'], '<svg onload="window.__xss=9">.pdf', { type: 'application/pdf' })]);
    await until(() => names(el).includes('<svg onload="window.__xss=9">.pdf'));
    await settle();
    assertNoXss(el);
  });
});
