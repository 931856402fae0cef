/** Every event Portico elements dispatch. Each bubbles and is composed; `detail` is typed. */
export { PorticoEvent } from './portico-event.js';
export { PorticoNavigateEvent, type NavigateDetail } from './navigate.js';
export { PorticoUnauthorizedEvent } from './unauthorized.js';
export { PorticoPayEvent, type PayDetail } from './pay.js';
export { PorticoSignInEvent, PorticoSignOutEvent } from './sign-in.js';
export { PorticoUploadEvent } from './upload.js';
export { PorticoDecisionEvent, type DecisionDetail } from './decision.js';
export { PorticoRequestCreatedEvent } from './request-created.js';
