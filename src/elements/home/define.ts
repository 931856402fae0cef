import { PorticoHome } from './home.js';

export { PorticoHome };

if (!customElements.get('portico-home')) customElements.define('portico-home', PorticoHome);

declare global {
  interface HTMLElementTagNameMap {
    'portico-home': PorticoHome;
  }
}
