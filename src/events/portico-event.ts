/** Base of every Portico event: bubbles out of shadow roots, with a typed `detail`. */
export class PorticoEvent<T extends string, D> extends Event {
  declare readonly type: T;
  readonly detail: D;

  constructor(type: T, detail: D, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}
