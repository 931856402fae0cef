/**
 * What changed between two versions of a quote: lines added, removed and changed (description,
 * quantity, unit price, tax rate, optional), and the difference in total. Pure, so it is tested on
 * its own and used for both the version history and the "revised while you were looking" notice.
 */
import type { QuoteLine, QuoteVersion } from '../../sdk/schemas.js';

export type LineField = 'description' | 'quantity' | 'unitPrice' | 'taxRate' | 'optional';

export interface LineChange {
  before: QuoteLine;
  after: QuoteLine;
  /** The fields that differ, in display order. */
  fields: LineField[];
}

export interface VersionDiff {
  from: number;
  to: number;
  added: QuoteLine[];
  removed: QuoteLine[];
  changed: LineChange[];
  /** `to.total − from.total`, minor units (totals with the firm's default selection). */
  totalDelta: number;
}

const FIELDS: readonly LineField[] = ['description', 'quantity', 'unitPrice', 'taxRate', 'optional'];

function changedFields(before: QuoteLine, after: QuoteLine): LineField[] {
  return FIELDS.filter((field) => before[field] !== after[field]);
}

const normalize = (text: string) => text.trim().toLowerCase();

/**
 * Compares `before` with `after`. Lines are matched by id; a line that lost its id but kept its
 * description (a firm's tool re-numbering lines) is matched by description, so it shows as changed
 * rather than as removed and added again.
 */
export function diffVersions(before: Pick<QuoteVersion, 'version' | 'lines' | 'total'>, after: Pick<QuoteVersion, 'version' | 'lines' | 'total'>): VersionDiff {
  const changed: LineChange[] = [];
  const unmatchedAfter = new Map(after.lines.map((line) => [line.id, line]));
  const unmatchedBefore: QuoteLine[] = [];
  for (const line of before.lines) {
    const match = unmatchedAfter.get(line.id);
    if (!match) {
      unmatchedBefore.push(line);
      continue;
    }
    unmatchedAfter.delete(line.id);
    const fields = changedFields(line, match);
    if (fields.length) changed.push({ before: line, after: match, fields });
  }
  const removed: QuoteLine[] = [];
  for (const line of unmatchedBefore) {
    const match = [...unmatchedAfter.values()].find((candidate) => normalize(candidate.description) === normalize(line.description));
    if (!match) {
      removed.push(line);
      continue;
    }
    unmatchedAfter.delete(match.id);
    const fields = changedFields(line, match);
    if (fields.length) changed.push({ before: line, after: match, fields });
  }
  // Keep the order the client reads the new version in.
  const order = new Map(after.lines.map((line, i) => [line.id, i]));
  changed.sort((a, b) => order.get(a.after.id)! - order.get(b.after.id)!);
  return {
    from: before.version,
    to: after.version,
    added: after.lines.filter((line) => unmatchedAfter.has(line.id)),
    removed,
    changed,
    totalDelta: after.total - before.total,
  };
}

/** True when nothing at all changed in the lines or the total. */
export function isUnchanged(diff: VersionDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.changed.length && diff.totalDelta === 0;
}

/** How many line changes (added + removed + changed), for a short summary. */
export function changeCount(diff: VersionDiff): number {
  return diff.added.length + diff.removed.length + diff.changed.length;
}
