import { html, nothing } from 'lit';
import { localized, msg } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { icons } from '../../internal/icons.js';
import { errorView, loadingView } from '../../internal/views.js';
import type { PortalConfig } from '../../sdk/schemas.js';
import '../rich-text/define.js';
import { styles } from './contact.styles.js';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * About the firm and how to reach it: About Us (rich text, sanitized), address, phone, email,
 * website and opening hours — and the client's own details as the firm has them, with a way to
 * ask for a correction (a prefilled request).
 *
 * @summary About us and contact details.
 * @tag portico-contact
 *
 * @event portico-navigate - "Ask for a correction" opens a prefilled request.
 *
 * @csspart heading - The view's heading.
 * @csspart about - The About Us text.
 * @csspart firm - The firm's contact details.
 * @csspart you - The client's own details.
 */
@localized()
export class PorticoContact extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  private loader = new Loader(this, {
    args: () => (this.backend ? ([this.backend, this.knownConfig] as const) : undefined),
    load: ([adapter], signal) => this.resolveConfig(adapter, signal),
    isEmpty: () => false,
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private askCorrection(config: PortalConfig) {
    const params = new URLSearchParams({ subject: msg('Please update my contact details') });
    if (config.requestCategories.some((c) => c.id === 'general')) params.set('category', 'general');
    this.navigate(`/requests/new?${params}`);
  }

  private renderFirm(config: PortalConfig) {
    const { firm } = config;
    const { contact } = firm;
    return html`<section class="card" part="firm" aria-labelledby="reach-us">
      <h2 id="reach-us">${msg('Contact us')}</h2>
      <ul class="channels">
        ${contact.phone ? html`<li><a href=${telHref(contact.phone)}>${icons.phone()} ${contact.phone}</a></li>` : nothing}
        ${contact.email ? html`<li><a href=${`mailto:${contact.email}`}>${icons.mail()} ${contact.email}</a></li>` : nothing}
        ${contact.website && /^https?:\/\//i.test(contact.website)
          ? html`<li>
              <a href=${contact.website} target="_blank" rel="noopener noreferrer"
                >${icons.external()} ${contact.website.replace(/^https?:\/\//, '')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
              >
            </li>`
          : nothing}
      </ul>
      ${contact.address ? html`<h3>${msg('Address')}</h3><address>${contact.address}</address>` : nothing}
      ${contact.hours?.length
        ? html`<h3>${msg('Opening hours')}</h3>
            <dl>${contact.hours.map((h) => html`<dt>${h.days}</dt><dd>${h.hours}</dd>`)}</dl>`
        : nothing}
    </section>`;
  }

  private renderYou(config: PortalConfig) {
    const session = this.currentSession;
    if (!session) return nothing;
    const { contact, company } = session;
    const canAsk = config.modules.includes('requests') && config.permissions.requests.create;
    return html`<section class="card" part="you" aria-labelledby="your-details">
      <h2 id="your-details">${msg('Your details')}</h2>
      <dl>
        <dt>${msg('Name')}</dt>
        <dd>${contact.name}</dd>
        ${contact.title ? html`<dt>${msg('Role')}</dt><dd>${contact.title}</dd>` : nothing}
        <dt>${msg('Email')}</dt>
        <dd>${contact.email}</dd>
        <dt>${msg('Phone')}</dt>
        <dd>${contact.phone ?? msg('Not on file')}</dd>
        <dt>${msg('Company')}</dt>
        <dd>${company.name}</dd>
        ${company.address ? html`<dt>${msg('Company address')}</dt><dd>${company.address}</dd>` : nothing}
      </dl>
      <p class="muted small">${msg('Something out of date? Tell us and we will correct it.')}</p>
      ${canAsk ? html`<div><button class="btn" type="button" @click=${() => this.askCorrection(config)}>${msg('Ask for a correction')}</button></div>` : nothing}
    </section>`;
  }

  override render() {
    return this.loader.render({
      loading: () => loadingView({ shape: 'detail' }),
      error: (error) => html`<h1 part="heading" tabindex="-1">${msg('Contact')}</h1>${errorView(error, this.loader.retry)}`,
      ready: (config) => html`
        <h1 part="heading" tabindex="-1">${msg('About us and contact')}</h1>
        <div class="grid">
          ${config.firm.about
            ? html`<section class="card wide" part="about" aria-label=${msg('About us')}>
                <portico-rich-text .content=${config.firm.about} .adapter=${this.backend} .config=${config}></portico-rich-text>
              </section>`
            : nothing}
          ${this.renderFirm(config)} ${this.renderYou(config)}
        </div>
      `,
    });
  }
}
