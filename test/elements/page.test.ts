import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/page/define.js';
import type { PorticoPage } from '../../src/elements/page/page.js';
import type { PortalConfig, Session } from '../../src/sdk/schemas.js';
import { backend, deepQuery, deepQueryAll, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const content = (el: HTMLElement) => deepQuery<HTMLElement>(el, '[part="content"]');

function withPage(b: Backend, page: { slug?: string; title?: string; content: string }): PortalConfig {
  const config = b.store.getConfig(b.session.token);
  config.pages = [{ id: 'pg_test', slug: page.slug ?? 'test', title: page.title ?? 'Test page', content: page.content }];
  return config;
}

async function mount(b: Backend, slug: string, options: { config?: PortalConfig; session?: Session } = {}) {
  const el = await fixture<PorticoPage>(
    html`<portico-page .adapter=${b.adapter} .session=${options.session ?? b.session} .config=${options.config} slug=${slug}></portico-page>`,
  );
  await until(() => content(el)?.childElementCount || el.shadowRoot!.querySelector('[part~="not-found"], [part~="empty"], [part~="error"]'), 3000, 'the page');
  await new Promise((r) => setTimeout(r, 20));
  return el;
}

describe('<portico-page>', () => {
  afterEach(() => delete (window as { __xss?: number }).__xss);

  itBehavesLikeAView({
    render: (b) => html`<portico-page .adapter=${b.adapter} .session=${b.session} slug="how-we-work"></portico-page>`,
    route: 'getConfig',
    makeEmpty: (store) => store.updateConfig((config) => (config.pages = config.pages.map((page) => ({ ...page, content: ' ' })))),
    readyText: /How we work/,
    emptyText: /This page is empty.*Harbor & Pine Accountants has not written anything here yet/,
    publicData: true,
  });

  it("renders the firm's page with headings, lists, tables and merge tags filled in", async () => {
    const b = backend();
    const el = await mount(b, 'how-we-work');
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('How we work');
    const body = content(el)!;
    expect(body.querySelector('h2')!.textContent).to.equal('How we work with Acme Bakery Ltd');
    expect(body.textContent).to.contain('Hello Alice Martin, this page explains our year.');
    expect(body.querySelectorAll('ol li')).to.have.length(3);
    expect(body.querySelector('table td')!.textContent).to.equal('31 Jan');
    expect(body.querySelector('a')!.getAttribute('href')).to.equal('mailto:hello@harbor-pine.example');
    expect(body.textContent).to.match(/Open projects are 63% complete on average\./);
    await expect(el).to.be.accessible();
  });

  it('says clearly when there is no page at the address', async () => {
    const b = backend();
    const el = await mount(b, 'no-such-page');
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Page not found');
    expect(shadowText(el)).to.contain('There is no page at this address');
    expect(el.matches(':state(error)')).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('button')].some((button) => /try again/i.test(button.textContent!))).to.equal(false);
    const home = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="not-found"] a')!;
    setTimeout(() => home.click());
    expect((await oneEvent(el, 'portico-navigate')).detail.path).to.equal('/');
    await expect(el).to.be.accessible();
  });

  it('drops unsafe link schemes and keeps safe ones, external ones opening safely', async () => {
    const b = backend();
    const config = withPage(b, {
      content:
        '<p><a href="javascript:window.__xss=7">js</a> <a href=" JaVaScRiPt:window.__xss=8">js2</a> <a href="data:text/html,<script>window.__xss=9</script>">data</a> <a href="vbscript:msgbox(1)">vb</a></p>' +
        '<p><a href="https://example.com/guide">guide</a> <a href="mailto:hi@example.com">mail</a> <a href="tel:+15550100">call</a></p>',
    });
    const el = await mount(b, 'test', { config });
    const links = deepQueryAll<HTMLAnchorElement>(el, '[part="content"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, null, null, null, 'https://example.com/guide', 'mailto:hi@example.com', 'tel:+15550100']);
    const external = links[4];
    expect(external.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(external.getAttribute('target')).to.equal('_blank');
    links[0].click();
    await new Promise((r) => setTimeout(r, 20));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('runs none of the payloads in the title, the content or the merge-tag values', async () => {
    const b = backend();
    const config = withPage(b, { title: XSS_PAYLOADS[0], content: `<h2>{{contact.name}}</h2><p>{{company.name}}</p><p>{{firm.name}}</p>${XSS_PAYLOADS.join('<br>')}` });
    config.firm.name = XSS_PAYLOADS[2];
    const session: Session = {
      ...b.session,
      contact: { ...b.session.contact, name: XSS_PAYLOADS[0] },
      company: { ...b.session.company, name: XSS_PAYLOADS[1] },
    };
    const el = await mount(b, 'test', { config, session });
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(XSS_PAYLOADS[0]);
    const body = content(el)!;
    // Merge-tag values are text: escaped before sanitizing, so the payload reads as written.
    expect(body.querySelector('h2')!.textContent).to.equal(XSS_PAYLOADS[0]);
    expect(body.querySelectorAll('p')[0].textContent).to.equal(XSS_PAYLOADS[1]);
    expect(body.querySelectorAll('p')[1].textContent).to.equal(XSS_PAYLOADS[2]);
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('updates merge-tag values live, keeping the content on screen', async () => {
    const b = backend();
    const el = await mount(b, 'how-we-work');
    const body = content(el)!;
    expect(body.textContent).to.contain('63% complete');
    b.store.completeMilestone('prj_acme_1');
    await until(() => content(el)!.textContent!.includes('75% complete'), 3000, 'the new average');
    expect(shadowText(el)).to.contain('Updated');
    expect(deepQuery(el, '[part~="loading"]')).to.equal(undefined);
  });
});
