import { PorticoRequestThread } from './request-thread.js';

export { PorticoRequestThread };

if (!customElements.get('portico-request-thread')) customElements.define('portico-request-thread', PorticoRequestThread);

declare global {
  interface HTMLElementTagNameMap {
    'portico-request-thread': PorticoRequestThread;
  }
}
