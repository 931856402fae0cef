import type { RouteName } from '../sdk/contract.js';
import { PortalError, errorTypeForStatus } from '../sdk/errors.js';

/** An HTTP error status the mock backend can answer with. */
export type FaultStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 502 | 503;

/**
 * A failure to inject: an error status (with optional `Retry-After` seconds, error `code` and
 * field messages), a dropped connection, a hang past the client's timeout, a body that is not
 * JSON, or JSON that does not match the contract.
 */
export type Fault =
  | { status: FaultStatus; retryAfter?: number; code?: string; message?: string; fields?: Record<string, string> }
  | { kind: 'network' | 'timeout' | 'malformed' | 'schema' };

interface Rule {
  fault?: Fault;
  latency?: number;
  remaining: number;
}

/** A route name, or `*` for every route. */
export type FaultTarget = RouteName | '*';

/**
 * Per-route fault injection shared by both faces of the mock backend (memory adapter and msw
 * handlers), for tests and for stories that show error states.
 */
export class FaultPlan {
  #rules = new Map<FaultTarget, Rule[]>();

  /** Makes `route` fail with `fault` the next `times` calls (default: until `clear()`). */
  fail(route: FaultTarget, fault: Fault, options: { times?: number } = {}): this {
    this.#add(route, { fault, remaining: options.times ?? Infinity });
    return this;
  }

  /** Adds `ms` of latency to `route` (or `*`) until `clear()`. */
  delay(route: FaultTarget, ms: number): this {
    this.#add(route, { latency: ms, remaining: Infinity });
    return this;
  }

  /** Removes every rule for `route`, or every rule at all. */
  clear(route?: FaultTarget): this {
    if (route) this.#rules.delete(route);
    else this.#rules.clear();
    return this;
  }

  /** The latency and the fault (if any) for one call of `route`, consuming one use of the fault. */
  take(route: RouteName): { latency: number; fault?: Fault } {
    let latency = 0;
    let fault: Fault | undefined;
    for (const target of [route, '*'] as const) {
      const rules = this.#rules.get(target) ?? [];
      for (const rule of rules) {
        if (rule.latency) latency += rule.latency;
        if (rule.fault && !fault && rule.remaining > 0) {
          fault = rule.fault;
          rule.remaining--;
        }
      }
      this.#rules.set(
        target,
        rules.filter((rule) => rule.latency || rule.remaining > 0),
      );
    }
    return { latency, fault };
  }

  #add(route: FaultTarget, rule: Rule) {
    this.#rules.set(route, [...(this.#rules.get(route) ?? []), rule]);
  }
}

/** Breaks a valid record the way a buggy backend would (the `schema` fault). */
export function corrupt(data: unknown): unknown {
  if (Array.isArray(data)) return data.length ? [corrupt(data[0]), ...data.slice(1)] : [42];
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if ('items' in record) return { ...record, items: corrupt(record.items) };
    const [key] = Object.keys(record);
    return { ...record, [key]: typeof record[key] === 'number' ? 'not a number' : 42 };
  }
  return { unexpected: true };
}

/** The `PortalError` an injected status fault stands for. */
export function errorForFault(fault: Extract<Fault, { status: number }>): PortalError {
  return new PortalError(errorTypeForStatus(fault.status), fault.message, {
    status: fault.status,
    code: fault.code,
    fields: fault.fields,
    retryAfter: fault.retryAfter,
  });
}
