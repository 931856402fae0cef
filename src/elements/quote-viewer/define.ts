import { PorticoQuoteViewer } from './quote-viewer.js';

export { PorticoQuoteViewer };

if (!customElements.get('portico-quote-viewer')) customElements.define('portico-quote-viewer', PorticoQuoteViewer);

declare global {
  interface HTMLElementTagNameMap {
    'portico-quote-viewer': PorticoQuoteViewer;
  }
}
