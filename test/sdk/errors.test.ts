import { expect } from '@open-wc/testing';
import { PortalError, errorTypeForStatus, isAbortError, isPortalError, statusForErrorType, type PortalErrorType } from '../../src/sdk/errors.js';

describe('PortalError', () => {
  it('has a type, a readable default message and the details it was given', () => {
    const error = new PortalError('rate_limited', undefined, { retryAfter: 30, status: 429 });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('PortalError');
    expect(error.message).to.match(/Too many attempts/);
    expect(error.retryAfter).to.equal(30);
    expect(error.transient).to.equal(true);
    expect(new PortalError('forbidden').transient).to.equal(false);
    expect(JSON.parse(JSON.stringify(error))).to.include({ type: 'rate_limited', retryAfter: 30 });
  });

  it('is recognised across realms, and only when it really is one', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const foreign = (frame.contentWindow as unknown as { Error: ErrorConstructor }).Error;
    const fromOtherRealm = Object.assign(new foreign('Nope'), { name: 'PortalError', type: 'forbidden' });
    expect(fromOtherRealm instanceof PortalError).to.equal(false);
    expect(isPortalError(fromOtherRealm)).to.equal(true);
    expect(isPortalError(structuredClone(new PortalError('server').toJSON()))).to.equal(false); // no name: a plain copy is data, not an error
    expect(isPortalError({ name: 'PortalError', type: 'made_up', message: 'x' })).to.equal(false);
    expect(isPortalError(new Error('x'))).to.equal(false);
    expect(isPortalError(null)).to.equal(false);
    frame.remove();
  });

  it('tells an abort apart from a failure', () => {
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(controller.signal.reason)).to.equal(true);
    expect(isAbortError(new PortalError('timeout'))).to.equal(false);
  });

  it('maps HTTP statuses to types and back', () => {
    const expected: Record<number, PortalErrorType> = { 400: 'validation', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 408: 'timeout', 409: 'conflict', 412: 'conflict', 422: 'validation', 429: 'rate_limited', 500: 'server', 502: 'server', 503: 'server', 504: 'timeout', 418: 'validation' };
    for (const [status, type] of Object.entries(expected)) expect(errorTypeForStatus(Number(status)), status).to.equal(type);
    for (const type of ['unauthorized', 'forbidden', 'not_found', 'conflict', 'validation', 'rate_limited', 'server'] as const) {
      expect(errorTypeForStatus(statusForErrorType(type))).to.equal(type);
    }
  });
});
