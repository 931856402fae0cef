import { expect } from '@open-wc/testing';
import { buildOpenApi } from '../../scripts/openapi.js';
import { routes } from '../../src/sdk/contract.js';

describe('contract/openapi.json', () => {
  it('is up to date with the zod schemas (run `npm run contract` when this fails)', async () => {
    const committed = await (await fetch('/contract/openapi.json')).json();
    expect(committed).to.deep.equal(buildOpenApi());
  });

  it('describes every route, bearer auth, ETags, Retry-After and Idempotency-Key', () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, { operationId: string; parameters?: { $ref?: string }[]; responses: Record<string, unknown> }>> };
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(operations.map((o) => o.operationId).sort()).to.deep.equal(Object.keys(routes).sort());
    const pay = doc.paths['/payments'].post;
    expect(pay.parameters!.map((p) => p.$ref)).to.include('#/components/parameters/IdempotencyKey');
    expect(pay.responses).to.have.property('429');
    expect(doc.paths['/invoices'].get.responses).to.have.property('304');
  });
});
