import { PorticoFileUpload } from './file-upload.js';

export { PorticoFileUpload };

if (!customElements.get('portico-file-upload')) customElements.define('portico-file-upload', PorticoFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'portico-file-upload': PorticoFileUpload;
  }
}
