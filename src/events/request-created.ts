import type { PortalRequest } from '../sdk/schemas.js';
import { PorticoEvent } from './portico-event.js';

/**
 * The client sent a new request and the backend confirmed it. The form then goes to the new
 * request's thread; call `preventDefault()` to stay and handle it yourself.
 */
export class PorticoRequestCreatedEvent extends PorticoEvent<'portico-request-created', { request: PortalRequest }> {
  constructor(request: PortalRequest) {
    super('portico-request-created', { request }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-request-created': PorticoRequestCreatedEvent;
  }
}
