import { z } from 'zod';
import { toIsoDay, tryParseIsoDay } from '@/lib/dates';
import type { Sort } from './filters';

// A keyset page link: "the rows after (or before) this one in this order". It holds the sort key
// and id of the last (or first) row shown, so the next page is an index range read however deep
// it is, where OFFSET would count every row before it. Opaque in the URL (base64url JSON) but
// never trusted: decodeCursor checks every part and says what is wrong.

export type CursorKey = { kind: 'date'; day: Date } | { kind: 'amount'; minor: bigint };
export type PageCursor = { sort: Sort; direction: 'next' | 'prev'; key: CursorKey; id: string };

const MAX_AMOUNT = 2n ** 63n - 1n;

const payload = z.object({
  s: z.enum(['date_desc', 'date_asc', 'amount_desc', 'amount_asc']),
  d: z.enum(['n', 'p']),
  k: z.string().max(30),
  i: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
});

export function encodeCursor(cursor: PageCursor): string {
  const k = cursor.key.kind === 'date' ? toIsoDay(cursor.key.day) : cursor.key.minor.toString();
  return Buffer.from(JSON.stringify({ s: cursor.sort, d: cursor.direction === 'next' ? 'n' : 'p', k, i: cursor.id })).toString('base64url');
}

export class CursorError extends Error {}

function decodeKey(sort: Sort, raw: string): CursorKey {
  if (sort.startsWith('date')) {
    const day = tryParseIsoDay(raw);
    if (!day) throw new CursorError('date');
    return { kind: 'date', day };
  }
  if (!/^-?\d{1,19}$/.test(raw)) throw new CursorError('amount');
  const minor = BigInt(raw);
  if (minor > MAX_AMOUNT || minor < -MAX_AMOUNT) throw new CursorError('amount');
  return { kind: 'amount', minor };
}

/** The cursor in a page link, or an error to show (the page then starts from the top). */
export function decodeCursor(raw: string, sort: Sort): { cursor: PageCursor | null; error: string | null } {
  const broken = { cursor: null, error: 'That page link is broken or out of date, so the list starts from the first page.' };
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(raw)) return broken;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return broken;
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) return broken;
  // A link from another sort order points into a different sequence; starting over is the honest answer.
  if (parsed.data.s !== sort) return { cursor: null, error: 'That page link was for another sort order, so the list starts from the first page.' };
  try {
    return { cursor: { sort, direction: parsed.data.d === 'n' ? 'next' : 'prev', key: decodeKey(sort, parsed.data.k), id: parsed.data.i }, error: null };
  } catch {
    return broken;
  }
}
