import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/activity-feed/define.js';
import type { PorticoActivityFeed } from '../../src/elements/activity-feed/activity-feed.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

describe('<portico-activity-feed>', () => {
  itBehavesLikeAView({
    render: (b) => html`<portico-activity-feed .adapter=${b.adapter}></portico-activity-feed>`,
    route: 'listActivity',
    makeEmpty: (store) => (store.db.activity.length = 0),
    readyText: /Invoice INV-\d+ was sent/,
    emptyText: /Nothing has happened yet/,
  });

  it('lists events newest first, grouped by day, linking to their records', async () => {
    const b = backend();
    const el = await fixture<PorticoActivityFeed>(html`<portico-activity-feed .adapter=${b.adapter}></portico-activity-feed>`);
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    const times = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);
    expect(times).to.deep.equal([...times].sort().reverse());
    const days = el.shadowRoot!.querySelectorAll('[part="day"]');
    expect(days.length).to.be.greaterThan(1);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="#/invoices/"]')!;
    expect(link).to.exist;
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'portico-navigate');
    expect(event.detail.path).to.match(/^\/invoices\/inv_\d+$/);
  });

  it('links every kind of record to its view', async () => {
    const b = backend();
    const el = await fixture<PorticoActivityFeed>(html`<portico-activity-feed .adapter=${b.adapter} page-size="200"></portico-activity-feed>`);
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    const hrefs = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="item"] a')].map((a) => a.getAttribute('href')!);
    for (const pattern of [/^#\/invoices\/inv_\d+$/, /^#\/quotes\/q_\d+$/, /^#\/requests\/req_acme_\d$/, /^#\/tasks\?task=task_acme_\d$/, /^#\/projects\/prj_acme_\d$/, /^#\/files\?file=file_\d+$/]) {
      expect(hrefs.some((href) => pattern.test(href)), `a link like ${pattern}`).to.equal(true);
    }
    const task = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="#/tasks?task="]')!;
    setTimeout(() => task.click());
    expect((await oneEvent(el, 'portico-navigate')).detail.path).to.match(/^\/tasks\?task=task_acme_\d$/);
  });

  it('loads more on demand', async () => {
    const b = backend();
    const el = await fixture<PorticoActivityFeed>(html`<portico-activity-feed .adapter=${b.adapter} page-size="10"></portico-activity-feed>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part="item"]').length === 10);
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((btn) => /show more/i.test(btn.textContent!))!;
    more.click();
    await until(() => el.shadowRoot!.querySelectorAll('[part="item"]').length === 20);
  });

  it('shows the latest few with a link to everything when limited', async () => {
    const b = backend();
    const el = await fixture<PorticoActivityFeed>(html`<portico-activity-feed .adapter=${b.adapter} limit="3"></portico-activity-feed>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part="item"]').length === 3);
    expect(el.shadowRoot!.querySelector('h2[part="heading"]')!.textContent).to.equal('Recent activity');
    expect(el.shadowRoot!.querySelector('a[href="#/activity"]')).to.exist;
  });

  it('updates live and says so', async () => {
    const b = backend();
    const el = await fixture<PorticoActivityFeed>(html`<portico-activity-feed .adapter=${b.adapter}></portico-activity-feed>`);
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    // An author the seed never uses, so only the live event can match.
    b.store.firmReply('R-500', 'Here you go', 'Sam Live');
    await until(() => /Sam Live replied to “Question about my VAT bill”/.test(el.shadowRoot!.querySelector('[part="item"]')!.textContent!));
    expect(shadowText(el)).to.contain('Updated');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
  });

  it('shows summaries as text, never as markup', async () => {
    const b = backend();
    b.store.db.activity.unshift(...XSS_PAYLOADS.map((summary, i) => ({ id: `x${i}`, type: 'file_shared' as const, at: new Date().toISOString(), summary, companyId: 'co_acme' })));
    const el = await fixture<PorticoActivityFeed>(html`<portico-activity-feed .adapter=${b.adapter}></portico-activity-feed>`);
    await until(() => shadowText(el).includes('onerror'));
    for (const payload of XSS_PAYLOADS) expect(shadowText(el)).to.contain(payload.replace(/\s+/g, ' '));
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });
});
