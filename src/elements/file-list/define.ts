import { PorticoFileList } from './file-list.js';

export { PorticoFileList };

if (!customElements.get('portico-file-list')) customElements.define('portico-file-list', PorticoFileList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-file-list': PorticoFileList;
  }
}
