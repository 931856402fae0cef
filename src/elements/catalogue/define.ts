import { PorticoCatalogue } from './catalogue.js';

export { PorticoCatalogue };

if (!customElements.get('portico-catalogue')) customElements.define('portico-catalogue', PorticoCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'portico-catalogue': PorticoCatalogue;
  }
}
