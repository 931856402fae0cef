import { expect } from '@open-wc/testing';
import { changeCount, diffVersions, isUnchanged } from '../../src/elements/quote-viewer/diff.js';
import { defaultSelection, depositAmount, lineNet, lineTax, quoteTotals } from '../../src/elements/quote-viewer/totals.js';
import type { QuoteLine } from '../../src/sdk/schemas.js';

const line = (id: string, description: string, quantity: number, unitPrice: number, extra: Partial<QuoteLine> = {}): QuoteLine => ({
  id,
  description,
  quantity,
  unitPrice,
  taxRate: 20,
  optional: false,
  selected: true,
  ...extra,
});

const version = (n: number, lines: QuoteLine[], total: number) => ({ version: n, lines, total });

describe('quote version diff', () => {
  it('finds added, removed and changed lines and the total difference', () => {
    const v1 = version(1, [line('a', 'Bookkeeping', 1, 45000), line('b', 'VAT return', 1, 22500), line('c', 'Payroll', 8, 1200)], 100);
    const v2 = version(2, [line('a', 'Bookkeeping', 2, 45000), line('c', 'Payroll', 8, 1200), line('d', 'Filing', 1, 5000)], 250);
    const diff = diffVersions(v1, v2);
    expect(diff.from).to.equal(1);
    expect(diff.to).to.equal(2);
    expect(diff.added.map((l) => l.id)).to.deep.equal(['d']);
    expect(diff.removed.map((l) => l.id)).to.deep.equal(['b']);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).to.deep.equal([['a', ['quantity']]]);
    expect(diff.totalDelta).to.equal(150);
    expect(changeCount(diff)).to.equal(3);
    expect(isUnchanged(diff)).to.equal(false);
  });

  it('names every changed field: description, quantity, price, tax rate, optional', () => {
    const before = line('a', 'Advisory call', 1, 9500);
    const after = line('a', 'Advisory calls', 3, 9000, { taxRate: 0, optional: true });
    const diff = diffVersions(version(1, [before], 0), version(2, [after], 0));
    expect(diff.changed).to.have.length(1);
    expect(diff.changed[0].fields).to.deep.equal(['description', 'quantity', 'unitPrice', 'taxRate', 'optional']);
    expect(diff.changed[0].before).to.equal(before);
  });

  it('matches a re-numbered line by its description instead of calling it removed and added', () => {
    const diff = diffVersions(version(1, [line('old-1', 'Year-end accounts', 1, 120000)], 0), version(2, [line('new-7', ' year-end ACCOUNTS ', 1, 110000)], 0));
    expect(diff.added).to.deep.equal([]);
    expect(diff.removed).to.deep.equal([]);
    expect(diff.changed.map((c) => c.fields)).to.deep.equal([['description', 'unitPrice']]);
  });

  it('says when nothing changed, and lists changes in the new version’s order', () => {
    const lines = [line('a', 'A', 1, 100), line('b', 'B', 1, 100)];
    expect(isUnchanged(diffVersions(version(1, lines, 240), version(2, lines, 240)))).to.equal(true);
    const diff = diffVersions(version(1, lines, 0), version(2, [line('b', 'B', 2, 100), line('a', 'A', 2, 100)], 0));
    expect(diff.changed.map((c) => c.after.id)).to.deep.equal(['b', 'a']);
  });

  it('reports a lower total as a negative difference', () => {
    expect(diffVersions(version(1, [], 5000), version(2, [], 3500)).totalDelta).to.equal(-1500);
  });
});

describe('quote totals', () => {
  const lines = [
    line('a', 'Labour', 3, 9500),
    line('b', 'Downlights', 1.5, 3333),
    line('o1', 'Smart switches', 1, 12000, { optional: true, selected: true }),
    line('o2', 'Outdoor socket', 1, 18000, { optional: true, selected: false, taxRate: 8.5 }),
  ];

  it('rounds each line like the backend, then adds them up', () => {
    expect(lineNet(lines[1])).to.equal(5000); // 1.5 × 33.33 = 49.995 → 50.00
    expect(lineTax(lines[1])).to.equal(1000);
    expect(lineTax(lines[3])).to.equal(1530);
  });

  it('counts required lines and the ticked optional ones only', () => {
    expect(defaultSelection(lines)).to.deep.equal(new Set(['o1']));
    expect(quoteTotals(lines, defaultSelection(lines))).to.deep.equal({ subtotal: 28500 + 5000 + 12000, taxTotal: 5700 + 1000 + 2400, total: 54600 });
    expect(quoteTotals(lines, new Set(['o2'])).total).to.equal(28500 + 5000 + 18000 + 5700 + 1000 + 1530);
    expect(quoteTotals(lines, new Set()).total).to.equal(40200);
  });

  it('computes the deposit on the accepted total', () => {
    expect(depositAmount(54600, 30)).to.equal(16380);
    expect(depositAmount(1001, 50)).to.equal(501);
  });
});
