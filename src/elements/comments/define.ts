import { PorticoComments } from './comments.js';

export { PorticoComments };

if (!customElements.get('portico-comments')) customElements.define('portico-comments', PorticoComments);

declare global {
  interface HTMLElementTagNameMap {
    'portico-comments': PorticoComments;
  }
}
