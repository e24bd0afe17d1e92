// Reads the app's database the way an attacker with a stolen dump would: raw rows and raw bytes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openToken } from '../lib/crypto/token-cipher';

const url = () => process.env.DATABASE_URL!;
const isSqlite = () => url().startsWith('file:');

type ConnectionRow = { id: string; institution: string; status: string; tokenKeyId: string | null; accessTokenCipher: string | null; refreshTokenCipher: string | null };

/** Runs one read-only query; `$1` is the only parameter (SQLite reads it as `?`). */
async function query<T>(sql: string, param: string): Promise<T[]> {
  if (isSqlite()) {
    const db = new Database(url().slice('file:'.length), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql.replace('$1', '?')).all(param) as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query(sql, [param])).rows as T[];
  } finally {
    await client.end();
  }
}

export function readConnections(email: string): Promise<ConnectionRow[]> {
  return query<ConnectionRow>(
    'SELECT c."id", c."institution", c."status", c."tokenKeyId", c."accessTokenCipher", c."refreshTokenCipher" FROM "BankConnection" c JOIN "Membership" m ON m."workspaceId" = c."workspaceId" JOIN "User" u ON u."id" = m."userId" WHERE u."email" = $1 ORDER BY c."createdAt"',
    email,
  );
}

export async function countAccounts(email: string): Promise<number> {
  const rows = await query<{ n: number | string }>('SELECT COUNT(*) AS n FROM "BankAccount" a JOIN "Membership" m ON m."workspaceId" = a."workspaceId" JOIN "User" u ON u."id" = m."userId" WHERE u."email" = $1', email);
  return Number(rows[0]!.n);
}

/** The plaintext tokens, decrypted with the app's key (the test plays the app here). */
export function decryptTokens(row: ConnectionRow): { access: string; refresh: string | null } {
  const keyId = row.tokenKeyId!;
  return {
    access: openToken({ keyId, cipher: row.accessTokenCipher! }, `bank-connection:${row.id}:access`),
    refresh: row.refreshTokenCipher ? openToken({ keyId, cipher: row.refreshTokenCipher }, `bank-connection:${row.id}:refresh`) : null,
  };
}

/** Every byte of the database: the SQLite file and its WAL, or a pg_dump. */
export function dumpDatabase(): Buffer {
  if (isSqlite()) {
    const file = url().slice('file:'.length);
    return Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
  }
  return execFileSync('pg_dump', ['--data-only', url()], { maxBuffer: 512 * 1024 * 1024 });
}
