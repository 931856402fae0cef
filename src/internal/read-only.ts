import { msg } from '@lit/localize';
import { writeMethods, type PortalAdapter } from '../sdk/adapter.js';
import { PortalError } from '../sdk/errors.js';

const writes = new Set<string>(writeMethods);

/**
 * The adapter of a read-only portal: reads pass through, every write is refused before it can
 * reach the backend. A second line of defence behind each element's disabled controls.
 */
export function readOnlyAdapter(adapter: PortalAdapter): PortalAdapter {
  return new Proxy(adapter, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof name === 'string' && writes.has(name)) {
        return () => Promise.reject(new PortalError('forbidden', msg('This is a read-only preview. Nothing can be changed here.'), { code: 'read_only' }));
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
