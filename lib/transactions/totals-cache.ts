import type { Db } from '@/lib/db';
import { providerOf } from '@/lib/sync/sql';
import type { TransactionFilters } from './filters';
import type { TransactionTotals } from './totals';

// Totals per (user, filter), reused while the database has not changed. "Not changed" is asked
// of the database itself, in one cheap query, so a write by any path (sync, import, an edit, the
// worker in another process) is seen at once:
//   - SQLite: PRAGMA data_version (moves when another connection commits) with total_changes()
//     (rows this connection has written, triggers included);
//   - PostgreSQL: the WAL insert position, which every write moves (commits included).
// Any write, to any table, clears every entry: coarse, but never stale. Bounded, oldest out first.

const MAX_ENTRIES = 500;
type Entry = { version: string; totals: Promise<TransactionTotals> };
// Per client: tests and scripts open several databases in one process.
const caches = new WeakMap<Db, Map<string, Entry>>();

async function dataVersion(db: Db): Promise<string> {
  if (providerOf(db) === 'postgresql') {
    const [row] = await db.$queryRawUnsafe<{ v: string }[]>(`SELECT pg_current_wal_insert_lsn()::text AS "v"`);
    return String(row?.v);
  }
  const [row] = await db.$queryRawUnsafe<{ v: unknown; c: unknown }[]>(`SELECT (SELECT "data_version" FROM pragma_data_version) AS "v", total_changes() AS "c"`);
  return `${String(row?.v)}:${String(row?.c)}`;
}

function keyOf(workspaceId: string, filters: TransactionFilters): string {
  // Everything but the page position and the order (totals depend on neither); bigint and Date values as text.
  const { cursor: _cursor, sort: _sort, ...rest } = filters;
  void _cursor;
  void _sort;
  return `${workspaceId}|${JSON.stringify(rest, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}`;
}

export async function cachedTotals(db: Db, workspaceId: string, filters: TransactionFilters, compute: () => Promise<TransactionTotals>): Promise<TransactionTotals> {
  // Read before computing: a write during the computation moves the version past this entry.
  const version = await dataVersion(db);
  const key = keyOf(workspaceId, filters);
  let entries = caches.get(db);
  if (!entries) caches.set(db, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.totals;
  const totals = compute();
  entries.delete(key);
  entries.set(key, { version, totals });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  // A failed computation is not remembered.
  totals.catch(() => {
    if (entries.get(key)?.totals === totals) entries.delete(key);
  });
  return totals;
}
