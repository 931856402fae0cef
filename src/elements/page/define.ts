import { PorticoPage } from './page.js';

export { PorticoPage };

if (!customElements.get('portico-page')) customElements.define('portico-page', PorticoPage);

declare global {
  interface HTMLElementTagNameMap {
    'portico-page': PorticoPage;
  }
}
