import type { Session } from '../sdk/schemas.js';
import { PorticoEvent } from './portico-event.js';

/** The client signed in (code or magic link). The portal keeps the session; the token never leaves it. */
export class PorticoSignInEvent extends PorticoEvent<'portico-sign-in', { session: Session; method: 'code' | 'magic_link' }> {
  constructor(session: Session, method: 'code' | 'magic_link') {
    super('portico-sign-in', { session, method });
  }
}

/** The client signed out, or the session ended (`reason: 'expired'`). */
export class PorticoSignOutEvent extends PorticoEvent<'portico-sign-out', { reason: 'logout' | 'expired' }> {
  constructor(detail: { reason: 'logout' | 'expired' }) {
    super('portico-sign-out', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-sign-in': PorticoSignInEvent;
    'portico-sign-out': PorticoSignOutEvent;
  }
}
