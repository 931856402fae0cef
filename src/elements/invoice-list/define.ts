import { PorticoInvoiceList } from './invoice-list.js';

export { PorticoInvoiceList };

if (!customElements.get('portico-invoice-list')) customElements.define('portico-invoice-list', PorticoInvoiceList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-invoice-list': PorticoInvoiceList;
  }
}
