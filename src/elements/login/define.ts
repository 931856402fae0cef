import { PorticoLogin } from './login.js';

export { PorticoLogin };

if (!customElements.get('portico-login')) customElements.define('portico-login', PorticoLogin);

declare global {
  interface HTMLElementTagNameMap {
    'portico-login': PorticoLogin;
  }
}
