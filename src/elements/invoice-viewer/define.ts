import { PorticoInvoiceViewer } from './invoice-viewer.js';

export { PorticoInvoiceViewer };

if (!customElements.get('portico-invoice-viewer')) customElements.define('portico-invoice-viewer', PorticoInvoiceViewer);

declare global {
  interface HTMLElementTagNameMap {
    'portico-invoice-viewer': PorticoInvoiceViewer;
  }
}
