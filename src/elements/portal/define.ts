import { PorticoPortal } from './portal.js';

export { PorticoPortal };
export type { Appearance, AppearanceVariables } from './portal.js';

if (!customElements.get('portico-portal')) customElements.define('portico-portal', PorticoPortal);

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal': PorticoPortal;
  }
}
