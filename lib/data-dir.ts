import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * The folder where the embedded default keeps what it creates for itself:
 * the SQLite database, the generated AUTH_SECRET, the token encryption key.
 */
export function getDataDir(): string {
  // Resolved at run time against the working folder; the bundler must not try to trace it.
  const dir = path.resolve(/*turbopackIgnore: true*/ env().CASHLENS_DATA_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Reads a secret file from the data folder, creating it with `create()` the first time. */
export function readOrCreateSecretFile(name: string, create: () => string): string {
  const file = path.join(/*turbopackIgnore: true*/ getDataDir(), name);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = create();
  try {
    // 'wx' fails if another process created it first; then that one's value wins.
    fs.writeFileSync(file, `${value}\n`, { flag: 'wx', mode: 0o600 });
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fs.readFileSync(file, 'utf8').trim();
  }
}
