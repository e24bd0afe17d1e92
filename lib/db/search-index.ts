import { createHash } from 'node:crypto';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { createAdapterFactory } from './adapter';
import { getDatabaseProvider, type Provider } from './database-url';

// The transaction search index. It is provider-specific by nature (SQLite FTS5, PostgreSQL
// pg_trgm), which Prisma's schema cannot describe and `db:check` cannot replay, so it is not a
// migration: migrateDatabase() calls ensureSearchIndex() after the migrations, every start-up and
// every test database, and it is idempotent. When the column list below changes, the next start
// drops the old index and builds the new one from the rows (a one-off pass over the table).
//
// Adding a searchable column (e.g. a cleaned `payee`) is one line: add its name here.
export const SEARCH_COLUMNS = ['description', 'merchantName', 'bankMerchantName', 'payee'] as const;

const q = (name: string) => `"${name}"`;

// ---- SQLite: an external-content FTS5 table over "Transaction", kept in step by triggers ----
// (triggers, not the write paths, so sync, import, manual entry and edits can never forget it).
// It is keyed by Transaction's rowid. VACUUM may renumber the rowids of a table without an
// INTEGER PRIMARY KEY; Cashlens never runs VACUUM, and after one by hand, delete the
// "TransactionSearch" table and restart (it is rebuilt).

export const SQLITE_SEARCH_TABLE = 'TransactionSearch';

function sqliteDefinition(): string {
  const cols = SEARCH_COLUMNS.map(q).join(', ');
  return `CREATE VIRTUAL TABLE ${q(SQLITE_SEARCH_TABLE)} USING fts5(${cols}, content='Transaction', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`;
}

function sqliteTriggers(): string[] {
  const t = q(SQLITE_SEARCH_TABLE);
  const cols = SEARCH_COLUMNS.map(q).join(', ');
  const values = (row: 'new' | 'old') => SEARCH_COLUMNS.map((c) => `${row}.${q(c)}`).join(', ');
  const insert = `INSERT INTO ${t}(rowid, ${cols}) VALUES (new.rowid, ${values('new')});`;
  const remove = `INSERT INTO ${t}(${t}, rowid, ${cols}) VALUES ('delete', old.rowid, ${values('old')});`;
  return [
    `CREATE TRIGGER ${q(`${SQLITE_SEARCH_TABLE}_insert`)} AFTER INSERT ON "Transaction" BEGIN ${insert} END`,
    `CREATE TRIGGER ${q(`${SQLITE_SEARCH_TABLE}_delete`)} AFTER DELETE ON "Transaction" BEGIN ${remove} END`,
    `CREATE TRIGGER ${q(`${SQLITE_SEARCH_TABLE}_update`)} AFTER UPDATE OF ${cols} ON "Transaction" BEGIN ${remove} ${insert} END`,
  ];
}

async function ensureSqlite(adapter: SqlDriverAdapter): Promise<void> {
  const definition = sqliteDefinition();
  const triggers = sqliteTriggers();
  // Constant names only, inlined (the adapter's raw calls want typed arguments).
  const existing = await adapter.queryRaw({ sql: `SELECT "sql" FROM sqlite_master WHERE "name" = '${SQLITE_SEARCH_TABLE}' OR ("tbl_name" = 'Transaction' AND "type" = 'trigger' AND "name" LIKE '${SQLITE_SEARCH_TABLE}_%')`, args: [], argTypes: [] });
  const found = existing.rows.map((row) => String(row[0]));
  const wanted = [definition, ...triggers];
  if (found.length === wanted.length && wanted.every((sql) => found.includes(sql))) return;
  const t = q(SQLITE_SEARCH_TABLE);
  await adapter.executeScript(
    [
      'BEGIN',
      ...['insert', 'delete', 'update'].map((kind) => `DROP TRIGGER IF EXISTS ${q(`${SQLITE_SEARCH_TABLE}_${kind}`)}`),
      `DROP TABLE IF EXISTS ${t}`,
      definition,
      ...triggers,
      `INSERT INTO ${t}(${t}) VALUES ('rebuild')`,
      'COMMIT',
    ].join(';\n') + ';',
  );
}

// ---- PostgreSQL: a pg_trgm GIN index on one lower-cased text expression over the columns ----

/** The indexed expression; a search must use exactly this text for PostgreSQL to pick the index. */
export function postgresSearchExpression(alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return `lower(${SEARCH_COLUMNS.map((c) => `coalesce(${prefix}${q(c)}, '')`).join(` || ' ' || `)})`;
}

function postgresIndexName(): string {
  // The name carries the column list, so a changed list is a new index and the old one is dropped.
  return `Transaction_search_trgm_${createHash('sha256').update(SEARCH_COLUMNS.join(',')).digest('hex').slice(0, 8)}`;
}

async function ensurePostgres(adapter: SqlDriverAdapter): Promise<void> {
  const name = postgresIndexName();
  const others = await adapter.queryRaw({ sql: `SELECT indexname FROM pg_indexes WHERE tablename = 'Transaction' AND indexname LIKE 'Transaction\\_search\\_trgm\\_%' AND indexname <> '${name}'`, args: [], argTypes: [] });
  const drops = others.rows.map((row) => `DROP INDEX IF EXISTS ${q(String(row[0]))}`);
  const expression = postgresSearchExpression();
  await adapter.executeScript(
    ['CREATE EXTENSION IF NOT EXISTS pg_trgm', ...drops, `CREATE INDEX IF NOT EXISTS ${q(name)} ON "Transaction" USING gin ((${expression}) gin_trgm_ops)`].join(';\n') + ';',
  );
}

/** Creates or updates the search index of the database at `url` (after its migrations). */
export async function ensureSearchIndex(url: string): Promise<void> {
  const provider: Provider = getDatabaseProvider(url);
  const adapter = await createAdapterFactory(url).connect();
  try {
    if (provider === 'postgresql') await ensurePostgres(adapter);
    else await ensureSqlite(adapter);
  } finally {
    await adapter.dispose();
  }
}
