import { PorticoRequestList } from './request-list.js';

export { PorticoRequestList };

if (!customElements.get('portico-request-list')) customElements.define('portico-request-list', PorticoRequestList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-request-list': PorticoRequestList;
  }
}
