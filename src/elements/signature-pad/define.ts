import { PorticoSignaturePad } from './signature-pad.js';

export { PorticoSignaturePad };

if (!customElements.get('portico-signature-pad')) customElements.define('portico-signature-pad', PorticoSignaturePad);

declare global {
  interface HTMLElementTagNameMap {
    'portico-signature-pad': PorticoSignaturePad;
  }
}
