import { PorticoQuoteList } from './quote-list.js';

export { PorticoQuoteList };

if (!customElements.get('portico-quote-list')) customElements.define('portico-quote-list', PorticoQuoteList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-quote-list': PorticoQuoteList;
  }
}
