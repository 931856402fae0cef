import type { PortalError } from '../sdk/errors.js';
import { PorticoEvent } from './portico-event.js';

/** A call came back `unauthorized`: the session ended. The portal shows the sign-in form and comes back here after. */
export class PorticoUnauthorizedEvent extends PorticoEvent<'portico-unauthorized', { error: PortalError }> {
  constructor(error: PortalError) {
    super('portico-unauthorized', { error });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-unauthorized': PorticoUnauthorizedEvent;
  }
}
