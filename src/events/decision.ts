import { PorticoEvent } from './portico-event.js';

export interface DecisionDetail {
  kind: 'quote' | 'contract';
  /** The quote's or contract's id. */
  id: string;
  decision: 'accepted' | 'declined' | 'changes_requested' | 'signed';
}

/** The client's decision on a quote or contract was recorded by the backend (after success only). */
export class PorticoDecisionEvent extends PorticoEvent<'portico-decision', DecisionDetail> {
  constructor(detail: DecisionDetail) {
    super('portico-decision', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-decision': PorticoDecisionEvent;
  }
}
