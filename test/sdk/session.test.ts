import { expect } from '@open-wc/testing';
import { SessionStore } from '../../src/sdk/session.js';
import type { Session } from '../../src/sdk/schemas.js';

const session = (expiresIn = 3_600_000): Session => ({
  token: 'tok_secret',
  expiresAt: new Date(Date.now() + expiresIn).toISOString(),
  contact: { id: 'ct_1', name: 'Alice', email: 'alice@example.test', companyId: 'co_1' },
  company: { id: 'co_1', name: 'Acme' },
});

describe('SessionStore', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps the session in sessionStorage by default, so a reload keeps you signed in', () => {
    new SessionStore({ key: 't1' }).set(session());
    expect(new SessionStore({ key: 't1' }).token).to.equal('tok_secret');
  });

  it('keeps nothing in storage in memory mode', () => {
    const store = new SessionStore({ key: 't2', persist: 'memory' });
    store.set(session());
    expect(store.token).to.equal('tok_secret');
    expect(sessionStorage.getItem('t2')).to.equal(null);
    expect(new SessionStore({ key: 't2' }).get()).to.equal(null);
  });

  it('forgets an expired session and ignores a tampered one', () => {
    const store = new SessionStore({ key: 't3' });
    store.set(session(-1000));
    expect(store.get()).to.equal(null);
    sessionStorage.setItem('t4', '{"token": 5}');
    expect(new SessionStore({ key: 't4' }).get()).to.equal(null);
  });

  it('tells listeners about sign-in and sign-out', () => {
    const store = new SessionStore({ key: 't5' });
    const seen: (string | undefined)[] = [];
    store.subscribe((s) => seen.push(s?.token));
    store.set(session());
    store.clear();
    expect(seen).to.deep.equal(['tok_secret', undefined]);
  });
});
