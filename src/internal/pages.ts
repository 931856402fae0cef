import type { Page } from '../sdk/schemas.js';

/** Enough pages for anything a client has (tens of quotes, hundreds of files), bounded. */
const MAX_PAGES = 20;

/** Every page of a list, following `nextCursor` (for lists a client has tens or hundreds of, not thousands). */
export async function loadAllPages<T>(next: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await next(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}
