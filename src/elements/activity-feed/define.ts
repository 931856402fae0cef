import { PorticoActivityFeed } from './activity-feed.js';

export { PorticoActivityFeed };

if (!customElements.get('portico-activity-feed')) customElements.define('portico-activity-feed', PorticoActivityFeed);

declare global {
  interface HTMLElementTagNameMap {
    'portico-activity-feed': PorticoActivityFeed;
  }
}
