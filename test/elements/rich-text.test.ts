import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/rich-text/define.js';
import type { PorticoRichText } from '../../src/elements/rich-text/rich-text.js';
import { backend, until, XSS_PAYLOADS, assertNoXss } from '../helpers/fixtures.js';

async function renderContent(content: string, extra: Partial<PorticoRichText> = {}) {
  const el = await fixture<PorticoRichText>(html`<portico-rich-text .content=${content}></portico-rich-text>`);
  Object.assign(el, extra);
  await until(() => el.shadowRoot!.querySelector('[part="content"]'));
  await new Promise((r) => setTimeout(r, 20));
  return el.shadowRoot!.querySelector('[part="content"]')!;
}

describe('<portico-rich-text>', () => {
  afterEach(() => delete (window as { __xss?: number }).__xss);

  it('keeps headings, lists, links, images and tables', async () => {
    const content = await renderContent('<h2>Hello</h2><ul><li>One</li></ul><a href="https://example.com/x">Ext</a><a href="/portal/help">In</a><img src="https://example.com/a.png" alt="A"><table><tr><td>1</td></tr></table>');
    expect(content.querySelector('h2')!.textContent).to.equal('Hello');
    expect(content.querySelector('li')).to.exist;
    expect(content.querySelector('table td')).to.exist;
    const [external, internal] = content.querySelectorAll('a');
    expect(external.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(external.getAttribute('target')).to.equal('_blank');
    expect(internal.hasAttribute('target')).to.equal(false);
    expect(content.querySelector('img')!.getAttribute('alt')).to.equal('A');
  });

  it('drops every script, handler and unsafe link scheme', async () => {
    const content = await renderContent(
      '<a href="javascript:alert(1)">js</a><a href=" JAVASCRIPT:alert(1)">js2</a><a href="data:text/html,<script>alert(1)</script>">data</a><a href="vbscript:x">vb</a>' +
        '<a href="mailto:a@b.test">mail</a><a href="tel:+15550100">tel</a><img src="javascript:alert(1)"><style>*{display:none}</style><form><input></form>' +
        XSS_PAYLOADS.join(''),
    );
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(content.getRootNode() instanceof ShadowRoot ? (content.getRootNode() as ShadowRoot).host : content);
    const hrefs = [...content.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter(Boolean)).to.deep.equal(['mailto:a@b.test', 'tel:+15550100']);
    expect(content.querySelector('style, form, input, script, iframe, svg')).to.equal(null);
  });

  it('fills merge tags with escaped values and leaves unknown ones empty', async () => {
    const b = backend();
    b.session.contact.name = '<img src=x onerror="window.__xss=9">Alice';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const el = await fixture<PorticoRichText>(
        html`<portico-rich-text merge-tags .adapter=${b.adapter} .session=${b.session} .content=${'<p>Hi {{contact.name}} of {{company.name}}, you owe {{invoice.due}}. {{nope.tag}}{{nope.tag}}</p>'}></portico-rich-text>`,
      );
      await until(() => el.shadowRoot!.querySelector('[part="content"] p'));
      const text = el.shadowRoot!.querySelector('[part="content"] p')!.textContent!;
      expect(text).to.contain('Hi <img src=x onerror="window.__xss=9">Alice of Acme Bakery Ltd');
      expect(text).to.match(/you owe £[\d,.]+ \+ €[\d,.]+\. $/);
      assertNoXss(el);
      expect(warnings.filter((w) => w.includes('{{nope.tag}}'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('is accessible', async () => {
    const el = await fixture<PorticoRichText>(html`<portico-rich-text .content=${'<h2>About</h2><p>Text <a href="https://example.com">link</a></p>'}></portico-rich-text>`);
    await until(() => el.shadowRoot!.querySelector('[part="content"] h2'));
    await expect(el).to.be.accessible();
  });
});
