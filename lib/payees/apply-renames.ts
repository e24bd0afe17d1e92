import { chunk, placeholders, type SqlRunner } from '@/lib/sync/sql';

// Rows about to be written take the user's own name for their payee ("applied when rows are
// written"): one query for the distinct keys of the batch, inside the batch's own transaction, so
// a rename committed meanwhile is either already in the rows or rewrites them right after.

type Named = { payee: string | null; payeeKey: string | null };

export async function loadPayeeRenames(sql: SqlRunner, workspaceId: string, keys: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const part of chunk([...new Set(keys)], 1, 5_000)) {
    if (part.length === 0) continue;
    const rows = await sql.query<{ payeeKey: string; name: string }>(
      `SELECT "payeeKey", "name" FROM "PayeeRename" WHERE "workspaceId" = ? AND "payeeKey" IN ${placeholders(part.length)}`,
      [workspaceId, ...part],
    );
    for (const row of rows) names.set(row.payeeKey, row.name);
  }
  return names;
}

/** The same rows, each renamed when its user renamed its payee (rows without a rename are returned as they are). */
export async function withPayeeRenames<T extends Named>(sql: SqlRunner, workspaceId: string, rows: T[]): Promise<T[]> {
  const keys = new Set<string>();
  for (const row of rows) if (row.payeeKey) keys.add(row.payeeKey);
  if (keys.size === 0) return rows;
  const names = await loadPayeeRenames(sql, workspaceId, keys);
  if (names.size === 0) return rows;
  return rows.map((row) => {
    const name = row.payeeKey ? names.get(row.payeeKey) : undefined;
    return name === undefined ? row : { ...row, payee: name };
  });
}
