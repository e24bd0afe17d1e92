import { z } from 'zod';
import { toIsoDay, tryParseIsoDay } from '@/lib/dates';
import { minorUnitsToDecimal, parseMoney } from '@/lib/money';
import { decodeCursor, encodeCursor, type PageCursor } from './cursor';

// The transaction list's filters live in the URL (shareable, and the CSV export reads the same
// ones). Bad values are reported, not thrown: the page shows the message and ignores the filter.

export const SORTS = ['date_desc', 'date_asc', 'amount_desc', 'amount_asc'] as const;
export type Sort = (typeof SORTS)[number];

export type TransactionFilters = {
  q: string | null;
  accountId: string | null;
  categoryId: string | null; // 'none' = uncategorised
  tagId: string | null;
  from: Date | null;
  to: Date | null; // inclusive day
  status: 'all' | 'pending' | 'posted';
  minAmountMinor: bigint | null; // absolute amounts
  maxAmountMinor: bigint | null;
  sort: Sort;
  /** Where the page starts (a keyset link); null is the first page. */
  cursor: PageCursor | null;
  /** Accounts private to another member (lib/workspaces/visibility.ts): never from the URL. */
  hiddenAccountIds: string[];
};

export type ParsedFilters = { filters: TransactionFilters; errors: string[] };

const text = z.string().trim().max(200).optional();

export function parseTransactionFilters(params: Record<string, string | string[] | undefined>): ParsedFilters {
  const get = (key: string) => {
    const value = params[key];
    const single = Array.isArray(value) ? value[0] : value;
    const parsed = text.safeParse(single);
    return parsed.success && parsed.data ? parsed.data : null;
  };
  const errors: string[] = [];
  const day = (key: string, label: string) => {
    const raw = get(key);
    if (!raw) return null;
    const date = tryParseIsoDay(raw);
    if (!date) errors.push(`${label} "${raw}" is not a real date (use YYYY-MM-DD).`);
    return date;
  };
  const amount = (key: string, label: string) => {
    const raw = get(key);
    if (!raw) return null;
    const minor = parseMoney(raw);
    if (minor === null || minor < 0n || minor > 1_000_000_000_00n) {
      errors.push(`${label} "${raw}" is not an amount.`);
      return null;
    }
    return minor;
  };
  const from = day('from', 'From date');
  const to = day('to', 'To date');
  if (from && to && from > to) errors.push('The From date is after the To date.');
  const status = get('status');
  const sort = get('sort');
  const sortOrder = SORTS.includes(sort as Sort) ? (sort as Sort) : 'date_desc';
  const rawCursor = get('after');
  const decoded = rawCursor ? decodeCursor(rawCursor, sortOrder) : { cursor: null, error: null };
  if (decoded.error) errors.push(decoded.error);
  return {
    errors,
    filters: {
      q: get('q'),
      accountId: get('account'),
      categoryId: get('category'),
      tagId: get('tag'),
      from,
      to,
      status: status === 'pending' || status === 'posted' ? status : 'all',
      minAmountMinor: amount('min', 'Smallest amount'),
      maxAmountMinor: amount('max', 'Largest amount'),
      sort: sortOrder,
      cursor: decoded.cursor,
      hiddenAccountIds: [],
    },
  };
}

/** Back to URL parameters (for links to other pages and the export). */
export function filtersToSearchParams(filters: TransactionFilters, overrides: Partial<Record<string, string | null>> = {}): URLSearchParams {
  const day = (date: Date | null) => (date ? toIsoDay(date) : null);
  const amount = (minor: bigint | null) => (minor === null ? null : minorUnitsToDecimal(minor));
  const values: Record<string, string | null> = {
    q: filters.q,
    account: filters.accountId,
    category: filters.categoryId,
    tag: filters.tagId,
    from: day(filters.from),
    to: day(filters.to),
    status: filters.status === 'all' ? null : filters.status,
    min: amount(filters.minAmountMinor),
    max: amount(filters.maxAmountMinor),
    sort: filters.sort === 'date_desc' ? null : filters.sort,
    after: filters.cursor ? encodeCursor(filters.cursor) : null,
    ...overrides,
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  return params;
}
