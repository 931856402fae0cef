import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/portal/define.js';
import type { PorticoPortal } from '../../src/elements/portal/portal.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import { PortalStore, type StoreOptions } from '../../src/mocks/store.js';
import type { PortalAdapter } from '../../src/sdk/adapter.js';
import { getDefaultSessionStore } from '../../src/sdk/session.js';
import { TODAY, shadowText, spyAdapter, until } from '../helpers/fixtures.js';

interface Setup {
  store: PortalStore;
  adapter: PortalAdapter;
  calls: [keyof PortalAdapter, unknown[]][];
}

function setup(options: StoreOptions = {}): Setup {
  const store = new PortalStore({ now: () => TODAY, ...options });
  const calls: Setup['calls'] = [];
  return { store, calls, adapter: spyAdapter(createMemoryAdapter(store), calls) };
}

function signInAs(store: PortalStore, contact = 'ct_alice') {
  const session = store.createSession(contact);
  getDefaultSessionStore().set(session);
  return session;
}

const main = (portal: PorticoPortal) => portal.shadowRoot!.querySelector('main');
const view = (portal: PorticoPortal) => main(portal)?.firstElementChild as HTMLElement | null;
const navLinks = (portal: PorticoPortal) => [...portal.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

async function mount(adapter: PortalAdapter, routing: 'hash' | 'memory' = 'memory') {
  return fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} routing=${routing}></portico-portal>`);
}

describe('<portico-portal>', () => {
  beforeEach(() => {
    getDefaultSessionStore().clear();
    sessionStorage.clear();
    localStorage.clear();
    setHash('');
  });
  afterEach(() => setHash(''));

  it('shows the firm’s sign-in when nobody is signed in, then home after the code', async () => {
    const { store, adapter } = setup();
    const portal = await mount(adapter);
    const login = await until(() => portal.shadowRoot!.querySelector('portico-login')).then(() => portal.shadowRoot!.querySelector('portico-login')!);
    await until(() => /Harbor & Pine/.test(shadowText(login)));
    await expect(portal).to.be.accessible();
    const input = login.shadowRoot!.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    input.value = 'alice@acme-bakery.test';
    input.dispatchEvent(new InputEvent('input'));
    await login.updateComplete;
    login.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => store.sentMessages.length === 1 && login.shadowRoot!.querySelector('input[name="code"]'));
    const code = login.shadowRoot!.querySelector<HTMLInputElement>('input[name="code"]')!;
    code.value = store.sentMessages[0].code;
    code.dispatchEvent(new InputEvent('input'));
    await until(() => view(portal)?.localName === 'portico-home', 3000, 'home');
    expect(getDefaultSessionStore().token).to.be.a('string');
    expect(JSON.parse(sessionStorage.getItem('portico.session')!).contact.name).to.equal('Alice Martin');
    expect(location.href).to.not.contain(getDefaultSessionStore().token!);
  });

  it('exchanges a magic link once, removing the token from the address bar before rendering', async () => {
    const { store, adapter } = setup();
    store.requestCode({ channel: 'email', identifier: 'alice@acme-bakery.test', redirectUrl: location.href });
    const token = store.sentMessages[0].link!.split('#portico-token=')[1];
    setHash(`#portico-token=${token}`);
    const historyLength = history.length;
    const portal = document.createElement('portico-portal');
    portal.adapter = adapter;
    document.body.append(portal);
    expect(location.href).to.not.contain(token);
    expect(history.length).to.equal(historyLength);
    await until(() => view(portal)?.localName === 'portico-home', 3000, 'signed in by link');
    portal.remove();

    // The same link again: explained, with the code form offered.
    getDefaultSessionStore().clear();
    setHash(`#portico-token=${token}`);
    const again = await mount(adapter);
    await until(() => /already used/.test(shadowText(again.shadowRoot!.querySelector('portico-login') ?? again)), 3000, 'link used message');
    expect(again.shadowRoot!.querySelector('portico-login')!.shadowRoot!.querySelector('input[name="identifier"]')).to.exist;
  });

  it('routes deep links with back and forward in hash mode', async () => {
    const { store, adapter } = setup();
    signInAs(store);
    setHash('#/activity');
    const portal = await mount(adapter, 'hash');
    await until(() => view(portal)?.localName === 'portico-activity-feed', 3000, 'deep link');
    expect(navLinks(portal).find((a) => a.getAttribute('aria-current') === 'page')!.textContent).to.contain('Activity');
    navLinks(portal).find((a) => a.textContent!.includes('Home'))!.click();
    await until(() => view(portal)?.localName === 'portico-home');
    expect(location.hash).to.equal('#/');
    history.back();
    await until(() => view(portal)?.localName === 'portico-activity-feed', 3000, 'back');
    expect(location.hash).to.equal('#/activity');
    history.forward();
    await until(() => view(portal)?.localName === 'portico-home', 3000, 'forward');
  });

  it('leaves the page’s address alone in memory mode', async () => {
    const { store, adapter } = setup();
    signInAs(store);
    const before = location.href;
    const portal = await mount(adapter, 'memory');
    await until(() => view(portal)?.localName === 'portico-home');
    navLinks(portal).find((a) => a.textContent!.includes('Activity'))!.click();
    await until(() => view(portal)?.localName === 'portico-activity-feed');
    expect(location.href).to.equal(before);
  });

  it('moves focus to the new view’s heading', async () => {
    const { store, adapter } = setup();
    signInAs(store);
    const portal = await mount(adapter);
    await until(() => view(portal)?.localName === 'portico-home');
    navLinks(portal).find((a) => a.textContent!.includes('Activity'))!.click();
    await until(() => view(portal)?.localName === 'portico-activity-feed' && view(portal)?.shadowRoot?.activeElement?.getAttribute('part') === 'heading', 3000, 'focus on heading');
    expect(view(portal)!.shadowRoot!.activeElement!.textContent).to.equal('Activity');
  });

  it('leaves disabled modules out of the navigation and explains their deep links', async () => {
    const { store, adapter } = setup();
    store.updateConfig((config) => {
      config.modules = config.modules.filter((m) => m !== 'activity');
    });
    signInAs(store);
    setHash('#/activity');
    const portal = await mount(adapter, 'hash');
    await until(() => /Not available/.test(shadowText(portal)), 3000, 'not available');
    expect(navLinks(portal).map((a) => a.textContent!.trim())).to.not.include('Activity');
    await expect(portal).to.be.accessible();
  });

  it('shows the firm’s menu in order: modules, custom pages and external links that open safely', async () => {
    const { store, adapter } = setup();
    signInAs(store);
    const portal = await mount(adapter, 'hash');
    await until(() => navLinks(portal).length > 3);
    const labels = navLinks(portal).map((a) => a.textContent!.replace('(opens in a new tab)', '').trim());
    expect(labels.slice(0, 3)).to.deep.equal(['Home', 'Invoices', 'Quotes']);
    expect(labels.slice(-2)).to.deep.equal(['How we work', 'Book a call']);
    const external = navLinks(portal).at(-1)!;
    expect(external.getAttribute('target')).to.equal('_blank');
    expect(external.getAttribute('rel')).to.contain('noopener');
    expect(navLinks(portal).at(-2)!.getAttribute('href')).to.equal('#/pages/how-we-work');
  });

  it('returns to sign-in when the session expires mid-use, then back to the same view', async () => {
    const { store, adapter } = setup();
    signInAs(store);
    setHash('#/activity');
    const portal = await mount(adapter, 'hash');
    await until(() => view(portal)?.localName === 'portico-activity-feed');
    store.expireSession();
    navLinks(portal).find((a) => a.textContent!.includes('Home'))!.click();
    await until(() => portal.shadowRoot!.querySelector('portico-login'), 3000, 'login after expiry');
    const login = portal.shadowRoot!.querySelector('portico-login')!;
    await until(() => /Your session has expired/.test(shadowText(login)));
    // The client had gone to Home; after signing in again they land there.
    getDefaultSessionStore().set(store.createSession('ct_alice'));
    login.dispatchEvent(new (await import('../../src/events/sign-in.js')).PorticoSignInEvent(getDefaultSessionStore().get()!, 'code'));
    await until(() => view(portal)?.localName === 'portico-home', 3000, 'back where they were');
  });

  it('signs out and forgets the session and drafts', async () => {
    const { store, adapter, calls } = setup();
    signInAs(store);
    localStorage.setItem('portico.draft.ct_alice.request-new', '{"subject":"x"}');
    const portal = await mount(adapter);
    await until(() => view(portal)?.localName === 'portico-home');
    [...portal.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Sign out'))!.click();
    await until(() => portal.shadowRoot!.querySelector('portico-login'));
    expect(calls.map(([name]) => name)).to.include('logout');
    expect(getDefaultSessionStore().get()).to.equal(null);
    expect(sessionStorage.getItem('portico.session')).to.equal(null);
    expect(localStorage.getItem('portico.draft.ct_alice.request-new')).to.equal(null);
  });

  it('brands itself from the firm’s config with readable contrast, and follows appearance at run time', async () => {
    const { store, adapter } = setup({ preset: 'brightline' });
    signInAs(store);
    const portal = await mount(adapter);
    await until(() => portal.style.getPropertyValue('--portico-color-primary'));
    expect(portal.style.getPropertyValue('--portico-color-primary')).to.equal('#f59e0b');
    expect(portal.style.getPropertyValue('--portico-color-on-primary')).to.equal('#111827');
    portal.appearance = { variables: { colorPrimary: '#0f766e', borderRadius: '2px', fontFamily: 'Georgia, serif' } };
    await portal.updateComplete;
    expect(portal.style.getPropertyValue('--portico-color-primary')).to.equal('#0f766e');
    expect(portal.style.getPropertyValue('--portico-color-on-primary')).to.equal('#ffffff');
    expect(portal.style.getPropertyValue('--portico-radius')).to.equal('2px');
    const monogram = portal.shadowRoot!.querySelector('.monogram')!;
    expect(getComputedStyle(monogram).backgroundColor).to.equal('rgb(15, 118, 110)');
    expect(getComputedStyle(monogram).borderRadius).to.equal('2px');
    portal.appearance = { variables: { borderRadius: '12px' } };
    await portal.updateComplete;
    expect(portal.style.getPropertyValue('--portico-color-primary')).to.equal('#f59e0b');
  });

  it('applies the firm’s custom CSS inside the portal only, after removing anything hostile', async () => {
    const { store, adapter } = setup();
    store.updateConfig((config) => {
      config.firm.customCss =
        '@import url(https://evil.example/x.css); nav a { color: rgb(1, 2, 3) } :host { position: fixed; inset: 0 } body { display: none } .topbar { background: url(https://evil.example/t.png) } main { behavior: url(x.htc); width: expression(alert(1)) }';
    });
    signInAs(store);
    const portal = await mount(adapter);
    await until(() => navLinks(portal).length > 0);
    await until(() => getComputedStyle(navLinks(portal)[1]).color === 'rgb(1, 2, 3)', 3000, 'custom CSS applied');
    expect(getComputedStyle(portal).position).to.not.equal('fixed');
    expect(getComputedStyle(document.body).display).to.equal('block');
    expect(getComputedStyle(portal.shadowRoot!.querySelector('.topbar')!).backgroundImage).to.equal('none');
    const text = portal.shadowRoot!.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join(' ')).join(' ');
    expect(text).to.not.match(/evil|expression|behavior|fixed/);
  });

  it('in read-only mode shows a banner and lets no write reach the backend', async () => {
    const { store, adapter, calls } = setup();
    signInAs(store);
    const portal = await fixture<PorticoPortal>(html`<portico-portal .adapter=${adapter} routing="memory" read-only></portico-portal>`);
    await until(() => view(portal)?.localName === 'portico-home');
    expect(shadowText(portal.shadowRoot!.querySelector('[part="banner"]')!)).to.match(/Nothing can be changed/);
    // Whatever an element tries, the portal's adapter refuses writes before the backend.
    const provided = (portal as unknown as { activeAdapter: PortalAdapter }).activeAdapter;
    const error = await provided.pay({ invoiceIds: ['INV-1042'] }, { idempotencyKey: 'k' }).catch((e: unknown) => e);
    expect(error).to.include({ type: 'forbidden', code: 'read_only' });
    expect(calls.map(([name]) => name)).to.not.include('pay');
    await expect(portal).to.be.accessible();
  });

  it('is usable at 360 px: the navigation collapses into a menu', async () => {
    const { store, adapter } = setup();
    signInAs(store);
    // Not fixture() of a plain <div>: it waits for an animation frame a background test page never gets.
    const box = document.createElement('div');
    box.style.width = '360px';
    const portal = document.createElement('portico-portal');
    portal.adapter = adapter;
    portal.routing = 'memory';
    box.append(portal);
    document.body.append(box);
    await until(() => view(portal)?.localName === 'portico-home');
    const nav = portal.shadowRoot!.querySelector('nav')!;
    const button = portal.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!;
    expect(getComputedStyle(button).display).to.not.equal('none');
    expect(getComputedStyle(nav).display).to.equal('none');
    button.click();
    await portal.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(nav).display).to.equal('block');
    dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await portal.updateComplete;
    expect(getComputedStyle(nav).display).to.equal('none');
    expect(portal.scrollWidth).to.be.at.most(360);
    await expect(portal).to.be.accessible();
    box.remove();
  });

  it('has a skip link to the content', async () => {
    const { store, adapter } = setup();
    signInAs(store);
    const portal = await mount(adapter);
    await until(() => view(portal));
    const skip = portal.shadowRoot!.querySelector<HTMLAnchorElement>('.skip-link')!;
    expect(portal.shadowRoot!.querySelector('a, button')).to.equal(skip);
    skip.click();
    expect(portal.shadowRoot!.activeElement).to.equal(main(portal));
  });
});
