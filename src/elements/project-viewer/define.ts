import { PorticoProjectViewer } from './project-viewer.js';

export { PorticoProjectViewer };

if (!customElements.get('portico-project-viewer')) customElements.define('portico-project-viewer', PorticoProjectViewer);

declare global {
  interface HTMLElementTagNameMap {
    'portico-project-viewer': PorticoProjectViewer;
  }
}
