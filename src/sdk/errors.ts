/**
 * What kind of failure an adapter call ended in. A client-facing element picks its
 * message and recovery (retry, log in again, fix a field) from this alone.
 */
export type PortalErrorType =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'invalid_response';

export interface PortalErrorInit {
  /** Machine-readable reason within the type, e.g. `code_expired`, `too_many_attempts`, `link_used`. */
  code?: string;
  /** HTTP status, when the failure came from a response. */
  status?: number;
  /** For `validation`: a message per input field (dotted path → message). */
  fields?: Record<string, string>;
  /** For `rate_limited` (and 503): seconds to wait before trying again. */
  retryAfter?: number;
  /** For `invalid_response`: where in the response the data did not match. */
  path?: string;
  cause?: unknown;
}

const defaultMessages: Record<PortalErrorType, string> = {
  network: 'We could not reach the server. Check your connection and try again.',
  timeout: 'The server took too long to answer. Please try again.',
  unauthorized: 'Your session has expired. Please sign in again.',
  forbidden: 'You do not have access to this.',
  not_found: 'We could not find what you were looking for.',
  conflict: 'This changed while you were looking at it. We reloaded the latest version.',
  validation: 'Some of the information is not valid. Please check it and try again.',
  rate_limited: 'Too many attempts. Please wait a moment and try again.',
  server: 'Something went wrong on our side. Please try again.',
  invalid_response: 'The server sent something we did not understand. Please try again later.',
};

/** Error types worth offering a plain "Try again" for: the same call may well succeed. */
const transientTypes: ReadonlySet<PortalErrorType> = new Set<PortalErrorType>([
  'network',
  'timeout',
  'rate_limited',
  'server',
  'invalid_response',
]);

/**
 * The only error an adapter call rejects with (besides an `AbortError` when the caller aborted).
 * `type` is a string union, so `switch (error.type)` is exhaustive in TypeScript.
 */
export class PortalError extends Error {
  override readonly name = 'PortalError';
  readonly type: PortalErrorType;
  readonly code?: string;
  readonly status?: number;
  readonly fields?: Record<string, string>;
  readonly retryAfter?: number;
  readonly path?: string;

  constructor(type: PortalErrorType, message?: string, init: PortalErrorInit = {}) {
    super(message || defaultMessages[type], init.cause === undefined ? undefined : { cause: init.cause });
    this.type = type;
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields;
    this.retryAfter = init.retryAfter;
    this.path = init.path;
  }

  /** True when retrying the same call is a sensible offer to the user. */
  get transient(): boolean {
    return transientTypes.has(this.type);
  }

  /** A plain object that survives `structuredClone`, `postMessage` and `JSON.stringify`. */
  toJSON() {
    const { type, message, code, status, fields, retryAfter, path } = this;
    return { type, message, code, status, fields, retryAfter, path };
  }
}

const errorTypes = new Set(Object.keys(defaultMessages));

/**
 * True for a `PortalError`, including one created in another realm (iframe, test page,
 * a second copy of the SDK), where `instanceof` would say no.
 */
export function isPortalError(value: unknown): value is PortalError {
  if (value instanceof PortalError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { name?: unknown; type?: unknown; message?: unknown };
  return v.name === 'PortalError' && typeof v.type === 'string' && errorTypes.has(v.type) && typeof v.message === 'string';
}

/** True for the rejection an aborted call ends with (a DOMException or any `AbortError`). */
export function isAbortError(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AbortError';
}

/** The error type an HTTP status means. Statuses not listed fall back by class (4xx/5xx). */
export function errorTypeForStatus(status: number): PortalErrorType {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not_found';
    case 408:
    case 504:
      return 'timeout';
    case 409:
    case 412:
      return 'conflict';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'server' : 'validation';
  }
}

/** The HTTP status a backend answers with for an error type (used by the mock backend and the contract). */
export function statusForErrorType(type: PortalErrorType): number {
  const statuses: Record<PortalErrorType, number> = {
    network: 502,
    timeout: 504,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    validation: 422,
    rate_limited: 429,
    server: 500,
    invalid_response: 502,
  };
  return statuses[type];
}
