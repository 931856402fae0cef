import { PorticoRequestForm } from './request-form.js';

export { PorticoRequestForm };

if (!customElements.get('portico-request-form')) customElements.define('portico-request-form', PorticoRequestForm);

declare global {
  interface HTMLElementTagNameMap {
    'portico-request-form': PorticoRequestForm;
  }
}
