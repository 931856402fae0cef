import type { PortalFile } from '../sdk/schemas.js';
import { PorticoEvent } from './portico-event.js';

/** A file finished uploading (one event per file). */
export class PorticoUploadEvent extends PorticoEvent<'portico-upload', { file: PortalFile }> {
  constructor(file: PortalFile) {
    super('portico-upload', { file });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-upload': PorticoUploadEvent;
  }
}
