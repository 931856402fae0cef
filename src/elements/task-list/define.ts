import { PorticoTaskList } from './task-list.js';

export { PorticoTaskList };

if (!customElements.get('portico-task-list')) customElements.define('portico-task-list', PorticoTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-task-list': PorticoTaskList;
  }
}
