import { PorticoRichText } from './rich-text.js';

export { PorticoRichText };

if (!customElements.get('portico-rich-text')) customElements.define('portico-rich-text', PorticoRichText);

declare global {
  interface HTMLElementTagNameMap {
    'portico-rich-text': PorticoRichText;
  }
}
