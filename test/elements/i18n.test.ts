import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/login/define.js';
import '../../src/elements/portal/define.js';
import '../../src/elements/invoice-list/define.js';
import type { PorticoLogin } from '../../src/elements/login/login.js';
import type { PorticoPortal } from '../../src/elements/portal/portal.js';
import { directionOf, getLocale, languageOf, useLocale } from '../../src/internal/i18n.js';
import { getDefaultSessionStore } from '../../src/sdk/session.js';
import { backend, shadowText, until } from '../helpers/fixtures.js';

const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('h1')?.textContent?.trim();

describe('languages', () => {
  afterEach(async () => {
    getDefaultSessionStore().clear();
    await useLocale('en');
  });

  it('maps locales to the languages the portal has, English for the rest', () => {
    expect(['fr-CA', 'de-AT', 'es-MX', 'ar-EG', 'en-GB', 'pt-BR', 'zz', ''].map(languageOf)).to.deep.equal(['fr', 'de', 'es', 'ar', 'en', 'en', 'en', 'en']);
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fr-FR')).to.equal('ltr');
  });

  for (const [locale, expected] of [
    ['fr-FR', 'Se connecter'],
    ['de-DE', 'Anmelden'],
    ['es-ES', 'Iniciar sesión'],
  ] as const) {
    it(`shows the sign-in in ${locale}`, async () => {
      const b = backend();
      const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${b.adapter} locale=${locale}></portico-login>`);
      await until(() => heading(el) === expected, 3000, `heading ${expected}`);
      expect(getLocale()).to.equal(locale.slice(0, 2));
    });
  }

  it('lays the portal out right to left in Arabic, with Arabic text', async () => {
    const b = backend();
    const portal = await fixture<PorticoPortal>(html`<portico-portal .adapter=${b.adapter} routing="memory" locale="ar"></portico-portal>`);
    expect(portal.dir).to.equal('rtl');
    const login = await until(() => portal.shadowRoot!.querySelector('portico-login')).then(() => portal.shadowRoot!.querySelector('portico-login')!);
    await until(() => /[\u0600-\u06FF]/.test(heading(login) ?? ''), 3000, 'Arabic heading');
    expect(getComputedStyle(login.shadowRoot!.querySelector('form')!).direction).to.equal('rtl');
    await expect(portal).to.be.accessible();
  });

  it('uses the contact’s preferred language when the portal has no locale attribute', async () => {
    const b = backend({ contact: 'ct_chloe' });
    getDefaultSessionStore().set(b.session);
    const portal = await fixture<PorticoPortal>(html`<portico-portal .adapter=${b.adapter} routing="memory"></portico-portal>`);
    await until(() => getLocale() === 'fr', 3000, 'French for Chloé');
    await until(() => /Factures/.test(shadowText(portal.shadowRoot!.querySelector('nav')!)), 3000, 'French navigation');
  });

  it('formats money and dates in the full locale', async () => {
    const b = backend();
    const el = await fixture(html`<portico-invoice-list .adapter=${b.adapter} locale="de-DE"></portico-invoice-list>`);
    await until(() => /€|£/.test(shadowText(el)), 3000, 'amounts');
    expect(shadowText(el)).to.match(/\d{1,3}(\.\d{3})*,\d{2} £/);
  });

  it('falls back to English for a language it does not have, never to message keys', async () => {
    const b = backend();
    const el = await fixture<PorticoLogin>(html`<portico-login .adapter=${b.adapter} locale="pt-BR"></portico-login>`);
    await until(() => heading(el) === 'Sign in');
    expect(shadowText(el)).to.not.match(/\bs[0-9a-f]{16}\b/);
  });
});
