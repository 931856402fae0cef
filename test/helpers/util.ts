import { isPortalError, type PortalError } from '../../src/sdk/errors.js';

/** The PortalError a promise rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (error) {
    if (isPortalError(error)) return error;
    throw new Error(`Expected a PortalError, got ${String(error)}`, { cause: error });
  }
  throw new Error('Expected the call to fail, but it succeeded');
}
