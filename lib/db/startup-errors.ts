import { describeDatabase } from './database-url';

// Every way the database can stop Cashlens from starting, worded once. Each message is a single
// line meant for a person reading the server log: what is wrong, where, and what to do.
export class DatabaseStartupError extends Error {
  override name = 'DatabaseStartupError';
}

const prefix = 'Cashlens cannot start:';

export const startupMessages = {
  unreachable: (where: string, reason: string) =>
    `${prefix} the database at ${where} is unreachable (${reason}). Check DATABASE_URL.`,
  newer: (where: string, names: string[]) =>
    `${prefix} the database at ${where} has migrations this version does not know (${names.join(', ')}); it was upgraded by a newer Cashlens. Run that version, or restore a backup taken before the upgrade.`,
  failed: (where: string, names: string[]) =>
    `${prefix} migration ${names.join(', ')} failed earlier on the database at ${where} and needs fixing by hand before Cashlens can upgrade it.`,
  unknown: (where: string, detail: string) =>
    `${prefix} migrating the database at ${where} failed: ${detail}`,
};

// Network failures from pg/net and open failures from SQLite: the database is not there for us.
const unreachableCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH',
  '3D000', '28P01', '28000', 'SQLITE_CANTOPEN', 'SQLITE_NOTADB', 'SQLITE_READONLY',
]);

// Driver errors arrive raw, wrapped as { cause }, or as AggregateError (one per resolved address).
function findCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && unreachableCodes.has(code)) return code;
  for (const inner of [cause, ...(Array.isArray(errors) ? errors : [])]) {
    const found = findCode(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim())?.trim() ?? 'unknown error';
}

function safeDescribe(url: string): string {
  try {
    return describeDatabase(url);
  } catch {
    return 'DATABASE_URL';
  }
}

/** Turns whatever migrating threw into the one line we print; already-worded errors pass through. */
export function toStartupError(error: unknown, url: string): DatabaseStartupError {
  if (error instanceof DatabaseStartupError) return error;
  const where = safeDescribe(url);
  const code = findCode(error);
  if (code) return new DatabaseStartupError(startupMessages.unreachable(where, code));
  if (/timeout/i.test(firstLine(error))) return new DatabaseStartupError(startupMessages.unreachable(where, 'timed out'));
  return new DatabaseStartupError(startupMessages.unknown(where, firstLine(error)));
}
