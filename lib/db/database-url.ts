import path from 'node:path';
import { env } from '../env';

// DATABASE_URL picks the engine: `file:` is SQLite (the zero-setup default), postgres(ql):// is PostgreSQL.
export const providers = ['sqlite', 'postgresql'] as const;
export type Provider = (typeof providers)[number];

/** DATABASE_URL, or the embedded SQLite default (lib/env.ts). */
export function getDatabaseUrl(): string {
  return env().DATABASE_URL;
}

export function getDatabaseProvider(url: string = getDatabaseUrl()): Provider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), got "${url.split(':')[0]}:…"`,
  );
}

/** Absolute path of a SQLite `file:` URL; relative paths are taken from the process's working directory. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '').split('?')[0] ?? '';
  return path.resolve(cwd, file);
}

/** Where the database lives, for messages: never includes credentials. */
export function describeDatabase(url: string): string {
  if (getDatabaseProvider(url) === 'sqlite') return sqliteFilePath(url);
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}
