import { PorticoProjectList } from './project-list.js';

export { PorticoProjectList };

if (!customElements.get('portico-project-list')) customElements.define('portico-project-list', PorticoProjectList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-project-list': PorticoProjectList;
  }
}
