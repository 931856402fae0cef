import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/project-list/define.js';
import type { PorticoProjectList } from '../../src/elements/project-list/project-list.js';
import { backend, shadowText, until, XSS_PAYLOADS, assertNoXss, type Backend } from '../helpers/fixtures.js';
import { itBehavesLikeAView } from '../helpers/behaviours.js';

const cards = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="project"]')];

async function mount(b: Backend) {
  const el = await fixture<PorticoProjectList>(html`<portico-project-list .adapter=${b.adapter}></portico-project-list>`);
  await until(() => cards(el).length, 3000, 'the projects');
  return el;
}

describe('<portico-project-list>', () => {
  itBehavesLikeAView({
    render: (b) => html`<portico-project-list .adapter=${b.adapter}></portico-project-list>`,
    route: 'listProjects',
    makeEmpty: (store) => (store.db.projects.length = 0),
    readyText: /Year-end accounts 2026/,
    emptyText: /No projects yet.*Harbor & Pine Accountants works on for you/,
  });

  it('shows each project with its kind, status, progress and dates; running work first', async () => {
    const b = backend();
    b.store.db.projects.find((p) => p.id === 'prj_acme_2')!.status = 'completed';
    const el = await mount(b);
    expect(cards(el).map((card) => card.querySelector('h2')!.textContent)).to.deep.equal(['Year-end accounts 2026', 'Corporation tax return', 'Move to cloud bookkeeping']);
    const [first] = cards(el);
    expect(first.querySelector('.kind')!.textContent).to.equal('Project');
    expect(first.querySelector('.badge')!.textContent).to.equal('In progress');
    const bar = first.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('50');
    expect(bar.getAttribute('aria-valuetext')).to.equal('50%');
    expect(bar.getAttribute('aria-label')).to.equal('Progress of Year-end accounts 2026');
    expect((bar.querySelector('span') as HTMLElement).style.width).to.equal('50%');
    expect(shadowText(first)).to.match(/50% done Started .+ Due .+/);
    expect(cards(el)[1].querySelector('.kind')!.textContent).to.equal('Job');
    expect(cards(el)[2].querySelector('.badge')!.textContent).to.equal('Completed');
  });

  it('leads to a project', async () => {
    const b = backend();
    const el = await mount(b);
    const link = cards(el)[0].querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#/projects/prj_acme_2');
    setTimeout(() => link.click());
    expect((await oneEvent(el, 'portico-navigate')).detail.path).to.equal('/projects/prj_acme_2');
  });

  it('updates live when a project changes, and says so', async () => {
    const b = backend();
    const el = await mount(b);
    b.store.completeMilestone('prj_acme_1');
    await until(() => /Year-end accounts 2026.*75% done/.test(shadowText(el)), 3000, 'the new progress');
    expect(shadowText(el)).to.contain('Updated');
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
  });

  it('shows names as text, never as markup', async () => {
    const b = backend();
    b.store.db.projects.forEach((p, i) => (p.name = XSS_PAYLOADS[i % XSS_PAYLOADS.length]));
    const el = await mount(b);
    for (const payload of XSS_PAYLOADS.slice(0, 3)) expect(shadowText(el)).to.contain(payload);
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });
});
