import { PorticoContact } from './contact.js';

export { PorticoContact };

if (!customElements.get('portico-contact')) customElements.define('portico-contact', PorticoContact);

declare global {
  interface HTMLElementTagNameMap {
    'portico-contact': PorticoContact;
  }
}
