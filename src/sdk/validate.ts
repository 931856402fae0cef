import type * as z from 'zod/mini';
import { PortalError } from './errors.js';

/** `items[3].total` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Parses data that came from a backend. A mismatch is an `invalid_response` error naming where
 * the data went wrong, so a firm's developer can fix their server from the message alone.
 */
export function parseResponse<T extends z.ZodMiniType>(schema: T, data: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = formatPath(issue.path);
  throw new PortalError('invalid_response', undefined, {
    path,
    cause: new Error(`${what}: ${path || '(root)'}: ${issue.message} (${issue.code})`),
  });
}

/**
 * Parses user input before it is sent. Failures are `validation` errors with a message per
 * field, the same shape a backend's 422 produces, so forms show both the same way.
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = formatPath(issue.path) || '_';
    fields[key] ??= issue.message;
  }
  throw new PortalError('validation', undefined, { fields });
}
